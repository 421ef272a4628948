//! guihua's text layer: from file bytes to one clean, simplified text.
//!
//! This crate owns everything up to [`NormText`]: decoding (encoding and
//! format), cleaning (OCR line joins, boilerplate, pinyin glosses, width),
//! script conversion, structure (paragraphs, headings, task items, sentences)
//! and the [`OffsetMap`] from normalised positions back to original code
//! points. It knows nothing about dictionaries, entities or tables.
//!
//! Later stages work in byte offsets of [`NormText::text`] and convert to
//! original code points once, with [`NormText::to_original`].
//!
//! ```
//! use guihua_text::{Normaliser, NormOptions};
//! let norm = Normaliser::new(NormOptions::default()).normalise("到2025年,达到3.2%以上。");
//! let start = norm.text.find("3.2").unwrap();
//! let span = norm.to_original(start..start + 3);
//! assert_eq!(span, 10..13); // code points in the original
//! ```

mod decode;
mod normalise;
mod offsets;
mod structure;

pub use decode::{decode, DecodeError, Decoded, Format};
pub use normalise::{NormOptions, NormText, Normaliser, Script};
pub use offsets::OffsetMap;
pub use structure::{Block, BlockKind, Sentence};
