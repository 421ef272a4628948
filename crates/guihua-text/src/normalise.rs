//! Normalisation: original text → [`NormText`].
//!
//! One pass over the original, line by line:
//! 1. every raw line is classified (blank, continuation marker, boilerplate,
//!    enumerated, short heading-like, its first and last character);
//! 2. raw lines are grouped into logical lines: a line that does not end a
//!    sentence is joined with the next non-blank line when that one continues
//!    it (see [`Normaliser`] for the rule);
//! 3. the characters of each logical line are cleaned (continuation markers and
//!    pinyin glosses dropped, full width → half width, white space collapsed
//!    and trimmed) straight into the output text and its [`OffsetMap`];
//! 4. a logical line holding a traditional-only character is converted to
//!    simplified (OpenCC `tw2sp`) in place, its offsets carried through;
//! 5. logical lines are separated by one `\n`; blank lines disappear.
//!
//! Structure (blocks, sentences) and masked runs are then found on the
//! output text.

use crate::convert::Converter;
use crate::offsets::{OffsetMap, OffsetMapBuilder};
use crate::structure::{find_masks, segment, Block, Sentence};
use std::ops::Range;
use std::sync::Arc;

/// The script of a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Script {
    Hans,
    Hant,
    Mixed,
}

impl Script {
    pub fn as_str(self) -> &'static str {
        match self {
            Script::Hans => "hans",
            Script::Hant => "hant",
            Script::Mixed => "mixed",
        }
    }

    /// The script of a text with `trad` traditional-only and `simp`
    /// simplified-only characters: below 5 % of either it counts as the other.
    pub fn from_counts(trad: usize, simp: usize) -> Script {
        let total = trad + simp;
        if total == 0 || trad * 20 < total {
            Script::Hans
        } else if simp * 20 < total {
            Script::Hant
        } else {
            Script::Mixed
        }
    }
}

/// Which normalisation steps run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NormOptions {
    /// Convert lines holding traditional-only characters to simplified.
    pub to_simplified: bool,
    /// Rejoin sentences broken across line breaks and blank lines.
    pub join_broken_lines: bool,
    /// Mark site boilerplate lines as [`crate::BlockKind::Boilerplate`].
    pub mark_boilerplate: bool,
    /// Drop inline pinyin glosses: `一(yī)體(tǐ)化` → `一體化`.
    pub strip_pinyin: bool,
    /// Full-width ASCII-range characters to ASCII, odd spaces to ` `.
    pub half_width: bool,
    /// Apply guihua's Taiwan vocabulary overrides on top of OpenCC `tw2sp`
    /// (`data/guihua-tw-phrases.txt` adds 航空航太 → 航空航天,
    /// `data/guihua-tw-keep.txt` keeps 核心, 建立, 裝置 … from being
    /// rewritten). Off: exactly OpenCC `tw2sp`.
    pub taiwan_overrides: bool,
}

impl Default for NormOptions {
    fn default() -> Self {
        NormOptions {
            to_simplified: true,
            join_broken_lines: true,
            mark_boilerplate: true,
            strip_pinyin: true,
            half_width: true,
            taiwan_overrides: true,
        }
    }
}

/// Normalised text with its structure and its way back to the original.
#[derive(Debug, Clone)]
pub struct NormText {
    /// The normalised text every later stage reads.
    pub text: String,
    /// From `text` byte offsets to original code points.
    pub map: OffsetMap,
    pub blocks: Vec<Block>,
    pub sentences: Vec<Sentence>,
    /// Byte ranges of masked runs (`*`, `＊`, `×`) in `text`.
    pub masked: Vec<Range<usize>>,
    pub script: Script,
}

impl NormText {
    /// Original code point range of normalised byte range `r`.
    pub fn to_original(&self, r: Range<usize>) -> Range<usize> {
        self.map.to_original(r)
    }

