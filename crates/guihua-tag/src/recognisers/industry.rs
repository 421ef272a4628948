//! `industry`: members of enumerations that say they are industries.

use super::{entries_of, is_clause_break, Recogniser};
use crate::candidate::Candidate;
use crate::context::DocContext;
use crate::lists::Lists;
use crate::scan::Scan;
use guihua_model::EntityType;
use std::ops::Range;

/// Finds industries that no dictionary lists, from enumerations: a run of
/// members separated by 、 (围绕A、B、C等重点领域) is an industry list when at
/// least one member is a dictionary industry and the list ends in 等 or a head
/// of `industry_enum_heads.txt`, or when most members are dictionary
/// industries. Each unlisted member becomes an INDUSTRY with its generic head
/// (产业, 领域 ...) left outside the span. Members of `industry_stop.txt` and
/// members longer than 12 characters are left out.
#[derive(Debug, Clone, Copy, Default)]
pub struct IndustryEnumRecogniser;

/// Trims a member: leading stop words (verbs of the clause) and trailing
/// generic heads.
fn trim_member(scan: &Scan, mut r: Range<usize>) -> Range<usize> {
    let text = scan.text();
    let lists = &scan.res.lists;
    loop {
        let s = &text[r.clone()];
        match Lists::prefix_in(&lists.develop_verbs, s)
            .or_else(|| Lists::prefix_in(&lists.name_stop_words, s))
        {
            Some(w) if w.len() < s.len() && w.chars().count() >= 2 => r.start += w.len(),
            _ => break,
        }
    }
    // A leading verb of the clause (延伸机器人, 运用物联网) by jieba.
    if let Some(si) = scan.norm.sentence_at(r.start) {
        let toks = scan.tokens(si);
        if let Some(t) = toks.iter().find(|t| t.start == r.start && t.end < r.end) {
            let rest = &text[t.end..r.end];
            // 运用|物联网, 服务|高端制造业: a verbal noun before a whole
            // dictionary industry governs it too.
            let industry_rest = scan.hit_starting_at(t.end).is_some_and(|h| {
                h.end == r.end && !entries_of(scan, h, EntityType::Industry).is_empty()
            });
            if scan.res.is_verb(&text[t.clone()], industry_rest)
                && !rest.starts_with(['和', '及', '与'])
            {
                r.start = t.end;
            }
        }
    }
    loop {
        let s = &text[r.clone()];
        match Lists::suffix_in(&lists.industry_heads, s) {
            Some(h) if h.len() < s.len() => r.end -= h.len(),
            _ => break,
        }
    }
    r
}

/// Where the first count of list members in `s` starts (the 十 of 十大,
/// the 四 of 四大新兴产业), as a byte offset.
fn count_start(s: &str) -> Option<usize> {
    let mut prev: Option<(usize, char)> = None;
    for (i, c) in s.char_indices() {
        if let Some((pi, p)) = prev {
            if c == '大' && "两三四五六七八九十".contains(p) {
                return Some(pi);
            }
        }
        prev = Some((i, c));
    }
    None
}

/// The count that a list's last member gives its head (四大新兴产业 → 4),
/// if it has one.
fn list_count(last: &str) -> Option<usize> {
    let p = last.find('大')?;
    let n = last[..p].chars().next_back()?;
    "一二三四五六七八九十".find(n).map(|i| i / n.len_utf8() + 1)
}

/// Whether a member ends in an adjective or a word of action (文化氛围浓郁,
/// 协调发展):
/// a clause, not the name of an industry.
fn ends_in_predicate(scan: &Scan, r: &Range<usize>) -> bool {
    let text = scan.text();
    let Some(si) = scan.norm.sentence_at(r.start) else {
        return false;
    };
    let toks = scan.tokens(si);
    let Some(t) = toks.iter().find(|t| t.start < r.end && t.end >= r.end) else {
        return false;
    };
    let word = &text[t.start.max(r.start)..r.end];
    Lists::suffix_in(&scan.res.lists.industry_member_stop_tails, word).is_some()
        || match scan.res.jieba.tag(word, false).as_slice() {
            // Not verbs: an industry may end in one (柔性显示, 精密制造).
            [w] => matches!(w.tag, "a" | "ad" | "d"),
            _ => false,
        }
}

impl Recogniser for IndustryEnumRecogniser {
    fn name(&self) -> &'static str {
        "industry"
    }

    fn recognise(&self, scan: &Scan, _ctx: &DocContext, out: &mut Vec<Candidate>) {
        let text = scan.text();
        let lists = &scan.res.lists;
        for sent in &scan.norm.sentences {
            if scan.norm.is_boilerplate(sent.range.start) {
                continue;
            }
            // Split the sentence into clauses; inside each, members by 、.
            let s = &text[sent.range.clone()];
            let mut clause_start = sent.range.start;
            let mut members: Vec<Range<usize>> = Vec::new();
            let mut seg_start = clause_start;
            for (i, c) in s.char_indices().chain(std::iter::once((s.len(), '。'))) {
                let at = sent.range.start + i;
                // After a count (十大具有引领性、标志性的产业集群) a 、 joins
                // the head's describing words, not members.
                if c == '、' && count_start(&text[seg_start..at]).is_none() {
                    members.push(seg_start..at);
                    seg_start = at + c.len_utf8();
                } else if is_clause_break(c) || c == '(' || c == ')' || c == '（' || c == '）' {
                    if !members.is_empty() {
                        members.push(seg_start..at);
                        self.list(scan, &members, out);
                    }
                    members.clear();
                    clause_start = at + c.len_utf8();
                    seg_start = clause_start;
                }
            }
            let _ = (clause_start, lists);
        }
    }
}

