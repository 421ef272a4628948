//! Every table schema, in one place.
//!
//! Column names and Arrow types here *are* the output contract (issue 2,
//! "Output contract"; issue 7, "Facts table"). Writers build exactly these
//! schemas; the reader looks columns up by these names; the Python checker in
//! `tests/python/check_tables.py` mirrors them. Change them together.

use arrow::datatypes::{DataType, Field, Schema, SchemaRef};
use std::sync::Arc;

/// The version of the table layout, written to every file as
/// `guihua.schema_version`. Bump it when a column changes name or type.
pub const SCHEMA_VERSION: &str = "1";

/// The five tables guihua writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Table {
    Documents,
    Mentions,
    Relations,
    Targets,
    Facts,
}

impl Table {
    /// All tables, in the order they are written.
    pub const ALL: [Table; 5] = [
        Table::Documents,
        Table::Mentions,
        Table::Relations,
        Table::Targets,
        Table::Facts,
    ];

    /// The table name (`documents`, ...).
    pub fn name(self) -> &'static str {
        match self {
            Table::Documents => "documents",
            Table::Mentions => "mentions",
            Table::Relations => "relations",
            Table::Targets => "targets",
            Table::Facts => "facts",
        }
    }

    /// The file (or folder of part files) name: `<name>.parquet`.
    pub fn file_name(self) -> String {
        format!("{}.parquet", self.name())
    }

    /// The Arrow schema of the table.
    pub fn schema(self) -> SchemaRef {
        match self {
            Table::Documents => documents_schema(),
            Table::Mentions => mentions_schema(),
            Table::Relations => relations_schema(),
            Table::Targets => targets_schema(),
            Table::Facts => facts_schema(),
        }
    }
}

fn utf8(name: &str) -> Field {
    Field::new(name, DataType::Utf8, false)
}

fn utf8_null(name: &str) -> Field {
    Field::new(name, DataType::Utf8, true)
}

/// `List<Utf8>` with the conventional `item` child, as `ListBuilder` makes it.
pub fn utf8_list_type() -> DataType {
    DataType::List(Arc::new(Field::new_list_field(DataType::Utf8, true)))
}

/// `documents`: one row per input document.
pub fn documents_schema() -> SchemaRef {
    Arc::new(Schema::new(vec![
        utf8("doc_id"),
        utf8("sha256"),
        utf8("format"),
        utf8("encoding"),
        utf8("script"),
        Field::new("chars", DataType::UInt64, false),
        utf8_null("subject"),
        utf8_null("subject_code"),
        Field::new("issuers", utf8_list_type(), false),
        utf8("status"),
        Field::new("n_mentions", DataType::UInt32, false),
        Field::new("n_relations", DataType::UInt32, false),
        utf8("text_basis"),
        Field::new("bytes", DataType::UInt64, false),
    ]))
}

/// `mentions`: one row per entity mention.
pub fn mentions_schema() -> SchemaRef {
    Arc::new(Schema::new(vec![
        utf8("doc_id"),
        Field::new("mention_id", DataType::UInt32, false),
        utf8("type"),
        Field::new("start", DataType::UInt64, false),
        Field::new("end", DataType::UInt64, false),
        utf8("text"),
        utf8("norm"),
        utf8_null("entity_id"),
        utf8_null("code"),
        utf8_null("canonical"),
        Field::new("sentence", DataType::UInt32, false),
        utf8("source"),
        Field::new("confidence", DataType::Float32, false),
    ]))
}

/// `relations`: one row per extracted relation.
pub fn relations_schema() -> SchemaRef {
    Arc::new(Schema::new(vec![
        utf8("doc_id"),
        utf8("predicate"),
        Field::new("head_mention", DataType::UInt32, true),
        utf8("head_norm"),
        utf8("head_type"),
        Field::new("head_is_doc", DataType::Boolean, false),
        Field::new("tail_mention", DataType::UInt32, true),
        utf8("tail_norm"),
        utf8("tail_type"),
        Field::new("tail_is_doc", DataType::Boolean, false),
        Field::new("evidence_start", DataType::UInt64, false),
        Field::new("evidence_end", DataType::UInt64, false),
        utf8("rule"),
        Field::new("confidence", DataType::Float32, false),
    ]))
}

/// `targets`: one row per TARGET mention (a mention whose `target` is set).
pub fn targets_schema() -> SchemaRef {
    Arc::new(Schema::new(vec![
        utf8("doc_id"),
        Field::new("mention_id", DataType::UInt32, false),
        utf8("indicator"),
        utf8_null("value"),
        Field::new("value_num", DataType::Float64, true),
        utf8_null("unit"),
        utf8("comparator"),
        Field::new("year", DataType::Int32, true),
        Field::new("masked", DataType::Boolean, false),
        utf8_null("scope_norm"),
    ]))
}

/// `facts`: one row per distinct (head entity, predicate, tail entity) across
/// the run. Entity key: the mention's `entity_id` when it has one, else
/// `TYPE:norm` (a `DOC` end uses the document subject as its norm).
/// COOPERATES_WITH is unordered: its ends are stored with `head_key <= tail_key`.
pub fn facts_schema() -> SchemaRef {
    Arc::new(Schema::new(vec![
        utf8("head_key"),
        utf8("head_norm"),
        utf8("head_type"),
        utf8_null("head_entity_id"),
        utf8("predicate"),
        utf8("tail_key"),
        utf8("tail_norm"),
        utf8("tail_type"),
        utf8_null("tail_entity_id"),
        Field::new("n_support", DataType::UInt32, false),
        Field::new("n_docs", DataType::UInt32, false),
        Field::new("doc_ids", utf8_list_type(), false),
        utf8("first_doc_id"),
        Field::new("first_evidence_start", DataType::UInt64, false),
        Field::new("first_evidence_end", DataType::UInt64, false),
        utf8_null("first_evidence"),
    ]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_per_table() {
        for t in Table::ALL {
            let s = t.schema();
            let mut names: Vec<_> = s.fields().iter().map(|f| f.name().clone()).collect();
            let n = names.len();
            names.sort();
            names.dedup();
            assert_eq!(names.len(), n, "{}", t.name());
        }
    }
}
