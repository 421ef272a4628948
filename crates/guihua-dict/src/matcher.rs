//! [`Matcher`]: every surface form of every entry in one automaton.

use crate::entry::{Dictionary, EntryIdx};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use rustc_hash::FxHashMap;
use std::collections::HashMap;
use std::time::{Duration, Instant};

/// One dictionary hit in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit<'m> {
    /// Byte range in the scanned text.
    pub start: usize,
    pub end: usize,
    /// Every entry that has this surface form (several when it is ambiguous).
    pub entries: &'m [EntryIdx],
    /// The surface form that matched (equal to the text's slice).
    pub pattern: &'m str,
}

/// How to compile the automaton.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MatcherOptions {
    /// The aho-corasick implementation; `None` lets the crate choose (a
    /// contiguous NFA for a dictionary of this size). `Some(DFA)` scans faster
    /// but needs far more memory (see dictionaries/README.md).
    pub kind: Option<AhoCorasickKind>,
}

/// A compiled leftmost-longest automaton over all names and aliases.
#[derive(Debug, Clone)]
pub struct Matcher {
    ac: AhoCorasick,
    /// For each pattern, the entries it stands for.
    pattern_entries: Vec<Vec<EntryIdx>>,
    patterns: Vec<String>,
    /// Surface form → pattern index, for exact lookups without a scan
    /// (Fx hashing: relation rules look up every substring of names).
    by_form: FxHashMap<String, u32>,
    build_time: Duration,
}

impl Matcher {
    /// Compiles every name and alias of `dict` with the default options.
    pub fn build(dict: &Dictionary) -> Matcher {
        Matcher::build_with(dict, MatcherOptions::default())
    }

    /// Compiles every name and alias of `dict`.
    pub fn build_with(dict: &Dictionary, options: MatcherOptions) -> Matcher {
        let t0 = Instant::now();
        let mut index: HashMap<&str, usize> = HashMap::new();
        let mut patterns: Vec<String> = Vec::new();
        let mut pattern_entries: Vec<Vec<EntryIdx>> = Vec::new();
        for (i, e) in dict.entries().iter().enumerate() {
            for form in e.forms() {
                let p = *index.entry(form).or_insert_with(|| {
                    patterns.push(form.to_string());
                    pattern_entries.push(Vec::new());
                    patterns.len() - 1
                });
                if !pattern_entries[p].contains(&(i as EntryIdx)) {
                    pattern_entries[p].push(i as EntryIdx);
                }
            }
        }
        let ac = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .kind(options.kind)
            .build(&patterns)
            .expect("dictionary automaton builds");
        let by_form = patterns
            .iter()
            .enumerate()
            .map(|(i, p)| (p.clone(), i as u32))
            .collect();
        Matcher {
            ac,
            pattern_entries,
            patterns,
            by_form,
            build_time: t0.elapsed(),
        }
    }

    /// Leftmost-longest, non-overlapping hits in `text`.
    pub fn find_iter<'m, 't>(&'m self, text: &'t str) -> impl Iterator<Item = Hit<'m>> + 't
    where
        'm: 't,
    {
        self.ac.find_iter(text).map(move |m| {
            let p = m.pattern().as_usize();
            Hit {
                start: m.start(),
                end: m.end(),
                entries: &self.pattern_entries[p],
                pattern: &self.patterns[p],
            }
        })
    }

    /// Every entry whose name or alias is exactly `form`.
    pub fn lookup(&self, form: &str) -> &[EntryIdx] {
        // A hash lookup: relation rules look up every substring of names.
        match self.by_form.get(form) {
            Some(&p) => &self.pattern_entries[p as usize],
            None => &[],
        }
    }

    /// Number of distinct surface forms.
    pub fn pattern_count(&self) -> usize {
        self.patterns.len()
    }

    /// The underlying automaton, for benchmarks that compare raw scan speed.
    pub fn automaton(&self) -> &AhoCorasick {
        &self.ac
    }

    /// The surface forms, in pattern order.
    pub fn patterns(&self) -> &[String] {
        &self.patterns
    }

    /// The entries of pattern `p` (an index into [`Matcher::patterns`]).
    pub fn pattern_entries(&self, p: usize) -> &[EntryIdx] {
        &self.pattern_entries[p]
    }

