//! Batch runs: bad input, incremental reruns, crashes, determinism, inputs.
//! See docs/batch-runs.md.
#![cfg(unix)]

use guihua::{bundled, discover, run, run_with, BatchOptions, Engine, Manifest, RunOptions};
use guihua_model::{DocResult, STATUS_OK};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

const GOOD: &str =
    "到2025年,嘉兴市研发经费投入强度达到3.2%以上。嘉兴市与上海市共建长三角G60科创走廊。";

fn guihua(args: &[&str], paths: &[&Path]) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_guihua"));
    c.args(args);
    for p in paths {
        c.arg(p);
    }
    c.output().unwrap()
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let p = e.unwrap().path();
        let dest = to.join(p.file_name().unwrap());
        if p.is_dir() {
            copy_dir(&p, &dest);
        } else {
            std::fs::copy(&p, &dest).unwrap();
        }
    }
}

/// A snapshot of the default pipeline and its dictionaries, taken once per
/// test process: the dictionary hash must not change under a test that
/// checks incremental reruns.
fn pipeline() -> &'static Path {
    static SNAP: std::sync::OnceLock<(tempfile::TempDir, std::path::PathBuf)> =
        std::sync::OnceLock::new();
    let (_, p) = SNAP.get_or_init(|| {
        let t = tempfile::tempdir().unwrap();
        copy_dir(&bundled("dictionaries"), &t.path().join("dictionaries"));
        std::fs::create_dir_all(t.path().join("pipelines")).unwrap();
        let p = t.path().join("pipelines/yrd.toml");
        std::fs::copy(bundled("pipelines/yrd.toml"), &p).unwrap();
        (t, p)
    });
    p
}

fn engine() -> Engine {
    Engine::load(pipeline()).unwrap()
}

/// `guihua run --pipeline P`: the pipeline named explicitly, so the test does
/// not depend on where the binary thinks the repository is.
fn run_cmd() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_guihua"));
    c.arg("run").arg("--pipeline").arg(pipeline());
    c
}

/// `guihua run IN --out OUT [extra]`.
fn run_cli(input: &Path, out: &Path, extra: &[&str]) -> Output {
    let mut c = run_cmd();
    c.arg(input).arg("--out").arg(out).args(extra);
    c.output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn tables(out: &Path) -> Vec<DocResult> {
    guihua_store::read_tables(out).unwrap()
}

fn by_id(docs: &[DocResult]) -> BTreeMap<String, DocResult> {
    docs.iter()
        .map(|d| (d.doc.doc_id.clone(), d.clone()))
        .collect()
}

fn manifest(out: &Path) -> Manifest {
    Manifest::load(out).unwrap().expect("a manifest")
}

/// Every file under `dir` (recursively) with its bytes.
fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let rel = p.strip_prefix(dir).unwrap().to_string_lossy().into_owned();
                out.insert(rel, std::fs::read(&p).unwrap());
            }
        }
    }
    out
}

/// The bundled corpus copied `rounds` times into `dir/r<n>/`.
fn corpus_copy(dir: &Path, rounds: usize) {
    let src = bundled("corpus/yrd");
    for r in 0..rounds {
        let d = dir.join(format!("r{r}"));
        std::fs::create_dir_all(&d).unwrap();
        for e in std::fs::read_dir(&src).unwrap() {
            let p = e.unwrap().path();
            if p.extension().is_some_and(|x| x == "txt") {
                std::fs::copy(&p, d.join(p.file_name().unwrap())).unwrap();
            }
        }
    }
}

/// A DOCX whose document.xml holds `xml`.
fn docx(xml: &[u8]) -> Vec<u8> {
    let mut buf = std::io::Cursor::new(Vec::new());
    {
        let mut z = zip::ZipWriter::new(&mut buf);
        let o = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        z.start_file("[Content_Types].xml", o).unwrap();
        z.write_all(b"<Types/>").unwrap();
        z.start_file("word/document.xml", o).unwrap();
        z.write_all(xml).unwrap();
        z.finish().unwrap();
    }
    buf.into_inner()
}

