//! [`OffsetMap`]: normalised byte offsets back to original code points.

use std::ops::Range;

/// Maps every character of a normalised text back to the code point range of
/// the original text it came from.
///
/// Each normalised character records `(orig_start, orig_end)`: the original
/// code points it replaces. A character that survives unchanged maps to a
/// one-code-point range; a phrase conversion (網際網路 → 互联网) maps each
/// output character to the whole source phrase; an inserted character maps to
/// an empty range at its position. A span of the normalised text therefore
/// maps to `first.orig_start .. last.orig_end`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OffsetMap {
    /// Byte offset in the normalised text of each normalised char.
    byte_starts: Vec<u32>,
    /// Original code point range of each normalised char.
    orig: Vec<(u32, u32)>,
    /// Byte length of the normalised text.
    text_len: u32,
    /// Code point length of the original text.
    orig_chars: u32,
}

impl OffsetMap {
    /// An empty map for building: push normalised chars in order.
    pub fn builder(orig_chars: usize) -> OffsetMapBuilder {
        OffsetMapBuilder {
            map: OffsetMap {
                orig_chars: orig_chars as u32,
                ..Default::default()
            },
        }
    }

    /// The identity map of a text to itself.
    pub fn identity(text: &str) -> OffsetMap {
        let mut b = OffsetMap::builder(text.chars().count());
        for (i, (_, c)) in text.char_indices().enumerate() {
            b.push(c, i..i + 1);
        }
        b.finish()
    }

    /// Number of code points in the original text.
    pub fn orig_chars(&self) -> usize {
        self.orig_chars as usize
    }

    /// Index of the normalised char starting at byte `b` (or the one
    /// containing it).
    fn char_index(&self, b: usize) -> usize {
        match self.byte_starts.binary_search(&(b as u32)) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        }
    }

    /// Original code point range of the normalised byte range `r`.
    ///
    /// `r` must lie on char boundaries of the normalised text. An empty range
    /// maps to an empty range at the original position.
    pub fn to_original(&self, r: Range<usize>) -> Range<usize> {
        if self.orig.is_empty() {
            return 0..0;
        }
        if r.start >= self.text_len as usize {
            let end = self.orig_chars as usize;
            return end..end;
        }
        let first = self.char_index(r.start);
        if r.end <= r.start {
            let s = self.orig[first].0 as usize;
            return s..s;
        }
        let last = self.char_index(r.end - 1);
        let start = self.orig[first].0 as usize;
        let end = (self.orig[last].1 as usize).max(start);
        start..end
    }

    /// Original code point position of normalised byte offset `b`.
    pub fn to_original_pos(&self, b: usize) -> usize {
        self.to_original(b..b).start
    }
}

/// Builds an [`OffsetMap`] char by char.
#[derive(Debug)]
pub struct OffsetMapBuilder {
    map: OffsetMap,
}

impl OffsetMapBuilder {
    /// Appends normalised char `c`, which came from original code points `orig`.
    pub fn push(&mut self, c: char, orig: Range<usize>) {
        self.map.byte_starts.push(self.map.text_len);
        self.map.orig.push((orig.start as u32, orig.end as u32));
        self.map.text_len += c.len_utf8() as u32;
    }

    pub fn finish(self) -> OffsetMap {
        self.map
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identity_maps_bytes_to_code_points() {
        let m = OffsetMap::identity("a嘉兴b");
        assert_eq!(m.to_original(1..7), 1..3);
        assert_eq!(m.to_original(0..1), 0..1);
        assert_eq!(m.to_original(7..8), 3..4);
    }

    #[test]
    fn phrase_conversion_covers_the_source_phrase() {
        // 網際網路 (orig 0..4) → 互联网 (3 chars)
        let mut b = OffsetMap::builder(4);
        for c in "互联网".chars() {
            b.push(c, 0..4);
        }
        let m = b.finish();
        assert_eq!(m.to_original(0.."互联网".len()), 0..4);
    }
}
