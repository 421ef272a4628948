//! Decoding file bytes into text.
//!
//! * Encodings: a BOM decides (UTF-8, UTF-16LE, UTF-16BE); otherwise valid
//!   UTF-8 is UTF-8; otherwise `chardetng` guesses, and the guess is decoded
//!   strictly. GBK guesses decode as GB18030 (its superset), Big5 as Big5.
//!   A single-byte guess (windows-1252 …) is not trusted for this corpus:
//!   GB18030 is tried, and failing that the file is an error. Malformed bytes
//!   are always an error, never replaced.
//! * Formats: by extension (`.txt`, `.html`/`.htm`, `.docx`) refined by the
//!   content (a ZIP signature is DOCX, markup opening with `<html`/`<!doctype`
//!   is HTML). HTML keeps visible text only, DOCX the paragraph text of
//!   `word/document.xml`; offsets of such documents refer to that extracted
//!   text ([`Format::text_basis`]).

use encoding_rs::{Encoding, BIG5, GB18030, GBK, UTF_16BE, UTF_16LE, UTF_8};
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
    #[error("binary content (NUL bytes) at byte {0}, not a text document")]
    Binary(usize),
    #[error("undecodable bytes for {encoding} at byte {offset}")]
    Undecodable { encoding: String, offset: usize },
    #[error("unsupported format: {0}")]
    Unsupported(String),
    #[error("malformed {format}: {reason}")]
    Malformed { format: String, reason: String },
    #[error("{format} content larger than the limit of {limit} bytes once decompressed")]
    TooLarge { format: String, limit: u64 },
}

/// Limits for [`decode_with`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeOptions {
    /// Cap on the decompressed size of a DOCX part (default 64 MiB).
    pub max_decompressed: u64,
}

impl Default for DecodeOptions {
    fn default() -> Self {
        DecodeOptions {
            max_decompressed: 64 << 20,
        }
    }
}

/// Decodes `bytes` of a file named `file_name` (the extension selects the
/// format; content sniffing refines it).
pub fn decode(bytes: &[u8], file_name: &str) -> Result<Decoded, DecodeError> {
    decode_with(bytes, file_name, &DecodeOptions::default())
}

/// [`decode`] with explicit limits.
pub fn decode_with(
    bytes: &[u8],
    file_name: &str,
    opts: &DecodeOptions,
) -> Result<Decoded, DecodeError> {
    if bytes.is_empty() {
        return Err(DecodeError::Empty);
    }
    match sniff_format(bytes, file_name)? {
        Format::Docx => {
            let text = crate::docx::extract(bytes, opts.max_decompressed)?;
            Ok(Decoded {
                text,
                format: Format::Docx,
                encoding: "UTF-8".into(),
            })
        }
        Format::Html => {
            let hint = crate::html::meta_charset(bytes);
            let (raw, enc) = decode_text(bytes, hint)?;
            Ok(Decoded {
                text: crate::html::visible_text(&raw),
                format: Format::Html,
                encoding: enc,
            })
        }
        Format::Txt => {
            let (text, enc) = decode_text(bytes, None)?;
            Ok(Decoded {
                text,
                format: Format::Txt,
                encoding: enc,
            })
        }
    }
}

fn extension(file_name: &str) -> String {
    let base = file_name.rsplit(['/', '\\']).next().unwrap_or(file_name);
    match base.rsplit_once('.') {
        Some((_, ext)) => ext.to_ascii_lowercase(),
        None => String::new(),
    }
}

fn looks_like_html(bytes: &[u8]) -> bool {
    // Skip a BOM and white space, then look at the first tag.
    let head = &bytes[..bytes.len().min(1024)];
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let start = head
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(0);
    let h: Vec<u8> = head[start..]
        .iter()
        .take(64)
        .map(|b| b.to_ascii_lowercase())
        .collect();
    h.starts_with(b"<!doctype html") || h.starts_with(b"<html") || h.starts_with(b"<head")
}

fn sniff_format(bytes: &[u8], file_name: &str) -> Result<Format, DecodeError> {
    let zip = bytes.starts_with(b"PK\x03\x04");
    match extension(file_name).as_str() {
        "docx" => Ok(Format::Docx),
        "html" | "htm" | "xhtml" | "shtml" => Ok(Format::Html),
        "doc" | "pdf" | "xls" | "xlsx" | "ppt" | "pptx" | "zip" | "odt" | "rtf" => {
            Err(DecodeError::Unsupported(format!(
                "{file_name}: .{} files are not read (txt, html, docx are)",
                extension(file_name)
            )))
        }
        _ if zip => Ok(Format::Docx),
        _ if looks_like_html(bytes) => Ok(Format::Html),
        _ => Ok(Format::Txt),
    }
}