/// A zip bomb: 80 MiB of spaces inside word/document.xml (about 80 KB packed).
fn zip_bomb() -> Vec<u8> {
    let mut buf = std::io::Cursor::new(Vec::new());
    {
        let mut z = zip::ZipWriter::new(&mut buf);
        let o = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .large_file(true);
        z.start_file("word/document.xml", o).unwrap();
        z.write_all(b"<w:document><w:body><w:p><w:r><w:t>").unwrap();
        let chunk = vec![b' '; 1 << 20];
        for _ in 0..80 {
            z.write_all(&chunk).unwrap();
        }
        z.write_all(b"</w:t></w:r></w:p></w:body></w:document>")
            .unwrap();
        z.finish().unwrap();
    }
    buf.into_inner()
}

/// Writes every bad input of the issue into `dir`, beside good.txt; returns
/// (doc_id, expected text in its status).
fn write_bad_inputs(dir: &Path) -> Vec<(&'static str, &'static str)> {
    std::fs::create_dir_all(dir).unwrap();
    std::fs::write(dir.join("good.txt"), GOOD).unwrap();
    // Binary: an executable-like header with NUL bytes.
    std::fs::write(
        dir.join("binary.txt"),
        b"\x7fELF\x02\x01\x01\0\0\0\0\0binary",
    )
    .unwrap();
    // Truncated UTF-8: the last character is cut in half.
    let mut t = GOOD.as_bytes().to_vec();
    t.extend_from_slice(&"市".as_bytes()[..2]);
    std::fs::write(dir.join("truncated.txt"), &t).unwrap();
    // Mislabelled: UTF-16LE without a BOM in a .txt file.
    let u16: Vec<u8> = GOOD.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
    std::fs::write(dir.join("utf16_no_bom.txt"), u16).unwrap();
    // Mislabelled: Latin-1 bytes that are neither UTF-8 nor GB18030.
    std::fs::write(
        dir.join("latin1.txt"),
        b"caf\xe9 \xff\xfe\xfd\x80\x81 na\xefve",
    )
    .unwrap();
    std::fs::write(dir.join("empty.txt"), b"").unwrap();
    // 100 MB on one line: over the default --max-doc-bytes (32 MiB).
    {
        let f = std::fs::File::create(dir.join("long_line.txt")).unwrap();
        let mut w = std::io::BufWriter::new(f);
        let chunk = "嘉兴".repeat(1 << 16);
        let mut n = 0;
        while n < 100_000_000 {
            w.write_all(chunk.as_bytes()).unwrap();
            n += chunk.len();
        }
    }
    // Deeply nested HTML.
    let mut h = String::from("<html><body>");
    h += &"<div>".repeat(100_000);
    h += GOOD;
    h += &"</div>".repeat(100_000);
    h += "</body></html>";
    std::fs::write(dir.join("nested.html"), h).unwrap();
    // Corrupt DOCX: a ZIP signature and garbage.
    std::fs::write(dir.join("corrupt.docx"), b"PK\x03\x04garbage, not a zip").unwrap();
    // A DOCX without word/document.xml's closing, i.e. truncated archive.
    let full =
        docx(b"<w:document><w:body><w:p><w:r><w:t>x</w:t></w:r></w:p></w:body></w:document>");
    std::fs::write(dir.join("truncated.docx"), &full[..full.len() / 2]).unwrap();
    std::fs::write(dir.join("bomb.docx"), zip_bomb()).unwrap();
    // Unreadable: a dangling symbolic link and a FIFO (reading would block).
    std::os::unix::fs::symlink(dir.join("no-such-target.txt"), dir.join("dangling.txt")).unwrap();
    let fifo = Command::new("mkfifo").arg(dir.join("pipe.txt")).status();
    assert!(fifo.is_ok_and(|s| s.success()), "mkfifo");
    vec![
        ("binary.txt", "error: binary content"),
        ("truncated.txt", "error: undecodable bytes for UTF-8"),
        ("utf16_no_bom.txt", "error: binary content"),
        ("latin1.txt", "error: undecodable bytes"),
        ("empty.txt", "error: empty file"),
        ("long_line.txt", "error: too large: 100"),
        ("corrupt.docx", "error: malformed docx: not a ZIP archive"),
        ("truncated.docx", "error: malformed docx"),
        ("bomb.docx", "error: docx content larger than the limit"),
        ("dangling.txt", "error: cannot read file: No such file"),
        ("pipe.txt", "error: cannot read file: not a regular file"),
    ]
}

