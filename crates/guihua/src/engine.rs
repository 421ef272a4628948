//! [`Engine`]: one loaded pipeline that turns files into [`DocResult`]s.

use crate::pipeline::{hex, Pipeline};
use anyhow::{Context, Result};
use guihua_link::Linker;
use guihua_model::{DocRecord, DocResult, STATUS_OK};
use guihua_tag::{Resources, Tagger};
use guihua_text::{Normaliser, Script};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::io::Read;
use std::path::Path;

/// Size limits: a document over a limit becomes a failed `documents` row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Limits {
    /// Largest input file, and largest decoded text, in bytes
    /// (`--max-doc-bytes`, default 32 MiB).
    pub max_doc_bytes: u64,
    /// Largest decompressed part of a DOCX file in bytes (`--max-docx-bytes`,
    /// default 64 MiB): zip bombs stop here.
    pub max_docx_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_doc_bytes: 32 << 20,
            max_docx_bytes: 64 << 20,
        }
    }
}

/// Prefix of every failed document's status.
pub const STATUS_ERROR_PREFIX: &str = "error: ";

/// What a file's content is for change detection: the lower-case hex SHA-256
/// of its bytes (streamed, whatever its size), or `unreadable: <reason>`.
pub fn content_key(path: &Path) -> (String, u64) {
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) => return (format!("unreadable: {e}"), 0),
    };
    if !meta.is_file() {
        return ("unreadable: not a regular file".into(), 0);
    }
    match sha256_file(path) {
        Ok((h, n)) => (h, n),
        Err(e) => (format!("unreadable: {e}"), 0),
    }
}

fn sha256_file(path: &Path) -> std::io::Result<(String, u64)> {
    let mut f = std::fs::File::open(path)?;
    let mut h = Sha256::new();
    let mut buf = vec![0u8; 1 << 20];
    let mut n = 0u64;
    loop {
        let k = f.read(&mut buf)?;
        if k == 0 {
            break;
        }
        n += k as u64;
        h.update(&buf[..k]);
    }
    Ok((hex(&h.finalize()), n))
}

fn failed(doc: DocRecord, reason: String) -> Processed {
    Processed {
        result: DocResult {
            doc: DocRecord {
                status: format!("{STATUS_ERROR_PREFIX}{reason}"),
                ..doc
            },
            ..Default::default()
        },
        text: None,
    }
}

fn panic_message(p: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = p.downcast_ref::<&str>() {
        s.to_string()
    } else if let Some(s) = p.downcast_ref::<String>() {
        s.clone()
    } else {
        "panic".into()
    }
}

/// Everything a worker needs, loaded once and shared across threads.
pub struct Engine {
    pub pipeline: Pipeline,
    pub resources: Resources,
    pub normaliser: Normaliser,
    pub tagger: Tagger,
    pub linker: Linker,
    pub dictionary_hash: String,
}

/// A processed document and the decoded text its offsets address.
pub struct Processed {
    pub result: DocResult,
    pub text: Option<String>,
}

impl Engine {
    /// Loads the pipeline file and everything it names.
    pub fn load(pipeline_path: &Path) -> Result<Engine> {
        let pipeline = Pipeline::load(pipeline_path)?;
        let resources = Resources::load(&pipeline.dictionaries, &pipeline.lists)
            .with_context(|| format!("loading dictionaries for pipeline {}", pipeline.name))?;
        let normaliser = Normaliser::new(pipeline.text.norm_options());
        let tagger = Tagger::try_new(&pipeline.tagger).map_err(anyhow::Error::msg)?;
        let linker = Linker::try_new(&pipeline.linker).map_err(anyhow::Error::msg)?;
        let dictionary_hash = pipeline.dictionary_hash()?;
        Ok(Engine {
            pipeline,
            resources,
            normaliser,
            tagger,
            linker,
            dictionary_hash,
        })
    }

    /// Processes one file's bytes with the default [`Limits`]. A failure
    /// becomes the status of the document row, never a panic or an error
    /// that stops the run.
    pub fn process_bytes(&self, doc_id: &str, file_name: &str, bytes: &[u8]) -> Processed {
        self.process_bytes_with(doc_id, file_name, bytes, &Limits::default())
    }

