//! guihua's dictionaries and their compiled matcher.
//!
//! This crate owns the dictionary file format (see `dictionaries/README.md`),
//! loading and checking entry files, and [`Matcher`]: one leftmost-longest
//! Aho-Corasick automaton over every name and alias of every entry, whose hits
//! carry entry ids. [`check_dir`] lists every problem of a dictionary folder
//! and [`Stats`] sums up a loaded dictionary and its matcher. It knows nothing about documents, sentences or how a hit
//! becomes a mention: that is the tagger's job.
//!
//! ```
//! use guihua_dict::{Dictionary, Matcher};
//! let tsv = "id\ttype\tsubtype\tname\taliases\tparent\tcode\tattrs\n\
//!            place:330400\tPLACE\tcity\t嘉兴市\t嘉兴\tplace:330000\t330400\t\n";
//! let dict = Dictionary::from_tsv(tsv, "inline.tsv").unwrap();
//! let matcher = Matcher::build(&dict);
//! let hits: Vec<_> = matcher.find_iter("推进嘉兴发展").collect();
//! assert_eq!(hits.len(), 1);
//! assert_eq!(dict.entry(hits[0].entries[0]).name, "嘉兴市");
//! ```

mod check;
mod entry;
mod matcher;
mod stats;

pub use aho_corasick::AhoCorasickKind;
pub use check::{check_dir, check_tsv, Problem, ProblemKind};
pub use entry::{DictError, Dictionary, Entry, EntryIdx, ABBR, HEADER};
pub use matcher::{Hit, Matcher, MatcherOptions};
pub use stats::Stats;
