//! The scorer: docs/ANNOTATION.md, "Scoring", applied to gold and predictions.
//!
//! How each level is counted (see also docs/evaluation.md):
//!
//! - **Documents.** A gold document is paired with the prediction whose
//!   `doc_id` equals, in order of preference, the gold file's directory joined
//!   with its `doc` (`sub/x.txt` for `sub/x.txt.jsonl`), the gold `doc`
//!   itself, or any `doc_id` whose last path component equals the last path
//!   component of the gold `doc` (the first such prediction wins; the
//!   ambiguity is noted in [`Coverage::notes`]). A gold document
//!   without a prediction counts all its items as false negatives; a predicted
//!   document without gold is ignored and listed in [`Coverage::ignored`].
//! - **Identical rows count once.** Every level compares sets: two predicted
//!   mentions with the same span and type, or two relations with the same
//!   ends, are one item.
//! - **Mentions, strict:** same `start`, `end` and type.
//! - **Mentions, lenient:** same type and overlapping spans, matched one to
//!   one: the number of true positives is the size of a *maximum* matching
//!   between gold and predicted mentions of a type (augmenting paths), so a
//!   prediction that overlaps two gold mentions matches only one of them and
//!   lenient true positives are never fewer than strict ones.
//! - **Document level:** per document the set of `(type, norm)`; norms are
//!   compared as exact strings.
//! - **Relations, mention level:** an end is `DOC`, or the span and type of the
//!   mention it points at. Strict: both ends match exactly (DOC matches DOC
//!   only). Lenient: ends overlap with the same type, matched one to one like
//!   lenient mentions. Relations with an end known only by norm (gold
//!   `head_norm`/`tail_norm`, predicted `mention: None` and not DOC) are left
//!   out here and counted at document level only. COOPERATES_WITH is unordered
//!   at both levels, since the guideline defines it as unordered.
//! - **Relations, document level:** per document the set of
//!   `(head norm, predicate, tail norm)`. Gold: an entity id becomes its
//!   entity's norm, `DOC` the gold `subject`. Prediction: the end's `norm`;
//!   for a DOC end with an empty norm, `DocRecord.subject`; for a mention end
//!   with an empty norm, the mention's norm. A missing subject is written
//!   `DOC` on both sides.
//! - **TARGET attributes:** over gold TARGETs with `attrs` that a predicted
//!   TARGET matches strictly, the share whose `value`, `unit`, `comparator`
//!   and `year` equal the gold ones (strings compared after trimming; null
//!   equals null). A prediction without attributes gets all four wrong.

use crate::gold::{GoldDoc, GoldEnd, GoldEntity};
use crate::metrics::{Accuracy, Breakdown, Prf};
use guihua_model::{DocResult, EntityType, Mention, Predicate, RelEnd};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeSet, HashMap};

/// Which documents were scored.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Coverage {
    /// Number of gold documents.
    pub gold: usize,
    /// Gold documents that had a prediction.
    pub scored: usize,
    /// Gold documents without a prediction (all their items are false negatives).
    pub missing: Vec<String>,
    /// Predicted `doc_id`s without gold (not scored).
    pub ignored: Vec<String>,
    /// Anything else worth knowing about the pairing (ambiguous file names).
    pub notes: Vec<String>,
}

/// Mention-level scores per entity type.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct MentionScores {
    pub strict: Breakdown,
    pub lenient: Breakdown,
}

/// Relation scores per predicate.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct RelationScores {
    /// Mention level, ends matched by exact span and type (or DOC = DOC).
    pub strict: Breakdown,
    /// Mention level, ends matched by overlapping span and same type.
    pub lenient: Breakdown,
    /// Document level `(head norm, predicate, tail norm)` sets.
    pub doc: Breakdown,
    /// Gold relations with a `head_norm`/`tail_norm` end (document level only).
    pub gold_doc_level_only: usize,
    /// Predicted relations with an end that has no mention and is not DOC.
    pub pred_doc_level_only: usize,
}

/// TARGET attribute accuracy on strictly matched targets.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct TargetAttrScores {
    /// Gold TARGETs matched strictly by a predicted TARGET.
    pub matched: usize,
    /// Of those, gold TARGETs without `attrs` (not counted below).
    pub gold_without_attrs: usize,
    pub value: Accuracy,
    pub unit: Accuracy,
    pub comparator: Accuracy,
    pub year: Accuracy,
}

