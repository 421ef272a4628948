//! The shared vocabulary of guihua.
//!
//! This crate owns the plain data types that cross stage boundaries: what an
//! entity type or a predicate is, what a [`Mention`], a [`Relation`] and a
//! [`DocRecord`] hold. It owns no behaviour beyond parsing and printing those
//! names; it must not depend on any other guihua crate, on I/O or on the
//! dictionaries. Every other crate speaks in these types, so that data flows one
//! way: text → mentions → relations → tables.
//!
//! Offsets: every `start`/`end` in these types is a Unicode code point offset
//! into the document's text *as decoded from its file*, before any
//! normalisation, end exclusive. Stages that work on normalised text keep their
//! own byte offsets internally and convert once, through the text layer's
//! `OffsetMap`, before they build these records.
//!
//! ```
//! use guihua_model::{EntityType, Predicate};
//! assert_eq!("PLACE".parse::<EntityType>(), Ok(EntityType::Place));
//! assert_eq!(Predicate::LedBy.as_str(), "LED_BY");
//! ```

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// The five entity types of docs/ANNOTATION.md.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum EntityType {
    Place,
    Project,
    Agency,
    Industry,
    Target,
}

impl EntityType {
    /// All types, in the order reports print them.
    pub const ALL: [EntityType; 5] = [
        EntityType::Place,
        EntityType::Project,
        EntityType::Agency,
        EntityType::Industry,
        EntityType::Target,
    ];

    /// The upper-case name used in tables and gold files.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Place => "PLACE",
            EntityType::Project => "PROJECT",
            EntityType::Agency => "AGENCY",
            EntityType::Industry => "INDUSTRY",
            EntityType::Target => "TARGET",
        }
    }
}

impl fmt::Display for EntityType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Error for a name that is not one of the known types or predicates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownName(pub String);

impl fmt::Display for UnknownName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown name {:?}", self.0)
    }
}

impl std::error::Error for UnknownName {}

impl FromStr for EntityType {
    type Err = UnknownName;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        EntityType::ALL
            .into_iter()
            .find(|t| t.as_str().eq_ignore_ascii_case(s))
            .ok_or_else(|| UnknownName(s.to_string()))
    }
}

/// The seven relation predicates of docs/ANNOTATION.md.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Predicate {
    LedBy,
    ImplementedBy,
    LocatedIn,
    Connects,
    CooperatesWith,
    Develops,
    HasTarget,
}

impl Predicate {
    /// All predicates, in the order reports print them.
    pub const ALL: [Predicate; 7] = [
        Predicate::LedBy,
        Predicate::ImplementedBy,
        Predicate::LocatedIn,
        Predicate::Connects,
        Predicate::CooperatesWith,
        Predicate::Develops,
        Predicate::HasTarget,
    ];

    /// The upper-case name used in tables and gold files.
    pub fn as_str(self) -> &'static str {
        match self {
            Predicate::LedBy => "LED_BY",
            Predicate::ImplementedBy => "IMPLEMENTED_BY",
            Predicate::LocatedIn => "LOCATED_IN",
            Predicate::Connects => "CONNECTS",
            Predicate::CooperatesWith => "COOPERATES_WITH",
            Predicate::Develops => "DEVELOPS",
            Predicate::HasTarget => "HAS_TARGET",
        }
    }

    /// Whether head and tail may be swapped without changing the fact.
    pub fn is_symmetric(self) -> bool {
        matches!(self, Predicate::CooperatesWith)
    }
}

impl fmt::Display for Predicate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Predicate {
    type Err = UnknownName;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Predicate::ALL
            .into_iter()
            .find(|p| p.as_str().eq_ignore_ascii_case(s))
            .ok_or_else(|| UnknownName(s.to_string()))
    }
}

/// How a target's value relates to its threshold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Comparator {
    /// `>=`: 以上, 超过, 不低于.
    #[serde(rename = ">=")]
    AtLeast,
    /// `<=`: 以下, 以内, 控制在, 不超过.
    #[serde(rename = "<=")]
    AtMost,
    /// `=`: 达到, 为, a plain value.
    #[serde(rename = "=")]
    Equal,
    /// `~`: 左右, 约.
    #[serde(rename = "~")]
    About,
}

impl Comparator {
    /// The symbol used in tables and gold files.
    pub fn as_str(self) -> &'static str {
        match self {
            Comparator::AtLeast => ">=",
            Comparator::AtMost => "<=",
            Comparator::Equal => "=",
            Comparator::About => "~",
        }
    }
}