    /// Wall time that [`Matcher::build`] took.
    pub fn build_time(&self) -> Duration {
        self.build_time
    }

    /// Which aho-corasick implementation was built.
    pub fn kind(&self) -> AhoCorasickKind {
        self.ac.kind()
    }

    /// Approximate heap bytes: the automaton plus the pattern and entry tables.
    pub fn memory_usage(&self) -> usize {
        let patterns: usize = self
            .patterns
            .iter()
            .map(|p| p.capacity() + std::mem::size_of::<String>())
            .sum();
        let entries: usize = self
            .pattern_entries
            .iter()
            .map(|v| v.capacity() * 4 + std::mem::size_of::<Vec<EntryIdx>>())
            .sum();
        self.ac.memory_usage() + patterns + entries
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEAD: &str = "id\ttype\tsubtype\tname\taliases\tparent\tcode\tattrs\n";

    fn dict(rows: &str) -> Dictionary {
        Dictionary::from_tsv(&format!("{HEAD}{rows}"), "t.tsv").unwrap()
    }

    #[test]
    fn leftmost_longest_prefers_the_longer_form() {
        let d = dict(
            "r:csj\tPLACE\tregion\t长江三角洲\t长三角|长三角区域\t\t\t\n\
             p:g60\tPROJECT\t\t长三角G60科创走廊\t\t\t\t\n",
        );
        let m = Matcher::build(&d);
        let text = "推进长三角区域一体化，建设长三角G60科创走廊和长三角";
        let hits: Vec<_> = m.find_iter(text).collect();
        let forms: Vec<_> = hits.iter().map(|h| &text[h.start..h.end]).collect();
        assert_eq!(forms, ["长三角区域", "长三角G60科创走廊", "长三角"]);
        assert_eq!(hits[0].pattern, "长三角区域");
        assert_eq!(d.entry(hits[0].entries[0]).name, "长江三角洲");
        assert_eq!(d.entry(hits[1].entries[0]).id, "p:g60");
    }

    #[test]
    fn ambiguous_alias_keeps_every_candidate() {
        let d = dict(
            "place:320500\tPLACE\tcity\t苏州市\t苏州\t\t320500\t\n\
             place:abbr:苏\tPLACE\tabbr\t江苏省\t苏\t\t\talt=place:320500\n\
             place:abbr:苏2\tPLACE\tabbr\t苏州市\t苏\t\t\t\n\
             place:320000\tPLACE\tprovince\t江苏省\t江苏\t\t320000\t\n",
        );
        let m = Matcher::build(&d);
        let ids: Vec<_> = m
            .lookup("苏")
            .iter()
            .map(|&i| d.entry(i).id.as_str())
            .collect();
        assert_eq!(ids, ["place:abbr:苏", "place:abbr:苏2"]);
        // an abbreviation's name is its norm, not one of its surface forms
        let ids: Vec<_> = m
            .lookup("江苏省")
            .iter()
            .map(|&i| d.entry(i).id.as_str())
            .collect();
        assert_eq!(ids, ["place:320000"]);
        assert!(m.lookup("苏州市场").is_empty());
        let hit = m.find_iter("沪苏合作").next().unwrap();
        assert_eq!(hit.entries.len(), 2);
    }

    #[test]
    fn kinds_agree() {
        let d = dict("a\tPLACE\t\t嘉兴市\t嘉兴\t\t\t\nb\tPLACE\t\t嘉善县\t嘉善\t\t\t\n");
        let text = "嘉兴嘉善嘉兴市";
        let nfa: Vec<_> = Matcher::build(&d)
            .find_iter(text)
            .map(|h| (h.start, h.end))
            .collect();
        let m = Matcher::build_with(
            &d,
            MatcherOptions {
                kind: Some(AhoCorasickKind::DFA),
            },
        );
        assert_eq!(m.kind(), AhoCorasickKind::DFA);
        let dfa: Vec<_> = m.find_iter(text).map(|h| (h.start, h.end)).collect();
        assert_eq!(nfa, dfa);
        assert_eq!(nfa, [(0, 6), (6, 12), (12, 21)]);
        assert!(m.memory_usage() > 0);
    }
}
