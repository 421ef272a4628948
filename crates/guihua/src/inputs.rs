//! Finding input documents: files, folders walked recursively with
//! `--include`/`--exclude` globs, and lists of paths (`--files-from`).

use anyhow::{bail, Context, Result};
use globset::{Glob, GlobSet, GlobSetBuilder};
use std::io::BufRead;
use std::path::{Path, PathBuf};

/// File extensions a directory walk picks up.
pub const SUPPORTED_EXTENSIONS: [&str; 5] = ["txt", "text", "html", "htm", "docx"];

/// One input document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputDoc {
    /// Path relative to its input root with `/` separators (the file name
    /// for a file given directly, the path as listed for `--files-from`).
    pub doc_id: String,
    pub path: PathBuf,
}

/// What to pick up.
#[derive(Debug, Clone, Default)]
pub struct DiscoverOptions {
    /// Globs a doc_id (the path under its input folder, `/`-separated) must
    /// match; a match also admits a file whose extension is not one of
    /// [`SUPPORTED_EXTENSIONS`]. Empty: every supported file. `*` crosses
    /// `/` (so `*.txt` matches at any depth).
    pub include: Vec<String>,
    /// Globs that drop a file (they win over `include`).
    pub exclude: Vec<String>,
    /// Lists of paths, one per line (`-` is standard input). Blank lines and
    /// lines starting with `#` are ignored. A listed path that does not
    /// exist becomes a failed document, not a usage error.
    pub files_from: Vec<PathBuf>,
}

/// The documents found.
#[derive(Debug, Clone, Default)]
pub struct Discovered {
    /// In a fixed order: inputs in the order given, each folder's files
    /// sorted by path.
    pub docs: Vec<InputDoc>,
    /// Files skipped because their extension is not supported.
    pub unsupported: usize,
    /// Files dropped by `--include`/`--exclude`.
    pub excluded: usize,
}

fn globset(globs: &[String], what: &str) -> Result<Option<GlobSet>> {
    if globs.is_empty() {
        return Ok(None);
    }
    let mut b = GlobSetBuilder::new();
    for g in globs {
        b.add(Glob::new(g).with_context(|| format!("invalid {what} glob {g:?}"))?);
    }
    Ok(Some(b.build()?))
}

fn supported(p: &Path) -> bool {
    p.extension()
        .and_then(|x| x.to_str())
        .is_some_and(|x| SUPPORTED_EXTENSIONS.contains(&x.to_ascii_lowercase().as_str()))
}

fn slash_path(p: &Path) -> String {
    p.components()
        .filter(|c| !matches!(c, std::path::Component::CurDir))
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
        .replace("//", "/")
}

/// The documents under `inputs` (files, or directories walked recursively in
/// name order), and how many files were skipped as unsupported.
pub fn discover(inputs: &[PathBuf]) -> Result<(Vec<InputDoc>, usize)> {
    let d = discover_with(inputs, &DiscoverOptions::default())?;
    Ok((d.docs, d.unsupported))
}

/// [`discover`] with globs and path lists. A missing INPUT is an error (a
/// usage error for the CLI); so are two documents with the same doc_id.
///
/// Folders are walked without following symbolic links to folders (no
/// loops); symbolic links to files are taken, and a dangling one becomes a
/// failed document. Hidden files and folders (`.name`) are skipped.
pub fn discover_with(inputs: &[PathBuf], opts: &DiscoverOptions) -> Result<Discovered> {
    let include = globset(&opts.include, "--include")?;
    let exclude = globset(&opts.exclude, "--exclude")?;
    let mut out = Discovered::default();
    // Decides on one candidate file: Some(admitted) or None (counted).
    let admit = |doc_id: &str, p: &Path, out: &mut Discovered| -> bool {
        if exclude.as_ref().is_some_and(|g| g.is_match(doc_id)) {
            out.excluded += 1;
            return false;
        }
        match &include {
            Some(g) if g.is_match(doc_id) => true,
            Some(_) if supported(p) => {
                out.excluded += 1;
                false
            }
            _ if supported(p) => true,
            _ => {
                out.unsupported += 1;
                false
            }
        }
    };
    for input in inputs {
        let meta = std::fs::metadata(input)
            .with_context(|| format!("cannot read input {}", input.display()))?;
        if !meta.is_dir() {
            // A file given by name is taken whatever its extension: the
            // decoder says what it is.
            let name = input
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            out.docs.push(InputDoc {
                doc_id: name,
                path: input.clone(),
            });
            continue;
        }
        let mut stack = vec![input.clone()];
        let mut found = Vec::new();
        while let Some(dir) = stack.pop() {
            let rd = std::fs::read_dir(&dir)
                .with_context(|| format!("cannot read folder {}", dir.display()))?;
            for e in rd {
                let e = e.with_context(|| format!("cannot read folder {}", dir.display()))?;
                let p = e.path();
                if e.file_name().to_string_lossy().starts_with('.') {
                    continue;
                }
                let ft = e
                    .file_type()
                    .with_context(|| format!("cannot read {}", p.display()))?;
                if ft.is_dir() {
                    stack.push(p);
                } else {
                    found.push(p);
                }
            }
        }
        found.sort();
        for p in found {
            let rel = p.strip_prefix(input).unwrap_or(&p);
            let doc_id = slash_path(rel);
            if admit(&doc_id, &p, &mut out) {
                out.docs.push(InputDoc { doc_id, path: p });
            }
        }
    }
    for list in &opts.files_from {
        let lines: Vec<String> = if list.as_os_str() == "-" {
            std::io::stdin()
                .lock()
                .lines()
                .collect::<std::io::Result<_>>()
                .context("cannot read the list of files on standard input")?
        } else {
            let f = std::fs::File::open(list)
                .with_context(|| format!("cannot read --files-from {}", list.display()))?;
            std::io::BufReader::new(f)
                .lines()
                .collect::<std::io::Result<_>>()
                .with_context(|| format!("cannot read --files-from {}", list.display()))?
        };
        for line in lines {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let p = PathBuf::from(line);
            let doc_id = slash_path(&p);
            if exclude.as_ref().is_some_and(|g| g.is_match(&doc_id)) {
                out.excluded += 1;
                continue;
            }
            out.docs.push(InputDoc { doc_id, path: p });
        }
    }
    let mut seen = std::collections::HashSet::new();
    for d in &out.docs {
        if !seen.insert(d.doc_id.as_str()) {
            bail!(
                "two inputs have the same doc_id {:?}; give their common parent folder instead",
                d.doc_id
            );
        }
    }
    Ok(out)
}