    /// Index of the sentence containing normalised byte `b`.
    pub fn sentence_at(&self, b: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.range.end <= b);
        (i < self.sentences.len() && self.sentences[i].range.start <= b).then_some(i)
    }

    /// Index of the block containing normalised byte `b`.
    pub fn block_at(&self, b: usize) -> Option<usize> {
        let i = self.blocks.partition_point(|bl| bl.range.end <= b);
        (i < self.blocks.len() && self.blocks[i].range.start <= b).then_some(i)
    }

    /// The title of numbered heading or item `block`: its first sentence
    /// after the enumerator, without the terminator (`**.建设高质量外资集聚先行区。…`
    /// → 建设高质量外资集聚先行区). `None` for other blocks.
    pub fn title_of(&self, block: usize) -> Option<Range<usize>> {
        let block = self.blocks.get(block)?;
        if !matches!(
            block.kind,
            crate::BlockKind::Heading | crate::BlockKind::Item
        ) {
            return None;
        }
        let line = &self.text[block.range.clone()];
        let lead = line.len() - line.trim_start().len();
        let (_, n) = enumerator(&line[lead..])?;
        let start = block.range.start + lead + n;
        let start = start + (self.text[start..].len() - self.text[start..].trim_start().len());
        let sentence = &self.sentences[self.sentence_at(start)?];
        let body = self.text[start..sentence.range.end].trim_end_matches(is_terminal);
        (!body.is_empty()).then(|| start..start + body.len())
    }

    /// Whether normalised byte `b` lies in a boilerplate block.
    pub fn is_boilerplate(&self, b: usize) -> bool {
        self.block_at(b)
            .is_some_and(|i| self.blocks[i].kind == crate::BlockKind::Boilerplate)
    }

    /// Whether normalised byte `b` lies in a masked run.
    pub fn is_masked(&self, b: usize) -> bool {
        let i = self.masked.partition_point(|r| r.end <= b);
        i < self.masked.len() && self.masked[i].start <= b
    }

    /// The chain of enclosing headings and items of block `i`, innermost
    /// first (the block itself excluded).
    pub fn ancestors(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        std::iter::successors(self.blocks.get(i).and_then(|b| b.parent), move |&p| {
            self.blocks[p].parent
        })
    }
}

/// Runs the configured normalisation steps. Build once (it holds the OpenCC
/// dictionaries), share across threads through `&self`.
///
/// Line joining: a raw line is joined with the next non-blank line when the
/// first is not boilerplate, is long (at least 8 chars with a sentence end
/// inside, or at least 50 chars), and ends in an ideograph, a Latin letter or
/// digit, or `，,、“《(`; and the second is not boilerplate, not enumerated
/// (`一、`, `(一)`, `第X章`, `1.`, `*.`…) and starts with an ideograph or `，、”`.
/// Blank lines and page continuation markers between them are dropped too.
#[derive(Debug, Clone)]
pub struct Normaliser {
    opts: NormOptions,
    conv: Arc<Converter>,
}

/// What a raw line of the original is.
#[derive(Debug, Clone, Copy)]
struct RawLine {
    /// Byte range of the trimmed content.
    start: usize,
    end: usize,
    /// Code point index of `start`.
    cp: u32,
    /// Code point index of the line break that precedes the line.
    brk: u32,
    blank: bool,
    boiler: bool,
    /// Can be joined with the next line.
    open_end: bool,
    /// Can continue the previous line.
    cont_start: bool,
}

impl Normaliser {
    pub fn new(opts: NormOptions) -> Normaliser {
        let conv = Arc::new(Converter::tw2sp(opts.taiwan_overrides));
        Normaliser { opts, conv }
    }

    pub fn options(&self) -> &NormOptions {
        &self.opts
    }

    /// Converts traditional script to simplified with OpenCC `tw2sp` (and
    /// guihua's Taiwan phrase additions), unconditionally, without offsets.
    pub fn to_simplified(&self, s: &str) -> String {
        self.conv.convert_str(s)
    }