#[test]
fn bad_inputs_become_status_rows_and_the_rest_of_the_run_is_unaffected() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    let expected = write_bad_inputs(&input);
    let out = tmp.path().join("out");
    let o = run_cli(&input, &out, &[]);
    let (so, se) = (stdout(&o), stderr(&o));
    assert_eq!(o.status.code(), Some(1), "{so}\n{se}");
    let docs = by_id(&tables(&out));
    for (id, want) in &expected {
        let d = docs.get(*id).unwrap_or_else(|| panic!("{id} has a row"));
        assert!(
            d.doc.status.starts_with(want),
            "{id}: status {:?}, expected {want:?}",
            d.doc.status
        );
        assert!(d.mentions.is_empty() && d.relations.is_empty(), "{id}");
        assert!(
            so.contains(&format!("failed:    {id}: {want}")),
            "{id}: {so}"
        );
        assert!(se.contains(&format!("warning: {id}: {want}")), "{id}: {se}");
    }
    // Deeply nested HTML is read, not a crash.
    assert_eq!(docs["nested.html"].doc.status, STATUS_OK);
    assert!(docs["nested.html"]
        .mentions
        .iter()
        .any(|m| m.norm == "嘉兴市"));
    assert!(so.contains(&format!(
        "{} documents (2 ok, {} failed",
        expected.len() + 2,
        expected.len()
    )));
    // good.txt's rows are those of a run on it alone.
    let alone = tmp.path().join("alone");
    std::fs::create_dir_all(&alone).unwrap();
    std::fs::write(alone.join("good.txt"), GOOD).unwrap();
    let out2 = tmp.path().join("out2");
    assert_eq!(run_cli(&alone, &out2, &["--quiet"]).status.code(), Some(0));
    let single = by_id(&tables(&out2));
    assert_eq!(docs["good.txt"], single["good.txt"]);
    assert!(!single["good.txt"].relations.is_empty());
    // The bad documents are in the manifest with their reasons, and a rerun
    // does not retry them.
    let m = manifest(&out);
    assert_eq!(m.documents.len(), expected.len() + 2);
    let o = run_cli(&input, &out, &[]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).contains("0 processed"), "{}", stdout(&o));
}

