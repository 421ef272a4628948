//! Scan speed of the dictionary matcher against daachorse's charwise
//! double-array automaton, on the same patterns (every name and alias of
//! `dictionaries/`) and the same text (the five bundled documents of
//! `corpus/yrd`, repeated to about 20 MB), both leftmost-longest.
//!
//! `cargo bench -p guihua-dict --bench matcher`

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use daachorse::{CharwiseDoubleArrayAhoCorasick, CharwiseDoubleArrayAhoCorasickBuilder, MatchKind};
use guihua_dict::{AhoCorasickKind, Dictionary, Matcher, MatcherOptions};
use std::hint::black_box;
use std::path::Path;
use std::time::Instant;

const TARGET_BYTES: usize = 20 << 20;

fn root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

fn corpus() -> String {
    let mut files: Vec<_> = std::fs::read_dir(root().join("corpus/yrd"))
        .expect("corpus/yrd")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let one: String = files
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("utf-8 corpus"))
        .collect::<Vec<_>>()
        .join("\n");
    let mut text = String::with_capacity(TARGET_BYTES + one.len());
    while text.len() < TARGET_BYTES {
        text.push_str(&one);
        text.push('\n');
    }
    text
}

fn bench(c: &mut Criterion) {
    let dict = Dictionary::load_dir(&root().join("dictionaries")).expect("dictionaries load");
    let text = corpus();
    let nfa = Matcher::build(&dict);
    let t0 = Instant::now();
    let dfa = Matcher::build_with(
        &dict,
        MatcherOptions {
            kind: Some(AhoCorasickKind::DFA),
        },
    );
    let dfa_build = t0.elapsed();
    let t0 = Instant::now();
    let daac: CharwiseDoubleArrayAhoCorasick<u32> = CharwiseDoubleArrayAhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .build(nfa.patterns())
        .expect("daachorse builds");
    let daac_build = t0.elapsed();
    let (a, b) = (
        nfa.find_iter(&text).count(),
        daac.leftmost_find_iter(&text).count(),
    );
    assert_eq!(a, b, "both automata find the same leftmost-longest hits");
    eprintln!(
        "patterns {}, text {:.1} MB, hits {a}\n\
         aho-corasick {:?}: build {:.0} ms, {:.1} MiB\n\
         aho-corasick DFA: build {:.0} ms, {:.1} MiB\n\
         daachorse charwise: build {:.0} ms, {:.1} MiB",
        nfa.pattern_count(),
        text.len() as f64 / 1e6,
        nfa.kind(),
        nfa.build_time().as_secs_f64() * 1e3,
        nfa.automaton().memory_usage() as f64 / 1048576.0,
        dfa_build.as_secs_f64() * 1e3,
        dfa.automaton().memory_usage() as f64 / 1048576.0,
        daac_build.as_secs_f64() * 1e3,
        daac.heap_bytes() as f64 / 1048576.0,
    );

    let mut g = c.benchmark_group("scan");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(10);
    g.bench_function("guihua Matcher (aho-corasick default)", |b| {
        b.iter(|| black_box(nfa.find_iter(black_box(&text)).count()))
    });
    g.bench_function("guihua Matcher (aho-corasick DFA)", |b| {
        b.iter(|| black_box(dfa.find_iter(black_box(&text)).count()))
    });
    g.bench_function("daachorse charwise leftmost-longest", |b| {
        b.iter(|| black_box(daac.leftmost_find_iter(black_box(&text)).count()))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
