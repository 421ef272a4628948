//! `defined-name`: short names a document defines for itself.

use super::{extend_name_left, surface_norm, Recogniser};
use crate::candidate::Candidate;
use crate::context::DocContext;
use crate::lists::Lists;
use crate::scan::Scan;
use guihua_model::EntityType;

/// Finds the short names a document defines (`示范区` in
/// `长三角生态绿色一体化发展示范区(以下简称示范区)`, `简称新片区`) and tags
/// every later mention of them as the type of the full name, with
/// `canonical` set to the full name (docs/ANNOTATION.md, resolved cases).
///
/// The full name runs left from the bracket like any project name; the
/// definition counts when the full name ends in a project head (a PROJECT)
/// or an agency head (an AGENCY). Short names of places (长三角) and of
/// document titles (国家《规划纲要》) are left to the dictionary.
#[derive(Debug, Clone, Copy, Default)]
pub struct DefinedNameRecogniser;

const CUES: [&str; 2] = ["以下简称", "简称"];

impl Recogniser for DefinedNameRecogniser {
    fn name(&self) -> &'static str {
        "defined-name"
    }

    fn recognise(&self, scan: &Scan, _ctx: &DocContext, out: &mut Vec<Candidate>) {
        let text = scan.text();
        let lists = &scan.res.lists;
        let mut defs: Vec<(String, EntityType, String, usize)> = Vec::new();
        let mut from = 0;
        while let Some(p) = text[from..].find("简称") {
            let at = from + p;
            from = at + "简称".len();
            let cue_start = CUES
                .iter()
                .find(|c| text[..at + "简称".len()].ends_with(*c))
                .map_or(at, |c| at + "简称".len() - c.len());
            let Some(open) = text[..cue_start]
                .chars()
                .next_back()
                .filter(|c| matches!(c, '(' | '（'))
            else {
                continue;
            };
            let close_rel = text[from..].find([')', '）']);
            let Some(close_rel) = close_rel else { continue };
            let short = text[from..from + close_rel].trim_matches(['“', '”', '"']);
            let n = short.chars().count();
            if !(2..=10).contains(&n) || short.contains(['《', ',', '，', '、']) {
                continue;
            }
            let full_end = cue_start - open.len_utf8();
            let full_start = extend_name_left(scan, full_end, 40);
            let full = &text[full_start..full_end];
            let etype = if Lists::suffix_in(&lists.agency_suffixes, full).is_some() {
                EntityType::Agency
            } else if Lists::suffix_in(&lists.project_suffixes, full).is_some() {
                EntityType::Project
            } else {
                continue;
            };
            defs.push((
                short.to_string(),
                etype,
                surface_norm(full),
                from + close_rel,
            ));
            // X(以下简称Y)新片区: the name goes on after the bracket; the word
            // after it names a part of X, and stands for X新片区 later on
            // (as Y新片区 does).
            let close = text[from + close_rel..]
                .chars()
                .next()
                .map_or(1, char::len_utf8);
            let rest = &text[from + close_rel + close..];
            let run = rest
                .char_indices()
                .find(|&(_, c)| !c.is_alphanumeric() || "和与及".contains(c))
                .map_or(rest.len(), |(i, _)| i);
            // The longest word run of up to six characters that ends in a
            // project head (新片区 in 新片区为重点).
            let base = from + close_rel + close;
            let cont = rest[..run]
                .char_indices()
                .map(|(i, c)| &rest[..i + c.len_utf8()])
                .take(6)
                .filter(|w| {
                    w.chars().count() >= 2
                        && Lists::suffix_in(&lists.project_suffixes, w).is_some()
                        && scan.word_ends_at(base + w.len())
                })
                .last();
            if let (EntityType::Project, Some(cont)) = (etype, cont) {
                let whole = format!("{}{cont}", surface_norm(full));
                defs.push((cont.to_string(), etype, whole.clone(), from + close_rel));
                defs.push((format!("{short}{cont}"), etype, whole, from + close_rel));
            }
        }
        for (short, etype, full, after) in defs {
            for (p, _) in text[after..].match_indices(short.as_str()) {
                let s = after + p;
                if scan.norm.is_boilerplate(s) {
                    continue;
                }
                // 领导小组办公室: the office of a defined body is a body too.
                let office = (etype == EntityType::Agency)
                    .then(|| Lists::prefix_in(&lists.agency_suffixes, &text[s + short.len()..]))
                    .flatten()
                    .unwrap_or("");
                let end = s + short.len() + office.len();
                let mut c =
                    Candidate::new(s..end, etype, surface_norm(&text[s..end]), "defined-name");
                c.canonical = Some(format!("{full}{office}"));
                c.entity_id = Some(format!(
                    "{}:{full}{office}",
                    etype.as_str().to_ascii_lowercase()
                ));
                c.confidence = 0.75;
                out.push(c);
            }
        }
    }
}
