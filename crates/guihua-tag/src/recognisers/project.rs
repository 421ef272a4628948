//! `project`: a distinctive name plus a project head.

use super::{extend_name_left, is_abbr_hit, surface_norm, Recogniser};
use crate::candidate::Candidate;
use crate::context::DocContext;
use crate::lists::Lists;
use crate::names::{balanced_quotes, TitleMarks};
use crate::scan::Scan;
use guihua_model::EntityType;

/// Finds projects as a name followed by a head of `project_suffixes.txt`
/// (铁路, 开发区, 实验室, 工程, 论坛 ...), with section suffixes kept
/// (二期, 嘉浏段, (嘉兴段)).
///
/// The name runs left over jieba tokens until punctuation or a stop word, and
/// must be distinctive: it holds a dictionary name of two or more characters
/// (a place, an industry), two adjacent place abbreviations (沪苏湖), a code
/// (G60) or a quoted name (“美丽家园”). Generic phrases (城际铁路, 产业园区,
/// 创新平台) are never tagged.
#[derive(Debug, Clone, Copy, Default)]
pub struct ProjectPatternRecogniser;

/// Length in bytes of a section suffix at the start of `s`: 二期, 一期工程,
/// 嘉浏段, (嘉兴段), 北段.
pub(crate) fn section_suffix(s: &str) -> usize {
    // 杭海城际延伸: the extension of a line is a section of it.
    if let Some(w) = ["延伸段", "延伸线", "延伸"]
        .into_iter()
        .find(|w| s.starts_with(w))
    {
        return w.len();
    }
    let mut it = s.char_indices();
    // N期
    let digits = s
        .chars()
        .take_while(|c| "一二三四五六七八九十0123456789".contains(*c))
        .map(char::len_utf8)
        .sum::<usize>();
    if digits > 0 && s[digits..].starts_with('期') {
        return digits + '期'.len_utf8();
    }
    // (B型), (*型): the type of a bonded logistics centre is part of its name.
    for open in ["(", "（"] {
        if let Some(r) = s.strip_prefix(open) {
            let kind: usize = r
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '*')
                .map(char::len_utf8)
                .sum();
            if (1..=2).contains(&kind) && r[kind..].starts_with('型') {
                let after = &r[kind + '型'.len_utf8()..];
                if let Some(cl) = after.chars().next().filter(|c| matches!(c, ')' | '）')) {
                    return open.len() + kind + '型'.len_utf8() + cl.len_utf8();
                }
            }
        }
    }
    // (X段) or X段 with 1..4 name characters.
    let (open, rest) = match it.next() {
        Some((_, '(' | '（')) => (true, &s[1 + usize::from(s.starts_with('（')) * 2..]),
        _ => (false, s),
    };
    // 北部板块: a part of a corridor or zone named by its position.
    let near: usize = rest.chars().take(6).map(char::len_utf8).sum();
    for w in ["板块", "片区"] {
        if let Some(p) = rest[..near].find(w) {
            let n = rest[..p].chars().count();
            if !open && (1..=4).contains(&n) && rest[..p].chars().all(char::is_alphanumeric) {
                return p + w.len();
            }
        }
    }
    for (n, (i, c)) in rest.char_indices().enumerate() {
        if c == '段' && n >= 1 {
            let mut end = i + c.len_utf8();
            if open {
                match rest[end..].chars().next() {
                    Some(cl @ (')' | '）')) => end += cl.len_utf8(),
                    _ => return 0,
                }
            }
            return s.len() - rest.len() + end;
        }
        if !c.is_alphanumeric() || n >= 4 {
            return 0;
        }
    }
    0
}

impl Recogniser for ProjectPatternRecogniser {
    fn name(&self) -> &'static str {
        "project"
    }

    fn recognise(&self, scan: &Scan, ctx: &DocContext, out: &mut Vec<Candidate>) {
        let text = scan.text();
        let lists = &scan.res.lists;
        line_list_members(scan, out);
        quoted_list_members(scan, out);
        quoted_programmes(scan, out);
        quoted_build_objects(scan, out);
        programme_names(scan, out);
        item_title_projects(scan, out);
        let titles = TitleMarks::new(text);
        for m in scan.res.project_heads.find_iter(text) {
            if scan.norm.is_boilerplate(m.start()) {
                continue;
            }
            let start = extend_name_left(scan, m.start(), 28);
            if start >= m.start() {
                continue;
            }
            let start = after_last_verb(scan, start, m.start());
            let start = start + leading_count(&text[start..m.start()]);
            let start = quote_led_start(scan, start, m.start());
            let start = apposed_name_start(scan, start, m.start()..m.end());
            let unclosed = unclosed_quote_start(scan, start, m.end());
            let start = unclosed.unwrap_or(start);
            let mut end = m.end() + name_continuation(scan, m.end());
            end += super::bracketed_place_after(scan, end);
            let name = &text[start..m.start()];
            let whole = &text[start..end];
            // A head ends a word: 中心 in 中心城市, 港 in 港航 head nothing
            // (jieba splits some such words: `project_head_compounds.txt`).
            // 高速公路网: jieba reads the head and its continuation as one word.
            if !(scan.word_ends_at(m.end())
                || end > m.end() && scan.word_ends_at(end)
                || stop_glued_after(scan, m.end())
                || head_fused_with_verb(scan, m.start()..m.end())
                || head_taken_by_industry_word(scan, m.start()..m.end()))
                || Lists::prefix_in(&lists.project_head_compounds, &text[m.start()..]).is_some()
                // 关键环节: the head is the tail of an ordinary noun.
                || Lists::suffix_in(&lists.project_head_word_ends, &text[..m.end()])
                    .is_some_and(|w| w.len() > m.len())
                // 枢纽型中心城市: head + 型 is an adjective.
                || text[m.end()..].starts_with('型')
                || titles.inside(start)
                || !balanced_quotes(whole) && unclosed.is_none()
                || head_inside_name(scan, ctx, m.start())
            {
                continue;
            }
            // 嘉兴现代物流园平台: a category head after a complete name
            // says what the project is; the name is the project.
            let head = &text[m.start()..m.end()];
            if Lists::contains(&lists.project_category_heads, head)
                && complete_name_before_category(scan, start, m.start())
            {
                continue;
            }
            // Several quoted names before a head are a list of projects
            // (“青山”“绿水”两大行动), proposed one by one.
            if name.matches('“').count() > 1
                || Lists::contains(&lists.project_generic, whole)
                || policy_programme(scan, name, head)
                || !distinctive(scan, start..m.start(), name) && unclosed.is_none()
                || named_by_industry_only(scan, start..m.start(), &text[m.start()..m.end()])
                    && unclosed.is_none()
            {
                continue;
            }
            out.push(project_candidate(scan, start..end, 0.7));
        }
    }
}

