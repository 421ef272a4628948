//! Traditional → simplified conversion with offsets (OpenCC `tw2sp`).
//!
//! The dictionaries are OpenCC's own (Apache-2.0), shipped in `data/opencc/`
//! and embedded with `include_str!`; nothing is read at run time. The
//! algorithm is the one of OpenCC without a segmenter (as in
//! `ferrous-opencc`): the text passes through a chain of dictionary groups;
//! each group replaces, from left to right, the longest key that starts at
//! the current position (on a tie the earlier dictionary of the group wins)
//! with its first value. Unlike the libraries this implementation carries the
//! original code point range of every output character through each stage,
//! which is what [`crate::OffsetMap`] needs. A test checks that it produces
//! the same text as `ferrous-opencc`'s `tw2sp` on the corpus.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

const TS_CHARACTERS: &str = include_str!("../data/opencc/TSCharacters.txt");
const TS_PHRASES: &str = include_str!("../data/opencc/TSPhrases.txt");
const TW_PHRASES_REV: &str = include_str!("../data/opencc/TWPhrasesRev.txt");
const TW_VARIANTS_REV: &str = include_str!("../data/opencc/TWVariantsRev.txt");
const TW_VARIANTS_REV_PHRASES: &str = include_str!("../data/opencc/TWVariantsRevPhrases.txt");
const ST_CHARACTERS: &str = include_str!("../data/opencc/STCharacters.txt");
/// guihua's own additions to OpenCC's Taiwan phrases (see the file).
const GUIHUA_TW_PHRASES: &str = include_str!("../data/guihua-tw-phrases.txt");
/// OpenCC Taiwan phrases guihua does not apply (see the file).
const GUIHUA_TW_KEEP: &str = include_str!("../data/guihua-tw-keep.txt");

/// A tiny multiplicative hasher for `char` keys (SipHash is 5× slower here).
#[derive(Default, Clone, Copy)]
pub(crate) struct CharHasher(u64);

impl Hasher for CharHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
    fn write_u32(&mut self, i: u32) {
        self.0 = u64::from(i).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

type CharMap<V> = HashMap<char, V, BuildHasherDefault<CharHasher>>;

/// Bit set over the first three Unicode planes (BMP, SMP, SIP: all CJK).
#[derive(Clone)]
pub(crate) struct CharSet(Box<[u64]>);

const CHARSET_LIMIT: u32 = 0x3_0000;

impl CharSet {
    fn new() -> CharSet {
        CharSet(vec![0u64; (CHARSET_LIMIT / 64) as usize].into_boxed_slice())
    }
    fn insert(&mut self, c: char) {
        let i = c as u32;
        if i < CHARSET_LIMIT {
            self.0[(i / 64) as usize] |= 1 << (i % 64);
        }
    }
    #[inline]
    pub(crate) fn contains(&self, c: char) -> bool {
        let i = c as u32;
        i < CHARSET_LIMIT && self.0[(i / 64) as usize] & (1 << (i % 64)) != 0
    }
}

impl std::fmt::Debug for CharSet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let n: u32 = self.0.iter().map(|w| w.count_ones()).sum();
        write!(f, "CharSet({n} chars)")
    }
}

/// A dictionary key without its first char, and its value.
type Phrase = (Box<[char]>, Box<[char]>);

/// The entries of one dictionary group that start with one character.
#[derive(Debug, Default, Clone)]
struct Entries {
    /// Multi-character keys (without their first char), longest first.
    phrases: Vec<Phrase>,
    /// The single-character entry.
    single: Option<Box<[char]>>,
}

/// One dictionary group of the conversion chain.
#[derive(Debug, Clone)]
struct Stage {
    first: CharSet,
    entries: CharMap<Entries>,
}

fn dict_lines(src: &str) -> impl Iterator<Item = (&str, &str)> {
    src.lines().filter_map(|l| {
        if l.starts_with('#') || l.trim().is_empty() {
            return None;
        }
        let (k, v) = l.split_once('\t')?;
        let v = v.split(' ').next()?.trim();
        (!k.is_empty() && !v.is_empty()).then_some((k, v))
    })
}

