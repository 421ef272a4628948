//! [`Matcher`]: every surface form of every entry in one automaton.

use crate::entry::{Dictionary, EntryIdx};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use std::collections::HashMap;

/// One dictionary hit in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit<'m> {
    /// Byte range in the scanned text.
    pub start: usize,
    pub end: usize,
    /// Every entry that has this surface form (several when it is ambiguous).
    pub entries: &'m [EntryIdx],
}

/// A compiled leftmost-longest automaton over all names and aliases.
#[derive(Debug, Clone)]
pub struct Matcher {
    ac: AhoCorasick,
    /// For each pattern, the entries it stands for.
    pattern_entries: Vec<Vec<EntryIdx>>,
    patterns: Vec<String>,
}

impl Matcher {
    /// Compiles every name and alias of `dict`.
    pub fn build(dict: &Dictionary) -> Matcher {
        let mut index: HashMap<&str, usize> = HashMap::new();
        let mut patterns: Vec<String> = Vec::new();
        let mut pattern_entries: Vec<Vec<EntryIdx>> = Vec::new();
        for (i, e) in dict.entries().iter().enumerate() {
            for form in std::iter::once(&e.name).chain(e.aliases.iter()) {
                let p = *index.entry(form.as_str()).or_insert_with(|| {
                    patterns.push(form.clone());
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
            .build(&patterns)
            .expect("dictionary automaton builds");
        Matcher {
            ac,
            pattern_entries,
            patterns,
        }
    }

    /// Leftmost-longest, non-overlapping hits in `text`.
    pub fn find_iter<'m, 't>(&'m self, text: &'t str) -> impl Iterator<Item = Hit<'m>> + 't
    where
        'm: 't,
    {
        self.ac.find_iter(text).map(move |m| Hit {
            start: m.start(),
            end: m.end(),
            entries: &self.pattern_entries[m.pattern().as_usize()],
        })
    }

    /// Every entry whose name or alias is exactly `form`.
    pub fn lookup(&self, form: &str) -> &[EntryIdx] {
        match self
            .ac
            .find(form)
            .filter(|m| m.start() == 0 && m.end() == form.len())
        {
            Some(m) => &self.pattern_entries[m.pattern().as_usize()],
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
}