/// Where a name starts whose opening quote never closes, because masking
/// took the closing quote with the words it hid (实施“@****校企直通车…专项行动
/// 创新建立…): the quote, masks and symbols before `start` open the name
/// (docs/ANNOTATION.md keeps masked text as it is). A quote is unclosed
/// when no ” follows it in its sentence before the next “.
fn unclosed_quote_start(scan: &Scan, start: usize, head_end: usize) -> Option<usize> {
    let text = scan.text();
    let lead = text[..start].trim_end_matches(['*', '@', '+', '#']);
    let open = lead.strip_suffix('“')?.len();
    let sentence_end = scan.sentence_range(start).end;
    let after = &text[open + '“'.len_utf8()..sentence_end.max(head_end)];
    let closes = match (after.find('”'), after.find('“')) {
        (Some(c), Some(o)) => c < o,
        (Some(_), None) => true,
        _ => false,
    };
    (!closes).then_some(open)
}

/// Where a name with a quotation starts (机关内部“最多跑一次”改革 →
/// “最多跑一次”改革): the quotation is the name, and words before it only
/// describe where it applies, unless they open with a dictionary place or
/// industry (嘉兴“百年百项”重大项目, 数字经济“一号工程”). A dictionary
/// project there is a project of its own (G60科创走廊政务服务“一网通办”试点).
fn quote_led_start(scan: &Scan, start: usize, head: usize) -> usize {
    let text = scan.text();
    let names_the_scope = scan.hit_starting_at(start).is_some_and(|h| {
        h.entries
            .iter()
            .any(|&i| scan.res.dict.entry(i).etype != EntityType::Project)
    });
    match text[start..head].find('“') {
        Some(p) if p > 0 && !names_the_scope => start + p,
        _ => start,
    }
}

/// Whether the name before a category head (平台, 载体, 试点) is a complete
/// project name, a quoted dictionary project (“一网通办”试点), or a name,
/// maybe quoted, with at most a few describing words after it
/// (湾北新区重大战略平台, “湾北新区”重大开放平台, 亚运会分赛场赛事活动): the category says what the
/// named project is and belongs to no name.
fn complete_name_before_category(scan: &Scan, start: usize, head: usize) -> bool {
    let text = scan.text();
    let lists = &scan.res.lists;
    // “一网通办”试点: the quotation is a dictionary project.
    let quoted = start + '“'.len_utf8()..head - '”'.len_utf8();
    if text[start..head].starts_with('“')
        && text[start..head].ends_with('”')
        && scan.hits_in(&quoted).iter().any(|h| {
            h.start == quoted.start
                && h.end == quoted.end
                && !super::entries_of(scan, h, EntityType::Project).is_empty()
        })
    {
        return true;
    }
    let mut ends = text[start..head]
        .char_indices()
        .map(|(i, c)| start + i + c.len_utf8())
        .collect::<Vec<_>>();
    ends.reverse();
    ends.into_iter().take(6).any(|end| {
        let name_end = end - usize::from(text[..end].ends_with('”')) * '”'.len_utf8();
        let describing = &text[end..head];
        Lists::suffix_in(&lists.project_suffixes, &text[start..name_end])
            .is_some_and(|h| h.len() < name_end - start)
            && scan.word_ends_at(name_end)
            && describing.chars().all(|c| c > '\u{2e80}')
            && scan.hits_in(&(end..head)).is_empty()
    })
}

/// Where the second of two names of one kind written together starts
/// (长三角城市展示中心嘉兴城市展示中心: the same head closes a name, then a
/// place opens the next). Branch names with another head stay whole
/// (漕河泾开发区海宁分区).
fn apposed_name_start(scan: &Scan, start: usize, head: std::ops::Range<usize>) -> usize {
    let text = scan.text();
    let h = &text[head.clone()];
    let same_head = text[start..head.start]
        .rmatch_indices(h)
        .map(|(p, _)| start + p + h.len())
        .find(|&e| {
            scan.word_ends_at(e)
                && scan
                    .hit_starting_at(e)
                    .is_some_and(|hit| !super::entries_of(scan, hit, EntityType::Place).is_empty())
        });
    // …建设工程杭平申线嘉兴段…示范线: a programme's complete name followed
    // by a dictionary project opens the second name there (a facility's
    // name goes on into its parts: 上海国际航运中心洋山深水港…作业区).
    let before_project = || {
        scan.hits_in(&(start..head.start))
            .iter()
            .rev()
            .filter(|hit| hit.start > start)
            .find(|hit| {
                !super::entries_of(scan, hit, EntityType::Project).is_empty()
                    && scan.word_ends_at(hit.start)
                    && Lists::suffix_in(&scan.res.lists.programme_heads, &text[start..hit.start])
                        .is_some()
            })
            .map(|hit| hit.start)
    };
    same_head.or_else(before_project).unwrap_or(start)
}

/// Whether a programme name describes a policy instrument (长三角一体化
/// 发展行动计划): a head of `programme_heads.txt` closes a name that holds
/// a word of `programme_policy_words.txt` outside quotes.
fn policy_programme(scan: &Scan, name: &str, head: &str) -> bool {
    let lists = &scan.res.lists;
    Lists::contains(&lists.programme_heads, head)
        && !name.contains('“')
        && lists
            .programme_policy_words
            .iter()
            .any(|w| name.contains(w.as_str()))
}

/// A PROJECT candidate for `span`, its norm and id from the surface.
fn project_candidate(scan: &Scan, span: std::ops::Range<usize>, confidence: f32) -> Candidate {
    let norm = surface_norm(&scan.text()[span.clone()]);
    let mut c = Candidate::new(span, EntityType::Project, norm, "project");
    c.entity_id = Some(format!("project:{}", c.norm));
    c.confidence = confidence;
    c
}

