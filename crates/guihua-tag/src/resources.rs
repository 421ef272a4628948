//! [`Resources`]: what every recogniser shares, loaded once per process.

use crate::lists::{ListError, Lists};
use aho_corasick::{AhoCorasick, MatchKind};
use guihua_dict::{DictError, Dictionary, Matcher};
use guihua_model::EntityType;
use jieba_rs::Jieba;
use std::path::Path;
use thiserror::Error;

/// Why the tagger's resources could not be loaded.
#[derive(Debug, Error)]
pub enum TagError {
    #[error(transparent)]
    Dict(#[from] DictError),
    #[error(transparent)]
    List(#[from] ListError),
}

/// Dictionaries, their compiled matcher, the rule lists and the segmenter.
///
/// Built once and shared (`&Resources` is `Sync`) by every worker thread.
pub struct Resources {
    pub dict: Dictionary,
    pub matcher: Matcher,
    pub lists: Lists,
    /// jieba with the dictionaries' multi-character names as user words, for
    /// boundary checks.
    pub jieba: Jieba,
    /// Leftmost-longest automaton over `lists.project_suffixes`.
    pub project_heads: AhoCorasick,
    /// Leftmost-longest automaton over `lists.agency_suffixes`.
    pub agency_heads: AhoCorasick,
}

fn heads(words: &[String]) -> AhoCorasick {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(words)
        .expect("head list automaton builds")
}

impl std::fmt::Debug for Resources {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Resources")
            .field("entries", &self.dict.len())
            .field("patterns", &self.matcher.pattern_count())
            .finish()
    }
}

impl Resources {
    /// Whether jieba's dictionary tags `word` as a verb (`v`), or, with
    /// `verbal_noun`, also as a verbal noun (`vn`: 建设, 服务).
    pub fn is_verb(&self, word: &str, verbal_noun: bool) -> bool {
        self.word_tag(word, |t| t == "v" || (verbal_noun && t == "vn"))
    }

    /// Whether jieba's dictionary tags `word`, read as one word, with a tag
    /// that `pred` accepts (`false` when jieba splits it).
    pub fn word_tag(&self, word: &str, pred: impl Fn(&str) -> bool) -> bool {
        match self.jieba.tag(word, false).as_slice() {
            [t] => pred(t.tag),
            _ => false,
        }
    }

    /// Whether jieba's dictionary tags `word` as a noun that can qualify the
    /// next one: a common noun (`n`: 轨道, 急救), a distinguishing word
    /// (`b`: 公共) or a time word (`t`: 假日).
    pub fn is_qualifying_noun(&self, word: &str) -> bool {
        self.word_tag(word, |t| matches!(t, "n" | "b" | "t"))
    }

    /// Loads the dictionaries of `dict_dir` and the lists of `lists_dir`.
    pub fn load(dict_dir: &Path, lists_dir: &Path) -> Result<Resources, TagError> {
        let dict = Dictionary::load_dir(dict_dir)?;
        let lists = Lists::load_dir(lists_dir)?;
        Ok(Resources::from_parts(dict, lists))
    }

    /// Builds the matcher and the segmenter from loaded parts.
    pub fn from_parts(dict: Dictionary, lists: Lists) -> Resources {
        let matcher = Matcher::build(&dict);
        let mut jieba = Jieba::new();
        for e in dict.entries() {
            // Towns are too many and too often common words to teach jieba.
            if e.etype == EntityType::Place && e.subtype == "town" {
                continue;
            }
            for form in std::iter::once(&e.name).chain(e.aliases.iter()) {
                // Two-character short forms stay out: jieba must still see
                // 金山 inside 金山银山 as part of a longer word.
                if form.chars().count() >= 3 {
                    jieba.add_word(form, Some(2000), None);
                }
            }
        }
        Resources {
            project_heads: heads(&lists.project_suffixes),
            agency_heads: heads(&lists.agency_suffixes),
            dict,
            matcher,
            lists,
            jieba,
        }
    }
}
