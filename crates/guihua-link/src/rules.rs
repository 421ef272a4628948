//! The relation rules, one per predicate family.

use crate::LinkInput;
use guihua_dict::EntryIdx;
use guihua_model::{EntityType, Predicate, RelEnd, Relation};
use guihua_tag::{Lists, Tagged};
use std::ops::Range;

/// One named relation rule.
pub trait RelationRule: Send + Sync {
    /// The name the pipeline file uses, and `relations.rule`.
    fn name(&self) -> &'static str;
    /// Appends the rule's relations to `out`.
    fn link(&self, input: &LinkInput, out: &mut Vec<Relation>);
}

/// Every rule name, in the default order.
pub const ALL: [&str; 6] = [
    "lead-marker",
    "connects",
    "located-in",
    "cooperation",
    "develops",
    "has-target",
];

/// The rule called `name`.
pub fn by_name(name: &str) -> Option<Box<dyn RelationRule>> {
    Some(match name {
        "lead-marker" => Box::new(LeadMarkerRule),
        "connects" => Box::new(ConnectsRule),
        "located-in" => Box::new(LocatedInRule),
        "cooperation" => Box::new(CooperationRule),
        "develops" => Box::new(DevelopsRule),
        "has-target" => Box::new(HasTargetRule),
        _ => return None,
    })
}

fn is_open(c: char) -> bool {
    matches!(c, '(' | '（')
}

fn is_close(c: char) -> bool {
    matches!(c, ')' | '）')
}

/// `LED_BY` / `IMPLEMENTED_BY` from lead markers: `(市经信局牵头)`,
/// `市科技局牵头)` without its opening bracket, `(X牵头,Y具体实施)`, and
/// `由X牵头` in running text.
///
/// A marker applies to the projects, industries and targets of its own item:
/// from the end of the previous marker in the same block (or the block start)
/// to the marker. It never reaches into the next block, so a marker cannot
/// leak into the next task item.
#[derive(Debug, Clone, Copy, Default)]
pub struct LeadMarkerRule;

impl RelationRule for LeadMarkerRule {
    fn name(&self) -> &'static str {
        "lead-marker"
    }

    fn link(&self, input: &LinkInput, out: &mut Vec<Relation>) {
        let text = &input.norm.text;
        let lists = &input.res.lists;
        let mut prev_marker_end: Option<(usize, usize)> = None; // (block, end)
        for (bi, block) in input.norm.blocks.iter().enumerate() {
            let body = &text[block.range.clone()];
            for (p, _) in body.match_indices("牵头") {
                let at = block.range.start + p;
                // The marker region: back to an opening bracket, 由, or the
                // last clause break; forward to the closing bracket.
                let before = &text[block.range.start..at];
                let mut rstart = block.range.start;
                let mut by_you = false;
                let mut opened = false;
                for (i, c) in before.char_indices().rev() {
                    if is_open(c) {
                        rstart = block.range.start + i + c.len_utf8();
                        opened = true;
                        break;
                    }
                    if c == '由' {
                        rstart = block.range.start + i + c.len_utf8();
                        by_you = true;
                        break;
                    }
                    if matches!(c, '。' | ';' | '；' | ')' | '）') {
                        rstart = block.range.start + i + c.len_utf8();
                        break;
                    }
                }
                let after = &text[at..block.range.end];
                let rend = after
                    .char_indices()
                    .find(|&(_, c)| is_close(c) || matches!(c, '。' | ';' | '；'))
                    .map_or(block.range.end, |(i, _)| at + i);
                // A marker without its opening bracket (…特色发展带市发改委
                // 牵头)) is the run of leads written right before 牵头; the
                // clause it ends belongs to the item.
                if !opened && !by_you {
                    rstart = bare_marker_start(input, rstart, at);
                    if rstart == at {
                        // 牵头 in running text (…拓展,牵头研究编制…).
                        continue;
                    }
                }
                let region = rstart..rend;
                // Parts of the marker, each with its predicate.
                let mut tails: Vec<(Predicate, &Tagged)> = Vec::new();
                let mut part_start = rstart;
                let region_text = &text[region.clone()];
                for (i, c) in region_text
                    .char_indices()
                    .chain(std::iter::once((region_text.len(), ',')))
                {
                    if matches!(c, ',' | '，' | ';' | '；') {
                        let part = part_start..rstart + i;
                        let ptext = &text[part.clone()];
                        let found = lists
                            .lead_markers
                            .iter()
                            .find_map(|(w, p)| ptext.find(w.as_str()).map(|k| (k + w.len(), *p)));
                        // The leads stand before the marker word: a marker
                        // whose closing bracket was lost runs on into the
                        // next line's words (…安吉县具体实施 融入长三角…).
                        if let Some((word_end, pred)) = found {
                            for m in marker_tails(input, part.start..part.start + word_end) {
                                tails.push((pred, m));
                            }
                        }
                        part_start = rstart + i + c.len_utf8();
                    }
                }
                if tails.is_empty() {
                    continue;
                }
                let region_open = if by_you {
                    rstart - '由'.len_utf8()
                } else {
                    rstart
                };
                let hstart = match prev_marker_end {
                    Some((b, e)) if b == bi => e,
                    _ => block.range.start,
                };
                // A marker alone on its line closes the item above it:
                // "…建设。\n(南太湖新区管委会牵头)".
                let alone = bi > 0
                    && !by_you
                    && text[block.range.start..region_open]
                        .strip_suffix(['(', '（'])
                        .is_some_and(|b| b.trim().is_empty());
                let heads_range = if alone {
                    let prev = &input.norm.blocks[bi - 1].range;
                    let from = match prev_marker_end {
                        Some((b, e)) if b == bi - 1 => e,
                        _ => prev.start,
                    };
                    from..prev.end
                } else if by_you {
                    // 由X牵头 in running text: the sentence around it.
                    let s = input
                        .norm
                        .sentence_at(at)
                        .map(|i| input.norm.sentences[i].range.clone());
                    s.unwrap_or(block.range.clone())
                } else {
                    hstart..region_open
                };
                for h in input.mentions_in(heads_range) {
                    if !matches!(
                        h.mention.etype,
                        EntityType::Project | EntityType::Industry | EntityType::Target
                    ) {
                        continue;
                    }
                    if h.span.start >= region.start && h.span.end <= region.end {
                        continue;
                    }
                    // An industry only mentioned is no task of the item.
                    if h.mention.etype == EntityType::Industry
                        && committed_clause(input, h).is_none()
                    {
                        continue;
                    }
                    for (pred, t) in &tails {
                        out.push(input.relation(
                            *pred,
                            input.mention_end(h),
                            input.mention_end(t),
                            at,
                            self.name(),
                            0.85,
                        ));
                    }
                }
                prev_marker_end = Some((bi, rend));
            }
        }
    }
}

/// Where a marker without an opening bracket starts: the first of the
/// agencies and places that run, separated only by 、 or stray symbols, up
/// to `at` (the 牵头); `at` itself when none does (牵头 in running text).
fn bare_marker_start(input: &LinkInput, from: usize, at: usize) -> usize {
    let text = &input.norm.text;
    let mut start = at;
    loop {
        let end = text[from..start]
            .trim_end_matches(|c: char| {
                c == '、'
                    || c.is_whitespace()
                    || (c.is_ascii_punctuation() && !",;:.()".contains(c))
            })
            .len()
            + from;
        let lead = input.doc.mentions.iter().find(|m| {
            m.span.end == end
                && m.span.start >= from
                && matches!(m.mention.etype, EntityType::Agency | EntityType::Place)
        });
        match lead {
            Some(m) if m.span.start < start => start = m.span.start,
            _ => return start,
        }
    }
}

/// The leads a marker part names, per 、-separated piece: the piece's last
/// agency (…产业合作区管委会, not the places before it), or else its places
/// (德清县、安吉县牵头).
fn marker_tails<'a>(input: &'a LinkInput, part: Range<usize>) -> Vec<&'a Tagged> {
    let text = &input.norm.text;
    let mut out = Vec::new();
    let mut from = part.start;
    let body = &text[part.clone()];
    let ends = body
        .match_indices('、')
        .map(|(i, _)| part.start + i)
        .chain(std::iter::once(part.end));
    for end in ends {
        let piece = from..end;
        from = end + '、'.len_utf8();
        let ms: Vec<&Tagged> = input.mentions_in(piece.clone()).collect();
        if let Some(a) = ms
            .iter()
            .rev()
            .find(|m| m.mention.etype == EntityType::Agency)
        {
            out.push(*a);
            continue;
        }
        out.extend(ms.iter().filter(|m| m.mention.etype == EntityType::Place));
    }
    out
}

/// Places a name implies: its one-character abbreviations when two or more
/// stand together (沪苏湖 → 上海市, 苏州市, 湖州市) and the places named in it
/// (嘉兴, 长兴), in text order. The name is segmented greedily into the
/// longest place forms, ignoring the project entries that match it whole.
fn implied_places(input: &LinkInput, name: &str) -> Vec<(usize, EntryIdx)> {
    implied_places_marked(input, name)
        .into_iter()
        .map(|(s, i, _)| (s, i))
        .collect()
}

/// [`implied_places`] with, for each place, whether it came from an
/// abbreviation.
fn implied_places_marked(input: &LinkInput, name: &str) -> Vec<(usize, EntryIdx, bool)> {
    if let Some(v) = input.implied.borrow().get(name) {
        return v.as_ref().clone();
    }
    let v = compute_implied_places(input, name);
    input
        .implied
        .borrow_mut()
        .insert(name.to_string(), std::rc::Rc::new(v.clone()));
    v
}

/// One piece of a name parsed into place forms: its byte range in the name,
/// the place it names (or `None` for a character no place form covers) and
/// whether that place came from a one-character abbreviation.
#[derive(Debug, Clone, Copy)]
struct PlacePiece {
    start: usize,
    end: usize,
    place: Option<EntryIdx>,
    abbr: bool,
}

/// The place entries that have `form` as a name or alias.
fn place_entries_of(input: &LinkInput, form: &str) -> Vec<EntryIdx> {
    let dict = &input.res.dict;
    input
        .res
        .matcher
        .lookup(form)
        .iter()
        .copied()
        .filter(|&i| dict.entry(i).etype == EntityType::Place)
        .collect()
}

