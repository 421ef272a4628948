//! Error lists for curating dictionaries and rules: the false positives and
//! false negatives of strict mention matching for one type, with the sentence
//! around each, and the false positives and negatives of document-level
//! relation triples.

use crate::gold::GoldDoc;
use crate::score::{overlaps, pair_docs, DocView, Span};
use guihua_model::{DocResult, EntityType, Predicate};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::fmt;
use std::fmt::Write;

/// Whether an item was predicted without gold, or is gold that was missed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum ErrorKind {
    /// Predicted, not in gold.
    #[serde(rename = "FP")]
    FalsePositive,
    /// In gold, not predicted.
    #[serde(rename = "FN")]
    FalseNegative,
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ErrorKind::FalsePositive => "FP",
            ErrorKind::FalseNegative => "FN",
        })
    }
}

/// One false positive or false negative of strict mention matching.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ErrorRow {
    pub kind: ErrorKind,
    /// The gold document name.
    pub doc: String,
    pub etype: EntityType,
    pub start: usize,
    pub end: usize,
    pub surface: String,
    pub norm: String,
    /// What the other side has over this span: overlapping predictions for a
    /// false negative, overlapping gold for a false positive (any type), e.g.
    /// `pred PLACE 嘉兴 [3,5)`; empty when nothing overlaps.
    pub overlapping: Vec<String>,
    /// The sentence around the span, the span marked 【like this】; `None`
    /// when the text was not available.
    pub context: Option<String>,
}

/// Characters that end a sentence for [`ErrorRow::context`].
const SENTENCE_END: [char; 5] = ['。', '！', '？', '；', '\n'];
/// At most this many characters of context on each side of the span.
pub const CONTEXT_CAP: usize = 60;

/// The sentence around `start..end` (code points) of `text`: extended to the
/// nearest 。！？； or line break on each side, at most [`CONTEXT_CAP`]
/// characters each way, span marked with 【】.
pub fn sentence_around(text: &[char], start: usize, end: usize) -> String {
    let start = start.min(text.len());
    let end = end.clamp(start, text.len());
    let mut left = start;
    while left > 0 && start - left < CONTEXT_CAP && !SENTENCE_END.contains(&text[left - 1]) {
        left -= 1;
    }
    let mut right = end;
    while right < text.len() && right - end < CONTEXT_CAP && !SENTENCE_END.contains(&text[right]) {
        right += 1;
    }
    let capped_right = right < text.len() && !SENTENCE_END.contains(&text[right]);
    if right < text.len() && text[right] != '\n' && !capped_right {
        right += 1;
    }
    let s = |a: usize, b: usize| -> String {
        text[a..b]
            .iter()
            .map(|&c| if c == '\n' { ' ' } else { c })
            .collect()
    };
    let mut out = String::new();
    if left > 0 && !SENTENCE_END.contains(&text[left - 1]) {
        out.push('…');
    }
    out += &s(left, start);
    out.push('【');
    out += &s(start, end);
    out.push('】');
    out += &s(end, right);
    if capped_right {
        out.push('…');
    }
    out
}

/// False positives and false negatives of strict mention matching for `etype`,
/// sorted by document, offset and kind.
///
/// `texts` returns the original decoded text of a document; it is called once
/// per gold document with the predicted `doc_id` when the document was
/// predicted, otherwise with the gold document path (`GoldDoc::doc_path`).
/// When it returns `None`, rows have no context.
pub fn errors(
    gold: &[GoldDoc],
    pred: &[DocResult],
    etype: EntityType,
    texts: &dyn Fn(&str) -> Option<String>,
) -> Vec<ErrorRow> {
    let (pairs, _) = pair_docs(gold, pred);
    let mut rows = Vec::new();
    for pair in &pairs {
        let view = DocView::new(pair);
        let key = pair
            .pred
            .map(|p| p.doc.doc_id.clone())
            .unwrap_or_else(|| pair.gold.doc_path());
        let text: Option<Vec<char>> = texts(&key).map(|t| t.chars().collect());
        let gold_spans = view.gold_spans(etype);
        let pred_spans = view.pred_spans(etype);
        let context = |s: usize, e: usize| text.as_deref().map(|t| sentence_around(t, s, e));
        let describe = |side: &str, t: EntityType, s: &str, sp: Span| {
            format!("{side} {t} {s} [{},{})", sp.0, sp.1)
        };
        for e in pair.gold.entities.iter().filter(|e| e.etype == etype) {
            if pred_spans.contains(&(e.start, e.end)) {
                continue;
            }
            rows.push(ErrorRow {
                kind: ErrorKind::FalseNegative,
                doc: pair.gold.doc.clone(),
                etype,
                start: e.start,
                end: e.end,
                surface: e.text.clone(),
                norm: e.norm.clone(),
                overlapping: view
                    .pred_mentions()
                    .iter()
                    .filter(|m| overlaps((m.start, m.end), (e.start, e.end)))
                    .map(|m| describe("pred", m.etype, &m.text, (m.start, m.end)))
                    .collect(),
                context: context(e.start, e.end),
            });
        }
        let mut seen: BTreeSet<Span> = BTreeSet::new();
        for m in view.pred_mentions().iter().filter(|m| m.etype == etype) {
            let sp = (m.start, m.end);
            if gold_spans.contains(&sp) || !seen.insert(sp) {
                continue;
            }
            rows.push(ErrorRow {
                kind: ErrorKind::FalsePositive,
                doc: pair.gold.doc.clone(),
                etype,
                start: m.start,
                end: m.end,
                surface: m.text.clone(),
                norm: m.norm.clone(),
                overlapping: pair
                    .gold
                    .entities
                    .iter()
                    .filter(|g| overlaps((g.start, g.end), sp))
                    .map(|g| describe("gold", g.etype, &g.text, (g.start, g.end)))
                    .collect(),
                context: context(m.start, m.end),
            });
        }
    }
    rows.sort_by(|a, b| (&a.doc, a.start, a.end, a.kind).cmp(&(&b.doc, b.start, b.end, b.kind)));
    rows
}