    /// Whether `c` occurs only in traditional script.
    pub fn is_traditional_only(&self, c: char) -> bool {
        self.conv.is_trad_only(c)
    }

    /// Normalises the decoded original text.
    pub fn normalise(&self, original: &str) -> NormText {
        let (lines, orig_chars, trad, simp) = self.raw_lines(original);
        let script = Script::from_counts(trad, simp);
        let mut st = State {
            text: String::with_capacity(original.len()),
            map: OffsetMap::builder(orig_chars),
            // A simplified document is never converted: stray traditional
            // characters in it stay as written.
            convert: self.opts.to_simplified && script != Script::Hans,
            boiler: Vec::new(),
            a: Vec::new(),
            b: Vec::new(),
        };
        st.map.reserve(original.len() / 2);

        let mut i = 0;
        while i < lines.len() {
            if lines[i].blank {
                i += 1;
                continue;
            }
            // The group of raw lines making one logical line.
            let mut group_end = i + 1;
            let mut last = i;
            if self.opts.join_broken_lines {
                while lines[last].open_end {
                    let mut j = last + 1;
                    while j < lines.len() && lines[j].blank {
                        j += 1;
                    }
                    if j < lines.len() && lines[j].cont_start {
                        last = j;
                        group_end = j + 1;
                    } else {
                        break;
                    }
                }
            }
            self.logical_line(original, &lines[i..group_end], &mut st);
            i = group_end;
        }
        let map = st.map.finish();
        let text = st.text;
        let (blocks, sentences) = segment(&text, &st.boiler);
        let masked = find_masks(&text);
        NormText {
            text,
            map,
            blocks,
            sentences,
            masked,
            script,
        }
    }

    /// Splits and classifies the raw lines of `original`.
    fn raw_lines(&self, original: &str) -> (Vec<RawLine>, usize, usize, usize) {
        let mut out = Vec::with_capacity(original.len() / 64 + 1);
        let mut pos = 0usize;
        let mut cp = 0u32;
        let (mut trad, mut simp) = (0usize, 0usize);
        let mut scratch = String::new();
        for piece in original.split_inclusive('\n') {
            let body_len = piece.trim_end_matches(['\n', '\r']).len();
            let body = &piece[..body_len];
            let lead = body.len() - body.trim_start_matches(is_space).len();
            let content = body.trim_matches(is_space);
            let lead_chars = body[..lead].chars().count() as u32;
            let start = pos + lead;
            let c_cp = cp + lead_chars;
            let mut n_chars = 0;
            for c in content.chars() {
                n_chars += 1;
                if (c as u32) >= 0x2E80 {
                    if self.conv.is_trad_only(c) {
                        trad += 1;
                    } else if self.conv.is_simp_only(c) {
                        simp += 1;
                    }
                }
            }
            let mut l = RawLine {
                start,
                end: start + content.len(),
                cp: c_cp,
                brk: cp.saturating_sub(1),
                blank: content.is_empty() || is_only_markers(content),
                boiler: false,
                open_end: false,
                cont_start: false,
            };
            if !l.blank {
                if self.opts.mark_boilerplate && n_chars <= 160 {
                    l.boiler = self.is_boilerplate_line(content, &mut scratch);
                }
                let body = strip_trailing_markers(content);
                let has_terminal = body.chars().any(is_terminal);
                let last = body.chars().next_back();
                let first = body.chars().next();
                let n = body.chars().count();
                l.open_end = !l.boiler
                    && ((has_terminal && n >= 8) || n >= 50)
                    && last.is_some_and(|c| {
                        is_ideograph(c) || c.is_ascii_alphanumeric() || "，,、“《(（".contains(c)
                    });
                l.cont_start = !l.boiler
                    && enumerator(body).is_none()
                    && first.is_some_and(|c| {
                        (is_ideograph(c) && !is_cjk_numeral(c)) || "，、”".contains(c)
                    });
            }
            out.push(l);
            cp += piece.chars().count() as u32;
            pos += piece.len();
        }
        (out, cp as usize, trad, simp)
    }

