//! Batch runs: find input documents, process the new and changed ones in
//! parallel, and commit the output folder atomically.
//!
//! # The output folder
//! ```text
//! OUT/manifest.json                         what OUT holds (Manifest)
//! OUT/documents.parquet/part-00000.parquet  one file per part, per table
//! OUT/mentions.parquet/part-00000.parquet
//! OUT/relations.parquet/part-00000.parquet
//! OUT/targets.parquet/part-00000.parquet
//! OUT/facts.parquet                         one file, folded over every part
//! ```
//! A run writes the documents it processes (and the unchanged documents of
//! parts it has to rewrite) into new parts of at most
//! [`RunOptions::part_docs`] documents, numbered after the existing ones.
//! Everything is built in a staging folder beside OUT (`.OUT.staging-<pid>`,
//! holding hard links to the parts it keeps) which is swapped with OUT in
//! one `rename` (Linux: `renameat2(RENAME_EXCHANGE)`), so an interrupted run
//! leaves the previous OUT as it was. See docs/batch-runs.md.

use crate::engine::{content_key, Engine, Limits};
use crate::manifest::{pipeline_hash, Manifest, ManifestDoc, MANIFEST_FILE, MANIFEST_FORMAT};
use crate::progress::Progress;
use anyhow::{bail, Context, Result};
use guihua_model::{DocResult, EntityType, Predicate, STATUS_OK};
use guihua_store::{
    for_each_doc, for_each_fact_evidence, write_facts, EvidenceSlicer, Facts, RunMeta, StoreError,
    Table, TableWriter, WriteOptions, WriteStats, BATCH_ROWS,
};
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex};
use std::time::{Duration, Instant};

pub use crate::inputs::{
    discover, discover_with, DiscoverOptions, Discovered, InputDoc, SUPPORTED_EXTENSIONS,
};

/// The tables written as folders of part files (facts is one file).
pub const PART_TABLES: [Table; 4] = [
    Table::Documents,
    Table::Mentions,
    Table::Relations,
    Table::Targets,
];

/// Environment variable for crash tests: the process aborts (as if killed)
/// after writing this many processed documents, before committing.
pub const ABORT_AFTER_ENV: &str = "GUIHUA_ABORT_AFTER";

/// What a run did.
#[derive(Debug, Clone, Default)]
pub struct RunSummary {
    /// Documents in the output after the run.
    pub documents: usize,
    /// Documents of the output that failed, with their status, in row order.
    pub failed: Vec<(String, String)>,
    pub skipped_files: usize,
    /// Files dropped by `--include`/`--exclude` (set by the caller).
    pub excluded_files: usize,
    /// Documents processed by this run.
    pub processed: usize,
    /// Documents left as they were (same bytes, same pipeline).
    pub unchanged: usize,
    /// Documents of the previous output no longer among the inputs, dropped.
    pub removed: usize,
    /// Unchanged documents moved into a new part because their part had to
    /// be rewritten.
    pub carried: usize,
    /// Why every document was processed (`--force`, no manifest, pipeline or
    /// dictionaries changed), when so.
    pub full_reason: Option<String>,
    /// Part files this run wrote.
    pub new_parts: Vec<String>,
    /// Mentions per type and relations per predicate in the whole output
    /// (empty when nothing had to be done).
    pub mentions: BTreeMap<EntityType, u64>,
    pub relations: BTreeMap<Predicate, u64>,
    /// Bytes of the documents processed by this run.
    pub input_bytes: u64,
    pub elapsed: Duration,
    /// Rows and files of the whole output.
    pub stats: WriteStats,
}

impl RunSummary {
    /// Input megabytes per second.
    pub fn mb_per_s(&self) -> f64 {
        self.input_bytes as f64 / 1e6 / self.elapsed.as_secs_f64().max(1e-9)
    }

    /// Whether the run changed nothing.
    pub fn nothing_to_do(&self) -> bool {
        self.processed == 0 && self.removed == 0 && self.carried == 0
    }

