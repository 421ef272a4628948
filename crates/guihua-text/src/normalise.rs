//! Normalisation: original text → [`NormText`].

use crate::offsets::OffsetMap;
use crate::structure::{segment, Block, Sentence};
use std::ops::Range;

/// The script of a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Script {
    Hans,
    Hant,
    Mixed,
}

impl Script {
    pub fn as_str(self) -> &'static str {
        match self {
            Script::Hans => "hans",
            Script::Hant => "hant",
            Script::Mixed => "mixed",
        }
    }
}

/// Which normalisation steps run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NormOptions {
    pub to_simplified: bool,
    pub join_broken_lines: bool,
    pub mark_boilerplate: bool,
    pub strip_pinyin: bool,
    pub half_width: bool,
}

impl Default for NormOptions {
    fn default() -> Self {
        NormOptions {
            to_simplified: true,
            join_broken_lines: true,
            mark_boilerplate: true,
            strip_pinyin: true,
            half_width: true,
        }
    }
}

/// Normalised text with its structure and its way back to the original.
#[derive(Debug, Clone)]
pub struct NormText {
    /// The normalised text every later stage reads.
    pub text: String,
    /// From `text` byte offsets to original code points.
    pub map: OffsetMap,
    pub blocks: Vec<Block>,
    pub sentences: Vec<Sentence>,
    /// Byte ranges of masked runs (`*`, `＊`, `×`) in `text`.
    pub masked: Vec<Range<usize>>,
    pub script: Script,
}

impl NormText {
    /// Original code point range of normalised byte range `r`.
    pub fn to_original(&self, r: Range<usize>) -> Range<usize> {
        self.map.to_original(r)
    }

    /// Index of the sentence containing normalised byte `b`.
    pub fn sentence_at(&self, b: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.range.end <= b);
        (i < self.sentences.len() && self.sentences[i].range.start <= b).then_some(i)
    }

    /// Whether normalised byte `b` lies in a boilerplate block.
    pub fn is_boilerplate(&self, b: usize) -> bool {
        let i = self.blocks.partition_point(|bl| bl.range.end <= b);
        i < self.blocks.len()
            && self.blocks[i].range.start <= b
            && self.blocks[i].kind == crate::BlockKind::Boilerplate
    }
}

/// Runs the configured normalisation steps. Build once, share across threads.
#[derive(Debug, Clone)]
pub struct Normaliser {
    opts: NormOptions,
}

impl Normaliser {
    pub fn new(opts: NormOptions) -> Normaliser {
        Normaliser { opts }
    }

    pub fn options(&self) -> &NormOptions {
        &self.opts
    }

    /// Normalises the decoded original text.
    pub fn normalise(&self, original: &str) -> NormText {
        let text = original.to_string();
        let map = OffsetMap::identity(original);
        let (blocks, sentences) = segment(&text);
        NormText {
            text,
            map,
            blocks,
            sentences,
            masked: Vec::new(),
            script: Script::Hans,
        }
    }
}
