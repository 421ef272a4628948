//! `project`: a distinctive name plus a project head.

use super::{extend_name_left, is_abbr_hit, surface_norm, Recogniser};
use crate::candidate::Candidate;
use crate::context::DocContext;
use crate::lists::Lists;
use crate::names::{balanced_quotes, inside_title};
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
    // (X段) or X段 with 1..4 name characters.
    let (open, rest) = match it.next() {
        Some((_, '(' | '（')) => (true, &s[1 + usize::from(s.starts_with('（')) * 2..]),
        _ => (false, s),
    };
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

    fn recognise(&self, scan: &Scan, _ctx: &DocContext, out: &mut Vec<Candidate>) {
        let text = scan.text();
        let lists = &scan.res.lists;
        for m in scan.res.project_heads.find_iter(text) {
            if scan.norm.is_boilerplate(m.start()) {
                continue;
            }
            let start = extend_name_left(scan, m.start(), 24);
            if start >= m.start() {
                continue;
            }
            let end = m.end() + section_suffix(&text[m.end()..]);
            let name = &text[start..m.start()];
            let whole = &text[start..end];
            if inside_title(text, start)
                || !balanced_quotes(whole)
                || head_inside_place(scan, m.start())
            {
                continue;
            }
            if Lists::contains(&lists.project_generic, whole)
                || !distinctive(scan, start..m.start(), name)
            {
                continue;
            }
            let mut c = Candidate::new(
                start..end,
                EntityType::Project,
                surface_norm(whole),
                "project",
            );
            c.entity_id = Some(format!("project:{}", c.norm));
            c.confidence = 0.7;
            out.push(c);
        }
    }
}

/// Whether the head at byte `b` is the end of a place name (桥 in 花桥).
fn head_inside_place(scan: &Scan, b: usize) -> bool {
    let i = scan.hits.partition_point(|h| h.end <= b);
    scan.hits
        .get(i)
        .is_some_and(|h| h.start < b && !super::entries_of(scan, h, EntityType::Place).is_empty())
}

/// Whether the name part of a project holds something proper.
fn distinctive(scan: &Scan, span: std::ops::Range<usize>, name: &str) -> bool {
    if name.contains('“') && name.contains('”') {
        return true;
    }
    let b = name.as_bytes();
    if b.windows(2)
        .any(|w| w[0].is_ascii_uppercase() && w[1].is_ascii_alphanumeric())
    {
        return true;
    }
    let hits = scan.hits_in(&span);
    if hits
        .iter()
        .any(|h| !is_abbr_hit(scan, h) && scan.text()[h.start..h.end].chars().count() >= 2)
    {
        return true;
    }
    hits.windows(2)
        .any(|w| w[0].end == w[1].start && is_abbr_hit(scan, &w[0]) && is_abbr_hit(scan, &w[1]))
}

#[cfg(test)]
mod tests {
    use super::section_suffix;

    #[test]
    fn section_suffixes() {
        assert_eq!(section_suffix("二期建设"), "二期".len());
        assert_eq!(section_suffix("嘉浏段,"), "嘉浏段".len());
        assert_eq!(section_suffix("(嘉兴段)、"), "(嘉兴段)".len());
        assert_eq!(section_suffix("建设"), 0);
        assert_eq!(section_suffix("(嘉兴)"), 0);
    }
}
