//! The named recognisers. Each proposes [`Candidate`]s for one kind of
//! evidence; the tagger resolves their overlaps.
//!
//! | name | finds |
//! |---|---|
//! | `dictionary` | every dictionary name and alias (places, industries, seed projects, central agencies) |
//! | `abbreviation` | one-character place abbreviations in compounds (沪嘉, 苏浙皖) and after cues (接沪) |
//! | `project` | a distinctive name plus a project head (沪苏湖高铁, “美丽家园”工程) |
//! | `agency` | jurisdiction plus department (市经信局), governments, party committees, leading groups |
//! | `industry` | members of enumerations that say they are industries |
//! | `target` | indicator + comparator + value + unit, with its deadline |
//! | `defined-name` | later mentions of short names the document defines (以下简称示范区) |
//! | `organisation` | names of organisations v1 does not annotate (联盟, 交易所, 大学): claimed, not emitted, so the places inside them are not tagged |

mod abbreviation;
mod agency;
mod defined;
mod dictionary;
mod industry;
mod organisation;
mod project;
mod target;

pub use abbreviation::AbbreviationRecogniser;
pub use agency::AgencyRecogniser;
pub use defined::DefinedNameRecogniser;
pub use dictionary::DictionaryRecogniser;
pub use industry::IndustryEnumRecogniser;
pub use organisation::OrganisationRecogniser;
pub use project::ProjectPatternRecogniser;
pub use target::TargetRecogniser;

use crate::candidate::Candidate;
use crate::context::DocContext;
use crate::scan::Scan;
use guihua_dict::{EntryIdx, Hit};
use guihua_model::EntityType;
use std::ops::Range;

/// One named recogniser.
pub trait Recogniser: Send + Sync {
    /// The name the pipeline file uses, and `mentions.source`.
    fn name(&self) -> &'static str;
    /// Appends candidates for `scan` to `out`.
    fn recognise(&self, scan: &Scan, ctx: &DocContext, out: &mut Vec<Candidate>);
}

/// Every recogniser name, in the default order.
pub const ALL: [&str; 8] = [
    "dictionary",
    "abbreviation",
    "project",
    "agency",
    "industry",
    "target",
    "defined-name",
    "organisation",
];

/// The recogniser called `name`.
pub fn by_name(name: &str) -> Option<Box<dyn Recogniser>> {
    Some(match name {
        "dictionary" => Box::new(DictionaryRecogniser),
        "abbreviation" => Box::new(AbbreviationRecogniser),
        "project" => Box::new(ProjectPatternRecogniser),
        "agency" => Box::new(AgencyRecogniser),
        "industry" => Box::new(IndustryEnumRecogniser),
        "target" => Box::new(TargetRecogniser),
        "defined-name" => Box::new(DefinedNameRecogniser),
        "organisation" => Box::new(OrganisationRecogniser),
        _ => return None,
    })
}

/// Characters that may be part of a name.
pub(crate) fn is_name_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '“' | '”' | '·' | '*' | '-' | '—')
}

/// Whether `c` is a dash that joins a chain of places (金山—平湖, 枫泾-嘉善).
pub(crate) fn is_dash(c: char) -> bool {
    matches!(c, '-' | '—' | '－' | '–')
}

/// Punctuation that ends a clause.
pub(crate) fn is_clause_break(c: char) -> bool {
    matches!(
        c,
        ',' | '，' | '、' | ';' | '；' | '。' | ':' | '：' | '!' | '！' | '?' | '？' | '\n'
    )
}

/// Whether the character at byte `b` is a one-character place abbreviation
/// (沪, 德 in 中德).
pub(crate) fn abbr_at(scan: &Scan, b: usize) -> bool {
    let text = scan.text();
    text[b..].chars().next().is_some_and(|c| {
        scan.res
            .matcher
            .lookup(&text[b..b + c.len_utf8()])
            .iter()
            .any(|&i| scan.res.dict.entry(i).subtype == "abbr")
    })
}