impl IndustryEnumRecogniser {
    fn list(&self, scan: &Scan, raw: &[Range<usize>], out: &mut Vec<Candidate>) {
        let text = scan.text();
        let lists = &scan.res.lists;
        let last = raw.len() - 1;
        // The last member ends at 等 or at a list head; the first starts after
        // the clause's verbs.
        let mut ends_with_head = false;
        // 领域 also closes lists of policy areas (金融、环保等重点领域).
        let mut weak_head = false;
        // …等基础设施, …等方面: a list of something else.
        let mut other_head = false;
        // …、…等基础与平台软件领域: a dictionary industry after 等 names the
        // kind its members are fields of.
        let mut hypernym = false;
        let mut members: Vec<Range<usize>> = Vec::with_capacity(raw.len());
        // 新材料和生命健康四大新兴产业: the count of the list's head says
        // how many members there are, so whether 和 joins two of them.
        let counted = list_count(&text[raw[last].clone()]);
        let split_conjunctions = counted.is_some_and(|n| n > raw.len());
        for (k, r) in raw.iter().enumerate() {
            let mut r = r.clone();
            if k == last {
                let s = &text[r.clone()];
                if let Some(p) = s.find('等') {
                    let head = &s[p + '等'.len_utf8()..];
                    ends_with_head = lists
                        .industry_enum_heads
                        .iter()
                        .any(|h| head.contains(h.as_str()));
                    other_head = !ends_with_head
                        && lists
                            .industry_list_other_heads
                            .iter()
                            .any(|h| head.starts_with(h.as_str()));
                    weak_head = ends_with_head
                        && !lists
                            .industry_enum_heads
                            .iter()
                            .filter(|h| !Lists::contains(&lists.industry_weak_heads, h))
                            .any(|h| head.contains(h.as_str()));
                    // Only when an industry head or the clause's end
                    // follows it: in 等文化工程, 等农业品牌 it qualifies a
                    // noun of something else.
                    hypernym = scan
                        .hit_starting_at(r.start + p + '等'.len_utf8())
                        .is_some_and(|h| {
                            let rest = &text[h.end..raw[last].end];
                            !entries_of(scan, h, EntityType::Industry).is_empty()
                                && (rest.is_empty()
                                    || Lists::prefix_in(&lists.industry_heads, rest).is_some())
                        });
                    r.end = r.start + p;
                } else if lists
                    .industry_enum_heads
                    .iter()
                    .any(|h| s.ends_with(h.as_str()))
                {
                    ends_with_head = true;
                }
            }
            if k == 0 {
                // Keep the part after the last dictionary-free verb boundary.
                let start = super::extend_name_left(scan, r.end, 12).max(r.start);
                r.start = start;
            }
            if k == last {
                // 新材料和生命健康四大新兴(产业): the count and its adjectives
                // belong to the list's head.
                if let Some(p) = count_start(&text[r.clone()]) {
                    r.end = r.start + p;
                }
            }
            // A conjunction inside a member joins two industries when the
            // count asks for more members and an industry name starts right
            // after it (新材料和生命健康四大新兴产业); otherwise the member is
            // one field (新能源汽车及关键零部件, 先进制造与重大装备技术).
            let r = trim_member(scan, r);
            let mut parts = vec![r.clone()];
            // 绿色制造和服务型制造: two whole dictionary industries joined
            // by 和 are two members, counted or not; 及 and 与 attach a
            // part or a related field to the first (新能源汽车及关键零部件).
            let industry_from_to = |a: usize, b: usize| {
                scan.hits_in(&(a..b)).iter().any(|h| {
                    h.start == a
                        && h.end == b
                        && !entries_of(scan, h, EntityType::Industry).is_empty()
                })
            };
            for conj in ["和", "及", "与"] {
                let body = &text[r.clone()];
                if let Some(p) = body.find(conj) {
                    let right = r.start + p + conj.len();
                    let whole_known = scan
                        .hits_in(&r)
                        .iter()
                        .any(|h| h.start == r.start && h.end == r.end);
                    let right_known = scan
                        .hit_starting_at(right)
                        .is_some_and(|h| !entries_of(scan, h, EntityType::Industry).is_empty());
                    let both_whole = conj == "和"
                        && industry_from_to(r.start, r.start + p)
                        && industry_from_to(right, r.end);
                    if (split_conjunctions && right_known || both_whole) && !whole_known && p > 0 {
                        parts = vec![r.start..r.start + p, right..r.end];
                        break;
                    }
                }
            }
            members.extend(parts);
        }
        let is_dict_industry = |r: &Range<usize>| {
            scan.hits_in(r)
                .iter()
                .any(|h| !entries_of(scan, h, EntityType::Industry).is_empty())
        };
        // Members that are a dictionary industry as a whole: a member that
        // only contains one (红色文化, 群众体育) says nothing about the list.
        // An industry followed by a field word (新材料技术) names the field.
        let is_whole_industry = |r: &Range<usize>| {
            scan.hits_in(r).iter().any(|h| {
                h.start == r.start
                    && (h.end == r.end || {
                        let rest = &text[h.end..r.end];
                        rest == "技术" || Lists::contains(&lists.industry_heads, rest)
                    })
                    && !entries_of(scan, h, EntityType::Industry).is_empty()
            })
        };
        let known = members.iter().filter(|r| is_whole_industry(r)).count();
        if other_head {
            return;
        }
        // At least one member the dictionary knows as an industry, and the
        // list closed by 等 + an industry head or mostly known members.
        let strong_head = ends_with_head && !weak_head;
        if known == 0 && !hypernym
            || !(strong_head
                || hypernym
                || known * 2 > members.len()
                || (weak_head && known * 2 >= members.len()))
        {
            return;
        }
        // 新材料技术、生命健康技术、“碳达峰碳中和”相关技术: a member ending in
        // the two characters (the field word) that at least two known
        // siblings end in names a field of the same kind, even with quotes
        // or an unlisted name longer than eight characters.
        let tail = |r: &Range<usize>| {
            let s = &text[r.clone()];
            let cut = s.char_indices().rev().nth(1).map(|(i, _)| i)?;
            (cut > 0).then(|| &s[cut..])
        };
        let sibling_tail = |r: &Range<usize>| {
            tail(r).is_some_and(|w| {
                members
                    .iter()
                    .filter(|m| *m != r && is_whole_industry(m) && tail(m) == Some(w))
                    .count()
                    >= 2
            })
        };
        for r in members.iter().cloned() {
            // 苏皖毗邻区域生态旅游: words that say where come before the
            // industry the member names; the industry is the mention.
            let r = match scan.hit_ending_at(r.end) {
                Some(h)
                    if h.start > r.start
                        && !entries_of(scan, h, EntityType::Industry).is_empty()
                        && scan.hits_in(&(r.start..h.start)).iter().any(|p| {
                            // Not 台 inside the common noun 平台.
                            !entries_of(scan, p, EntityType::Place).is_empty()
                                && !scan.norm.sentence_at(p.start).is_some_and(|si| {
                                    scan.tokens(si).iter().any(|t| {
                                        t.start <= p.start
                                            && p.end <= t.end
                                            && scan.res.word_tag(&text[t.clone()], |g| g == "n")
                                    })
                                })
                        }) =>
                {
                    h.start..r.end
                }
                _ => r,
            };
            let s = &text[r.clone()];
            let n = s.chars().count();
            if !(2..=12).contains(&n) || Lists::contains(&lists.industry_stop, s) {
                continue;
            }
            // A member the dictionary knows as something else is not an industry.
            let other = scan.hits_in(&r).iter().any(|h| {
                h.start == r.start
                    && h.end == r.end
                    && entries_of(scan, h, EntityType::Industry).is_empty()
            });
            // 主动承接苏州: a member that ends in a place is a clause about it.
            let ends_in_place = scan.hit_ending_at(r.end).is_some_and(|h| {
                h.start > r.start && !entries_of(scan, h, EntityType::Place).is_empty()
            });
            if other || ends_in_place {
                continue;
            }
            let like_siblings =
                sibling_tail(&r) && crate::names::balanced_quotes(s) && !s.contains('的');
            // **数据处理软件: in a list of a named kind, masked characters
            // stay in the span, but a member needs two it shows.
            if s.chars().filter(|c| c.is_alphanumeric()).count() < 2
                || !s.chars().all(|c| {
                c.is_alphanumeric()
                    || matches!(c, '+' | '(' | ')')
                    || hypernym && c == '*'
                    || like_siblings && matches!(c, '“' | '”')
            }) || !like_siblings
                && lists
                    .industry_member_stop_chars
                    .iter()
                    .any(|w| s.contains(w.as_str()))
                || (!is_dict_industry(&r) && n > 8 && !like_siblings)
                // 离岸贸易创新发展: a clause about the industry, which the
                // dictionary recogniser finds on its own.
                || (!is_whole_industry(&r) && ends_in_predicate(scan, &r))
            {
                continue;
            }
            let mut c = Candidate::new(r, EntityType::Industry, super::surface_norm(s), "industry");
            c.entity_id = Some(format!("industry:{}", c.norm));
            c.confidence = 0.6;
            out.push(c);
        }
    }
}
