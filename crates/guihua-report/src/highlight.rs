//! Placing mentions on a text: code point offsets to byte ranges, nesting,
//! and the flat event stream both views render from.

use guihua_model::Mention;

/// A text indexed by code point: `byte(i)` is the byte offset of code point `i`.
pub(crate) struct CharText<'a> {
    pub text: &'a str,
    bytes: Vec<usize>,
}

impl<'a> CharText<'a> {
    pub fn new(text: &'a str) -> CharText<'a> {
        let mut bytes: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        bytes.push(text.len());
        CharText { text, bytes }
    }

    /// Number of code points.
    pub fn len(&self) -> usize {
        self.bytes.len() - 1
    }

    /// The text of code points `start..end`, clamped to the text.
    pub fn slice(&self, start: usize, end: usize) -> &'a str {
        let n = self.len();
        let (s, e) = (start.min(n), end.min(n));
        if s >= e {
            return "";
        }
        &self.text[self.bytes[s]..self.bytes[e]]
    }
}

/// One step of rendering a highlighted text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Ev {
    /// Plain text, code points `start..end`.
    Text(usize, usize),
    /// A mention opens (index into the mention slice).
    Open(usize),
    /// The mention that opened last closes.
    Close(usize),
}

/// Where the mentions of a text go.
#[derive(Debug, Default)]
pub(crate) struct Placement {
    pub events: Vec<Ev>,
    /// Mentions placed (each has one `Open`).
    pub placed: usize,
    /// Indices of mentions that could not be placed: empty or out-of-range
    /// spans, or spans crossing another mention's boundary.
    pub skipped: Vec<usize>,
    /// Indices of placed mentions whose `text` differs from the text at their offsets.
    pub mismatched: Vec<usize>,
}

/// Lays `mentions` over code points `0..text.len()`. Mentions nest when one
/// lies inside another; a mention crossing the boundary of an earlier one is
/// skipped, as is one outside the text.
pub(crate) fn place(text: &CharText, mentions: &[Mention]) -> Placement {
    place_in(text, mentions, 0, text.len())
}

/// [`place`] restricted to code points `from..to`: mentions not wholly inside
/// the window are left out (and not reported as skipped).
pub(crate) fn place_in(text: &CharText, mentions: &[Mention], from: usize, to: usize) -> Placement {
    let n = text.len();
    let to = to.min(n);
    let mut out = Placement::default();
    let mut order: Vec<usize> = Vec::with_capacity(mentions.len());
    for (i, m) in mentions.iter().enumerate() {
        if m.start >= m.end || m.end > n {
            if from == 0 && to == n {
                out.skipped.push(i);
            }
            continue;
        }
        if m.start >= from && m.end <= to {
            order.push(i);
        }
    }
    order.sort_by(|&a, &b| {
        let (ma, mb) = (&mentions[a], &mentions[b]);
        ma.start
            .cmp(&mb.start)
            .then(mb.end.cmp(&ma.end))
            .then(ma.id.cmp(&mb.id))
    });

    let mut pos = from;
    let mut stack: Vec<usize> = Vec::new();
    for i in order {
        let m = &mentions[i];
        // Close every open mention that ends at or before this one starts.
        while let Some(&top) = stack.last() {
            let t = &mentions[top];
            if t.end <= m.start {
                if pos < t.end {
                    out.events.push(Ev::Text(pos, t.end));
                    pos = t.end;
                }
                out.events.push(Ev::Close(top));
                stack.pop();
            } else {
                break;
            }
        }
        if let Some(&top) = stack.last() {
            if m.end > mentions[top].end {
                out.skipped.push(i);
                continue;
            }
        }
        if pos < m.start {
            out.events.push(Ev::Text(pos, m.start));
            pos = m.start;
        }
        out.events.push(Ev::Open(i));
        out.placed += 1;
        if text.slice(m.start, m.end) != m.text {
            out.mismatched.push(i);
        }
        stack.push(i);
    }
    while let Some(top) = stack.pop() {
        let end = mentions[top].end;
        if pos < end {
            out.events.push(Ev::Text(pos, end));
            pos = end;
        }
        out.events.push(Ev::Close(top));
    }
    if pos < to {
        out.events.push(Ev::Text(pos, to));
    }
    out.skipped.sort_unstable();
    out
}