    /// The one-screen summary the CLI prints.
    pub fn render(&self, out: &Path) -> String {
        let mut s = String::new();
        let ok = self.documents - self.failed.len();
        s += &format!(
            "guihua run: {} documents ({} ok, {} failed, {} unsupported files skipped) -> {}\n",
            self.documents,
            ok,
            self.failed.len(),
            self.skipped_files,
            out.display()
        );
        let mut inc = format!(
            "this run:  {} processed, {} unchanged, {} removed",
            self.processed, self.unchanged, self.removed
        );
        if self.carried > 0 {
            inc += &format!(", {} carried into new parts", self.carried);
        }
        if self.excluded_files > 0 {
            inc += &format!(", {} files excluded", self.excluded_files);
        }
        if let Some(r) = &self.full_reason {
            inc += &format!(" (all processed: {r})");
        }
        if self.nothing_to_do() {
            inc += "; nothing to do, output unchanged";
        } else if !self.new_parts.is_empty() {
            inc += &format!("; wrote {}", self.new_parts.join(", "));
        }
        s += &inc;
        s += "\n";
        if !self.nothing_to_do() {
            s += "mentions:  ";
            s += &EntityType::ALL
                .iter()
                .map(|t| format!("{} {}", t, self.mentions.get(t).copied().unwrap_or(0)))
                .collect::<Vec<_>>()
                .join(", ");
            s += &format!("  (total {})\n", self.stats.mentions);
            s += "relations: ";
            s += &Predicate::ALL
                .iter()
                .map(|p| format!("{} {}", p, self.relations.get(p).copied().unwrap_or(0)))
                .collect::<Vec<_>>()
                .join(", ");
            s += &format!(
                "  (total {}, facts {})\n",
                self.stats.relations, self.stats.facts
            );
        }
        s += &format!(
            "time:      {:.2} s, {:.2} MB processed, {:.2} MB/s\n",
            self.elapsed.as_secs_f64(),
            self.input_bytes as f64 / 1e6,
            self.mb_per_s()
        );
        for (id, status) in &self.failed {
            s += &format!("failed:    {id}: {status}\n");
        }
        s
    }
}

/// Where a run writes, and with how many threads. Kept to these two fields
/// (callers build it literally); everything else is in [`BatchOptions`].
#[derive(Debug, Clone)]
pub struct RunOptions {
    pub out: PathBuf,
    /// Worker threads (default: all cores).
    pub threads: Option<usize>,
}

impl Default for RunOptions {
    fn default() -> Self {
        RunOptions {
            out: PathBuf::from("out"),
            threads: None,
        }
    }
}

/// How a [`run_with`] behaves beyond [`RunOptions`].
#[derive(Debug, Clone)]
pub struct BatchOptions {
    /// Incremental run with the part layout and a manifest (the CLI's
    /// `guihua run`). `false`: every document is processed and each table is
    /// one file `OUT/<table>.parquet`, without a manifest (what [`run`] does).
    pub incremental: bool,
    /// Process every document even when OUT holds it unchanged.
    pub force: bool,
    /// Size limits per document.
    pub limits: Limits,
    /// Most documents per part file (default 4096): bounds the memory of
    /// reading a part back and the work of rewriting one.
    pub part_docs: usize,
    /// Draw a progress bar on standard error when it is a terminal.
    pub progress: bool,
    /// Print `warning: <doc_id>: <reason>` lines on standard error.
    pub log: bool,
}

impl Default for BatchOptions {
    fn default() -> Self {
        BatchOptions {
            incremental: true,
            force: false,
            limits: Limits::default(),
            part_docs: 4096,
            progress: false,
            log: false,
        }
    }
}

/// Where OUT lives: its parent folder and its name.
fn out_parts(out: &Path) -> (PathBuf, String) {
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "out".into());
    let parent = out
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
        .to_path_buf();
    (parent, name)
}

/// Holds `.OUT.lock` beside OUT for the run: two runs never write one OUT.
struct RunLock {
    _file: std::fs::File,
}

fn lock(parent: &Path, name: &str) -> Result<RunLock> {
    let p = parent.join(format!(".{name}.lock"));
    let f = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&p)
        .with_context(|| format!("cannot create lock file {}", p.display()))?;
    match f.try_lock() {
        Ok(()) => Ok(RunLock { _file: f }),
        Err(std::fs::TryLockError::WouldBlock) => {
            bail!("another guihua run is writing {}/{name}", parent.display())
        }
        Err(std::fs::TryLockError::Error(e)) => {
            Err(e).with_context(|| format!("cannot lock {}", p.display()))
        }
    }
}

