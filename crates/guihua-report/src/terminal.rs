//! The terminal view of one document.

use crate::highlight::{place, CharText, Ev};
use guihua_model::{DocResult, EntityType, RelEnd};
use std::fmt::Write;

const RESET: &str = "\x1b[0m";

/// ANSI foreground colour code of a type.
fn colour(t: EntityType) -> &'static str {
    match t {
        EntityType::Place => "36",
        EntityType::Project => "33",
        EntityType::Agency => "35",
        EntityType::Industry => "32",
        EntityType::Target => "31",
    }
}

fn end_str(e: &RelEnd) -> String {
    if e.is_doc {
        format!("{} ({}, DOC)", e.norm, e.etype)
    } else {
        format!("{} ({})", e.norm, e.etype)
    }
}

pub(crate) fn render(doc: &DocResult, text: &str, color: bool) -> String {
    let d = &doc.doc;
    let ct = CharText::new(text);
    let p = place(&ct, &doc.mentions);
    let mut o = String::new();
    let bold = |s: &str| {
        if color {
            format!("\x1b[1m{s}{RESET}")
        } else {
            s.to_string()
        }
    };
    let _ = writeln!(o, "{}", bold(&d.doc_id));
    let _ = writeln!(
        o,
        "subject: {}  format: {}  encoding: {}  chars: {}  mentions: {}  relations: {}",
        d.subject.as_deref().unwrap_or("-"),
        d.format,
        d.encoding,
        ct.len(),
        doc.mentions.len(),
        doc.relations.len()
    );
    // Legend.
    let mut legend = String::from("types:");
    for t in EntityType::ALL {
        if color {
            let _ = write!(legend, " \x1b[1;{}m{t}{RESET}", colour(t));
        } else {
            let _ = write!(legend, " {t}");
        }
    }
    let _ = writeln!(o, "{legend}");
    if !p.skipped.is_empty() || !p.mismatched.is_empty() {
        let _ = writeln!(
            o,
            "warning: {} mention(s) not placed, {} do not match the text at their offsets",
            p.skipped.len(),
            p.mismatched.len()
        );
    }
    o.push('\n');

    // Open mentions, so a nested one can restore its parent's colour.
    let mut open: Vec<EntityType> = Vec::new();
    for e in &p.events {
        match *e {
            Ev::Text(s, e) => o.push_str(ct.slice(s, e)),
            Ev::Open(i) => {
                let t = doc.mentions[i].etype;
                if color {
                    let _ = write!(o, "\x1b[1;4;{}m", colour(t));
                } else {
                    o.push('[');
                }
                open.push(t);
            }
            Ev::Close(i) => {
                let t = doc.mentions[i].etype;
                open.pop();
                if color {
                    let _ = write!(o, "{RESET}\x1b[2;{}m[{t}]{RESET}", colour(t));
                    if let Some(&parent) = open.last() {
                        let _ = write!(o, "\x1b[1;4;{}m", colour(parent));
                    }
                } else {
                    let _ = write!(o, "|{t}]");
                }
            }
        }
    }
    if !o.ends_with('\n') {
        o.push('\n');
    }

    let _ = writeln!(
        o,
        "\n{}",
        bold(&format!("relations ({})", doc.relations.len()))
    );
    for r in &doc.relations {
        let evidence: String = {
            let s = ct.slice(r.evidence_start, r.evidence_end).trim();
            let mut cut: String = s.chars().take(60).collect();
            if s.chars().count() > 60 {
                cut.push('…');
            }
            cut.replace(['\n', '\r'], " ")
        };
        let pred = if color {
            format!("\x1b[1m{:<15}{RESET}", r.predicate.as_str())
        } else {
            format!("{:<15}", r.predicate.as_str())
        };
        let _ = writeln!(
            o,
            "  {pred} {} -> {}  [{} {:.2}]",
            end_str(&r.head),
            end_str(&r.tail),
            r.rule,
            r.confidence
        );
        if !evidence.is_empty() {
            if color {
                let _ = writeln!(o, "                  \x1b[2m{evidence}{RESET}");
            } else {
                let _ = writeln!(o, "                  {evidence}");
            }
        }
    }
    o
}