/// Whether `hit` stands for a one-character place abbreviation only.
pub(crate) fn is_abbr_hit(scan: &Scan, hit: &Hit) -> bool {
    hit.entries
        .iter()
        .all(|&i| scan.res.dict.entry(i).subtype == "abbr")
}

/// The entries of `hit` of type `t`.
pub(crate) fn entries_of(scan: &Scan, hit: &Hit, t: EntityType) -> Vec<EntryIdx> {
    hit.entries
        .iter()
        .copied()
        .filter(|&i| scan.res.dict.entry(i).etype == t)
        .collect()
}

pub(crate) use crate::names::surface_norm;

/// A PLACE candidate for `span` resolved among `entries` from context.
pub(crate) fn place_candidate(
    scan: &Scan,
    ctx: &DocContext,
    span: Range<usize>,
    entries: &[EntryIdx],
    near: &[EntryIdx],
    source: &'static str,
) -> Option<Candidate> {
    let dict = &scan.res.dict;
    let (idx, conf) = ctx.choose_place(dict, entries, near)?;
    let e = dict.entry(idx);
    let surface = &scan.text()[span.clone()];
    // 华东 (华东地区), 钱江 (钱塘江): a place that is no administrative
    // division is normed by its surface (`Entry::place_norm`).
    let norm = e.place_norm(&surface_norm(surface)).to_string();
    let mut c = Candidate::new(span.clone(), EntityType::Place, norm, source);
    c.entry = Some(idx);
    c.entity_id = Some(e.id.clone());
    c.code = e.code.clone();
    c.confidence = conf;
    // 虹桥 shortens 闵行's 虹桥镇 and 长宁's 虹桥街道 at once: a short form
    // that two or more towns or streets of the chosen one's city share names
    // the area they make up, by its surface (docs/ANNOTATION.md: any other
    // place, its simplified surface). Namesakes count among all the
    // dictionary's readings of the form, near or not.
    let readings: Vec<EntryIdx> = scan
        .hit_starting_at(span.start)
        .filter(|h| h.end == span.end)
        .map(|h| entries_of(scan, h, EntityType::Place))
        .unwrap_or_default();
    let city = |i: EntryIdx| crate::context::ancestors(dict, i).get(2).copied();
    let towns_only = !readings.is_empty()
        && readings
            .iter()
            .all(|&i| dict.entry(i).subtype == "town" && dict.entry(i).name != surface);
    let home = city(idx);
    if towns_only && e.subtype == "town" && home.is_some() {
        let namesakes = readings.iter().filter(|&&i| city(i) == home).count();
        if namesakes >= 2 {
            c.norm = surface_norm(surface);
            c.code = None;
        }
    }
    Some(c)
}

/// Start of a bracketed place `(上海)` that ends at byte `b`, if one does.
pub(crate) fn bracketed_place_before(scan: &Scan, b: usize) -> Option<usize> {
    let text = scan.text();
    let close = text[..b]
        .chars()
        .next_back()
        .filter(|c| matches!(c, ')' | '）'))?;
    let inner_end = b - close.len_utf8();
    let hit = scan.hit_ending_at(inner_end)?;
    let open = text[..hit.start]
        .chars()
        .next_back()
        .filter(|c| matches!(c, '(' | '（'))?;
    entries_of(scan, hit, EntityType::Place)
        .first()
        .map(|_| hit.start - open.len_utf8())
}

/// Length in bytes of a bracketed place `(嘉兴)` at the start of `s` (at
/// byte `b` of the text), or 0.
pub(crate) fn bracketed_place_after(scan: &Scan, b: usize) -> usize {
    let text = scan.text();
    let Some(open) = text[b..].chars().next().filter(|c| matches!(c, '(' | '（')) else {
        return 0;
    };
    let Some(hit) = scan.hit_starting_at(b + open.len_utf8()) else {
        return 0;
    };
    match text[hit.end..].chars().next() {
        Some(c @ (')' | '）')) if !entries_of(scan, hit, EntityType::Place).is_empty() => {
            hit.end + c.len_utf8() - b
        }
        _ => 0,
    }
}