#[test]
fn limits_are_options() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    std::fs::create_dir_all(&input).unwrap();
    std::fs::write(input.join("good.txt"), GOOD).unwrap();
    let xml = format!(
        "<w:document><w:body><w:p><w:r><w:t>{GOOD}</w:t></w:r></w:p></w:body></w:document>"
    );
    std::fs::write(input.join("plan.docx"), docx(xml.as_bytes())).unwrap();
    let out = tmp.path().join("out");
    let o = run_cli(&input, &out, &["--max-doc-bytes", "64"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let docs = by_id(&tables(&out));
    for id in ["good.txt", "plan.docx"] {
        assert!(
            docs[id].doc.status.starts_with("error: too large:"),
            "{id}: {}",
            docs[id].doc.status
        );
    }
    // Other limits: the failed documents are retried although unchanged.
    let o = run_cli(&input, &out, &["--max-docx-bytes", "100"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stdout(&o).contains("2 processed"), "{}", stdout(&o));
    let docs = by_id(&tables(&out));
    assert_eq!(docs["good.txt"].doc.status, STATUS_OK);
    assert!(docs["plan.docx"]
        .doc
        .status
        .starts_with("error: docx content larger than the limit of 100 bytes"));
    let o = run_cli(&input, &out, &[]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(
        stdout(&o).contains("1 processed, 1 unchanged"),
        "{}",
        stdout(&o)
    );
    let o = run_cli(&input, &out, &["--max-doc-bytes", "12Q"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn unchanged_rerun_processes_nothing_and_one_new_file_exactly_that_file() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    corpus_copy(&input, 1);
    let out = tmp.path().join("out");
    let o = run_cli(&input, &out, &[]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("5 processed, 0 unchanged"),
        "{}",
        stdout(&o)
    );
    let before = files(&out);
    assert!(before.contains_key("documents.parquet/part-00000.parquet"));
    assert!(before.contains_key("facts.parquet"));
    assert!(before.contains_key("manifest.json"));

    let o = run_cli(&input, &out, &[]);
    assert_eq!(o.status.code(), Some(0));
    assert!(
        stdout(&o).contains("0 processed, 5 unchanged, 0 removed; nothing to do"),
        "{}",
        stdout(&o)
    );
    assert_eq!(files(&out), before, "an unchanged rerun rewrites nothing");

    std::fs::write(input.join("r0/new.txt"), GOOD).unwrap();
    let o = run_cli(&input, &out, &[]);
    assert_eq!(o.status.code(), Some(0));
    assert!(
        stdout(&o).contains("1 processed, 5 unchanged, 0 removed; wrote part-00001.parquet"),
        "{}",
        stdout(&o)
    );
    let after = files(&out);
    for t in ["documents", "mentions", "relations", "targets"] {
        let p = format!("{t}.parquet/part-00000.parquet");
        assert_eq!(after[&p], before[&p], "{p} kept as it was");
    }
    let m = manifest(&out);
    assert_eq!(m.parts, ["part-00000.parquet", "part-00001.parquet"]);
    let new: Vec<_> = m
        .documents
        .iter()
        .filter(|d| d.part == "part-00001.parquet")
        .map(|d| d.doc_id.as_str())
        .collect();
    assert_eq!(new, ["r0/new.txt"]);
    let docs = tables(&out);
    assert_eq!(docs.len(), 6);
    assert_eq!(docs.last().unwrap().doc.doc_id, "r0/new.txt");
    // The same rows as a fresh run over the same files (order aside).
    let fresh = tmp.path().join("fresh");
    assert_eq!(run_cli(&input, &fresh, &["-q"]).status.code(), Some(0));
    assert_eq!(by_id(&docs), by_id(&tables(&fresh)));
    // Facts cover both parts: same facts as the fresh run.
    let facts = |d: &Path| {
        let mut rows = Vec::new();
        for (_, b) in guihua_store::read_table_batches(d, guihua_store::Table::Facts).unwrap() {
            rows.push(b.num_rows());
        }
        rows.iter().sum::<usize>()
    };
    assert_eq!(facts(&out), facts(&fresh));
    // eval reads the part layout.
    let gold = bundled("tests/gold/dev");
    let o = guihua(
        &["eval", "--gold", gold.to_str().unwrap(), "--pred"],
        &[&out],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

/// Incremental reruns over small parts: `copies` copies of the corpus in
/// `input`, run into `out` on 2 threads with parts of 4 documents.
struct SmallParts {
    engine: Engine,
    tmp: tempfile::TempDir,
    input: std::path::PathBuf,
    out: std::path::PathBuf,
}

impl SmallParts {
    fn new(copies: usize) -> SmallParts {
        let tmp = tempfile::tempdir().unwrap();
        let input = tmp.path().join("in");
        corpus_copy(&input, copies);
        let out = tmp.path().join("out");
        SmallParts {
            engine: engine(),
            tmp,
            input,
            out,
        }
    }

    /// Discovers the input again and runs it.
    fn run(&self) -> guihua::RunSummary {
        let (docs, skipped) = discover(std::slice::from_ref(&self.input)).unwrap();
        let opts = RunOptions {
            out: self.out.clone(),
            threads: Some(2),
        };
        let batch = BatchOptions {
            part_docs: 4,
            ..Default::default()
        };
        run_with(&self.engine, &docs, skipped, &opts, &batch).unwrap()
    }
}

#[test]
fn changed_and_removed_documents_rewrite_their_part() {
    // Parts of 4 documents: 10 documents in parts 0, 1, 2.
    let fx = SmallParts::new(2);
    let (input, out) = (&fx.input, &fx.out);
    let go = || fx.run();
    let s = go();
    assert_eq!((s.processed, s.documents), (10, 10));
    assert_eq!(manifest(out).parts.len(), 3);
    let first = by_id(&tables(out));

    // Change one document of part 0 and remove one of part 2.
    let m = manifest(out);
    let changed = m.documents[1].doc_id.clone();
    let gone = m.documents[9].doc_id.clone();
    assert_eq!(m.documents[1].part, "part-00000.parquet");
    assert_eq!(m.documents[9].part, "part-00002.parquet");
    std::fs::write(input.join(&changed), GOOD).unwrap();
    std::fs::remove_file(input.join(&gone)).unwrap();
    let s = go();
    assert_eq!((s.processed, s.removed, s.unchanged), (1, 1, 8));
    // Part 1 is kept; the 3 unchanged documents of part 0 and the 1 of part 2
    // move into the new parts.
    assert_eq!(s.carried, 4);
    let m = manifest(out);
    assert_eq!(
        m.parts,
        [
            "part-00001.parquet",
            "part-00003.parquet",
            "part-00004.parquet"
        ]
    );
    let now = by_id(&tables(out));
    assert_eq!(now.len(), 9);
    assert!(!now.contains_key(&gone));
    assert!(now[&changed].mentions.iter().any(|m| m.norm == "嘉兴市"));
    assert_ne!(now[&changed], first[&changed]);
    for (id, d) in &now {
        if id != &changed {
            assert_eq!(d, &first[id], "{id} carried unchanged");
        }
    }
    // The manifest matches the tables row for row.
    let ids: Vec<_> = tables(out).into_iter().map(|d| d.doc.doc_id).collect();
    let mids: Vec<_> = m.documents.iter().map(|d| d.doc_id.clone()).collect();
    assert_eq!(ids, mids);
}

/// Whether two folders hold the same facts rows (file metadata aside).
fn same_facts(a: &Path, b: &Path) -> bool {
    let read = |d: &Path| guihua_store::read_table_batches(d, guihua_store::Table::Facts).unwrap();
    let (x, y) = (read(a), read(b));
    x.len() == y.len()
        && x.iter()
            .zip(&y)
            .all(|((_, p), (_, q))| p.columns() == q.columns())
}

#[test]
fn facts_after_an_incremental_rerun_fold_every_part_in_row_order() {
    let fx = SmallParts::new(3);
    let (engine, tmp, input, out) = (&fx.engine, &fx.tmp, &fx.input, &fx.out);
    let go = || fx.run();
    go();
    // Change a document of the first part, remove one of the last, add one:
    // kept parts now come first, and facts first seen in the rewritten part
    // are first seen in a kept one.
    let m = manifest(out);
    std::fs::write(input.join(&m.documents[0].doc_id), GOOD).unwrap();
    std::fs::remove_file(input.join(&m.documents[14].doc_id)).unwrap();
    std::fs::write(input.join("r0/new.txt"), GOOD).unwrap();
    let s = go();
    assert_eq!((s.processed, s.removed), (2, 1));
    assert!(s.carried > 0);

    // What folding the tables in row order, with every text, gives.
    let mut facts = guihua_store::Facts::new();
    for d in tables(out) {
        let path = input.join(&d.doc.doc_id);
        let bytes = std::fs::read(&path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let text = engine.decode_text(&name, &bytes, &Default::default());
        facts.add_doc(&d, text.as_deref());
    }
    let want = tmp.path().join("want");
    let meta = guihua_store::RunMeta::new("0", "x", "y");
    let n = guihua_store::write_facts(&want, &meta, &Default::default(), facts).unwrap();
    assert!(n.facts > 0);
    assert!(same_facts(out, &want));
    assert_eq!(s.stats.facts, n.facts);
}

#[test]
fn a_changed_dictionary_hash_or_force_reprocesses_everything() {
    let mut engine = engine();
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    corpus_copy(&input, 1);
    let (docs, skipped) = discover(std::slice::from_ref(&input)).unwrap();
    let opts = RunOptions {
        out: tmp.path().join("out"),
        threads: Some(2),
    };
    let batch = BatchOptions::default();
    let s = run_with(&engine, &docs, skipped, &opts, &batch).unwrap();
    assert_eq!(s.processed, 5);
    let s = run_with(&engine, &docs, skipped, &opts, &batch).unwrap();
    assert_eq!(s.processed, 0);
    engine.dictionary_hash = "sha256:0000000000000000".into();
    let s = run_with(&engine, &docs, skipped, &opts, &batch).unwrap();
    assert_eq!((s.processed, s.unchanged), (5, 0));
    assert!(s
        .full_reason
        .as_deref()
        .is_some_and(|r| r.contains("dictionaries changed")));
    assert_eq!(
        manifest(&opts.out).dictionary_hash,
        "sha256:0000000000000000"
    );
    assert_eq!(manifest(&opts.out).parts, ["part-00000.parquet"]);
    let s = run_with(&engine, &docs, skipped, &opts, &batch).unwrap();
    assert_eq!(s.processed, 0);
    let force = BatchOptions {
        force: true,
        ..Default::default()
    };
    let s = run_with(&engine, &docs, skipped, &opts, &force).unwrap();
    assert_eq!(s.processed, 5);
    assert_eq!(s.full_reason.as_deref(), Some("--force"));
}

#[test]
fn a_crash_midway_leaves_the_previous_output_and_a_rerun_finishes() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    corpus_copy(&input, 1);
    let out = tmp.path().join("out");
    assert_eq!(run_cli(&input, &out, &["-q"]).status.code(), Some(0));
    let before_files = files(&out);
    let before = tables(&out);
    // Three more documents; the run dies after writing two of them.
    let more = input.join("more");
    std::fs::create_dir_all(&more).unwrap();
    for i in 0..3 {
        std::fs::write(more.join(format!("m{i}.txt")), format!("{GOOD}第{i}号。")).unwrap();
    }
    let o = run_cmd()
        .arg(&input)
        .arg("--out")
        .arg(&out)
        .env(guihua::run::ABORT_AFTER_ENV, "2")
        .output()
        .unwrap();
    assert!(!o.status.success(), "the run was aborted");
    assert!(stderr(&o).contains("aborting"), "{}", stderr(&o));
    // The previous output is complete and readable, byte for byte.
    assert_eq!(files(&out), before_files);
    assert_eq!(tables(&out), before);
    let gold = bundled("tests/gold/dev");
    let o = guihua(
        &["eval", "--gold", gold.to_str().unwrap(), "--pred"],
        &[&out],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    // The crashed run left its staging folder behind; the rerun cleans it up
    // and does exactly the missing work.
    let leftovers = |dir: &Path| {
        std::fs::read_dir(dir)
            .unwrap()
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().contains("staging"))
            .count()
    };
    assert_eq!(leftovers(tmp.path()), 1);
    let o = run_cli(&input, &out, &[]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("3 processed, 5 unchanged"),
        "{}",
        stdout(&o)
    );
    assert_eq!(leftovers(tmp.path()), 0);
    assert_eq!(tables(&out).len(), 8);
}

#[test]
fn a_killed_run_leaves_the_previous_output() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    corpus_copy(&input, 1);
    let out = tmp.path().join("out");
    assert_eq!(run_cli(&input, &out, &["-q"]).status.code(), Some(0));
    let before = files(&out);
    corpus_copy(&input.join("more"), 6);
    // Kill the run at several points of its life: wherever it is, OUT is
    // either the old output or the new one, and always readable.
    for delay_ms in [50u64, 400, 900] {
        let mut child = run_cmd()
            .arg(&input)
            .arg("--out")
            .arg(&out)
            .arg("--force")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(delay_ms));
        let _ = child.kill();
        let _ = child.wait();
        let now = files(&out);
        let n = tables(&out).len();
        assert!(now == before || n == 35, "{delay_ms} ms: {n} documents");
    }
    let o = run_cli(&input, &out, &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(tables(&out).len(), 35);
}

#[test]
fn one_and_two_threads_give_identical_files() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    corpus_copy(&input, 4);
    std::fs::write(input.join("empty.txt"), b"").unwrap();
    let mut outs = Vec::new();
    for t in ["1", "2"] {
        let out = tmp.path().join(format!("t{t}"));
        let o = run_cli(&input, &out, &["--threads", t, "-q"]);
        assert_eq!(o.status.code(), Some(1));
        outs.push(files(&out));
    }
    assert_eq!(
        outs[0].keys().collect::<Vec<_>>(),
        outs[1].keys().collect::<Vec<_>>()
    );
    for (name, bytes) in &outs[0] {
        assert!(
            bytes == &outs[1][name],
            "{name} differs between 1 and 2 threads"
        );
    }
}

#[test]
fn globs_files_from_and_unsupported_files() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    std::fs::create_dir_all(input.join("sub")).unwrap();
    std::fs::create_dir_all(input.join("drafts")).unwrap();
    std::fs::write(input.join("a.txt"), GOOD).unwrap();
    std::fs::write(
        input.join("sub/b.htm"),
        format!("<html><p>{GOOD}</p></html>"),
    )
    .unwrap();
    std::fs::write(input.join("drafts/c.txt"), GOOD).unwrap();
    std::fs::write(input.join("notes.md"), GOOD).unwrap();
    std::fs::write(input.join("scan.pdf"), b"%PDF-1.4").unwrap();
    let out = tmp.path().join("out");
    let o = run_cli(&input, &out, &["--exclude", "drafts/**"]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(stdout(&o).contains("2 documents (2 ok, 0 failed, 2 unsupported files skipped)"));
    assert!(stdout(&o).contains("1 files excluded"), "{}", stdout(&o));
    let ids: Vec<_> = tables(&out).into_iter().map(|d| d.doc.doc_id).collect();
    assert_eq!(ids, ["a.txt", "sub/b.htm"]);
    // --include admits a .md file and keeps only what matches.
    let out = tmp.path().join("out2");
    let o = run_cli(&input, &out, &["--include", "*.md", "--include", "sub/*"]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    let ids: Vec<_> = tables(&out).into_iter().map(|d| d.doc.doc_id).collect();
    assert_eq!(ids, ["notes.md", "sub/b.htm"]);
    // --files-from - (standard input), with a missing path and a folder.
    let out = tmp.path().join("out3");
    let mut child = run_cmd()
        .current_dir(&input)
        .args(["--files-from", "-", "--out"])
        .arg(&out)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"# list\n./a.txt\n\ndrafts/c.txt\nmissing.txt\nsub\n")
        .unwrap();
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let docs = by_id(&tables(&out));
    assert_eq!(
        docs.keys().collect::<Vec<_>>(),
        ["a.txt", "drafts/c.txt", "missing.txt", "sub"]
    );
    assert!(docs["missing.txt"]
        .doc
        .status
        .starts_with("error: cannot read file"));
    assert!(docs["sub"].doc.status.contains("not a regular file"));
    assert_eq!(docs["a.txt"].doc.status, STATUS_OK);
    // Usage errors exit 2.
    let o = run_cli(&input, &tmp.path().join("o4"), &["--include", "a{"]);
    assert_eq!(o.status.code(), Some(2));
    let o = run_cli(
        &input,
        &tmp.path().join("o5"),
        &["--files-from", "/no/such/list"],
    );
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn a_foreign_folder_is_not_replaced_and_the_old_layout_is_converted() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    std::fs::create_dir_all(&input).unwrap();
    std::fs::write(input.join("a.txt"), GOOD).unwrap();
    let foreign = tmp.path().join("home");
    std::fs::create_dir_all(&foreign).unwrap();
    std::fs::write(foreign.join("thesis.tex"), "keep me").unwrap();
    let o = run_cli(&input, &foreign, &[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("refusing to replace"), "{}", stderr(&o));
    assert!(foreign.join("thesis.tex").exists());

    // `guihua::run` (the library's one-shot form) writes one file per table;
    // the CLI's incremental run then converts the folder to parts.
    let engine = engine();
    let (docs, skipped) = discover(std::slice::from_ref(&input)).unwrap();
    let out = tmp.path().join("out");
    let opts = RunOptions {
        out: out.clone(),
        ..Default::default()
    };
    run(&engine, &docs, skipped, &opts).unwrap();
    assert!(out.join("mentions.parquet").is_file());
    let single = tables(&out);
    let o = run_cli(&input, &out, &[]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("no manifest"), "{}", stdout(&o));
    assert!(out.join("mentions.parquet/part-00000.parquet").is_file());
    assert_eq!(tables(&out), single);
}

/// Inputs from fuzzing and hand-made hostile bytes: each gets a status and
/// none is an internal error (a caught panic).
#[test]
fn fuzz_regressions() {
    let engine = engine();
    for (name, bytes) in [
        ("a.txt", b"\xff\xfe\x00".to_vec()),
        ("a.html", b"<html><script>".to_vec()),
        ("a.html", "<".repeat(10_000).into_bytes()),
        ("a.docx", b"PK\x03\x04".to_vec()),
        ("a.txt", "\u{200b}\u{feff}。,、".repeat(1000).into_bytes()),
    ] {
        let p = engine.process_bytes("x", name, &bytes);
        assert!(!p.result.doc.status.is_empty(), "{name}");
        assert!(
            !p.result.doc.status.starts_with("error: internal error"),
            "{name}: {}",
            p.result.doc.status
        );
    }
}