/// Lines named by their places alone in a list of lines: in
/// 推进通苏嘉甬、沪乍杭、杭绍台二期、沪平城际等铁路前期工作 the members
/// 通苏嘉甬, 沪乍杭 and 杭绍台二期 are rail lines because the list says so (it
/// ends in 等 + a line word, or another member is a named line).
///
/// A member qualifies when its core (before a section suffix) is two to five
/// Chinese characters of which at least two, and at least two thirds, are
/// place abbreviations or names.
fn line_list_members(scan: &Scan, out: &mut Vec<Candidate>) {
    let text = scan.text();
    let lists = &scan.res.lists;
    let ends_in_line =
        |s: &str| Lists::suffix_in(&lists.line_suffixes, s).is_some_and(|h| h.len() < s.len());
    for sent in &scan.norm.sentences {
        if scan.norm.is_boilerplate(sent.range.start) {
            continue;
        }
        let mut clause_start = sent.range.start;
        let s = &text[sent.range.clone()];
        let mut breaks: Vec<(usize, usize)> = s
            .char_indices()
            .filter(|&(_, c)| c != '、' && super::is_clause_break(c))
            .map(|(i, c)| (sent.range.start + i, c.len_utf8()))
            .chain(std::iter::once((sent.range.end, 0)))
            .collect();
        breaks.extend(lists_joined_after_deng(s).map(|(i, n)| (sent.range.start + i, n)));
        // Two 等 may find the same conjunction (等加强等督促…和).
        breaks.sort_unstable();
        breaks.dedup();
        for (clause_end, break_len) in breaks {
            if clause_end < clause_start {
                continue;
            }
            let clause = clause_start..clause_end;
            clause_start = clause_end + break_len;
            let body = &text[clause.clone()];
            // 闽杭沪杭等磁悬浮项目: one member before 等 + a head is a list too.
            let one_before_deng = body.find('等').is_some_and(|p| {
                let tail = &body[p + '等'.len_utf8()..];
                !tail.starts_with('地')
                    && tail.char_indices().take(5).any(|(i, _)| {
                        Lists::prefix_in(&lists.project_enum_heads, &tail[i..]).is_some()
                    })
            });
            if !body.contains('、') && !one_before_deng {
                continue;
            }
            // Members by 、; the last one ends at 等.
            let mut members: Vec<std::ops::Range<usize>> = Vec::new();
            let mut from = clause.start;
            for (i, _) in body.match_indices('、') {
                members.push(from..clause.start + i);
                from = clause.start + i + '、'.len_utf8();
            }
            let last = &text[from..clause.end];
            let (last_end, tail) = match last.find('等') {
                Some(p) => (from + p, &last[p + '等'.len_utf8()..]),
                // 浙沪、浙苏联络线建设: the clause's verb closes the list.
                None => match scan.word_ending_at(clause.end) {
                    Some(t) if t.start > from && scan.res.is_verb(&text[t.clone()], true) => {
                        (t.start, "")
                    }
                    _ => (clause.end, ""),
                },
            };
            members.push(from..last_end);
            // 临港、张江、市北高新等品牌园区, 北沿江、沪苏湖高铁等项目: the
            // head after 等 says the members are projects.
            // 上海、苏州等地工业园区: 等地 says the members are places.
            let says_projects = !tail.starts_with('地')
                && tail.char_indices().take(5).any(|(i, _)| {
                    Lists::prefix_in(&lists.project_enum_heads, &tail[i..]).is_some()
                });
            // 开展调研、督查等行动: a list of verbs names activities, not
            // projects.
            let lists_verbs = members
                .iter()
                .skip(1)
                .any(|r| scan.res.is_verb(&text[r.clone()], true));
            if says_projects && lists_verbs {
                continue;
            }
            if says_projects {
                for (k, r) in members.iter().enumerate() {
                    let r = if k == 0 {
                        let mut start = extend_name_left(scan, r.end, 6).max(r.start);
                        // 中美(湖州): a compound of abbreviations stays whole
                        // although 中 alone stops names.
                        while start > r.start && start < r.end && super::abbr_at(scan, start) {
                            match text[..start].chars().next_back() {
                                Some(c) if super::abbr_at(scan, start - c.len_utf8()) => {
                                    start -= c.len_utf8();
                                }
                                _ => break,
                            }
                        }
                        start..r.end
                    } else {
                        r.clone()
                    };
                    if listed_project_name(scan, &r) {
                        out.push(project_candidate(scan, r, 0.55));
                    }
                }
                continue;
            }
            sibling_projects(scan, &members, out);
            let says_lines = lists
                .line_suffixes
                .iter()
                .any(|w| tail.contains(w.as_str()))
                || members.iter().any(|r| {
                    let m = &text[r.clone()];
                    ends_in_line(&m[..m.len() - section_suffix_end(m)])
                });
            if !says_lines {
                continue;
            }
            for (k, r) in members.iter().enumerate() {
                let r = if k == 0 {
                    let start = extend_name_left(scan, r.end, 8).max(r.start);
                    place_run_start(scan, start..r.end)..r.end
                } else {
                    r.clone()
                };
                let m = &text[r.clone()];
                let core_end = r.end - section_suffix_end(m) - trailing_ordinal(m);
                if let Some(c) = place_named_line(scan, r.start..core_end, r.end) {
                    out.push(c);
                }
            }
        }
    }
}

/// Where the run of places that ends a first list member starts (天然气浙沪
/// → 浙沪): the goods or kind before it is no part of the line's name.
/// The member's start when no run of two or more places ends it.
fn place_run_start(scan: &Scan, r: std::ops::Range<usize>) -> usize {
    // Dash chains and bracketed places (黄山—金华, 安康(襄阳)—合肥) are
    // read whole by `place_named_line`.
    if scan.text()[r.clone()].contains(['—', '-', '(', '（']) {
        return r.start;
    }
    let start = places_ending_at(scan, r.end, r.start);
    if scan.text()[start..r.end].chars().count() >= 2 {
        start
    } else {
        r.start
    }
}

/// Where the run of place hits that ends at byte `end` starts, none of them
/// starting before `floor` (`end` itself when no place ends there).
fn places_ending_at(scan: &Scan, end: usize, floor: usize) -> usize {
    let mut start = end;
    while let Some(h) = scan
        .hit_ending_at(start)
        .filter(|h| h.start >= floor && !super::entries_of(scan, h, EntityType::Place).is_empty())
    {
        start = h.start;
    }
    start
}

/// Where one 、-list closed by 等 + its head is joined to the next list by a
/// conjunction (常泰、崇海等过江通道和东海二桥、沪甬甬等跨海通道): the byte
/// offset and length of each such 和/及/以及, which ends the first list.
fn lists_joined_after_deng(s: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    s.match_indices('等').filter_map(move |(p, _)| {
        let after = &s[p + '等'.len_utf8()..];
        let (i, c) = after
            .char_indices()
            .take(8)
            .take_while(|&(_, c)| c != '、' && !super::is_clause_break(c))
            .find(|&(i, c)| i > 0 && matches!(c, '和' | '及' | '与'))?;
        // The second list must have members of its own.
        let rest = &after[i..];
        let next = rest
            .find(['等', ',', '。', ';'])
            .map_or(rest, |e| &rest[..e]);
        next.contains('、').then(|| {
            let n = if after[..i].ends_with('以') {
                '以'.len_utf8()
            } else {
                0
            };
            (p + '等'.len_utf8() + i - n, c.len_utf8() + n)
        })
    })
}

