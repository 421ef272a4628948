//! The `guihua` command line. See `guihua --help`.

use anyhow::{bail, Context, Result};
use clap::{Args, Parser, Subcommand};
use guihua::{
    bundled, discover, discover_with, run, run_with, BatchOptions, DiscoverOptions, Engine, Limits,
    RunOptions,
};
use guihua_eval::{Baseline, Scores};
use guihua_model::{DocResult, EntityType, Predicate};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// guihua (规划): Chinese policy documents to a knowledge graph in Parquet.
#[derive(Parser, Debug)]
#[command(name = "guihua", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Extract mentions and relations from documents and write the tables.
    ///
    /// With no INPUT, runs the bundled corpus (corpus/yrd) with the default
    /// pipeline (pipelines/yrd.toml) into out/. Runs are incremental: only
    /// documents that are new or changed since the last run into DIR are
    /// processed (all of them when the pipeline or dictionaries changed, or
    /// with --force), and DIR is replaced atomically. Exit code 0 when every
    /// document succeeded, 1 when some failed, 2 for usage errors. See
    /// docs/batch-runs.md.
    Run(RunArgs),
    /// Score predicted tables against gold annotations (docs/ANNOTATION.md).
    Eval(EvalArgs),
    /// Inspect and check the dictionaries.
    #[command(subcommand)]
    Dict(DictCommand),
    /// Write one self-contained HTML report of a run: summary, cooperation
    /// graph, every document with its entities highlighted (docs/report.md).
    Report(ReportArgs),
    /// Show one document in the terminal with its entities and relations.
    Show(ShowArgs),
    /// Propose dictionary entries the documents name but no dictionary holds,
    /// as dictionary lines with a status column (docs/discover.md).
    Discover(DiscoverArgs),
}

#[derive(Args, Debug)]
struct ReportArgs {
    /// A run's output folder.
    #[arg(value_name = "OUT")]
    run_dir: PathBuf,
    /// The HTML file to write.
    #[arg(long, short, default_value = "report.html", value_name = "FILE")]
    out: PathBuf,
    /// Folder of the documents the run read, for their text (default:
    /// corpus/yrd).
    #[arg(long, value_name = "DIR")]
    corpus: Option<PathBuf>,
}

#[derive(Args, Debug)]
struct ShowArgs {
    /// The document to process and show.
    #[arg(value_name = "FILE")]
    file: PathBuf,
    #[command(flatten)]
    pipeline: PipelineArg,
    /// Colour: auto (when stdout is a terminal), always or never.
    #[arg(long, default_value = "auto", value_parser = ["auto", "always", "never"])]
    color: String,
}

#[derive(Args, Debug)]
struct DiscoverArgs {
    /// Files or folders (walked recursively) to mine.
    #[arg(value_name = "INPUT", required = true)]
    inputs: Vec<PathBuf>,
    /// Where to write the candidates (TSV in the dictionary format plus
    /// status, score, count, docs, contexts and source).
    #[arg(long, short, default_value = "candidates.tsv", value_name = "FILE")]
    out: PathBuf,
    #[command(flatten)]
    pipeline: PipelineArg,
    /// Keep candidates seen at least N times.
    #[arg(long, default_value_t = 2, value_name = "N")]
    min_count: usize,
    /// Keep only the best N candidates.
    #[arg(long, value_name = "N")]
    top: Option<usize>,
}

#[derive(Args, Debug)]
struct PipelineArg {
    /// Pipeline file (default: pipelines/yrd.toml).
    #[arg(long, value_name = "FILE")]
    pipeline: Option<PathBuf>,
}

impl PipelineArg {
    fn path(&self) -> PathBuf {
        self.pipeline
            .clone()
            .unwrap_or_else(|| bundled("pipelines/yrd.toml"))
    }
}

