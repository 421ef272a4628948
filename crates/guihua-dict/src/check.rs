//! [`check_dir`]: every problem of a dictionary folder, each with file and line.
//!
//! Unlike [`Dictionary::load_dir`](crate::Dictionary::load_dir), which stops at
//! the first malformed line, the check reads every line of every file and
//! reports all it finds. Errors make `guihua dict check` fail; warnings are
//! listed only.

use crate::entry::{ABBR, HEADER};
use guihua_model::EntityType;
use std::collections::HashMap;
use std::fmt;
use std::path::Path;

/// What kind of problem a [`Problem`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ProblemKind {
    /// A line that cannot be read: header, column count, type, empty id or
    /// name, an attribute that is not `key=value`, an unreadable file.
    Malformed,
    /// An id already used (in this or another file).
    DuplicateId,
    /// A `parent` that no entry has as id.
    MissingParent,
    /// An attribute value that looks like an id (`place:…`) and names no entry.
    UnknownReference,
    /// A surface form used by entries of different types (warning).
    SharedAlias,
    /// A surface form that the text normaliser would have changed: white
    /// space, full-width ASCII, Chinese quotes (warning).
    NotNormalised,
}

impl ProblemKind {
    /// Whether the problem fails a check (warnings do not).
    pub fn is_error(self) -> bool {
        !matches!(self, ProblemKind::SharedAlias | ProblemKind::NotNormalised)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            ProblemKind::Malformed => "malformed",
            ProblemKind::DuplicateId => "duplicate-id",
            ProblemKind::MissingParent => "missing-parent",
            ProblemKind::UnknownReference => "unknown-reference",
            ProblemKind::SharedAlias => "shared-alias",
            ProblemKind::NotNormalised => "not-normalised",
        }
    }
}

impl fmt::Display for ProblemKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One problem, located at a line (1-based) of a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    pub line: usize,
    pub kind: ProblemKind,
    pub message: String,
}

impl Problem {
    pub fn is_error(&self) -> bool {
        self.kind.is_error()
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

/// Attribute keys whose values are entry ids (comma-separated).
const REF_ATTRS: [&str; 4] = ["of", "alt", "connects", "located"];

struct Row {
    file: usize,
    line: usize,
    id: String,
    etype: EntityType,
    forms: Vec<String>,
    parent: Option<String>,
    refs: Vec<String>,
}

/// Checks every `*.tsv` file directly in `dir` (name order). Problems come in
/// file and line order within each kind: malformed lines and duplicate ids,
/// then missing parents and unknown references, then shared aliases and
/// unnormalised forms.
pub fn check_dir(dir: &Path) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut files: Vec<_> = match std::fs::read_dir(dir) {
        Ok(rd) => rd
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "tsv"))
            .collect(),
        Err(e) => {
            return vec![Problem {
                file: dir.display().to_string(),
                line: 0,
                kind: ProblemKind::Malformed,
                message: format!("cannot read directory: {e}"),
            }]
        }
    };
    files.sort();
    let names: Vec<String> = files.iter().map(|p| p.display().to_string()).collect();
    let mut rows: Vec<Row> = Vec::new();
    for (fi, path) in files.iter().enumerate() {
        match std::fs::read_to_string(path) {
            Ok(text) => check_text(&text, fi, &names[fi], &mut rows, &mut problems),
            Err(e) => problems.push(Problem {
                file: names[fi].clone(),
                line: 0,
                kind: ProblemKind::Malformed,
                message: format!("cannot read: {e}"),
            }),
        }
    }
    cross_check(&rows, &names, &mut problems);
    problems
}

/// Checks one TSV text as if it were the only file of a folder.
pub fn check_tsv(text: &str, file: &str) -> Vec<Problem> {
    let names = vec![file.to_string()];
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    check_text(text, 0, file, &mut rows, &mut problems);
    cross_check(&rows, &names, &mut problems);
    problems
}

