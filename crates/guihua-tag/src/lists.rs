//! [`Lists`]: the rule lists of `dictionaries/lists/`, loaded as data.

use guihua_model::{Comparator, Predicate};
use std::path::Path;
use thiserror::Error;

/// Why a list file could not be loaded.
#[derive(Debug, Error)]
pub enum ListError {
    #[error("{file}: {source}")]
    Io {
        file: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{file}:{line}: {reason}")]
    Malformed {
        file: String,
        line: usize,
        reason: String,
    },
}

/// Every rule list the recognisers and relation rules read.
///
/// Each field is one file of `dictionaries/lists/` (see its README). Word
/// lists are sorted longest first, so that a scan that takes the first match
/// takes the longest.
#[derive(Debug, Clone, Default)]
pub struct Lists {
    pub project_suffixes: Vec<String>,
    pub line_suffixes: Vec<String>,
    pub located_exclude_suffixes: Vec<String>,
    pub located_doc_suffixes: Vec<String>,
    pub project_generic: Vec<String>,
    pub project_scope_words: Vec<String>,
    pub programme_prefixes: Vec<String>,
    pub programme_heads: Vec<String>,
    pub programme_policy_words: Vec<String>,
    pub organisation_suffixes: Vec<String>,
    pub organisation_list_heads: Vec<String>,
    pub project_list_heads: Vec<String>,
    pub project_enum_heads: Vec<String>,
    pub project_category_heads: Vec<String>,
    pub project_build_verbs: Vec<String>,
    pub project_title_verbs: Vec<String>,
    pub project_head_compounds: Vec<String>,
    pub project_head_word_ends: Vec<String>,
    pub project_event_suffixes: Vec<String>,
    pub event_parts: Vec<String>,
    pub name_stop_words: Vec<String>,
    pub agency_suffixes: Vec<String>,
    pub jurisdiction_prefixes: Vec<String>,
    pub industry_heads: Vec<String>,
    pub industry_enum_heads: Vec<String>,
    pub industry_stop: Vec<String>,
    pub industry_modifier_heads: Vec<String>,
    pub industry_context_words: Vec<String>,
    pub industry_list_other_heads: Vec<String>,
    pub industry_scope_qualifiers: Vec<String>,
    pub industry_weak_heads: Vec<String>,
    pub industry_member_stop_chars: Vec<String>,
    pub industry_member_stop_tails: Vec<String>,
    pub target_units: Vec<String>,
    pub target_comparators: Vec<(String, Comparator)>,
    pub target_verbs: Vec<String>,
    pub target_reported: Vec<String>,
    pub target_scopes: Vec<String>,
    pub abbr_cues: Vec<String>,
    pub abbr_stop: Vec<String>,
    pub place_idioms: Vec<String>,
    pub lead_markers: Vec<(String, Predicate)>,
    pub cooperation_cues: Vec<String>,
    pub develop_verbs: Vec<String>,
}

fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim()))
        .filter(|(_, l)| !l.is_empty() && !l.starts_with('#'))
}

fn longest_first(mut v: Vec<String>) -> Vec<String> {
    v.sort_by(|a, b| b.chars().count().cmp(&a.chars().count()).then(a.cmp(b)));
    v.dedup();
    v
}

