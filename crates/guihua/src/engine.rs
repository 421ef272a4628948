//! [`Engine`]: one loaded pipeline that turns files into [`DocResult`]s.

use crate::pipeline::{hex, Pipeline};
use anyhow::{Context, Result};
use guihua_link::Linker;
use guihua_model::{DocRecord, DocResult, STATUS_OK};
use guihua_tag::{Resources, Tagger};
use guihua_text::{Normaliser, Script};
use sha2::{Digest, Sha256};
use std::path::Path;

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

    /// Processes one file's bytes. A failure becomes the status of the
    /// document row, never a panic or an error that stops the run.
    pub fn process_bytes(&self, doc_id: &str, file_name: &str, bytes: &[u8]) -> Processed {
        let mut doc = DocRecord {
            doc_id: doc_id.to_string(),
            sha256: hex(&Sha256::digest(bytes)),
            bytes: bytes.len() as u64,
            ..Default::default()
        };
        let decoded = match guihua_text::decode(bytes, file_name) {
            Ok(d) => d,
            Err(e) => {
                doc.status = format!("error: {e}");
                return Processed {
                    result: DocResult {
                        doc,
                        ..Default::default()
                    },
                    text: None,
                };
            }
        };
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

    /// Reads and processes one file.
    pub fn process_file(&self, doc_id: &str, path: &Path) -> Processed {
        let file_name = path
            .file_name()
            .map(|f| f.to_string_lossy().into_owned())
            .unwrap_or_default();
        match std::fs::read(path) {
            Ok(bytes) => self.process_bytes(doc_id, &file_name, &bytes),
            Err(e) => Processed {
                result: DocResult {
                    doc: DocRecord {
                        doc_id: doc_id.to_string(),
                        status: format!("error: cannot read file: {e}"),
                        ..Default::default()
                    },
                    ..Default::default()
                },
                text: None,
            },
        }
    }
}
