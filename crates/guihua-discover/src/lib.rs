//! guihua's dictionary discovery: what the corpus names that no dictionary
//! holds yet, proposed as dictionary lines with their evidence.
//!
//! **What this crate owns**: proposing dictionary entries. [`discover`] reads
//! decoded documents with the same normaliser and [`Resources`] the pipeline
//! uses and collects candidates from four sources (the pattern recognisers'
//! unlisted spans, jieba place and organisation tokens, members of industry
//! enumerations, frequent strings ending in a project or agency head), removes
//! noise (stop lists, minimum counts, names the dictionaries already hold,
//! substrings never seen alone), ranks what is left and gives each candidate
//! a proposed id, type, subtype, parent, its frequency, number of documents
//! and two example contexts. [`write_tsv`] writes them in the dictionary file
//! format (dictionaries/README.md) with evidence columns after the eight
//! standard ones, so that accepting a candidate is moving the first eight
//! columns of its line into a dictionary file; [`read_tsv`] reads them back.
//!
//! **What it must not touch**: it never edits dictionaries, rule lists or
//! tables, never decides mentions (the tagger does) and reads no files: the
//! caller passes decoded text. Curators accept candidates by hand
//! (docs/discover.md).
//!
//! Ranking: `score = count × ln(1 + docs) × weight`, where `weight` is the
//! largest weight of the sources that proposed the candidate (pattern
//! recognisers 3, suffix n-grams 2, jieba 1; see [`source_weight`]) plus 0.5
//! for every further source.
//!
//! ```
//! use guihua_discover::{discover, DiscoverOptions};
//! use guihua_tag::{Lists, Resources};
//! use guihua_text::{NormOptions, Normaliser};
//! let dict = guihua_dict::Dictionary::from_tsv(
//!     "id\ttype\tsubtype\tname\taliases\tparent\tcode\tattrs\n\
//!      place:330400\tPLACE\tcity\t嘉兴市\t嘉兴\t\t330400\t\n",
//!     "inline.tsv",
//! )
//! .unwrap();
//! let lists = Lists {
//!     project_suffixes: vec!["新区".into()],
//!     ..Lists::default()
//! };
//! let res = Resources::from_parts(dict, lists);
//! let norm = Normaliser::new(NormOptions::default());
//! let docs = vec![
//!     ("a".to_string(), "建设嘉兴湾北新区。湾北新区是重点。".to_string()),
//!     ("b".to_string(), "支持湾北新区发展。".to_string()),
//! ];
//! let found = discover(&docs, (&norm, &res), &DiscoverOptions::default());
//! let c = found.iter().find(|c| c.name == "湾北新区").unwrap();
//! assert_eq!(c.proposed_id, "project:湾北新区");
//! assert_eq!((c.count, c.n_docs), (3, 2));
//! assert!(c.aliases.contains(&"嘉兴湾北新区".to_string()));
//! ```

mod collect;
mod tsv;

pub use collect::discover;
pub use tsv::{read_tsv, write_tsv, TsvError, TSV_HEADER};

use guihua_model::EntityType;
#[doc(no_inline)]
pub use guihua_tag::Resources;

/// The status every proposed line carries.
pub const STATUS_CANDIDATE: &str = "candidate";

/// Generic phrases discovery never proposes (`data/stop.txt`), on top of the
/// tagger's `dictionaries/lists/project_generic.txt`.
pub const STOP_PHRASES: &str = include_str!("../data/stop.txt");

/// Words that alone never make the name part of a suffix n-gram
/// (`data/generic_modifiers.txt`).
pub const GENERIC_MODIFIERS: &str = include_str!("../data/generic_modifiers.txt");

/// Which candidate sources run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sources {
    /// Spans of the `project` and `agency` recognisers that no dictionary holds.
    pub patterns: bool,
    /// Members of industry enumerations (the `industry` recogniser) not in
    /// the taxonomy.
    pub enumerations: bool,
    /// jieba tokens tagged `ns` (PLACE) or `nt` (AGENCY) not in the dictionaries.
    pub jieba: bool,
    /// Frequent strings of 3..=12 characters ending in a project or agency head.
    pub suffix_ngrams: bool,
}

impl Default for Sources {
    fn default() -> Self {
        Sources {
            patterns: true,
            enumerations: true,
            jieba: true,
            suffix_ngrams: true,
        }
    }
}

