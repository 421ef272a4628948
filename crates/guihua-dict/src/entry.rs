//! Dictionary entries and the TSV format.

use guihua_model::EntityType;
use rustc_hash::FxHashMap;
use std::path::Path;
use thiserror::Error;

/// Index of an entry in its [`Dictionary`].
pub type EntryIdx = u32;

/// The column header every dictionary file starts with.
pub const HEADER: [&str; 8] = [
    "id", "type", "subtype", "name", "aliases", "parent", "code", "attrs",
];

/// One dictionary entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Stable id, e.g. `place:330400`, `industry:集成电路`.
    pub id: String,
    pub etype: EntityType,
    /// Free subtype: `province`, `city`, `county`, `town`, `abbr`, `region`,
    /// `water`, `dept`, ...
    pub subtype: String,
    /// Canonical name (the norm for places).
    pub name: String,
    /// Other surface forms that resolve to this entry.
    pub aliases: Vec<String>,
    pub parent: Option<String>,
    pub code: Option<String>,
    /// `key=value` attributes.
    pub attrs: Vec<(String, String)>,
}

/// The subtype of one-character abbreviations (沪, 苏, 甬 ...): their `name` is
/// the norm of the place they stand for, and only their aliases are matched.
pub const ABBR: &str = "abbr";

impl Entry {
    /// The value of attribute `key`.
    pub fn attr(&self, key: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// The comma-separated values of attribute `key` (`connects=a,b,c`).
    pub fn attr_list(&self, key: &str) -> Vec<&str> {
        self.attr(key)
            .map(|v| v.split(',').filter(|s| !s.is_empty()).collect())
            .unwrap_or_default()
    }

    /// The norm of this PLACE entry where it is written `surface`
    /// (docs/ANNOTATION.md, normal form): its name for an administrative
    /// division or an entry marked `norm=name` (长三角 → 长江三角洲); the
    /// surface for any other place, a region, water body or feature (华东
    /// stays 华东, not 华东地区).
    ///
    /// ```
    /// use guihua_dict::Entry;
    /// use guihua_model::EntityType;
    /// let region = Entry {
    ///     id: "place:region:华东地区".into(),
    ///     etype: EntityType::Place,
    ///     subtype: "region".into(),
    ///     name: "华东地区".into(),
    ///     aliases: vec!["华东".into()],
    ///     parent: None,
    ///     code: None,
    ///     attrs: vec![],
    /// };
    /// assert_eq!(region.place_norm("华东"), "华东");
    /// ```
    pub fn place_norm<'a>(&'a self, surface: &'a str) -> &'a str {
        let named = matches!(self.subtype.as_str(), "region" | "water" | "feature")
            && self.attr("norm") != Some("name");
        if named {
            surface
        } else {
            &self.name
        }
    }

    /// The longest of this entry's forms written in `text` (华东 in
    /// 华东应急指挥骨干网), if any.
    pub fn form_in(&self, text: &str) -> Option<&str> {
        std::iter::once(self.name.as_str())
            .chain(self.aliases.iter().map(String::as_str))
            .filter(|f| text.contains(*f))
            .max_by_key(|f| f.len())
    }

    /// Whether this is a one-character abbreviation entry (subtype `abbr`).
    pub fn is_abbr(&self) -> bool {
        self.subtype == ABBR
    }

    /// The surface forms the matcher compiles: the name and every alias, or
    /// only the aliases for an [`ABBR`] entry.
    pub fn forms(&self) -> impl Iterator<Item = &str> {
        let name = (!self.is_abbr()).then_some(self.name.as_str());
        name.into_iter()
            .chain(self.aliases.iter().map(String::as_str))
    }
}

/// Why a dictionary could not be loaded.
#[derive(Debug, Error)]
pub enum DictError {
    #[error("{file}:{line}: {reason}")]
    Malformed {
        file: String,
        line: usize,
        reason: String,
    },
    #[error("{file}: {source}")]
    Io {
        file: String,
        #[source]
        source: std::io::Error,
    },
}

/// A set of entries, indexed by id.
#[derive(Debug, Clone, Default)]
pub struct Dictionary {
    entries: Vec<Entry>,
    by_id: FxHashMap<String, EntryIdx>,
    /// `abbr` entries by the id their `of` attribute names, in entry order.
    abbr_of: FxHashMap<String, Vec<EntryIdx>>,
    /// Entries by the first character of their name, in entry order.
    by_first_char: FxHashMap<char, Vec<EntryIdx>>,
}

impl Dictionary {
    /// Parses one TSV file's text; `file` names it in errors.
    pub fn from_tsv(text: &str, file: &str) -> Result<Dictionary, DictError> {
        let mut d = Dictionary::default();
        d.add_tsv(text, file)?;
        Ok(d)
    }

