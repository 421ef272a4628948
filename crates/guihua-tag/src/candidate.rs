//! [`Candidate`]s and the overlap resolver.

use guihua_dict::EntryIdx;
use guihua_model::{EntityType, TargetAttrs};
use std::ops::Range;

/// A possible mention, before overlaps are resolved.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    /// Byte range in the normalised text.
    pub span: Range<usize>,
    pub etype: EntityType,
    /// Normal form (docs/ANNOTATION.md).
    pub norm: String,
    /// The dictionary entry it resolves to, if any.
    pub entry: Option<EntryIdx>,
    pub entity_id: Option<String>,
    pub code: Option<String>,
    pub canonical: Option<String>,
    /// Name of the recogniser that proposed it.
    pub source: &'static str,
    pub confidence: f32,
    pub target: Option<TargetAttrs>,
    /// Claims its span in overlap resolution but is not a mention: the name
    /// of an organisation v1 does not annotate, so that the places inside it
    /// are not tagged either (上海技术交易所, 长三角体育产业联盟).
    pub claim_only: bool,
}

impl Candidate {
    /// A candidate with only the required fields set.
    pub fn new(span: Range<usize>, etype: EntityType, norm: String, source: &'static str) -> Self {
        Candidate {
            span,
            etype,
            norm,
            entry: None,
            entity_id: None,
            code: None,
            canonical: None,
            source,
            confidence: 0.8,
            target: None,
            claim_only: false,
        }
    }
}

/// Priority of a type when two candidates cover exactly the same span: a
/// target or project name is more specific than the places inside it.
fn type_rank(t: EntityType) -> u8 {
    match t {
        EntityType::Target => 5,
        EntityType::Project => 4,
        EntityType::Agency => 3,
        EntityType::Industry => 2,
        EntityType::Place => 1,
    }
}

/// Keeps one candidate per region: the outermost (longest) wins; on equal
/// spans an organisation's claim, then the higher type rank, then the higher
/// confidence. The result is
/// sorted by position and never overlaps.
pub fn resolve_overlaps(mut cands: Vec<Candidate>) -> Vec<Candidate> {
    cands.retain(|c| c.span.start < c.span.end);
    cands.sort_by(|a, b| {
        (b.span.end - b.span.start)
            .cmp(&(a.span.end - a.span.start))
            // An organisation's claim wins its own span: 上海石油天然气交易中心
            // is an exchange although 中心 heads projects.
            .then(b.claim_only.cmp(&a.claim_only))
            .then(type_rank(b.etype).cmp(&type_rank(a.etype)))
            .then(b.confidence.total_cmp(&a.confidence))
            .then(a.span.start.cmp(&b.span.start))
    });
    let mut taken: Vec<Range<usize>> = Vec::new();
    let mut out = Vec::new();
    for c in cands {
        let i = taken.partition_point(|r| r.end <= c.span.start);
        let overlaps = i < taken.len() && taken[i].start < c.span.end;
        if !overlaps {
            taken.insert(i, c.span.clone());
            out.push(c);
        }
    }
    out.sort_by_key(|c| c.span.start);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(r: Range<usize>, t: EntityType) -> Candidate {
        Candidate::new(r, t, String::new(), "test")
    }

    #[test]
    fn outermost_wins_and_result_never_overlaps() {
        let out = resolve_overlaps(vec![
            c(0..6, EntityType::Place),
            c(0..15, EntityType::Project),
            c(12..18, EntityType::Place),
            c(20..26, EntityType::Industry),
        ]);
        let spans: Vec<_> = out.iter().map(|c| c.span.clone()).collect();
        assert_eq!(spans, vec![0..15, 20..26]);
    }

    #[test]
    fn equal_spans_prefer_the_more_specific_type() {
        let out = resolve_overlaps(vec![
            c(0..6, EntityType::Place),
            c(0..6, EntityType::Project),
        ]);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].etype, EntityType::Project);
    }

    #[test]
    fn an_organisations_claim_wins_its_own_span() {
        let mut claim = c(0..6, EntityType::Project);
        claim.claim_only = true;
        let out = resolve_overlaps(vec![c(0..6, EntityType::Project), claim]);
        assert_eq!(out.len(), 1);
        assert!(out[0].claim_only);
    }
}