impl Stage {
    /// Builds a group; on a duplicate key the earlier dictionary wins.
    fn new(dicts: &[&str], exclude: &[&str]) -> Stage {
        let mut first = CharSet::new();
        let mut entries: CharMap<Entries> = CharMap::default();
        for src in dicts {
            for (k, v) in dict_lines(src) {
                if exclude.contains(&k) {
                    continue;
                }
                let mut kc = k.chars();
                let c0 = kc.next().expect("non-empty key");
                let rest: Box<[char]> = kc.collect();
                let val: Box<[char]> = v.chars().collect();
                first.insert(c0);
                let e = entries.entry(c0).or_default();
                if rest.is_empty() {
                    if e.single.is_none() {
                        e.single = Some(val);
                    }
                } else if !e.phrases.iter().any(|(r, _)| *r == rest) {
                    e.phrases.push((rest, val));
                }
            }
        }
        for e in entries.values_mut() {
            // Stable: among equal lengths the earlier dictionary stays first.
            e.phrases.sort_by_key(|(r, _)| std::cmp::Reverse(r.len()));
        }
        Stage { first, entries }
    }

    /// Converts `input` (chars with original ranges) into `out`.
    fn run(&self, input: &[(char, u32, u32)], out: &mut Vec<(char, u32, u32)>) {
        out.clear();
        let mut i = 0;
        while i < input.len() {
            let c = input[i].0;
            if self.first.contains(c) {
                if let Some(e) = self.entries.get(&c) {
                    let rest = &input[i + 1..];
                    let hit = e
                        .phrases
                        .iter()
                        .find(|(k, _)| {
                            k.len() <= rest.len() && k.iter().zip(rest).all(|(a, b)| *a == b.0)
                        })
                        .map(|(k, v)| (k.len() + 1, &**v))
                        .or_else(|| e.single.as_deref().map(|v| (1, v)));
                    if let Some((n, val)) = hit {
                        let src = &input[i..i + n];
                        if val.len() == n {
                            // Same length: map character to character.
                            for (vc, s) in val.iter().zip(src) {
                                out.push((*vc, s.1, s.2));
                            }
                        } else {
                            let (a, b) = (src[0].1, src[n - 1].2);
                            for vc in val.iter() {
                                out.push((*vc, a, b));
                            }
                        }
                        i += n;
                        continue;
                    }
                }
            }
            out.push(input[i]);
            i += 1;
        }
    }
}

/// OpenCC `tw2sp` with offsets, plus the character classes used to detect
/// the script.
#[derive(Debug, Clone)]
pub(crate) struct Converter {
    stages: Vec<Stage>,
    /// Characters that occur only in traditional script.
    trad_only: CharSet,
    /// Characters that occur only in simplified script.
    simp_only: CharSet,
    /// Character-level TS map, for cheap classification of short lines.
    ts_chars: CharMap<char>,
}