impl FromStr for Comparator {
    type Err = UnknownName;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            ">=" => Ok(Comparator::AtLeast),
            "<=" => Ok(Comparator::AtMost),
            "=" => Ok(Comparator::Equal),
            "~" => Ok(Comparator::About),
            _ => Err(UnknownName(s.to_string())),
        }
    }
}

/// The attributes of a TARGET mention (docs/ANNOTATION.md, `attrs`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TargetAttrs {
    /// The indicator, without scope word, deadline or comparator words.
    pub indicator: String,
    /// The value as written (`3.2`, `1.61:1`, `2.5万`); `None` when masked.
    pub value: Option<String>,
    /// The value as a number where it is one (`2.5万` → 25000).
    pub value_num: Option<f64>,
    /// The unit (`%`, `公里`, `微克/立方米`); `None` when there is none.
    pub unit: Option<String>,
    pub comparator: Comparator,
    /// The governing deadline year.
    pub year: Option<i32>,
    /// Whether the value is masked (`**%`).
    pub masked: bool,
    /// Norm of the scope the target belongs to (a place), where stated.
    pub scope_norm: Option<String>,
}

/// One entity mention, as written to `mentions.parquet`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    /// Unique within its document; mentions are numbered in text order.
    pub id: u32,
    pub etype: EntityType,
    /// Code point offsets into the decoded original text, end exclusive.
    pub start: usize,
    pub end: usize,
    /// Exactly `original[start..end]` (in code points).
    pub text: String,
    /// Normal form per docs/ANNOTATION.md.
    pub norm: String,
    /// Stable canonical id such as `place:330400`, where known.
    pub entity_id: Option<String>,
    /// Administrative division code for places, where known.
    pub code: Option<String>,
    /// Full official name where the text uses a relative or short one.
    pub canonical: Option<String>,
    /// Index of the sentence the mention sits in.
    pub sentence: u32,
    /// Name of the recogniser that found it.
    pub source: String,
    pub confidence: f32,
    /// Set for TARGET mentions.
    pub target: Option<TargetAttrs>,
}

/// One end of a relation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RelEnd {
    /// The mention this end points at, when there is one.
    pub mention: Option<u32>,
    /// The norm of the end: the mention's norm, the implied place's full name,
    /// or the document subject for `DOC`.
    pub norm: String,
    pub etype: EntityType,
    /// The end is the document's own jurisdiction (`DOC`).
    pub is_doc: bool,
}

/// One relation, as written to `relations.parquet`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Relation {
    pub predicate: Predicate,
    pub head: RelEnd,
    pub tail: RelEnd,
    /// Code point span of the supporting sentence in the original text.
    pub evidence_start: usize,
    pub evidence_end: usize,
    /// Name of the rule that made it.
    pub rule: String,
    pub confidence: f32,
}

/// Status of a document that was processed without error.
pub const STATUS_OK: &str = "ok";

/// One row of `documents.parquet`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DocRecord {
    /// Path relative to the input root with `/` separators.
    pub doc_id: String,
    pub sha256: String,
    /// `txt`, `html`, `docx`, ...
    pub format: String,
    /// The detected encoding (`UTF-8`, `GB18030`, `UTF-16LE`, ...).
    pub encoding: String,
    /// `hans`, `hant` or `mixed`.
    pub script: String,
    /// Number of code points in the decoded text the offsets address.
    pub chars: u64,
    /// Norm of the document's own jurisdiction, e.g. 嘉兴市.
    pub subject: Option<String>,
    pub subject_code: Option<String>,
    pub issuers: Vec<String>,
    /// `ok` or the reason the document failed.
    pub status: String,
    pub n_mentions: u32,
    pub n_relations: u32,
    /// Which text the offsets address (`file` for plain text, `visible-text`
    /// for HTML, `document-xml-paragraphs` for DOCX).
    pub text_basis: String,
    /// Size of the input file in bytes.
    pub bytes: u64,
}

/// Everything the pipeline produced for one document.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DocResult {
    pub doc: DocRecord,
    pub mentions: Vec<Mention>,
    pub relations: Vec<Relation>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for t in EntityType::ALL {
            assert_eq!(t.as_str().parse::<EntityType>(), Ok(t));
        }
        for p in Predicate::ALL {
            assert_eq!(p.as_str().parse::<Predicate>(), Ok(p));
        }
        for c in ["<=", ">=", "=", "~"] {
            assert_eq!(c.parse::<Comparator>().unwrap().as_str(), c);
        }
        assert!("PLACES".parse::<EntityType>().is_err());
    }

    #[test]
    fn only_cooperation_is_symmetric() {
        let sym: Vec<_> = Predicate::ALL
            .into_iter()
            .filter(|p| p.is_symmetric())
            .collect();
        assert_eq!(sym, vec![Predicate::CooperatesWith]);
    }
}