#[derive(Args, Debug)]
struct RunArgs {
    /// Files or folders (walked recursively) to process.
    #[arg(value_name = "INPUT")]
    inputs: Vec<PathBuf>,
    /// Only files of folders whose path under the folder matches GLOB
    /// (repeatable; `*` crosses `/`); a match admits any extension.
    #[arg(long, value_name = "GLOB")]
    include: Vec<String>,
    /// Leave out files whose path matches GLOB (repeatable; wins over --include).
    #[arg(long, value_name = "GLOB")]
    exclude: Vec<String>,
    /// Also process the paths listed in FILE, one per line (`-`: standard input).
    #[arg(long, value_name = "FILE")]
    files_from: Vec<PathBuf>,
    /// Process every document, even those unchanged since the last run.
    #[arg(long)]
    force: bool,
    /// Largest document (file, or decoded text) in bytes; larger ones fail
    /// with status `error: too large ...`. Suffixes K, M, G (powers of 1024).
    #[arg(long, value_name = "SIZE", default_value = "32M", value_parser = parse_size)]
    max_doc_bytes: u64,
    /// Largest decompressed part of a DOCX file (zip bombs stop here).
    #[arg(long, value_name = "SIZE", default_value = "64M", value_parser = parse_size)]
    max_docx_bytes: u64,
    /// Output folder for the Parquet tables.
    #[arg(long, short, default_value = "out", value_name = "DIR")]
    out: PathBuf,
    #[command(flatten)]
    pipeline: PipelineArg,
    /// Worker threads (default: all cores).
    #[arg(long, value_name = "N")]
    threads: Option<usize>,
    /// Print nothing but errors: no progress bar, no warnings, no summary
    /// (failed documents are still listed on standard error).
    #[arg(long, short)]
    quiet: bool,
}

/// `123`, `64K`, `32M`, `1G` (powers of 1024; `KiB`, `MB`... accepted).
fn parse_size(s: &str) -> Result<u64, String> {
    let t = s.trim();
    let split = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (num, unit) = t.split_at(split);
    let n: u64 = num
        .parse()
        .map_err(|_| format!("not a size: {s:?} (e.g. 65536, 64K, 32M, 1G)"))?;
    let mult: u64 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kb" | "kib" => 1 << 10,
        "m" | "mb" | "mib" => 1 << 20,
        "g" | "gb" | "gib" => 1 << 30,
        _ => return Err(format!("unknown size unit in {s:?} (K, M, G)")),
    };
    n.checked_mul(mult)
        .ok_or_else(|| format!("size too large: {s:?}"))
}

#[derive(Args, Debug)]
struct EvalArgs {
    /// Folder of gold JSON Lines files (default: tests/gold/dev).
    #[arg(long, value_name = "DIR")]
    gold: Option<PathBuf>,
    /// Folder of predicted tables (a `guihua run` output).
    #[arg(long, value_name = "DIR", conflicts_with = "run")]
    pred: Option<PathBuf>,
    /// Run the pipeline on CORPUS first, then score its output.
    #[arg(long)]
    run: bool,
    /// With --run: the documents to run (default: corpus/yrd). Without
    /// --run: where to read document texts for --errors.
    #[arg(value_name = "CORPUS")]
    corpus: Option<PathBuf>,
    /// With --run: where to write the tables (default: a temporary folder).
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
    #[command(flatten)]
    pipeline: PipelineArg,
    /// Print the scores as JSON.
    #[arg(long)]
    json: bool,
    /// List false positives and negatives of one entity type (PLACE ...) or
    /// one predicate (LED_BY ...), with their sentences.
    #[arg(long, value_name = "TYPE")]
    errors: Option<String>,
    /// Write the headline metrics to FILE (raising the baseline is a
    /// deliberate, committed act).
    #[arg(long, value_name = "FILE")]
    write_baseline: Option<PathBuf>,
    /// Fail (exit 1) when a headline metric falls more than 0.005 below FILE.
    #[arg(long, value_name = "FILE")]
    baseline: Option<PathBuf>,
}

