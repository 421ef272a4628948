//! [`Scan`]: one document as the recognisers see it.

use crate::resources::Resources;
use guihua_dict::Hit;
use guihua_text::NormText;
use std::cell::RefCell;
use std::collections::HashMap;
use std::ops::Range;
use std::rc::Rc;

/// A document's normalised text with its dictionary hits (one automaton pass)
/// and lazily computed jieba token boundaries per sentence.
pub struct Scan<'a> {
    pub norm: &'a NormText,
    pub res: &'a Resources,
    /// Leftmost-longest dictionary hits outside boilerplate, in text order.
    pub hits: Vec<Hit<'a>>,
    tokens: RefCell<HashMap<usize, Rc<Vec<Range<usize>>>>>,
}

impl<'a> Scan<'a> {
    pub fn new(norm: &'a NormText, res: &'a Resources) -> Scan<'a> {
        let hits = res
            .matcher
            .find_iter(&norm.text)
            .filter(|h| !norm.is_boilerplate(h.start))
            .collect();
        let mut scan = Scan {
            norm,
            res,
            hits,
            tokens: RefCell::new(HashMap::new()),
        };
        scan.yield_to_word_aligned_hits();
        scan
    }

    /// Leftmost-longest matching lets a hit that cuts through words hide
    /// one that does not (建湖 in 申建湖州, 高安 in 提高安吉): where a form
    /// starting inside a hit reaches past it, and only that form sits on
    /// jieba word boundaries, it takes the hit's place.
    fn yield_to_word_aligned_hits(&mut self) {
        let text = &self.norm.text;
        let mut i = 0;
        while i < self.hits.len() {
            let h = self.hits[i].clone();
            let second = h.start + text[h.start..].chars().next().map_or(1, char::len_utf8);
            // A window of the next few characters bounds the search.
            let window_end = text[h.end..]
                .char_indices()
                .nth(8)
                .map_or(text.len(), |(k, _)| h.end + k);
            let alt = (second < h.end)
                .then(|| self.res.matcher.find_iter(&text[second..window_end]).next())
                .flatten()
                .map(|a| (second + a.start, second + a.end, a))
                .filter(|&(s, e, _)| s < h.end && e > h.end);
            if let Some((s, e, a)) = alt {
                // The hit must itself be misread on its left: its first
                // character ends an ordinary word (申建, 提高). 上海 in
                // 上海城市 is no such case, whatever jieba makes of 海城市.
                if !self.on_token_boundaries(&(h.start..h.end))
                    && self.on_token_boundaries(&(s..e))
                    && self.ends_a_word_with_previous(h.start)
                {
                    let mut j = i + 1;
                    while j < self.hits.len() && self.hits[j].start < e {
                        j += 1;
                    }
                    let mut a = a;
                    a.start = s;
                    a.end = e;
                    self.hits.splice(i..j, std::iter::once(a));
                }
            }
            i += 1;
        }
    }

    /// Whether the character at byte `b` forms an ordinary two-character
    /// jieba word with the character before it (a word across `b`).
    pub fn ends_a_word_with_previous(&self, b: usize) -> bool {
        let text = &self.norm.text;
        match (text[..b].chars().next_back(), text[b..].chars().next()) {
            (Some(p), Some(c)) => {
                let w: String = [p, c].into_iter().collect();
                self.res.word_tag(&w, |_| true)
            }
            _ => false,
        }
    }

    pub fn text(&self) -> &'a str {
        &self.norm.text
    }

    /// Byte range of the sentence containing byte `b` (the whole text when
    /// `b` is outside every sentence).
    pub fn sentence_range(&self, b: usize) -> Range<usize> {
        match self.norm.sentence_at(b) {
            Some(i) => self.norm.sentences[i].range.clone(),
            None => 0..self.norm.text.len(),
        }
    }

    /// jieba tokens (absolute byte ranges) of sentence `i`.
    pub fn tokens(&self, i: usize) -> Rc<Vec<Range<usize>>> {
        if let Some(t) = self.tokens.borrow().get(&i) {
            return t.clone();
        }
        let r = self.norm.sentences[i].range.clone();
        let s = &self.norm.text[r.clone()];
        let mut out = Vec::new();
        let mut pos = r.start;
        for w in self.res.jieba.cut(s, true) {
            out.push(pos..pos + w.word.len());
            pos += w.word.len();
        }
        let rc = Rc::new(out);
        self.tokens.borrow_mut().insert(i, rc.clone());
        rc
    }

    /// Whether `r` starts and ends on jieba token boundaries of its sentence.
    pub fn on_token_boundaries(&self, r: &Range<usize>) -> bool {
        let Some(i) = self.norm.sentence_at(r.start) else {
            return true;
        };
        let toks = self.tokens(i);
        let starts = toks.iter().any(|t| t.start == r.start);
        let ends = toks.iter().any(|t| t.end == r.end);
        starts && ends
    }

    /// Whether a jieba token of its sentence ends at byte `b` (机场 in
    /// 机场群 does not end a word).
    pub fn word_ends_at(&self, b: usize) -> bool {
        let Some(i) = self.norm.sentence_at(b.saturating_sub(1)) else {
            return true;
        };
        self.tokens(i).iter().any(|t| t.end == b)
    }

    /// Whether a jieba token of its sentence starts at byte `b`.
    pub fn word_starts_at(&self, b: usize) -> bool {
        let Some(i) = self.norm.sentence_at(b) else {
            return true;
        };
        self.tokens(i).iter().any(|t| t.start == b)
    }

    /// The jieba token of its sentence that starts at byte `b`, if one does.
    pub fn word_starting_at(&self, b: usize) -> Option<Range<usize>> {
        let i = self.norm.sentence_at(b)?;
        self.tokens(i).iter().find(|t| t.start == b).cloned()
    }

    /// The jieba token of its sentence that ends at byte `b`, if one does.
    pub fn word_ending_at(&self, b: usize) -> Option<Range<usize>> {
        let i = self.norm.sentence_at(b.saturating_sub(1))?;
        self.tokens(i).iter().find(|t| t.end == b).cloned()
    }

    /// Dictionary hits that lie inside `r`.
    pub fn hits_in(&self, r: &Range<usize>) -> &[Hit<'a>] {
        let a = self.hits.partition_point(|h| h.start < r.start);
        let b = self.hits.partition_point(|h| h.start < r.end);
        let hits = &self.hits[a..b];
        let n = hits.iter().take_while(|h| h.end <= r.end).count();
        &hits[..n]
    }

    /// The hit that ends exactly at byte `b`, if any.
    pub fn hit_ending_at(&self, b: usize) -> Option<&Hit<'a>> {
        let i = self.hits.partition_point(|h| h.end < b);
        self.hits.get(i).filter(|h| h.end == b)
    }

    /// The hit that starts exactly at byte `b`, if any.
    pub fn hit_starting_at(&self, b: usize) -> Option<&Hit<'a>> {
        let i = self.hits.partition_point(|h| h.start < b);
        self.hits.get(i).filter(|h| h.start == b)
    }
}
