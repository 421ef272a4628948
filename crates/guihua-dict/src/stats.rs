//! [`Stats`]: what a loaded dictionary and its compiled matcher amount to.

use crate::entry::{DictError, Dictionary};
use crate::matcher::{Matcher, MatcherOptions};
use guihua_model::EntityType;
use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;
use std::time::{Duration, Instant};

/// Sizes and timings of a dictionary and its matcher.
#[derive(Debug, Clone, PartialEq)]
pub struct Stats {
    /// Entries of each type, in [`EntityType::ALL`] order (zero counts kept).
    pub entries_by_type: Vec<(EntityType, usize)>,
    /// Entries per `(type, subtype)`.
    pub entries_by_subtype: BTreeMap<(String, String), usize>,
    pub entries: usize,
    /// Distinct surface forms compiled.
    pub patterns: usize,
    /// Surface forms that stand for more than one entry.
    pub ambiguous_patterns: usize,
    /// Time to read and parse the files, when they were loaded by [`Stats::measure`].
    pub load_time: Option<Duration>,
    pub build_time: Duration,
    /// Approximate heap bytes of the automaton alone (`AhoCorasick::memory_usage`).
    pub automaton_bytes: usize,
    /// Approximate heap bytes of the matcher (automaton, patterns, entry lists).
    pub matcher_bytes: usize,
    /// The aho-corasick implementation built (`NoncontiguousNFA`, `ContiguousNFA`, `DFA`).
    pub kind: String,
}

impl Stats {
    /// Stats of an already built dictionary and matcher.
    pub fn new(dict: &Dictionary, matcher: &Matcher) -> Stats {
        let mut by_sub = BTreeMap::new();
        for e in dict.entries() {
            *by_sub
                .entry((e.etype.as_str().to_string(), e.subtype.clone()))
                .or_insert(0) += 1;
        }
        let ambiguous = (0..matcher.pattern_count())
            .filter(|&p| matcher.pattern_entries(p).len() > 1)
            .count();
        Stats {
            entries_by_type: dict.count_by_type(),
            entries_by_subtype: by_sub,
            entries: dict.len(),
            patterns: matcher.pattern_count(),
            ambiguous_patterns: ambiguous,
            load_time: None,
            build_time: matcher.build_time(),
            automaton_bytes: matcher.automaton().memory_usage(),
            matcher_bytes: matcher.memory_usage(),
            kind: format!("{:?}", matcher.kind()),
        }
    }

    /// Loads `dir`, builds its matcher and measures both.
    pub fn measure(
        dir: &Path,
        options: MatcherOptions,
    ) -> Result<(Dictionary, Matcher, Stats), DictError> {
        let t0 = Instant::now();
        let dict = Dictionary::load_dir(dir)?;
        let load = t0.elapsed();
        let matcher = Matcher::build_with(&dict, options);
        let mut stats = Stats::new(&dict, &matcher);
        stats.load_time = Some(load);
        Ok((dict, matcher, stats))
    }
}

fn mib(bytes: usize) -> f64 {
    bytes as f64 / (1024.0 * 1024.0)
}

impl fmt::Display for Stats {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "entries: {}", self.entries)?;
        for (t, n) in &self.entries_by_type {
            if *n == 0 {
                continue;
            }
            let subs: Vec<String> = self
                .entries_by_subtype
                .iter()
                .filter(|((ty, _), _)| ty == t.as_str())
                .map(|((_, s), n)| format!("{}={n}", if s.is_empty() { "-" } else { s }))
                .collect();
            writeln!(f, "  {:<9}{n:>7}  ({})", t.as_str(), subs.join(", "))?;
        }
        writeln!(
            f,
            "patterns: {} ({} ambiguous)",
            self.patterns, self.ambiguous_patterns
        )?;
        if let Some(l) = self.load_time {
            writeln!(f, "load time: {:.1} ms", l.as_secs_f64() * 1e3)?;
        }
        writeln!(
            f,
            "build time: {:.1} ms ({})",
            self.build_time.as_secs_f64() * 1e3,
            self.kind
        )?;
        write!(
            f,
            "memory: automaton {:.1} MiB, matcher {:.1} MiB",
            mib(self.automaton_bytes),
            mib(self.matcher_bytes)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_and_displays() {
        let tsv = "id\ttype\tsubtype\tname\taliases\tparent\tcode\tattrs\n\
                   a\tPLACE\tcity\t嘉兴市\t嘉兴\t\t\t\n\
                   b\tPLACE\tabbr\t嘉兴市\t嘉\t\t\t\n\
                   c\tINDUSTRY\t\t集成电路\t積體電路\t\t\t\n\
                   d\tPROJECT\tzone\t嘉兴开发区\t嘉兴\t\t\t\n";
        let d = Dictionary::from_tsv(tsv, "t").unwrap();
        let m = Matcher::build(&d);
        let s = Stats::new(&d, &m);
        assert_eq!(s.entries, 4);
        assert_eq!(s.entries_by_type[0], (EntityType::Place, 2));
        assert_eq!(s.patterns, 6);
        assert_eq!(s.ambiguous_patterns, 1);
        let shown = s.to_string();
        assert!(
            shown.contains("PLACE          2  (abbr=1, city=1)"),
            "{shown}"
        );
        assert!(shown.contains("patterns: 6 (1 ambiguous)"));
        assert!(!shown.contains("TARGET"));
    }
}
