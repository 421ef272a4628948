//! The raw-scan reference of the throughput benchmark: one Aho-Corasick
//! automaton of the same dictionaries the pipeline loads
//! (`Dictionary::load_dir` + `Matcher::build`, the same leftmost-longest
//! automaton the tagger runs), counting matches over every input file's
//! decoded text. Decoding happens before the clock starts; the scan is
//! repeated and the fastest pass reported.
//!
//! ```sh
//! cargo run --release -p guihua-benches --bin raw_scan -- bench-data/corpus-s1
//! ```
//!
//! Prints one `key=value` line (MB/s of input file bytes, as `guihua run`
//! reports, and of the scanned text bytes).

use guihua_dict::{AhoCorasickKind, Dictionary, Matcher, MatcherOptions};
use std::path::PathBuf;
use std::time::Instant;

fn main() {
    let mut inputs = Vec::new();
    let mut repeat = 3;
    let mut dict_dir = guihua::bundled("dictionaries");
    let mut dfa = false;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--repeat" => {
                repeat = args
                    .next()
                    .and_then(|s| s.parse().ok())
                    .expect("--repeat N")
            }
            "--dict" => dict_dir = PathBuf::from(args.next().expect("--dict DIR")),
            "--dfa" => dfa = true,
            "-h" | "--help" => {
                eprintln!("raw_scan [--repeat N] [--dict DIR] [--dfa] INPUT...");
                return;
            }
            _ => inputs.push(PathBuf::from(a)),
        }
    }
    if inputs.is_empty() {
        inputs.push(guihua::bundled("corpus/yrd"));
    }
    let t0 = Instant::now();
    let dict = Dictionary::load_dir(&dict_dir).expect("dictionaries load");
    let opts = MatcherOptions {
        kind: dfa.then_some(AhoCorasickKind::DFA),
    };
    let matcher = Matcher::build_with(&dict, opts);
    let build_s = t0.elapsed().as_secs_f64();

    let (docs, _) = guihua::discover(&inputs).expect("inputs readable");
    let t1 = Instant::now();
    let mut input_bytes = 0u64;
    let mut texts = Vec::with_capacity(docs.len());
    for d in &docs {
        let bytes = std::fs::read(&d.path).expect("file readable");
        input_bytes += bytes.len() as u64;
        let name = d.path.file_name().unwrap().to_string_lossy();
        if let Ok(dec) = guihua_text::decode(&bytes, &name) {
            texts.push(dec.text);
        }
    }
    let read_decode_s = t1.elapsed().as_secs_f64();
    let text_bytes: u64 = texts.iter().map(|t| t.len() as u64).sum();

    let ac = matcher.automaton();
    let mut best = f64::INFINITY;
    let mut hits = 0usize;
    for _ in 0..repeat.max(1) {
        let t = Instant::now();
        let mut n = 0usize;
        for text in &texts {
            n += ac.find_iter(text.as_str()).count();
        }
        best = best.min(t.elapsed().as_secs_f64());
        hits = n;
    }
    println!(
        "raw_scan files={} input_bytes={} text_bytes={} patterns={} kind={:?} build_s={:.3} \
         read_decode_s={:.3} scan_s={:.3} hits={} input_mb_s={:.2} text_mb_s={:.2}",
        texts.len(),
        input_bytes,
        text_bytes,
        matcher.pattern_count(),
        matcher.kind(),
        build_s,
        read_decode_s,
        best,
        hits,
        input_bytes as f64 / 1e6 / best,
        text_bytes as f64 / 1e6 / best,
    );
}