fn check_text(text: &str, fi: usize, file: &str, rows: &mut Vec<Row>, out: &mut Vec<Problem>) {
    let mut bad = |line: usize, kind: ProblemKind, message: String| {
        out.push(Problem {
            file: file.to_string(),
            line,
            kind,
            message,
        })
    };
    let mut lines = text.lines().enumerate();
    match lines.next() {
        Some((_, h)) if h.split('\t').eq(HEADER.iter().copied()) => {}
        _ => {
            bad(
                1,
                ProblemKind::Malformed,
                format!("header must be {}", HEADER.join("\\t")),
            );
            return;
        }
    }
    for (i, line) in lines {
        let n = i + 1;
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != HEADER.len() {
            bad(
                n,
                ProblemKind::Malformed,
                format!("expected 8 columns, found {}", cols.len()),
            );
            continue;
        }
        let etype = match cols[1].parse::<EntityType>() {
            Ok(t) => t,
            Err(e) => {
                bad(n, ProblemKind::Malformed, format!("type: {e}"));
                continue;
            }
        };
        if cols[0].is_empty() || cols[3].is_empty() {
            bad(
                n,
                ProblemKind::Malformed,
                "id and name must not be empty".into(),
            );
            continue;
        }
        let mut refs = Vec::new();
        let mut ok = true;
        for kv in cols[7].split(';').filter(|s| !s.is_empty()) {
            match kv.split_once('=') {
                Some((k, v)) if !k.is_empty() => {
                    if REF_ATTRS.contains(&k) {
                        refs.extend(v.split(',').filter(|r| r.contains(':')).map(str::to_string));
                    }
                }
                _ => {
                    bad(
                        n,
                        ProblemKind::Malformed,
                        format!("attribute {kv:?} is not key=value"),
                    );
                    ok = false;
                }
            }
        }
        if !ok {
            continue;
        }
        let aliases: Vec<&str> = cols[4].split('|').filter(|s| !s.is_empty()).collect();
        let mut forms: Vec<String> = Vec::new();
        if cols[2] != ABBR {
            forms.push(cols[3].to_string());
        }
        for a in aliases {
            if !forms.iter().any(|f| f == a) {
                forms.push(a.to_string());
            }
        }
        rows.push(Row {
            file: fi,
            line: n,
            id: cols[0].to_string(),
            etype,
            forms,
            parent: (!cols[5].is_empty()).then(|| cols[5].to_string()),
            refs,
        });
    }
}

fn not_normalised(form: &str) -> Option<&'static str> {
    if form.chars().any(char::is_whitespace) {
        Some("white space")
    } else if form.chars().any(|c| ('\u{FF01}'..='\u{FF5E}').contains(&c)) {
        Some("full-width ASCII")
    } else if form.chars().any(|c| "“”‘’".contains(c)) {
        Some("Chinese quotes")
    } else {
        None
    }
}