/// Members of one 、-list are of one kind: when one member is a project by
/// the main rule (a distinctive name + a head: 上海超强超短激光实验装置),
/// the other members that end in a project head are projects too, even with
/// descriptive names (硬X射线自由电子激光装置、高效低碳燃气轮机试验装置).
fn sibling_projects(scan: &Scan, members: &[std::ops::Range<usize>], out: &mut Vec<Candidate>) {
    let text = scan.text();
    let lists = &scan.res.lists;
    // Most lists hold no two members with a head: leave them cheaply.
    let with_head = members
        .iter()
        .filter(|r| scan.res.project_heads.find(&text[(*r).clone()]).is_some())
        .count();
    if with_head < 2 {
        return;
    }
    // 临港和奉贤海上风电基地: 和 joins two members.
    let members: Vec<std::ops::Range<usize>> = members
        .iter()
        .flat_map(|r| match text[r.clone()].find('和') {
            Some(p) => vec![r.start..r.start + p, r.start + p + '和'.len_utf8()..r.end],
            None => vec![r.clone()],
        })
        .collect();
    let named: Vec<(std::ops::Range<usize>, usize)> = members
        .iter()
        .enumerate()
        .filter_map(|(k, r)| {
            let mut r = r.clone();
            if k == 0 {
                let start = extend_name_left(scan, r.end, 16).max(r.start);
                r.start = after_last_verb(scan, start, r.end);
            }
            // The last member may end in the clause's verb (…研究设施建设).
            if k + 1 == members.len() {
                if let Some(t) = scan.word_ending_at(r.end).filter(|t| t.start > r.start) {
                    if scan.res.is_verb(&text[t.clone()], true)
                        && Lists::suffix_in(&lists.project_suffixes, &text[r.start..t.start])
                            .is_some()
                    {
                        r.end = t.start;
                    }
                }
            }
            let m = &text[r.clone()];
            let head = Lists::suffix_in(&lists.project_suffixes, m)?;
            let head_start = r.end - head.len();
            let n = m.chars().count();
            ((4..=16).contains(&n)
                && head_start > r.start
                && scan.word_ends_at(r.end)
                && m.chars().all(|c| c.is_alphanumeric())
                && !Lists::contains(&lists.project_generic, m))
            .then_some((r, head_start))
        })
        .collect();
    if named.len() < 2
        || !named
            .iter()
            .any(|(r, h)| distinctive(scan, r.start..*h, &text[r.start..*h]))
    {
        return;
    }
    // A member named by an industry alone (会展经济集聚区) is no project,
    // as in the main rule.
    for (r, h) in named {
        if !named_by_industry_only(scan, r.start..h, &text[h..r.end]) {
            out.push(project_candidate(scan, r, 0.5));
        }
    }
}

/// Length in bytes of an ordinal that closes a listed line (苏通第二 for the
/// second 苏通 crossing): the line is named by what comes before it.
fn trailing_ordinal(member: &str) -> usize {
    let mut cs = member.chars().rev();
    match (cs.next(), cs.next()) {
        (Some(n), Some('第')) if "二三四五六七八九".contains(n) => {
            '第'.len_utf8() + n.len_utf8()
        }
        _ => 0,
    }
}

/// Length in bytes of a count that opens a name (21个“万亩千亿”重大产业平台,
/// 三个基地): a count says how many, it is not part of the name.
///
/// An ordinal of a recurring event (第二届, 第3次) is dropped too: the event
/// is one project whatever the edition.
fn leading_count(name: &str) -> usize {
    if let Some(rest) = name.strip_prefix('第') {
        let n: usize = rest
            .chars()
            .take_while(|c| c.is_ascii_digit() || "一二三四五六七八九十百".contains(*c))
            .map(char::len_utf8)
            .sum();
        if n > 0 && rest[n..].starts_with(['届', '次']) {
            return '第'.len_utf8() + n + '届'.len_utf8();
        }
    }
    let digits: usize = name
        .chars()
        .take_while(|c| c.is_ascii_digit() || "一二三四五六七八九十两百千几多".contains(*c))
        .map(char::len_utf8)
        .sum();
    if digits == 0 {
        return 0;
    }
    ["个", "家", "项", "批"]
        .into_iter()
        .find(|u| name[digits..].starts_with(u))
        .map_or(0, |u| digits + u.len())
}

/// Length in bytes of what continues a project name ending at byte `end`:
/// a section (二期, 嘉浏段, 延伸) or a branch park named by a place
/// (张江长三角科技城平湖园, …开发区海宁分园).
pub(crate) fn name_continuation(scan: &Scan, end: usize) -> usize {
    let text = scan.text();
    let sec = section_suffix(&text[end..]);
    if sec > 0 {
        return sec;
    }
    // 虹桥国际经济论坛永久会址: a part of an event stays with its name.
    let lists = &scan.res.lists;
    if Lists::suffix_in(&lists.project_event_suffixes, &text[..end]).is_some() {
        if let Some(p) = Lists::prefix_in(&lists.event_parts, &text[end..]) {
            return p.len();
        }
    }
    // 青山产业园区, 高速公路网络: the head goes on into a longer head.
    let lines = &scan.res.lists.line_suffixes;
    let longer = match () {
        _ if text[..end].ends_with('园') => ["区"].as_slice(),
        _ if Lists::suffix_in(lines, &text[..end]).is_some() => ["网络", "网"].as_slice(),
        _ => &[],
    };
    if let Some(w) = longer
        .iter()
        .find(|w| text[end..].starts_with(**w) && scan.word_ends_at(end + w.len()))
    {
        return w.len();
    }
    scan.hit_starting_at(end)
        .filter(|h| !super::entries_of(scan, h, EntityType::Place).is_empty())
        .and_then(|h| {
            ["分园", "园", "片区"]
                .into_iter()
                .find(|w| text[h.end..].starts_with(w))
                .map(|w| h.end + w.len() - end)
        })
        .filter(|&n| scan.word_ends_at(end + n))
        .unwrap_or(0)
}

