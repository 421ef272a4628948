//! `abbreviation`: one-character place abbreviations.

use super::Recogniser;
use crate::candidate::Candidate;
use crate::context::DocContext;
use crate::lists::Lists;
use crate::scan::Scan;
use guihua_dict::{Entry, EntryIdx};
use guihua_model::EntityType;

/// Finds one-character abbreviations (沪, 苏, 嘉 ...) where they stand for a
/// place: in a run of two or more (沪嘉, 沪苏浙皖, 杭嘉湖) or alone right after
/// a cue verb (接沪, 临杭, 赴沪, 在华). A run is cut where an ordinary word of
/// `abbr_stop.txt` crosses it (联通苏皖 keeps 苏皖, 通常 is no place).
///
/// An abbreviation with two readings (苏: 江苏省 or 苏州市) takes the city
/// reading when another member of its run is a city (沪苏杭, 湖苏), else the
/// first reading (沪苏浙 → 江苏省).
#[derive(Debug, Clone, Copy, Default)]
pub struct AbbreviationRecogniser;

/// The full-name place an abbreviation entry stands for, and its alternative.
fn readings(scan: &Scan, e: EntryIdx) -> (EntryIdx, Option<EntryIdx>) {
    let dict = &scan.res.dict;
    let entry = dict.entry(e);
    let resolve = |k: &str| entry.attr(k).and_then(|id| dict.get(id));
    (resolve("of").unwrap_or(e), resolve("alt"))
}

fn is_city(e: &Entry) -> bool {
    e.subtype == "city"
}

