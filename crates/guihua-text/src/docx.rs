//! Paragraph text of a DOCX file (`word/document.xml`).
//!
//! Each `w:p` becomes one line; `w:t` text is kept, `w:tab` becomes a tab,
//! `w:br`/`w:cr` a line break; deleted text (`w:delText`), field codes
//! (`w:instrText`) and everything else are dropped. The decompressed size of
//! the part is capped.

use crate::decode::DecodeError;
use quick_xml::events::Event;
use std::io::Read;

fn malformed(reason: impl std::fmt::Display) -> DecodeError {
    DecodeError::Malformed {
        format: "docx".into(),
        reason: reason.to_string(),
    }
}

/// Extracts the paragraph text; `limit` caps the decompressed document.xml.
pub(crate) fn extract(bytes: &[u8], limit: u64) -> Result<String, DecodeError> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|e| malformed(format!("not a ZIP archive ({e})")))?;
    let entry = zip
        .by_name("word/document.xml")
        .map_err(|_| malformed("no word/document.xml in the archive"))?;
    if entry.size() > limit {
        return Err(DecodeError::TooLarge {
            format: "docx".into(),
            limit,
        });
    }
    let mut xml = Vec::with_capacity(entry.size().min(limit) as usize);
    // Do not trust the declared size: read at most limit + 1 bytes.
    entry
        .take(limit + 1)
        .read_to_end(&mut xml)
        .map_err(|e| malformed(format!("cannot inflate word/document.xml ({e})")))?;
    if xml.len() as u64 > limit {
        return Err(DecodeError::TooLarge {
            format: "docx".into(),
            limit,
        });
    }
    paragraphs(&xml)
}

fn paragraphs(xml: &[u8]) -> Result<String, DecodeError> {
    let mut reader = quick_xml::Reader::from_reader(xml);
    let mut buf = Vec::new();
    let mut out = String::new();
    let mut in_t = false;
    let mut in_p = false;
    let mut para_has_text = false;
    loop {
        let ev = reader
            .read_event_into(&mut buf)
            .map_err(|e| malformed(format!("bad XML in word/document.xml ({e})")))?;
        match ev {
            Event::Start(e) => match e.local_name().as_ref() {
                b"p" => {
                    in_p = true;
                    para_has_text = false;
                }
                b"t" => in_t = true,
                _ => {}
            },
            Event::Empty(e) => match e.local_name().as_ref() {
                b"tab" if in_p => out.push('\t'),
                b"br" | b"cr" if in_p => out.push('\n'),
                b"p" => {
                    // An empty paragraph: a blank line.
                    out.push('\n');
                }
                _ => {}
            },
            Event::End(e) => match e.local_name().as_ref() {
                b"p" => {
                    in_p = false;
                    let _ = para_has_text;
                    out.push('\n');
                }
                b"t" => in_t = false,
                _ => {}
            },
            Event::Text(t) if in_t => {
                let s = t
                    .decode()
                    .map_err(|e| malformed(format!("bad text ({e})")))?;
                out.push_str(&s);
                para_has_text = true;
            }
            Event::GeneralRef(r) if in_t => {
                let name = r
                    .decode()
                    .map_err(|e| malformed(format!("bad reference ({e})")))?;
                let c = match r.resolve_char_ref() {
                    Ok(Some(c)) => Some(c),
                    _ => match name.as_ref() {
                        "amp" => Some('&'),
                        "lt" => Some('<'),
                        "gt" => Some('>'),
                        "quot" => Some('"'),
                        "apos" => Some('\''),
                        _ => None,
                    },
                };
                match c {
                    Some(c) => out.push(c),
                    None => return Err(malformed(format!("unknown entity &{name};"))),
                }
            }
            Event::CData(t) if in_t => {
                out.push_str(&String::from_utf8_lossy(&t));
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    while out.ends_with('\n') {
        out.pop();
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_and_entities() {
        let xml = r#"<?xml version="1.0"?><w:document xmlns:w="x"><w:body>
<w:p><w:r><w:t>嘉兴&amp;</w:t></w:r><w:r><w:t xml:space="preserve"> 湖州</w:t></w:r></w:p>
<w:p><w:r><w:delText>删</w:delText><w:t>第二段&#x4E2D;</w:t></w:r></w:p></w:body></w:document>"#;
        assert_eq!(paragraphs(xml.as_bytes()).unwrap(), "嘉兴& 湖州\n第二段中");
    }
}
