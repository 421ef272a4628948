//! The dictionary matcher: one leftmost-longest Aho-Corasick pass over the
//! normalised text, as `guihua_dict::Matcher::find_iter` (hits with entry
//! slices) and as the bare automaton (`count()` only).
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use guihua_benches::{bench_docs, decode_all, engine, normalise_all, total_bytes};
use std::hint::black_box;

fn bench(c: &mut Criterion) {
    let engine = engine();
    let docs = bench_docs();
    let texts = decode_all(&docs);
    let norms = normalise_all(&engine, &texts);
    let m = &engine.resources.matcher;
    let mut g = c.benchmark_group("matcher");
    g.throughput(Throughput::Bytes(total_bytes(&docs)));
    g.bench_function("find_iter_collect", |b| {
        b.iter(|| {
            for n in &norms {
                let hits: Vec<_> = m.find_iter(black_box(&n.text)).collect();
                black_box(hits);
            }
        })
    });
    g.bench_function("automaton_count", |b| {
        b.iter(|| {
            for n in &norms {
                black_box(m.automaton().find_iter(black_box(n.text.as_str())).count());
            }
        })
    });
    g.finish();
}

criterion_group! { name = benches; config = guihua_benches::criterion(); targets = bench }
criterion_main!(benches);