/// Segments `name` greedily into the longest place forms (up to eight
/// characters), abbreviations expanded to the place they stand for.
fn parse_places(input: &LinkInput, name: &str) -> Vec<PlacePiece> {
    let dict = &input.res.dict;
    let ctx = &input.doc.context;
    let place_entries = |form: &str| place_entries_of(input, form);
    let mut pieces = Vec::new();
    let bounds: Vec<usize> = name
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(name.len()))
        .collect();
    let mut k = 0;
    while k + 1 < bounds.len() {
        let mut taken = false;
        for len in (1..=8.min(bounds.len() - 1 - k)).rev() {
            let (s, e) = (bounds[k], bounds[k + len]);
            let form = &name[s..e];
            let all = place_entries(form);
            // Short forms inside names: a town's is mostly an accident (高桥
            // in 外高桥), a county's counts only in the document's province
            // (运河 in 嘉兴运河湾 is not Cangzhou's 运河区).
            let mut places: Vec<EntryIdx> = all
                .iter()
                .copied()
                .filter(|&i| {
                    let e = dict.entry(i);
                    e.name == form
                        || match e.subtype.as_str() {
                            "town" => false,
                            "county" => {
                                near_subject(input, i, "province")
                                    || abbreviates_an_ancestor(input, name, i)
                                    || names_a_branch(input, &name[bounds[k + len]..])
                            }
                            _ => true,
                        }
                })
                .collect();
            // …but the short form of the one town of the document's own
            // jurisdiction (a street's is too common) that opens the name
            // sites it
            // (张江科学城, 乍浦港区 in their cities' plans), unless the form
            // also names something above a town (莫干山 the mountain).
            if s == 0 && places.iter().all(|&i| dict.entry(i).subtype == "town") {
                let own: Vec<EntryIdx> = all
                    .iter()
                    .copied()
                    .filter(|&i| {
                        let e = dict.entry(i);
                        e.subtype == "town" && in_subject(input, i)
                    })
                    .collect();
                if own.len() == 1 && dict.entry(own[0]).attr("kind") != Some("street") {
                    places = own;
                }
            }
            // A town's short form right after a county or city that contains
            // it is that town (天子湖 in 安吉天子湖通用机场), unless the
            // form also names something above a town (莫干山 the mountain).
            if let Some(prev) = pieces
                .last()
                .and_then(|p: &PlacePiece| (p.end == s && !p.abbr).then_some(p.place).flatten())
                .filter(|&p| matches!(dict.entry(p).subtype.as_str(), "county" | "city"))
            {
                let inside: Vec<EntryIdx> = all
                    .iter()
                    .copied()
                    .filter(|&i| {
                        let e = dict.entry(i);
                        e.subtype == "town"
                            && e.name != form
                            && guihua_tag::ancestors(dict, i).contains(&prev)
                    })
                    .collect();
                if let [only] = inside.as_slice() {
                    if places.iter().all(|&i| dict.entry(i).subtype == "town") {
                        places = vec![*only];
                    }
                }
            }
            // A far town named exactly by the form yields to the one town
            // of the document's own jurisdiction it shortens (乌镇 in 中国电科
            // 乌镇基地 is 桐乡's 乌镇镇 in a Jiaxing plan, not a town of
            // Shaanxi named 乌镇).
            if !places.is_empty()
                && places
                    .iter()
                    .all(|&i| dict.entry(i).subtype == "town" && !in_subject(input, i))
            {
                let own: Vec<EntryIdx> = all
                    .iter()
                    .copied()
                    .filter(|&i| dict.entry(i).subtype == "town" && in_subject(input, i))
                    .collect();
                if own.len() == 1 && dict.entry(own[0]).attr("kind") != Some("street") {
                    places = own;
                }
            }
            if places.is_empty() {
                continue;
            }
            let (place, abbr) = if places.iter().all(|&i| dict.entry(i).subtype == "abbr") {
                let of = dict.entry(places[0]).attr("of").and_then(|id| dict.get(id));
                (of, true)
            } else {
                (ctx.choose_place(dict, &places, &[]).map(|(i, _)| i), false)
            };
            if place.is_none() {
                continue;
            }
            pieces.push(PlacePiece {
                start: s,
                end: e,
                place,
                abbr,
            });
            k += len;
            taken = true;
            break;
        }
        if !taken {
            pieces.push(PlacePiece {
                start: bounds[k],
                end: bounds[k + 1],
                place: None,
                abbr: false,
            });
            k += 1;
        }
    }
    pieces
}

/// Whether a site head of two or more characters follows (海宁分区, 平湖
/// 园区): a branch named after the county that hosts it.
fn names_a_branch(input: &LinkInput, rest: &str) -> bool {
    input
        .res
        .lists
        .located_doc_suffixes
        .iter()
        .any(|s| s.starts_with('分') && rest.starts_with(s.as_str()))
}

/// Whether `name` also holds the abbreviation of a province or city above
/// place `i`: 大丰 in 沪苏大丰产业联动集聚区 is 江苏's 大丰区.
fn abbreviates_an_ancestor(input: &LinkInput, name: &str, i: EntryIdx) -> bool {
    let dict = &input.res.dict;
    let above = guihua_tag::ancestors(dict, i);
    name.char_indices().any(|(k, c)| {
        input
            .res
            .matcher
            .lookup(&name[k..k + c.len_utf8()])
            .iter()
            .filter(|&&a| dict.entry(a).subtype == "abbr")
            .filter_map(|&a| dict.entry(a).attr("of").and_then(|id| dict.get(id)))
            .any(|of| of != i && above.contains(&of))
    })
}

/// Whether place `i` lies inside the document's subject (below it).
fn in_subject(input: &LinkInput, i: EntryIdx) -> bool {
    input
        .doc
        .context
        .subject
        .is_some_and(|subj| subj != i && guihua_tag::ancestors(&input.res.dict, i).contains(&subj))
}

/// Whether place `i` lies in the document subject's ancestor of subtype
/// `level` (its city or its province); for a regional plan, in one of the
/// region's members (长三角: 沪苏浙皖); true when the subject has neither.
fn near_subject(input: &LinkInput, i: EntryIdx, level: &str) -> bool {
    let dict = &input.res.dict;
    let Some(anchor) = input
        .doc
        .context
        .subject_chain
        .iter()
        .copied()
        .find(|&a| dict.entry(a).subtype == level)
    else {
        let members: Vec<EntryIdx> = input
            .doc
            .context
            .subject
            .map(|s| {
                dict.entry(s)
                    .attr_list("members")
                    .into_iter()
                    .filter_map(|id| dict.get(id))
                    .collect()
            })
            .unwrap_or_default();
        return members.is_empty()
            || guihua_tag::ancestors(dict, i)
                .iter()
                .any(|a| members.contains(a));
    };
    guihua_tag::ancestors(dict, i).contains(&anchor)
}

fn compute_implied_places(input: &LinkInput, name: &str) -> Vec<(usize, EntryIdx, bool)> {
    // (start, end, entry, is_abbreviation)
    let found: Vec<(usize, usize, EntryIdx, bool)> = parse_places(input, name)
        .into_iter()
        .filter_map(|p| p.place.map(|i| (p.start, p.end, i, p.abbr)))
        .collect();
    // A lone abbreviation character is an ordinary word (通 in 互联互通).
    let adjacent_abbr = |j: usize| {
        let (s, e, _, _) = found[j];
        (j > 0 && found[j - 1].3 && found[j - 1].1 == s)
            || (j + 1 < found.len() && found[j + 1].3 && found[j + 1].0 == e)
    };
    let keep: Vec<bool> = (0..found.len())
        .map(|j| !found[j].3 || adjacent_abbr(j))
        .collect();
    let mut out: Vec<(usize, EntryIdx, bool)> = found
        .iter()
        .zip(keep)
        .filter(|(_, k)| *k)
        .map(|(f, _)| (f.0, f.2, f.3))
        .collect();
    prefer_cities(input, &mut out);
    out
}

/// 苏 next to a city reads as 苏州市, not 江苏省: a province read from an
/// abbreviation becomes the abbreviation's alternative city reading (never
/// a foreign one: 新 stays 新疆, not 新加坡).
fn prefer_cities(input: &LinkInput, out: &mut [(usize, EntryIdx, bool)]) {
    prefer_cities_beside(input, out, false)
}

/// [`prefer_cities`]; with `municipality_is_city`, a municipality (上海市)
/// counts as the city beside which 苏 reads 苏州市: a line's stops are
/// cities (苏申内港线 → 苏州市, 上海市).
fn prefer_cities_beside(
    input: &LinkInput,
    out: &mut [(usize, EntryIdx, bool)],
    municipality_is_city: bool,
) {
    let dict = &input.res.dict;
    let any_city = out.iter().any(|&(_, i, abbr)| {
        let e = dict.entry(i);
        e.subtype == "city"
            || (municipality_is_city && abbr && e.attr("kind") == Some("municipality"))
    });
    if any_city {
        for (_, i, abbr) in out.iter_mut() {
            let e = dict.entry(*i);
            // Only an abbreviation has another reading (江苏 is 江苏省).
            if *abbr && e.subtype == "province" && e.attr("kind") != Some("municipality") {
                let alt = dict
                    .abbreviations_of(&e.id)
                    .iter()
                    .map(|&a| dict.entry(a))
                    .find(|a| a.attr("alt").is_some())
                    .and_then(|a| a.attr("alt"))
                    .and_then(|id| dict.get(id))
                    .filter(|&a| dict.entry(a).subtype == "city");
                if let Some(a) = alt {
                    *i = a;
                }
            }
        }
    }
}

/// Whether the only line word of a name stands inside its quotation
/// (浙江省“大通道”建设工程: a programme named after a strategy, no line).
fn line_word_only_quoted(lists: &Lists, text: &str) -> bool {
    let (Some(open), Some(close)) = (text.find('“'), text.rfind('”')) else {
        return false;
    };
    let has_line = |s: &str| lists.line_suffixes.iter().any(|w| s.contains(w.as_str()));
    open < close && has_line(&text[open..close]) && !has_line(&text[close..])
}