/// Whether a quoted name is a count or a label, never a project: 五个中心,
/// 1+8 (docs/ANNOTATION.md, resolved cases). 十大标志工程 names a programme.
fn is_count_or_label(name: &str) -> bool {
    let numeral = |c: char| c.is_ascii_digit() || "一二三四五六七八九十两百千万".contains(c);
    name.starts_with(numeral) && name.contains('个') || name.contains('+')
}

/// Quoted names that end in a project head inside their quotes
/// (“城乡学校携手共进计划”, “创新宁波·人才引领工程”): the quotes make the
/// name distinctive, the head makes it a project. The span is the name
/// without its quotes; generic names (“行动计划”) are left out.
fn quoted_programmes(scan: &Scan, out: &mut Vec<Candidate>) {
    let text = scan.text();
    let lists = &scan.res.lists;
    for q in crate::names::quotations(text) {
        let (body_start, close) = (q.start, q.end);
        let body = &text[q];
        let n = body.chars().count();
        if !(4..=20).contains(&n)
            || body.contains(['“', '\n', '、', ',', '，', '。'])
            || scan.norm.is_boilerplate(body_start)
        {
            continue;
        }
        let Some(head) = Lists::suffix_in(&lists.project_suffixes, body) else {
            continue;
        };
        if head.len() >= body.len()
            || is_count_or_label(body)
            || !scan.word_ends_at(close)
            || Lists::contains(&lists.project_generic, body)
        {
            continue;
        }
        // 中国浙江“…峰会”: places written right before the quotation lead
        // the name, which then keeps its quotes (docs/ANNOTATION.md).
        let open = body_start - '“'.len_utf8();
        let lead = places_ending_at(scan, open, 0);
        let span = if lead < open && text[close..].starts_with('”') {
            lead..close + '”'.len_utf8()
        } else {
            body_start..close
        };
        out.push(project_candidate(scan, span, 0.6));
    }
}

/// A quotation that is the whole object of a build verb
/// (`project_build_verbs.txt`) names an initiative even without a project
/// head: 全面建设“掌上办事之城”, 推行“无差别全科受理”. The quotation must
/// close the object (punctuation or 等 follows): in 打造“数字名片”体系 the
/// quotation only qualifies a noun, and a run of quotations is left to
/// [`quoted_list_members`] (实施“雄鹰企业”“小巨人企业”培育计划). Counts, labels and
/// single common words in quotes stay out.
fn quoted_build_objects(scan: &Scan, out: &mut Vec<Candidate>) {
    let text = scan.text();
    let lists = &scan.res.lists;
    for q in crate::names::quotations(text) {
        let body = &text[q.clone()];
        let n = body.chars().count();
        let open = q.start - '“'.len_utf8();
        let Some(after) = text[q.end..].strip_prefix('”') else {
            continue;
        };
        if !(3..=12).contains(&n)
            || !body
                .chars()
                .all(|c| c.is_alphanumeric() && !c.is_ascii_digit())
            || scan.norm.is_boilerplate(q.start)
            || is_count_or_label(body)
            || !has_proper_quotation(scan, &text[open..q.end + '”'.len_utf8()])
            || !after.starts_with([',', '，', '。', '；', ';', '、', '等', '\n'])
            || Lists::suffix_in(&lists.project_build_verbs, &text[..open]).is_none()
        {
            continue;
        }
        out.push(project_candidate(scan, q, 0.55));
    }
}

/// Whether a member of a list of projects is a name: two to six letters or
/// Chinese characters, perhaps with a bracketed place (中德(长兴)), no
/// generic word (产业园区), no count (两大), and not a verb phrase (推进X).
fn listed_project_name(scan: &Scan, r: &std::ops::Range<usize>) -> bool {
    let text = scan.text();
    let m = &text[r.clone()];
    // 中德(长兴): a bracketed place after the name belongs to it.
    let bracket = (1..m.len())
        .filter(|&i| m.is_char_boundary(i))
        .find(|&i| super::bracketed_place_after(scan, r.start + i) == m.len() - i);
    let core = &m[..bracket.unwrap_or(m.len())];
    let n = core.chars().count();
    let first_word = scan.word_starting_at(r.start);
    (2..=6).contains(&n)
        && core.chars().all(char::is_alphanumeric)
        && !m.starts_with(|c: char| {
            c.is_ascii_digit() || "一二三四五六七八九十两百千万多各".contains(c)
        })
        && !Lists::contains(&scan.res.lists.project_generic, m)
        && !first_word.is_some_and(|w| scan.res.is_verb(&text[w], true))
}

/// Quoted names that a following project head says are projects:
/// “科学谷”“云起谷”五大创新平台, “数字嘉兴”“城市大脑”建设, “尖峰”“尖兵”
/// 四大计划. Each name is a PROJECT without its quotes. Between the last
/// quote and the head only 等, a count (五大) and two more characters may
/// stand, none of them a verb (“领军企业”培育计划 lists no projects);
/// counts and labels (“五个中心”, “1+8”) are never names.
fn quoted_list_members(scan: &Scan, out: &mut Vec<Candidate>) {
    let text = scan.text();
    let lists = &scan.res.lists;
    let mut names: Vec<std::ops::Range<usize>> = Vec::new();
    for q in crate::names::quotations(text) {
        let (body_start, close) = (q.start, q.end);
        let open = body_start - '“'.len_utf8();
        let body = &text[q];
        let pos = close + '”'.len_utf8();
        // A run continues when the previous name ended right before this
        // one's quote, or across 、/和/与/及.
        let joined = names.last().is_some_and(|l| {
            matches!(
                &text[l.end + '”'.len_utf8()..open],
                "" | "、" | "和" | "与" | "及"
            )
        });
        if !joined {
            names.clear();
        }
        if body.contains(['“', '\n']) || body.chars().count() > 10 {
            names.clear();
            continue;
        }
        names.push(body_start..close);
        let tail = &text[pos..];
        if tail.starts_with('“')
            || tail.starts_with(['、', '和', '与', '及']) && tail[3..].starts_with('“')
        {
            continue;
        }
        if !closed_by_project_head(scan, pos) {
            continue;
        }
        // One common word alone in quotes is emphasis (“飞地”园区); in a
        // list (“尖峰”“尖兵”四大计划) each word names a member.
        let alone = names.len() == 1;
        for r in names.drain(..) {
            let name = &text[r.clone()];
            let n = name.chars().count();
            if !(2..=10).contains(&n)
                || is_count_or_label(name)
                || Lists::contains(&lists.project_generic, name)
                || alone && is_common_word(scan, name)
            {
                continue;
            }
            out.push(project_candidate(scan, r, 0.55));
        }
    }
}