impl Converter {
    /// `tw2sp`; with `overrides`, guihua's Taiwan phrase additions and
    /// exclusions apply on top of OpenCC's.
    pub(crate) fn tw2sp(overrides: bool) -> Converter {
        let mut first: Vec<&str> = Vec::new();
        let mut keep: Vec<&str> = Vec::new();
        if overrides {
            first.push(GUIHUA_TW_PHRASES);
            keep = GUIHUA_TW_KEEP
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .collect();
        }
        first.extend([TW_PHRASES_REV, TW_VARIANTS_REV_PHRASES, TW_VARIANTS_REV]);
        let stages = vec![
            Stage::new(&first, &keep),
            Stage::new(&[TS_PHRASES, TS_CHARACTERS], &[]),
        ];

        let mut ts_chars: CharMap<char> = CharMap::default();
        for (k, v) in dict_lines(TS_CHARACTERS) {
            let mut kc = k.chars();
            if let (Some(c), None) = (kc.next(), kc.next()) {
                let vc = v.chars().next().unwrap_or(c);
                ts_chars.entry(c).or_insert(vc);
            }
        }
        let mut st_keys: CharMap<char> = CharMap::default();
        for (k, v) in dict_lines(ST_CHARACTERS) {
            let mut kc = k.chars();
            if let (Some(c), None) = (kc.next(), kc.next()) {
                st_keys.entry(c).or_insert(v.chars().next().unwrap_or(c));
            }
        }
        let mut trad_only = CharSet::new();
        for (&k, &v) in &ts_chars {
            if v != k && !st_keys.contains_key(&k) {
                trad_only.insert(k);
            }
        }
        let mut simp_only = CharSet::new();
        for (&k, &v) in &st_keys {
            if v != k && !ts_chars.contains_key(&k) {
                simp_only.insert(k);
            }
        }
        Converter {
            stages,
            trad_only,
            simp_only,
            ts_chars,
        }
    }

    #[inline]
    pub(crate) fn is_trad_only(&self, c: char) -> bool {
        self.trad_only.contains(c)
    }

    #[inline]
    pub(crate) fn is_simp_only(&self, c: char) -> bool {
        self.simp_only.contains(c)
    }

    /// Character-level simplification of one char (for classification only).
    #[inline]
    pub(crate) fn simplify_char(&self, c: char) -> char {
        if (c as u32) < 0x2E80 {
            return c;
        }
        self.ts_chars.get(&c).copied().unwrap_or(c)
    }

    /// Runs the whole chain; `a` holds the input and receives the output,
    /// `b` is scratch.
    pub(crate) fn convert(&self, a: &mut Vec<(char, u32, u32)>, b: &mut Vec<(char, u32, u32)>) {
        for st in &self.stages {
            st.run(a, b);
            std::mem::swap(a, b);
        }
    }

    /// Converts a plain string (no offsets): for tests and benchmarks.
    pub fn convert_str(&self, s: &str) -> String {
        let mut a: Vec<(char, u32, u32)> = s.chars().map(|c| (c, 0, 0)).collect();
        let mut b = Vec::with_capacity(a.len());
        self.convert(&mut a, &mut b);
        a.iter().map(|x| x.0).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn taiwan_terms() {
        let c = Converter::tw2sp(true);
        assert_eq!(c.convert_str("積體電路"), "集成电路");
        assert_eq!(c.convert_str("人工智慧"), "人工智能");
        assert_eq!(c.convert_str("網際網路"), "互联网");
        assert_eq!(c.convert_str("資訊"), "信息");
        assert_eq!(c.convert_str("航空航太"), "航空航天");
        assert_eq!(c.convert_str("自由電子鐳射裝置"), "自由电子激光装置");
        assert_eq!(c.convert_str("嘉兴湖州发展"), "嘉兴湖州发展");
        assert_eq!(c.convert_str("核心晶片"), "核心芯片");
        assert_eq!(Converter::tw2sp(false).convert_str("核心晶片"), "内核芯片");
    }

    #[test]
    fn classes() {
        let c = Converter::tw2sp(true);
        assert!(c.is_trad_only('體'));
        assert!(!c.is_trad_only('体'));
        assert!(c.is_simp_only('体'));
        assert!(!c.is_trad_only('著'));
    }

    #[test]
    fn phrase_offsets_cover_the_source() {
        let c = Converter::tw2sp(true);
        let mut a: Vec<(char, u32, u32)> = "用網際網路"
            .chars()
            .enumerate()
            .map(|(i, ch)| (ch, i as u32, i as u32 + 1))
            .collect();
        let mut b = Vec::new();
        c.convert(&mut a, &mut b);
        let s: String = a.iter().map(|x| x.0).collect();
        assert_eq!(s, "用互联网");
        assert_eq!(a[0], ('用', 0, 1));
        assert!(a[1..].iter().all(|x| (x.1, x.2) == (1, 5)));
    }
}
