//! Document structure: blocks (paragraphs, headings, task items) and sentences.
//!
//! Every line of the normalised text is one block (blank lines are gone and
//! broken sentences rejoined by then). A block starting with an enumerator
//! gets the enumerator's level:
//!
//! | level | enumerator |
//! |---|---|
//! | 0 | `第X章`, `第X篇`, `第X编`, `第X部分` |
//! | 1 | `第X节` |
//! | 2 | `一、` `一.` |
//! | 3 | `(一)` |
//! | 4 | `1.` `1、` `*.` `**.` (masked number) |
//! | 5 | `(1)` |
//! | 6 | `①` `1)` |
//!
//! Levels 0–3 make a [`BlockKind::Heading`] when the line is short (≤ 40
//! chars) with no sentence end inside, otherwise an [`BlockKind::Item`];
//! levels 4–6 are always items. A line without enumerator is a heading when
//! it is short (≤ 30 chars) with no sentence end and no trailing `,:`, else a
//! paragraph. Such an unnumbered heading nests under the innermost numbered
//! heading (level = its level + 1) and is closed by the next heading.
//! `parent` is the innermost open heading or item of a lower level; a
//! paragraph's parent is the innermost open heading or item. Boilerplate
//! blocks have no parent and are nobody's parent.
//!
//! Sentences end after `。！？；!?;` together with any closing quotes or
//! brackets and further terminators right after it (`。”`, `。)`, `？！`), and
//! at the block end. So in `…平台。(市经信局牵头)` the lead-agency marker is
//! a sentence of its own in the same block, and `…(各有关区县牵头)。` keeps it
//! inside the sentence. Leading spaces are not part of a sentence.

use crate::normalise::is_terminal;
use std::ops::Range;

/// What a block of text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// A heading (`一、`, `第X章`, a short line without final punctuation).
    Heading,
    /// A numbered task item (`1.`, `(一)`, `（1）`, `**.`).
    Item,
    /// Running text.
    Paragraph,
    /// Site boilerplate (footers, navigation, ICP lines): later stages skip it.
    Boilerplate,
}

impl BlockKind {
    pub fn as_str(self) -> &'static str {
        match self {
            BlockKind::Heading => "heading",
            BlockKind::Item => "item",
            BlockKind::Paragraph => "paragraph",
            BlockKind::Boilerplate => "boilerplate",
        }
    }
}

/// A paragraph-level unit of the normalised text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// Byte range in the normalised text.
    pub range: Range<usize>,
    pub kind: BlockKind,
    /// Nesting level of headings and items (0 = top level).
    pub level: u8,
    /// The enclosing heading or item, if any.
    pub parent: Option<usize>,
}

/// A sentence: ends at 。！？；or a block end.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Byte range in the normalised text.
    pub range: Range<usize>,
    /// Index of the block it belongs to.
    pub block: usize,
}

fn is_numeral(c: char) -> bool {
    "一二三四五六七八九十百零〇两".contains(c)
}

fn is_open(c: char) -> bool {
    c == '(' || c == '（'
}

fn is_close(c: char) -> bool {
    c == ')' || c == '）'
}