/// Cleans up after an interrupted run (under the lock): puts back OUT if a
/// crash came between the two renames of the fallback commit, and removes
/// stale staging folders.
fn recover(parent: &Path, name: &str, out: &Path) -> Result<()> {
    let staging_prefix = format!(".{name}.staging-");
    let old_prefix = format!(".{name}.old-");
    let mut stale = Vec::new();
    let Ok(rd) = std::fs::read_dir(parent) else {
        return Ok(());
    };
    for e in rd.flatten() {
        let n = e.file_name().to_string_lossy().into_owned();
        if n.starts_with(&old_prefix) && !out.exists() {
            std::fs::rename(e.path(), out)
                .with_context(|| format!("cannot restore {} from {n}", out.display()))?;
        } else if n.starts_with(&staging_prefix) || n.starts_with(&old_prefix) {
            stale.push(e.path());
        }
    }
    for p in stale {
        std::fs::remove_dir_all(&p).ok();
    }
    Ok(())
}

/// Refuses to replace a folder that is not a guihua output.
fn check_out(out: &Path) -> Result<()> {
    if !out.exists() {
        return Ok(());
    }
    if !out.is_dir() {
        bail!("{} exists and is not a folder", out.display());
    }
    let mut entries = std::fs::read_dir(out)
        .with_context(|| format!("cannot read {}", out.display()))?
        .flatten();
    let empty = entries.next().is_none();
    if empty || out.join(MANIFEST_FILE).exists() || out.join(Table::Documents.file_name()).exists()
    {
        return Ok(());
    }
    bail!(
        "refusing to replace {}: it is neither empty nor a guihua output",
        out.display()
    )
}

/// Hard-links `from` to `to`, copying when links are not possible.
fn link_or_copy(from: &Path, to: &Path) -> Result<()> {
    if std::fs::hard_link(from, to).is_err() {
        std::fs::copy(from, to)
            .with_context(|| format!("cannot copy {} to {}", from.display(), to.display()))?;
    }
    Ok(())
}

/// Streams the documents of part `part` of `dir`, one at a time.
fn for_each_part_doc(dir: &Path, part: &str, f: impl FnMut(DocResult) -> Result<()>) -> Result<()> {
    for_each_doc(|t| dir.join(t.file_name()).join(part), BATCH_ROWS, f)
        .with_context(|| format!("reading part {part}"))
}

fn part_name(n: usize) -> String {
    format!("part-{n:05}.parquet")
}

fn part_number(name: &str) -> Option<usize> {
    name.strip_prefix("part-")?
        .strip_suffix(".parquet")?
        .parse()
        .ok()
}

/// Writes documents into consecutive part sets of at most `max_docs`.
struct PartWriter<'a> {
    staging: &'a Path,
    meta: &'a RunMeta,
    wopts: WriteOptions,
    max_docs: usize,
    next: usize,
    current: Option<(TableWriter, String, usize)>,
    written: Vec<String>,
}

impl PartWriter<'_> {
    /// Adds a document; returns the part it went to.
    fn push(&mut self, doc: &DocResult) -> Result<String> {
        if self.current.as_ref().is_some_and(|c| c.2 >= self.max_docs) {
            self.close()?;
        }
        if self.current.is_none() {
            let name = part_name(self.next);
            self.next += 1;
            let dir = self.staging.join(format!(".new-{name}"));
            let w = TableWriter::create_without_facts(&dir, self.meta, self.wopts.clone())?;
            self.current = Some((w, name, 0));
        }
        let (w, name, n) = self.current.as_mut().expect("open part");
        w.push(doc, None)?;
        *n += 1;
        Ok(name.clone())
    }

    /// Finishes the open part and moves its files into the table folders.
    fn close(&mut self) -> Result<()> {
        let Some((w, name, _)) = self.current.take() else {
            return Ok(());
        };
        let dir = w.out_dir().to_path_buf();
        w.finish()?;
        for t in PART_TABLES {
            std::fs::rename(
                dir.join(t.file_name()),
                self.staging.join(t.file_name()).join(&name),
            )
            .with_context(|| format!("cannot move part {name} into place"))?;
        }
        std::fs::remove_dir_all(&dir).ok();
        self.written.push(name);
        Ok(())
    }
}

