//! The facts table: relations folded into distinct (head entity, predicate,
//! tail entity) triples across a run.
//!
//! [`Facts`] keeps only compact state per distinct triple (keys, norms, a
//! counter, interned document indices and the first evidence), never whole
//! documents, so a streaming run can feed it every relation.

use crate::schema::facts_schema;
use arrow::array::{ArrayRef, ListBuilder, StringBuilder, UInt32Builder, UInt64Builder};
use arrow::error::ArrowError;
use arrow::record_batch::RecordBatch;
use guihua_model::{DocRecord, DocResult, EntityType, Mention, Predicate, RelEnd};
use std::collections::HashMap;
use std::sync::Arc;

/// One end of a fact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FactEnd {
    /// The entity key: `entity_id` when the end's mention has one, else
    /// `TYPE:norm` (`PLACE:嘉兴市`); a `DOC` end uses the document subject as
    /// its norm (`DOC:<doc_id>` when the document has no subject).
    pub key: String,
    pub norm: String,
    pub etype: EntityType,
    pub entity_id: Option<String>,
}

/// One row of `facts.parquet`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fact {
    pub head: FactEnd,
    pub predicate: Predicate,
    pub tail: FactEnd,
    /// Number of relations supporting the fact.
    pub n_support: u32,
    /// Distinct documents the relations come from, sorted.
    pub doc_ids: Vec<String>,
    /// The document of the first supporting relation, in the order documents
    /// were added.
    pub first_doc_id: String,
    /// Code point span of the first supporting relation's evidence.
    pub first_evidence_start: u64,
    pub first_evidence_end: u64,
    /// The text of that span, when the caller supplied the document's text.
    pub first_evidence: Option<String>,
}

#[derive(Hash, PartialEq, Eq)]
struct Key {
    head: Box<str>,
    predicate: Predicate,
    tail: Box<str>,
}

struct End {
    norm: Box<str>,
    etype: EntityType,
    entity_id: Option<Box<str>>,
}

struct Acc {
    head: End,
    tail: End,
    n_support: u32,
    docs: Vec<u32>,
    first_doc: u32,
    first_start: u64,
    first_end: u64,
    first_evidence: Option<Box<str>>,
}

/// Accumulates facts document by document.
#[derive(Default)]
pub struct Facts {
    doc_ids: Vec<String>,
    facts: HashMap<Key, Acc>,
}

impl Facts {
    pub fn new() -> Self {
        Self::default()
    }

    /// Number of distinct facts so far.
    pub fn len(&self) -> usize {
        self.facts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.facts.is_empty()
    }

    /// Folds in the relations of one document. `text` is the document's
    /// decoded original text (what the offsets address); without it
    /// `first_evidence` stays null for facts first seen in this document.
    pub fn add_doc(&mut self, doc: &DocResult, text: Option<&str>) {
        let mut slicer = EvidenceSlicer::new();
        self.add_doc_with(doc, |s, e| slicer.slice(text?, s, e));
    }

    /// [`Facts::add_doc`] with the evidence text of a new fact given by
    /// `evidence(start, end)` (code point offsets into the document's
    /// original text), called only for facts first seen in this document.
    pub fn add_doc_with(
        &mut self,
        doc: &DocResult,
        mut evidence: impl FnMut(usize, usize) -> Option<Box<str>>,
    ) {
        if doc.relations.is_empty() {
            return;
        }
        let doc_index = self.doc_ids.len() as u32;
        self.doc_ids.push(doc.doc.doc_id.clone());
        let by_id: HashMap<u32, &Mention> = doc.mentions.iter().map(|m| (m.id, m)).collect();
        for r in &doc.relations {
            let mut head = resolve(&r.head, &by_id, &doc.doc);
            let mut tail = resolve(&r.tail, &by_id, &doc.doc);
            if r.predicate.is_symmetric() && tail.0 < head.0 {
                std::mem::swap(&mut head, &mut tail);
            }
            let key = Key {
                head: head.0.into(),
                predicate: r.predicate,
                tail: tail.0.into(),
            };
            match self.facts.get_mut(&key) {
                Some(acc) => {
                    acc.n_support = acc.n_support.saturating_add(1);
                    if acc.docs.last() != Some(&doc_index) {
                        acc.docs.push(doc_index);
                    }
                }
                None => {
                    let first_evidence = evidence(r.evidence_start, r.evidence_end);
                    self.facts.insert(
                        key,
                        Acc {
                            head: head.1,
                            tail: tail.1,
                            n_support: 1,
                            docs: vec![doc_index],
                            first_doc: doc_index,
                            first_start: r.evidence_start as u64,
                            first_end: r.evidence_end as u64,
                            first_evidence,
                        },
                    );
                }
            }
        }
    }

    /// The facts, sorted by (head key, predicate, tail key).
    pub fn into_facts(self) -> Vec<Fact> {
        let doc_ids = self.doc_ids;
        let mut out: Vec<Fact> = self
            .facts
            .into_iter()
            .map(|(k, a)| {
                let mut ids: Vec<String> = a
                    .docs
                    .iter()
                    .map(|&i| doc_ids[i as usize].clone())
                    .collect();
                ids.sort();
                ids.dedup();
                Fact {
                    head: FactEnd {
                        key: k.head.into(),
                        norm: a.head.norm.into(),
                        etype: a.head.etype,
                        entity_id: a.head.entity_id.map(Into::into),
                    },
                    predicate: k.predicate,
                    tail: FactEnd {
                        key: k.tail.into(),
                        norm: a.tail.norm.into(),
                        etype: a.tail.etype,
                        entity_id: a.tail.entity_id.map(Into::into),
                    },
                    n_support: a.n_support,
                    doc_ids: ids,
                    first_doc_id: doc_ids[a.first_doc as usize].clone(),
                    first_evidence_start: a.first_start,
                    first_evidence_end: a.first_end,
                    first_evidence: a.first_evidence.map(Into::into),
                }
            })
            .collect();
        out.sort_by(|a, b| {
            (&a.head.key, a.predicate.as_str(), &a.tail.key).cmp(&(
                &b.head.key,
                b.predicate.as_str(),
                &b.tail.key,
            ))
        });
        out
    }
}

