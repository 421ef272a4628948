//! `dictionary`: every dictionary name and alias as a candidate.

use super::{entries_of, is_abbr_hit, place_candidate, surface_norm, Recogniser};
use crate::candidate::Candidate;
use crate::context::DocContext;
use crate::scan::Scan;
use guihua_model::EntityType;

/// Turns the document's dictionary hits into candidates.
///
/// Covers places (resolved among same-named divisions from context),
/// industries, seed projects and agencies with full names. Leaves out
/// one-character abbreviations (the `abbreviation` recogniser decides those)
/// and local department names without their jurisdiction (the `agency`
/// recogniser composes 市 + 经信局). A short place alias must sit on jieba
/// token boundaries (金山 in 金山银山 does not), and a town's short form needs
/// a place right before it or a chain dash beside it (金山枫泾, 枫泾-嘉善).
#[derive(Debug, Clone, Copy, Default)]
pub struct DictionaryRecogniser;

impl Recogniser for DictionaryRecogniser {
    fn name(&self) -> &'static str {
        "dictionary"
    }

    fn recognise(&self, scan: &Scan, ctx: &DocContext, out: &mut Vec<Candidate>) {
        let dict = &scan.res.dict;
        let text = scan.text();
        for (hi, hit) in scan.hits.iter().enumerate() {
            if is_abbr_hit(scan, hit) {
                continue;
            }
            let span = hit.start..hit.end;
            let surface = &text[span.clone()];
            for t in [
                EntityType::Project,
                EntityType::Agency,
                EntityType::Industry,
            ] {
                let es = entries_of(scan, hit, t);
                let Some(&e) = es.first() else { continue };
                let entry = dict.entry(e);
                if t == EntityType::Agency && matches!(entry.subtype.as_str(), "dept" | "body") {
                    continue;
                }
                let norm = if t == EntityType::Industry {
                    entry.name.clone()
                } else {
                    surface_norm(surface)
                };
                let mut c = Candidate::new(span.clone(), t, norm, "dictionary");
                c.entry = Some(e);
                c.entity_id = Some(entry.id.clone());
                if t != EntityType::Industry && surface_norm(surface) != entry.name {
                    c.canonical = Some(entry.name.clone());
                }
                c.confidence = 0.9;
                out.push(c);
            }
            let places: Vec<_> = entries_of(scan, hit, EntityType::Place)
                .into_iter()
                .filter(|&i| dict.entry(i).subtype != "abbr")
                .collect();
            if places.is_empty() {
                continue;
            }
            let is_alias = places.iter().all(|&i| dict.entry(i).name != surface);
            let n_chars = surface.chars().count();
            if is_alias && n_chars <= 2 && !scan.on_token_boundaries(&span) {
                continue;
            }
            let towns_only = places.iter().all(|&i| dict.entry(i).subtype == "town");
            let prev = (hi > 0)
                .then(|| &scan.hits[hi - 1])
                .filter(|p| p.end == hit.start);
            if towns_only && is_alias {
                let before = text[..hit.start].chars().next_back();
                let after = text[hit.end..].chars().next();
                let dash = |c: Option<char>| matches!(c, Some('-' | '—' | '－' | '–'));
                let placed_before =
                    prev.is_some_and(|p| !entries_of(scan, p, EntityType::Place).is_empty());
                if !(placed_before || dash(before) || dash(after)) {
                    continue;
                }
            }
            let near: Vec<_> = prev
                .map(|p| entries_of(scan, p, EntityType::Place))
                .unwrap_or_default();
            if let Some(mut c) =
                place_candidate(scan, ctx, span.clone(), &places, &near, "dictionary")
            {
                if is_alias && towns_only {
                    c.confidence *= 0.9;
                }
                out.push(c);
            }
        }
    }
}