/// Enumerator at the start of `s`: (level, byte length).
pub(crate) fn enumerator(s: &str) -> Option<(u8, usize)> {
    let cs: Vec<(usize, char)> = s.char_indices().take(8).collect();
    let c0 = cs.first()?.1;
    let at = |i: usize| cs.get(i).map(|x| x.1);
    let end = |i: usize| cs.get(i + 1).map_or(s.len(), |x| x.0);
    let digit = |c: char| c.is_ascii_digit() || ('０'..='９').contains(&c);
    // 第X章 / 第X节
    if c0 == '第' {
        let mut i = 1;
        while at(i).is_some_and(|c| is_numeral(c) || digit(c)) && i < 5 {
            i += 1;
        }
        if i > 1 {
            match at(i)? {
                '章' | '篇' | '编' | '編' => return Some((0, end(i))),
                '节' | '節' => return Some((1, end(i))),
                '部' if at(i + 1) == Some('分') => return Some((0, end(i + 1))),
                _ => {}
            }
        }
        return None;
    }
    // 一、
    if is_numeral(c0) {
        let mut i = 1;
        while at(i).is_some_and(is_numeral) && i < 4 {
            i += 1;
        }
        return matches!(at(i)?, '、' | '.' | '．').then(|| (2, end(i)));
    }
    // (一) (1) and 1) 1. 1、 *.
    if is_open(c0) {
        let c1 = at(1)?;
        let mut i = 1;
        if is_numeral(c1) {
            while at(i).is_some_and(is_numeral) && i < 4 {
                i += 1;
            }
            return at(i).is_some_and(is_close).then(|| (3, end(i)));
        }
        if digit(c1) {
            while at(i).is_some_and(digit) && i < 3 {
                i += 1;
            }
            return at(i).is_some_and(is_close).then(|| (5, end(i)));
        }
        return None;
    }
    if digit(c0) || c0 == '*' || c0 == '＊' {
        let star = !digit(c0);
        let mut i = 1;
        while at(i).is_some_and(|c| {
            if star {
                c == '*' || c == '＊'
            } else {
                digit(c)
            }
        }) && i < 3
        {
            i += 1;
        }
        let next_ok = |j: usize| at(j).is_none_or(|c| !digit(c) && c != '*' && c != '＊');
        return match at(i)? {
            '.' | '．' | '、' if next_ok(i + 1) => Some((4, end(i))),
            ')' | '）' if !star => Some((6, end(i))),
            _ => None,
        };
    }
    if ('①'..='⑳').contains(&c0) {
        return Some((6, end(0)));
    }
    None
}

/// Splits normalised text into blocks (one per line) and sentences;
/// `boiler[i]` says whether line `i` is boilerplate.
pub(crate) fn segment(text: &str, boiler: &[bool]) -> (Vec<Block>, Vec<Sentence>) {
    let mut blocks: Vec<Block> = Vec::new();
    let mut sentences = Vec::new();
    // Open headings and items: (level, block index, numbered).
    let mut stack: Vec<(u8, usize, bool)> = Vec::new();
    let mut pos = 0;
    for (li, line) in text.split('\n').enumerate() {
        let start = pos;
        pos += line.len() + 1;
        if line.is_empty() {
            continue;
        }
        let bi = blocks.len();
        let range = start..start + line.len();
        let (kind, level, parent) = if boiler.get(li).copied().unwrap_or(false) {
            (BlockKind::Boilerplate, 0, None)
        } else {
            let n_chars = line.chars().count();
            let has_terminal = line.chars().any(is_terminal);
            if let Some((lv, _)) = enumerator(line) {
                while stack.last().is_some_and(|t| t.0 >= lv || !t.2) {
                    stack.pop();
                }
                let parent = stack.last().map(|t| t.1);
                stack.push((lv, bi, true));
                let kind = if lv <= 3 && n_chars <= 40 && !has_terminal {
                    BlockKind::Heading
                } else {
                    BlockKind::Item
                };
                (kind, lv, parent)
            } else if n_chars <= 30 && !has_terminal && !line.ends_with([',', ':', '，', '：']) {
                while stack
                    .last()
                    .is_some_and(|t| !t.2 || blocks[t.1].kind == BlockKind::Item)
                {
                    stack.pop();
                }
                let parent = stack.last().map(|t| t.1);
                let lv = stack.last().map_or(0, |t| t.0.saturating_add(1));
                stack.push((lv, bi, false));
                (BlockKind::Heading, lv, parent)
            } else {
                let parent = stack.last().map(|t| t.1);
                let lv = stack.last().map_or(0, |t| t.0.saturating_add(1));
                (BlockKind::Paragraph, lv, parent)
            }
        };
        blocks.push(Block {
            range: range.clone(),
            kind,
            level,
            parent,
        });
        split_sentences(text, range, bi, &mut sentences);
    }
    (blocks, sentences)
}

fn is_closing(c: char) -> bool {
    matches!(
        c,
        '”' | '’' | '」' | '』' | ')' | '）' | '】' | '》' | '〉' | '"' | '\''
    )
}

fn split_sentences(text: &str, range: Range<usize>, block: usize, out: &mut Vec<Sentence>) {
    let body = &text[range.clone()];
    let base = range.start;
    let mut s: Option<usize> = None;
    let mut it = body.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if s.is_none() {
            if c == ' ' {
                continue;
            }
            s = Some(i);
        }
        if is_terminal(c) {
            let mut e = i + c.len_utf8();
            while let Some(&(j, d)) = it.peek() {
                if is_terminal(d) || is_closing(d) {
                    e = j + d.len_utf8();
                    it.next();
                } else {
                    break;
                }
            }
            let st = s.take().unwrap_or(i);
            out.push(Sentence {
                range: base + st..base + e,
                block,
            });
        }
    }
    if let Some(st) = s {
        let end = body.trim_end_matches(' ').len();
        if st < end {
            out.push(Sentence {
                range: base + st..base + end,
                block,
            });
        }
    }
}