/// Slices evidence spans (code points) out of a document's text; the code
/// point index of the text is built on the first slice. Use one per text.
#[derive(Default)]
pub struct EvidenceSlicer {
    starts: Option<Vec<usize>>,
}

impl EvidenceSlicer {
    pub fn new() -> Self {
        Self::default()
    }

    /// The text of code points `start..end` of `text` (the same text on
    /// every call), or `None` when the span does not fit it.
    pub fn slice(&mut self, text: &str, start: usize, end: usize) -> Option<Box<str>> {
        let starts = self.starts.get_or_insert_with(|| {
            text.char_indices()
                .map(|(b, _)| b)
                .chain(std::iter::once(text.len()))
                .collect()
        });
        if start <= end && end < starts.len() {
            Some(text[starts[start]..starts[end]].into())
        } else {
            None
        }
    }
}

/// Resolves a relation end to its key and the facts it carries.
fn resolve(end: &RelEnd, by_id: &HashMap<u32, &Mention>, doc: &DocRecord) -> (String, End) {
    let mention = end.mention.and_then(|id| by_id.get(&id).copied());
    let mut norm = end.norm.clone();
    if norm.is_empty() {
        if end.is_doc {
            norm = doc.subject.clone().unwrap_or_default();
        } else if let Some(m) = mention {
            norm = m.norm.clone();
        }
    }
    let entity_id = if end.is_doc {
        None
    } else {
        mention.and_then(|m| m.entity_id.clone())
    };
    let key = match (&entity_id, norm.is_empty() && end.is_doc) {
        (Some(id), _) => id.clone(),
        (None, true) => format!("DOC:{}", doc.doc_id),
        (None, false) => format!("{}:{}", end.etype.as_str(), norm),
    };
    (
        key,
        End {
            norm: norm.into(),
            etype: end.etype,
            entity_id: entity_id.map(Into::into),
        },
    )
}

/// Facts as record batches of at most `batch_rows` rows.
pub(crate) fn fact_batches(
    facts: &[Fact],
    batch_rows: usize,
) -> Result<Vec<RecordBatch>, ArrowError> {
    facts.chunks(batch_rows.max(1)).map(fact_batch).collect()
}

fn fact_batch(facts: &[Fact]) -> Result<RecordBatch, ArrowError> {
    let mut head_key = StringBuilder::new();
    let mut head_norm = StringBuilder::new();
    let mut head_type = StringBuilder::new();
    let mut head_entity_id = StringBuilder::new();
    let mut predicate = StringBuilder::new();
    let mut tail_key = StringBuilder::new();
    let mut tail_norm = StringBuilder::new();
    let mut tail_type = StringBuilder::new();
    let mut tail_entity_id = StringBuilder::new();
    let mut n_support = UInt32Builder::new();
    let mut n_docs = UInt32Builder::new();
    let mut doc_ids = ListBuilder::new(StringBuilder::new());
    let mut first_doc_id = StringBuilder::new();
    let mut first_start = UInt64Builder::new();
    let mut first_end = UInt64Builder::new();
    let mut first_evidence = StringBuilder::new();
    for f in facts {
        head_key.append_value(&f.head.key);
        head_norm.append_value(&f.head.norm);
        head_type.append_value(f.head.etype.as_str());
        head_entity_id.append_option(f.head.entity_id.as_deref());
        predicate.append_value(f.predicate.as_str());
        tail_key.append_value(&f.tail.key);
        tail_norm.append_value(&f.tail.norm);
        tail_type.append_value(f.tail.etype.as_str());
        tail_entity_id.append_option(f.tail.entity_id.as_deref());
        n_support.append_value(f.n_support);
        n_docs.append_value(f.doc_ids.len() as u32);
        for d in &f.doc_ids {
            doc_ids.values().append_value(d);
        }
        doc_ids.append(true);
        first_doc_id.append_value(&f.first_doc_id);
        first_start.append_value(f.first_evidence_start);
        first_end.append_value(f.first_evidence_end);
        first_evidence.append_option(f.first_evidence.as_deref());
    }
    let cols: Vec<ArrayRef> = vec![
        Arc::new(head_key.finish()),
        Arc::new(head_norm.finish()),
        Arc::new(head_type.finish()),
        Arc::new(head_entity_id.finish()),
        Arc::new(predicate.finish()),
        Arc::new(tail_key.finish()),
        Arc::new(tail_norm.finish()),
        Arc::new(tail_type.finish()),
        Arc::new(tail_entity_id.finish()),
        Arc::new(n_support.finish()),
        Arc::new(n_docs.finish()),
        Arc::new(doc_ids.finish()),
        Arc::new(first_doc_id.finish()),
        Arc::new(first_start.finish()),
        Arc::new(first_end.finish()),
        Arc::new(first_evidence.finish()),
    ];
    RecordBatch::try_new(facts_schema(), cols)
}