impl Lists {
    /// Loads every list from `dir`. A missing file is an error: the pipeline
    /// must say which lists it runs with.
    pub fn load_dir(dir: &Path) -> Result<Lists, ListError> {
        let read = |name: &str| -> Result<(String, String), ListError> {
            let p = dir.join(name);
            let file = p.display().to_string();
            std::fs::read_to_string(&p)
                .map(|t| (t, file.clone()))
                .map_err(|source| ListError::Io { file, source })
        };
        let list = |name: &str| -> Result<Vec<String>, ListError> {
            let (t, _) = read(name)?;
            Ok(longest_first(
                words(&t).map(|(_, w)| w.to_string()).collect(),
            ))
        };
        fn pairs<T>(
            text: &str,
            file: &str,
            parse: impl Fn(&str) -> Option<T>,
        ) -> Result<Vec<(String, T)>, ListError> {
            let mut out = Vec::new();
            for (n, l) in words(text) {
                let bad = |reason: &str| ListError::Malformed {
                    file: file.to_string(),
                    line: n,
                    reason: reason.to_string(),
                };
                let (w, v) = l
                    .split_once('\t')
                    .ok_or_else(|| bad("expected word<TAB>value"))?;
                let v = parse(v.trim()).ok_or_else(|| bad("unknown value"))?;
                out.push((w.trim().to_string(), v));
            }
            out.sort_by_key(|p| std::cmp::Reverse(p.0.chars().count()));
            Ok(out)
        }
        let (cmp_text, cmp_file) = read("target_comparators.tsv")?;
        let (lead_text, lead_file) = read("lead_markers.tsv")?;
        Ok(Lists {
            project_suffixes: list("project_suffixes.txt")?,
            line_suffixes: list("line_suffixes.txt")?,
            located_exclude_suffixes: list("located_exclude_suffixes.txt")?,
            located_doc_suffixes: list("located_doc_suffixes.txt")?,
            project_generic: list("project_generic.txt")?,
            project_scope_words: list("project_scope_words.txt")?,
            programme_prefixes: list("programme_prefixes.txt")?,
            programme_heads: list("programme_heads.txt")?,
            programme_policy_words: list("programme_policy_words.txt")?,
            organisation_suffixes: list("organisation_suffixes.txt")?,
            organisation_list_heads: list("organisation_list_heads.txt")?,
            project_list_heads: list("project_list_heads.txt")?,
            project_enum_heads: list("project_enum_heads.txt")?,
            project_category_heads: list("project_category_heads.txt")?,
            project_build_verbs: list("project_build_verbs.txt")?,
            project_title_verbs: list("project_title_verbs.txt")?,
            project_head_compounds: list("project_head_compounds.txt")?,
            project_head_word_ends: list("project_head_word_ends.txt")?,
            project_event_suffixes: list("project_event_suffixes.txt")?,
            event_parts: list("event_parts.txt")?,
            name_stop_words: list("name_stop_words.txt")?,
            agency_suffixes: list("agency_suffixes.txt")?,
            jurisdiction_prefixes: list("jurisdiction_prefixes.txt")?,
            industry_heads: list("industry_heads.txt")?,
            industry_enum_heads: list("industry_enum_heads.txt")?,
            industry_stop: list("industry_stop.txt")?,
            industry_modifier_heads: list("industry_modifier_heads.txt")?,
            industry_context_words: list("industry_context_words.txt")?,
            industry_list_other_heads: list("industry_list_other_heads.txt")?,
            industry_scope_qualifiers: list("industry_scope_qualifiers.txt")?,
            industry_weak_heads: list("industry_weak_heads.txt")?,
            industry_member_stop_chars: list("industry_member_stop_chars.txt")?,
            industry_member_stop_tails: list("industry_member_stop_tails.txt")?,
            target_units: list("target_units.txt")?,
            target_comparators: pairs(&cmp_text, &cmp_file, |v| v.parse().ok())?,
            target_verbs: list("target_verbs.txt")?,
            target_reported: list("target_reported.txt")?,
            target_scopes: list("target_scopes.txt")?,
            abbr_cues: list("abbr_cues.txt")?,
            abbr_stop: list("abbr_stop.txt")?,
            place_idioms: list("place_idioms.txt")?,
            lead_markers: pairs(&lead_text, &lead_file, |v| v.parse().ok())?,
            cooperation_cues: list("cooperation_cues.txt")?,
            develop_verbs: list("develop_verbs.txt")?,
        })
    }

    /// The longest word of `list` that `s` starts with.
    pub fn prefix_in<'l>(list: &'l [String], s: &str) -> Option<&'l str> {
        list.iter()
            .find(|w| s.starts_with(w.as_str()))
            .map(|w| w.as_str())
    }

    /// The longest word of `list` that `s` ends with.
    pub fn suffix_in<'l>(list: &'l [String], s: &str) -> Option<&'l str> {
        list.iter()
            .find(|w| s.ends_with(w.as_str()))
            .map(|w| w.as_str())
    }

    /// Whether `s` is exactly one of `list`.
    pub fn contains(list: &[String], s: &str) -> bool {
        list.iter().any(|w| w == s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_lists_load_longest_first() {
        let dir = Path::new(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../dictionaries/lists"
        ));
        let l = Lists::load_dir(dir).unwrap();
        assert_eq!(
            Lists::suffix_in(&l.project_suffixes, "沪嘉城际铁路"),
            Some("城际铁路")
        );
        assert!(l
            .target_comparators
            .iter()
            .any(|(w, c)| w == "以上" && *c == Comparator::AtLeast));
        assert!(l
            .lead_markers
            .iter()
            .any(|(w, p)| w == "牵头" && *p == Predicate::LedBy));
    }

    #[test]
    fn malformed_pair_names_file_and_line() {
        let dir = std::env::temp_dir().join(format!("guihua-lists-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let err = pairs_err(&dir);
        assert!(err.contains("target_comparators.tsv:2"), "{err}");
        std::fs::remove_dir_all(&dir).ok();
    }

    fn pairs_err(dir: &Path) -> String {
        let src = Path::new(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../dictionaries/lists"
        ));
        for e in std::fs::read_dir(src).unwrap() {
            let p = e.unwrap().path();
            std::fs::copy(&p, dir.join(p.file_name().unwrap())).unwrap();
        }
        std::fs::write(dir.join("target_comparators.tsv"), "以上\t>=\n以下\tless\n").unwrap();
        Lists::load_dir(dir).unwrap_err().to_string()
    }
}
