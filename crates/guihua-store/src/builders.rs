//! Arrow builders: DocResults in, record batches out, one builder set per table.

use crate::schema::{documents_schema, mentions_schema, relations_schema, targets_schema};
use arrow::array::{
    ArrayRef, BooleanBuilder, Float32Builder, Float64Builder, Int32Builder, ListBuilder,
    StringBuilder, UInt32Builder, UInt64Builder,
};
use arrow::error::ArrowError;
use arrow::record_batch::RecordBatch;
use guihua_model::{DocRecord, Mention, Relation};
use std::sync::Arc;

fn finish(
    schema: arrow::datatypes::SchemaRef,
    cols: Vec<ArrayRef>,
) -> Result<RecordBatch, ArrowError> {
    RecordBatch::try_new(schema, cols)
}

/// Builders of the `documents` table.
#[derive(Default)]
pub(crate) struct DocumentsBuilder {
    rows: usize,
    doc_id: StringBuilder,
    sha256: StringBuilder,
    format: StringBuilder,
    encoding: StringBuilder,
    script: StringBuilder,
    chars: UInt64Builder,
    subject: StringBuilder,
    subject_code: StringBuilder,
    issuers: ListBuilder<StringBuilder>,
    status: StringBuilder,
    n_mentions: UInt32Builder,
    n_relations: UInt32Builder,
    text_basis: StringBuilder,
    bytes: UInt64Builder,
}

impl DocumentsBuilder {
    pub fn rows(&self) -> usize {
        self.rows
    }

    pub fn push(&mut self, d: &DocRecord) {
        self.rows += 1;
        self.doc_id.append_value(&d.doc_id);
        self.sha256.append_value(&d.sha256);
        self.format.append_value(&d.format);
        self.encoding.append_value(&d.encoding);
        self.script.append_value(&d.script);
        self.chars.append_value(d.chars);
        self.subject.append_option(d.subject.as_deref());
        self.subject_code.append_option(d.subject_code.as_deref());
        for i in &d.issuers {
            self.issuers.values().append_value(i);
        }
        self.issuers.append(true);
        self.status.append_value(&d.status);
        self.n_mentions.append_value(d.n_mentions);
        self.n_relations.append_value(d.n_relations);
        self.text_basis.append_value(&d.text_basis);
        self.bytes.append_value(d.bytes);
    }

    pub fn finish(&mut self) -> Result<RecordBatch, ArrowError> {
        self.rows = 0;
        finish(
            documents_schema(),
            vec![
                Arc::new(self.doc_id.finish()),
                Arc::new(self.sha256.finish()),
                Arc::new(self.format.finish()),
                Arc::new(self.encoding.finish()),
                Arc::new(self.script.finish()),
                Arc::new(self.chars.finish()),
                Arc::new(self.subject.finish()),
                Arc::new(self.subject_code.finish()),
                Arc::new(self.issuers.finish()),
                Arc::new(self.status.finish()),
                Arc::new(self.n_mentions.finish()),
                Arc::new(self.n_relations.finish()),
                Arc::new(self.text_basis.finish()),
                Arc::new(self.bytes.finish()),
            ],
        )
    }
}

/// Builders of the `mentions` table.
#[derive(Default)]
pub(crate) struct MentionsBuilder {
    rows: usize,
    doc_id: StringBuilder,
    mention_id: UInt32Builder,
    etype: StringBuilder,
    start: UInt64Builder,
    end: UInt64Builder,
    text: StringBuilder,
    norm: StringBuilder,
    entity_id: StringBuilder,
    code: StringBuilder,
    canonical: StringBuilder,
    sentence: UInt32Builder,
    source: StringBuilder,
    confidence: Float32Builder,
}

impl MentionsBuilder {
    pub fn rows(&self) -> usize {
        self.rows
    }

    pub fn push(&mut self, doc_id: &str, m: &Mention) {
        self.rows += 1;
        self.doc_id.append_value(doc_id);
        self.mention_id.append_value(m.id);
        self.etype.append_value(m.etype.as_str());
        self.start.append_value(m.start as u64);
        self.end.append_value(m.end as u64);
        self.text.append_value(&m.text);
        self.norm.append_value(&m.norm);
        self.entity_id.append_option(m.entity_id.as_deref());
        self.code.append_option(m.code.as_deref());
        self.canonical.append_option(m.canonical.as_deref());
        self.sentence.append_value(m.sentence);
        self.source.append_value(&m.source);
        self.confidence.append_value(m.confidence);
    }

