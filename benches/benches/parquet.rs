//! Parquet writing: `guihua_store::write_tables` of the processed documents
//! (five zstd tables and the facts fold) into a temporary folder.
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use guihua_benches::{bench_docs, engine, total_bytes};
use guihua_store::{write_tables, RunMeta, WriteOptions};
use std::collections::HashMap;
use std::hint::black_box;

fn bench(c: &mut Criterion) {
    let engine = engine();
    let docs = bench_docs();
    let processed: Vec<_> = docs
        .iter()
        .map(|d| engine.process_bytes(&d.name, &d.name, &d.bytes))
        .collect();
    let texts: HashMap<String, String> = processed
        .iter()
        .map(|p| {
            (
                p.result.doc.doc_id.clone(),
                p.text.clone().unwrap_or_default(),
            )
        })
        .collect();
    let results: Vec<_> = processed.into_iter().map(|p| p.result).collect();
    let meta = RunMeta::new("bench", &engine.pipeline.name, &engine.dictionary_hash);
    let opts = WriteOptions {
        row_group_rows: engine.pipeline.output.row_group_rows,
        zstd_level: engine.pipeline.output.zstd_level,
    };
    let dir = tempfile::tempdir().unwrap();
    let mut g = c.benchmark_group("parquet");
    g.throughput(Throughput::Bytes(total_bytes(&docs)));
    g.bench_function("write_tables", |b| {
        b.iter(|| {
            let stats = write_tables(dir.path(), black_box(&results), &meta, opts.clone(), |d| {
                texts.get(&d.doc.doc_id).map(String::as_str)
            })
            .unwrap();
            black_box(stats)
        })
    });
    g.finish();
}

criterion_group! { name = benches; config = guihua_benches::criterion(); targets = bench }
criterion_main!(benches);
