//! Visible text of an HTML page.
//!
//! A small tolerant tokenizer, not a full HTML5 parser: it drops comments,
//! `<!…>`/`<?…>` declarations and the content of `head`, `script`, `style`,
//! `nav`, `noscript`, `template`, `svg`, `iframe`, `object`, `select` and
//! `title`; turns block elements (`p`, `div`, `br`, `li`, `h1`–`h6`, `tr`,
//! `section`, …) into line breaks; collapses white space as a browser does
//! (except inside `pre`); decodes character references. Lines are trimmed and
//! blank lines dropped, so a page with one `<p>` per paragraph yields one
//! line per paragraph.

use encoding_rs::Encoding;

/// The encoding named by a `<meta charset=…>` or `content="…charset=…"` in
/// the first 2 KiB.
pub(crate) fn meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(2048)];
    let lower: Vec<u8> = head.iter().map(|b| b.to_ascii_lowercase()).collect();
    let mut from = 0;
    while let Some(p) = find(&lower[from..], b"charset") {
        let mut i = from + p + 7;
        from = i;
        while i < lower.len() && matches!(lower[i], b' ' | b'=' | b'"' | b'\'') {
            i += 1;
        }
        let s = i;
        while i < lower.len()
            && (lower[i].is_ascii_alphanumeric() || matches!(lower[i], b'-' | b'_'))
        {
            i += 1;
        }
        if i > s {
            if let Some(e) = Encoding::for_label(&lower[s..i]) {
                return Some(e);
            }
        }
    }
    None
}

fn find(h: &[u8], n: &[u8]) -> Option<usize> {
    h.windows(n.len()).position(|w| w == n)
}

const SKIP: &[&str] = &[
    "head", "script", "style", "nav", "noscript", "template", "svg", "iframe", "object", "select",
    "title",
];

const BLOCK: &[&str] = &[
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "table",
    "section",
    "article",
    "header",
    "footer",
    "main",
    "aside",
    "blockquote",
    "pre",
    "hr",
    "dd",
    "dt",
    "dl",
    "form",
    "fieldset",
    "figure",
    "figcaption",
    "address",
    "center",
    "body",
    "html",
    "caption",
    "tbody",
    "thead",
    "tfoot",
];

/// The visible text of `html`.
pub(crate) fn visible_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let mut skip_depth: Vec<String> = Vec::new();
    let mut pre = 0usize;
    let mut pending_space = false;
    let b = html.as_bytes();
    let mut i = 0;
    let mut text_start = 0;
    while i < b.len() {
        if b[i] != b'<' {
            i += 1;
            continue;
        }
        // Flush text before the tag.
        if skip_depth.is_empty() {
            push_text(&html[text_start..i], pre > 0, &mut out, &mut pending_space);
        }
        // Comment.
        if html[i..].starts_with("<!--") {
            i = html[i + 4..].find("-->").map_or(b.len(), |p| i + 4 + p + 3);
            text_start = i;
            continue;
        }
        let Some(close) = html[i..].find('>') else {
            // Unclosed '<': treat as text.
            i += 1;
            continue;
        };
        let tag = &html[i + 1..i + close];
        i += close + 1;
        text_start = i;
        if tag.starts_with('!') || tag.starts_with('?') {
            continue;
        }
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .map(|c| c.to_ascii_lowercase())
            .collect();
        if name.is_empty() {
            // Not a tag ("a < b"): keep it as text.
            if skip_depth.is_empty() {
                push_text(
                    &html[i - close - 1..i],
                    pre > 0,
                    &mut out,
                    &mut pending_space,
                );
            }
            continue;
        }
        let self_closing = tag.ends_with('/');
        if !closing && !self_closing && (name == "script" || name == "style") {
            // Raw text elements (also inside skipped ones): jump to their end
            // tag directly, their content is not markup.
            let end_tag = format!("</{name}");
            let rest = html[i..].to_ascii_lowercase();
            i = rest.find(&end_tag).map_or(b.len(), |p| {
                let q = i + p;
                html[q..].find('>').map_or(b.len(), |r| q + r + 1)
            });
            text_start = i;
            continue;
        }
        if let Some(top) = skip_depth.last() {
            if closing && *top == name {
                skip_depth.pop();
            } else if !closing && !self_closing && SKIP.contains(&name.as_str()) {
                skip_depth.push(name);
            }
            continue;
        }
        if !closing && !self_closing && SKIP.contains(&name.as_str()) {
            skip_depth.push(name);
            continue;
        }
        if name == "pre" {
            if closing {
                pre = pre.saturating_sub(1);
            } else {
                pre += 1;
            }
        }
        if BLOCK.contains(&name.as_str()) {
            newline(&mut out);
            pending_space = false;
        } else if name == "td" || name == "th" {
            pending_space = !out.is_empty() && !out.ends_with('\n');
        }
    }
    if skip_depth.is_empty() && text_start < b.len() {
        push_text(&html[text_start..], pre > 0, &mut out, &mut pending_space);
    }
    // Trim lines, drop blank ones.
    let mut clean = String::with_capacity(out.len());
    for line in out.split('\n') {
        let l = line.trim_matches(|c: char| c == ' ' || c == '\t' || c == '\r');
        if !l.is_empty() {
            if !clean.is_empty() {
                clean.push('\n');
            }
            clean.push_str(l);
        }
    }
    clean
}