/// Whether a name ends in a head of a tour route (`[linker]
/// tour_route_heads`: 环太湖生态文旅线路, …精品线路): an itinerary of sights
/// runs through no place the way a line does.
fn is_tour_route(input: &LinkInput, name: &str) -> bool {
    let core = name.trim_end_matches([')', '）']);
    input
        .cfg
        .tour_route_heads
        .iter()
        .any(|h| core.ends_with(h.as_str()))
}

fn is_line(input: &LinkInput, name: &str) -> bool {
    let lists = &input.res.lists;
    let core = name.trim_end_matches([')', '）']);
    // A data link is no line (嘉兴互联网国际专用通道).
    if input
        .cfg
        .data_link_words
        .iter()
        .any(|w| core.contains(w.as_str()))
    {
        return false;
    }
    // A line word whose first characters end a longer word is no line word
    // (联网 of 互联网 in 工业互联网工程).
    let glued = |p: usize, s: &str| {
        let before = core[..p].chars().next_back();
        let head: String = before.into_iter().chain(s.chars().take(2)).collect();
        s.chars().count() >= 3 && before.is_some() && input.res.jieba.has_word(&head)
    };
    lists.line_suffixes.iter().any(|s| {
        (core.ends_with(s.as_str()) && !glued(core.len() - s.len(), s))
            || core.rfind(s.as_str()).is_some_and(|p| {
                let rest = &core[p + s.len()..];
                rest.chars().count() <= 6
                    && (core.ends_with(['期', '段', ')'])
                        // Works on a line are the line (沪嘉城际铁路先行工程,
                        // 线路改造工程); not 线 alone (生产线技改工程).
                        || (rest.ends_with("工程") && s.chars().count() >= 2))
            })
    })
}

/// Whether a project named by places alone is a line: 通苏嘉甬, 沪乍杭,
/// 杭绍台二期 (two or more abbreviations and nothing but places and one-
/// character stand-ins besides a section), or a dash chain of whole places
/// (黄山—金华).
fn named_by_places_alone(input: &LinkInput, name: &str) -> bool {
    // 黄山—金华, 安康(襄阳)—合肥: a dash chain of whole places.
    if name.contains(['—', '-']) {
        let pieces: Vec<&str> = name.split(['—', '-']).collect();
        return pieces.len() >= 2
            && pieces.iter().all(|p| {
                let core = p.split(['(', '（']).next().unwrap_or(p);
                let parsed = parse_places(input, core);
                !parsed.is_empty() && parsed.iter().all(|x| x.place.is_some() && !x.abbr)
            });
    }
    let core = name.trim_end_matches(|c: char| "一二三四五六七八九十期".contains(c));
    let pieces = parse_places(input, core);
    let abbrs = pieces.iter().filter(|p| p.abbr).count();
    let gaps = pieces.iter().filter(|p| p.place.is_none()).count();
    // Only abbreviations, and at most one stand-in among three or more
    // (沪乍杭): 沪苏长江口港 and 杭海新城 are no lines.
    // A stand-in that ends the name in a word with the abbreviation before
    // it is the name's head, not a stop (新城 in 杭海新城; not 温福).
    let last_is_gap = pieces.len() >= 2
        && pieces[pieces.len() - 1].place.is_none()
        && input
            .res
            .jieba
            .has_word(&core[pieces[pieces.len() - 2].start..]);
    abbrs >= 2
        && abbrs + gaps == pieces.len()
        && (gaps == 0 || (gaps == 1 && pieces.len() >= 3 && !last_is_gap))
}

/// The places a line's name runs to, in order: the name is read in segments
/// between its line words (杭海城际延伸 → 杭海, 延伸: 海城 is no reading), and
/// in a segment of abbreviations a character no place form covers stands for
/// a place of the document that starts with it (沪乍杭 → 乍浦镇, 沪平 → 平湖市).
fn line_places(input: &LinkInput, name: &str, known: &[EntryIdx]) -> Vec<(usize, EntryIdx, bool)> {
    let lists = &input.res.lists;
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < name.len() {
        let word = lists
            .line_suffixes
            .iter()
            .filter(|w| w.chars().count() >= 2 || w.as_str() == "线")
            .find(|w| name[i..].starts_with(w.as_str()));
        // A dash parts the stops too (崇明-长兴-五号沟天然气管道): each stop
        // opens its own segment.
        let dash = name[i..]
            .chars()
            .next()
            .filter(|c| matches!(c, '-' | '—' | '－' | '–'));
        match (word, dash) {
            (Some(w), _) => {
                cuts.push((i, i + w.len()));
                i += w.len();
            }
            (None, Some(c)) => {
                cuts.push((i, i + c.len_utf8()));
                i += c.len_utf8();
            }
            (None, None) => i += name[i..].chars().next().map_or(1, char::len_utf8),
        }
    }
    let mut segments = Vec::new();
    let mut from = 0;
    for (a, b) in cuts
        .into_iter()
        .chain(std::iter::once((name.len(), name.len())))
    {
        if a > from {
            segments.push(from..a);
        }
        from = b;
    }
    let mut out = Vec::new();
    for seg in segments {
        let mut pieces = parse_places(input, &name[seg.clone()]);
        // A compound that a word ends is the compound (苏皖 in 苏皖天然气
        // 管道, 浙闽输气管道): the word names the goods, not stops.
        let lead = pieces.iter().take_while(|p| p.abbr).count();
        if lead >= 2
            && pieces.len() >= lead + 2
            && pieces[lead..].iter().all(|p| p.place.is_none())
            && input
                .res
                .jieba
                .has_word(&name[seg.start + pieces[lead].start..seg.end])
        {
            pieces.truncate(lead);
        }
        // A one-character piece the dictionary's stops explain reads as
        // that stop.
        let explained: Vec<Option<EntryIdx>> = pieces
            .iter()
            .map(|p| explained_by(input, &name[seg.start + p.start..seg.start + p.end], known))
            .collect();
        let abbrs = pieces.iter().filter(|p| p.abbr).count();
        if abbrs == 0 {
            out.extend(
                pieces
                    .iter()
                    .filter_map(|p| p.place.map(|i| (seg.start + p.start, i, false))),
            );
            continue;
        }
        // A compound of abbreviations, each other piece a one-character
        // stand-in; an ordinary word is no compound (美丽 in 美丽公路).
        let gaps = pieces
            .iter()
            .zip(&explained)
            .filter(|(p, x)| p.place.is_none() && x.is_none())
            .count();
        let all_explained = explained.iter().all(Option::is_some);
        let seg_text = &name[seg.clone()];
        // A word is still a compound when the document names its places
        // in full (杭海 in a plan that names 杭州 and 海宁; not 美丽).
        let named = |p: &PlacePiece| {
            p.place.is_some_and(|i| {
                input
                    .doc
                    .mentions
                    .iter()
                    .any(|m| m.entry == Some(i) && m.span.len() > p.end - p.start)
            })
        };
        let short = pieces
            .iter()
            .filter(|p| p.abbr || p.place.is_none())
            .count();
        if short < 2
            || (abbrs + gaps < 2 && !all_explained)
            || gaps * 2 > pieces.len()
            || (gaps == 0
                && abbrs == 2
                && input.res.jieba.has_word(seg_text)
                && !pieces.iter().all(named)
                && !all_explained)
        {
            // No compound: the places named in full still are stops (江苏
            // in 江苏沿海输气管道, whose 海 is no abbreviation).
            out.extend(
                pieces
                    .iter()
                    .filter(|p| !p.abbr)
                    .filter_map(|p| p.place.map(|i| (seg.start + p.start, i, false))),
            );
            continue;
        }
        let mut read: Vec<Option<EntryIdx>> = Vec::new();
        for (k, p) in pieces.iter().enumerate() {
            let piece = &name[seg.start + p.start..seg.start + p.end];
            // A stand-in no place of the document or the country explains
            // is left out (商 in 商合杭), the rest still read.
            let beside: Vec<EntryIdx> = [k.checked_sub(1), Some(k + 1)]
                .into_iter()
                .flatten()
                .filter_map(|j| pieces.get(j).and_then(|q| q.place))
                .collect();
            let place = explained[k].or(p.place).or_else(|| {
                piece
                    .chars()
                    .all(|c| c > '\u{2e80}')
                    .then(|| {
                        stand_in_beside(input, piece, &beside)
                            .or_else(|| stand_in(input, piece, beside_a_city(input, &beside)))
                    })
                    .flatten()
            });
            read.push(place);
        }
        // An abbreviation with no place read beside it, nor an abbreviation
        // one stand-in away (温武吉), is an ordinary character (海 in 淮河出海
        // 通道, 跨海通道).
        let named_in_full = pieces.iter().any(|p| {
            !p.abbr
                && p.place.is_some()
                && name[seg.start + p.start..seg.start + p.end].chars().count() >= 2
        });
        let read_at = |j: Option<usize>| j.and_then(|j| read.get(j)).is_some_and(|r| r.is_some());
        let abbr_at = |j: Option<usize>| j.and_then(|j| pieces.get(j)).is_some_and(|q| q.abbr);
        for (k, p) in pieces.iter().enumerate() {
            let Some(i) = read[k] else { continue };
            let beside_read = read_at(k.checked_sub(1)) || read_at(Some(k + 1));
            let one_away = (!read_at(k.checked_sub(1)) && abbr_at(k.checked_sub(2)))
                || (!read_at(Some(k + 1)) && abbr_at(Some(k + 2)));
            if p.abbr && !beside_read && !one_away {
                continue;
            }
            // A character that makes a word with an unread neighbour is
            // part of that word (海 in 陆海, 运 in 联运: 陆海联运通道), not
            // a stop; so is one that makes a word with any one-character
            // neighbour beside a place named in full (沿海 in 宁波沿海高速
            // is no 沿浦-海宁); two read stops alone still make one (长湖 in
            // 长湖申线).
            let in_word = |j: Option<usize>| {
                j.filter(|&j| {
                    read.get(j).is_some_and(Option::is_none)
                        || (named_in_full
                            && pieces.get(j).is_some_and(|q| {
                                name[seg.start + q.start..seg.start + q.end].chars().count() == 1
                            }))
                })
                .and_then(|j| pieces.get(j))
                .is_some_and(|q| {
                    let (a, b) = (p.start.min(q.start), p.end.max(q.end));
                    input
                        .res
                        .jieba
                        .has_word(&name[seg.start + a..seg.start + b])
                })
            };
            if name[seg.start + p.start..seg.start + p.end].chars().count() == 1
                && (in_word(k.checked_sub(1)) || in_word(Some(k + 1)))
            {
                continue;
            }
            out.push((seg.start + p.start, i, p.abbr));
        }
    }
    prefer_cities_beside(input, &mut out, true);
    if name.contains(['-', '—', '－', '–']) {
        drop_far_namesakes(input, &mut out);
    }
    out
}

