//! `target`: quantitative goals with their deadline.

use super::{surface_norm, Recogniser};
use crate::candidate::Candidate;
use crate::context::DocContext;
use crate::lists::Lists;
use crate::scan::Scan;
use guihua_model::{Comparator, EntityType, TargetAttrs};
use std::ops::Range;

/// Finds targets: within a clause, an indicator, a comparator word, a value
/// (digits, a masked run such as `**` or `*.*`, a ratio such as 1.61:1, a
/// grade such as Ⅳ类, or 翻番/倍增) and its unit from `target_units.txt`, with
/// trailing 以上/以下/左右.
///
/// The span starts at the clause start after the deadline (到2025年) and
/// verbs of intent (力争); scope words (全市) stay in the span but not in the
/// indicator. The year is the deadline of the same sentence, else the
/// nearest earlier one in the paragraph. Left out: numbers followed by 年
/// (dates), numbers without unit or comparator (500千伏 inside a name, “1+8”),
/// Chinese-numeral counts (十大领域), and clauses reporting results (去年增长).
#[derive(Debug, Clone, Copy, Default)]
pub struct TargetRecogniser;

/// A deadline found in the text: its byte position and year (None if masked).
fn deadlines(text: &str, r: Range<usize>) -> Vec<(usize, Range<usize>, Option<i32>)> {
    let s = &text[r.clone()];
    let mut out = Vec::new();
    for (i, _) in s.match_indices('年') {
        let before = &s[..i];
        let digits: String = before
            .chars()
            .rev()
            .take_while(|c| c.is_ascii_digit() || *c == '*')
            .collect();
        if digits.chars().count() != 4 {
            continue;
        }
        let num_start = i - digits.len();
        let pre = &s[..num_start];
        let after = &s[i + '年'.len_utf8()..];
        let lead = ["到", "至", "在"].iter().find(|p| pre.ends_with(**p));
        let tail = ["底前", "年底", "底", "前", "末"]
            .iter()
            .find(|p| after.starts_with(**p));
        if lead.is_none() && tail.is_none() {
            continue;
        }
        if pre.ends_with('在') && tail.is_none() {
            continue;
        }
        let start = num_start - lead.map_or(0, |p| p.len());
        let end = i + '年'.len_utf8() + tail.map_or(0, |p| p.len());
        let year = digits.chars().rev().collect::<String>().parse().ok();
        out.push((r.start + start, r.start + start..r.start + end, year));
    }
    out
}

/// A value found at a byte position: its text, byte length, whether masked.
struct Value {
    range: Range<usize>,
    text: Option<String>,
    num: Option<f64>,
    masked: bool,
}

fn scan_value(s: &str, at: usize) -> Option<Value> {
    let rest = &s[at..];
    let len: usize = rest
        .char_indices()
        .take_while(|&(i, c)| {
            c.is_ascii_digit()
                || c == '*'
                || (c == '.'
                    && i > 0
                    && rest[i + 1..].starts_with(|d: char| d.is_ascii_digit() || d == '*'))
                || (c == ':' && i > 0 && rest[i + 1..].starts_with(|d: char| d.is_ascii_digit()))
        })
        .map(|(_, c)| c.len_utf8())
        .sum();
    if len == 0 {
        return None;
    }
    let raw = &rest[..len];
    let masked = raw.contains('*');
    if masked && !raw.chars().any(|c| c == '*') {
        return None;
    }
    let mut end = at + len;
    let mut text = raw.to_string();
    // 2.5万元: the magnitude belongs to the value; a masked value leaves it
    // to the unit (**亿美元 has unit 亿美元).
    for mag in ["万", "亿"] {
        if !masked && s[end..].starts_with(mag) {
            text.push_str(mag);
            end += mag.len();
        }
    }
    let num = if masked {
        None
    } else if let Some((a, b)) = raw.split_once(':') {
        match (a.parse::<f64>(), b.parse::<f64>()) {
            (Ok(a), Ok(b)) if b != 0.0 => Some(a / b),
            _ => None,
        }
    } else {
        let base: Option<f64> = raw.parse().ok();
        let factor = if text.ends_with('万') {
            1e4
        } else if text.ends_with('亿') {
            1e8
        } else {
            1.0
        };
        base.map(|b| b * factor)
    };
    Some(Value {
        range: at..end,
        text: (!masked).then_some(text),
        num,
        masked,
    })
}

