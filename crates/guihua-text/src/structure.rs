//! Document structure: blocks (paragraphs, headings, task items) and sentences.

use std::ops::Range;

/// What a block of text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// A heading (`一、`, `第X章`, a short line without final punctuation).
    Heading,
    /// A numbered task item (`1.`, `(一)`, `（1）`, `**.`).
    Item,
    /// Running text.
    Paragraph,
    /// Site boilerplate (footers, navigation, ICP lines): later stages skip it.
    Boilerplate,
}

/// A paragraph-level unit of the normalised text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// Byte range in the normalised text.
    pub range: Range<usize>,
    pub kind: BlockKind,
    /// Nesting level of headings and items (0 = top level).
    pub level: u8,
    /// The enclosing heading or item, if any.
    pub parent: Option<usize>,
}

/// A sentence: ends at 。！？；or a block end.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Byte range in the normalised text.
    pub range: Range<usize>,
    /// Index of the block it belongs to.
    pub block: usize,
}

/// Splits normalised text into blocks (one per line) and sentences.
pub(crate) fn segment(text: &str) -> (Vec<Block>, Vec<Sentence>) {
    let mut blocks = Vec::new();
    let mut sentences = Vec::new();
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        let start = pos;
        pos += line.len();
        if body.trim().is_empty() {
            continue;
        }
        let bi = blocks.len();
        blocks.push(Block {
            range: start..start + body.len(),
            kind: BlockKind::Paragraph,
            level: 0,
            parent: None,
        });
        let mut s = start;
        for (i, c) in body.char_indices() {
            if matches!(c, '。' | '！' | '？' | '；' | '!' | '?' | ';') {
                let e = start + i + c.len_utf8();
                sentences.push(Sentence { range: s..e, block: bi });
                s = e;
            }
        }
        if s < start + body.len() {
            sentences.push(Sentence {
                range: s..start + body.len(),
                block: bi,
            });
        }
    }
    (blocks, sentences)
}