/// Escapes text for HTML element content and attribute values.
pub(crate) fn esc(s: &str) -> String {
    let mut o = String::with_capacity(s.len() + s.len() / 8);
    esc_into(&mut o, s);
    o
}

/// [`esc`], appending to `o`.
pub(crate) fn esc_into(o: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&#39;"),
            _ => o.push(c),
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use guihua_model::EntityType;

    pub(crate) fn mention(
        id: u32,
        etype: EntityType,
        start: usize,
        end: usize,
        text: &str,
    ) -> Mention {
        Mention {
            id,
            etype,
            start,
            end,
            text: text.into(),
            norm: text.into(),
            entity_id: None,
            code: None,
            canonical: None,
            sentence: 0,
            source: "test".into(),
            confidence: 1.0,
            target: None,
        }
    }

    fn render(text: &str, ms: &[Mention]) -> String {
        let ct = CharText::new(text);
        let p = place(&ct, ms);
        let mut o = String::new();
        for e in p.events {
            match e {
                Ev::Text(s, e) => o.push_str(ct.slice(s, e)),
                Ev::Open(_) => o.push('['),
                Ev::Close(i) => {
                    o.push('|');
                    o.push_str(ms[i].etype.as_str());
                    o.push(']');
                }
            }
        }
        o
    }

    #[test]
    fn code_point_offsets_in_multibyte_text() {
        // 嘉兴市 is 3 code points, 9 bytes; the emoji is one code point, 4 bytes.
        let text = "😀支持嘉兴市发展数字经济。";
        let ms = [
            mention(0, EntityType::Place, 3, 6, "嘉兴市"),
            mention(1, EntityType::Industry, 8, 12, "数字经济"),
        ];
        assert_eq!(
            render(text, &ms),
            "😀支持[嘉兴市|PLACE]发展[数字经济|INDUSTRY]。"
        );
        let p = place(&CharText::new(text), &ms);
        assert_eq!((p.placed, p.skipped.len(), p.mismatched.len()), (2, 0, 0));
    }

    #[test]
    fn nested_crossing_and_out_of_range() {
        let text = "嘉兴港区建设";
        let ms = [
            mention(0, EntityType::Project, 0, 4, "嘉兴港区"),
            mention(1, EntityType::Place, 0, 2, "嘉兴"),
            mention(2, EntityType::Industry, 3, 5, "区建"),
            mention(3, EntityType::Place, 5, 9, "设"),
        ];
        assert_eq!(render(text, &ms), "[[嘉兴|PLACE]港区|PROJECT]建设");
        let p = place(&CharText::new(text), &ms);
        assert_eq!(p.placed, 2);
        assert_eq!(p.skipped, vec![2, 3]);
    }

    #[test]
    fn mismatched_text_is_reported() {
        let ms = [mention(0, EntityType::Place, 0, 2, "湖州")];
        let p = place(&CharText::new("嘉兴"), &ms);
        assert_eq!(p.mismatched, vec![0]);
    }

    #[test]
    fn window_keeps_only_inner_mentions() {
        let text = "嘉兴与湖州合作。";
        let ms = [
            mention(0, EntityType::Place, 0, 2, "嘉兴"),
            mention(1, EntityType::Place, 3, 5, "湖州"),
        ];
        let ct = CharText::new(text);
        let p = place_in(&ct, &ms, 2, 8);
        assert_eq!(
            p.events,
            vec![
                Ev::Text(2, 3),
                Ev::Open(1),
                Ev::Text(3, 5),
                Ev::Close(1),
                Ev::Text(5, 8)
            ]
        );
    }

    #[test]
    fn escapes_markup_and_quotes() {
        assert_eq!(
            esc(r#"<script>alert("x")</script> & 'y'"#),
            "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;"
        );
        assert_eq!(esc("嘉兴市"), "嘉兴市");
    }
}