impl Recogniser for AbbreviationRecogniser {
    fn name(&self) -> &'static str {
        "abbreviation"
    }

    fn recognise(&self, scan: &Scan, _ctx: &DocContext, out: &mut Vec<Candidate>) {
        let text = scan.text();
        let lists = &scan.res.lists;
        let abbr_at = |b: usize| -> Option<(usize, EntryIdx)> {
            let c = text[b..].chars().next()?;
            let forms = scan.res.matcher.lookup(&text[b..b + c.len_utf8()]);
            forms
                .iter()
                .copied()
                .find(|&i| scan.res.dict.entry(i).subtype == "abbr")
                .map(|i| (c.len_utf8(), i))
        };
        // A cue verb of `abbr_cues.txt` right before byte `b` (接沪, 临杭).
        let cue_before = |b: usize| {
            lists
                .abbr_cues
                .iter()
                .any(|c| text[..b].ends_with(c.as_str()))
        };
        for sent in &scan.norm.sentences {
            if scan.norm.is_boilerplate(sent.range.start) {
                continue;
            }
            let mut b = sent.range.start;
            while b < sent.range.end {
                let Some((_, _)) = abbr_at(b) else {
                    b += text[b..].chars().next().map_or(1, char::len_utf8);
                    continue;
                };
                // The maximal run of abbreviation characters from b.
                let mut run: Vec<(usize, usize, EntryIdx)> = Vec::new();
                let mut p = b;
                while p < sent.range.end {
                    match abbr_at(p) {
                        Some((len, e)) => {
                            run.push((p, p + len, e));
                            p += len;
                        }
                        None => break,
                    }
                }
                b = p;
                // Cut words of the stop list that cross the run's edges or inside.
                let prev_char = text[..run[0].0].chars().next_back();
                let next_char = text[p..].chars().next();
                let word = |a: Option<char>, z: Option<char>| -> bool {
                    match (a, z) {
                        (Some(a), Some(z)) => Lists::contains(&lists.abbr_stop, &format!("{a}{z}")),
                        _ => false,
                    }
                };
                let first = text[run[0].0..].chars().next();
                if word(prev_char, first) {
                    run.remove(0);
                }
                if let Some(&(s, _, _)) = run.last() {
                    if word(text[s..].chars().next(), next_char) {
                        run.pop();
                    }
                }
                let mut cut = Vec::new();
                for w in run.windows(2) {
                    if word(text[w[0].0..].chars().next(), text[w[1].0..].chars().next()) {
                        cut.push(w[1].0);
                    }
                }
                // jieba knows ordinary words: a member whose sentence token
                // reaches outside the run (常 in 常见病), or a dictionary word
                // inside the run (美丽), is no abbreviation.
                let toks = scan
                    .norm
                    .sentence_at(run.first().map_or(0, |r| r.0))
                    .map(|si| scan.tokens(si));
                // A lone abbreviation after a cue (接沪, 临杭) has its evidence
                // in the cue: jieba often fuses the two (接沪融杭).
                // Unless the abbreviation starts an ordinary word (在港口).
                let cued = run.len() == 1
                    && cue_before(run[0].0)
                    && !text[run[0].1..].chars().next().is_some_and(|n| {
                        let w = &text[run[0].0..run[0].1 + n.len_utf8()];
                        scan.res.word_tag(w, |_| true)
                    });
                if let (false, Some(toks), Some(&(rs, _, _)), Some(&(_, re, _))) =
                    (cued, toks, run.first(), run.last())
                {
                    // A token that only adds a dictionary name to the run
                    // (浙沪洋山 fused by jieba) does not make it a word.
                    let left_ok = |t: &std::ops::Range<usize>| {
                        t.start >= rs || scan.hit_ending_at(rs).is_some_and(|h| h.start <= t.start)
                    };
                    let right_ok = |t: &std::ops::Range<usize>| {
                        t.end <= re || scan.hit_starting_at(re).is_some_and(|h| h.end >= t.end)
                    };
                    // Only words of jieba's dictionary count: its HMM glues
                    // unknown runs to their neighbours (优中德, 中荷).
                    run.retain(|&(s, e, _)| {
                        toks.iter()
                            .find(|t| t.start <= s && t.end >= e)
                            .is_none_or(|t| {
                                (left_ok(t) && right_ok(t))
                                    || !scan.res.word_tag(&text[t.clone()], |_| true)
                            })
                    });
                }
                if run.len() >= 2 {
                    let rs = run[0].0;
                    let re = run[run.len() - 1].1;
                    let mut pos = rs;
                    let mut words: Vec<std::ops::Range<usize>> = Vec::new();
                    for w in scan.res.jieba.tag(&text[rs..re], false) {
                        let len = w.word.len();
                        // Nouns and abbreviations (ns, nr, j) stay: 苏锡常;
                        // so do 中 + a country (中日, a time word to jieba).
                        let placey = w.tag.starts_with('n')
                            || w.tag == "j"
                            || china_and_country(scan, &text[pos..pos + len]);
                        if w.word.chars().count() >= 2 && !placey {
                            words.push(pos..pos + len);
                        }
                        pos += len;
                    }
                    run.retain(|&(s, _, _)| !words.iter().any(|w| w.start <= s && s < w.end));
                }
                // Country abbreviations (德, 日, 以) only after 中 or a cue (中德, 对欧).
                let country = |e: EntryIdx| {
                    let (r, _) = readings(scan, e);
                    scan.res.dict.entry(r).subtype == "country"
                };
                let starts_with_china = run.first().is_some_and(|&(s, e, _)| &text[s..e] == "中");
                if !starts_with_china && run.len() >= 2 {
                    run.retain(|&(_, _, e)| !country(e));
                }
                let accepted: Vec<_> = if run.len() >= 2 && cut.is_empty() {
                    run
                } else if run.len() == 1 {
                    if cue_before(run[0].0) {
                        run
                    } else {
                        Vec::new()
                    }
                } else {
                    Vec::new()
                };
                let any_city = accepted.iter().any(|&(_, _, e)| {
                    let (r, alt) = readings(scan, e);
                    alt.is_none() && is_city(scan.res.dict.entry(r))
                });
                for &(s, e_, entry) in &accepted {
                    let (main, alt) = readings(scan, entry);
                    let dict = &scan.res.dict;
                    let chosen = match alt {
                        Some(a) if any_city && is_city(dict.entry(a)) => a,
                        _ => main,
                    };
                    let target = dict.entry(chosen);
                    let mut c = Candidate::new(
                        s..e_,
                        EntityType::Place,
                        target.name.clone(),
                        "abbreviation",
                    );
                    c.entry = Some(chosen);
                    c.entity_id = Some(target.id.clone());
                    c.code = target.code.clone();
                    c.confidence = if accepted.len() >= 2 { 0.8 } else { 0.7 };
                    out.push(c);
                }
            }
        }
    }
}

/// Whether `w` is 中 followed by one country abbreviation (中日, 中德): a
/// pair of countries, whatever else jieba reads in it.
fn china_and_country(scan: &Scan, w: &str) -> bool {
    let Some(rest) = w.strip_prefix('中') else {
        return false;
    };
    rest.chars().count() == 1
        && scan.res.matcher.lookup(rest).iter().any(|&i| {
            let e = scan.res.dict.entry(i);
            e.subtype == "abbr" && {
                let (r, _) = readings(scan, i);
                scan.res.dict.entry(r).subtype == "country"
            }
        })
}