/// Micro scores of one gold document.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DocScore {
    /// The gold `doc`.
    pub doc: String,
    /// The `doc_id` of the prediction it was paired with.
    pub pred_doc_id: Option<String>,
    pub mentions_strict: Prf,
    pub doc_level: Prf,
    pub relations_doc: Prf,
}

/// Everything [`score`] measures. Serialises to the JSON of `guihua eval --json`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Scores {
    pub documents: Coverage,
    pub mentions: MentionScores,
    /// Document-level `(type, norm)` sets per entity type.
    pub doc_level: Breakdown,
    pub relations: RelationScores,
    pub targets: TargetAttrScores,
    pub per_document: Vec<DocScore>,
}

/// One gold document and the prediction paired with it.
pub(crate) struct Pair<'a> {
    pub gold: &'a GoldDoc,
    pub pred: Option<&'a DocResult>,
}

/// Pairs gold documents with predictions (see the module doc).
pub(crate) fn pair_docs<'a>(
    gold: &'a [GoldDoc],
    pred: &'a [DocResult],
) -> (Vec<Pair<'a>>, Coverage) {
    let mut used = vec![false; pred.len()];
    let mut cov = Coverage {
        gold: gold.len(),
        ..Coverage::default()
    };
    let file_name = |id: &str| id.rsplit(['/', '\\']).next().unwrap_or(id).to_string();
    let mut pairs = Vec::with_capacity(gold.len());
    for g in gold {
        let path = g.doc_path();
        let tiers: [&dyn Fn(&DocResult) -> bool; 3] = [
            &|p| p.doc.doc_id == path,
            &|p| p.doc.doc_id == g.doc,
            &|p| file_name(&p.doc.doc_id) == file_name(&g.doc),
        ];
        let mut found = None;
        for tier in tiers {
            let hits: Vec<usize> = (0..pred.len()).filter(|&i| tier(&pred[i])).collect();
            if let Some(&first) = hits.first() {
                if hits.len() > 1 {
                    cov.notes.push(format!(
                        "gold {} matches {} predicted documents; scored against {}",
                        g.gold_path,
                        hits.len(),
                        pred[first].doc.doc_id
                    ));
                }
                found = Some(first);
                break;
            }
        }
        if let Some(i) = found {
            used[i] = true;
            cov.scored += 1;
        } else {
            cov.missing.push(g.doc_path());
        }
        pairs.push(Pair {
            gold: g,
            pred: found.map(|i| &pred[i]),
        });
    }
    cov.ignored = pred
        .iter()
        .zip(&used)
        .filter(|(_, u)| !**u)
        .map(|(p, _)| p.doc.doc_id.clone())
        .collect();
    (pairs, cov)
}

