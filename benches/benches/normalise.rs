//! Cleaning and normalising: decoded text to `NormText` (script conversion,
//! line joins, boilerplate, structure, sentences, offset map).
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use guihua_benches::{bench_docs, criterion_config, decode_all, engine, total_bytes};
use std::hint::black_box;

fn config() -> Criterion {
    let s = criterion_config();
    Criterion::default()
        .sample_size(s.sample_size)
        .warm_up_time(s.warm_up)
        .measurement_time(s.measurement)
}

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

criterion_group! { name = benches; config = config(); targets = bench }
criterion_main!(benches);
