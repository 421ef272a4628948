//! Text layer throughput: decode + normalise of the five bundled documents
//! replicated to at least 50 MB, plus the OpenCC comparison on 002.
//!
//! Run with `cargo bench -p guihua-text --bench text_layer`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use guihua_text::{decode, NormOptions, Normaliser};
use std::hint::black_box;
use std::time::Duration;

const DOCS: [&str; 5] = [
    include_str!("../../../corpus/yrd/000_d453891f6ebe55a1.txt"),
    include_str!("../../../corpus/yrd/001_36b79df51d2f93ef.txt"),
    include_str!("../../../corpus/yrd/002_130654ff0ade0c3c.txt"),
    include_str!("../../../corpus/yrd/003_5a8fcb8d5e57ee11.txt"),
    include_str!("../../../corpus/yrd/004_13029d94b24b445e.txt"),
];

/// The five documents concatenated until at least `min` bytes.
fn replicated(docs: &[&str], min: usize) -> String {
    let mut s = String::with_capacity(min + 200_000);
    while s.len() < min {
        for d in docs {
            s.push_str(d);
            s.push('\n');
        }
    }
    s
}

fn text_layer(c: &mut Criterion) {
    let big = replicated(&DOCS, 50_000_000);
    let norm = Normaliser::new(NormOptions::default());
    let mut g = c.benchmark_group("text_layer");
    g.sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(20));
    g.throughput(Throughput::Bytes(big.len() as u64));
    g.bench_function("decode+normalise 5 docs x 50MB", |b| {
        b.iter(|| {
            let d = decode(black_box(big.as_bytes()), "big.txt").unwrap();
            let t = norm.normalise(&d.text);
            black_box(t.sentences.len())
        })
    });
    g.finish();

    // The same per document (what the pipeline does): 5 docs repeated.
    let mut g = c.benchmark_group("text_layer_per_doc");
    let total: usize = DOCS.iter().map(|d| d.len()).sum();
    g.sample_size(20);
    g.throughput(Throughput::Bytes(total as u64));
    g.bench_function("decode+normalise each doc", |b| {
        b.iter(|| {
            let mut n = 0;
            for d in DOCS {
                let dec = decode(black_box(d.as_bytes()), "d.txt").unwrap();
                n += norm.normalise(&dec.text).sentences.len();
            }
            n
        })
    });
    g.finish();
}

fn opencc(c: &mut Criterion) {
    let big = replicated(&DOCS[2..3], 5_000_000);
    let norm = Normaliser::new(NormOptions::default());
    let ferrous = ferrous_opencc::OpenCC::from_config(ferrous_opencc::config::BuiltinConfig::Tw2sp)
        .expect("ferrous-opencc tw2sp");
    let mut g = c.benchmark_group("opencc_tw2sp_002");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(big.len() as u64));
    g.bench_function("guihua-text (with offsets)", |b| {
        b.iter(|| black_box(norm.to_simplified(black_box(&big))).len())
    });
    g.bench_function("ferrous-opencc 0.4", |b| {
        b.iter(|| black_box(ferrous.convert(black_box(&big))).len())
    });
    g.finish();
}

criterion_group!(benches, text_layer, opencc);
criterion_main!(benches);