/// The province that place `i` lies in (or is).
fn province_of(input: &LinkInput, i: EntryIdx) -> Option<EntryIdx> {
    let dict = &input.res.dict;
    guihua_tag::ancestors(dict, i)
        .into_iter()
        .find(|&a| dict.entry(a).subtype == "province")
}

/// In a dash chain that runs through a town (黄渡-泗泾-新余线路: 泗泾镇), a
/// stop read as a city or county in a province none of the other stops lies
/// in is a namesake of a local place (新余 is no 新余市 of Jiangxi there).
fn drop_far_namesakes(input: &LinkInput, out: &mut Vec<(usize, EntryIdx, bool)>) {
    let dict = &input.res.dict;
    if !out.iter().any(|&(_, i, _)| dict.entry(i).subtype == "town") {
        return;
    }
    let provinces: Vec<Option<EntryIdx>> =
        out.iter().map(|&(_, i, _)| province_of(input, i)).collect();
    let mut k = 0;
    out.retain(|&(_, i, _)| {
        let own = provinces[k];
        let shared = provinces
            .iter()
            .enumerate()
            .any(|(j, p)| j != k && p.is_some() && *p == own);
        k += 1;
        !matches!(dict.entry(i).subtype.as_str(), "city" | "county") || shared
    });
}

/// Whether one of the places beside a stand-in is a city.
fn beside_a_city(input: &LinkInput, beside: &[EntryIdx]) -> bool {
    beside
        .iter()
        .any(|&i| input.res.dict.entry(i).subtype == "city")
}

/// A stand-in beside a city abbreviation names the one county of that city
/// whose name starts with it (长 in 长湖申线 → 长兴县 of 湖州市, 临 in 杭临绩
/// → 临安区 of 杭州市).
fn stand_in_beside(input: &LinkInput, ch: &str, beside: &[EntryIdx]) -> Option<EntryIdx> {
    let dict = &input.res.dict;
    let cities: Vec<EntryIdx> = beside
        .iter()
        .copied()
        .filter(|&i| dict.entry(i).subtype == "city")
        .collect();
    if cities.is_empty() {
        return None;
    }
    let found: Vec<EntryIdx> = dict
        .names_starting_with(ch.chars().next()?)
        .iter()
        .copied()
        .filter(|&i| {
            let e = dict.entry(i);
            e.etype == EntityType::Place
                && e.subtype == "county"
                && e.name.starts_with(ch)
                && guihua_tag::ancestors(dict, i)
                    .iter()
                    .any(|a| cities.contains(a))
        })
        .collect();
    match found.as_slice() {
        [only] => Some(*only),
        _ => None,
    }
}

/// The place a one-character stand-in names: the most often mentioned place
/// of the document whose name starts with it, else a county or town of the
/// document's own jurisdiction whose name does, else the only city (or the
/// only county) of the country whose name does (绩 → 绩溪县).
fn stand_in(input: &LinkInput, ch: &str, among_cities: bool) -> Option<EntryIdx> {
    let dict = &input.res.dict;
    let mut counts: Vec<(EntryIdx, usize)> = Vec::new();
    for m in &input.doc.mentions {
        let Some(i) = m.entry else { continue };
        let e = dict.entry(i);
        // Among cities a stand-in is no province (福 in 甬台温福 is no 福建省).
        if m.mention.etype == EntityType::Place
            && e.subtype != "abbr"
            && !(among_cities && e.subtype == "province")
            && e.name.chars().count() >= 2
            && e.name.starts_with(ch)
        {
            match counts.iter_mut().find(|(j, _)| *j == i) {
                Some((_, n)) => *n += 1,
                None => counts.push((i, 1)),
            }
        }
    }
    if let Some(&(i, _)) = counts
        .iter()
        .max_by_key(|&&(i, n)| (n, std::cmp::Reverse(i)))
    {
        return Some(i);
    }
    // Only the entries indexed under its first character can start with it.
    let first = dict.names_starting_with(ch.chars().next()?);
    let starting = |subtypes: &[&str]| -> Vec<EntryIdx> {
        first
            .iter()
            .copied()
            .filter(|&i| {
                let e = dict.entry(i);
                e.etype == EntityType::Place
                    && subtypes.contains(&e.subtype.as_str())
                    && e.name.starts_with(ch)
            })
            .collect()
    };
    // Among cities, the one city of the country it starts comes first (福
    // → 福州市, not a street of the subject).
    if among_cities {
        if let [only] = starting(&["city"]).as_slice() {
            return Some(*only);
        }
    }
    if let Some(subject) = input.doc.context.subject {
        let near = starting(&["county", "town"])
            .into_iter()
            .find(|&i| guihua_tag::ancestors(dict, i).contains(&subject));
        if near.is_some() {
            return near;
        }
    }
    // The one city, else the one county, of the country the character starts.
    for level in [&["city"][..], &["county"][..]] {
        if let [only] = starting(level).as_slice() {
            return Some(*only);
        }
    }
    None
}

/// `CONNECTS`: a line project (rail, road, waterway, pipeline, power line,
/// bridge) to every place its name implies, abbreviations expanded; a
/// project named by places alone (通苏嘉甬) is a line.
#[derive(Debug, Clone, Copy, Default)]
pub struct ConnectsRule;

impl RelationRule for ConnectsRule {
    fn name(&self) -> &'static str {
        "connects"
    }

    fn link(&self, input: &LinkInput, out: &mut Vec<Relation>) {
        for m in &input.doc.mentions {
            if m.mention.etype != EntityType::Project
                || line_word_only_quoted(&input.res.lists, &m.mention.text)
                || is_tour_route(input, &m.mention.norm)
                || !(is_line(input, &m.mention.norm)
                    || named_by_places_alone(input, &m.mention.norm)
                    // The dictionary's lines, also extended (杭海城际延伸).
                    || m.entry.is_some_and(|e| input.res.dict.entry(e).subtype == "line")
                    || (m.entry.is_none() && !shortened_lines(input, &m.mention.norm).is_empty()))
            {
                continue;
            }
            let mut seen = Vec::new();
            let known = known_stops(input, m);
            let reached = reached_places(input, m);
            let stops = line_places(input, &m.mention.norm, &known)
                .into_iter()
                .map(|(_, p, _)| p)
                .filter(|&p| known.is_empty() || within_known(input, p, &known))
                .chain(reached);
            for p in stops {
                // An economic region is no stop of a line (长三角城际); a
                // subregion or a coast is (浙北高等级航道, 环太湖轨道交通).
                let e = input.res.dict.entry(p);
                let wide = e.subtype == "region"
                    && !matches!(e.attr("kind"), Some("subregion") | Some("coast"));
                if seen.contains(&p) || wide {
                    continue;
                }
                seen.push(p);
                let name = &input.res.dict.entry(p).name;
                let tail = LinkInput::norm_end(name, EntityType::Place);
                out.push(input.relation(
                    Predicate::Connects,
                    input.mention_end(m),
                    tail,
                    m.span.start,
                    self.name(),
                    0.8,
                ));
            }
        }
    }
}

/// Whether a stop read from a known line's name fits the stops the
/// dictionary gives it: a division must be one of them, lie in one or hold
/// one (东海 of 东海二桥, a bridge to 上海市, is no 东海县 of Jiangsu); a
/// water or region read from the name always fits (杭州湾 of 杭州湾大桥).
fn within_known(input: &LinkInput, p: EntryIdx, known: &[EntryIdx]) -> bool {
    let dict = &input.res.dict;
    if !matches!(
        dict.entry(p).subtype.as_str(),
        "province" | "city" | "county" | "town"
    ) {
        return true;
    }
    let up = guihua_tag::ancestors(dict, p);
    known
        .iter()
        .any(|&k| up.contains(&k) || guihua_tag::ancestors(dict, k).contains(&p))
}

/// The places a line reaches by a verb written right after it (`[linker]
/// reach_verbs`: 沪乍杭铁路联通浦东、接入嘉兴高铁南站 → 浦东新区, 嘉兴市): the
/// places of the verb's 、-list, and the places named in full in the
/// projects of that list, up to the end of the clause.
fn reached_places(input: &LinkInput, m: &Tagged) -> Vec<EntryIdx> {
    let text = &input.norm.text;
    let dict = &input.res.dict;
    let verb_at = |at: usize| {
        input
            .cfg
            .reach_verbs
            .iter()
            .find(|v| text[at..].starts_with(v.as_str()))
            .map(|v| at + v.len())
    };
    let mut out = Vec::new();
    let Some(mut at) = verb_at(m.span.end) else {
        return out;
    };
    let end = text[at..]
        .find([',', '，', ';', '；', '。', '\n'])
        .map_or(text.len(), |i| at + i);
    while let Some(t) = input
        .doc
        .mentions
        .iter()
        .find(|t| t.span.start == at && t.span.end <= end)
    {
        match t.mention.etype {
            EntityType::Place => out.extend(t.entry),
            EntityType::Project => out.extend(
                implied_places_marked(input, &t.mention.norm)
                    .into_iter()
                    .filter(|&(_, i, abbr)| !abbr && dict.entry(i).subtype != "region")
                    .map(|(_, i, _)| i),
            ),
            _ => break,
        }
        // The list goes on after 、 or 和, with or without another verb; a
        // project's name may go on past its mention (嘉兴高铁南站).
        let Some(sep) = text[t.span.end..end].find(['、', '和']) else {
            break;
        };
        at = t.span.end
            + sep
            + text[t.span.end + sep..]
                .chars()
                .next()
                .map_or(1, char::len_utf8);
        if let Some(next) = verb_at(at) {
            at = next;
        }
    }
    out
}