#[derive(Subcommand, Debug)]
enum DictCommand {
    /// Entries per type, automaton size and build time.
    Stats(PipelineArg),
    /// Check the dictionary files: malformed lines, duplicate ids, missing
    /// parents (errors, exit 1) and aliases shared across types (warnings).
    Check {
        /// Dictionary folder (default: the pipeline's).
        #[arg(value_name = "DIR")]
        dir: Option<PathBuf>,
        #[command(flatten)]
        pipeline: PipelineArg,
    },
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    let result = match cli.command {
        Command::Run(a) => cmd_run(a),
        Command::Eval(a) => cmd_eval(a),
        Command::Dict(DictCommand::Stats(p)) => cmd_dict_stats(p),
        Command::Dict(DictCommand::Check { dir, pipeline }) => cmd_dict_check(dir, pipeline),
        Command::Report(a) => cmd_report(a),
        Command::Show(a) => cmd_show(a),
        Command::Discover(a) => cmd_discover(a),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("guihua: error: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn cmd_run(a: RunArgs) -> Result<ExitCode> {
    let inputs = if a.inputs.is_empty() && a.files_from.is_empty() {
        vec![bundled("corpus/yrd")]
    } else {
        a.inputs
    };
    let engine = Engine::load(&a.pipeline.path())?;
    let found = discover_with(
        &inputs,
        &DiscoverOptions {
            include: a.include,
            exclude: a.exclude,
            files_from: a.files_from,
        },
    )?;
    if found.docs.is_empty() {
        bail!(
            "no documents found under {}",
            inputs
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    let mut summary = run_with(
        &engine,
        &found.docs,
        found.unsupported,
        &RunOptions {
            out: a.out.clone(),
            threads: a.threads,
        },
        &BatchOptions {
            incremental: true,
            force: a.force,
            limits: Limits {
                max_doc_bytes: a.max_doc_bytes,
                max_docx_bytes: a.max_docx_bytes,
            },
            progress: !a.quiet,
            log: !a.quiet,
            ..Default::default()
        },
    )?;
    summary.excluded_files = found.excluded;
    if !a.quiet {
        print!("{}", summary.render(&a.out));
    } else {
        for (id, status) in &summary.failed {
            eprintln!("failed: {id}: {status}");
        }
    }
    Ok(if summary.failed.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// Decoded text of a document, for error listings.
fn doc_text(corpus: &Path, doc_id: &str) -> Option<String> {
    let p = corpus.join(doc_id);
    let bytes = std::fs::read(&p).ok()?;
    let name = p.file_name()?.to_string_lossy().into_owned();
    guihua_text::decode(&bytes, &name).ok().map(|d| d.text)
}

fn cmd_eval(a: EvalArgs) -> Result<ExitCode> {
    let gold_dir = a.gold.clone().unwrap_or_else(|| bundled("tests/gold/dev"));
    let gold = guihua_eval::read_gold_dir(&gold_dir)?;
    if gold.is_empty() {
        bail!("no gold files (*.jsonl) under {}", gold_dir.display());
    }
    let corpus = a.corpus.clone().unwrap_or_else(|| bundled("corpus/yrd"));
    let pred: Vec<DocResult> = if a.run {
        let engine = Engine::load(&a.pipeline.path())?;
        let (docs, skipped) = discover(std::slice::from_ref(&corpus))?;
        let tmp;
        let out = match &a.out {
            Some(o) => o.clone(),
            None => {
                tmp = std::env::temp_dir().join(format!("guihua-eval-{}", std::process::id()));
                tmp.clone()
            }
        };
        let summary = run(
            &engine,
            &docs,
            skipped,
            &RunOptions {
                out: out.clone(),
                threads: None,
            },
        )?;
        if !a.json {
            eprint!("{}", summary.render(&out));
        }
        let pred = guihua_store::read_tables(&out)?;
        if a.out.is_none() {
            std::fs::remove_dir_all(&out).ok();
        }
        pred
    } else {
        let Some(pred_dir) = &a.pred else {
            bail!("give --pred DIR (a run's output) or --run [CORPUS]");
        };
        guihua_store::read_tables(pred_dir)
            .with_context(|| format!("reading predictions in {}", pred_dir.display()))?
    };
    let scores: Scores = guihua_eval::score(&gold, &pred);
    if let Some(what) = &a.errors {
        let texts = |id: &str| doc_text(&corpus, id);
        if let Ok(t) = what.parse::<EntityType>() {
            print!(
                "{}",
                guihua_eval::render_errors(&guihua_eval::errors(&gold, &pred, t, &texts))
            );
        } else if let Ok(p) = what.parse::<Predicate>() {
            print!(
                "{}",
                guihua_eval::render_relation_errors(&guihua_eval::relation_errors(
                    &gold,
                    &pred,
                    Some(p)
                ))
            );
        } else {
            bail!("--errors takes an entity type (PLACE, PROJECT, AGENCY, INDUSTRY, TARGET) or a predicate (LED_BY ...), not {what:?}");
        }
    } else if a.json {
        println!("{}", serde_json::to_string_pretty(&scores)?);
    } else {
        print!("{}", scores.render_table());
    }
    let current = Baseline::from_scores(&scores);
    if let Some(path) = &a.write_baseline {
        current.write(path)?;
        eprintln!("wrote baseline {}", path.display());
    }
    if let Some(path) = &a.baseline {
        let base = Baseline::read(path)?;
        let regressions = guihua_eval::compare(&current, &base, guihua_eval::DEFAULT_TOLERANCE);
        if !regressions.is_empty() {
            for r in &regressions {
                eprintln!("regression: {r}");
            }
            return Ok(ExitCode::from(1));
        }
        eprintln!(
            "no metric fell more than {} below {}",
            guihua_eval::DEFAULT_TOLERANCE,
            path.display()
        );
    }
    Ok(ExitCode::SUCCESS)
}

fn cmd_dict_stats(p: PipelineArg) -> Result<ExitCode> {
    let pipeline = guihua::Pipeline::load(&p.path())?;
    let (_, _, stats) = guihua_dict::Stats::measure(&pipeline.dictionaries, Default::default())?;
    println!("dictionaries: {}", pipeline.dictionaries.display());
    println!("{stats}");
    let started = std::time::Instant::now();
    let engine = Engine::load(&p.path())?;
    println!(
        "whole pipeline load (dictionaries, lists, automata, segmenter): {:.3} s",
        started.elapsed().as_secs_f64()
    );
    println!("hash: {}", engine.dictionary_hash);
    Ok(ExitCode::SUCCESS)
}

fn cmd_dict_check(dir: Option<PathBuf>, p: PipelineArg) -> Result<ExitCode> {
    let dir = match dir {
        Some(d) => d,
        None => guihua::Pipeline::load(&p.path())?.dictionaries,
    };
    let problems = guihua_dict::check_dir(&dir);
    let errors = problems.iter().filter(|p| p.is_error()).count();
    for pr in &problems {
        println!("{}: {pr}", if pr.is_error() { "error" } else { "warning" });
    }
    println!(
        "{}: {errors} errors, {} warnings",
        dir.display(),
        problems.len() - errors
    );
    Ok(if errors == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn cmd_report(a: ReportArgs) -> Result<ExitCode> {
    let corpus = a.corpus.clone().unwrap_or_else(|| bundled("corpus/yrd"));
    let texts = |id: &str| doc_text(&corpus, id);
    let html = guihua_report::render_report(&a.run_dir, &texts)
        .with_context(|| format!("reading the run in {}", a.run_dir.display()))?;
    std::fs::write(&a.out, html).with_context(|| format!("cannot write {}", a.out.display()))?;
    eprintln!("wrote {}", a.out.display());
    Ok(ExitCode::SUCCESS)
}

fn cmd_show(a: ShowArgs) -> Result<ExitCode> {
    use std::io::IsTerminal;
    let engine = Engine::load(&a.pipeline.path())?;
    let doc_id = a
        .file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let p = engine.process_file(&doc_id, &a.file);
    let Some(text) = p.text else {
        bail!("{}: {}", a.file.display(), p.result.doc.status);
    };
    let color = match a.color.as_str() {
        "always" => true,
        "never" => false,
        _ => std::io::stdout().is_terminal(),
    };
    print!(
        "{}",
        guihua_report::render_terminal(&p.result, &text, color)
    );
    Ok(ExitCode::SUCCESS)
}

fn cmd_discover(a: DiscoverArgs) -> Result<ExitCode> {
    let engine = Engine::load(&a.pipeline.path())?;
    let (docs, _) = discover(&a.inputs)?;
    let mut texts = Vec::new();
    for d in &docs {
        let bytes =
            std::fs::read(&d.path).with_context(|| format!("cannot read {}", d.path.display()))?;
        let name = d
            .path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        match guihua_text::decode(&bytes, &name) {
            Ok(dec) => texts.push((d.doc_id.clone(), dec.text)),
            Err(e) => eprintln!("warning: {}: {e}", d.doc_id),
        }
    }
    let opts = guihua_discover::DiscoverOptions {
        min_count: a.min_count,
        top: a.top,
        ..Default::default()
    };
    let found = guihua_discover::discover(&texts, (&engine.normaliser, &engine.resources), &opts);
    let file = std::fs::File::create(&a.out)
        .with_context(|| format!("cannot write {}", a.out.display()))?;
    guihua_discover::write_tsv(&found, std::io::BufWriter::new(file))?;
    eprintln!(
        "{} candidates from {} documents -> {}",
        found.len(),
        texts.len(),
        a.out.display()
    );
    Ok(ExitCode::SUCCESS)
}
