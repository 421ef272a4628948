//! Loads a dictionary folder, builds the matcher and prints its [`Stats`].
//!
//! `cargo run --release -p guihua-dict --example dict_stats [-- DIR [dfa]]`

use guihua_dict::{check_dir, AhoCorasickKind, MatcherOptions, Stats};
use std::path::PathBuf;

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = args.next().map(PathBuf::from).unwrap_or_else(|| {
        PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../dictionaries"))
    });
    let kind = match args.next().as_deref() {
        Some("dfa") => Some(AhoCorasickKind::DFA),
        Some("nfa") => Some(AhoCorasickKind::ContiguousNFA),
        Some("noncontiguous") => Some(AhoCorasickKind::NoncontiguousNFA),
        _ => None,
    };
    let (_, _, stats) = Stats::measure(&dir, MatcherOptions { kind }).expect("dictionaries load");
    println!("{stats}");
    let problems = check_dir(&dir);
    let errors = problems.iter().filter(|p| p.is_error()).count();
    println!(
        "check: {errors} errors, {} warnings",
        problems.len() - errors
    );
    for p in problems.iter().take(20) {
        println!("  {p}");
    }
}