/// Swaps the finished staging folder with OUT.
fn commit(staging: &Path, out: &Path, parent: &Path, name: &str) -> Result<()> {
    sync_dir(staging);
    if !out.exists() {
        std::fs::rename(staging, out)
            .with_context(|| format!("cannot move output into {}", out.display()))?;
        sync_dir(parent);
        return Ok(());
    }
    if exchange(staging, out).is_ok() {
        sync_dir(parent);
        std::fs::remove_dir_all(staging).ok();
        return Ok(());
    }
    // Two renames; a crash between them is repaired by `recover`.
    let old = parent.join(format!(".{name}.old-{}", std::process::id()));
    std::fs::rename(out, &old).with_context(|| format!("cannot move aside {}", out.display()))?;
    std::fs::rename(staging, out)
        .with_context(|| format!("cannot move output into {}", out.display()))?;
    sync_dir(parent);
    std::fs::remove_dir_all(&old).ok();
    Ok(())
}

#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> std::io::Result<()> {
    use std::ffi::CString;
    use std::os::unix::ffi::OsStrExt;
    let ca = CString::new(a.as_os_str().as_bytes())?;
    let cb = CString::new(b.as_os_str().as_bytes())?;
    // SAFETY: both are valid NUL-terminated paths; renameat2 only reads them.
    let r = unsafe {
        libc::renameat2(
            libc::AT_FDCWD,
            ca.as_ptr(),
            libc::AT_FDCWD,
            cb.as_ptr(),
            libc::RENAME_EXCHANGE,
        )
    };
    if r == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error())
    }
}

#[cfg(not(target_os = "linux"))]
fn exchange(_a: &Path, _b: &Path) -> std::io::Result<()> {
    Err(std::io::Error::other("no atomic exchange on this platform"))
}

fn sync_dir(dir: &Path) {
    if let Ok(f) = std::fs::File::open(dir) {
        let _ = f.sync_all();
    }
}

/// Whether OUT's manifest describes files that are all there.
fn manifest_complete(out: &Path, m: &Manifest) -> bool {
    out.join(Table::Facts.file_name()).is_file()
        && m.parts.iter().all(|p| {
            PART_TABLES
                .iter()
                .all(|t| out.join(t.file_name()).join(p).is_file())
        })
}

/// Processes every document of `docs` with `engine` and writes each table as
/// one file `<table>.parquet` into `opts.out`, replacing what was there
/// (no manifest, no incremental work): [`run_with`] with
/// `BatchOptions { incremental: false, .. }`.
///
/// Documents are processed in parallel in bounded batches and written in
/// input order, so the output does not depend on the thread count. The
/// tables are written into a staging folder beside OUT and swapped into
/// place when complete: an interrupted run leaves the previous output as it
/// was.
pub fn run(
    engine: &Engine,
    docs: &[InputDoc],
    skipped_files: usize,
    opts: &RunOptions,
) -> Result<RunSummary> {
    let batch = BatchOptions {
        incremental: false,
        ..Default::default()
    };
    run_with(engine, docs, skipped_files, opts, &batch)
}

/// Documents each worker may be ahead of the writer: bounds the results
/// held in memory to `threads × WINDOW_PER_THREAD` documents.
const WINDOW_PER_THREAD: usize = 8;