    fn is_boilerplate_line(&self, content: &str, scratch: &mut String) -> bool {
        scratch.clear();
        for c in content.chars() {
            let c = half_width(c).unwrap_or(' ');
            scratch.push(self.conv.simplify_char(c).to_ascii_lowercase());
        }
        is_boilerplate_text(scratch)
    }

    /// Cleans (and converts) one logical line into the output.
    fn logical_line(&self, original: &str, group: &[RawLine], st: &mut State) {
        let line_byte = st.text.len();
        let line_char = st.map.len();
        let mut has_trad = false;
        let mut pending_space: Option<u32> = None;
        let mut emitted = false;
        let mut last_out: Option<char> = None;
        for (gi, l) in group.iter().enumerate() {
            if gi > 0 {
                // Joined: a space only between two Latin letters or digits.
                let next = original[l.start..l.end].chars().next();
                if last_out.is_some_and(|c| c.is_ascii_alphanumeric())
                    && next.is_some_and(|c| c.is_ascii_alphanumeric())
                {
                    pending_space = Some(l.brk);
                }
            }
            if l.blank {
                continue;
            }
            let s = &original[l.start..l.end];
            let mut cp = l.cp;
            let mut it = s.char_indices();
            while let Some((bi, c)) = it.next() {
                if c == '(' || c == '（' {
                    let rest = &s[bi..];
                    let skip = marker_len(rest).or_else(|| {
                        (self.opts.strip_pinyin && last_out.is_some_and(is_ideograph))
                            .then(|| gloss_len(rest))
                            .flatten()
                    });
                    if let Some(n) = skip {
                        let skipped = &rest[..n];
                        cp += skipped.chars().count() as u32;
                        for _ in skipped.chars().skip(1) {
                            it.next();
                        }
                        continue;
                    }
                }
                let mapped = if self.opts.half_width {
                    half_width(c)
                } else {
                    Some(c).filter(|&c| c != '\u{feff}' && c != '\u{200b}')
                };
                let here = cp;
                cp += 1;
                let Some(m) = mapped else { continue };
                if m.is_whitespace() || m.is_control() {
                    if emitted {
                        pending_space.get_or_insert(here);
                    }
                    continue;
                }
                if !emitted {
                    emitted = true;
                    if !st.text.is_empty() {
                        st.text.push('\n');
                        st.map.push_raw(1, (l.brk, l.brk + 1));
                    }
                    st.boiler.push(l.boiler);
                }
                if let Some(p) = pending_space.take() {
                    st.text.push(' ');
                    st.map.push_raw(1, (p, p + 1));
                }
                if st.convert && (m as u32) >= 0x2E80 && self.conv.is_trad_only(m) {
                    has_trad = true;
                }
                st.text.push(m);
                st.map.push_raw(m.len_utf8() as u32, (here, here + 1));
                last_out = Some(m);
            }
        }
        if has_trad {
            // The line starts after its separating '\n' (if any).
            let (from_byte, from_char) = if line_byte > 0 {
                (line_byte + 1, line_char + 1)
            } else {
                (line_byte, line_char)
            };
            st.a.clear();
            for (k, c) in st.text[from_byte..].chars().enumerate() {
                let (a, b) = st.map.orig_at(from_char + k);
                st.a.push((c, a, b));
            }
            self.conv.convert(&mut st.a, &mut st.b);
            st.text.truncate(from_byte);
            st.map.truncate(from_char);
            for &(c, a, b) in &st.a {
                st.text.push(c);
                st.map.push_raw(c.len_utf8() as u32, (a, b));
            }
        }
    }
}

