//! `dictionary`: every dictionary name and alias as a candidate.

use super::{entries_of, is_abbr_hit, place_candidate, surface_norm, Recogniser};
use crate::candidate::Candidate;
use crate::context::DocContext;
use crate::lists::Lists;
use crate::scan::Scan;
use guihua_dict::Entry;
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

/// Whether an industry name at `span` is named as an object of policy: a
/// generic head follows (电子信息产业, 金融业, 数字经济), or it is a member of
/// a 、-list whose clause says it lists industries (…等产业, …等领域), or a
/// verb of `develop_verbs.txt` governs it from the start of its clause.
/// Words such as 交通, 卫生, 金融 are industries only in such places.
fn industry_context(
    scan: &Scan,
    span: &std::ops::Range<usize>,
    generic: bool,
    public: bool,
) -> bool {
    let text = scan.text();
    // 养老服务机构, 文化旅游资源: the industry only qualifies the noun.
    if scan
        .res
        .lists
        .industry_modifier_heads
        .iter()
        .any(|h| text[span.end..].starts_with(h.as_str()))
    {
        return false;
    }
    // 深化工业: a name that starts inside a word is not there.
    if !scan.word_starts_at(span.start) {
        return false;
    }
    // 九大服务业, 十大产业集群: after a count the sector heads the list
    // it counts; its members are the industries.
    if let Some(pre) = text[..span.start].strip_suffix('大') {
        if pre.ends_with(|c: char| "两三四五六七八九十".contains(c)) {
            return false;
        }
    }
    // 轨道交通网络, 远程医疗服务, 公共文化服务, 假日旅游: a noun right before
    // the name makes it part of a longer noun phrase, not the sector named.
    // Scope words (世界级制造业集群) leave the sector named.
    // 县域人工智能产业: a generic head after the name says the sector is
    // named, whatever qualifies it.
    let headed = scan
        .res
        .lists
        .industry_heads
        .iter()
        .any(|h| text[span.end..].starts_with(h.as_str()));
    if !headed
        && scan.word_ending_at(span.start).is_some_and(|w| {
            scan.res.is_qualifying_noun(&text[w.clone()])
                && !Lists::contains(&scan.res.lists.industry_scope_qualifiers, &text[w])
        })
    {
        return false;
    }
    let lists = &scan.res.lists;
    let after = &text[span.end..];
    let is_break = |c: char| {
        matches!(
            c,
            ',' | '，' | ';' | '；' | '。' | ':' | '：' | '(' | ')' | '\n'
        )
    };
    let cend = after
        .char_indices()
        .find(|&(_, c)| is_break(c))
        .map_or(text.len(), |(i, _)| span.end + i);
    let listed =
        text[..span.start].ends_with('、') || after.starts_with('、') || after.starts_with('等');
    // The head that closes the list (…等重点领域, …等基础设施, …等环节) says
    // what its members are, before any neighbour or the name's length does.
    let long = !generic && text[span.clone()].chars().count() >= 3;
    let list_head = listed
        .then(|| {
            let tail = &text[span.end..cend];
            let p = tail.find('等')?;
            let head = &tail[p + '等'.len_utf8()..];
            let head = head.trim_start_matches(|c: char| !c.is_alphanumeric());
            if lists
                .industry_enum_heads
                .iter()
                .any(|h| head.contains(h.as_str()))
            {
                // 安保、金融、环保、人员进出等重点领域: a head that is only
                // 领域 also closes lists of policy areas, whose short
                // everyday words (金融, 交通) are industries only when half
                // the members are; longer names keep their industry reading.
                let weak = !lists
                    .industry_enum_heads
                    .iter()
                    .filter(|h| !Lists::contains(&lists.industry_weak_heads, h))
                    .any(|h| head.contains(h.as_str()));
                Some(!weak || long || mostly_industries(scan, span.start, span.end + p))
            } else if lists
                .industry_list_other_heads
                .iter()
                .any(|h| head.starts_with(h.as_str()))
            {
                Some(false)
            } else {
                None
            }
        })
        .flatten();
    if list_head == Some(false) {
        return false;
    }
    // Names of three or more characters (集成电路, 云计算) are rarely anything
    // but the industry; short everyday words (交通, 卫生) need context.
    if long {
        return true;
    }
    if lists
        .industry_heads
        .iter()
        .any(|h| after.starts_with(h.as_str()))
        || after.starts_with('业')
        || after.starts_with("经济")
        // 文化合作, 教育协同发展: a domain of public life (`public=1`:
        // 文化, 教育, 体育, 交通) followed by cooperation is a field of
        // exchange; only a head or a list makes it the industry.
        || !public && lists.industry_context_words.iter().any(|w| {
            // 急救医疗网络体系: the context word itself only qualifies a
            // noun, so the industry is part of a longer noun phrase.
            after.starts_with(w.as_str())
                && !lists
                    .industry_modifier_heads
                    .iter()
                    .any(|h| after[w.len()..].starts_with(h.as_str()))
        })
    {
        return true;
    }
    let cstart = text[..span.start]
        .char_indices()
        .rev()
        .find(|&(_, c)| is_break(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let clause = &text[cstart..cend];
    if list_head == Some(true) {
        return true;
    }
    // A neighbour across 、 that is a dictionary industry too (互联网、大数据).
    let industry_at = |b: usize, ends: bool| {
        let h = if ends {
            scan.hit_ending_at(b)
        } else {
            scan.hit_starting_at(b)
        };
        h.is_some_and(|h| !super::entries_of(scan, h, EntityType::Industry).is_empty())
    };
    if (text[..span.start].ends_with('、') && industry_at(span.start - '、'.len_utf8(), true))
        || (after.starts_with('、') && industry_at(span.end + '、'.len_utf8(), false))
    {
        return true;
    }
    let lead = &clause[..span.start - cstart];
    span.len() >= 12
        && lists
            .develop_verbs
            .iter()
            .any(|v| lead.contains(v.as_str()))
}

/// Whether the dictionary industry `entry` at `span` is named as an industry
/// there: [`industry_context`] with the entry's `generic` and `public` marks.
fn named_as_industry(scan: &Scan, span: &std::ops::Range<usize>, entry: &Entry) -> bool {
    industry_context(
        scan,
        span,
        entry.attr("generic") == Some("1"),
        entry.attr("public") == Some("1"),
    )
}

/// Whether at least half the 、-members of the list that holds `at` and
/// ends at `end` (its 等) are dictionary industries as a whole (the first
/// may carry the clause's verbs before it).
fn mostly_industries(scan: &Scan, at: usize, end: usize) -> bool {
    let text = scan.text();
    let start = text[..at]
        .char_indices()
        .rev()
        .find(|&(_, c)| super::is_clause_break(c) || matches!(c, '(' | ')' | '（' | '）'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let mut members = 0;
    let mut known = 0;
    let mut from = start;
    for (k, piece) in text[start..end].split('、').enumerate() {
        let r = from..from + piece.len();
        from = r.end + '、'.len_utf8();
        members += 1;
        let is_industry = scan.hit_ending_at(r.end).is_some_and(|h| {
            (h.start == r.start || k == 0)
                && h.start >= r.start
                && !super::entries_of(scan, h, EntityType::Industry).is_empty()
        });
        known += usize::from(is_industry);
    }
    known * 2 >= members
}

/// The length in bytes of a Latin code written right after a technology's
/// name: in brackets (IPv6), or glued on (NB-IOT), letters first, digits,
/// hyphens and masked characters after; 0 when there is none. A bracket
/// that holds anything else (中国(上海), (一)) is no code.
fn latin_code_after(after: &str) -> usize {
    let code_len = |s: &str| {
        let mut n = 0;
        for (i, c) in s.char_indices() {
            let ok = if i == 0 {
                c.is_ascii_alphabetic() || c == '*'
            } else {
                c.is_ascii_alphanumeric() || matches!(c, '-' | '*')
            };
            if !ok {
                break;
            }
            n = i + c.len_utf8();
        }
        n
    };
    for (open, close) in [('(', ')'), ('（', '）')] {
        if let Some(inner) = after.strip_prefix(open) {
            let n = code_len(inner);
            if n >= 2 && inner[n..].starts_with(close) {
                return open.len_utf8() + n + close.len_utf8();
            }
            return 0;
        }
    }
    let n = code_len(after);
    // Glued on: two or more capitals (NB-IOT), not a lone letter or a mask.
    if after[..n]
        .chars()
        .filter(|c| c.is_ascii_uppercase())
        .count()
        >= 2
    {
        n
    } else {
        0
    }
}

/// Whether the characters on either edge of `span` form an ordinary jieba
/// word with the character outside it (上海 before 海城市, 城市 over the
/// 市 of 海城市, 乡村 over the 乡 of 繁荣乡).
fn straddles_a_word(scan: &Scan, span: &std::ops::Range<usize>) -> bool {
    scan.ends_a_word_with_previous(span.start) || scan.ends_a_word_with_previous(span.end)
}

/// The sector's own name around the industry at `span`, when it is longer:
/// a trailing 业 joins it (信息服务 + 业), and a name ending in 业 takes up
/// to two qualifying words before it (科技信息服务业, 时尚设计服务业,
/// 高端会展业). Qualifiers are jieba nouns, distinguishing words or
/// adjectives, never places nor scopes (世界级, 省级, 重点:
/// `industry_scope_qualifiers.txt`); 4 characters at most.
fn sector_name(scan: &Scan, span: &std::ops::Range<usize>) -> Option<std::ops::Range<usize>> {
    let text = scan.text();
    let mut r = span.clone();
    if text[r.end..].starts_with('业') && !text[r.clone()].ends_with('业') {
        r.end += '业'.len_utf8();
    }
    if !text[r.clone()].ends_with('业') || !scan.word_starts_at(span.start) {
        return None;
    }
    for _ in 0..2 {
        let Some(w) = scan.word_ending_at(r.start) else {
            break;
        };
        let word = &text[w.clone()];
        let qualifies = scan.res.word_tag(word, |t| matches!(t, "n" | "b" | "a"))
            && !Lists::contains(&scan.res.lists.industry_scope_qualifiers, word)
            && scan
                .hit_ending_at(w.end)
                .is_none_or(|h| super::entries_of(scan, h, EntityType::Place).is_empty());
        if !qualifies || text[w.start..span.start].chars().count() > 4 {
            break;
        }
        r.start = w.start;
    }
    (r != *span && r.end > span.end || r.start < span.start).then_some(r)
}

/// Whether the jieba words that cut through `span` are all place names
/// themselves (上|海城市: jieba reads the far 海城市, tag `ns`): the cut is
/// then one place reading against another, no evidence of an ordinary word.
fn cut_only_by_place_words(scan: &Scan, span: &std::ops::Range<usize>) -> bool {
    let Some(si) = scan.norm.sentence_at(span.start) else {
        return false;
    };
    let text = scan.text();
    let cutting: Vec<_> = scan
        .tokens(si)
        .iter()
        .filter(|t| t.start < span.end && t.end > span.start)
        .filter(|t| t.start < span.start || t.end > span.end)
        .cloned()
        .collect();
    !cutting.is_empty()
        && cutting
            .iter()
            .all(|t| scan.res.word_tag(&text[t.clone()], |g| g == "ns"))
}

/// Whether `hit` is a member of a chain of places: a place hit sits across
/// a dash from it, where OCR's 一 and a masked * stand for dashes too
/// (吴兴一南浔一秀洲, 练市*乌镇).
fn in_place_chain(scan: &Scan, hit: &guihua_dict::Hit) -> bool {
    let text = scan.text();
    let is_dash = |c: char| super::is_dash(c) || matches!(c, '一' | '*');
    let place = |h: Option<&guihua_dict::Hit>| {
        h.is_some_and(|h| !super::entries_of(scan, h, EntityType::Place).is_empty())
    };
    let before = text[..hit.start]
        .chars()
        .next_back()
        .filter(|&c| is_dash(c))
        .is_some_and(|c| place(scan.hit_ending_at(hit.start - c.len_utf8())));
    let after = text[hit.end..]
        .chars()
        .next()
        .filter(|&c| is_dash(c))
        .is_some_and(|c| place(scan.hit_starting_at(hit.end + c.len_utf8())));
    before || after
}

/// Members of a dash chain of places that no gazetteer entry near the
/// document names (金山—平湖—顶山—汉河, 浦口—南澳, 南通启隆 after 南通海永-):
/// the chain says they are places, so each is a PLACE with its surface as
/// norm. A member must follow a place across a dash, end at a dash, a list
/// mark or 等, and be two or three characters that jieba does not know as an
/// ordinary word; a near place written before it is its prefix.
fn unknown_chain_members(scan: &Scan, ctx: &DocContext, out: &mut Vec<Candidate>) {
    let text = scan.text();
    let dict = &scan.res.dict;
    let places = |h: &guihua_dict::Hit| super::entries_of(scan, h, EntityType::Place);
    let near = |h: &guihua_dict::Hit| places(h).iter().any(|&i| ctx.is_near(dict, i));
    for (d, c) in text.char_indices().filter(|&(_, c)| super::is_dash(c)) {
        if scan.norm.is_boilerplate(d) || scan.hit_ending_at(d).is_none_or(|h| places(h).is_empty())
        {
            continue;
        }
        let from = d + c.len_utf8();
        let len: usize = text[from..]
            .chars()
            .take_while(|&c| c > '\u{2e80}' && !"等和与及、，".contains(c))
            .take(5)
            .map(char::len_utf8)
            .sum();
        let seg = from..from + len;
        let closed = text[seg.end..]
            .chars()
            .next()
            .is_some_and(|c| super::is_dash(c) || "、，,；;等".contains(c));
        if !closed {
            continue;
        }
        let start = scan
            .hit_starting_at(seg.start)
            .filter(|h| h.end < seg.end && near(h))
            .map_or(seg.start, |h| h.end);
        let member = start..seg.end;
        let name = &text[member.clone()];
        if !(2..=3).contains(&name.chars().count())
            || scan
                .hits_in(&member)
                .iter()
                .any(|h| near(h) || places(h).is_empty())
            || scan.res.word_tag(name, |t| !t.starts_with("ns"))
        {
            continue;
        }
        let mut cand = Candidate::new(member, EntityType::Place, surface_norm(name), "dictionary");
        cand.confidence = 0.5;
        out.push(cand);
    }
}

impl Recogniser for DictionaryRecogniser {
    fn name(&self) -> &'static str {
        "dictionary"
    }

    fn recognise(&self, scan: &Scan, ctx: &DocContext, out: &mut Vec<Candidate>) {
        let dict = &scan.res.dict;
        let text = scan.text();
        unknown_chain_members(scan, ctx, out);
        // Idioms in which place names are no places (金山银山).
        let idioms: Vec<std::ops::Range<usize>> = scan
            .res
            .lists
            .place_idioms
            .iter()
            .flat_map(|w| text.match_indices(w.as_str()).map(|(p, w)| p..p + w.len()))
            .collect();
        for (hi, hit) in scan.hits.iter().enumerate() {
            if is_abbr_hit(scan, hit)
                || idioms
                    .iter()
                    .any(|r| r.start <= hit.start && hit.end <= r.end)
            {
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
                // 未来产业: a heading that groups industries (`category=1`).
                if t == EntityType::Industry && entry.attr("category") == Some("1") {
                    continue;
                }
                // 5G物联网, 能源物联网: two industries written together
                // name one compound field, one mention.
                let joins = |h: &guihua_dict::Hit| {
                    entries_of(scan, h, EntityType::Industry)
                        .first()
                        .is_some_and(|&i| dict.entry(i).attr("category") != Some("1"))
                        && !is_abbr_hit(scan, h)
                };
                if t == EntityType::Industry {
                    if scan.hit_ending_at(hit.start).is_some_and(joins) {
                        continue;
                    }
                    if let Some(next) = scan.hit_starting_at(hit.end).filter(|h| joins(h)) {
                        let whole = hit.start..next.end;
                        let next_entry = entries_of(scan, next, EntityType::Industry)[0];
                        // Either part must be named as an object of policy
                        // where it stands (航运船舶排污 names neither).
                        if industry_context(scan, &whole, false, false)
                            && (named_as_industry(scan, &span, entry)
                                || named_as_industry(
                                    scan,
                                    &(next.start..next.end),
                                    dict.entry(next_entry),
                                ))
                        {
                            let norm = format!("{}{}", entry.name, dict.entry(next_entry).name);
                            let mut c = Candidate::new(whole, t, norm, "dictionary");
                            c.entry = Some(e);
                            c.entity_id = Some(entry.id.clone());
                            c.confidence = 0.9;
                            out.push(c);
                        }
                        continue;
                    }
                }
                // 科技信息服务业, 高端会展业: the sector's own name, with its
                // qualifiers and its 业, is the mention.
                let sector = (t == EntityType::Industry)
                    .then(|| sector_name(scan, &span))
                    .flatten();
                if t == EntityType::Industry
                    && sector.is_none()
                    && !named_as_industry(scan, &span, entry)
                {
                    continue;
                }
                let norm = if t == EntityType::Industry {
                    entry.name.clone()
                } else {
                    surface_norm(surface)
                };
                let mut span = span.clone();
                let mut norm = norm;
                if let Some(r) = sector {
                    norm = surface_norm(&text[r.clone()]);
                    span = r;
                } else if let Some(syn) = entry.attr("syn").and_then(|id| dict.get(id)) {
                    // 军民融合产业 (syn=军民融合): the generic head stays
                    // outside the span, as ANNOTATION.md says.
                    if let Some(h) = Lists::suffix_in(&scan.res.lists.industry_heads, surface)
                        .filter(|h| h.len() < surface.len())
                    {
                        span.end -= h.len();
                        norm = dict.entry(syn).name.clone();
                    }
                }
                if t == EntityType::Industry {
                    // 下一代互联网(IPv6), 窄带物联网NB-IOT: a Latin code that
                    // the text gives the technology stays with its name.
                    let code = latin_code_after(&text[span.end..]);
                    if code > 0 {
                        norm.push_str(&surface_norm(&text[span.end..span.end + code]));
                        span.end += code;
                    }
                }
                if t == EntityType::Project {
                    // Sections stay with the name: 杭温铁路二期.
                    let sec = super::project::name_continuation(scan, span.end);
                    if sec > 0 {
                        span.end += sec;
                        norm = surface_norm(&text[span.clone()]);
                    }
                }
                let mut c = Candidate::new(span, t, norm, "dictionary");
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
            let n_chars = surface.chars().count();
            // A county or town in a province the document never names, by
            // its short form or a two-character name (城区, 矿区), is far more
            // often an ordinary word (港口开发, 运河文化, 中心城区).
            // A far place by its full name, or a foreign city, that shares
            // a character with an ordinary word across its edge (上|海城市,
            // 消|费城|市, 繁荣|乡村) is that word's part.
            let straddled = straddles_a_word(scan, &span);
            let places: Vec<_> = places
                .into_iter()
                .filter(|&i| {
                    let e = dict.entry(i);
                    if straddled && matches!(e.subtype.as_str(), "foreign_city" | "country") {
                        return false;
                    }
                    ctx.is_near(dict, i) || (n_chars > 2 && e.name == surface && !straddled)
                })
                .collect();
            let is_alias = places.iter().all(|&i| dict.entry(i).name != surface);
            // A surface that is some entry's own name means that entry, not
            // the places it is a short form of (江南 the region, not 江南镇;
            // 巴西 the country, not 巴西镇).
            let places: Vec<_> = if is_alias {
                places
            } else {
                places
                    .into_iter()
                    .filter(|&i| dict.entry(i).name == surface)
                    .collect()
            };
            if places.is_empty() {
                continue;
            }
            let chained = in_place_chain(scan, hit);
            // Two characters that cut through words are rarely a place, by
            // a short form or by a county's full name (和县 in 示范区|和|县域).
            let admin = places
                .iter()
                .all(|&i| matches!(dict.entry(i).subtype.as_str(), "county" | "town"));
            if (is_alias || admin)
                && n_chars <= 2
                && !scan.on_token_boundaries(&span)
                && !chained
                && !cut_only_by_place_words(scan, &span)
            {
                continue;
            }
            let towns_only = places.iter().all(|&i| dict.entry(i).subtype == "town");
            let prev = (hi > 0)
                .then(|| &scan.hits[hi - 1])
                .filter(|p| p.end == hit.start);
            if towns_only && is_alias {
                let before = text[..hit.start].chars().next_back();
                let after = text[hit.end..].chars().next();
                let dash = |c: Option<char>| c.is_some_and(super::is_dash);
                let placed_before =
                    prev.is_some_and(|p| !entries_of(scan, p, EntityType::Place).is_empty());
                // A town of the subject's own city, by a name jieba does not
                // know as an ordinary word (乌镇 in a Jiaxing plan).
                let own_town = || {
                    places.iter().any(|&i| {
                        crate::context::ancestors(dict, i)
                            .iter()
                            .skip(1)
                            .any(|a| ctx.subject_chain.first() == Some(a))
                    }) && !scan.res.word_tag(surface, |t| !t.starts_with("ns"))
                };
                // 乌镇、西塘、盐官、濮院: a whole word in a 、-list of places.
                let listed = || {
                    scan.on_token_boundaries(&span) && {
                        let place = |h: Option<&guihua_dict::Hit>| {
                            h.is_some_and(|h| !entries_of(scan, h, EntityType::Place).is_empty())
                        };
                        before == Some('、')
                            && place(scan.hit_ending_at(hit.start - '、'.len_utf8()))
                            || after == Some('、')
                                && place(scan.hit_starting_at(hit.end + '、'.len_utf8()))
                    }
                };
                if !(placed_before
                    || dash(before)
                    || dash(after)
                    || chained
                    || own_town()
                    || listed())
                {
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