/// The places the dictionary says a line runs to (`connects=`): the
/// mention's own entry, or for a name of places alone (杭临绩, 合新) the line
/// entry it shortens (杭临绩铁路). A section (G15沈海高速嘉浏段) runs only
/// through the places it names, so it keeps to its name.
fn known_stops(input: &LinkInput, m: &Tagged) -> Vec<EntryIdx> {
    let dict = &input.res.dict;
    let name = &m.mention.norm;
    if name.trim_end_matches([')', '）']).ends_with('段') {
        return Vec::new();
    }
    let stops_of = |e: EntryIdx| -> Vec<EntryIdx> {
        dict.entry(e)
            .attr_list("connects")
            .into_iter()
            .filter_map(|id| dict.get(id))
            .collect()
    };
    if let Some(e) = m.entry {
        return stops_of(e);
    }
    let mut stops: Vec<EntryIdx> = Vec::new();
    for e in shortened_lines(input, name) {
        for p in stops_of(e) {
            if !stops.contains(&p) {
                stops.push(p);
            }
        }
    }
    stops
}

/// The dictionary lines a name without a line word shortens: 杭临绩 for
/// 杭临绩铁路, 京沪 for 京沪高铁 and 京沪高速 (a name of places alone that
/// only a line word completes into a dictionary line).
fn shortened_lines(input: &LinkInput, name: &str) -> Vec<EntryIdx> {
    let lists = &input.res.lists;
    let mut found: Vec<EntryIdx> = Vec::new();
    if name.chars().count() < 2
        || name.contains(['—', '-'])
        || Lists::suffix_in(&lists.line_suffixes, name).is_some()
    {
        return found;
    }
    for w in lists.line_suffixes.iter() {
        if w.chars().count() >= 2 {
            push_lines(input, &format!("{name}{w}"), &mut found);
        }
    }
    found
}

/// Adds the dictionary lines named `form` to `found`.
fn push_lines(input: &LinkInput, form: &str, found: &mut Vec<EntryIdx>) {
    let dict = &input.res.dict;
    for &e in input.res.matcher.lookup(form) {
        let entry = dict.entry(e);
        if entry.etype == EntityType::Project && entry.subtype == "line" && !found.contains(&e) {
            found.push(e);
        }
    }
}

/// The known stop a one-character piece of a line's name stands for: the
/// stop whose name starts with it (武 → 武夷山市 on 温武吉铁路) or that it
/// abbreviates (苏 → 江苏省 on 苏皖天然气管道), when exactly one does.
fn explained_by(input: &LinkInput, piece: &str, known: &[EntryIdx]) -> Option<EntryIdx> {
    let dict = &input.res.dict;
    if piece.chars().count() != 1 {
        return None;
    }
    let abbreviated: Vec<EntryIdx> = input
        .res
        .matcher
        .lookup(piece)
        .iter()
        .filter(|&&a| dict.entry(a).subtype == "abbr")
        .flat_map(|&a| {
            let e = dict.entry(a);
            [e.attr("of"), e.attr("alt")]
        })
        .flatten()
        .flat_map(|ids| ids.split(','))
        .filter_map(|id| dict.get(id))
        .collect();
    let hits: Vec<EntryIdx> = known
        .iter()
        .copied()
        .filter(|&k| dict.entry(k).name.starts_with(piece) || abbreviated.contains(&k))
        .collect();
    match hits.as_slice() {
        [only] => Some(*only),
        _ => None,
    }
}

/// `LOCATED_IN`: a project to the most specific place in its name
/// (上海漕河泾开发区海宁分区 → 海宁市), or to `DOC` when its name names none.
/// Programmes and events (`located_exclude_suffixes.txt`) and line projects
/// (they get `CONNECTS`) are not located.
#[derive(Debug, Clone, Copy, Default)]
pub struct LocatedInRule;

fn place_rank(subtype: &str) -> u8 {
    match subtype {
        "town" => 5,
        "county" => 4,
        "city" => 3,
        "province" => 2,
        "water" | "feature" => 3,
        _ => 1,
    }
}

impl RelationRule for LocatedInRule {
    fn name(&self) -> &'static str {
        "located-in"
    }

    fn link(&self, input: &LinkInput, out: &mut Vec<Relation>) {
        let lists = &input.res.lists;
        let dict = &input.res.dict;
        for m in &input.doc.mentions {
            if m.mention.etype != EntityType::Project {
                continue;
            }
            let name = &m.mention.norm;
            if Lists::suffix_in(&lists.located_exclude_suffixes, name).is_some() {
                continue;
            }
            // A line runs through places (CONNECTS); it is not sited in
            // them: 东海大桥, 苏台高速(嘉兴段), 淮河出海通道 are not located.
            if is_line(input, name) || named_by_places_alone(input, name) {
                continue;
            }
            // Programmes, events and lines the dictionary knows are not
            // located either (一带一路, 进博会, 四好农村路).
            if m.entry.is_some_and(|e| {
                matches!(
                    dict.entry(e).subtype.as_str(),
                    "programme" | "event" | "line"
                )
            }) {
                continue;
            }
            // 中国(浙江)自由贸易试验区联动创新区 in a Jiaxing plan: a satellite
            // of a complete zone lies where the plan is.
            if is_satellite_of_named_zone(input, name) {
                out.push(input.relation(
                    Predicate::LocatedIn,
                    input.mention_end(m),
                    input.doc_end(),
                    m.span.start,
                    self.name(),
                    0.6,
                ));
                continue;
            }
            // The most specific places named in full (not abbreviations, not
            // the country), all of them on a tie (宁波舟山港 → 宁波市, 舟山市),
            // and a named region besides (张江长三角科技城平湖园 → 平湖市,
            // 长江三角洲). Abbreviations site a project only as a compound
            // that opens a name holding no place in full (below).
            let places = implied_places_marked(input, name);
            let full: Vec<EntryIdx> = places
                .iter()
                .filter(|&&(_, i, abbr)| !abbr && dict.entry(i).subtype != "country")
                .map(|&(_, i, _)| i)
                .collect();
            let is_region = |i: EntryIdx| dict.entry(i).subtype == "region";
            let top = full
                .iter()
                .filter(|&&i| !is_region(i))
                .map(|&i| place_rank(&dict.entry(i).subtype))
                .max();
            let mut picked: Vec<EntryIdx> = full
                .iter()
                .copied()
                .filter(|&i| is_region(i) || Some(place_rank(&dict.entry(i).subtype)) == top)
                .collect();
            // A division written before a place it contains stays with it
            // (浙江温州LNG接收站 → 浙江省, 温州市; 苏州(太仓)港 → 苏州市,
            // 太仓市), but not the host named before a branch elsewhere
            // (上海漕河泾开发区海宁分区 is not in 上海市).
            let containing: Vec<EntryIdx> = full
                .iter()
                .copied()
                .filter(|&i| {
                    !picked.contains(&i)
                        && picked
                            .iter()
                            .any(|&p| guihua_tag::ancestors(dict, p).contains(&i))
                })
                .collect();
            picked.extend(containing);
            // A name that holds no place in full but a compound of
            // abbreviations (嘉湖绿色智造廊道, 宁湖杭生态创新廊道) spans the
            // places the compound names.
            let names_a_line = lists
                .line_suffixes
                .iter()
                .any(|w| w.chars().count() >= 2 && name.contains(w.as_str()));
            if picked.iter().all(|&i| is_region(i))
                && !names_a_line
                && !named_by_places_alone(input, name)
            {
                // The compound opens the name, one character after another,
                // and is no word (平台 is no 平湖-台州).
                // It ends before an abbreviation that opens the head word
                // (新 of 新城 in 杭海新城).
                let mut abbrs: Vec<EntryIdx> = Vec::new();
                let mut end = 0;
                for (k, &(s, i, abbr)) in places.iter().enumerate() {
                    if !abbr || s != end {
                        break;
                    }
                    let next = s + name[s..].chars().next().map_or(0, char::len_utf8);
                    let next_is_abbr = places.get(k + 1).is_some_and(|q| q.2 && q.0 == next);
                    let head = name[next..]
                        .chars()
                        .next()
                        .is_some_and(|c| input.res.jieba.has_word(&name[s..next + c.len_utf8()]));
                    if abbrs.len() >= 2 && !next_is_abbr && head {
                        break;
                    }
                    end = next;
                    if dict.entry(i).subtype != "country" {
                        abbrs.push(i);
                    }
                }
                // A word is still a compound when the document names its
                // places in full (杭海 in a plan naming 杭州 and 海宁).
                let named = |i: &EntryIdx| {
                    input
                        .doc
                        .mentions
                        .iter()
                        .any(|m| m.entry == Some(*i) && m.span.len() > '杭'.len_utf8())
                };
                let word = name.get(..end).is_some_and(|w| input.res.jieba.has_word(w))
                    && !abbrs.iter().all(named);
                if abbrs.len() >= 2 && !word {
                    picked.extend(abbrs);
                }
            }
            let mut seen = Vec::new();
            picked.retain(|i| {
                let new = !seen.contains(i);
                seen.push(*i);
                new
            });
            // A name opened by the short form that several towns or streets
            // of the document's own jurisdiction share (虹桥 in a Shanghai
            // plan) is sited in the area they name, by its surface, more
            // specific than what the dictionary knows (上海市).
            let own_name = |i: EntryIdx| {
                input.doc.context.subject == Some(i) || input.doc.context.subject_chain.contains(&i)
            };
            if picked.iter().all(|&i| is_region(i) || own_name(i)) {
                if let Some(area) = shared_town_form(input, name) {
                    out.push(input.relation(
                        Predicate::LocatedIn,
                        input.mention_end(m),
                        LinkInput::norm_end(area, EntityType::Place),
                        m.span.start,
                        self.name(),
                        0.6,
                    ));
                    // The subject's own name stays (上海虹桥商务区 → 上海市).
                    if picked.iter().all(|&i| is_region(i)) {
                        continue;
                    }
                }
            }
            // A dictionary project says where it is (虹桥商务区: located=上海市).
            let known: Vec<EntryIdx> = m
                .entry
                .map(|e| dict.entry(e).attr_list("located"))
                .unwrap_or_default()
                .into_iter()
                .filter_map(|id| dict.get(id))
                .collect();
            let site =
                Lists::suffix_in(&lists.located_doc_suffixes, name).is_some() || m.entry.is_some();
            // A region alone yields to what the dictionary knows (长三角生态
            // 绿色一体化发展示范区 lies in 青浦区, 吴江区, 嘉善县 …).
            if !known.is_empty() && picked.iter().all(|&i| is_region(i)) {
                picked.extend(known.iter().copied());
            }
            let mut tails: Vec<RelEnd> = match picked.is_empty() {
                // 华东应急指挥骨干网 → 华东: a place that is no division is
                // normed as the name writes it.
                false => picked
                    .iter()
                    .map(|&i| {
                        let e = dict.entry(i);
                        let written = e.form_in(name).unwrap_or(&e.name);
                        LinkInput::norm_end(e.place_norm(written), EntityType::Place)
                    })
                    .collect(),
                true if !known.is_empty() => known
                    .iter()
                    .map(|&i| LinkInput::norm_end(&dict.entry(i).name, EntityType::Place))
                    .collect(),
                true if !site => continue,
                true => vec![input.doc_end()],
            };
            // A site named after a region that the document's own
            // jurisdiction builds (打造长三角…中心, not 共建长三角…平台) lies
            // in it too.
            if site
                && !picked.is_empty()
                && known.is_empty()
                && picked.iter().all(|&i| is_region(i))
                && built_by_subject(input, m)
            {
                tails.push(input.doc_end());
            }
            for tail in tails {
                out.push(input.relation(
                    Predicate::LocatedIn,
                    input.mention_end(m),
                    tail,
                    m.span.start,
                    self.name(),
                    0.7,
                ));
            }
        }
    }
}