    /// Loads every `*.tsv` file directly in `dir`, in name order.
    pub fn load_dir(dir: &Path) -> Result<Dictionary, DictError> {
        let io = |source| DictError::Io {
            file: dir.display().to_string(),
            source,
        };
        let mut files: Vec<_> = std::fs::read_dir(dir)
            .map_err(io)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "tsv"))
            .collect();
        files.sort();
        let mut d = Dictionary::default();
        for f in files {
            d.add_file(&f)?;
        }
        Ok(d)
    }

    /// Adds the entries of one file.
    pub fn add_file(&mut self, path: &Path) -> Result<(), DictError> {
        let text = std::fs::read_to_string(path).map_err(|source| DictError::Io {
            file: path.display().to_string(),
            source,
        })?;
        self.add_tsv(&text, &path.display().to_string())
    }

    /// Adds the entries of one TSV text.
    pub fn add_tsv(&mut self, text: &str, file: &str) -> Result<(), DictError> {
        let bad = |line: usize, reason: String| DictError::Malformed {
            file: file.to_string(),
            line,
            reason,
        };
        let mut lines = text.lines().enumerate();
        match lines.next() {
            Some((_, h)) if h.split('\t').eq(HEADER.iter().copied()) => {}
            _ => return Err(bad(1, format!("header must be {}", HEADER.join("\\t")))),
        }
        for (i, line) in lines {
            let n = i + 1;
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() != HEADER.len() {
                return Err(bad(n, format!("expected 8 columns, found {}", cols.len())));
            }
            let etype = cols[1]
                .parse::<EntityType>()
                .map_err(|e| bad(n, format!("type: {e}")))?;
            if cols[0].is_empty() || cols[3].is_empty() {
                return Err(bad(n, "id and name must not be empty".into()));
            }
            if self.by_id.contains_key(cols[0]) {
                return Err(bad(n, format!("duplicate id {}", cols[0])));
            }
            let opt = |s: &str| (!s.is_empty()).then(|| s.to_string());
            let mut attrs = Vec::new();
            for kv in cols[7].split(';').filter(|s| !s.is_empty()) {
                let (k, v) = kv
                    .split_once('=')
                    .ok_or_else(|| bad(n, format!("attribute {kv:?} is not key=value")))?;
                attrs.push((k.to_string(), v.to_string()));
            }
            let entry = Entry {
                id: cols[0].to_string(),
                etype,
                subtype: cols[2].to_string(),
                name: cols[3].to_string(),
                aliases: cols[4]
                    .split('|')
                    .filter(|s| !s.is_empty())
                    .map(str::to_string)
                    .collect(),
                parent: opt(cols[5]),
                code: opt(cols[6]),
                attrs,
            };
            let idx = self.entries.len() as EntryIdx;
            self.by_id.insert(entry.id.clone(), idx);
            if let Some(c) = entry.name.chars().next() {
                self.by_first_char.entry(c).or_default().push(idx);
            }
            if entry.subtype == "abbr" {
                if let Some(of) = entry.attr("of") {
                    self.abbr_of.entry(of.to_string()).or_default().push(idx);
                }
            }
            self.entries.push(entry);
        }
        Ok(())
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    pub fn entry(&self, idx: EntryIdx) -> &Entry {
        &self.entries[idx as usize]
    }

    pub fn get(&self, id: &str) -> Option<EntryIdx> {
        self.by_id.get(id).copied()
    }

    /// The entries of subtype `abbr` whose `of` attribute is `id`, in entry
    /// order: `abbreviations_of(id).iter().map(|&a| dict.entry(a))` is
    /// `entries().iter().filter(|a| a.subtype == "abbr" && a.attr("of") ==
    /// Some(id))` without scanning every entry.
    pub fn abbreviations_of(&self, id: &str) -> &[EntryIdx] {
        self.abbr_of.get(id).map_or(&[], Vec::as_slice)
    }

    /// The entries whose name starts with `c`, in entry order: what
    /// `entries().iter().filter(|e| e.name.starts_with(c))` finds, without
    /// scanning every entry.
    pub fn names_starting_with(&self, c: char) -> &[EntryIdx] {
        self.by_first_char.get(&c).map_or(&[], Vec::as_slice)
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The entry's parent, when it names an entry of this dictionary.
    pub fn parent(&self, idx: EntryIdx) -> Option<EntryIdx> {
        self.entry(idx).parent.as_deref().and_then(|p| self.get(p))
    }

    /// The entry's ancestors, nearest first (stops at a cycle).
    pub fn ancestors(&self, idx: EntryIdx) -> Vec<EntryIdx> {
        let mut out: Vec<EntryIdx> = Vec::new();
        let mut cur = self.parent(idx);
        while let Some(p) = cur {
            if p == idx || out.contains(&p) {
                break;
            }
            out.push(p);
            cur = self.parent(p);
        }
        out
    }

    /// Number of entries of each type, in [`EntityType::ALL`] order.
    pub fn count_by_type(&self) -> Vec<(EntityType, usize)> {
        EntityType::ALL
            .iter()
            .map(|&t| (t, self.entries.iter().filter(|e| e.etype == t).count()))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEAD: &str = "id\ttype\tsubtype\tname\taliases\tparent\tcode\tattrs\n";

    #[test]
    fn malformed_line_names_file_and_line() {
        let text = format!("{HEAD}a\tPLACE\tcity\t嘉兴市\t\t\t\t\nb\tPLACE\tcity\n");
        let err = Dictionary::from_tsv(&text, "x.tsv")
            .unwrap_err()
            .to_string();
        assert_eq!(err, "x.tsv:3: expected 8 columns, found 3");
    }

    #[test]
    fn unknown_type_and_duplicate_id_are_errors() {
        let t = format!("{HEAD}a\tCITY\t\tx\t\t\t\t\n");
        assert!(Dictionary::from_tsv(&t, "t")
            .unwrap_err()
            .to_string()
            .contains("type"));
        let t = format!("{HEAD}a\tPLACE\t\tx\t\t\t\t\na\tPLACE\t\ty\t\t\t\t\n");
        assert!(Dictionary::from_tsv(&t, "t")
            .unwrap_err()
            .to_string()
            .contains("duplicate id a"));
    }
}
