//! The whole per-document pipeline on one thread: `Engine::process_bytes`
//! (sha256, decode, normalise, tag, link), without writing.
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use guihua_benches::{bench_docs, criterion_config, engine, total_bytes};
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
    let mut g = c.benchmark_group("pipeline");
    g.throughput(Throughput::Bytes(total_bytes(&docs)));
    g.bench_function("process_bytes", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(engine.process_bytes(&d.name, &d.name, black_box(&d.bytes)));
            }
        })
    });
    g.finish();
}

criterion_group! { name = benches; config = config(); targets = bench }
criterion_main!(benches);
