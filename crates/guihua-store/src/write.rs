//! Writing: the streaming [`TableWriter`] and the one-shot [`write_tables`].

use crate::builders::{DocumentsBuilder, MentionsBuilder, RelationsBuilder, TargetsBuilder};
use crate::error::StoreError;
use crate::facts::{fact_batches, Facts};
use crate::meta::RunMeta;
use crate::schema::Table;
use arrow::record_batch::RecordBatch;
use guihua_model::DocResult;
use parquet::arrow::ArrowWriter;
use parquet::basic::{Compression, ZstdLevel};
use parquet::file::metadata::KeyValue;
use parquet::file::properties::WriterProperties;
use std::collections::HashMap;
use std::fs::{self, File};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

/// Most rows an Arrow builder holds before they go to the Parquet writer.
pub const BATCH_ROWS: usize = 8 * 1024;

/// How tables are written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WriteOptions {
    /// Rows per row group (the last one may hold fewer): bounds memory per table.
    pub row_group_rows: usize,
    /// zstd level (1..=22).
    pub zstd_level: i32,
}

impl Default for WriteOptions {
    fn default() -> Self {
        WriteOptions {
            row_group_rows: 64 * 1024,
            zstd_level: 3,
        }
    }
}

/// What a finished write produced.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WriteStats {
    pub documents: u64,
    pub mentions: u64,
    pub relations: u64,
    pub targets: u64,
    pub facts: u64,
    /// Total size of the files written.
    pub bytes: u64,
    /// The files, in [`Table::ALL`] order.
    pub files: Vec<PathBuf>,
}

impl WriteStats {
    /// Rows written to `table`.
    pub fn rows(&self, table: Table) -> u64 {
        match table {
            Table::Documents => self.documents,
            Table::Mentions => self.mentions,
            Table::Relations => self.relations,
            Table::Targets => self.targets,
            Table::Facts => self.facts,
        }
    }
}

/// One table file being written under a temporary name.
struct Sink {
    tmp: PathBuf,
    path: PathBuf,
    writer: Option<ArrowWriter<BufWriter<File>>>,
    rows: u64,
}

static TMP_COUNTER: AtomicU64 = AtomicU64::new(0);

impl Sink {
    fn create(
        dir: &Path,
        table: Table,
        meta: &RunMeta,
        opts: &WriteOptions,
    ) -> Result<Sink, StoreError> {
        let path = dir.join(table.file_name());
        let tmp = dir.join(format!(
            ".{}.{}-{}.tmp",
            table.file_name(),
            std::process::id(),
            TMP_COUNTER.fetch_add(1, Ordering::Relaxed)
        ));
        let level =
            ZstdLevel::try_new(opts.zstd_level).map_err(|e| StoreError::parquet(&path, e))?;
        let pairs = meta.key_values(table);
        let kv = pairs
            .iter()
            .map(|(k, v)| KeyValue::new(k.clone(), v.clone()))
            .collect();
        // The pairs go into the Parquet footer (what DuckDB, polars and
        // parquet-tools show) and into the embedded Arrow schema, because
        // pyarrow's `schema.metadata` shows the latter when it is present.
        let schema = Arc::new(
            table
                .schema()
                .as_ref()
                .clone()
                .with_metadata(pairs.into_iter().collect::<HashMap<_, _>>()),
        );
        let props = WriterProperties::builder()
            .set_compression(Compression::ZSTD(level))
            .set_max_row_group_row_count(Some(opts.row_group_rows.max(1)))
            .set_key_value_metadata(Some(kv))
            .set_created_by(concat!("guihua-store ", env!("CARGO_PKG_VERSION")).to_string())
            .build();
        let file = File::create(&tmp).map_err(|e| StoreError::io(&tmp, "create", e))?;
        let writer =
            ArrowWriter::try_new(BufWriter::with_capacity(1 << 20, file), schema, Some(props))
                .map_err(|e| StoreError::parquet(&tmp, e))?;
        Ok(Sink {
            tmp,
            path,
            writer: Some(writer),
            rows: 0,
        })
    }

    fn writer(&mut self) -> Result<&mut ArrowWriter<BufWriter<File>>, StoreError> {
        let path = &self.path;
        self.writer.as_mut().ok_or_else(|| StoreError::State {
            path: path.clone(),
            message: "writer already finished or failed".into(),
        })
    }

    /// Appends the batch; the Arrow writer closes a row group whenever it
    /// holds `row_group_rows` rows, so groups are full-sized except the last.
    fn write_batch(&mut self, batch: &RecordBatch) -> Result<(), StoreError> {
        if batch.num_rows() == 0 {
            return Ok(());
        }
        let tmp = self.tmp.clone();
        let w = self.writer()?;
        w.write(batch).map_err(|e| StoreError::parquet(&tmp, e))?;
        self.rows += batch.num_rows() as u64;
        Ok(())
    }