/// Processes `docs` in `indices` order and hands each result to `sink` in
/// that order. Honours [`ABORT_AFTER_ENV`].
///
/// Every thread of `pool` takes the next document as soon as it is done with
/// one and sends its result through a bounded channel; the calling thread
/// puts results back into input order and runs `sink` (the Parquet writer)
/// while the workers go on. A worker only waits when it is a whole window
/// of documents ahead of the writer, so memory stays bounded and output
/// does not depend on the thread count.
fn process_docs(
    engine: &Engine,
    docs: &[InputDoc],
    indices: &[usize],
    pool: &rayon::ThreadPool,
    limits: &Limits,
    progress: &mut Progress,
    mut sink: impl FnMut(usize, crate::Processed) -> Result<()>,
) -> Result<()> {
    let abort_after: Option<usize> = std::env::var(ABORT_AFTER_ENV)
        .ok()
        .and_then(|v| v.parse().ok());
    let n = indices.len();
    if n == 0 {
        return Ok(());
    }
    let workers = pool.current_num_threads().max(1);
    let window = workers * WINDOW_PER_THREAD;
    let next = AtomicUsize::new(0);
    let stop = AtomicBool::new(false);
    // How many documents the writer has taken, and a wake-up for workers
    // waiting for the window to move.
    let written = (Mutex::new(0usize), Condvar::new());
    let (tx, rx) = std::sync::mpsc::sync_channel::<(usize, crate::Processed)>(window);
    pool.in_place_scope(|scope| {
        for _ in 0..workers {
            let tx = tx.clone();
            let (next, stop, written) = (&next, &stop, &written);
            scope.spawn(move |_| loop {
                let k = next.fetch_add(1, Ordering::Relaxed);
                if k >= n || stop.load(Ordering::Relaxed) {
                    break;
                }
                {
                    let (m, cv) = written;
                    let mut w = m.lock().unwrap_or_else(|e| e.into_inner());
                    while k >= *w + window && !stop.load(Ordering::Relaxed) {
                        w = cv.wait(w).unwrap_or_else(|e| e.into_inner());
                    }
                }
                if stop.load(Ordering::Relaxed) {
                    break;
                }
                let i = indices[k];
                let p = engine.process_file_with(&docs[i].doc_id, &docs[i].path, limits);
                if tx.send((k, p)).is_err() {
                    break;
                }
            });
        }
        drop(tx);
        let rx = rx;
        let mut pending: HashMap<usize, crate::Processed> = HashMap::new();
        let mut done = 0usize;
        let mut consume = || -> Result<()> {
            while done < n {
                let Ok((k, p)) = rx.recv() else {
                    bail!("a worker thread stopped before processing every document");
                };
                pending.insert(k, p);
                while let Some(p) = pending.remove(&done) {
                    let r = &p.result;
                    progress.done(r.doc.bytes);
                    if r.doc.status != STATUS_OK {
                        progress.warn(&r.doc.doc_id, &r.doc.status);
                    }
                    sink(indices[done], p)?;
                    done += 1;
                    *written.0.lock().unwrap_or_else(|e| e.into_inner()) = done;
                    written.1.notify_all();
                    if abort_after == Some(done) {
                        progress.finish();
                        eprintln!("guihua: {ABORT_AFTER_ENV}={done}: aborting (crash test)");
                        std::process::abort();
                    }
                }
            }
            Ok(())
        };
        let r = consume();
        if r.is_err() {
            stop.store(true, Ordering::Relaxed);
            let _guard = written.0.lock().unwrap_or_else(|e| e.into_inner());
            written.1.notify_all();
        }
        drop(rx);
        r
    })
}

/// Adds a document's rows to the row counts of `stats`.
fn tally(stats: &mut WriteStats, d: &DocResult) {
    stats.documents += 1;
    stats.mentions += d.mentions.len() as u64;
    stats.relations += d.relations.len() as u64;
    stats.targets += d.mentions.iter().filter(|m| m.target.is_some()).count() as u64;
}

/// Evidence texts of the previous output's facts, by first document and
/// code point span.
type KnownEvidence = HashMap<String, HashMap<(u64, u64), Box<str>>>;

/// Folds a document of the previous output into `facts`. The evidence of a
/// fact first seen in it comes from the previous facts table when that has
/// the same document and span, else from the document's file, decoded again
/// (null when its bytes no longer match its `sha256`).
fn fold_kept(
    facts: &mut Facts,
    d: &DocResult,
    known: &KnownEvidence,
    paths: &HashMap<&str, &Path>,
    engine: &Engine,
    limits: &Limits,
) {
    if d.relations.is_empty() {
        return;
    }
    let known = known.get(d.doc.doc_id.as_str());
    let mut text: Option<Option<String>> = None;
    let mut slicer = EvidenceSlicer::new();
    facts.add_doc_with(d, |s, e| {
        if let Some(t) = known.and_then(|k| k.get(&(s as u64, e as u64))) {
            return Some(t.clone());
        }
        let t = text
            .get_or_insert_with(|| reread(d, paths, engine, limits))
            .as_deref()?;
        slicer.slice(t, s, e)
    });
}

/// The decoded text of a document of the previous output, when its file
/// still has the bytes it had.
fn reread(
    d: &DocResult,
    paths: &HashMap<&str, &Path>,
    engine: &Engine,
    limits: &Limits,
) -> Option<String> {
    let path = paths.get(d.doc.doc_id.as_str())?;
    let bytes = std::fs::read(path).ok()?;
    let sha = crate::pipeline::hex(&<sha2::Sha256 as sha2::Digest>::digest(&bytes));
    if sha != d.doc.sha256 {
        return None;
    }
    let name = path.file_name()?.to_string_lossy().into_owned();
    engine.decode_text(&name, &bytes, limits)
}