/// Extends a name leftwards from byte `end` (the start of its head) over
/// jieba tokens of its sentence until punctuation, a stop word or `max_chars`.
/// Returns the start of the name.
pub(crate) fn extend_name_left(scan: &Scan, end: usize, max_chars: usize) -> usize {
    let text = scan.text();
    let Some(si) = scan.norm.sentence_at(end.saturating_sub(1)) else {
        return end;
    };
    let sent = scan.norm.sentences[si].range.clone();
    let toks = scan.tokens(si);
    let stop = &scan.res.lists.name_stop_words;
    let mut start = end;
    // `i`: tokens before it end at or before `end`; `toks[i]` may straddle it.
    let mut i = toks.partition_point(|t| t.end <= end);
    // A token straddling `end` contributes its left part.
    if i < toks.len() && toks[i].start < end && toks[i].end > end {
        start = toks[i].start.max(sent.start);
    }
    while i > 0 {
        let t = &toks[i - 1];
        if t.end > start {
            i -= 1;
            continue;
        }
        let w = &text[t.clone()];
        // A quotation stays whole whatever its words (“碳中和”实验室: 和
        // would stop a name).
        if w == "”" {
            if let Some(open) = text[sent.start..t.start].rfind('“').map(|p| sent.start + p) {
                if text[open..end].chars().count() <= max_chars
                    && !text[open + '“'.len_utf8()..t.start].contains(['“', '”'])
                {
                    start = open;
                    i = toks.partition_point(|t| t.end <= open);
                    continue;
                }
            }
        }
        // A dash between two places chains them inside a name
        // (南通—上海崇明500千伏联网工程, 黄渡-泗泾-新余线路改造工程).
        if w.chars().count() == 1 && w.chars().all(is_dash) {
            let place = |h: Option<&Hit>| {
                h.filter(|h| !entries_of(scan, h, EntityType::Place).is_empty())
                    .map(|h| h.start)
            };
            if let (Some(before), Some(_)) = (
                place(scan.hit_ending_at(t.start)),
                place(scan.hit_starting_at(t.end)),
            ) {
                if text[before..end].chars().count() <= max_chars {
                    start = before;
                    i = toks.partition_point(|t| t.end <= before);
                    continue;
                }
            }
        }
        // A dictionary name with a bracket inside stays whole before the
        // head it is followed by (中国(浙江)自由贸易试验区|联动创新区).
        if w.chars().all(|c| matches!(c, ')' | '）')) {
            if let Some(h) = scan
                .hit_ending_at(end)
                .filter(|h| h.start < t.start && h.end >= start)
            {
                if text[h.start..end].chars().count() <= max_chars {
                    start = h.start;
                    i = toks.partition_point(|t| t.end <= h.start);
                    continue;
                }
            }
        }
        // 杭州2022年亚运会, 杭州****年亚运会: a year (maybe masked) after a
        // place names the edition of an event.
        if w == "年" {
            let run = text[sent.start..t.start]
                .trim_end_matches(|c: char| c.is_ascii_digit() || c == '*');
            let run_start = sent.start + run.len();
            if text[run_start..t.start].chars().count() >= 2
                && scan
                    .hit_ending_at(run_start)
                    .is_some_and(|h| !entries_of(scan, h, EntityType::Place).is_empty())
                && text[run_start..end].chars().count() <= max_chars
            {
                start = run_start;
                i = toks.partition_point(|t| t.end <= run_start);
                continue;
            }
        }
        // A place in brackets stays inside a name: 国家会展中心(上海),
        // 中国(浙江)自由贸易试验区.
        if let Some(open) = bracketed_place_before(scan, t.end) {
            if text[open..end].chars().count() <= max_chars {
                start = open;
                i = toks.partition_point(|t| t.end <= open);
                continue;
            }
        }
        let ends_with_verb = stop
            .iter()
            .any(|v| v.chars().count() >= 2 && w.len() > v.len() && w.ends_with(v.as_str()));
        // 质量提升示范试点: a verb after its own object noun is part of a
        // nominal phrase, not a verb leading the name.
        // A verb right before a dictionary name governs it (举办|航空航天).
        // 扩容提升工程: a verb right before a programme head (工程, 行动:
        // `programme_heads.txt`) names the works.
        let names_the_works = t.end == end
            && scan.res.is_verb(w, false)
            && crate::lists::Lists::prefix_in(&scan.res.lists.programme_heads, &text[end..])
                .is_some();
        let before = if i >= 2 {
            &text[toks[i - 2].clone()]
        } else {
            ""
        };
        // 西向拓展带: 向 after a compass point makes a direction, no verb.
        let direction = w == "向"
            && before
                .chars()
                .last()
                .is_some_and(|c| "东西南北".contains(c));
        let not_a_stop_here = names_the_works
            || direction
            || scan.hit_starting_at(t.end).is_none() && verb_after_its_object(scan, w, before);
        let stop_word = crate::lists::Lists::contains(stop, w) && !not_a_stop_here;
        if !w.chars().all(is_name_char) || stop_word || ends_with_verb {
            break;
        }
        // jieba's HMM glues a one-character stop word to an unknown name
        // (沪甬甬等 in 沪甬甬等跨海通道): the name ends before it, or starts
        // after it.
        if let Some(glued) = glued_stop_char(scan, w, before) {
            if glued == GluedStop::Leading
                && text[t.start..end].chars().count() <= max_chars
                && w.chars().count() > 2
            {
                start = t.start + w.chars().next().map_or(0, char::len_utf8);
            }
            break;
        }
        if text[t.start..end].chars().count() > max_chars {
            break;
        }
        start = t.start;
        i -= 1;
    }
    // A name never starts inside a quotation that closed before it: drop
    // everything up to an unmatched closing quote (景区”“高铁 → 高铁).
    let name = &text[start..end];
    let mut depth = 0i32;
    let mut cut = None;
    for (i, c) in name.char_indices() {
        match c {
            '“' => depth += 1,
            '”' if depth == 0 => cut = Some(i + c.len_utf8()),
            '”' => depth -= 1,
            _ => {}
        }
    }
    if let Some(c) = cut {
        start += c;
    }
    // Nor with a dash: a chain cut by the length limit loses its dash too.
    let name = &text[start..end];
    start + (name.len() - name.trim_start_matches(['-', '—', '·']).len())
}