    /// [`Engine::process_bytes`] with explicit limits. A panic inside a stage
    /// is caught and becomes the status `error: internal error: ...`.
    pub fn process_bytes_with(
        &self,
        doc_id: &str,
        file_name: &str,
        bytes: &[u8],
        limits: &Limits,
    ) -> Processed {
        let doc = DocRecord {
            doc_id: doc_id.to_string(),
            sha256: hex(&Sha256::digest(bytes)),
            bytes: bytes.len() as u64,
            ..Default::default()
        };
        if bytes.len() as u64 > limits.max_doc_bytes {
            return failed(
                doc,
                format!(
                    "too large: {} bytes, over the limit of {} bytes (--max-doc-bytes)",
                    bytes.len(),
                    limits.max_doc_bytes
                ),
            );
        }
        let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            self.process_checked(doc.clone(), file_name, bytes, limits)
        }));
        match run {
            Ok(p) => p,
            Err(e) => failed(doc, format!("internal error: {}", panic_message(&*e))),
        }
    }

    /// Decodes the text of `bytes` with `limits`, as processing does (for
    /// re-reading a document's text, e.g. for evidence).
    pub fn decode_text(&self, file_name: &str, bytes: &[u8], limits: &Limits) -> Option<String> {
        let opts = guihua_text::DecodeOptions {
            max_decompressed: limits.max_docx_bytes,
        };
        guihua_text::decode_with(bytes, file_name, &opts)
            .ok()
            .map(|d| d.text)
    }

    fn process_checked(
        &self,
        mut doc: DocRecord,
        file_name: &str,
        bytes: &[u8],
        limits: &Limits,
    ) -> Processed {
        let opts = guihua_text::DecodeOptions {
            max_decompressed: limits.max_docx_bytes,
        };
        let decoded = match guihua_text::decode_with(bytes, file_name, &opts) {
            Ok(d) => d,
            Err(e) => return failed(doc, e.to_string()),
        };
        if decoded.text.len() as u64 > limits.max_doc_bytes {
            return failed(
                doc,
                format!(
                    "too large: {} bytes of decoded text, over the limit of {} bytes (--max-doc-bytes)",
                    decoded.text.len(),
                    limits.max_doc_bytes
                ),
            );
        }
        doc.format = decoded.format.as_str().to_string();
        doc.encoding = decoded.encoding.clone();
        doc.text_basis = decoded.format.text_basis().to_string();
        let original = decoded.text;
        doc.chars = original.chars().count() as u64;
        let norm = self.normaliser.normalise(&original);
        doc.script = match norm.script {
            Script::Hans => "hans",
            Script::Hant => "hant",
            Script::Mixed => "mixed",
        }
        .to_string();
        let tagged = self.tagger.tag(&original, &norm, &self.resources);
        let relations = self.linker.link(&norm, &tagged, &self.resources);
        doc.subject = tagged.subject.clone();
        doc.subject_code = tagged.subject_code.clone();
        doc.issuers = tagged.issuers.clone();
        doc.status = STATUS_OK.to_string();
        doc.n_mentions = tagged.mentions.len() as u32;
        doc.n_relations = relations.len() as u32;
        let mentions = tagged.mentions.into_iter().map(|t| t.mention).collect();
        Processed {
            result: DocResult {
                doc,
                mentions,
                relations,
            },
            text: Some(original),
        }
    }

    /// Reads and processes one file with the default [`Limits`].
    pub fn process_file(&self, doc_id: &str, path: &Path) -> Processed {
        self.process_file_with(doc_id, path, &Limits::default())
    }

    /// Reads and processes one file. Only regular files are read (a FIFO
    /// would block); a file over `limits.max_doc_bytes` is hashed in a
    /// stream but never loaded.
    pub fn process_file_with(&self, doc_id: &str, path: &Path, limits: &Limits) -> Processed {
        let file_name = path
            .file_name()
            .map(|f| f.to_string_lossy().into_owned())
            .unwrap_or_default();
        let doc = DocRecord {
            doc_id: doc_id.to_string(),
            ..Default::default()
        };
        let meta = match std::fs::metadata(path) {
            Ok(m) => m,
            Err(e) => return failed(doc, format!("cannot read file: {e}")),
        };
        if !meta.is_file() {
            return failed(doc, "cannot read file: not a regular file".into());
        }
        if meta.len() > limits.max_doc_bytes {
            let (sha256, bytes) = match sha256_file(path) {
                Ok(x) => x,
                Err(e) => return failed(doc, format!("cannot read file: {e}")),
            };
            return failed(
                DocRecord {
                    sha256,
                    bytes,
                    ..doc
                },
                format!(
                    "too large: {bytes} bytes, over the limit of {} bytes (--max-doc-bytes)",
                    limits.max_doc_bytes
                ),
            );
        }
        match std::fs::read(path) {
            Ok(bytes) => self.process_bytes_with(doc_id, &file_name, &bytes, limits),
            Err(e) => failed(doc, format!("cannot read file: {e}")),
        }
    }
}
