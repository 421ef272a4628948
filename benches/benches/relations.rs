//! The relation rules: `Linker::link` on tagged documents.
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use guihua_benches::{bench_docs, decode_all, engine, normalise_all, total_bytes};
use std::hint::black_box;

fn bench(c: &mut Criterion) {
    let engine = engine();
    let res = &engine.resources;
    let docs = bench_docs();
    let texts = decode_all(&docs);
    let norms = normalise_all(&engine, &texts);
    let tagged: Vec<_> = texts
        .iter()
        .zip(&norms)
        .map(|(t, n)| engine.tagger.tag(t, n, res))
        .collect();
    let mut g = c.benchmark_group("relations");
    g.throughput(Throughput::Bytes(total_bytes(&docs)));
    g.bench_function("linker_link", |b| {
        b.iter(|| {
            for (n, t) in norms.iter().zip(&tagged) {
                black_box(engine.linker.link(black_box(n), t, res));
            }
        })
    });
    g.finish();
}

criterion_group! { name = benches; config = guihua_benches::criterion(); targets = bench }
criterion_main!(benches);
