//! Decoding file bytes into text.

use thiserror::Error;

/// The container format of an input file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Txt,
    Html,
    Docx,
}

impl Format {
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Txt => "txt",
            Format::Html => "html",
            Format::Docx => "docx",
        }
    }

    /// Which text the offsets of a document of this format address.
    pub fn text_basis(self) -> &'static str {
        match self {
            Format::Txt => "file",
            Format::Html => "visible-text",
            Format::Docx => "document-xml-paragraphs",
        }
    }
}

/// A decoded document: the text every offset refers to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub format: Format,
    /// Name of the detected encoding (`UTF-8`, `GB18030`, `UTF-16LE`, ...).
    pub encoding: String,
}

/// Why a file could not be decoded.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum DecodeError {
    #[error("empty file")]
    Empty,
    #[error("binary content (NUL bytes) at byte {0}")]
    Binary(usize),
    #[error("undecodable bytes for {encoding} at byte {offset}")]
    Undecodable { encoding: String, offset: usize },
    #[error("unsupported format: {0}")]
    Unsupported(String),
    #[error("malformed {format}: {reason}")]
    Malformed { format: String, reason: String },
}

/// Decodes `bytes` of a file named `file_name` (the extension selects the
/// format; content sniffing refines it).
pub fn decode(bytes: &[u8], file_name: &str) -> Result<Decoded, DecodeError> {
    let _ = file_name;
    if bytes.is_empty() {
        return Err(DecodeError::Empty);
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(Decoded {
            text: s.to_string(),
            format: Format::Txt,
            encoding: "UTF-8".to_string(),
        }),
        Err(e) => Err(DecodeError::Undecodable {
            encoding: "UTF-8".into(),
            offset: e.valid_up_to(),
        }),
    }
}