/// Byte ranges of masked runs: `*`/`＊` always, `×` unless it stands alone
/// between two Latin letters or digits (a multiplication sign).
pub(crate) fn find_masks(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        // '*' is 0x2A; '＊' is EF BC 8A; '×' is C3 97.
        let is_mask_at = |k: usize| -> usize {
            match b[k] {
                b'*' => 1,
                0xEF if b.get(k + 1) == Some(&0xBC) && b.get(k + 2) == Some(&0x8A) => 3,
                0xC3 if b.get(k + 1) == Some(&0x97) => 2,
                _ => 0,
            }
        };
        let n = is_mask_at(i);
        if n == 0 {
            i += 1;
            continue;
        }
        let start = i;
        let mut only_times = b[i] == 0xC3;
        let mut count = 0;
        loop {
            let n = if i < b.len() { is_mask_at(i) } else { 0 };
            if n == 0 {
                break;
            }
            only_times &= b[i] == 0xC3;
            count += 1;
            i += n;
        }
        if only_times && count == 1 {
            let before = text[..start].chars().next_back();
            let after = text[i..].chars().next();
            let alnum = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
            if alnum(before) && alnum(after) {
                continue;
            }
        }
        out.push(start..i);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn enumerators() {
        assert_eq!(enumerator("第四章 加强").map(|x| x.0), Some(0));
        assert_eq!(enumerator("第四节 推进").map(|x| x.0), Some(1));
        assert_eq!(enumerator("一、总体要求").map(|x| x.0), Some(2));
        assert_eq!(enumerator("(一)指导思想").map(|x| x.0), Some(3));
        assert_eq!(enumerator("（二）原则").map(|x| x.0), Some(3));
        assert_eq!(enumerator("1.坚持").map(|x| x.0), Some(4));
        assert_eq!(enumerator("12、坚持").map(|x| x.0), Some(4));
        assert_eq!(enumerator("**.推进媒体").map(|x| x.0), Some(4));
        assert_eq!(enumerator("*.开展").map(|x| x.0), Some(4));
        assert_eq!(enumerator("(1)建设").map(|x| x.0), Some(5));
        assert_eq!(enumerator("①建设").map(|x| x.0), Some(6));
        assert_eq!(enumerator("2025年"), None);
        assert_eq!(enumerator("1.5亿元"), None);
        assert_eq!(enumerator("十四五时期"), None);
        assert_eq!(enumerator("*+*+*"), None);
        assert_eq!(enumerator("(市经信局牵头)"), None);
    }

    #[test]
    fn nesting_and_sentences() {
        let t = "一、总体要求\n(一)指导思想\n1.建设平台。推进工作。(市经信局牵头)\n(1)细化。\n2.第二项。\n二、保障";
        let (b, s) = segment(t, &[]);
        let kinds: Vec<_> = b.iter().map(|x| (x.kind, x.level, x.parent)).collect();
        assert_eq!(
            kinds,
            vec![
                (BlockKind::Heading, 2, None),
                (BlockKind::Heading, 3, Some(0)),
                (BlockKind::Item, 4, Some(1)),
                (BlockKind::Item, 5, Some(2)),
                (BlockKind::Item, 4, Some(1)),
                (BlockKind::Heading, 2, None),
            ]
        );
        let texts: Vec<&str> = s
            .iter()
            .filter(|x| x.block == 2)
            .map(|x| &t[x.range.clone()])
            .collect();
        assert_eq!(texts, vec!["1.建设平台。", "推进工作。", "(市经信局牵头)"]);
    }

    #[test]
    fn closing_quote_stays() {
        let t = "他说“发展。”然后走了";
        let (_, s) = segment(t, &[]);
        assert_eq!(&t[s[0].range.clone()], "他说“发展。”");
    }

    #[test]
    fn masks() {
        let t = "比重达到**%,长三角***科创走廊,3×4,××局";
        let m = find_masks(t);
        let got: Vec<&str> = m.iter().map(|r| &t[r.clone()]).collect();
        assert_eq!(got, vec!["**", "***", "××"]);
    }
}