struct State {
    text: String,
    map: OffsetMapBuilder,
    /// Whether lines holding traditional characters are converted.
    convert: bool,
    /// Boilerplate flag of each output line.
    boiler: Vec<bool>,
    a: Vec<(char, u32, u32)>,
    b: Vec<(char, u32, u32)>,
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}' || c == '\u{200b}'
}

/// Full width → half width for the ASCII range (NFKC for those), odd
/// spaces → ' ', zero-width characters dropped (`None`).
#[inline]
pub(crate) fn half_width(c: char) -> Option<char> {
    let u = c as u32;
    Some(match u {
        0xFF01..=0xFF5E => char::from_u32(u - 0xFEE0).unwrap_or(c),
        0x3000 | 0x00A0 | 0x2000..=0x200A | 0x202F | 0x205F => ' ',
        0x200B | 0xFEFF | 0x200C | 0x200D | 0x2060 => return None,
        0xFFE0 => '¢',
        0xFFE1 => '£',
        0xFFE2 => '¬',
        0xFFE3 => '¯',
        0xFFE4 => '¦',
        0xFFE5 => '¥',
        0xFFE6 => '₩',
        _ => c,
    })
}

#[inline]
pub(crate) fn is_ideograph(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
}

fn is_cjk_numeral(c: char) -> bool {
    "一二三四五六七八九十百零〇两".contains(c)
}

#[inline]
pub(crate) fn is_terminal(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '；' | '!' | '?' | ';')
}

/// Byte length of a page continuation marker `（上接第三版）` / `(下转第五版)`
/// at the start of `s`.
fn marker_len(s: &str) -> Option<usize> {
    let mut it = s.char_indices();
    let (_, open) = it.next()?;
    if open != '(' && open != '（' {
        return None;
    }
    let mut state = 0; // 0: want 上/下, 1: want 接/转, 2: 第 or digits, 3: digits, 4: 版 seen
    let mut digits = 0;
    for (i, c) in it {
        if c == ' ' || c == '\u{3000}' {
            continue;
        }
        match state {
            0 if c == '上' || c == '下' => state = 1,
            1 if "接转轉續续".contains(c) => state = 2,
            2 if c == '第' => state = 3,
            2 | 3 if c.is_ascii_digit() || is_cjk_numeral(c) || ('０'..='９').contains(&c) => {
                digits += 1;
                state = 3;
            }
            3 if c == '版' && digits > 0 => state = 4,
            4 if c == ')' || c == '）' => return Some(i + c.len_utf8()),
            _ => return None,
        }
        if i > 40 {
            return None;
        }
    }
    None
}

fn is_only_markers(s: &str) -> bool {
    let mut rest = s.trim_matches(is_space);
    if rest.is_empty() {
        return false;
    }
    while !rest.is_empty() {
        match marker_len(rest) {
            Some(n) => rest = rest[n..].trim_start_matches(is_space),
            None => return false,
        }
    }
    true
}

/// `s` without continuation markers at its end.
fn strip_trailing_markers(s: &str) -> &str {
    let mut s = s;
    loop {
        let Some(p) = s.rfind(['(', '（']) else {
            return s;
        };
        match marker_len(&s[p..]) {
            Some(n) if p + n == s.len() => s = s[..p].trim_end_matches(is_space),
            _ => return s,
        }
    }
}

const TONED: &str = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ";

/// Byte length of a pinyin gloss `(yī)` at the start of `s` (after an
/// ideograph): 1–7 lowercase pinyin letters with a tone mark, or toneless
/// when another gloss follows the next ideograph.
fn gloss_len(s: &str) -> Option<usize> {
    let mut it = s.char_indices();
    let (_, open) = it.next()?;
    let close_for = if open == '(' { ')' } else { '）' };
    let mut n = 0;
    let mut toned = false;
    for (i, c) in it {
        if c == close_for || (c == ')' || c == '）') {
            if n == 0 {
                return None;
            }
            let end = i + c.len_utf8();
            if toned {
                return Some(end);
            }
            // Toneless (neutral tone): only inside a run of glosses.
            let mut after = s[end..].chars();
            let ideo = after.next().filter(|&c| is_ideograph(c))?;
            let ok = after.next().is_some_and(|c| c == '(' || c == '（')
                && gloss_len(&s[end + ideo.len_utf8()..]).is_some();
            return ok.then_some(end);
        }
        if c.is_ascii_lowercase() || c == 'ü' {
            n += 1;
        } else if TONED.contains(c) {
            n += 1;
            toned = true;
        } else {
            return None;
        }
        if n > 7 {
            return None;
        }
    }
    None
}