impl Recogniser for TargetRecogniser {
    fn name(&self) -> &'static str {
        "target"
    }

    fn recognise(&self, scan: &Scan, ctx: &DocContext, out: &mut Vec<Candidate>) {
        let text = scan.text();
        let subject_norm = ctx.subject.map(|i| scan.res.dict.entry(i).name.clone());
        let mut para_deadline: (usize, Option<i32>) = (usize::MAX, None);
        for (si, sent) in scan.norm.sentences.iter().enumerate() {
            if scan.norm.is_boilerplate(sent.range.start) {
                continue;
            }
            if si == 0 || scan.norm.sentences[si - 1].block != sent.block {
                para_deadline = (usize::MAX, None);
            }
            let dls = deadlines(text, sent.range.clone());
            let s_year = dls.first().map(|d| d.2);
            let mut clause_start = sent.range.start;
            let s = &text[..sent.range.end];
            let mut b = sent.range.start;
            // After a goal in the sentence, its further clauses are goals
            // too, even without a comparator (…达到****亿元,累计实际使用外资**亿美元).
            let mut goal_sentence = false;
            while b < sent.range.end {
                let c = s[b..].chars().next().unwrap_or(' ');
                let at_break = matches!(c, ',' | '，' | ';' | '；' | '。' | '!' | '?')
                    || (c == ':' && !s[..b].ends_with(|d: char| d.is_ascii_digit()));
                if at_break {
                    clause_start = b + c.len_utf8();
                    b = clause_start;
                    continue;
                }
                let has_deadline =
                    !dls.is_empty() || para_deadline.0 != usize::MAX || goal_sentence;
                if let Some(found) =
                    self.target_at(scan, clause_start, b, sent.range.end, &dls, has_deadline)
                {
                    let (span, mut attrs) = found;
                    // Year: this sentence's deadline before the target, else its
                    // first, else the paragraph's.
                    let before = dls.iter().rev().find(|d| d.0 < span.start).map(|d| d.2);
                    attrs.year = before.or(s_year).unwrap_or(para_deadline.1);
                    let surface = &text[span.clone()];
                    if Lists::prefix_in(&scan.res.lists.target_scopes, surface).is_some() {
                        attrs.scope_norm = subject_norm.clone();
                    }
                    let mut cand = Candidate::new(
                        span.clone(),
                        EntityType::Target,
                        surface_norm(surface),
                        "target",
                    );
                    cand.confidence = 0.8;
                    cand.target = Some(attrs);
                    out.push(cand);
                    goal_sentence = true;
                    clause_start = span.end;
                    b = span.end;
                    continue;
                }
                b += c.len_utf8();
            }
            if let Some(d) = dls.last() {
                para_deadline = (d.0, d.2);
            }
        }
    }
}

