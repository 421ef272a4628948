//! The recognisers, one by one, on prepared `Scan`s (the `Scan` and the
//! `DocContext` are built outside the timed routine, so each figure is the
//! recogniser alone, including the jieba segmentation it triggers), plus
//! `scan_and_context` (the matcher pass of `Scan::new` and
//! `DocContext::detect`) and `tagger_tag` (the whole tagger: scan, context, all
//! recognisers, overlap resolution, offsets back to the original).
use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use guihua_benches::{bench_docs, decode_all, engine, normalise_all, total_bytes};
use guihua_tag::{recognisers, DocContext, Scan};
use std::hint::black_box;

fn bench(c: &mut Criterion) {
    let engine = engine();
    let res = &engine.resources;
    let docs = bench_docs();
    let texts = decode_all(&docs);
    let norms = normalise_all(&engine, &texts);
    let mut g = c.benchmark_group("recognise");
    g.throughput(Throughput::Bytes(total_bytes(&docs)));
    g.bench_function("scan_and_context", |b| {
        b.iter(|| {
            for n in &norms {
                let scan = Scan::new(black_box(n), res);
                black_box(DocContext::detect(&scan));
            }
        })
    });
    for name in recognisers::ALL {
        let r = recognisers::by_name(name).unwrap();
        g.bench_function(name, |b| {
            b.iter_batched(
                || {
                    norms
                        .iter()
                        .map(|n| {
                            let scan = Scan::new(n, res);
                            let ctx = DocContext::detect(&scan);
                            (scan, ctx)
                        })
                        .collect::<Vec<_>>()
                },
                |prepared| {
                    let mut out = Vec::new();
                    for (scan, ctx) in &prepared {
                        out.clear();
                        r.recognise(scan, ctx, &mut out);
                        black_box(&out);
                    }
                    prepared
                },
                BatchSize::PerIteration,
            )
        });
    }
    g.bench_function("tagger_tag", |b| {
        b.iter(|| {
            for (t, n) in texts.iter().zip(&norms) {
                black_box(engine.tagger.tag(t, n, res));
            }
        })
    });
    g.finish();
}

criterion_group! { name = benches; config = guihua_benches::criterion(); targets = bench }
criterion_main!(benches);
