//! `OUT/manifest.json`: what an output folder holds, for incremental runs.

use crate::engine::{Engine, Limits};
use crate::pipeline::hex;
use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::io::Write;
use std::path::Path;

/// The manifest's file name in OUT.
pub const MANIFEST_FILE: &str = "manifest.json";
/// The manifest format this build writes and reads.
pub const MANIFEST_FORMAT: u32 = 1;

/// One document of the output.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManifestDoc {
    pub doc_id: String,
    /// Lower-case hex SHA-256 of the file's bytes, or `unreadable: <reason>`.
    pub sha256: String,
    pub bytes: u64,
    /// The part file (`part-00003.parquet`) holding its rows.
    pub part: String,
    /// `ok` or the error, as in `documents.status`.
    pub status: String,
}

/// The manifest of an output folder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    pub format: u32,
    pub guihua_version: String,
    pub pipeline: String,
    pub dictionary_hash: String,
    /// [`pipeline_hash`] of the engine that wrote every part.
    pub pipeline_hash: String,
    pub limits: Limits,
    /// Part files, in row order.
    pub parts: Vec<String>,
    /// Documents, in row order (by part, then as written).
    pub documents: Vec<ManifestDoc>,
}

/// A fingerprint of everything that decides a document's rows besides its
/// bytes: guihua's version, the pipeline's name and settings (text layer,
/// tagger, linker, output) and the dictionary hash. When it changes, every
/// document is processed again.
pub fn pipeline_hash(engine: &Engine) -> String {
    let p = &engine.pipeline;
    let mut h = Sha256::new();
    for part in [
        env!("CARGO_PKG_VERSION").to_string(),
        p.name.clone(),
        engine.dictionary_hash.clone(),
        format!("{:?}", p.text),
        format!("{:?}", p.tagger),
        format!("{:?}", p.linker),
        format!("{:?}", p.output),
    ] {
        h.update(part.as_bytes());
        h.update([0]);
    }
    format!("sha256:{}", &hex(&h.finalize())[..16])
}

impl Manifest {
    /// Reads `OUT/manifest.json`: `Ok(None)` when there is none.
    pub fn load(out: &Path) -> Result<Option<Manifest>> {
        let p = out.join(MANIFEST_FILE);
        let text = match std::fs::read_to_string(&p) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(e).with_context(|| format!("cannot read {}", p.display())),
        };
        let m: Manifest =
            serde_json::from_str(&text).with_context(|| format!("invalid {}", p.display()))?;
        if m.format != MANIFEST_FORMAT {
            anyhow::bail!(
                "{}: manifest format {} is not {MANIFEST_FORMAT}",
                p.display(),
                m.format
            );
        }
        Ok(Some(m))
    }

    /// Writes `dir/manifest.json` and syncs it.
    pub fn write(&self, dir: &Path) -> Result<()> {
        let p = dir.join(MANIFEST_FILE);
        let mut f =
            std::fs::File::create(&p).with_context(|| format!("cannot create {}", p.display()))?;
        let mut text = serde_json::to_string_pretty(self)?;
        text.push('\n');
        f.write_all(text.as_bytes())
            .and_then(|_| f.sync_all())
            .with_context(|| format!("cannot write {}", p.display()))?;
        Ok(())
    }
}
