//! Decoding: file bytes to text (encoding detection and HTML extraction).
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use guihua_benches::{bench_docs, total_bytes, Doc};
use std::hint::black_box;

fn html(text: &str) -> String {
    let body: String = text
        .lines()
        .map(|l| format!("<p>{}</p>\n", l.replace('&', "&amp;").replace('<', "&lt;")))
        .collect();
    format!(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>t</title></head>\
         <body><div class=\"nav\"><a href=\"/\">首页</a></div>{body}</body></html>"
    )
}

fn bench(c: &mut Criterion) {
    let utf8 = bench_docs();
    let gb: Vec<Doc> = utf8
        .iter()
        .map(|d| Doc {
            name: d.name.clone(),
            bytes: encoding_rs::GB18030
                .encode(std::str::from_utf8(&d.bytes).unwrap())
                .0
                .into_owned(),
        })
        .collect();
    let htm: Vec<Doc> = utf8
        .iter()
        .map(|d| Doc {
            name: d.name.replace(".txt", ".html"),
            bytes: html(std::str::from_utf8(&d.bytes).unwrap()).into_bytes(),
        })
        .collect();
    let mut g = c.benchmark_group("decode");
    for (label, docs) in [
        ("utf8_txt", &utf8),
        ("gb18030_txt", &gb),
        ("utf8_html", &htm),
    ] {
        g.throughput(Throughput::Bytes(total_bytes(docs)));
        g.bench_function(label, |b| {
            b.iter(|| {
                for d in docs.iter() {
                    black_box(guihua_text::decode(black_box(&d.bytes), &d.name).unwrap());
                }
            })
        });
    }
    g.finish();
}

criterion_group! { name = benches; config = guihua_benches::criterion(); targets = bench }
criterion_main!(benches);
