//! guihua (规划): Chinese policy documents to a table-shaped knowledge graph.
//!
//! This crate is the facade and the command line: it reads a pipeline file
//! ([`Pipeline`]), loads what it names once ([`Engine`]), finds input
//! documents, runs them through the stages in parallel and streams the tables
//! to disk ([`run()`]). It owns no stage itself: decoding and normalising are
//! `guihua-text`, dictionaries `guihua-dict`, mentions `guihua-tag`, relations
//! `guihua-link`, tables `guihua-store`, scoring `guihua-eval`.
//!
//! ```no_run
//! use guihua::{discover, run, Engine, RunOptions};
//! let engine = Engine::load("pipelines/yrd.toml".as_ref()).unwrap();
//! let (docs, skipped) = discover(&["corpus/yrd".into()]).unwrap();
//! let opts = RunOptions { out: "out".into(), threads: None, ..Default::default() };
//! let summary = run(&engine, &docs, skipped, &opts).unwrap();
//! println!("{}", summary.render("out".as_ref()));
//! ```

mod engine;
pub mod inputs;
pub mod manifest;
mod pipeline;
mod progress;
pub mod run;

pub use engine::{content_key, Engine, Limits, Processed, STATUS_ERROR_PREFIX};
pub use inputs::{discover_with, DiscoverOptions, Discovered};
pub use manifest::{Manifest, ManifestDoc};
pub use pipeline::{OutputConfig, Pipeline, TextConfig};
pub use run::{discover, run, run_with, BatchOptions, InputDoc, RunOptions, RunSummary};

pub use guihua_model as model;

/// The repository root this binary was built from, for finding the bundled
/// corpus and pipeline when the working directory is elsewhere.
pub const REPO_ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

/// `rel` under the working directory if it exists there, else under the
/// repository root.
pub fn bundled(rel: &str) -> std::path::PathBuf {
    let here = std::path::PathBuf::from(rel);
    if here.exists() {
        here
    } else {
        std::path::Path::new(REPO_ROOT).join(rel)
    }
}
