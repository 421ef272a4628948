//! Output does not depend on the thread count: `guihua::run` on the bundled
//! corpus with 1 and with 2 worker threads writes byte-identical Parquet files.

use guihua::{discover, run, Engine, RunOptions};
use std::collections::BTreeMap;
use std::path::Path;

/// Every Parquet file under `dir` (a table is a file or a folder of part
/// files), by path relative to `dir`.
fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<String, Vec<u8>>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(root, &p, out);
            } else if p.extension().is_some_and(|x| x == "parquet") {
                let rel = p.strip_prefix(root).unwrap().to_string_lossy().into_owned();
                out.insert(rel, std::fs::read(&p).unwrap());
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

#[test]
fn one_and_two_threads_write_identical_parquet() {
    let engine = Engine::load(&guihua_benches::pipeline_path()).unwrap();
    let corpus = guihua_benches::corpus_dir();
    let (docs, skipped) = discover(&[corpus]).unwrap();
    assert!(docs.len() >= 5, "the bundled corpus has its documents");
    let tmp = tempfile::tempdir().unwrap();
    let mut outs = Vec::new();
    for threads in [1, 2] {
        let out = tmp.path().join(format!("t{threads}"));
        let s = run(
            &engine,
            &docs,
            skipped,
            &RunOptions {
                out: out.clone(),
                threads: Some(threads),
            },
        )
        .unwrap();
        assert!(s.failed.is_empty(), "{:?}", s.failed);
        outs.push(files(&out));
    }
    let (a, b) = (&outs[0], &outs[1]);
    assert_eq!(
        a.keys().collect::<Vec<_>>(),
        b.keys().collect::<Vec<_>>(),
        "same file names"
    );
    assert!(
        a.keys().any(|k| k.starts_with("mentions.parquet")),
        "{:?}",
        a.keys()
    );
    for (name, bytes) in a {
        assert!(
            bytes == &b[name],
            "{name} differs between --threads 1 and --threads 2 ({} vs {} bytes)",
            bytes.len(),
            b[name].len()
        );
    }
}

/// The same over more documents than one parallel batch holds (the run
/// processes `threads * 8` documents at a time): the bundled documents
/// replicated into 8 folders, 40 documents.
#[test]
fn many_documents_identical_across_thread_counts() {
    let engine = Engine::load(&guihua_benches::pipeline_path()).unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    for round in 0..8 {
        let dir = input.join(format!("r{round}"));
        std::fs::create_dir_all(&dir).unwrap();
        for d in guihua_benches::bundled_docs() {
            std::fs::write(dir.join(&d.name), &d.bytes).unwrap();
        }
    }
    let (docs, skipped) = discover(&[input]).unwrap();
    assert_eq!(docs.len(), 40);
    let mut outs = Vec::new();
    for threads in [1, 2] {
        let out = tmp.path().join(format!("t{threads}"));
        run(
            &engine,
            &docs,
            skipped,
            &RunOptions {
                out: out.clone(),
                threads: Some(threads),
            },
        )
        .unwrap();
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