/// Scores predictions against gold (docs/ANNOTATION.md, "Scoring").
pub fn score(gold: &[GoldDoc], pred: &[DocResult]) -> Scores {
    let (pairs, documents) = pair_docs(gold, pred);
    let type_names = EntityType::ALL.map(|t| t.as_str());
    let pred_names = Predicate::ALL.map(|p| p.as_str());
    let mut s = Scores {
        documents,
        mentions: MentionScores {
            strict: Breakdown::with_classes(type_names),
            lenient: Breakdown::with_classes(type_names),
        },
        doc_level: Breakdown::with_classes(type_names),
        relations: RelationScores {
            strict: Breakdown::with_classes(pred_names),
            lenient: Breakdown::with_classes(pred_names),
            doc: Breakdown::with_classes(pred_names),
            ..RelationScores::default()
        },
        ..Scores::default()
    };
    for pair in &pairs {
        let view = DocView::new(pair);
        let mut ds = DocScore {
            doc: pair.gold.doc.clone(),
            pred_doc_id: pair.pred.map(|p| p.doc.doc_id.clone()),
            ..DocScore::default()
        };
        let mut m_strict = Prf::from_counts(0, 0, 0);
        let mut m_doc = Prf::from_counts(0, 0, 0);
        let mut r_doc = Prf::from_counts(0, 0, 0);
        for t in EntityType::ALL {
            let g = view.gold_spans(t);
            let p = view.pred_spans(t);
            let tp = g.intersection(&p).count();
            s.mentions
                .strict
                .add(t.as_str(), tp, p.len() - tp, g.len() - tp);
            m_strict.add(&Prf::from_counts(tp, p.len() - tp, g.len() - tp));
            let g: Vec<_> = g.into_iter().collect();
            let p: Vec<_> = p.into_iter().collect();
            let lt = matching_size(g.len(), p.len(), |i, j| overlaps(g[i], p[j]));
            s.mentions
                .lenient
                .add(t.as_str(), lt, p.len() - lt, g.len() - lt);

            let g = view.gold_norms(t);
            let p = view.pred_norms(t);
            let tp = g.intersection(&p).count();
            s.doc_level.add(t.as_str(), tp, p.len() - tp, g.len() - tp);
            m_doc.add(&Prf::from_counts(tp, p.len() - tp, g.len() - tp));
        }

        let (g_keys, g_implied) = view.gold_rel_keys();
        let (p_keys, p_implied) = view.pred_rel_keys();
        s.relations.gold_doc_level_only += g_implied;
        s.relations.pred_doc_level_only += p_implied;
        let g_triples = view.gold_triples();
        let p_triples = view.pred_triples();
        for pr in Predicate::ALL {
            let g: Vec<_> = g_keys.iter().filter(|k| k.0 == pr).collect();
            let p: Vec<_> = p_keys.iter().filter(|k| k.0 == pr).collect();
            let tp = g.iter().filter(|k| p_keys.contains(**k)).count();
            s.relations
                .strict
                .add(pr.as_str(), tp, p.len() - tp, g.len() - tp);
            let lt = matching_size(g.len(), p.len(), |i, j| rel_lenient(g[i], p[j]));
            s.relations
                .lenient
                .add(pr.as_str(), lt, p.len() - lt, g.len() - lt);

            let g = g_triples.iter().filter(|k| k.0 == pr).count();
            let p = p_triples.iter().filter(|k| k.0 == pr).count();
            let tp = g_triples
                .iter()
                .filter(|k| k.0 == pr && p_triples.contains(*k))
                .count();
            s.relations.doc.add(pr.as_str(), tp, p - tp, g - tp);
            r_doc.add(&Prf::from_counts(tp, p - tp, g - tp));
        }

        view.score_targets(&mut s.targets);
        ds.mentions_strict = m_strict;
        ds.doc_level = m_doc;
        ds.relations_doc = r_doc;
        s.per_document.push(ds);
    }
    for b in [
        &mut s.mentions.strict,
        &mut s.mentions.lenient,
        &mut s.doc_level,
        &mut s.relations.strict,
        &mut s.relations.lenient,
        &mut s.relations.doc,
    ] {
        b.finish();
    }
    s
}

/// A span with its start and end (code points, end exclusive).
pub(crate) type Span = (usize, usize);

pub(crate) fn overlaps(a: Span, b: Span) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// Size of a maximum one-to-one matching between `n_left` and `n_right` items
/// where `edge(i, j)` says whether left `i` may match right `j`.
pub(crate) fn matching_size(
    n_left: usize,
    n_right: usize,
    edge: impl Fn(usize, usize) -> bool,
) -> usize {
    let adj: Vec<Vec<usize>> = (0..n_left)
        .map(|i| (0..n_right).filter(|&j| edge(i, j)).collect())
        .collect();
    let mut owner: Vec<Option<usize>> = vec![None; n_right];
    let mut size = 0;
    for l in 0..n_left {
        if adj[l].is_empty() {
            continue;
        }
        let mut seen = vec![false; n_right];
        if augment(l, &adj, &mut seen, &mut owner) {
            size += 1;
        }
    }
    size
}

fn augment(l: usize, adj: &[Vec<usize>], seen: &mut [bool], owner: &mut [Option<usize>]) -> bool {
    for &r in &adj[l] {
        if seen[r] {
            continue;
        }
        seen[r] = true;
        let free = match owner[r] {
            None => true,
            Some(other) => augment(other, adj, seen, owner),
        };
        if free {
            owner[r] = Some(l);
            return true;
        }
    }
    false
}