/// Decodes text bytes: BOM, then UTF-8, then the `hint` (an HTML meta
/// charset), then detection. Returns the text and the encoding name.
pub(crate) fn decode_text(
    bytes: &[u8],
    hint: Option<&'static Encoding>,
) -> Result<(String, String), DecodeError> {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let body = &bytes[bom_len..];
        if body.is_empty() {
            return Err(DecodeError::Empty);
        }
        let text = strict(enc, body, bom_len)?;
        if let Some(p) = text.find('\0') {
            return Err(DecodeError::Binary(p));
        }
        return Ok((text, enc.name().to_string()));
    }
    if let Some(p) = memchr_nul(bytes) {
        return Err(DecodeError::Binary(p));
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return Ok((s.to_string(), UTF_8.name().to_string()));
    }
    if let Some(enc) = hint.filter(|e| *e != UTF_8 && *e != UTF_16LE && *e != UTF_16BE) {
        let enc = if enc == GBK { GB18030 } else { enc };
        return Ok((strict(enc, bytes, 0)?, enc.name().to_string()));
    }
    let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    det.feed(bytes, true);
    let guess = det.guess(None, chardetng::Utf8Detection::Deny);
    let enc = if guess == GBK || guess == GB18030 {
        GB18030
    } else if guess == BIG5 || guess == encoding_rs::SHIFT_JIS || guess == encoding_rs::EUC_KR {
        guess
    } else if guess == UTF_8 {
        // Invalid UTF-8 that still looks like UTF-8: report where it breaks.
        let e = std::str::from_utf8(bytes).unwrap_err();
        return Err(DecodeError::Undecodable {
            encoding: "UTF-8".into(),
            offset: e.valid_up_to(),
        });
    } else {
        // A single-byte guess: Chinese documents are not in those.
        match strict(GB18030, bytes, 0) {
            Ok(t) => return Ok((t, GB18030.name().to_string())),
            Err(_) => {
                let e = std::str::from_utf8(bytes).unwrap_err();
                return Err(DecodeError::Undecodable {
                    encoding: format!("UTF-8 or GB18030 (detector guessed {})", guess.name()),
                    offset: e.valid_up_to(),
                });
            }
        }
    };
    Ok((strict(enc, bytes, 0)?, enc.name().to_string()))
}

fn memchr_nul(bytes: &[u8]) -> Option<usize> {
    bytes.iter().position(|&b| b == 0)
}

/// Decodes without replacement; the error names the first bad byte
/// (offset in the file, `base` = bytes before `body`).
fn strict(enc: &'static Encoding, body: &[u8], base: usize) -> Result<String, DecodeError> {
    if let Some(s) = enc.decode_without_bom_handling_and_without_replacement(body) {
        return Ok(s.into_owned());
    }
    // Find the offset of the first malformed sequence.
    let mut dec = enc.new_decoder_without_bom_handling();
    let mut out = String::with_capacity(
        dec.max_utf8_buffer_length_without_replacement(body.len())
            .unwrap_or(body.len() * 3),
    );
    let (res, read) = dec.decode_to_string_without_replacement(body, &mut out, true);
    let offset = match res {
        encoding_rs::DecoderResult::Malformed(bad, _) => read.saturating_sub(bad as usize),
        _ => read,
    };
    Err(DecodeError::Undecodable {
        encoding: enc.name().to_string(),
        offset: base + offset,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_and_without_bom() {
        let d = decode("嘉兴市".as_bytes(), "a.txt").unwrap();
        assert_eq!((d.text.as_str(), d.encoding.as_str()), ("嘉兴市", "UTF-8"));
        let d = decode(b"\xEF\xBB\xBFabc", "a.txt").unwrap();
        assert_eq!(d.text, "abc");
    }

    #[test]
    fn utf16_with_bom() {
        let mut le = vec![0xFF, 0xFE];
        let mut be = vec![0xFE, 0xFF];
        for u in "嘉兴 ok".encode_utf16() {
            le.extend(u.to_le_bytes());
            be.extend(u.to_be_bytes());
        }
        let d = decode(&le, "a.txt").unwrap();
        assert_eq!(
            (d.text.as_str(), d.encoding.as_str()),
            ("嘉兴 ok", "UTF-16LE")
        );
        let d = decode(&be, "a.txt").unwrap();
        assert_eq!(
            (d.text.as_str(), d.encoding.as_str()),
            ("嘉兴 ok", "UTF-16BE")
        );
        // A lone surrogate is an error, not a replacement.
        let bad = [0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00];
        assert!(matches!(
            decode(&bad, "a.txt"),
            Err(DecodeError::Undecodable { .. })
        ));
    }

    #[test]
    fn gb18030_detected() {
        let s = "嘉兴市推进长江三角洲区域一体化发展行动计划。到2025年,全市新增高铁里程数100公里。";
        let (bytes, _, _) = GB18030.encode(s);
        let d = decode(&bytes, "a.txt").unwrap();
        assert_eq!(d.text, s);
        assert_eq!(d.encoding, "gb18030");
    }

    #[test]
    fn errors() {
        assert_eq!(decode(b"", "a.txt"), Err(DecodeError::Empty));
        assert!(matches!(
            decode(b"abc\0def", "a.txt"),
            Err(DecodeError::Binary(3))
        ));
        let e = decode(b"ok \xFF\xFF\xFF\x80\x80", "a.txt").unwrap_err();
        assert!(matches!(e, DecodeError::Undecodable { .. }), "{e}");
        assert!(e.to_string().contains("undecodable"));
        assert!(matches!(
            decode(b"%PDF-1.4", "a.pdf"),
            Err(DecodeError::Unsupported(_))
        ));
    }
}