    /// Writes the footer and syncs the temporary file; the rename comes later.
    fn close(&mut self) -> Result<(), StoreError> {
        let tmp = self.tmp.clone();
        let mut w = self.writer.take().ok_or_else(|| StoreError::State {
            path: self.path.clone(),
            message: "writer already finished or failed".into(),
        })?;
        w.finish().map_err(|e| StoreError::parquet(&tmp, e))?;
        let buf = w.inner_mut();
        buf.flush().map_err(|e| StoreError::io(&tmp, "write", e))?;
        buf.get_ref()
            .sync_all()
            .map_err(|e| StoreError::io(&tmp, "sync", e))?;
        Ok(())
    }

    fn commit(&self) -> Result<u64, StoreError> {
        if self.path.is_dir() {
            return Err(StoreError::Inconsistent {
                path: self.path.clone(),
                message: "a folder of part files is in the way; remove it to write a single file"
                    .into(),
            });
        }
        fs::rename(&self.tmp, &self.path)
            .map_err(|e| StoreError::io(&self.path, "rename into place", e))?;
        let len = fs::metadata(&self.path)
            .map_err(|e| StoreError::io(&self.path, "stat", e))?
            .len();
        Ok(len)
    }
}

/// Streams DocResults into the five tables with bounded memory.
///
/// Rows are buffered per table in Arrow builders of at most
/// [`BATCH_ROWS`] rows, handed to the Parquet writer, and a row group is
/// closed every [`WriteOptions::row_group_rows`] rows: memory per table is
/// bounded by one row group. Only the facts accumulator (compact per-fact
/// state) grows with the run.
///
/// Files are written under hidden temporary names
/// (`.<table>.parquet.<pid>-<n>.tmp`) in the output folder and renamed into
/// place by [`TableWriter::finish`], so readers never see a half-written file.
/// (The five renames are not one atomic step: a reader racing `finish` can see
/// a new `documents.parquet` beside an old `mentions.parquet`.) Dropping the
/// writer without `finish` removes the temporaries.
///
/// ```
/// use guihua_model::{DocRecord, DocResult};
/// use guihua_store::{RunMeta, TableWriter, WriteOptions};
///
/// let dir = tempfile::tempdir().unwrap();
/// let meta = RunMeta::new("0.1.0", "yrd", "sha256:abc");
/// let mut w = TableWriter::create(dir.path(), &meta, WriteOptions::default()).unwrap();
/// for i in 0..3 {
///     let text = format!("第{i}号文件。");
///     let doc = DocResult {
///         doc: DocRecord { doc_id: format!("{i}.txt"), status: "ok".into(), ..Default::default() },
///         ..Default::default()
///     };
///     // The text is only read for the facts table's evidence; nothing keeps it.
///     w.push(&doc, Some(&text)).unwrap();
/// }
/// let stats = w.finish().unwrap();
/// assert_eq!((stats.documents, stats.mentions, stats.facts), (3, 0, 0));
/// assert!(dir.path().join("documents.parquet").is_file());
/// ```
pub struct TableWriter {
    out_dir: PathBuf,
    opts: WriteOptions,
    sinks: Vec<Sink>,
    documents: DocumentsBuilder,
    mentions: MentionsBuilder,
    relations: RelationsBuilder,
    targets: TargetsBuilder,
    facts: Facts,
    with_facts: bool,
    done: bool,
}

impl TableWriter {
    /// Creates `out_dir` if needed and opens the five temporary files.
    pub fn create(
        out_dir: &Path,
        meta: &RunMeta,
        opts: WriteOptions,
    ) -> Result<TableWriter, StoreError> {
        Self::open(out_dir, meta, opts, &Table::ALL)
    }

    /// Like [`TableWriter::create`], without the facts table: the four
    /// per-document tables of one part, for a caller that folds facts across
    /// parts itself (a [`Facts`] and [`write_facts`]).
    pub fn create_without_facts(
        out_dir: &Path,
        meta: &RunMeta,
        opts: WriteOptions,
    ) -> Result<TableWriter, StoreError> {
        Self::open(out_dir, meta, opts, &Table::ALL[..4])
    }

    fn open(
        out_dir: &Path,
        meta: &RunMeta,
        opts: WriteOptions,
        tables: &[Table],
    ) -> Result<TableWriter, StoreError> {
        fs::create_dir_all(out_dir).map_err(|e| StoreError::io(out_dir, "create folder", e))?;
        for &t in tables {
            let p = out_dir.join(t.file_name());
            if p.is_dir() {
                return Err(StoreError::Inconsistent {
                    path: p,
                    message:
                        "a folder of part files is in the way; remove it to write a single file"
                            .into(),
                });
            }
        }
        let mut w = TableWriter {
            out_dir: out_dir.to_path_buf(),
            opts,
            sinks: Vec::with_capacity(Table::ALL.len()),
            documents: DocumentsBuilder::default(),
            mentions: MentionsBuilder::default(),
            relations: RelationsBuilder::default(),
            targets: TargetsBuilder::default(),
            facts: Facts::new(),
            with_facts: tables.contains(&Table::Facts),
            done: false,
        };
        for &t in tables {
            let sink = Sink::create(out_dir, t, meta, &w.opts)?;
            w.sinks.push(sink);
        }
        Ok(w)
    }

    /// The output folder.
    pub fn out_dir(&self) -> &Path {
        &self.out_dir
    }