/// Whether a project head closes a list of quoted names ending at byte `b`.
fn closed_by_project_head(scan: &Scan, b: usize) -> bool {
    let text = scan.text();
    let lists = &scan.res.lists;
    let closed_by_deng = text[b..].starts_with('等');
    let mut rest = text[b..].strip_prefix('等').unwrap_or(&text[b..]);
    // The count (三大) may follow a few words saying what the names share
    // (“…”“…”红船精神三大主题游线).
    let numeral = |c: char| "一二三四五六七八九十两".contains(c);
    let after_count = rest
        .char_indices()
        .take(5)
        .take_while(|&(_, c)| c > '\u{2e80}')
        .find(|&(_, c)| numeral(c))
        .and_then(|(i, _)| {
            let n: usize = rest[i..]
                .chars()
                .take_while(|&c| numeral(c))
                .map(char::len_utf8)
                .sum();
            rest[i + n..].strip_prefix('大')
        });
    let counted = after_count.is_some();
    if let Some(after) = after_count {
        rest = after;
    }
    let rest = rest.strip_prefix('的').unwrap_or(rest);
    // 等 closes the list: a few describing words may precede the head
    // (“…”等红色旅游项目).
    let slack = if counted || closed_by_deng { 4 } else { 2 };
    for (k, (i, _)) in rest.char_indices().take(slack + 1).enumerate() {
        let at = &rest[i..];
        let head = lists
            .project_suffixes
            .iter()
            .chain(lists.project_list_heads.iter())
            .any(|h| at.starts_with(h.as_str()));
        if head {
            // What stands between is no verb (培育计划).
            let between = &rest[..i];
            return k == 0 || counted || !scan.res.is_verb(between, true);
        }
        if rest[i..].starts_with(|c: char| !c.is_alphanumeric()) {
            return false;
        }
    }
    false
}

/// Programmes named as a quality of a place (数字长三角建设, 打造信用长三角。):
/// a prefix of `programme_prefixes.txt` that starts a word, a place name of
/// two or more characters, then a clause break or 建设/行动/工程.
fn programme_names(scan: &Scan, out: &mut Vec<Candidate>) {
    let text = scan.text();
    for h in &scan.hits {
        if text[h.start..h.end].chars().count() < 2
            || super::entries_of(scan, h, EntityType::Place).is_empty()
        {
            continue;
        }
        let Some(prefix) = scan
            .res
            .lists
            .programme_prefixes
            .iter()
            .find(|p| text[..h.start].ends_with(p.as_str()))
        else {
            continue;
        };
        let start = h.start - prefix.len();
        let after = &text[h.end..];
        let closed = after.is_empty()
            || after.starts_with(|c: char| super::is_clause_break(c) || c == '”')
            || ["建设", "行动", "工程"]
                .iter()
                .any(|w| after.starts_with(w));
        let word_start = scan
            .norm
            .sentence_at(start)
            .is_some_and(|si| scan.tokens(si).iter().any(|t| t.start == start));
        if !closed || !word_start {
            continue;
        }
        out.push(project_candidate(scan, start..h.end, 0.55));
    }
}

/// Length in bytes of a section suffix at the end of `s` (二期, 北段).
fn section_suffix_end(s: &str) -> usize {
    s.char_indices()
        .map(|(i, _)| i)
        .find(|&i| i > 0 && section_suffix(&s[i..]) == s.len() - i)
        .map_or(0, |i| s.len() - i)
}

/// A line candidate for `core` (+ section up to `end`) when the core is
/// made of place abbreviations and names.
fn place_named_line(scan: &Scan, core: std::ops::Range<usize>, end: usize) -> Option<Candidate> {
    let text = scan.text();
    let chars = text[core.clone()].chars().count();
    // 黄山—金华, 安康(襄阳)—合肥: a dash chain of places alone in a list of
    // lines is a line.
    if text[core.clone()].contains(['—', '-']) {
        let mut from = core.start;
        let mut pieces = 0;
        for piece in text[core.clone()].split(['—', '-']) {
            let r = from..from + piece.len();
            from = r.end + text[r.end..].chars().next().map_or(0, char::len_utf8);
            let bracket = (1..piece.len())
                .filter(|&i| piece.is_char_boundary(i))
                .find(|&i| super::bracketed_place_after(scan, r.start + i) == piece.len() - i)
                .unwrap_or(piece.len());
            let whole_place = scan.hit_starting_at(r.start).is_some_and(|h| {
                h.end == r.start + bracket
                    && !super::entries_of(scan, h, EntityType::Place).is_empty()
            });
            if !whole_place {
                return None;
            }
            pieces += 1;
        }
        return (pieces >= 2 && chars <= 12).then(|| project_candidate(scan, core.start..end, 0.6));
    }
    if !(2..=5).contains(&chars) || !text[core.clone()].chars().all(|c| c > '\u{2e80}') {
        return None;
    }
    let hits = scan.hits_in(&core);
    let covered: usize = hits
        .iter()
        .filter(|h| {
            h.entries
                .iter()
                .any(|&i| scan.res.dict.entry(i).etype == EntityType::Place)
        })
        .map(|h| text[h.start..h.end].chars().count())
        .sum();
    // 美丽园区: the characters on either side of two hits' seam (美|丽园)
    // may make the ordinary word, too.
    let seam = |w: &[guihua_dict::Hit]| {
        let left = text[..w[0].end]
            .chars()
            .next_back()
            .map_or(0, char::len_utf8);
        let right = text[w[1].start..].chars().next().map_or(0, char::len_utf8);
        &text[w[0].end - left..w[1].start + right]
    };
    let ordinary = hits.windows(2).any(|w| {
        w[0].end == w[1].start
            && (ordinary_word(scan, &text[w[0].start..w[1].end]) || ordinary_word(scan, seam(w)))
    });
    if covered < 2 || covered * 3 < chars * 2 || ordinary {
        return None;
    }
    Some(project_candidate(scan, core.start..end, 0.6))
}

/// Whether `s` is an ordinary word, not two abbreviations: listed in
/// `abbr_stop.txt` (美丽 is no 美国 + 丽水) or one jieba word that is neither
/// a noun nor an abbreviation.
fn ordinary_word(scan: &Scan, s: &str) -> bool {
    if Lists::contains(&scan.res.lists.abbr_stop, s) {
        return true;
    }
    match scan.res.jieba.tag(s, false).as_slice() {
        [w] => !(w.tag.starts_with('n') || w.tag == "j"),
        _ => false,
    }
}

