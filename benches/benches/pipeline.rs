//! The whole per-document pipeline on one thread: `Engine::process_bytes`
//! (sha256, decode, normalise, tag, link), without writing.
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use guihua_benches::{bench_docs, engine, total_bytes};
use std::hint::black_box;

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

criterion_group! { name = benches; config = guihua_benches::criterion(); targets = bench }
criterion_main!(benches);