fn count(summary: &mut RunSummary, d: &DocResult) {
    for m in &d.mentions {
        *summary.mentions.entry(m.etype).or_default() += 1;
    }
    for r in &d.relations {
        *summary.relations.entry(r.predicate).or_default() += 1;
    }
}

/// Total size of the files to process, for the progress bar.
fn total_bytes(docs: &[InputDoc], indices: &[usize]) -> u64 {
    indices
        .iter()
        .map(|&i| std::fs::metadata(&docs[i].path).map_or(0, |m| m.len()))
        .sum()
}

/// The one-shot run of [`run`]: every document, one file per table.
fn run_single(
    engine: &Engine,
    docs: &[InputDoc],
    pool: &rayon::ThreadPool,
    staging: &Path,
    meta: &RunMeta,
    batch: &BatchOptions,
    summary: &mut RunSummary,
) -> Result<()> {
    let wopts = WriteOptions {
        row_group_rows: engine.pipeline.output.row_group_rows,
        zstd_level: engine.pipeline.output.zstd_level,
    };
    let mut writer = TableWriter::create(staging, meta, wopts)?;
    let all: Vec<usize> = (0..docs.len()).collect();
    let mut progress = Progress::new(
        batch.progress,
        batch.log,
        all.len(),
        total_bytes(docs, &all),
    );
    let mut failed = Vec::new();
    process_docs(
        engine,
        docs,
        &all,
        pool,
        &batch.limits,
        &mut progress,
        |_, p| {
            let r = &p.result;
            summary.input_bytes += r.doc.bytes;
            if r.doc.status != STATUS_OK {
                failed.push((r.doc.doc_id.clone(), r.doc.status.clone()));
            }
            count(summary, r);
            writer.push(r, p.text.as_deref())?;
            Ok(())
        },
    )?;
    progress.finish();
    summary.processed = docs.len();
    summary.documents = docs.len();
    summary.failed = failed;
    summary.full_reason = Some("not incremental".into());
    summary.stats = writer.finish()?;
    summary.new_parts = Vec::new();
    Ok(())
}