fn newline(out: &mut String) {
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
}

/// East Asian wide characters (CJK ideographs, kana, CJK and full-width
/// punctuation), between which a source line break is no space (CSS Text 3
/// segment break transformation).
fn is_wide(c: char) -> bool {
    matches!(c as u32, 0x2E80..=0x9FFF | 0xF900..=0xFAFF | 0xFF00..=0xFF60 | 0x20000..=0x2FA1F)
        || matches!(c, '“' | '”' | '‘' | '’')
}

fn push_text(raw: &str, pre: bool, out: &mut String, pending_space: &mut bool) {
    if raw.is_empty() {
        return;
    }
    let decoded = decode_entities(raw);
    let mut segment_break = false;
    for c in decoded.chars() {
        if pre {
            out.push(c);
            continue;
        }
        if matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{c}') {
            if !*pending_space {
                segment_break = false;
            }
            *pending_space = true;
            segment_break |= c == '\n';
            continue;
        }
        if *pending_space && !out.is_empty() && !out.ends_with('\n') {
            let cjk_break =
                segment_break && is_wide(c) && out.chars().next_back().is_some_and(is_wide);
            if !cjk_break {
                out.push(' ');
            }
        }
        *pending_space = false;
        segment_break = false;
        out.push(c);
    }
}

/// Decodes character references (`&amp;`, `&#20013;`, `&#x4E2D;`, common
/// named ones); an unknown reference stays as written.
pub(crate) fn decode_entities(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains('&') {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(p) = rest.find('&') {
        out.push_str(&rest[..p]);
        rest = &rest[p..];
        let end = rest[1..]
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '#'))
            .map(|e| e + 1)
            .unwrap_or(rest.len());
        let name = &rest[1..end];
        let has_semi = rest[end..].starts_with(';');
        let ch = if let Some(num) = name.strip_prefix('#') {
            let v = if let Some(h) = num.strip_prefix(['x', 'X']) {
                u32::from_str_radix(h, 16).ok()
            } else {
                num.parse::<u32>().ok()
            };
            v.and_then(char::from_u32).filter(|&c| c != '\0')
        } else {
            named(name)
        };
        match ch {
            Some(c) => {
                out.push(c);
                rest = &rest[end + usize::from(has_semi)..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

fn named(n: &str) -> Option<char> {
    Some(match n {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "copy" => '©',
        "reg" => '®',
        "middot" => '·',
        "ldquo" => '“',
        "rdquo" => '”',
        "lsquo" => '‘',
        "rsquo" => '’',
        "mdash" => '—',
        "ndash" => '–',
        "hellip" => '…',
        "ensp" => '\u{2002}',
        "emsp" => '\u{2003}',
        "thinsp" => '\u{2009}',
        "yen" => '¥',
        "times" => '×',
        "divide" => '÷',
        "laquo" => '«',
        "raquo" => '»',
        "bull" => '•',
        "deg" => '°',
        "plusmn" => '±',
        "permil" => '‰',
        "sup2" => '²',
        "sup3" => '³',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn visible_only() {
        let h = "<html><head><title>T</title><style>p{}</style></head><body>\
                 <nav><a href=x>首页</a></nav><p>嘉兴&amp;湖州 &ldquo;好&rdquo;</p>\
                 <script>var a = '<p>x</p>'; if (a < b) {}</script><div>第二<br>行&#20013;&#x4E2D;</div>\
                 <!-- c --><p>  a   b  </p></body></html>";
        assert_eq!(visible_text(h), "嘉兴&湖州 “好”\n第二\n行中中\na b");
        // A source line break between ideographs is no space.
        assert_eq!(visible_text("<p>嘉兴\n  湖州 a\nb</p>"), "嘉兴湖州 a b");
    }

    #[test]
    fn charset() {
        assert_eq!(
            meta_charset(
                b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
            ),
            Some(encoding_rs::GBK)
        );
        assert_eq!(
            meta_charset(b"<meta charset=\"utf-8\">"),
            Some(encoding_rs::UTF_8)
        );
    }
}
