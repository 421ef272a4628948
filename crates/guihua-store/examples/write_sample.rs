//! Writes hand-made tables for the Python checks, or a synthetic run to
//! measure write and read speed.
//!
//! ```text
//! cargo run -p guihua-store --example write_sample -- OUT_DIR
//! cargo run -p guihua-store --example write_sample -- OUT_DIR --synthetic MENTIONS
//! ```

#[path = "../tests/common/mod.rs"]
mod common;

use guihua_store::{read_tables, write_tables, RunMeta, WriteOptions};
use std::collections::HashMap;
use std::path::PathBuf;
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(out) = args.first().map(PathBuf::from) else {
        eprintln!("usage: write_sample OUT_DIR [--synthetic MENTIONS]");
        std::process::exit(2);
    };
    let mut meta = RunMeta::new(env!("CARGO_PKG_VERSION"), "sample", "sha256:0000");
    meta.extra
        .push(("guihua.example".into(), "write_sample".into()));

    if let Some(pos) = args.iter().position(|a| a == "--synthetic") {
        let n: usize = args
            .get(pos + 1)
            .and_then(|s| s.parse().ok())
            .unwrap_or(100_000);
        let per_doc = 50;
        let docs = common::synthetic_docs(n.div_ceil(per_doc), per_doc);

        let t = Instant::now();
        let stats =
            write_tables(&out, &docs, &meta, WriteOptions::default(), |_| None).expect("write");
        let dt = t.elapsed().as_secs_f64();
        println!(
            "wrote {} docs, {} mentions, {} relations, {} targets, {} facts: {:.1} MB in {:.2}s ({:.0} mentions/s, ~{:.0} rows/s over all tables)",
            stats.documents,
            stats.mentions,
            stats.relations,
            stats.targets,
            stats.facts,
            stats.bytes as f64 / 1e6,
            dt,
            stats.mentions as f64 / dt,
            (stats.documents + stats.mentions + stats.relations + stats.targets + stats.facts) as f64 / dt,
        );

        let t = Instant::now();
        let back = read_tables(&out).expect("read");
        println!(
            "read back {} docs in {:.2}s",
            back.len(),
            t.elapsed().as_secs_f64()
        );
        assert!(back == docs, "round trip differs");
        return;
    }

    let sample = common::sample_docs();
    let texts: HashMap<String, String> = sample
        .iter()
        .map(|(d, t)| (d.doc.doc_id.clone(), t.clone()))
        .collect();
    let docs: Vec<_> = sample.into_iter().map(|(d, _)| d).collect();
    let stats = write_tables(&out, &docs, &meta, WriteOptions::default(), |d| {
        texts.get(&d.doc.doc_id).map(String::as_str)
    })
    .expect("write");
    println!(
        "wrote {}: {} documents, {} mentions, {} relations, {} targets, {} facts ({} bytes)",
        out.display(),
        stats.documents,
        stats.mentions,
        stats.relations,
        stats.targets,
        stats.facts,
        stats.bytes
    );
}
