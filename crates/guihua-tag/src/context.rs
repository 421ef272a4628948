//! [`DocContext`]: the document's own jurisdiction, and place resolution.

use crate::scan::Scan;
use guihua_dict::{Dictionary, Entry, EntryIdx};
use guihua_model::EntityType;

/// What the recognisers know about the document as a whole.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DocContext {
    /// The place entry of the document's own jurisdiction (嘉兴市 for the
    /// Jiaxing plan), when one is found.
    pub subject: Option<EntryIdx>,
    /// The subject and its ancestors, most specific first.
    pub subject_chain: Vec<EntryIdx>,
    /// Provinces and cities the document names anywhere (by any of their
    /// names), with their ancestors, the provinces of the regions it names
    /// (长三角), plus the subject chain, sorted. A county
    /// or town elsewhere in the country is far from the document: its short
    /// form there is more likely an ordinary word (港口, 运河, 城区).
    pub named_regions: Vec<EntryIdx>,
}

/// How high an administrative level is; higher wins ties.
fn level(e: &Entry) -> u8 {
    match e.subtype.as_str() {
        "country" => 6,
        "province" => 5,
        "region" => 4,
        "city" => 4,
        "county" => 3,
        "water" | "feature" => 2,
        "town" => 1,
        _ => 2,
    }
}

/// `idx` and its ancestors, most specific first (bounded against cycles).
pub fn ancestors(dict: &Dictionary, idx: EntryIdx) -> Vec<EntryIdx> {
    let mut out = vec![idx];
    let mut cur = idx;
    while let Some(p) = dict.entry(cur).parent.as_deref().and_then(|p| dict.get(p)) {
        if out.contains(&p) || out.len() > 8 {
            break;
        }
        out.push(p);
        cur = p;
    }
    out
}

impl DocContext {
    /// Finds the subject: the first province, city, county or region named in
    /// the title lines, else the most frequent such place.
    pub fn detect(scan: &Scan) -> DocContext {
        let dict = &scan.res.dict;
        let eligible = |entries: &[EntryIdx]| -> Option<EntryIdx> {
            entries.iter().copied().find(|&i| {
                let e = dict.entry(i);
                e.etype == EntityType::Place
                    && matches!(
                        e.subtype.as_str(),
                        "province" | "city" | "county" | "region"
                    )
            })
        };
        // The title: the first lines when they are headings, else only the
        // opening words of the first line (1月10日,上海市印发…). A document
        // that starts mid-text (a newspaper continuation) has no title.
        let mut title: Vec<std::ops::Range<usize>> = Vec::new();
        for (k, b) in scan
            .norm
            .blocks
            .iter()
            .filter(|b| b.kind != guihua_text::BlockKind::Boilerplate)
            .take(3)
            .enumerate()
        {
            if b.kind == guihua_text::BlockKind::Heading || b.range.len() <= 90 {
                title.push(b.range.clone());
            } else {
                if k == 0 {
                    title.push(b.range.start..(b.range.start + 60).min(b.range.end));
                }
                break;
            }
        }
        let mut subject = scan
            .hits
            .iter()
            .filter(|h| title.iter().any(|r| r.start <= h.start && h.end <= r.end))
            .find_map(|h| eligible(h.entries).map(|i| (i, h.entries)))
            .map(|(i, entries)| prefer_higher(dict, entries).unwrap_or(i));
        if subject.is_none() {
            let mut counts: std::collections::HashMap<EntryIdx, usize> = Default::default();
            for h in &scan.hits {
                if let Some(i) = eligible(h.entries) {
                    *counts.entry(i).or_default() += 1;
                }
            }
            subject = counts
                .into_iter()
                .max_by_key(|&(i, n)| (n, std::cmp::Reverse(i)))
                .map(|(i, _)| i);
        }
        let subject_chain = subject.map(|s| ancestors(dict, s)).unwrap_or_default();
        let mut named_regions = subject_chain.clone();
        for h in &scan.hits {
            for &i in h.entries {
                let e = dict.entry(i);
                if e.etype != EntityType::Place {
                    continue;
                }
                match e.subtype.as_str() {
                    "province" | "city" => named_regions.extend(ancestors(dict, i)),
                    // 长三角 names the provinces it spans (members= in
                    // places_extra.tsv).
                    "region" => named_regions.extend(
                        e.attr_list("members")
                            .into_iter()
                            .filter_map(|m| dict.get(m)),
                    ),
                    _ => {}
                }
            }
        }
        named_regions.sort_unstable();
        named_regions.dedup();
        DocContext {
            subject,
            subject_chain,
            named_regions,
        }
    }

    /// Whether a county or town entry lies in a province or city the
    /// document names (or its subject's); other entries always do.
    ///
    /// A street (街道) needs its county or city named: a province holds
    /// hundreds of them, and their short forms are often ordinary words
    /// (南站 of 南站街道, 城南, 新城).
    pub fn is_near(&self, dict: &Dictionary, idx: EntryIdx) -> bool {
        let entry = dict.entry(idx);
        if !matches!(entry.subtype.as_str(), "county" | "town") {
            return true;
        }
        let street = entry.attr("kind") == Some("street");
        ancestors(dict, idx)
            .iter()
            .skip(1)
            .filter(|&&a| !street || dict.entry(a).subtype != "province")
            .any(|a| self.named_regions.binary_search(a).is_ok())
    }

    /// Chooses among the place entries of an ambiguous surface form: the one
    /// inside the subject's jurisdiction, else the one sharing the most
    /// ancestors with `near` (places named close by), else the highest level.
    /// Returns the entry and a confidence.
    pub fn choose_place(
        &self,
        dict: &Dictionary,
        entries: &[EntryIdx],
        near: &[EntryIdx],
    ) -> Option<(EntryIdx, f32)> {
        let places: Vec<EntryIdx> = entries
            .iter()
            .copied()
            .filter(|&i| dict.entry(i).etype == EntityType::Place)
            .collect();
        match places.len() {
            0 => return None,
            1 => return Some((places[0], 0.9)),
            _ => {}
        }
        let score = |i: EntryIdx| -> (i32, u8) {
            let chain = ancestors(dict, i);
            let mut s = 0i32;
            for (depth, a) in self.subject_chain.iter().enumerate() {
                if chain.contains(a) {
                    s += 10 - depth as i32;
                    break;
                }
            }
            for n in near {
                // A place written right before it that contains it decides
                // (苏州花桥 is 昆山's 花桥镇 whatever the subject).
                if chain.iter().skip(1).any(|a| a == n) {
                    s += 20;
                    continue;
                }
                let nchain = ancestors(dict, *n);
                if chain.iter().skip(1).any(|a| nchain.contains(a)) {
                    s += 3;
                }
            }
            (s, level(dict.entry(i)))
        };
        let best = places
            .iter()
            .copied()
            .max_by_key(|&i| (score(i), std::cmp::Reverse(i)))?;
        let (s, _) = score(best);
        Some((best, if s > 0 { 0.85 } else { 0.6 }))
    }
}

/// Among entries of one surface form, the highest-level place (上海 is the
/// city 上海市, not a town of that name).
fn prefer_higher(dict: &Dictionary, entries: &[EntryIdx]) -> Option<EntryIdx> {
    entries
        .iter()
        .copied()
        .filter(|&i| dict.entry(i).etype == EntityType::Place)
        .max_by_key(|&i| level(dict.entry(i)))
}
