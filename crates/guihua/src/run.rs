//! Batch runs: find input documents, process them in parallel, stream the
//! tables to disk in document order.

use crate::engine::Engine;
use anyhow::{bail, Context, Result};
use guihua_model::{EntityType, Predicate, STATUS_OK};
use guihua_store::{RunMeta, TableWriter, WriteOptions, WriteStats};
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// File extensions a directory walk picks up.
pub const SUPPORTED_EXTENSIONS: [&str; 5] = ["txt", "text", "html", "htm", "docx"];

/// One input document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputDoc {
    /// Path relative to its input root with `/` separators (the file name
    /// for a file given directly).
    pub doc_id: String,
    pub path: PathBuf,
}

/// The documents under `inputs` (files, or directories walked recursively in
/// name order), and how many files were skipped as unsupported.
pub fn discover(inputs: &[PathBuf]) -> Result<(Vec<InputDoc>, usize)> {
    let mut docs = Vec::new();
    let mut skipped = 0;
    for input in inputs {
        let meta = std::fs::metadata(input)
            .with_context(|| format!("cannot read input {}", input.display()))?;
        if meta.is_file() {
            let name = input
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            docs.push(InputDoc {
                doc_id: name,
                path: input.clone(),
            });
            continue;
        }
        let mut stack = vec![input.clone()];
        let mut found = Vec::new();
        while let Some(dir) = stack.pop() {
            let rd = std::fs::read_dir(&dir)
                .with_context(|| format!("cannot read folder {}", dir.display()))?;
            for e in rd {
                let p = e?.path();
                let hidden = p
                    .file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with('.'));
                if hidden {
                    continue;
                }
                if p.is_dir() {
                    stack.push(p);
                } else if p.extension().and_then(|x| x.to_str()).is_some_and(|x| {
                    SUPPORTED_EXTENSIONS.contains(&x.to_ascii_lowercase().as_str())
                }) {
                    found.push(p);
                } else {
                    skipped += 1;
                }
            }
        }
        found.sort();
        for p in found {
            let rel = p.strip_prefix(input).unwrap_or(&p);
            let doc_id = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/");
            docs.push(InputDoc { doc_id, path: p });
        }
    }
    let mut seen = std::collections::HashSet::new();
    for d in &docs {
        if !seen.insert(d.doc_id.clone()) {
            bail!(
                "two inputs have the same doc_id {:?}; give their common parent folder instead",
                d.doc_id
            );
        }
    }
    Ok((docs, skipped))
}

/// What a run did.
#[derive(Debug, Clone, Default)]
pub struct RunSummary {
    pub documents: usize,
    /// Documents that failed, with their status.
    pub failed: Vec<(String, String)>,
    pub skipped_files: usize,
    pub mentions: BTreeMap<EntityType, u64>,
    pub relations: BTreeMap<Predicate, u64>,
    pub input_bytes: u64,
    pub elapsed: Duration,
    pub stats: WriteStats,
}

impl RunSummary {
    /// Input megabytes per second.
    pub fn mb_per_s(&self) -> f64 {
        self.input_bytes as f64 / 1e6 / self.elapsed.as_secs_f64().max(1e-9)
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
        s += &format!(
            "time:      {:.2} s, {:.2} MB in, {:.2} MB/s\n",
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

/// How a run behaves.
#[derive(Debug, Clone)]
pub struct RunOptions {
    pub out: PathBuf,
    /// Worker threads (default: all cores).
    pub threads: Option<usize>,
}

/// Processes `docs` with `engine` and writes the tables into `opts.out`.
///
/// Documents are processed in parallel in bounded batches and written in
/// input order, so the output does not depend on the thread count. The
/// tables are written into a staging folder beside OUT and moved into place
/// when complete: an interrupted run leaves the previous output as it was.
pub fn run(
    engine: &Engine,
    docs: &[InputDoc],
    skipped_files: usize,
    opts: &RunOptions,
) -> Result<RunSummary> {
    let started = Instant::now();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(opts.threads.unwrap_or(0))
        .build()
        .context("cannot start worker threads")?;
    let out = &opts.out;
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "out".into());
    let parent = out
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(parent)
        .with_context(|| format!("cannot create {}", parent.display()))?;
    let staging = parent.join(format!(".{name}.staging-{}", std::process::id()));
    if staging.exists() {
        std::fs::remove_dir_all(&staging).ok();
    }
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
    let mut writer = TableWriter::create(&staging, &meta, wopts)?;
    let mut summary = RunSummary {
        documents: docs.len(),
        skipped_files,
        ..Default::default()
    };
    let batch = pool.current_num_threads().max(1) * 8;
    for chunk in docs.chunks(batch) {
        let processed: Vec<_> = pool.install(|| {
            chunk
                .par_iter()
                .map(|d| engine.process_file(&d.doc_id, &d.path))
                .collect()
        });
        for p in processed {
            let r = &p.result;
            summary.input_bytes += r.doc.bytes;
            if r.doc.status != STATUS_OK {
                summary
                    .failed
                    .push((r.doc.doc_id.clone(), r.doc.status.clone()));
            }
            for m in &r.mentions {
                *summary.mentions.entry(m.etype).or_default() += 1;
            }
            for rel in &r.relations {
                *summary.relations.entry(rel.predicate).or_default() += 1;
            }
            writer.push(r, p.text.as_deref())?;
        }
    }
    summary.stats = writer.finish()?;
    // Swap the finished staging folder into place.
    let old = parent.join(format!(".{name}.old-{}", std::process::id()));
    if out.exists() {
        std::fs::rename(out, &old)
            .with_context(|| format!("cannot move aside {}", out.display()))?;
    }
    std::fs::rename(&staging, out)
        .with_context(|| format!("cannot move output into {}", out.display()))?;
    if old.exists() {
        std::fs::remove_dir_all(&old).ok();
    }
    summary.elapsed = started.elapsed();
    Ok(summary)
}