/// Enumerator at the start of a line: its nesting level (see
/// [`crate::structure`]) and byte length.
pub(crate) fn enumerator(s: &str) -> Option<(u8, usize)> {
    crate::structure::enumerator(s)
}

const BOILERPLATE: &[&str] = &[
    "版权所有",
    "版权归",
    "copyright",
    "all rights reserved",
    "©",
    "icp",
    "公网安备",
    "网安备",
    "许可证",
    "责任编辑",
    "编辑:",
    "微信客服",
    "公众号",
    "小程序",
    "扫一扫",
    "扫码",
    "关注我们",
    "联系我们",
    "关于我们",
    "网站地图",
    "主办单位",
    "承办单位",
    "技术支持",
    "网站无障碍",
    "无障碍浏览",
    "长按保存",
    "电子邮件",
    "电子邮箱",
    "e-mail",
    "email:",
    "联系电话",
    "电话:",
    "传真:",
    "地址:",
    "邮编:",
    "邮 编",
    "分享到",
    "打印本页",
    "关闭窗口",
    "返回顶部",
    "上一篇",
    "下一篇",
    "浏览次数",
    "【打印】",
    "【关闭】",
    "即时资讯",
    "广告合作",
    "权责申明",
    "免责声明",
    // Document metadata tables of government portals (not 发布机构: the
    // tagger reads the issuers there).
    "索引号",
    "成文日期",
    "公开方式",
    "公开时限",
    "文件编号",
    "发布日期",
    "内容综合自",
];

/// Whether a (char-simplified, half-width, lower-cased) short line is site
/// boilerplate.
fn is_boilerplate_text(s: &str) -> bool {
    // The issuers' line stays text even inside a metadata table.
    if s.contains('。') || s.contains("发布机构") {
        return false;
    }
    let t = s.trim();
    if t.starts_with("来源:") || t.starts_with("来源 :") || t.starts_with("(责任编辑") {
        return true;
    }
    if BOILERPLATE.iter().any(|p| t.contains(p)) {
        return true;
    }
    // "邮       编:100015": letters spread by spaces.
    let squeezed: String = t.chars().filter(|c| *c != ' ').collect();
    squeezed.starts_with("邮编:") || squeezed.starts_with("地址:") || is_breadcrumb(t)
}

/// A navigation trail: a short line of short segments joined by `/`
/// (浙江/湖州 招标采购, 首页/政务公开/规划信息).
fn is_breadcrumb(t: &str) -> bool {
    // 浙江/湖州-2025-07-04 00:00:00: a portal's trail may end in the
    // publication date and time.
    let t = strip_trailing_timestamp(t);
    let segments: Vec<&str> = t.split('/').collect();
    t.chars().count() <= 40
        && segments.len() >= 2
        && !t.contains(['，', ',', '、'])
        && segments
            .iter()
            .all(|p| (1..=12).contains(&p.trim().chars().count()))
        // 30微克/立方米: a unit after a number is no trail.
        && segments[..segments.len() - 1]
            .iter()
            .all(|p| !p.contains(|c: char| c.is_ascii_digit()))
        && segments
            .iter()
            .all(|p| p.trim().chars().next().is_some_and(|c| c > '\u{2e80}'))
}