/// Whether the head at byte `b` starts inside the name of a place or a
/// project (桥 in 花桥, in 虹桥枢纽). An industry name may end in a head
/// (数据中心 in 温州数据中心).
fn head_inside_name(scan: &Scan, ctx: &DocContext, b: usize) -> bool {
    let i = scan.hits.partition_point(|h| h.end <= b);
    let dict = &scan.res.dict;
    scan.hits.get(i).is_some_and(|h| {
        // Far counties and towns are no names here (南站 of 南站街道 in
        // 嘉兴高铁南站): the dictionary recogniser drops them too.
        h.start < b
            && h.entries.iter().any(|&e| match dict.entry(e).etype {
                EntityType::Project => true,
                EntityType::Place => ctx.is_near(dict, e),
                _ => false,
            })
    })
}

/// Moves `start` past the last verb of the name `start..end` when what
/// follows the verb is still a distinctive name: 整合乍浦港区 → 乍浦港区,
/// 沪嘉城际铁路通达虹桥枢纽 → 虹桥枢纽. A verb that only a generic word
/// follows (联合 in 国际联合创新中心) stays in the name.
///
/// Verbs are jieba's `v` words; a name's first word may also be a verbal
/// noun (`vn`: 服务长三角…工程).
pub(crate) fn after_last_verb(scan: &Scan, start: usize, end: usize) -> usize {
    let text = scan.text();
    let Some(si) = scan.norm.sentence_at(start) else {
        return start;
    };
    let toks = scan.tokens(si);
    let mut cut = start;
    // Whether every word since the cut is a verb, verbal noun or adjective
    // (实体化运营, 做大做强): the run leads the name as one verb would.
    let mut verb_run = true;
    let mut run_has_verb = false;
    for t in toks.iter().filter(|t| t.start >= start && t.end < end) {
        let word = &text[t.clone()];
        // After a cut the next word leads the name (实体化运营上海… → 上海…).
        let leading = t.start == cut || verb_run;
        let adjective_in_run =
            leading && run_has_verb && scan.res.word_tag(word, |g| matches!(g, "a" | "ad" | "d"));
        let verb = scan.res.is_verb(word, leading);
        if verb_run && (verb || adjective_in_run) {
            run_has_verb |= verb;
        } else {
            verb_run = false;
        }
        if (verb || adjective_in_run)
            && !is_dictionary_word(scan, t)
            && starts_name(scan, t.end)
            && balanced_quotes(&text[start..t.end])
            && distinctive(scan, t.end..end, &text[t.end..end])
        {
            cut = t.end;
            verb_run = true;
            run_has_verb = false;
        }
    }
    cut
}

/// Whether jieba's HMM glued a one-character list word to the word ending
/// at byte `b` (观潮节等品牌: 节等 is one token): the word still ends at `b`.
fn stop_glued_after(scan: &Scan, b: usize) -> bool {
    let text = scan.text();
    text[b..]
        .chars()
        .next()
        .filter(|c| "等和及与".contains(*c))
        .is_some_and(|c| scan.word_ends_at(b + c.len_utf8()) && !scan.word_starts_at(b))
}

/// Whether jieba fused the head with the verbal noun after it (工程建设,
/// 平台建设): the word starts at the head and goes on with a verb.
fn head_fused_with_verb(scan: &Scan, head: std::ops::Range<usize>) -> bool {
    // A verbal noun only (建设, vn): 改革开放 goes on with a verb (v) and
    // is a word of its own.
    scan.word_starting_at(head.start).is_some_and(|w| {
        w.end > head.end
            && scan
                .res
                .word_tag(&scan.text()[head.end..w.end], |t| t == "vn")
    })
}

/// Whether an industry name loaded as a jieba word took the start of the
/// head (生态文化旅游|圈 in 环太湖生态文化旅游圈): the head's end is then no
/// word boundary only because of that word.
fn head_taken_by_industry_word(scan: &Scan, head: std::ops::Range<usize>) -> bool {
    let i = scan.hits.partition_point(|h| h.end <= head.start);
    scan.hits[i..]
        .iter()
        .take_while(|h| h.start < head.start)
        .any(|h| h.end < head.end && !super::entries_of(scan, h, EntityType::Industry).is_empty())
}

/// Whether the token `t` is a dictionary name (开化 is a county, not a verb).
fn is_dictionary_word(scan: &Scan, t: &std::ops::Range<usize>) -> bool {
    scan.hit_starting_at(t.start)
        .is_some_and(|h| h.end == t.end)
}

/// Whether a name can start at byte `b`: a dictionary name, a code (G60),
/// a masked name (***科创走廊) or a grid label (七干七支).
fn starts_name(scan: &Scan, b: usize) -> bool {
    let rest = &scan.text()[b..];
    scan.hit_starting_at(b).is_some()
        || rest.starts_with(|c: char| c.is_ascii_uppercase())
        || rest.starts_with("***")
        || grid_label(rest)
}

/// Whether a name whose only proper part is an industry (集成电路产业基地,
/// 军民融合示范基地) is not one project: it is, with a scope word (国家集成电路
/// 创新中心) or as an event (乡村旅游大会). Otherwise the industry is the
/// mention and the rest describes a kind of place.
fn named_by_industry_only(scan: &Scan, name: std::ops::Range<usize>, head: &str) -> bool {
    let lists = &scan.res.lists;
    let s = &scan.text()[name.clone()];
    let industry = |h: &guihua_dict::Hit| {
        h.entries
            .iter()
            .all(|&i| scan.res.dict.entry(i).etype == EntityType::Industry)
    };
    scan.hits_in(&name).iter().any(industry)
        && !proper_parts(scan, name, |h| !industry(h))
        && !lists
            .project_scope_words
            .iter()
            .any(|w| s.contains(w.as_str()))
        && !Lists::contains(&lists.project_event_suffixes, head)
}

/// Whether `name` opens with the label of a planned grid, two or more
/// numbered strokes (五纵四横, 七干七支, 一环十射): it names a network as a
/// code does.
fn grid_label(name: &str) -> bool {
    let numeral = |c: char| "一二三四五六七八九十两".contains(c);
    let cs: Vec<char> = name.chars().collect();
    let strokes = cs
        .chunks(2)
        .take_while(|p| p.len() == 2 && numeral(p[0]) && "纵横干支连射环".contains(p[1]))
        .count();
    strokes >= 2
}

