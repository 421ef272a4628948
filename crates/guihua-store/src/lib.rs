//! guihua's tables: Arrow schemas, Parquet writing and reading, run metadata
//! and the facts table.
//!
//! # What this crate owns
//! - **Schemas** ([`schema`]): the column names and Arrow types of
//!   `documents`, `mentions`, `relations`, `targets` and `facts`, in one module.
//!   They are the output contract notebooks (pandas, polars, DuckDB) rely on.
//! - **Arrow builders**: turning [`DocResult`]s into record batches.
//! - **Parquet I/O**: [`TableWriter`] streams documents into five zstd Parquet
//!   files with bounded row groups, each written under a hidden temporary name
//!   and renamed into place when complete; [`write_tables`] is the one-shot
//!   form. [`read_tables`] reads a folder back into [`DocResult`]s, accepting
//!   each table as a single `<table>.parquet` file or a folder of part files.
//! - **Run metadata** ([`RunMeta`], [`read_metadata`]): every file carries
//!   `guihua.version`, `guihua.pipeline`, `guihua.dictionary_hash`,
//!   `guihua.created_by`, `guihua.schema_version`, `guihua.table` and any extra
//!   pairs the caller adds.
//! - **Facts** ([`Facts`], `facts.parquet`): relations folded into distinct
//!   (head entity, predicate, tail entity) triples across the run, with support
//!   counts, documents and first evidence.
//!
//! # What it must not touch
//! No text processing (decoding, normalising, segmenting: the caller hands in
//! the decoded text when it wants evidence sentences in `facts`), no
//! recognition or linking, no scoring, no dictionaries. Rows are written as
//! given, in the order given: sorting documents is the caller's job, and so is
//! the consistency of the records (`n_mentions`, mention ids in relations).
//!
//! # Example
//! ```
//! use guihua_model::{DocRecord, DocResult, STATUS_OK};
//! use guihua_store::{read_metadata, read_tables, write_tables, RunMeta, WriteOptions};
//!
//! let dir = tempfile::tempdir().unwrap();
//! let doc = DocResult {
//!     doc: DocRecord {
//!         doc_id: "001.txt".into(),
//!         subject: Some("嘉兴市".into()),
//!         status: STATUS_OK.into(),
//!         ..Default::default()
//!     },
//!     ..Default::default()
//! };
//! let meta = RunMeta::new("0.1.0", "yrd", "sha256:abc");
//! let stats = write_tables(dir.path(), &[doc.clone()], &meta, WriteOptions::default(), |_| None)
//!     .unwrap();
//! assert_eq!(stats.documents, 1);
//!
//! assert_eq!(read_tables(dir.path()).unwrap(), vec![doc]);
//! let kv = read_metadata(&dir.path().join("mentions.parquet")).unwrap();
//! assert_eq!(kv["guihua.pipeline"], "yrd");
//! ```

mod builders;
mod error;
mod facts;
mod meta;
mod read;
pub mod schema;
mod write;

pub use error::StoreError;
pub use facts::{EvidenceSlicer, Fact, FactEnd, Facts};
pub use meta::{
    read_metadata, RunMeta, KEY_CREATED_BY, KEY_DICTIONARY_HASH, KEY_PIPELINE, KEY_SCHEMA_VERSION,
    KEY_TABLE, KEY_VERSION,
};
pub use read::{
    for_each_doc, for_each_fact_evidence, read_table_batches, read_tables, table_files,
};
pub use schema::Table;
pub use write::{write_facts, write_tables, TableWriter, WriteOptions, WriteStats, BATCH_ROWS};

#[doc(no_inline)]
pub use guihua_model::DocResult;