    /// Adds one document's rows. `text` is the decoded original text the
    /// offsets address; it is only used for the facts table's
    /// `first_evidence` (null without it).
    pub fn push(&mut self, doc: &DocResult, text: Option<&str>) -> Result<(), StoreError> {
        if self.done {
            return Err(StoreError::State {
                path: self.out_dir.clone(),
                message: "push after finish".into(),
            });
        }
        let id = doc.doc.doc_id.as_str();
        self.documents.push(&doc.doc);
        for m in &doc.mentions {
            self.mentions.push(id, m);
            self.targets.push(id, m);
        }
        for r in &doc.relations {
            self.relations.push(id, r);
        }
        if self.with_facts {
            self.facts.add_doc(doc, text);
        }
        self.flush(false)
    }

    fn flush(&mut self, all: bool) -> Result<(), StoreError> {
        let n = self.opts.row_group_rows.clamp(1, BATCH_ROWS);
        let path = self.out_dir.clone();
        let arrow = |e| StoreError::arrow(&path, e);
        if self.documents.rows() >= n || (all && self.documents.rows() > 0) {
            let b = self.documents.finish().map_err(arrow)?;
            self.sinks[0].write_batch(&b)?;
        }
        if self.mentions.rows() >= n || (all && self.mentions.rows() > 0) {
            let b = self.mentions.finish().map_err(arrow)?;
            self.sinks[1].write_batch(&b)?;
        }
        if self.relations.rows() >= n || (all && self.relations.rows() > 0) {
            let b = self.relations.finish().map_err(arrow)?;
            self.sinks[2].write_batch(&b)?;
        }
        if self.targets.rows() >= n || (all && self.targets.rows() > 0) {
            let b = self.targets.finish().map_err(arrow)?;
            self.sinks[3].write_batch(&b)?;
        }
        Ok(())
    }

    /// Writes the remaining rows and the facts table, closes every file and
    /// renames them into place.
    pub fn finish(mut self) -> Result<WriteStats, StoreError> {
        self.flush(true)?;
        if self.with_facts {
            let facts = std::mem::take(&mut self.facts);
            write_fact_rows(&mut self.sinks[4], facts)?;
        }
        for s in &mut self.sinks {
            s.close()?;
        }
        let mut stats = WriteStats::default();
        for s in &self.sinks {
            stats.bytes += s.commit()?;
            stats.files.push(s.path.clone());
        }
        self.done = true;
        stats.documents = self.sinks[0].rows;
        stats.mentions = self.sinks[1].rows;
        stats.relations = self.sinks[2].rows;
        stats.targets = self.sinks[3].rows;
        stats.facts = self.sinks.get(4).map_or(0, |s| s.rows);
        Ok(stats)
    }
}

impl Drop for TableWriter {
    fn drop(&mut self) {
        for s in &mut self.sinks {
            s.writer = None;
            if s.tmp.exists() {
                let _ = fs::remove_file(&s.tmp);
            }
        }
    }
}

/// Writes the facts, sorted, into `sink`.
fn write_fact_rows(sink: &mut Sink, facts: Facts) -> Result<(), StoreError> {
    let facts = facts.into_facts();
    let batches = fact_batches(&facts, BATCH_ROWS).map_err(|e| StoreError::arrow(&sink.path, e))?;
    drop(facts);
    for b in &batches {
        sink.write_batch(b)?;
    }
    Ok(())
}

/// Writes `facts` as `out_dir/facts.parquet` (the same file a
/// [`TableWriter`] writes when it folds the facts itself), under a temporary
/// name renamed into place when complete. The stats count the facts and the
/// file's bytes.
pub fn write_facts(
    out_dir: &Path,
    meta: &RunMeta,
    opts: &WriteOptions,
    facts: Facts,
) -> Result<WriteStats, StoreError> {
    fs::create_dir_all(out_dir).map_err(|e| StoreError::io(out_dir, "create folder", e))?;
    let mut sink = Sink::create(out_dir, Table::Facts, meta, opts)?;
    let r = write_fact_rows(&mut sink, facts)
        .and_then(|()| sink.close())
        .and_then(|()| sink.commit());
    match r {
        Ok(bytes) => Ok(WriteStats {
            facts: sink.rows,
            bytes,
            files: vec![sink.path.clone()],
            ..Default::default()
        }),
        Err(e) => {
            sink.writer = None;
            let _ = fs::remove_file(&sink.tmp);
            Err(e)
        }
    }
}

/// Writes the five tables for `docs`, in the order given, into `out_dir`.
///
/// `text_of` returns a document's decoded original text, used only for the
/// facts table's `first_evidence` (`|_| None` leaves it null).
pub fn write_tables<'t>(
    out_dir: &Path,
    docs: &[DocResult],
    meta: &RunMeta,
    opts: WriteOptions,
    text_of: impl Fn(&DocResult) -> Option<&'t str>,
) -> Result<WriteStats, StoreError> {
    let mut w = TableWriter::create(out_dir, meta, opts)?;
    for d in docs {
        w.push(d, text_of(d))?;
    }
    w.finish()
}