/// Whether `name` is a satellite (`[linker] satellite_zone_heads`) of a
/// zone named in full before it (上海自由贸易试验区新片区|协作区): the host's
/// name ends in a project head of its own.
fn is_satellite_of_named_zone(input: &LinkInput, name: &str) -> bool {
    input.cfg.satellite_zone_heads.iter().any(|h| {
        name.strip_suffix(h.as_str()).is_some_and(|host| {
            host.chars().count() >= 4
                && Lists::suffix_in(&input.res.lists.project_suffixes, host).is_some()
        })
    })
}

/// The opening of `name` (two to four characters, after the subject's own
/// name if it opens the name) that is the short form
/// of two or more towns or streets of the document's own jurisdiction and
/// of nothing above a town (虹桥 in 虹桥国际机场, a Shanghai plan).
fn shared_town_form<'n>(input: &LinkInput, name: &'n str) -> Option<&'n str> {
    let dict = &input.res.dict;
    // The form opens the name, or follows the subject's own name (上海虹桥
    // 商务区 in a Shanghai plan).
    let mut starts = vec![0];
    if let Some(first) = parse_places(input, name).first() {
        let own = first
            .place
            .is_some_and(|i| !first.abbr && input.doc.context.subject_chain.contains(&i));
        if own {
            starts.push(first.end);
        }
    }
    starts.into_iter().find_map(|start| {
        let rest = &name[start..];
        let ends: Vec<usize> = rest
            .char_indices()
            .map(|(i, _)| i)
            .skip(2)
            .take(3)
            .collect();
        ends.into_iter().rev().find_map(|end| {
            let form = &rest[..end];
            let places = place_entries_of(input, form);
            let own = places
                .iter()
                .filter(|&&i| dict.entry(i).name != form && in_subject(input, i))
                .count();
            let shared = own >= 2 && places.iter().all(|&i| dict.entry(i).subtype == "town");
            shared.then_some(form)
        })
    })
}

/// Whether the clause before project `m` has the document's own
/// jurisdiction build it: a build verb (`[linker] build_verbs`) within six
/// characters before the project, and no verb of joint work (`[linker]
/// joint_words`: 共建, 参与, 联合) in the clause before it. Never in a regional
/// plan, whose subject is the region itself.
fn built_by_subject(input: &LinkInput, m: &Tagged) -> bool {
    let dict = &input.res.dict;
    if input
        .doc
        .context
        .subject
        .is_none_or(|s| dict.entry(s).subtype == "region")
    {
        return false;
    }
    let text = &input.norm.text;
    let before = &text[..m.span.start];
    let clause_start = before
        .rfind([',', '，', ';', '；', '。', '\n', ':', '：'])
        .map_or(0, |i| {
            i + before[i..].chars().next().map_or(1, char::len_utf8)
        });
    let clause = &text[clause_start..m.span.start];
    let near_start = clause.char_indices().rev().nth(5).map_or(0, |(i, _)| i);
    let near = &clause[near_start..];
    input
        .cfg
        .build_verbs
        .iter()
        .any(|v| near.contains(v.as_str()))
        && !input
            .cfg
            .joint_words
            .iter()
            .any(|w| clause.contains(w.as_str()))
}

/// `COOPERATES_WITH`: every pair of an abbreviation compound that qualifies
/// cooperation (沪嘉合作, 嘉湖一体化, 沪嘉毗邻区), including compounds inside
/// project names (嘉湖一体化合作先行区, ends by norm only); every pair of the
/// last members of a dash chain (金山枫泾-松江新浜-嘉兴嘉善); and `与X、Y…合作`
/// with the sentence's leading place or `DOC`.
#[derive(Debug, Clone, Copy, Default)]
pub struct CooperationRule;

fn pairs<T: Clone>(items: &[T]) -> Vec<(T, T)> {
    let mut out = Vec::new();
    for i in 0..items.len() {
        for j in i + 1..items.len() {
            out.push((items[i].clone(), items[j].clone()));
        }
    }
    out
}

/// Whether a compound stands in a list whose clause ends in a cue:
/// 中德、中日、中法等一批国际产业合作园.
fn list_closed_by_cue(lists: &Lists, after: &str) -> bool {
    if !after.starts_with(['、', '等']) {
        return false;
    }
    let clause_end = after
        .char_indices()
        .find(|&(_, c)| matches!(c, ',' | '，' | ';' | '；' | '。' | '\n'))
        .map_or(after.len(), |(i, _)| i);
    let clause = &after[..clause_end];
    // The list ends at 等; the cue must be in its head, not in a later verb.
    let head = clause.find('等').map_or(clause, |p| &clause[p..]);
    head.chars().count() <= 16
        && lists
            .cooperation_cues
            .iter()
            .any(|c| head.contains(c.as_str()))
}

/// Whether a cue closes the short phrase a compound qualifies (at most ten
/// characters, up to the next punctuation): 浙皖闽赣生态旅游协作.
fn cue_in_phrase(lists: &Lists, after: &str) -> bool {
    let end = after
        .char_indices()
        .find(|&(_, c)| !c.is_alphanumeric())
        .map_or(after.len(), |(i, _)| i);
    let phrase: String = after[..end].chars().take(10).collect();
    lists
        .cooperation_cues
        .iter()
        .any(|c| phrase.contains(c.as_str()))
}

/// Whether a run of places written together names three or more counties
/// or towns in full, none inside another (青浦吴江嘉善): a joint area, not a
/// place prefix (嘉兴嘉善) or a compound of abbreviations.
fn siblings(input: &LinkInput, run: &[Tagged]) -> bool {
    let dict = &input.res.dict;
    let text = &input.norm.text;
    run.len() >= 3
        && run
            .iter()
            .all(|m| is_county_or_town(input, m) && text[m.span.clone()].chars().count() >= 2)
        && run.iter().all(|a| {
            let Some(ai) = a.entry else { return false };
            run.iter().all(|b| {
                b.entry
                    .is_none_or(|bi| bi == ai || !guihua_tag::ancestors(dict, ai).contains(&bi))
            })
        })
}

/// Whether mention `m` is a county- or town-level place.
fn is_county_or_town(input: &LinkInput, m: &Tagged) -> bool {
    m.entry
        .is_some_and(|e| matches!(input.res.dict.entry(e).subtype.as_str(), "county" | "town"))
}

fn starts_with_cue(lists: &Lists, s: &str) -> bool {
    let s = s.trim_start_matches(['两', '三', '四', '地', '市', '全', '域']);
    lists
        .cooperation_cues
        .iter()
        .any(|c| s.starts_with(c.as_str()))
}

impl CooperationRule {
    /// A hub listed with its members as a “1+N” area (上海和苏州、无锡、
    /// 南通的“1+8”区域): the hub pairs with each member, members not with
    /// each other.
    fn hub_lists(&self, input: &LinkInput, out: &mut Vec<Relation>) {
        let text = &input.norm.text;
        for (at, _) in text.match_indices("“1+") {
            let before = text[..at].trim_end_matches('的');
            let list_end = before.len();
            // Places back over 、 to the conjunction and the hub before it.
            let ms: Vec<&Tagged> = input
                .mentions_in(list_end.saturating_sub(200)..list_end)
                .collect();
            let mut members: Vec<&Tagged> = Vec::new();
            let mut end = list_end;
            let mut hub = None;
            for m in ms.iter().rev() {
                let gap = &text[m.span.end.min(end)..end];
                if m.mention.etype != EntityType::Place {
                    break;
                }
                match gap {
                    "" if members.is_empty() => members.push(m),
                    "、" => members.push(m),
                    "和" | "与" | "及" if !members.is_empty() => {
                        hub = Some(*m);
                        break;
                    }
                    _ => break,
                }
                end = m.span.start;
            }
            let Some(hub) = hub else { continue };
            let head = input.mention_end(hub);
            self.pair_head_with(input, &head, Some(hub.span.start), members, 0.7, out);
        }
    }
}