/// One line per row: kind, document, offsets, type, surface, norm, what
/// overlaps on the other side, then the context on an indented line.
pub fn render_errors(rows: &[ErrorRow]) -> String {
    let mut out = String::new();
    let fp = rows
        .iter()
        .filter(|r| r.kind == ErrorKind::FalsePositive)
        .count();
    let _ = writeln!(
        out,
        "{} errors: {} false positives, {} false negatives",
        rows.len(),
        fp,
        rows.len() - fp
    );
    for r in rows {
        let _ = write!(
            out,
            "{} {} [{},{}) {} {} norm={}",
            r.kind, r.doc, r.start, r.end, r.etype, r.surface, r.norm
        );
        if !r.overlapping.is_empty() {
            let _ = write!(out, "  overlaps: {}", r.overlapping.join("; "));
        }
        out.push('\n');
        if let Some(c) = &r.context {
            let _ = writeln!(out, "    {c}");
        }
    }
    out
}

/// One false positive or false negative document-level relation triple.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct RelationErrorRow {
    /// The gold document name.
    pub doc: String,
    pub predicate: Predicate,
    pub kind: ErrorKind,
    /// Head norm (DOC already replaced by the subject).
    pub head: String,
    pub tail: String,
}

/// False positive and false negative document-level relation triples, for one
/// predicate or (with `None`) all of them, sorted by document and predicate.
/// COOPERATES_WITH pairs are shown in normalised (sorted) order.
pub fn relation_errors(
    gold: &[GoldDoc],
    pred: &[DocResult],
    predicate: Option<Predicate>,
) -> Vec<RelationErrorRow> {
    let (pairs, _) = pair_docs(gold, pred);
    let mut rows = Vec::new();
    for pair in &pairs {
        let view = DocView::new(pair);
        let g = view.gold_triples();
        let p = view.pred_triples();
        let wanted = |t: &&(Predicate, String, String)| match predicate {
            None => true,
            Some(want) => want == t.0,
        };
        for (kind, a, b) in [
            (ErrorKind::FalseNegative, &g, &p),
            (ErrorKind::FalsePositive, &p, &g),
        ] {
            for t in a.iter().filter(wanted).filter(|t| !b.contains(*t)) {
                rows.push(RelationErrorRow {
                    doc: pair.gold.doc.clone(),
                    predicate: t.0,
                    kind,
                    head: t.1.clone(),
                    tail: t.2.clone(),
                });
            }
        }
    }
    rows.sort();
    rows
}

/// One line per triple: kind, document, `head -PREDICATE-> tail`.
pub fn render_relation_errors(rows: &[RelationErrorRow]) -> String {
    let mut out = String::new();
    let fp = rows
        .iter()
        .filter(|r| r.kind == ErrorKind::FalsePositive)
        .count();
    let _ = writeln!(
        out,
        "{} relation errors: {} false positives, {} false negatives",
        rows.len(),
        fp,
        rows.len() - fp
    );
    for r in rows {
        let _ = writeln!(
            out,
            "{} {} {} -{}-> {}",
            r.kind, r.doc, r.head, r.predicate, r.tail
        );
    }
    out
}