/// Which end of a token holds a one-character stop word that jieba's HMM
/// glued to an unknown word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum GluedStop {
    Leading,
    Trailing,
}

/// Whether `w`, a token that jieba's dictionary does not hold as one word,
/// starts or ends with a one-character stop word of `name_stop_words.txt`
/// (甬甬等, 和沪), or starts with the end of a stop word that the token
/// `before` it begins (做|实沪湖 for 做实). Dictionary words (高等, 平等)
/// are left alone.
fn glued_stop_char(scan: &Scan, w: &str, before: &str) -> Option<GluedStop> {
    let stop = &scan.res.lists.name_stop_words;
    let mut cs = w.chars();
    let (first, last) = (cs.next()?, cs.next_back()?);
    let one = |c: char| {
        let mut b = [0u8; 4];
        crate::lists::Lists::contains(stop, c.encode_utf8(&mut b))
    };
    let split_stop = !before.is_empty() && {
        let mut joined = before.to_string();
        joined.push(first);
        crate::lists::Lists::contains(stop, &joined)
    };
    if !(one(first) || one(last) || split_stop) || scan.res.word_tag(w, |_| true) {
        return None;
    }
    Some(if one(last) {
        GluedStop::Trailing
    } else {
        GluedStop::Leading
    })
}

/// Whether the stop word `w` is a verb written after its object noun
/// `before` (质量|提升, 品质|提升): the two make a nominal phrase inside a name.
fn verb_after_its_object(scan: &Scan, w: &str, before: &str) -> bool {
    let stop = &scan.res.lists.name_stop_words;
    w.chars().count() >= 2
        && scan.res.is_verb(w, false)
        && !crate::lists::Lists::contains(stop, before)
        && scan.res.word_tag(before, |t| t == "n")
}
