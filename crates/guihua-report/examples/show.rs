//! Prints one document of a run with its entities and relations.
//!
//! `cargo run -p guihua-report --example show -- OUT_DIR CORPUS_DIR DOC_ID`
//!
//! Colours when standard output is a terminal and `NO_COLOR` is unset.

use std::io::IsTerminal;
use std::path::Path;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [out, corpus, doc_id] = args.as_slice() else {
        eprintln!("usage: show OUT_DIR CORPUS_DIR DOC_ID");
        std::process::exit(2);
    };
    let docs = guihua_store::read_tables(Path::new(out)).unwrap_or_else(|e| {
        eprintln!("show: {e}");
        std::process::exit(1);
    });
    let Some(doc) = docs.iter().find(|d| &d.doc.doc_id == doc_id) else {
        eprintln!("show: no document {doc_id:?} in {out}");
        std::process::exit(1);
    };
    let bytes = std::fs::read(Path::new(corpus).join(doc_id)).unwrap_or_else(|e| {
        eprintln!("show: {corpus}/{doc_id}: {e}");
        std::process::exit(1);
    });
    let text = guihua_text::decode(&bytes, doc_id).unwrap_or_else(|e| {
        eprintln!("show: {doc_id}: {e}");
        std::process::exit(1);
    });
    let color = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    print!("{}", guihua_report::render_terminal(doc, &text.text, color));
}