/// How discovery runs.
#[derive(Debug, Clone, PartialEq)]
pub struct DiscoverOptions {
    /// Fewest occurrences in the corpus (default 2).
    pub min_count: usize,
    /// Fewest documents the candidate occurs in (default 1).
    pub min_docs: usize,
    /// Keep only the best `top` candidates overall (default: all).
    pub top: Option<usize>,
    /// Which sources run (default: all).
    pub sources: Sources,
    /// Shortest suffix n-gram, head included, in characters (default 3).
    pub min_ngram_chars: usize,
    /// Longest suffix n-gram, head included, in characters (default 12).
    pub max_ngram_chars: usize,
    /// More phrases never to propose, on top of the built-in stop list.
    pub extra_stop: Vec<String>,
}

impl Default for DiscoverOptions {
    fn default() -> Self {
        DiscoverOptions {
            min_count: 2,
            min_docs: 1,
            top: None,
            sources: Sources::default(),
            min_ngram_chars: 3,
            max_ngram_chars: 12,
            extra_stop: Vec::new(),
        }
    }
}

/// One proposed dictionary entry with its evidence.
///
/// The first eight fields are a dictionary line (dictionaries/README.md);
/// the rest say why it is proposed.
#[derive(Debug, Clone, PartialEq)]
pub struct CandidateEntry {
    /// A fresh id in the dictionary's scheme: `project:<name>`,
    /// `agency:<name>`, `industry:<name>`, `place:<subtype>:<name>` (a
    /// division found this way needs its code before it is accepted).
    pub proposed_id: String,
    pub etype: EntityType,
    /// Guessed from the head (PROJECT: 铁路 → line, 新区 → zone …; PLACE: 湖 →
    /// water …; INDUSTRY: one level below the proposed parent).
    pub subtype: String,
    pub name: String,
    /// Other surface forms seen in the corpus (the name with a place before
    /// it: 嘉兴湾北新区 for 湾北新区).
    pub aliases: Vec<String>,
    /// Proposed parent id: for a PLACE the nearest dictionary place before
    /// it in its sentences, for an INDUSTRY the parent of the dictionary
    /// industries listed beside it.
    pub parent: Option<String>,
    pub code: Option<String>,
    pub attrs: Vec<(String, String)>,
    /// Always [`STATUS_CANDIDATE`] when proposed; curators may write
    /// anything else (`rejected`) into their copy.
    pub status: String,
    pub score: f64,
    /// Occurrences of the name in the corpus (normalised text).
    pub count: usize,
    /// Documents it occurs in.
    pub n_docs: usize,
    /// Up to two example contexts, the name in 【】.
    pub contexts: Vec<String>,
    /// The sources that proposed it, `+`-separated (`project+suffix`).
    pub source: String,
}

/// Names of the sources, as [`CandidateEntry::source`] writes them.
pub mod source {
    /// The `project` recogniser.
    pub const PROJECT: &str = "project";
    /// The `agency` recogniser (named bodies only: composed departments such
    /// as 湖州市经信局 are already recognised).
    pub const AGENCY: &str = "agency";
    /// The `industry` recogniser (enumeration members).
    pub const INDUSTRY: &str = "industry";
    /// Frequent strings ending in a project or agency head.
    pub const SUFFIX: &str = "suffix";
    /// jieba tokens tagged `ns`.
    pub const JIEBA_NS: &str = "jieba-ns";
    /// jieba tokens tagged `nt`.
    pub const JIEBA_NT: &str = "jieba-nt";
}

/// The weight of a source in the score: pattern recognisers 3, suffix
/// n-grams 2, jieba 1.
pub fn source_weight(name: &str) -> f64 {
    match name {
        source::PROJECT | source::AGENCY | source::INDUSTRY => 3.0,
        source::SUFFIX => 2.0,
        _ => 1.0,
    }
}

/// The score of a candidate: `count × ln(1 + n_docs) × weight`, where
/// `weight` is the largest [`source_weight`] of `sources` plus 0.5 for every
/// further source.
pub fn score(count: usize, n_docs: usize, sources: &[&str]) -> f64 {
    let best = sources
        .iter()
        .map(|s| source_weight(s))
        .fold(0.0f64, f64::max);
    let weight = best + 0.5 * sources.len().saturating_sub(1) as f64;
    count as f64 * (1.0 + n_docs as f64).ln() * weight
}

/// Words of a list file: one a line, `#` comments and blank lines skipped.
pub(crate) fn list_words(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}
