//! The one error type of the crate. Every variant names the file it is about.

use std::path::PathBuf;

/// Something went wrong writing or reading a table file.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// File system trouble (create, rename, read, list).
    #[error("{path}: {op}: {source}")]
    Io {
        path: PathBuf,
        op: &'static str,
        source: std::io::Error,
    },
    /// The Parquet library refused to read or write the file.
    #[error("{path}: parquet: {source}")]
    Parquet {
        path: PathBuf,
        source: parquet::errors::ParquetError,
    },
    /// Arrow refused a batch (usually a schema mismatch).
    #[error("{path}: arrow: {source}")]
    Arrow {
        path: PathBuf,
        source: arrow::error::ArrowError,
    },
    /// A required table is neither `<table>.parquet` nor a folder of part files.
    #[error("{path}: table missing (expected a file or a folder of .parquet part files)")]
    MissingTable { path: PathBuf },
    /// A column is absent, has the wrong type, or holds a value the model
    /// cannot take (null in a required column, unknown type name, ...).
    #[error("{path}: column {column:?}: {message}")]
    Column {
        path: PathBuf,
        column: String,
        message: String,
    },
    /// The tables disagree with each other (a target row without its mention,
    /// a mention of a document that is not in `documents`, ...).
    #[error("{path}: {message}")]
    Inconsistent { path: PathBuf, message: String },
    /// The writer was used after `finish` or after an earlier error.
    #[error("{path}: {message}")]
    State { path: PathBuf, message: String },
}

impl StoreError {
    pub(crate) fn io(path: impl Into<PathBuf>, op: &'static str, source: std::io::Error) -> Self {
        StoreError::Io {
            path: path.into(),
            op,
            source,
        }
    }

    pub(crate) fn parquet(path: impl Into<PathBuf>, source: parquet::errors::ParquetError) -> Self {
        StoreError::Parquet {
            path: path.into(),
            source,
        }
    }

    pub(crate) fn arrow(path: impl Into<PathBuf>, source: arrow::error::ArrowError) -> Self {
        StoreError::Arrow {
            path: path.into(),
            source,
        }
    }

    pub(crate) fn column(
        path: impl Into<PathBuf>,
        column: &str,
        message: impl Into<String>,
    ) -> Self {
        StoreError::Column {
            path: path.into(),
            column: column.to_string(),
            message: message.into(),
        }
    }
}
