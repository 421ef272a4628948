//! Writes the HTML report of a run.
//!
//! `cargo run -p guihua-report --example report -- OUT_DIR CORPUS_DIR REPORT.html`
//!
//! Reads the tables in OUT_DIR, decodes each document's file under CORPUS_DIR
//! (its `doc_id` is the path relative to that folder) and writes REPORT.html.

use std::path::{Path, PathBuf};

fn doc_text(corpus: &Path, doc_id: &str) -> Option<String> {
    let bytes = std::fs::read(corpus.join(doc_id)).ok()?;
    guihua_text::decode(&bytes, doc_id).ok().map(|d| d.text)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [out, corpus, report] = args.as_slice() else {
        eprintln!("usage: report OUT_DIR CORPUS_DIR REPORT.html");
        std::process::exit(2);
    };
    let corpus = PathBuf::from(corpus);
    let html = match guihua_report::render_report(Path::new(out), &|id| doc_text(&corpus, id)) {
        Ok(h) => h,
        Err(e) => {
            eprintln!("report: {e}");
            std::process::exit(1);
        }
    };
    if let Err(e) = std::fs::write(report, &html) {
        eprintln!("report: {report}: {e}");
        std::process::exit(1);
    }
    eprintln!("report: {} bytes -> {report}", html.len());
}
