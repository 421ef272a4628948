//! The readable report of [`Scores`].

use crate::metrics::{Accuracy, Breakdown, Prf};
use crate::score::Scores;
use guihua_model::{EntityType, Predicate};
use std::fmt::Write;

fn rates(p: &Prf) -> String {
    format!("{:>6.3} {:>6.3} {:>6.3}", p.precision, p.recall, p.f1)
}

fn counts(p: &Prf) -> String {
    format!("{:>5} {:>5} {:>5}", p.gold(), p.pred(), p.tp)
}

fn acc(a: &Accuracy) -> String {
    match a.accuracy {
        Some(v) => format!("{:>5}/{:<5} {:>6.3}", a.correct, a.total, v),
        None => format!("{:>5}/{:<5} {:>6}", a.correct, a.total, "-"),
    }
}

/// Rows of three breakdowns side by side: the first two share counts with
/// their own tp (strict/lenient); the third has its own counts.
fn three_way(
    out: &mut String,
    names: &[&str],
    first: &Breakdown,
    second: &Breakdown,
    third: &Breakdown,
) {
    let mut row = |name: &str, a: &Prf, b: &Prf, c: &Prf| {
        let _ = writeln!(
            out,
            "{name:<16}{} {}  | {:>5} {}  | {} {}",
            counts(a),
            rates(a),
            b.tp,
            rates(b),
            counts(c),
            rates(c)
        );
    };
    for n in names {
        row(n, &first.class(n), &second.class(n), &third.class(n));
    }
    row("micro", &first.micro, &second.micro, &third.micro);
}

impl Scores {
    /// A fixed-width table: per entity type strict, lenient and document-level
    /// scores with counts; per predicate mention-level (strict, lenient) and
    /// document-level relation scores; TARGET attribute accuracy; coverage.
    pub fn render_table(&self) -> String {
        let mut out = String::new();
        let d = &self.documents;
        let _ = writeln!(
            out,
            "Documents: {} gold, {} scored, {} missing from predictions (counted as false negatives), {} predicted without gold (ignored)",
            d.gold,
            d.scored,
            d.missing.len(),
            d.ignored.len()
        );
        for m in &d.missing {
            let _ = writeln!(out, "  missing: {m}");
        }
        for m in &d.ignored {
            let _ = writeln!(out, "  ignored: {m}");
        }
        for n in &d.notes {
            let _ = writeln!(out, "  note: {n}");
        }

        let head = |out: &mut String, title: &str, a: &str, b: &str, c: &str| {
            let _ = writeln!(out);
            let _ = writeln!(out, "{title:<16}{a:<38}  | {b:<26}  | {c}");
            let _ = writeln!(
                out,
                "{:<16}{:>5} {:>5} {:>5} {:>6} {:>6} {:>6}  | {:>5} {:>6} {:>6} {:>6}  | {:>5} {:>5} {:>5} {:>6} {:>6} {:>6}",
                "", "gold", "pred", "tp", "P", "R", "F1", "tp", "P", "R", "F1", "gold", "pred", "tp", "P", "R", "F1"
            );
        };
        head(
            &mut out,
            "Mentions",
            "strict (span + type)",
            "lenient (overlap + type)",
            "document level (type, norm)",
        );
        let types = EntityType::ALL.map(|t| t.as_str());
        three_way(
            &mut out,
            &types,
            &self.mentions.strict,
            &self.mentions.lenient,
            &self.doc_level,
        );

        head(
            &mut out,
            "Relations",
            "mention level, strict",
            "mention level, lenient",
            "document level (head, predicate, tail)",
        );
        let preds = Predicate::ALL.map(|p| p.as_str());
        let r = &self.relations;
        three_way(&mut out, &preds, &r.strict, &r.lenient, &r.doc);
        let _ = writeln!(
            out,
            "Relations with an end known only by norm (document level only): {} gold, {} predicted",
            r.gold_doc_level_only, r.pred_doc_level_only
        );

        let t = &self.targets;
        let _ = writeln!(out);
        let _ = writeln!(
            out,
            "TARGET attributes on {} strictly matched targets{}",
            t.matched,
            if t.gold_without_attrs > 0 {
                format!(
                    " ({} gold without attrs, not counted)",
                    t.gold_without_attrs
                )
            } else {
                String::new()
            }
        );
        let _ = writeln!(out, "{:<16}{:>11} {:>6}", "attribute", "correct", "acc");
        for (name, a) in [
            ("value", &t.value),
            ("unit", &t.unit),
            ("comparator", &t.comparator),
            ("year", &t.year),
        ] {
            let _ = writeln!(out, "{name:<16}{}", acc(a));
        }

        let _ = writeln!(out);
        let _ = writeln!(
            out,
            "{:<40} {:>14} {:>14} {:>14}",
            "Per document (micro F1)", "mention strict", "doc level", "relation doc"
        );
        for d in &self.per_document {
            let name = match &d.pred_doc_id {
                Some(_) => d.doc.clone(),
                None => format!("{} (missing)", d.doc),
            };
            let _ = writeln!(
                out,
                "{name:<40} {:>14.3} {:>14.3} {:>14.3}",
                d.mentions_strict.f1, d.doc_level.f1, d.relations_doc.f1
            );
        }
        out
    }
}