/// Whether `name` holds a quotation that names something: not one common
/// word put in quotes for emphasis (“飞地”孵化器, “一站式”服务平台: jieba's
/// dictionary tags 飞地 a noun, 一站式 a distinguishing word, 零排放 a set
/// phrase). Coined names (“美丽家园”, “最多跑一次”) are several words.
fn has_proper_quotation(scan: &Scan, name: &str) -> bool {
    let Some(p) = name.find('“') else {
        return false;
    };
    let Some(q) = name[p..].find('”').map(|q| p + q) else {
        return false;
    };
    let body = &name[p + '“'.len_utf8()..q];
    !is_common_word(scan, body) || name[q..].contains('“')
}

/// Numbered items whose title announces an undertaking: a verb of
/// `project_title_verbs.txt` (after up to four characters of adverbs:
/// 高水平建设, 持续推进) and its whole object ending in a project head
/// (**.建设高质量外资集聚先行区。). The item is about the undertaking, so its
/// title names it even without a place, code or quote. Lines (区域轨道交通网络),
/// generic kinds (示范区), descriptions (国际化的中央商务区) and counts
/// (一批文旅活动) stay out, and so does an object holding a verb of its own
/// (…服务依托…中心: a title that lost its full stop).
fn item_title_projects(scan: &Scan, out: &mut Vec<Candidate>) {
    let text = scan.text();
    let lists = &scan.res.lists;
    for b in 0..scan.norm.blocks.len() {
        let Some(title) = scan.norm.title_of(b) else {
            continue;
        };
        let t = &text[title.clone()];
        let Some(mut start) = t.char_indices().take(5).find_map(|(i, _)| {
            Lists::prefix_in(&lists.project_title_verbs, &t[i..]).map(|v| title.start + i + v.len())
        }) else {
            continue;
        };
        // 推进建设…: the last verb of the run governs the object.
        while let Some(v) = Lists::prefix_in(&lists.project_title_verbs, &text[start..title.end]) {
            start += v.len();
        }
        let object = &text[start..title.end];
        let n = object.chars().count();
        let Some(head) = Lists::suffix_in(&lists.project_suffixes, object) else {
            continue;
        };
        let has_verb = || {
            scan.norm.sentence_at(start).is_some_and(|si| {
                scan.tokens(si).iter().any(|w| {
                    w.start >= start
                        && w.end <= title.end
                        && Lists::contains(&lists.name_stop_words, &text[w.clone()])
                        && scan.res.is_verb(&text[w.clone()], false)
                })
            })
        };
        if !(4..=32).contains(&n)
            || head.len() == object.len()
            || Lists::contains(&lists.line_suffixes, head)
            || Lists::contains(&lists.project_generic, object)
            || !object
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '(' | ')' | '“' | '”' | '*'))
            || !crate::names::balanced_quotes(object)
            // 国际化的中央商务区: a description; 一批文旅活动: a count.
            || object.contains('的')
            || leading_count(object) > 0
            || has_verb()
        {
            continue;
        }
        out.push(project_candidate(scan, start..title.end, 0.55));
    }
}

/// Whether `s` is one common word in jieba's dictionary (飞地, 一站式): in
/// quotes it is emphasis, not a name.
fn is_common_word(scan: &Scan, s: &str) -> bool {
    scan.res.word_tag(s, |t| matches!(t, "n" | "b" | "l"))
}

/// Whether the name part of a project holds something proper.
fn distinctive(scan: &Scan, span: std::ops::Range<usize>, _name: &str) -> bool {
    proper_parts(scan, span, |_| true)
}

/// Whether `span` holds a quoted name, a code (G60), a dictionary name of
/// two or more characters, or two adjacent place abbreviations (沪苏), counting
/// only the dictionary hits that `count` accepts.
fn proper_parts(
    scan: &Scan,
    span: std::ops::Range<usize>,
    count: impl Fn(&guihua_dict::Hit) -> bool,
) -> bool {
    let name = &scan.text()[span.clone()];
    // ***科创走廊: a masked run of three or more characters hides a proper
    // name (masked text stays as it is, docs/ANNOTATION.md).
    if has_proper_quotation(scan, name) || grid_label(name) || name.contains("***") {
        return true;
    }
    let b = name.as_bytes();
    if b.windows(2)
        .any(|w| w[0].is_ascii_uppercase() && w[1].is_ascii_alphanumeric())
    {
        return true;
    }
    let hits = scan.hits_in(&span);
    if hits.iter().any(|h| {
        count(h) && !is_abbr_hit(scan, h) && scan.text()[h.start..h.end].chars().nth(1).is_some()
    }) {
        return true;
    }
    hits.windows(2).any(|w| {
        w[0].end == w[1].start
            && is_abbr_hit(scan, &w[0])
            && is_abbr_hit(scan, &w[1])
            && !ordinary_word(scan, &scan.text()[w[0].start..w[1].end])
    })
        // An abbreviation after a cue names its place (临沪, 接沪), unless
        // the two make an ordinary word (联合).
        || hits.iter().any(|h| {
            is_abbr_hit(scan, h)
                && scan.res.lists.abbr_cues.iter().any(|c| {
                    scan.text()[..h.start].ends_with(c.as_str())
                        && h.start - c.len() >= span.start
                        && !ordinary_word(scan, &scan.text()[h.start - c.len()..h.end])
                })
        })
}

#[cfg(test)]
mod tests {
    use super::{leading_count, section_suffix};

    #[test]
    fn section_suffixes() {
        assert_eq!(section_suffix("二期建设"), "二期".len());
        assert_eq!(section_suffix("嘉浏段,"), "嘉浏段".len());
        assert_eq!(section_suffix("(嘉兴段)、"), "(嘉兴段)".len());
        assert_eq!(section_suffix("建设"), 0);
        assert_eq!(section_suffix("(嘉兴)"), 0);
        assert_eq!(section_suffix("延伸工程"), "延伸".len());
        assert_eq!(section_suffix("北部板块建设"), "北部板块".len());
        assert_eq!(leading_count("21个“万亩千亿”重大"), "21个".len());
        assert_eq!(leading_count("第二届长三角"), "第二届".len());
        assert_eq!(leading_count("第一"), 0);
        assert_eq!(section_suffix("(B型)建设"), "(B型)".len());
        assert_eq!(section_suffix("(*型)"), "(*型)".len());
        assert_eq!(section_suffix("(新型)"), 0);
        assert_eq!(leading_count("三大平台"), 0);
        assert_eq!(leading_count("G60科创"), 0);
    }
}