    pub fn finish(&mut self) -> Result<RecordBatch, ArrowError> {
        self.rows = 0;
        finish(
            mentions_schema(),
            vec![
                Arc::new(self.doc_id.finish()),
                Arc::new(self.mention_id.finish()),
                Arc::new(self.etype.finish()),
                Arc::new(self.start.finish()),
                Arc::new(self.end.finish()),
                Arc::new(self.text.finish()),
                Arc::new(self.norm.finish()),
                Arc::new(self.entity_id.finish()),
                Arc::new(self.code.finish()),
                Arc::new(self.canonical.finish()),
                Arc::new(self.sentence.finish()),
                Arc::new(self.source.finish()),
                Arc::new(self.confidence.finish()),
            ],
        )
    }
}

/// Builders of the `relations` table.
#[derive(Default)]
pub(crate) struct RelationsBuilder {
    rows: usize,
    doc_id: StringBuilder,
    predicate: StringBuilder,
    head_mention: UInt32Builder,
    head_norm: StringBuilder,
    head_type: StringBuilder,
    head_is_doc: BooleanBuilder,
    tail_mention: UInt32Builder,
    tail_norm: StringBuilder,
    tail_type: StringBuilder,
    tail_is_doc: BooleanBuilder,
    evidence_start: UInt64Builder,
    evidence_end: UInt64Builder,
    rule: StringBuilder,
    confidence: Float32Builder,
}

impl RelationsBuilder {
    pub fn rows(&self) -> usize {
        self.rows
    }

    pub fn push(&mut self, doc_id: &str, r: &Relation) {
        self.rows += 1;
        self.doc_id.append_value(doc_id);
        self.predicate.append_value(r.predicate.as_str());
        self.head_mention.append_option(r.head.mention);
        self.head_norm.append_value(&r.head.norm);
        self.head_type.append_value(r.head.etype.as_str());
        self.head_is_doc.append_value(r.head.is_doc);
        self.tail_mention.append_option(r.tail.mention);
        self.tail_norm.append_value(&r.tail.norm);
        self.tail_type.append_value(r.tail.etype.as_str());
        self.tail_is_doc.append_value(r.tail.is_doc);
        self.evidence_start.append_value(r.evidence_start as u64);
        self.evidence_end.append_value(r.evidence_end as u64);
        self.rule.append_value(&r.rule);
        self.confidence.append_value(r.confidence);
    }

    pub fn finish(&mut self) -> Result<RecordBatch, ArrowError> {
        self.rows = 0;
        finish(
            relations_schema(),
            vec![
                Arc::new(self.doc_id.finish()),
                Arc::new(self.predicate.finish()),
                Arc::new(self.head_mention.finish()),
                Arc::new(self.head_norm.finish()),
                Arc::new(self.head_type.finish()),
                Arc::new(self.head_is_doc.finish()),
                Arc::new(self.tail_mention.finish()),
                Arc::new(self.tail_norm.finish()),
                Arc::new(self.tail_type.finish()),
                Arc::new(self.tail_is_doc.finish()),
                Arc::new(self.evidence_start.finish()),
                Arc::new(self.evidence_end.finish()),
                Arc::new(self.rule.finish()),
                Arc::new(self.confidence.finish()),
            ],
        )
    }
}

/// Builders of the `targets` table.
#[derive(Default)]
pub(crate) struct TargetsBuilder {
    rows: usize,
    doc_id: StringBuilder,
    mention_id: UInt32Builder,
    indicator: StringBuilder,
    value: StringBuilder,
    value_num: Float64Builder,
    unit: StringBuilder,
    comparator: StringBuilder,
    year: Int32Builder,
    masked: BooleanBuilder,
    scope_norm: StringBuilder,
}

impl TargetsBuilder {
    pub fn rows(&self) -> usize {
        self.rows
    }

    /// Adds the mention's target row; does nothing for a mention without one.
    pub fn push(&mut self, doc_id: &str, m: &Mention) {
        let Some(t) = &m.target else { return };
        self.rows += 1;
        self.doc_id.append_value(doc_id);
        self.mention_id.append_value(m.id);
        self.indicator.append_value(&t.indicator);
        self.value.append_option(t.value.as_deref());
        self.value_num.append_option(t.value_num);
        self.unit.append_option(t.unit.as_deref());
        self.comparator.append_value(t.comparator.as_str());
        self.year.append_option(t.year);
        self.masked.append_value(t.masked);
        self.scope_norm.append_option(t.scope_norm.as_deref());
    }

    pub fn finish(&mut self) -> Result<RecordBatch, ArrowError> {
        self.rows = 0;
        finish(
            targets_schema(),
            vec![
                Arc::new(self.doc_id.finish()),
                Arc::new(self.mention_id.finish()),
                Arc::new(self.indicator.finish()),
                Arc::new(self.value.finish()),
                Arc::new(self.value_num.finish()),
                Arc::new(self.unit.finish()),
                Arc::new(self.comparator.finish()),
                Arc::new(self.year.finish()),
                Arc::new(self.masked.finish()),
                Arc::new(self.scope_norm.finish()),
            ],
        )
    }
}