/// One relation end at mention level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum EndKey {
    Doc,
    Span(EntityType, usize, usize),
    /// A predicted end naming a mention id the document does not have.
    Dangling(u32),
}

pub(crate) type RelKey = (Predicate, EndKey, EndKey);
pub(crate) type Triple = (Predicate, String, String);

fn rel_key(p: Predicate, h: EndKey, t: EndKey) -> RelKey {
    if p.is_symmetric() && t < h {
        (p, t, h)
    } else {
        (p, h, t)
    }
}

fn triple(p: Predicate, h: String, t: String) -> Triple {
    if p.is_symmetric() && t < h {
        (p, t, h)
    } else {
        (p, h, t)
    }
}

fn end_lenient(a: EndKey, b: EndKey) -> bool {
    match (a, b) {
        (EndKey::Doc, EndKey::Doc) => true,
        (EndKey::Span(ta, sa, ea), EndKey::Span(tb, sb, eb)) => {
            ta == tb && overlaps((sa, ea), (sb, eb))
        }
        _ => false,
    }
}

fn rel_lenient(g: &RelKey, p: &RelKey) -> bool {
    g.0 == p.0
        && ((end_lenient(g.1, p.1) && end_lenient(g.2, p.2))
            || (g.0.is_symmetric() && end_lenient(g.1, p.2) && end_lenient(g.2, p.1)))
}

/// What `DOC` stands for when the subject is unknown.
const NO_SUBJECT: &str = "DOC";

/// One paired document with lookup tables.
pub(crate) struct DocView<'a> {
    pub gold: &'a GoldDoc,
    pub pred: Option<&'a DocResult>,
    gold_by_id: HashMap<&'a str, &'a GoldEntity>,
    pred_by_id: HashMap<u32, &'a Mention>,
}

impl<'a> DocView<'a> {
    pub(crate) fn new(pair: &Pair<'a>) -> DocView<'a> {
        DocView {
            gold: pair.gold,
            pred: pair.pred,
            gold_by_id: pair
                .gold
                .entities
                .iter()
                .map(|e| (e.id.as_str(), e))
                .collect(),
            pred_by_id: pair
                .pred
                .map(|p| p.mentions.iter().map(|m| (m.id, m)).collect())
                .unwrap_or_default(),
        }
    }

    pub(crate) fn pred_mentions(&self) -> &'a [Mention] {
        self.pred.map(|p| p.mentions.as_slice()).unwrap_or(&[])
    }

    pub(crate) fn gold_spans(&self, t: EntityType) -> BTreeSet<Span> {
        self.gold
            .entities
            .iter()
            .filter(|e| e.etype == t)
            .map(|e| (e.start, e.end))
            .collect()
    }

    pub(crate) fn pred_spans(&self, t: EntityType) -> BTreeSet<Span> {
        self.pred_mentions()
            .iter()
            .filter(|m| m.etype == t)
            .map(|m| (m.start, m.end))
            .collect()
    }