impl TargetRecogniser {
    /// A target whose value starts at byte `b`, in the clause from `clause_start`.
    fn target_at(
        &self,
        scan: &Scan,
        clause_start: usize,
        b: usize,
        sent_end: usize,
        dls: &[(usize, Range<usize>, Option<i32>)],
        has_deadline: bool,
    ) -> Option<(Range<usize>, TargetAttrs)> {
        let text = &scan.text()[..sent_end];
        let lists = &scan.res.lists;
        let prev = text[..b].chars().next_back();
        if prev.is_some_and(|p| p.is_ascii_alphanumeric() || p == '.' || p == '*') {
            return None;
        }
        let (vrange, vtext, vnum, masked, unit) = if let Some(v) = scan_value(text, b) {
            let after = &text[v.range.end..];
            if after.starts_with('年')
                || after.starts_with('月')
                || after.starts_with('日')
                || after.starts_with('+')
            {
                return None;
            }
            let unit = Lists::prefix_in(&lists.target_units, after).map(str::to_string);
            let end = v.range.end + unit.as_deref().map_or(0, str::len);
            let ratio = v.text.as_deref().is_some_and(|t| t.contains(':'));
            if unit.is_none() && !ratio && !v.masked {
                return None;
            }
            // A value without unit (a ratio, a masked number) must follow a
            // comparator word: 缩小到1.61:1, 达到***; a lone mask is a masked word.
            if unit.is_none() {
                let verb = comparator_ends(lists, &text[..b]);
                // 突破**图像处理软件: a mask glued to a word that is neither
                // a unit nor a comparator hides part of that word.
                let masked_word = v.masked
                    && after.starts_with(char::is_alphabetic)
                    && !comparator_starts(lists, after);
                if !verb || masked_word {
                    return None;
                }
            }
            (v.range.start..end, v.text, v.num, v.masked, unit)
        } else {
            // Non-numeric goals: grades (Ⅳ类) and 翻番/倍增.
            let rest = &text[b..];
            if let Some(w) = ["翻番", "倍增"].into_iter().find(|w| rest.starts_with(w)) {
                (b..b + w.len(), Some(w.to_string()), None, false, None)
            } else {
                let grade: usize = rest
                    .chars()
                    .take_while(|c| ('Ⅰ'..='Ⅻ').contains(c))
                    .map(char::len_utf8)
                    .sum();
                if !rest[grade..].starts_with('类') {
                    return None;
                }
                // 稳定在类以上: the grade's numeral was masked away (a
                // masked value), known by the comparator words around 类.
                let masked = grade == 0;
                if masked
                    && !(["以上", "以下"]
                        .iter()
                        .any(|w| rest['类'.len_utf8()..].starts_with(w))
                        && comparator_ends(lists, &text[..b]))
                {
                    return None;
                }
                (
                    b..b + grade + '类'.len_utf8(),
                    (!masked).then(|| rest[..grade].to_string()),
                    None,
                    masked,
                    Some("类".to_string()),
                )
            }
        };
        // A value followed by 的 belongs to the indicator (达到Ⅲ类的比例).
        if text[vrange.end..].starts_with('的') {
            return None;
        }
        // Trailing comparator words.
        let mut end = vrange.end;
        let mut comparator = None;
        for w in ["以上", "以下", "以内", "左右"] {
            if text[end..].starts_with(w) {
                end += w.len();
                comparator = lists
                    .target_comparators
                    .iter()
                    .find(|(x, _)| x == w)
                    .map(|(_, c)| *c);
                break;
            }
        }
        // The span starts at the clause start, after deadline and intent verbs.
        let mut start = clause_start;
        for d in dls {
            if d.1.start >= start
                && d.1.start < vrange.start
                && text[start..d.1.start].trim().is_empty()
            {
                start = d.1.end;
            }
        }
        loop {
            let s = &text[start..vrange.start];
            let s_trim = s.trim_start_matches([' ', ',', '，']);
            start += s.len() - s_trim.len();
            match Lists::prefix_in(&lists.target_verbs, s_trim) {
                Some(v) => start += v.len(),
                None => break,
            }
        }
        if start >= vrange.start {
            return None;
        }
        let clause = &text[start..end];
        if lists
            .target_reported
            .iter()
            .any(|w| clause.contains(w.as_str()))
        {
            return None;
        }
        // The comparator word right before the value.
        let before_value = &text[start..vrange.start];
        let verb = lists
            .target_comparators
            .iter()
            .filter(|(w, _)| !matches!(w.as_str(), "以上" | "以下" | "以内" | "左右"))
            .find(|(w, _)| before_value.ends_with(w.as_str()));
        let mut ind_end = vrange.start - verb.map_or(0, |(w, _)| w.len());
        for v in &lists.target_verbs {
            if text[start..ind_end].ends_with(v.as_str()) {
                ind_end -= v.len();
            }
        }
        let mut ind_start = start;
        if let Some(sc) = Lists::prefix_in(&lists.target_scopes, &text[start..ind_end]) {
            ind_start += sc.len();
        }
        if ind_start >= ind_end {
            return None;
        }
        let indicator = surface_norm(&text[ind_start..ind_end]);
        let n = indicator.chars().count();
        if !(2..=40).contains(&n)
            || !indicator
                .chars()
                .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
        {
            return None;
        }
        if verb.is_none() && comparator.is_none() && !has_deadline {
            // A bare value with neither deadline nor comparator reports a fact.
            return None;
        }
        let span_text = &text[start..end];
        if span_text.matches(['(', '（']).count() != span_text.matches([')', '）']).count() {
            return None;
        }
        let comparator = comparator
            .or(verb.map(|(_, c)| *c))
            .unwrap_or(Comparator::Equal);
        Some((
            start..end,
            TargetAttrs {
                indicator,
                value: vtext,
                value_num: vnum,
                unit,
                comparator,
                year: None,
                masked,
                scope_norm: None,
            },
        ))
    }
}

/// Whether a word of `target_comparators.tsv` ends `s` (…达到 before a value).
fn comparator_ends(lists: &Lists, s: &str) -> bool {
    lists
        .target_comparators
        .iter()
        .any(|(w, _)| s.ends_with(w.as_str()))
}

/// Whether a word of `target_comparators.tsv` opens `s` (以上 after a value).
fn comparator_starts(lists: &Lists, s: &str) -> bool {
    lists
        .target_comparators
        .iter()
        .any(|(w, _)| s.starts_with(w.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deadlines_found_with_their_years() {
        let t = "到2025年,全市新增100公里;2021年底前完成;在2018年基础上翻番";
        let d = deadlines(t, 0..t.len());
        let years: Vec<_> = d.iter().map(|x| x.2).collect();
        assert_eq!(years, vec![Some(2025), Some(2021)]);
    }

    #[test]
    fn values_with_magnitudes_ratios_and_masks() {
        let v = scan_value("2.5万元", 0).unwrap();
        assert_eq!((v.text.as_deref(), v.num), (Some("2.5万"), Some(25000.0)));
        let v = scan_value("1.61:1,", 0).unwrap();
        assert_eq!(v.text.as_deref(), Some("1.61:1"));
        let v = scan_value("**亿美元", 0).unwrap();
        assert!(v.masked && v.text.is_none() && v.range == (0..2));
    }
}
