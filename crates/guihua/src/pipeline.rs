//! [`Pipeline`]: a `pipelines/*.toml` file, and the resources it names.

use anyhow::{Context, Result};
use guihua_link::LinkerConfig;
use guihua_tag::TaggerConfig;
use serde::Deserialize;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// Text layer switches (`[text]`); each maps to `guihua_text::NormOptions`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct TextConfig {
    pub to_simplified: bool,
    pub join_broken_lines: bool,
    pub mark_boilerplate: bool,
    pub strip_pinyin: bool,
    pub half_width: bool,
}

impl Default for TextConfig {
    fn default() -> Self {
        let d = guihua_text::NormOptions::default();
        TextConfig {
            to_simplified: d.to_simplified,
            join_broken_lines: d.join_broken_lines,
            mark_boilerplate: d.mark_boilerplate,
            strip_pinyin: d.strip_pinyin,
            half_width: d.half_width,
        }
    }
}

impl TextConfig {
    pub fn norm_options(&self) -> guihua_text::NormOptions {
        guihua_text::NormOptions {
            to_simplified: self.to_simplified,
            join_broken_lines: self.join_broken_lines,
            mark_boilerplate: self.mark_boilerplate,
            strip_pinyin: self.strip_pinyin,
            half_width: self.half_width,
            ..Default::default()
        }
    }
}

/// Output options (`[output]`).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct OutputConfig {
    /// Rows per Parquet row group.
    pub row_group_rows: usize,
    /// zstd compression level.
    pub zstd_level: i32,
}

impl Default for OutputConfig {
    fn default() -> Self {
        let d = guihua_store::WriteOptions::default();
        OutputConfig {
            row_group_rows: d.row_group_rows,
            zstd_level: d.zstd_level,
        }
    }
}

/// One pipeline file.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pipeline {
    /// Name written into every table's metadata.
    pub name: String,
    #[serde(default)]
    pub description: String,
    /// Folder of dictionary TSV files, relative to the pipeline file.
    pub dictionaries: PathBuf,
    /// Folder of rule lists, relative to the pipeline file.
    pub lists: PathBuf,
    #[serde(default)]
    pub text: TextConfig,
    #[serde(default)]
    pub tagger: TaggerConfig,
    #[serde(default)]
    pub linker: LinkerConfig,
    #[serde(default)]
    pub output: OutputConfig,
}

impl Pipeline {
    /// Reads a pipeline file; relative folders are resolved against its folder.
    pub fn load(path: &Path) -> Result<Pipeline> {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read pipeline file {}", path.display()))?;
        let mut p: Pipeline = toml::from_str(&text)
            .with_context(|| format!("invalid pipeline file {}", path.display()))?;
        let base = path.parent().unwrap_or(Path::new("."));
        p.dictionaries = base.join(&p.dictionaries);
        p.lists = base.join(&p.lists);
        guihua_tag::Tagger::try_new(&p.tagger)
            .map_err(anyhow::Error::msg)
            .with_context(|| format!("in pipeline file {}", path.display()))?;
        guihua_link::Linker::try_new(&p.linker)
            .map_err(anyhow::Error::msg)
            .with_context(|| format!("in pipeline file {}", path.display()))?;
        Ok(p)
    }

    /// A hash of every dictionary and list file in use (names and bytes), so
    /// a table tells which dictionaries made it.
    pub fn dictionary_hash(&self) -> Result<String> {
        let mut files = Vec::new();
        for dir in [&self.dictionaries, &self.lists] {
            let rd =
                std::fs::read_dir(dir).with_context(|| format!("cannot read {}", dir.display()))?;
            for e in rd {
                let p = e?.path();
                if p.is_file() && p.extension().is_some_and(|x| x == "tsv" || x == "txt") {
                    files.push(p);
                }
            }
        }
        files.sort();
        let mut h = Sha256::new();
        for f in files {
            h.update(f.file_name().unwrap_or_default().as_encoded_bytes());
            h.update([0]);
            h.update(std::fs::read(&f).with_context(|| format!("cannot read {}", f.display()))?);
        }
        Ok(format!("sha256:{}", &hex(&h.finalize())[..16]))
    }
}

/// Lower-case hex of `bytes`.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
