//! Shared fixtures of guihua's benchmarks (see BENCHMARKS.md).
//!
//! The per-stage criterion benchmarks in `benches/benches` all run on the same
//! text: the five bundled documents (`corpus/yrd`) replicated to
//! [`bench_bytes`] bytes (3 MB unless `GUIHUA_BENCH_BYTES` says otherwise).

use guihua::Engine;
use std::path::PathBuf;
use std::time::Duration;

/// One input document: a file name (its extension selects the format) and
/// its bytes.
#[derive(Debug, Clone)]
pub struct Doc {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// The pipeline file of the default pipeline.
pub fn pipeline_path() -> PathBuf {
    guihua::bundled("pipelines/yrd.toml")
}

/// The bundled corpus folder.
pub fn corpus_dir() -> PathBuf {
    guihua::bundled("corpus/yrd")
}

/// Loads the default pipeline.
pub fn engine() -> Engine {
    Engine::load(&pipeline_path()).expect("default pipeline loads")
}

/// The bundled documents, in name order.
pub fn bundled_docs() -> Vec<Doc> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(corpus_dir())
        .expect("corpus/yrd is readable")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| Doc {
            name: p.file_name().unwrap().to_string_lossy().into_owned(),
            bytes: std::fs::read(&p).expect("bundled document is readable"),
        })
        .collect()
}

/// Bytes of text the stage benchmarks run on: `GUIHUA_BENCH_BYTES`, else 3 MB.
pub fn bench_bytes() -> usize {
    std::env::var("GUIHUA_BENCH_BYTES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(3_000_000)
}

/// The bundled documents repeated in order until they hold at least
/// `target` bytes (whole rounds of the five, so every document weighs the
/// same).
pub fn replicated(target: usize) -> Vec<Doc> {
    let base = bundled_docs();
    let mut out = Vec::new();
    let mut total = 0;
    let mut round = 0;
    while total < target {
        for d in &base {
            total += d.bytes.len();
            out.push(Doc {
                name: format!("r{round:03}_{}", d.name),
                bytes: d.bytes.clone(),
            });
        }
        round += 1;
    }
    out
}

/// The stage benchmarks' documents: [`replicated`] to [`bench_bytes`].
pub fn bench_docs() -> Vec<Doc> {
    replicated(bench_bytes())
}

/// Total bytes of `docs`.
pub fn total_bytes(docs: &[Doc]) -> u64 {
    docs.iter().map(|d| d.bytes.len() as u64).sum()
}

/// Decoded texts of `docs`.
pub fn decode_all(docs: &[Doc]) -> Vec<String> {
    docs.iter()
        .map(|d| {
            guihua_text::decode(&d.bytes, &d.name)
                .expect("bench document decodes")
                .text
        })
        .collect()
}

/// Normalised texts of `texts` with the default pipeline's options.
pub fn normalise_all(engine: &Engine, texts: &[String]) -> Vec<guihua_text::NormText> {
    texts
        .iter()
        .map(|t| engine.normaliser.normalise(t))
        .collect()
}

/// The criterion settings every stage benchmark uses: 10 samples, 1 s warm-up,
/// 4 s measurement (short enough for the 2-core machine, see BENCHMARKS.md).
pub fn criterion() -> criterion::Criterion {
    criterion::Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4))
}
