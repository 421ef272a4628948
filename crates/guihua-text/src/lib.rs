//! guihua's text layer: from file bytes to one clean, simplified text.
//!
//! **What this crate owns**: everything up to [`NormText`]: decoding
//! ([`decode`]: encoding and format: UTF-8/UTF-16/GB18030/Big5, TXT/HTML/DOCX),
//! cleaning (OCR line joins, page continuation markers, site boilerplate,
//! pinyin glosses, full width → half width), script conversion (OpenCC
//! `tw2sp` with offsets, dictionaries embedded), structure (blocks: headings,
//! task items, paragraphs, boilerplate, with nesting; sentences; masked runs)
//! and the [`OffsetMap`] from normalised positions back to original code
//! points.
//!
//! **What it must not touch**: dictionaries of entities, tagging, linking,
//! storage and evaluation belong to the other crates; this crate knows nothing
//! about entities or tables, reads no files and uses no network (the caller
//! passes bytes; the OpenCC data is compiled in).
//!
//! Later stages work in byte offsets of [`NormText::text`], skip
//! [`BlockKind::Boilerplate`] blocks, and convert to original code points once,
//! with [`NormText::to_original`]. Offsets of HTML and DOCX documents refer to
//! [`Decoded::text`], the extracted text ([`Format::text_basis`]).
//!
//! ```
//! use guihua_text::{decode, BlockKind, NormOptions, Normaliser, Script};
//!
//! let bytes = "一、發展目標\n到2025年,積體電路產業規模達到３．２％以上。(市經信局牽頭)\n".as_bytes();
//! let doc = decode(bytes, "plan.txt").unwrap();
//! assert_eq!(doc.encoding, "UTF-8");
//!
//! let norm = Normaliser::new(NormOptions::default()); // build once, share
//! let t = norm.normalise(&doc.text);
//! assert_eq!(t.script, Script::Hant);
//! assert_eq!(t.text, "一、发展目标\n到2025年,集成电路产业规模达到3.2%以上。(市经信局牵头)");
//!
//! // 集成电路 maps back to 積體電路, code points 15..19 of the original.
//! let s = t.text.find("集成电路").unwrap();
//! let r = t.to_original(s..s + "集成电路".len());
//! assert_eq!(doc.text.chars().skip(r.start).take(r.len()).collect::<String>(), "積體電路");
//!
//! // Structure: the heading and the item line under it; the lead marker is
//! // its own sentence in the item's block.
//! assert_eq!(t.blocks[0].kind, BlockKind::Heading);
//! assert_eq!(t.blocks[1].parent, Some(0));
//! let last = t.sentences.last().unwrap();
//! assert_eq!(&t.text[last.range.clone()], "(市经信局牵头)");
//! assert_eq!(last.block, 1);
//! ```

mod convert;
mod decode;
mod docx;
mod html;
mod normalise;
mod offsets;
mod structure;

pub use decode::{decode, decode_with, DecodeError, DecodeOptions, Decoded, Format};
pub use normalise::{NormOptions, NormText, Normaliser, Script};
pub use offsets::{OffsetMap, OffsetMapBuilder};
pub use structure::{Block, BlockKind, Sentence};
