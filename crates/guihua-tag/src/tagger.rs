//! [`Tagger`]: recognisers in order, overlap resolution, offsets to the original.

use crate::candidate::{resolve_overlaps, Candidate};
use crate::context::DocContext;
use crate::recognisers::{self, Recogniser};
use crate::resources::Resources;
use crate::scan::Scan;
use guihua_dict::EntryIdx;
use guihua_model::{EntityType, Mention};
use guihua_text::NormText;
use serde::Deserialize;
use std::ops::Range;

/// Which recognisers run, from the pipeline file's `[tagger]` table.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct TaggerConfig {
    /// Recogniser names, in order (see [`recognisers::ALL`]).
    pub recognisers: Vec<String>,
    /// Candidates below this confidence are dropped before resolution.
    pub min_confidence: f32,
}

impl Default for TaggerConfig {
    fn default() -> Self {
        TaggerConfig {
            recognisers: recognisers::ALL.iter().map(|s| s.to_string()).collect(),
            min_confidence: 0.0,
        }
    }
}

/// A mention with its span in the normalised text, for the relation rules.
#[derive(Debug, Clone, PartialEq)]
pub struct Tagged {
    pub mention: Mention,
    /// Byte range in the normalised text.
    pub span: Range<usize>,
    /// The dictionary entry it resolved to.
    pub entry: Option<EntryIdx>,
}

/// The tagger's output for one document.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TaggedDoc {
    /// Non-overlapping mentions in text order, ids 0, 1, 2 ...
    pub mentions: Vec<Tagged>,
    pub context: DocContext,
    /// Norm of the document's own jurisdiction.
    pub subject: Option<String>,
    pub subject_code: Option<String>,
    pub issuers: Vec<String>,
}

/// Runs the configured recognisers over a document.
pub struct Tagger {
    recognisers: Vec<Box<dyn Recogniser>>,
    min_confidence: f32,
}

impl std::fmt::Debug for Tagger {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let names: Vec<_> = self.recognisers.iter().map(|r| r.name()).collect();
        f.debug_struct("Tagger")
            .field("recognisers", &names)
            .finish()
    }
}

impl Tagger {
    /// Builds the tagger; panics on an unknown recogniser name (use
    /// [`Tagger::try_new`] for configuration from a file).
    pub fn new(cfg: TaggerConfig) -> Tagger {
        Tagger::try_new(&cfg).expect("known recognisers")
    }

    /// Builds the tagger, or names the unknown recogniser.
    pub fn try_new(cfg: &TaggerConfig) -> Result<Tagger, String> {
        let recognisers = cfg
            .recognisers
            .iter()
            .map(|n| {
                recognisers::by_name(n).ok_or_else(|| {
                    format!(
                        "unknown recogniser {n:?} (known: {})",
                        recognisers::ALL.join(", ")
                    )
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Tagger {
            recognisers,
            min_confidence: cfg.min_confidence,
        })
    }

    /// Tags one document. `original` is the decoded text `norm` came from.
    pub fn tag(&self, original: &str, norm: &NormText, res: &Resources) -> TaggedDoc {
        let scan = Scan::new(norm, res);
        let ctx = DocContext::detect(&scan);
        let mut cands: Vec<Candidate> = Vec::new();
        for r in &self.recognisers {
            r.recognise(&scan, &ctx, &mut cands);
        }
        cands.retain(|c| c.confidence >= self.min_confidence);
        let mut resolved = resolve_overlaps(cands);
        resolved.retain(|c| !c.claim_only);
        // The issuers' metadata line (发布机构: …) fills the documents table;
        // its agencies are a record of the portal, not mentions in the text.
        let (issuers, metadata_line) = issuers(norm, &resolved);
        if let Some(line) = metadata_line {
            resolved.retain(|c| !(c.span.start >= line.start && c.span.end <= line.end));
        }
        let char_starts: Vec<usize> = original
            .char_indices()
            .map(|(i, _)| i)
            .chain(std::iter::once(original.len()))
            .collect();
        let mentions: Vec<Tagged> = resolved
            .into_iter()
            .enumerate()
            .map(|(i, c)| {
                let orig = norm.to_original(c.span.clone());
                let end = orig.end.min(char_starts.len() - 1);
                let start = orig.start.min(end);
                let text = original[char_starts[start]..char_starts[end]].to_string();
                Tagged {
                    mention: Mention {
                        id: i as u32,
                        etype: c.etype,
                        start,
                        end,
                        text,
                        norm: c.norm,
                        entity_id: c.entity_id,
                        code: c.code,
                        canonical: c.canonical,
                        sentence: norm.sentence_at(c.span.start).unwrap_or(0) as u32,
                        source: c.source.to_string(),
                        confidence: c.confidence,
                        target: c.target,
                    },
                    span: c.span,
                    entry: c.entry,
                }
            })
            .collect();
        let subject = ctx.subject.map(|i| res.dict.entry(i));
        TaggedDoc {
            subject: subject.map(|e| e.name.clone()),
            subject_code: subject.and_then(|e| e.code.clone()),
            context: ctx,
            mentions,
            issuers,
        }
    }
}

/// Issuers: the agencies of a first line that names only agencies (中共嘉兴市委
/// 嘉兴市人民政府), or those after 发布机构 in the header lines; with the
/// range of that metadata line when the issuers come from one.
fn issuers(norm: &NormText, cands: &[Candidate]) -> (Vec<String>, Option<Range<usize>>) {
    let agencies_in = |r: &Range<usize>| -> Vec<&Candidate> {
        cands
            .iter()
            .filter(|c| {
                c.etype == EntityType::Agency && c.span.start >= r.start && c.span.end <= r.end
            })
            .collect()
    };
    let blocks: Vec<_> = norm
        .blocks
        .iter()
        .filter(|b| b.kind != guihua_text::BlockKind::Boilerplate)
        .take(12)
        .collect();
    if let Some(first) = blocks.first() {
        let ags = agencies_in(&first.range);
        let covered: usize = ags.iter().map(|c| c.span.len()).sum();
        let body = norm.text[first.range.clone()].trim();
        let spaces = body
            .chars()
            .filter(|c| c.is_whitespace())
            .map(char::len_utf8)
            .sum::<usize>();
        if !ags.is_empty() && covered + spaces >= body.len() {
            return (ags.iter().map(|c| c.norm.clone()).collect(), None);
        }
    }
    for b in blocks {
        let line = &norm.text[b.range.clone()];
        if let Some(p) = line.find("发布机构") {
            let from = b.range.start + p;
            let found = agencies_in(&(from..b.range.end))
                .iter()
                .map(|c| c.norm.clone())
                .collect();
            return (found, Some(from..b.range.end));
        }
    }
    (Vec::new(), None)
}