/// Processes the new and changed documents of `docs` with `engine` and
/// commits the output folder `opts.out` (see the module doc); with
/// `batch.incremental == false`, what [`run`] does.
pub fn run_with(
    engine: &Engine,
    docs: &[InputDoc],
    skipped_files: usize,
    opts: &RunOptions,
    batch: &BatchOptions,
) -> Result<RunSummary> {
    let started = Instant::now();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(opts.threads.unwrap_or(0))
        .build()
        .context("cannot start worker threads")?;
    let out = &opts.out;
    let (parent, name) = out_parts(out);
    std::fs::create_dir_all(&parent)
        .with_context(|| format!("cannot create {}", parent.display()))?;
    let _lock = lock(&parent, &name)?;
    recover(&parent, &name, out)?;
    check_out(out)?;

    let mut summary = RunSummary {
        skipped_files,
        ..Default::default()
    };
    let mut meta = RunMeta::new(
        env!("CARGO_PKG_VERSION"),
        &engine.pipeline.name,
        &engine.dictionary_hash,
    );
    meta.extra.push((
        "guihua.created_by".into(),
        format!("guihua {}", env!("CARGO_PKG_VERSION")),
    ));
    let wopts = WriteOptions {
        row_group_rows: engine.pipeline.output.row_group_rows,
        zstd_level: engine.pipeline.output.zstd_level,
    };
    let staging = parent.join(format!(".{name}.staging-{}", std::process::id()));
    if staging.exists() {
        std::fs::remove_dir_all(&staging).ok();
    }
    if !batch.incremental {
        run_single(engine, docs, &pool, &staging, &meta, batch, &mut summary)?;
        commit(&staging, out, &parent, &name)?;
        summary.elapsed = started.elapsed();
        return Ok(summary);
    }
    let phash = pipeline_hash(engine);
    let manifest = match Manifest::load(out) {
        Ok(m) => m,
        Err(e) => {
            if batch.log {
                eprintln!("warning: {e:#}; processing every document");
            }
            None
        }
    };
    let prev = match manifest {
        _ if batch.force => {
            summary.full_reason = Some("--force".into());
            None
        }
        None => {
            summary.full_reason = Some("no manifest in the output folder".into());
            None
        }
        Some(m) if m.pipeline_hash != phash => {
            summary.full_reason = Some(format!(
                "pipeline or dictionaries changed ({} {} -> {} {})",
                m.pipeline, m.dictionary_hash, engine.pipeline.name, engine.dictionary_hash
            ));
            None
        }
        Some(m) if !manifest_complete(out, &m) => {
            summary.full_reason = Some("output folder incomplete".into());
            None
        }
        Some(m) => Some(m),
    };

    // Which documents need processing.
    let mut keys: Vec<Option<String>> = vec![None; docs.len()];
    let mut to_process: Vec<usize> = Vec::new();
    let mut unchanged: HashSet<&str> = HashSet::new();
    let mut removed: Vec<&ManifestDoc> = Vec::new();
    let mut affected: BTreeSet<&str> = BTreeSet::new();
    if let Some(m) = &prev {
        let by_id: HashMap<&str, &ManifestDoc> =
            m.documents.iter().map(|d| (d.doc_id.as_str(), d)).collect();
        let limits_changed = m.limits != batch.limits;
        let computed: Vec<String> =
            pool.install(|| docs.par_iter().map(|d| content_key(&d.path).0).collect());
        for (i, (d, key)) in docs.iter().zip(computed).enumerate() {
            match by_id.get(d.doc_id.as_str()) {
                Some(old) if old.sha256 == key && !(limits_changed && old.status != STATUS_OK) => {
                    unchanged.insert(d.doc_id.as_str());
                }
                Some(old) => {
                    affected.insert(old.part.as_str());
                    to_process.push(i);
                }
                None => to_process.push(i),
            }
            keys[i] = Some(key);
        }
        let inputs: HashSet<&str> = docs.iter().map(|d| d.doc_id.as_str()).collect();
        for d in &m.documents {
            if !inputs.contains(d.doc_id.as_str()) {
                removed.push(d);
                affected.insert(d.part.as_str());
            }
        }
    } else {
        to_process = (0..docs.len()).collect();
    }
    summary.unchanged = unchanged.len();
    summary.removed = removed.len();
    summary.processed = to_process.len();

    if let Some(m) = &prev {
        if to_process.is_empty() && affected.is_empty() {
            // Nothing to do: OUT stays exactly as it is.
            summary.documents = m.documents.len();
            summary.failed = m
                .documents
                .iter()
                .filter(|d| d.status != STATUS_OK)
                .map(|d| (d.doc_id.clone(), d.status.clone()))
                .collect();
            summary.elapsed = started.elapsed();
            return Ok(summary);
        }
    }

    // Staging: links to the parts kept, new parts, facts, manifest.
    for t in PART_TABLES {
        std::fs::create_dir_all(staging.join(t.file_name()))
            .with_context(|| format!("cannot create {}", staging.display()))?;
    }
    let paths: HashMap<&str, &Path> = docs
        .iter()
        .map(|d| (d.doc_id.as_str(), d.path.as_path()))
        .collect();
    // Facts are folded in row order (by part, then within a part) while the
    // parts are linked or written; nothing is read back at the end.
    let mut facts = Facts::new();
    let mut totals = WriteStats::default();
    // The evidence texts the previous facts table holds for the documents
    // this run keeps, so they need not be decoded again.
    let mut known: KnownEvidence = HashMap::new();
    if prev.is_some() && !unchanged.is_empty() {
        let f = out.join(Table::Facts.file_name());
        let r = for_each_fact_evidence::<StoreError>(&f, |doc, s, e, ev| {
            if let (Some(ev), true) = (ev, unchanged.contains(doc)) {
                known
                    .entry(doc.to_string())
                    .or_default()
                    .insert((s, e), ev.into());
            }
            Ok(())
        });
        if let Err(e) = r {
            // Not fatal: the evidence is then decoded from the files.
            if batch.log {
                eprintln!("warning: {e}; reading the kept documents' evidence from their files");
            }
            known.clear();
        }
    }
    let mut entries: Vec<ManifestDoc> = Vec::new();
    let mut parts: Vec<String> = Vec::new();
    let mut next_part = 0;
    if let Some(m) = &prev {
        next_part = m
            .parts
            .iter()
            .filter_map(|p| part_number(p))
            .max()
            .map_or(0, |n| n + 1);
        for p in m.parts.iter().filter(|p| !affected.contains(p.as_str())) {
            for t in PART_TABLES {
                link_or_copy(
                    &out.join(t.file_name()).join(p),
                    &staging.join(t.file_name()).join(p),
                )?;
            }
            parts.push(p.clone());
            entries.extend(m.documents.iter().filter(|d| &d.part == p).cloned());
            for_each_part_doc(out, p, |d| {
                count(&mut summary, &d);
                tally(&mut totals, &d);
                fold_kept(&mut facts, &d, &known, &paths, engine, &batch.limits);
                Ok(())
            })?;
        }
    }

    let mut writer = PartWriter {
        staging: &staging,
        meta: &meta,
        wopts: wopts.clone(),
        max_docs: batch.part_docs.max(1),
        next: next_part,
        current: None,
        written: Vec::new(),
    };

    // Unchanged documents of rewritten parts move into the new parts.
    if let Some(m) = &prev {
        for p in m.parts.iter().filter(|p| affected.contains(p.as_str())) {
            let keep: HashMap<&str, &ManifestDoc> = m
                .documents
                .iter()
                .filter(|d| &d.part == p && unchanged.contains(d.doc_id.as_str()))
                .map(|d| (d.doc_id.as_str(), d))
                .collect();
            if keep.is_empty() {
                continue;
            }
            for_each_part_doc(out, p, |d| {
                if let Some(old) = keep.get(d.doc.doc_id.as_str()) {
                    let part = writer.push(&d)?;
                    entries.push(ManifestDoc {
                        part,
                        ..(*old).clone()
                    });
                    summary.carried += 1;
                    count(&mut summary, &d);
                    tally(&mut totals, &d);
                    fold_kept(&mut facts, &d, &known, &paths, engine, &batch.limits);
                }
                Ok(())
            })?;
        }
    }
    drop(known);

    // Process the new and changed documents.
    let mut progress = Progress::new(
        batch.progress,
        batch.log,
        to_process.len(),
        total_bytes(docs, &to_process),
    );
    process_docs(
        engine,
        docs,
        &to_process,
        &pool,
        &batch.limits,
        &mut progress,
        |i, p| {
            let r = &p.result;
            summary.input_bytes += r.doc.bytes;
            let part = writer.push(r)?;
            count(&mut summary, r);
            tally(&mut totals, r);
            facts.add_doc(r, p.text.as_deref());
            let sha256 = if r.doc.sha256.is_empty() {
                keys[i]
                    .take()
                    .unwrap_or_else(|| content_key(&docs[i].path).0)
            } else {
                r.doc.sha256.clone()
            };
            entries.push(ManifestDoc {
                doc_id: r.doc.doc_id.clone(),
                sha256,
                bytes: r.doc.bytes,
                part,
                status: r.doc.status.clone(),
            });
            Ok(())
        },
    )?;
    writer.close()?;
    progress.finish();
    summary.new_parts = writer.written.clone();
    parts.extend(writer.written.iter().cloned());

    let fstats = write_facts(&staging, &meta, &wopts, facts)?;

    let manifest = Manifest {
        format: MANIFEST_FORMAT,
        guihua_version: env!("CARGO_PKG_VERSION").into(),
        pipeline: engine.pipeline.name.clone(),
        dictionary_hash: engine.dictionary_hash.clone(),
        pipeline_hash: phash,
        limits: batch.limits,
        parts: parts.clone(),
        documents: entries,
    };
    manifest.write(&staging)?;

    let mut stats = totals;
    stats.facts = fstats.facts;
    for t in PART_TABLES {
        for p in &parts {
            let f = out.join(t.file_name()).join(p);
            stats.bytes +=
                std::fs::metadata(staging.join(t.file_name()).join(p)).map_or(0, |m| m.len());
            stats.files.push(f);
        }
    }
    stats.bytes += std::fs::metadata(staging.join(Table::Facts.file_name())).map_or(0, |m| m.len());
    stats.files.push(out.join(Table::Facts.file_name()));

    commit(&staging, out, &parent, &name)?;

    summary.documents = manifest.documents.len();
    summary.failed = manifest
        .documents
        .iter()
        .filter(|d| d.status != STATUS_OK)
        .map(|d| (d.doc_id.clone(), d.status.clone()))
        .collect();
    summary.stats = stats;
    summary.elapsed = started.elapsed();
    Ok(summary)
}