impl CooperationRule {
    /// Every two distinct places among `members` (by norm); the evidence is
    /// the sentence at `at`, else at the first of the two.
    fn pair_all<'a>(
        &self,
        input: &LinkInput,
        members: impl IntoIterator<Item = &'a Tagged>,
        at: Option<usize>,
        confidence: f32,
        out: &mut Vec<Relation>,
    ) {
        let members: Vec<&Tagged> = members.into_iter().collect();
        let mut dedup: Vec<&Tagged> = Vec::new();
        for &m in &members {
            if !dedup.iter().any(|d| d.mention.norm == m.mention.norm)
                && !is_prefix_of_next(input, m, &members)
            {
                dedup.push(m);
            }
        }
        for (a, b) in pairs(&dedup) {
            out.push(input.relation(
                Predicate::CooperatesWith,
                input.mention_end(a),
                input.mention_end(b),
                at.unwrap_or(a.span.start),
                self.name(),
                confidence,
            ));
        }
    }

    /// `head` with each member that is another place; the evidence is the
    /// sentence at `at` (the head's position), else at each member.
    fn pair_head_with<'a>(
        &self,
        input: &LinkInput,
        head: &RelEnd,
        at: Option<usize>,
        members: impl IntoIterator<Item = &'a Tagged>,
        confidence: f32,
        out: &mut Vec<Relation>,
    ) {
        let members: Vec<&Tagged> = members.into_iter().collect();
        for &m in &members {
            if m.mention.norm == head.norm || is_prefix_of_next(input, m, &members) {
                continue;
            }
            out.push(input.relation(
                Predicate::CooperatesWith,
                head.clone(),
                input.mention_end(m),
                at.unwrap_or(m.span.start),
                self.name(),
                confidence,
            ));
        }
    }

    /// A cue directly followed by a list of places (对接上海、杭州、南京等,
    /// 联通苏皖): the sentence's leading place, or `DOC`, with each.
    fn cue_led_lists(&self, input: &LinkInput, out: &mut Vec<Relation>) {
        let text = &input.norm.text;
        let lists = &input.res.lists;
        for sent in &input.norm.sentences {
            let r = sent.range.clone();
            let ms: Vec<&Tagged> = input.mentions_in(r.clone()).collect();
            for (k, m) in ms.iter().enumerate() {
                if m.mention.etype != EntityType::Place {
                    continue;
                }
                // The list starts right after a cue, and not after 与
                // (the 与 rule's case) or another place.
                let before = &text[r.start..m.span.start];
                if !lists
                    .cooperation_cues
                    .iter()
                    .any(|c| before.ends_with(c.as_str()))
                {
                    continue;
                }
                if k > 0 && ms[k - 1].span.end == m.span.start {
                    continue;
                }
                // A cue right after a project has the project as its subject
                // (沪乍杭铁路联通浦东: the line reaches 浦东, no one cooperates).
                let cue_start = lists
                    .cooperation_cues
                    .iter()
                    .filter(|c| before.ends_with(c.as_str()))
                    .map(|c| m.span.start - c.len())
                    .min()
                    .unwrap_or(m.span.start);
                if ms[..k]
                    .iter()
                    .any(|p| p.mention.etype == EntityType::Project && p.span.end == cue_start)
                {
                    continue;
                }
                // Jurisdictions only (not 大运河, not 长三角), and none inside
                // the document's own: 对接德清 in a Huzhou plan is no pair.
                let jurisdiction = |t: &Tagged| {
                    t.entry.is_some_and(|e| {
                        matches!(
                            input.res.dict.entry(e).subtype.as_str(),
                            "country"
                                | "foreign_city"
                                | "province"
                                | "city"
                                | "county"
                                | "town"
                                | "abbr"
                        ) && !in_subject(input, e)
                    })
                };
                if !jurisdiction(m) {
                    continue;
                }
                let mut listed: Vec<&Tagged> = vec![m];
                for n in &ms[k + 1..] {
                    let last = listed[listed.len() - 1];
                    let gap = &text[last.span.end..n.span.start];
                    if n.mention.etype == EntityType::Place
                        && jurisdiction(n)
                        && matches!(gap, "" | "、" | "和" | "及" | "与")
                    {
                        listed.push(n);
                    } else {
                        break;
                    }
                }
                let lead = ms.iter().find(|p| {
                    p.mention.etype == EntityType::Place
                        && p.span.start == r.start
                        && p.span.end <= m.span.start
                });
                // A place written right before the cue (at most four
                // characters, no punctuation: 嘉兴全面接轨上海, 浙东板块接轨
                // 上海) is its subject.
                let near = ms[..k].iter().rev().find(|p| {
                    let gap = &text[p.span.end..cue_start];
                    p.mention.etype == EntityType::Place
                        && p.span.end <= cue_start
                        && gap.chars().count() <= 4
                        && gap
                            .chars()
                            .all(|c| c > '\u{2e80}' && !"、，。；：".contains(c))
                        && !ms
                            .iter()
                            .any(|q| q.span.start >= p.span.end && q.span.end <= cue_start)
                });
                let lead = near.or(lead);
                let head = lead.map_or_else(|| input.doc_end(), |p| input.mention_end(p));
                // A regional plan's own region does not pair with its members.
                let region_doc = head.is_doc
                    && input
                        .doc
                        .context
                        .subject
                        .is_some_and(|s| input.res.dict.entry(s).subtype == "region");
                if region_doc {
                    continue;
                }
                self.pair_head_with(input, &head, None, listed, 0.65, out);
            }
        }
    }
}

impl CooperationRule {
    /// A 、-list of jurisdictions that a cue directly follows is no bare
    /// list: 余杭区、海宁市、桐乡市合作联动 and 杭州、嘉兴交界地区 pair every
    /// two of their places; waters and regions never (太湖、淀山湖协同保护).
    fn lists_closed_by_cue(&self, input: &LinkInput, out: &mut Vec<Relation>) {
        let text = &input.norm.text;
        let lists = &input.res.lists;
        let ms = &input.doc.mentions;
        let mut i = 0;
        while i < ms.len() {
            let mut j = i + 1;
            while j < ms.len()
                && ms[i].mention.etype == EntityType::Place
                && ms[j].mention.etype == EntityType::Place
                && matches!(&text[ms[j - 1].span.end..ms[j].span.start], "、" | "和")
            {
                j += 1;
            }
            if j - i >= 2 {
                let after = &text[ms[j - 1].span.end..];
                let jurisdictions = ms[i..j].iter().all(|m| {
                    m.entry.is_some_and(|e| {
                        matches!(
                            input.res.dict.entry(e).subtype.as_str(),
                            "country" | "foreign_city" | "province" | "city" | "county" | "town"
                        )
                    })
                });
                if jurisdictions && starts_with_cue(lists, after) {
                    self.pair_all(input, &ms[i..j], None, 0.7, out);
                }
                i = j;
                continue;
            }
            i += 1;
        }
    }
}

impl CooperationRule {
    /// A project named after places of two provinces is a joint site (上海
    /// 漕河泾开发区海宁分区, 中国(上海)自贸区嘉善项目协作区): its first place
    /// pairs with each place of another province (ends by norm).
    fn cross_province_names(&self, input: &LinkInput, out: &mut Vec<Relation>) {
        let dict = &input.res.dict;
        for m in input
            .doc
            .mentions
            .iter()
            .filter(|m| m.mention.etype == EntityType::Project)
        {
            let name = &m.mention.norm;
            if is_line(input, name) || named_by_places_alone(input, name) {
                continue;
            }
            let places: Vec<EntryIdx> = implied_places_marked(input, name)
                .into_iter()
                .filter(|&(_, i, abbr)| {
                    !abbr
                        && matches!(
                            dict.entry(i).subtype.as_str(),
                            "province" | "city" | "county" | "town"
                        )
                })
                .map(|(_, i, _)| i)
                .collect();
            let Some(&first) = places.first() else {
                continue;
            };
            let Some(home) = province_of(input, first) else {
                continue;
            };
            for &p in &places[1..] {
                if province_of(input, p).is_some_and(|q| q != home) {
                    out.push(input.relation(
                        Predicate::CooperatesWith,
                        LinkInput::norm_end(&dict.entry(first).name, EntityType::Place),
                        LinkInput::norm_end(&dict.entry(p).name, EntityType::Place),
                        m.span.start,
                        self.name(),
                        0.6,
                    ));
                }
            }
        }
    }
}

