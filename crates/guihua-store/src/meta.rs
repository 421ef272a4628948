//! Run metadata: the key-value pairs every file carries, so a notebook can
//! tell which run, pipeline and dictionaries made a table.

use crate::error::StoreError;
use crate::read::part_files;
use crate::schema::{Table, SCHEMA_VERSION};
use parquet::file::reader::{FileReader, SerializedFileReader};
use std::collections::BTreeMap;
use std::fs::File;
use std::path::Path;

/// Key of the guihua version that wrote the run.
pub const KEY_VERSION: &str = "guihua.version";
/// Key of the pipeline name (e.g. `yrd`).
pub const KEY_PIPELINE: &str = "guihua.pipeline";
/// Key of the hash of the dictionaries in use.
pub const KEY_DICTIONARY_HASH: &str = "guihua.dictionary_hash";
/// Key of the writer (`guihua-store <version>` unless `extra` overrides it).
pub const KEY_CREATED_BY: &str = "guihua.created_by";
/// Key of the table layout version ([`SCHEMA_VERSION`]).
pub const KEY_SCHEMA_VERSION: &str = "guihua.schema_version";
/// Key of the table name (`documents`, ...).
pub const KEY_TABLE: &str = "guihua.table";

/// What the caller knows about the run; written into every file.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RunMeta {
    /// guihua version (the CLI's `CARGO_PKG_VERSION`).
    pub version: String,
    /// Pipeline name (`yrd`).
    pub pipeline: String,
    /// Hash of the dictionaries in use.
    pub dictionary_hash: String,
    /// More pairs, written after the standard ones. A pair whose key is already
    /// present replaces its value (so `guihua.created_by` can be set), except
    /// `guihua.table` and `guihua.schema_version`, which this crate owns.
    pub extra: Vec<(String, String)>,
}

impl RunMeta {
    /// Metadata with no extra pairs.
    pub fn new(
        version: impl Into<String>,
        pipeline: impl Into<String>,
        dictionary_hash: impl Into<String>,
    ) -> Self {
        RunMeta {
            version: version.into(),
            pipeline: pipeline.into(),
            dictionary_hash: dictionary_hash.into(),
            extra: Vec::new(),
        }
    }

    /// The key-value pairs written to the file of `table`, in order.
    pub fn key_values(&self, table: Table) -> Vec<(String, String)> {
        let mut kv: Vec<(String, String)> = vec![
            (KEY_VERSION.into(), self.version.clone()),
            (KEY_PIPELINE.into(), self.pipeline.clone()),
            (KEY_DICTIONARY_HASH.into(), self.dictionary_hash.clone()),
            (
                KEY_CREATED_BY.into(),
                concat!("guihua-store ", env!("CARGO_PKG_VERSION")).into(),
            ),
            (KEY_SCHEMA_VERSION.into(), SCHEMA_VERSION.into()),
            (KEY_TABLE.into(), table.name().into()),
        ];
        for (k, v) in &self.extra {
            if k == KEY_TABLE || k == KEY_SCHEMA_VERSION {
                continue;
            }
            match kv.iter_mut().find(|(key, _)| key == k) {
                Some(slot) => slot.1 = v.clone(),
                None => kv.push((k.clone(), v.clone())),
            }
        }
        kv
    }
}

/// The key-value metadata of a table file, or of the first part file of a
/// table folder. Arrow's own `ARROW:*` keys are left out.
pub fn read_metadata(path: &Path) -> Result<BTreeMap<String, String>, StoreError> {
    let file_path = if path.is_dir() {
        part_files(path)?
            .into_iter()
            .next()
            .ok_or_else(|| StoreError::MissingTable {
                path: path.to_path_buf(),
            })?
    } else {
        path.to_path_buf()
    };
    let file = File::open(&file_path).map_err(|e| StoreError::io(&file_path, "open", e))?;
    let reader = SerializedFileReader::new(file).map_err(|e| StoreError::parquet(&file_path, e))?;
    let mut out = BTreeMap::new();
    if let Some(kvs) = reader.metadata().file_metadata().key_value_metadata() {
        for kv in kvs {
            if kv.key.starts_with("ARROW:") {
                continue;
            }
            out.insert(kv.key.clone(), kv.value.clone().unwrap_or_default());
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extra_pairs_append_or_replace_but_never_the_owned_keys() {
        let mut m = RunMeta::new("1.2.3", "yrd", "h");
        m.extra = vec![
            (KEY_CREATED_BY.into(), "guihua cli".into()),
            (KEY_TABLE.into(), "x".into()),
            (KEY_SCHEMA_VERSION.into(), "99".into()),
            ("guihua.threads".into(), "2".into()),
        ];
        let kv: BTreeMap<_, _> = m.key_values(Table::Targets).into_iter().collect();
        assert_eq!(kv[KEY_VERSION], "1.2.3");
        assert_eq!(kv[KEY_CREATED_BY], "guihua cli");
        assert_eq!(kv[KEY_TABLE], "targets");
        assert_eq!(kv[KEY_SCHEMA_VERSION], SCHEMA_VERSION);
        assert_eq!(kv["guihua.threads"], "2");
        assert_eq!(kv.len(), 7);
    }
}
