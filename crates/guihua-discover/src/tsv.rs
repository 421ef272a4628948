//! The candidates file: dictionary columns, then evidence columns.

use crate::CandidateEntry;
use guihua_model::EntityType;
use std::io::{self, Write};
use thiserror::Error;

/// The header of a candidates file: the eight dictionary columns
/// (dictionaries/README.md), then the evidence.
pub const TSV_HEADER: [&str; 15] = [
    "id", "type", "subtype", "name", "aliases", "parent", "code", "attrs", "status", "score",
    "count", "docs", "context1", "context2", "source",
];

/// Why a candidates file could not be read.
#[derive(Debug, Error)]
pub enum TsvError {
    #[error(transparent)]
    Io(#[from] io::Error),
    #[error("line {line}: {reason}")]
    Malformed { line: usize, reason: String },
}

/// A field without the characters the format cannot hold.
fn clean(s: &str) -> String {
    s.chars()
        .map(|c| {
            if matches!(c, '\t' | '\n' | '\r') {
                ' '
            } else {
                c
            }
        })
        .collect()
}

/// Writes `entries` as a candidates file: the header line, then one line per
/// entry with the 15 columns of [`TSV_HEADER`]. The first eight columns of a
/// line are a dictionary line.
pub fn write_tsv<W: Write>(entries: &[CandidateEntry], mut w: W) -> io::Result<()> {
    writeln!(w, "{}", TSV_HEADER.join("\t"))?;
    for e in entries {
        let attrs = e
            .attrs
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join(";");
        let cols = [
            clean(&e.proposed_id),
            e.etype.as_str().to_string(),
            clean(&e.subtype),
            clean(&e.name),
            clean(&e.aliases.join("|")),
            clean(e.parent.as_deref().unwrap_or("")),
            clean(e.code.as_deref().unwrap_or("")),
            clean(&attrs),
            clean(&e.status),
            format!("{:.2}", e.score),
            e.count.to_string(),
            e.n_docs.to_string(),
            clean(e.contexts.first().map(String::as_str).unwrap_or("")),
            clean(e.contexts.get(1).map(String::as_str).unwrap_or("")),
            clean(&e.source),
        ];
        writeln!(w, "{}", cols.join("\t"))?;
    }
    w.flush()
}

/// Reads a candidates file written by [`write_tsv`] (blank lines and `#`
/// comments skipped). Scores keep the two decimals they were written with.
pub fn read_tsv(text: &str) -> Result<Vec<CandidateEntry>, TsvError> {
    let bad = |line: usize, reason: String| TsvError::Malformed { line, reason };
    let mut lines = text.lines().enumerate();
    match lines.next() {
        Some((_, h)) if h.split('\t').eq(TSV_HEADER.iter().copied()) => {}
        _ => return Err(bad(1, format!("header must be {}", TSV_HEADER.join("\\t")))),
    }
    let mut out = Vec::new();
    for (i, line) in lines {
        let n = i + 1;
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let c: Vec<&str> = line.split('\t').collect();
        if c.len() != TSV_HEADER.len() {
            return Err(bad(
                n,
                format!("expected {} columns, found {}", TSV_HEADER.len(), c.len()),
            ));
        }
        let etype: EntityType = c[1].parse().map_err(|e| bad(n, format!("type: {e}")))?;
        let num = |k: usize| -> Result<usize, TsvError> {
            c[k].parse()
                .map_err(|_| bad(n, format!("{}: not a count: {:?}", TSV_HEADER[k], c[k])))
        };
        let opt = |s: &str| (!s.is_empty()).then(|| s.to_string());
        let mut attrs = Vec::new();
        for kv in c[7].split(';').filter(|s| !s.is_empty()) {
            let (k, v) = kv
                .split_once('=')
                .ok_or_else(|| bad(n, format!("attribute {kv:?} is not key=value")))?;
            attrs.push((k.to_string(), v.to_string()));
        }
        out.push(CandidateEntry {
            proposed_id: c[0].to_string(),
            etype,
            subtype: c[2].to_string(),
            name: c[3].to_string(),
            aliases: c[4]
                .split('|')
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .collect(),
            parent: opt(c[5]),
            code: opt(c[6]),
            attrs,
            status: c[8].to_string(),
            score: c[9]
                .parse()
                .map_err(|_| bad(n, format!("score: not a number: {:?}", c[9])))?,
            count: num(10)?,
            n_docs: num(11)?,
            contexts: [c[12], c[13]]
                .iter()
                .filter(|s| !s.is_empty())
                .map(|s| s.to_string())
                .collect(),
            source: c[14].to_string(),
        });
    }
    Ok(out)
}