    fn gold_norms(&self, t: EntityType) -> BTreeSet<&'a str> {
        self.gold
            .entities
            .iter()
            .filter(|e| e.etype == t)
            .map(|e| e.norm.as_str())
            .collect()
    }

    fn pred_norms(&self, t: EntityType) -> BTreeSet<&'a str> {
        self.pred_mentions()
            .iter()
            .filter(|m| m.etype == t)
            .map(|m| m.norm.as_str())
            .collect()
    }

    /// Gold relation keys at mention level, and the number left out because an
    /// end is known only by norm.
    fn gold_rel_keys(&self) -> (BTreeSet<RelKey>, usize) {
        let mut keys = BTreeSet::new();
        let mut implied = 0;
        for r in &self.gold.relations {
            match (self.gold_end_key(&r.head), self.gold_end_key(&r.tail)) {
                (Some(h), Some(t)) => {
                    keys.insert(rel_key(r.predicate, h, t));
                }
                _ => implied += 1,
            }
        }
        (keys, implied)
    }

    fn gold_end_key(&self, end: &GoldEnd) -> Option<EndKey> {
        match end {
            GoldEnd::Doc => Some(EndKey::Doc),
            GoldEnd::Norm(_) => None,
            GoldEnd::Entity(id) => self
                .gold_by_id
                .get(id.as_str())
                .map(|e| EndKey::Span(e.etype, e.start, e.end)),
        }
    }

    fn pred_rel_keys(&self) -> (BTreeSet<RelKey>, usize) {
        let mut keys = BTreeSet::new();
        let mut implied = 0;
        for r in self.pred.map(|p| p.relations.as_slice()).unwrap_or(&[]) {
            match (self.pred_end_key(&r.head), self.pred_end_key(&r.tail)) {
                (Some(h), Some(t)) => {
                    keys.insert(rel_key(r.predicate, h, t));
                }
                _ => implied += 1,
            }
        }
        (keys, implied)
    }

    fn pred_end_key(&self, end: &RelEnd) -> Option<EndKey> {
        if end.is_doc {
            return Some(EndKey::Doc);
        }
        let id = end.mention?;
        Some(match self.pred_by_id.get(&id) {
            Some(m) => EndKey::Span(m.etype, m.start, m.end),
            None => EndKey::Dangling(id),
        })
    }

    fn gold_subject(&self) -> String {
        self.gold
            .subject
            .clone()
            .unwrap_or_else(|| NO_SUBJECT.to_string())
    }

    pub(crate) fn gold_end_norm(&self, end: &GoldEnd) -> String {
        match end {
            GoldEnd::Doc => self.gold_subject(),
            GoldEnd::Norm(n) => n.clone(),
            GoldEnd::Entity(id) => self
                .gold_by_id
                .get(id.as_str())
                .map(|e| e.norm.clone())
                .unwrap_or_default(),
        }
    }

    pub(crate) fn pred_end_norm(&self, end: &RelEnd) -> String {
        if !end.norm.is_empty() {
            return end.norm.clone();
        }
        if end.is_doc {
            return self
                .pred
                .and_then(|p| p.doc.subject.clone())
                .filter(|s| !s.is_empty())
                .unwrap_or_else(|| NO_SUBJECT.to_string());
        }
        end.mention
            .and_then(|id| self.pred_by_id.get(&id))
            .map(|m| m.norm.clone())
            .unwrap_or_default()
    }

    pub(crate) fn gold_triples(&self) -> BTreeSet<Triple> {
        self.gold
            .relations
            .iter()
            .map(|r| {
                triple(
                    r.predicate,
                    self.gold_end_norm(&r.head),
                    self.gold_end_norm(&r.tail),
                )
            })
            .collect()
    }

    pub(crate) fn pred_triples(&self) -> BTreeSet<Triple> {
        self.pred
            .map(|p| p.relations.as_slice())
            .unwrap_or(&[])
            .iter()
            .map(|r| {
                triple(
                    r.predicate,
                    self.pred_end_norm(&r.head),
                    self.pred_end_norm(&r.tail),
                )
            })
            .collect()
    }

    fn score_targets(&self, out: &mut TargetAttrScores) {
        let mut preds: HashMap<Span, &Mention> = HashMap::new();
        for m in self
            .pred_mentions()
            .iter()
            .filter(|m| m.etype == EntityType::Target)
        {
            preds.entry((m.start, m.end)).or_insert(m);
        }
        for g in self
            .gold
            .entities
            .iter()
            .filter(|e| e.etype == EntityType::Target)
        {
            let Some(m) = preds.get(&(g.start, g.end)) else {
                continue;
            };
            out.matched += 1;
            let Some(ga) = &g.attrs else {
                out.gold_without_attrs += 1;
                continue;
            };
            let same = |a: &Option<String>, b: &Option<String>| {
                a.as_deref().map(str::trim) == b.as_deref().map(str::trim)
            };
            match &m.target {
                None => {
                    for acc in [
                        &mut out.value,
                        &mut out.unit,
                        &mut out.comparator,
                        &mut out.year,
                    ] {
                        acc.push(false);
                    }
                }
                Some(pa) => {
                    out.value.push(same(&ga.value, &pa.value));
                    out.unit.push(same(&ga.unit, &pa.unit));
                    out.comparator.push(ga.comparator == Some(pa.comparator));
                    out.year.push(ga.year == pa.year);
                }
            }
        }
    }
}