fn cross_check(rows: &[Row], names: &[String], out: &mut Vec<Problem>) {
    let at = |r: &Row, kind: ProblemKind, message: String| Problem {
        file: names[r.file].clone(),
        line: r.line,
        kind,
        message,
    };
    let mut ids: HashMap<&str, &Row> = HashMap::new();
    for r in rows {
        if let Some(first) = ids.get(r.id.as_str()) {
            out.push(at(
                r,
                ProblemKind::DuplicateId,
                format!(
                    "duplicate id {} (first at {}:{})",
                    r.id, names[first.file], first.line
                ),
            ));
        } else {
            ids.insert(&r.id, r);
        }
    }
    for r in rows {
        if let Some(p) = &r.parent {
            if !ids.contains_key(p.as_str()) {
                out.push(at(
                    r,
                    ProblemKind::MissingParent,
                    format!("parent {p} of {} does not exist", r.id),
                ));
            }
        }
        for x in &r.refs {
            if !ids.contains_key(x.as_str()) {
                out.push(at(
                    r,
                    ProblemKind::UnknownReference,
                    format!("{} refers to {x}, which does not exist", r.id),
                ));
            }
        }
    }
    // surface forms shared across types: reported once per form, at the first
    // entry of a second type
    let mut first_of_form: HashMap<&str, &Row> = HashMap::new();
    let mut reported: HashMap<&str, ()> = HashMap::new();
    for r in rows {
        for f in &r.forms {
            if let Some(why) = not_normalised(f) {
                out.push(at(
                    r,
                    ProblemKind::NotNormalised,
                    format!(
                        "form {f:?} of {} has {why}: it can never match normalised text",
                        r.id
                    ),
                ));
            }
            match first_of_form.get(f.as_str()) {
                None => {
                    first_of_form.insert(f, r);
                }
                Some(first) if first.etype != r.etype && !reported.contains_key(f.as_str()) => {
                    reported.insert(f, ());
                    out.push(at(
                        r,
                        ProblemKind::SharedAlias,
                        format!(
                            "warning: {f:?} is a {} form of {} and a {} form of {} ({}:{})",
                            r.etype, r.id, first.etype, first.id, names[first.file], first.line
                        ),
                    ));
                }
                Some(_) => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEAD: &str = "id\ttype\tsubtype\tname\taliases\tparent\tcode\tattrs\n";

    fn kinds(p: &[Problem]) -> Vec<ProblemKind> {
        p.iter().map(|p| p.kind).collect()
    }

    #[test]
    fn clean_fixture_has_no_problem() {
        let t = format!(
            "{HEAD}# comment\np:1\tPLACE\tprovince\t浙江省\t浙江\t\t330000\t\n\
             p:2\tPLACE\tcity\t嘉兴市\t嘉兴\tp:1\t330400\t\n\
             a:1\tPLACE\tabbr\t嘉兴市\t嘉\t\t\tof=p:2\n"
        );
        assert_eq!(check_tsv(&t, "x.tsv"), []);
    }

    #[test]
    fn finds_each_problem_kind_in_a_folder() {
        let dir = std::env::temp_dir().join(format!("guihua-dict-check-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join("a.tsv"),
            format!(
                "{HEAD}p:1\tPLACE\tprovince\t浙江省\t浙江\t\t\t\n\
                 p:2\tPLACE\tcity\t嘉兴市\t嘉兴\tp:9\t\t\n\
                 p:3\tPLACE\tcity\t湖州市\t湖州\t\t\tkey-without-value\n\
                 p:4\tPLACE\tcity\n\
                 p:5\tCITY\t\tx\t\t\t\t\n"
            ),
        )
        .unwrap();
        std::fs::write(
            dir.join("b.tsv"),
            format!(
                "{HEAD}p:1\tPLACE\t\t又一个\t\t\t\t\n\
                 j:1\tPROJECT\tzone\t嘉兴开发区\t嘉兴\t\t\t\n\
                 j:2\tPROJECT\tline\t沪苏湖高铁\t\t\t\tkind=line;connects=p:1,p:404\n\
                 j:3\tPROJECT\t\t“美丽家园”工程\t\t\t\t\n"
            ),
        )
        .unwrap();
        std::fs::write(dir.join("c.tsv"), "id\ttype\n").unwrap();
        std::fs::write(dir.join("ignored.txt"), "not a dictionary").unwrap();
        let p = check_dir(&dir);
        std::fs::remove_dir_all(&dir).unwrap();
        let shown: Vec<String> = p.iter().map(|p| p.to_string()).collect();
        let a = dir.join("a.tsv").display().to_string();
        let b = dir.join("b.tsv").display().to_string();
        let c = dir.join("c.tsv").display().to_string();
        assert!(
            shown.contains(&format!(
                "{a}:4: attribute \"key-without-value\" is not key=value"
            )),
            "{shown:#?}"
        );
        assert!(shown.contains(&format!("{a}:5: expected 8 columns, found 3")));
        assert!(shown
            .iter()
            .any(|s| s.starts_with(&format!("{a}:6: type:"))));
        assert!(shown.contains(&format!("{c}:1: header must be {}", HEADER.join("\\t"))));
        assert!(shown.contains(&format!("{b}:2: duplicate id p:1 (first at {a}:2)")));
        assert!(shown.contains(&format!("{a}:3: parent p:9 of p:2 does not exist")));
        assert!(shown.contains(&format!("{b}:4: j:2 refers to p:404, which does not exist")));
        assert!(shown
            .iter()
            .any(|s| s.starts_with(&format!("{b}:3: warning: \"嘉兴\" is a PROJECT form"))));
        assert!(shown
            .iter()
            .any(|s| s.starts_with(&format!("{b}:5: form \"“美丽家园”工程\""))));
        let k = kinds(&p);
        for kind in [
            ProblemKind::Malformed,
            ProblemKind::DuplicateId,
            ProblemKind::MissingParent,
            ProblemKind::UnknownReference,
            ProblemKind::SharedAlias,
            ProblemKind::NotNormalised,
        ] {
            assert!(k.contains(&kind), "{kind} missing in {shown:#?}");
        }
        assert_eq!(p.iter().filter(|p| !p.is_error()).count(), 2);
        assert_eq!(p.len(), 9, "{shown:#?}");
    }
}