impl RelationRule for CooperationRule {
    fn name(&self) -> &'static str {
        "cooperation"
    }

    fn link(&self, input: &LinkInput, out: &mut Vec<Relation>) {
        let text = &input.norm.text;
        let lists = &input.res.lists;
        let ms = &input.doc.mentions;
        let mut i = 0;
        while i < ms.len() {
            // A run of adjacent PLACE mentions (a compound or a dash chain).
            let mut j = i + 1;
            let mut dash = false;
            while j < ms.len()
                && ms[j].mention.etype == EntityType::Place
                && ms[i].mention.etype == EntityType::Place
            {
                let gap = &text[ms[j - 1].span.end..ms[j].span.start];
                if gap.is_empty() {
                    j += 1;
                } else if matches!(gap, "-" | "—" | "－" | "–" | "——")
                    // OCR reads a dash between two places as 一 (吴兴一南浔),
                    // masking as * (吴兴*南浔).
                    || (matches!(gap, "一" | "*") && is_county_or_town(input, &ms[j - 1]) && is_county_or_town(input, &ms[j]))
                {
                    dash = true;
                    j += 1;
                } else {
                    break;
                }
            }
            let run = &ms[i..j];
            if run.len() >= 2 {
                let at = run[0].span.start;
                let after = &text[run[run.len() - 1].span.end..];
                // A compound after 与 or a cue is the list of partners (推动
                // 与沪苏杭等地…交流): they pair with the subject, not each other.
                let before = &text[..at];
                let partners = before.ends_with('与')
                    || lists
                        .cooperation_cues
                        .iter()
                        .any(|c| before.ends_with(c.as_str()));
                let members: Vec<&Tagged> = if partners && !dash {
                    Vec::new()
                } else if dash {
                    // The last place of each dash segment; waters, features
                    // and regions in a chain are no partners (新安江—千岛湖,
                    // 皖南—浙西, 湖州—黄浦江).
                    let mut v: Vec<&Tagged> = Vec::new();
                    for (k, m) in run.iter().enumerate() {
                        let next_gap = run.get(k + 1).map(|n| &text[m.span.end..n.span.start]);
                        let land = m.entry.is_none_or(|e| {
                            !matches!(
                                input.res.dict.entry(e).subtype.as_str(),
                                "water" | "feature" | "region"
                            )
                        });
                        if next_gap != Some("") && land {
                            v.push(m);
                        }
                    }
                    v
                } else if starts_with_cue(lists, after) || list_closed_by_cue(lists, after) {
                    run.iter().collect()
                } else if cue_in_phrase(lists, after) {
                    // 浙皖闽赣生态旅游协作, 沪浙杭州湾港口分工合作: the
                    // abbreviations of the run, not the feature after them.
                    run.iter()
                        .filter(|m| text[m.span.clone()].chars().count() == 1)
                        .collect()
                } else if siblings(input, run) {
                    run.iter().collect()
                } else {
                    Vec::new()
                };
                self.pair_all(input, members, Some(at), 0.8, out);
                i = j;
                continue;
            }
            i += 1;
        }
        // Compounds inside project names: 嘉湖一体化合作先行区.
        for m in ms.iter().filter(|m| m.mention.etype == EntityType::Project) {
            let name = &m.mention.norm;
            let places = implied_places(input, name);
            let mut k = 0;
            while k < places.len() {
                let mut l = k + 1;
                let dict = &input.res.dict;
                let char_len = |(s, i): (usize, EntryIdx)| -> usize {
                    let _ = i;
                    name[s..].chars().next().map_or(0, char::len_utf8)
                };
                while l < places.len() && places[l].0 == places[l - 1].0 + char_len(places[l - 1]) {
                    l += 1;
                }
                if l - k >= 2 {
                    let end = places[l - 1].0 + char_len(places[l - 1]);
                    if starts_with_cue(lists, &name[end..]) {
                        let names: Vec<String> = places[k..l]
                            .iter()
                            .map(|&(_, i)| dict.entry(i).name.clone())
                            .collect();
                        for (a, b) in pairs(&names) {
                            if a != b {
                                out.push(input.relation(
                                    Predicate::CooperatesWith,
                                    LinkInput::norm_end(&a, EntityType::Place),
                                    LinkInput::norm_end(&b, EntityType::Place),
                                    m.span.start,
                                    self.name(),
                                    0.7,
                                ));
                            }
                        }
                    }
                }
                k = l;
            }
        }
        self.hub_lists(input, out);
        self.cross_province_names(input, out);
        self.cue_led_lists(input, out);
        self.lists_closed_by_cue(input, out);
        // 与X、Y…合作: the sentence's subject with each listed place.
        for (si, sent) in input.norm.sentences.iter().enumerate() {
            let s = &text[sent.range.clone()];
            for (p, _) in s.match_indices('与') {
                let from = sent.range.start + p + '与'.len_utf8();
                let clause_end = text[from..sent.range.end]
                    .char_indices()
                    .find(|&(_, c)| matches!(c, ',' | '，' | ';' | '；' | '。'))
                    .map_or(sent.range.end, |(i, _)| from + i);
                let clause = &text[from..clause_end];
                if !lists
                    .cooperation_cues
                    .iter()
                    .any(|c| clause.contains(c.as_str()))
                {
                    continue;
                }
                let listed: Vec<&Tagged> = input
                    .mentions_in(from..clause_end)
                    .filter(|m| m.mention.etype == EntityType::Place)
                    .collect();
                if listed.is_empty() || listed[0].span.start != from {
                    continue;
                }
                let lead = input
                    .mentions_in(sent.range.start..sent.range.start + p)
                    .find(|m| {
                        m.mention.etype == EntityType::Place && m.span.start == sent.range.start
                    });
                let head = lead.map_or_else(|| input.doc_end(), |m| input.mention_end(m));
                self.pair_head_with(input, &head, Some(from), listed, 0.7, out);
                let _ = si;
            }
        }
    }
}

/// Whether place `m` is written right before a member it contains, as its
/// prefix (安徽 in 与安徽合肥共建, 嘉兴 in 嘉兴嘉善): the member stands for it.
fn is_prefix_of_next(input: &LinkInput, m: &Tagged, members: &[&Tagged]) -> bool {
    let Some(outer) = m.entry else {
        return false;
    };
    members.iter().any(|n| {
        n.span.start == m.span.end
            && n.entry
                .is_some_and(|i| guihua_tag::ancestors(&input.res.dict, i).contains(&outer))
    })
}

/// `DEVELOPS`: the document's jurisdiction (`DOC`) to every industry whose
/// clause carries a verb of `develop_verbs.txt` or lists industries; the
/// places that lead the clause ([`clause_leads`]) are heads besides.
#[derive(Debug, Clone, Copy, Default)]
pub struct DevelopsRule;

fn clause_range(text: &str, sent: Range<usize>, at: usize) -> Range<usize> {
    let breaks = |c: char| matches!(c, ',' | '，' | ';' | '；' | '。');
    let start = text[sent.start..at]
        .char_indices()
        .rev()
        .find(|&(_, c)| breaks(c))
        .map_or(sent.start, |(i, c)| sent.start + i + c.len_utf8());
    start..sent.end
}

/// The places that lead a clause as the subject of a develop verb: a place,
/// or a list of places joined by 、和及, at the clause start or after a
/// develop verb (支持苏北、皖北…, 围绕长三角…), followed within four
/// characters by a develop verb (…重点发展, …共同打造).
fn clause_leads<'a>(input: &'a LinkInput, start: usize, end: usize) -> Vec<&'a Tagged> {
    let text = &input.norm.text;
    let verbs = &input.res.lists.develop_verbs;
    let mut at = start;
    if let Some(v) = verbs.iter().find(|v| text[at..end].starts_with(v.as_str())) {
        at += v.len();
    }
    let ms: Vec<&Tagged> = input.mentions_in(at..end).collect();
    let mut leads = Vec::new();
    for p in ms {
        if p.span.start != at || p.mention.etype != EntityType::Place {
            break;
        }
        leads.push(p);
        at = p.span.end;
        match ['、', '和', '及']
            .into_iter()
            .find(|&c| text[at..].starts_with(c))
        {
            Some(c) => at += c.len_utf8(),
            None => break,
        }
    }
    if leads.is_empty() {
        return leads;
    }
    let rest = &text[at..end];
    let verb_near = rest
        .char_indices()
        .take(5)
        .take_while(|&(_, c)| c.is_alphanumeric())
        .any(|(i, _)| verbs.iter().any(|v| rest[i..].starts_with(v.as_str())));
    if verb_near {
        leads
    } else {
        Vec::new()
    }
}

/// The clause of industry mention `m` when it names the industry as an
/// object of policy: the clause (from the last comma before it to the next
/// `;`/`。` after it) carries a verb of `develop_verbs.txt`, or lists
/// industries (…等领域). `None` for an industry only mentioned (人才缺口).
fn committed_clause(input: &LinkInput, m: &Tagged) -> Option<Range<usize>> {
    let text = &input.norm.text;
    let si = input.norm.sentence_at(m.span.start)?;
    let sent = input.norm.sentences[si].range.clone();
    let clause = clause_range(text, sent.clone(), m.span.start);
    // The place commits to the industry only where its clause (from
    // the last comma before it to the next clause break after it)
    // carries a verb of development: 交通 in 完善交通网络 is none.
    let cend = text[m.span.end..sent.end]
        .char_indices()
        .find(|&(_, c)| matches!(c, ';' | '；' | '。'))
        .map_or(sent.end, |(i, _)| m.span.end + i);
    let ctx = &text[clause.start..cend];
    let lists = &input.res.lists;
    // …or names it in a list of industries (新材料技术、生命健康
    // 技术等领域基础研究): the list says they are objects of policy.
    let enumerated = lists
        .industry_enum_heads
        .iter()
        .any(|h| ctx.contains(&format!("等{h}")));
    if phased_out(input, clause.start, m) {
        return None;
    }
    (enumerated || lists.develop_verbs.iter().any(|v| ctx.contains(v.as_str()))).then_some(clause)
}

/// Whether the comma-bounded part of the clause around industry `m` phases
/// it out, moves it away or only relies on it (`[linker] uncommitted_words`:
/// 基本完成钢铁、水泥行业超低排放改造, 推动…传统产业向…转移, 依托…产业), unless a word of attraction
/// (`[linker] attract_words`) stands before it there (主动承接…产业转移).
fn phased_out(input: &LinkInput, start: usize, m: &Tagged) -> bool {
    let text = &input.norm.text;
    let end = text[m.span.end..]
        .find([',', '，', ';', '；', '。', '\n'])
        .map_or(text.len(), |i| m.span.end + i);
    // The industry's own name does not count (技术转移).
    let before = &text[start..m.span.start];
    let after = &text[m.span.end..end];
    input
        .cfg
        .uncommitted_words
        .iter()
        .any(|w| before.contains(w.as_str()) || after.contains(w.as_str()))
        && !input
            .cfg
            .attract_words
            .iter()
            .any(|w| before.contains(w.as_str()))
}

impl RelationRule for DevelopsRule {
    fn name(&self) -> &'static str {
        "develops"
    }

    fn link(&self, input: &LinkInput, out: &mut Vec<Relation>) {
        for m in input
            .doc
            .mentions
            .iter()
            .filter(|m| m.mention.etype == EntityType::Industry)
        {
            let Some(clause) = committed_clause(input, m) else {
                continue;
            };
            let leads = clause_leads(input, clause.start, m.span.start);
            out.push(input.relation(
                Predicate::Develops,
                input.doc_end(),
                input.mention_end(m),
                m.span.start,
                self.name(),
                0.7,
            ));
            for p in leads {
                out.push(input.relation(
                    Predicate::Develops,
                    input.mention_end(p),
                    input.mention_end(m),
                    m.span.start,
                    self.name(),
                    0.6,
                ));
            }
        }
    }
}

/// `HAS_TARGET`: the document's jurisdiction (`DOC`) to every target.
#[derive(Debug, Clone, Copy, Default)]
pub struct HasTargetRule;

impl RelationRule for HasTargetRule {
    fn name(&self) -> &'static str {
        "has-target"
    }

    fn link(&self, input: &LinkInput, out: &mut Vec<Relation>) {
        for m in input
            .doc
            .mentions
            .iter()
            .filter(|m| m.mention.etype == EntityType::Target)
        {
            out.push(input.relation(
                Predicate::HasTarget,
                input.doc_end(),
                input.mention_end(m),
                m.span.start,
                self.name(),
                0.8,
            ));
        }
    }
}