/// `t` without a trailing date, maybe with a time (`-2025-07-04 00:00:00`,
/// ` 2025-07-04`), joined by a dash or a space.
fn strip_trailing_timestamp(t: &str) -> &str {
    let stamp = |c: char| c.is_ascii_digit() || matches!(c, '-' | ':' | ' ');
    let body = t.trim_end_matches(stamp);
    let tail = &t[body.len()..];
    let digits = tail.chars().filter(char::is_ascii_digit).count();
    // A date has at least eight digits (2025-07-04); fewer is no stamp.
    if digits >= 8 && tail.contains('-') {
        body
    } else {
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers() {
        assert_eq!(marker_len("（上接第三版）后"), Some("（上接第三版）".len()));
        assert_eq!(marker_len("(下转第五版)"), Some("(下转第五版)".len()));
        assert_eq!(marker_len("(下转 5 版)"), Some("(下转 5 版)".len()));
        assert_eq!(marker_len("(市经信局牵头)"), None);
        assert!(is_only_markers(" （上接第三版） "));
        assert_eq!(strip_trailing_markers("同城化。(下转第五版)"), "同城化。");
    }

    #[test]
    fn glosses() {
        assert_eq!(gloss_len("(yī)體"), Some("(yī)".len()));
        assert_eq!(gloss_len("(tǐ)化"), Some("(tǐ)".len()));
        assert_eq!(gloss_len("(a)"), None);
        assert_eq!(gloss_len("(PM2.5)"), None);
        let n = Normaliser::new(NormOptions::default());
        assert_eq!(n.normalise("推進一(yī)體(tǐ)化發展").text, "推进一体化发展");
        assert_eq!(
            n.normalise("细颗粒物(PM2.5)浓度").text,
            "细颗粒物(PM2.5)浓度"
        );
    }

    #[test]
    fn titles_of_numbered_blocks() {
        let n = Normaliser::new(NormOptions::default());
        let t = n.normalise(
            "**.建设外资集聚先行区。全面落实清单制度。\n(三)协同推动开放\n全面落实清单制度。\n",
        );
        let title = |i: usize| t.title_of(i).map(|r| &t.text[r]);
        assert_eq!(title(0), Some("建设外资集聚先行区"));
        assert_eq!(title(1), Some("协同推动开放"));
        // A paragraph has no title, nor does a block that is not there.
        assert_eq!(title(2), None);
        assert_eq!(title(3), None);
    }

    #[test]
    fn width_and_space() {
        let n = Normaliser::new(NormOptions::default());
        let t = n.normalise("　　达到３．２％（约）：ＡＢ，“好”。  \n\n 下一行");
        assert_eq!(t.text, "达到3.2%(约):AB,“好”。\n下一行");
        let p = t.text.find("3.2").unwrap();
        assert_eq!(t.to_original(p..p + 3), 4..7);
    }

    #[test]
    fn site_metadata_and_breadcrumbs() {
        assert!(is_boilerplate_text("浙江/湖州 招标采购"));
        assert!(is_boilerplate_text("首页/政务公开/规划信息"));
        assert!(is_boilerplate_text("索引号: 1133/2021-00012"));
        assert!(is_boilerplate_text("浙江/湖州-2025-07-04 00:00:00"));
        assert!(!is_boilerplate_text("2025-07-04"));
        assert!(!is_boilerplate_text("文件编号: 发布机构: 湖州市区域合作办"));
        // A ratio or a unit is no trail; a sentence never is.
        assert!(!is_boilerplate_text("浓度控制在30微克/立方米以下"));
        assert!(!is_boilerplate_text("1/3"));
        assert!(!is_boilerplate_text("推进杭州/宁波合作。"));
    }

    #[test]
    fn script_counts() {
        assert_eq!(Script::from_counts(0, 10), Script::Hans);
        assert_eq!(Script::from_counts(10, 0), Script::Hant);
        assert_eq!(Script::from_counts(10, 10), Script::Mixed);
    }
}
