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

    /// Number of characters of the normalised text.
    pub fn len(&self) -> usize {
        self.orig.len()
    }

    /// Whether the normalised text is empty.
    pub fn is_empty(&self) -> bool {
        self.orig.is_empty()
    }

    /// Byte length of the normalised text.
    pub fn text_len(&self) -> usize {
        self.text_len as usize
    }

    /// The original code point range of the `i`-th normalised char and its
    /// byte offset in the normalised text.
    pub fn char_entry(&self, i: usize) -> (usize, Range<usize>) {
        let (a, b) = self.orig[i];
        (self.byte_starts[i] as usize, a as usize..b as usize)
    }

    /// Composes two steps: `self` maps text C (bytes) to code points of text
    /// B, `inner` maps text B (bytes) to code points of the original A. The
    /// result maps C straight to A.
    pub fn compose(&self, inner: &OffsetMap) -> OffsetMap {
        let mut b = OffsetMap::builder(inner.orig_chars());
        b.map.byte_starts = self.byte_starts.clone();
        b.map.text_len = self.text_len;
        b.map.orig = self
            .orig
            .iter()
            .map(|&(s, e)| {
                let at = |k: u32| -> u32 {
                    inner.orig.get(k as usize).map_or(inner.orig_chars, |x| x.0)
                };
                if e <= s {
                    let p = at(s);
                    (p, p)
                } else {
                    let first = at(s);
                    let last = inner
                        .orig
                        .get(e as usize - 1)
                        .map_or(inner.orig_chars, |x| x.1);
                    (first, last.max(first))
                }
            })
            .collect();
        b.finish()
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

    /// Appends a char of `len_utf8` bytes from original range `(start, end)`.
    #[inline]
    pub(crate) fn push_raw(&mut self, len_utf8: u32, orig: (u32, u32)) {
        self.map.byte_starts.push(self.map.text_len);
        self.map.orig.push(orig);
        self.map.text_len += len_utf8;
    }

    /// Number of chars pushed so far.
    #[inline]
    pub(crate) fn len(&self) -> usize {
        self.map.orig.len()
    }

    /// Original range of the `i`-th pushed char.
    #[inline]
    pub(crate) fn orig_at(&self, i: usize) -> (u32, u32) {
        self.map.orig[i]
    }

    /// Forgets every char from the `n`-th on.
    pub(crate) fn truncate(&mut self, n: usize) {
        if n < self.map.orig.len() {
            self.map.text_len = self.map.byte_starts[n];
            self.map.byte_starts.truncate(n);
            self.map.orig.truncate(n);
        }
    }

    /// Reserves room for `n` more chars.
    pub(crate) fn reserve(&mut self, n: usize) {
        self.map.byte_starts.reserve(n);
        self.map.orig.reserve(n);
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

    #[test]
    fn compose_two_steps() {
        // A = "ab網際網路c"; B = "ab互联网c" (B→A); C = "b互联网" (drop a, c).
        let mut ba = OffsetMap::builder(7);
        ba.push('a', 0..1);
        ba.push('b', 1..2);
        for c in "互联网".chars() {
            ba.push(c, 2..6);
        }
        ba.push('c', 6..7);
        let ba = ba.finish();
        let mut cb = OffsetMap::builder(6);
        cb.push('b', 1..2);
        for (i, c) in "互联网".chars().enumerate() {
            cb.push(c, 2 + i..3 + i);
        }
        let ca = cb.finish().compose(&ba);
        assert_eq!(ca.to_original(0..1), 1..2);
        assert_eq!(ca.to_original(1..4), 2..6);
        assert_eq!(ca.to_original(0.."b互联网".len()), 1..6);
    }
}
