//! Cleaning and normalising: decoded text to `NormText` (script conversion,
//! line joins, boilerplate, structure, sentences, offset map).
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use guihua_benches::{bench_docs, decode_all, engine, total_bytes};
use std::hint::black_box;

fn bench(c: &mut Criterion) {
    let engine = engine();
    let docs = bench_docs();
    let texts = decode_all(&docs);
    let mut g = c.benchmark_group("normalise");
    g.throughput(Throughput::Bytes(total_bytes(&docs)));
    g.bench_function("pipeline_options", |b| {
        b.iter(|| {
            for t in &texts {
                black_box(engine.normaliser.normalise(black_box(t)));
            }
        })
    });
    g.finish();
}

criterion_group! { name = benches; config = guihua_benches::criterion(); targets = bench }
criterion_main!(benches);
