//! guihua's views of a run, for people rather than programs.
//!
//! # What this crate owns
//! Rendering the tables of a run (as read back by `guihua-store`) into things
//! to look at:
//! - [`render_report`]: one self-contained HTML file (inline CSS, JS and SVG;
//!   no network) with a run summary, the cooperation network of places
//!   (`COOPERATES_WITH`) as a force-directed SVG graph (`id="coop-graph"`), a
//!   searchable, paginated document index and one section per document with
//!   its original text, entities highlighted by type (`class="ent ent-PLACE"`,
//!   `data-doc`, a hover title with norm, entity id, source and confidence)
//!   and its relations with their evidence sentences (docs/report.md).
//! - [`render_terminal`]: one document with ANSI-coloured (or bracketed)
//!   entities and its relations, for quick checks in a terminal.
//!
//! Offsets in the tables are Unicode code points into the decoded original
//! text; this crate converts them to byte ranges itself and never trusts them
//! blindly: mentions outside the text or crossing another mention are listed,
//! not highlighted, and mentions whose `text` differs from the text at their
//! offsets are counted in a warning. Every piece of text is HTML-escaped.
//!
//! # What it must not touch
//! No extraction (decoding files, recognising entities, linking relations):
//! the caller supplies the decoded text through a callback. No writing of
//! tables and no changes to them: this crate only reads.
//!
//! # Example
//! ```
//! use guihua_model::{DocRecord, DocResult, EntityType, Mention};
//! let doc = DocResult {
//!     doc: DocRecord { doc_id: "a.txt".into(), ..Default::default() },
//!     mentions: vec![Mention {
//!         id: 0, etype: EntityType::Place, start: 2, end: 5, text: "嘉兴市".into(),
//!         norm: "嘉兴市".into(), entity_id: None, code: None, canonical: None,
//!         sentence: 0, source: "dict".into(), confidence: 1.0, target: None,
//!     }],
//!     relations: vec![],
//! };
//! let view = guihua_report::render_terminal(&doc, "支持嘉兴市发展", false);
//! assert!(view.contains("支持[嘉兴市|PLACE]发展"));
//! ```

mod graph;
mod highlight;
mod html;
mod terminal;

use guihua_model::DocResult;
use guihua_store::StoreError;
use std::path::{Path, PathBuf};

/// Why a report could not be made.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// The tables of the run could not be read.
    #[error("cannot read the tables in {dir}: {source}")]
    Tables {
        dir: PathBuf,
        #[source]
        source: StoreError,
    },
}

/// Renders the run in `out_dir` (the folder `guihua run --out` wrote) as one
/// self-contained HTML page.
///
/// `corpus_texts(doc_id)` returns the decoded original text of a document,
/// the text its offsets address; when it returns `None` the document's
/// section shows its mentions as a table instead of highlighted text.
pub fn render_report(
    out_dir: &Path,
    corpus_texts: &dyn Fn(&str) -> Option<String>,
) -> Result<String, ReportError> {
    let docs = guihua_store::read_tables(out_dir).map_err(|source| ReportError::Tables {
        dir: out_dir.to_path_buf(),
        source,
    })?;
    Ok(html::render(&docs, corpus_texts))
}

/// Renders one document for a terminal: its text with every entity followed
/// by its type (ANSI colours when `color`, `[text|TYPE]` brackets otherwise),
/// then its relations with the start of their evidence sentences.
pub fn render_terminal(doc: &DocResult, text: &str, color: bool) -> String {
    terminal::render(doc, text, color)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::highlight::tests::mention;
    use guihua_model::{
        Comparator, DocRecord, EntityType, Predicate, RelEnd, Relation, TargetAttrs, STATUS_OK,
    };
    use guihua_store::{write_tables, RunMeta, WriteOptions};
    use std::collections::HashMap;

    fn end(m: &guihua_model::Mention) -> RelEnd {
        RelEnd {
            mention: Some(m.id),
            norm: m.norm.clone(),
            etype: m.etype,
            is_doc: false,
        }
    }

    /// Two documents: one multi-byte with cooperation and a target, one with
    /// markup in its text, norms and id.
    fn fixture() -> (Vec<DocResult>, HashMap<String, String>) {
        let t1 = "😀嘉兴市与上海市合作，到2025年数字经济增加值达到30%。".to_string();
        let m1 = vec![
            mention(0, EntityType::Place, 1, 4, "嘉兴市"),
            mention(1, EntityType::Place, 5, 8, "上海市"),
            mention(2, EntityType::Industry, 17, 21, "数字经济"),
            {
                let mut m = mention(3, EntityType::Target, 17, 29, "数字经济增加值达到30%");
                m.target = Some(TargetAttrs {
                    indicator: "数字经济增加值".into(),
                    value: Some("30".into()),
                    value_num: Some(30.0),
                    unit: Some("%".into()),
                    comparator: Comparator::Equal,
                    year: Some(2025),
                    masked: false,
                    scope_norm: None,
                });
                m
            },
        ];
        let rel = Relation {
            predicate: Predicate::CooperatesWith,
            head: end(&m1[0]),
            tail: end(&m1[1]),
            evidence_start: 1,
            evidence_end: 11,
            rule: "coop".into(),
            confidence: 0.9,
        };
        let d1 = DocResult {
            doc: DocRecord {
                doc_id: "a/001.txt".into(),
                chars: t1.chars().count() as u64,
                subject: Some("嘉兴市".into()),
                status: STATUS_OK.into(),
                n_mentions: 4,
                n_relations: 1,
                ..Default::default()
            },
            mentions: m1,
            relations: vec![rel],
        };
        let t2 = "<script>alert(1)</script>湖州市\"x\"".to_string();
        let mut m2 = mention(0, EntityType::Place, 25, 28, "湖州市");
        m2.norm = "<b>湖州市</b>".into();
        let d2 = DocResult {
            doc: DocRecord {
                doc_id: "b/<i>002</i>.txt".into(),
                chars: t2.chars().count() as u64,
                status: STATUS_OK.into(),
                n_mentions: 1,
                ..Default::default()
            },
            mentions: vec![m2],
            relations: vec![],
        };
        let texts = HashMap::from([(d1.doc.doc_id.clone(), t1), (d2.doc.doc_id.clone(), t2)]);
        (vec![d1, d2], texts)
    }

    fn report(docs: &[DocResult], texts: &HashMap<String, String>) -> String {
        html::render(docs, &|id: &str| texts.get(id).cloned())
    }

    #[test]
    fn escapes_text_norms_and_ids() {
        let (docs, texts) = fixture();
        let r = report(&docs, &texts);
        assert!(!r.contains("<script>alert"));
        assert!(r.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(!r.contains("<b>湖州市"));
        assert!(!r.contains("<i>002"));
        assert!(r.contains("b/&lt;i&gt;002&lt;/i&gt;.txt"));
        assert!(r.contains("湖州市&quot;x&quot;") || r.contains("&quot;x&quot;"));
        // Exactly our own script element.
        assert_eq!(r.matches("<script>").count(), 1);
    }

    #[test]
    fn highlights_code_point_offsets_in_multibyte_text() {
        let (docs, texts) = fixture();
        let r = report(&docs, &texts);
        assert!(r.contains(
            "😀<span class=\"ent ent-PLACE\" data-t=\"PLACE\" data-doc=\"a/001.txt\" data-id=\"0\""
        ));
        assert!(r.contains(">嘉兴市</span>与<span class=\"ent ent-PLACE\""));
        assert!(r.contains(">上海市</span>合作"));
        // The industry nests inside the target.
        assert!(r.contains(">数字经济</span>增加值达到30%</span>。"));
        assert_eq!(r.matches("class=\"ent ent-").count(), 5);
        assert!(r.contains("entity_id: -"));
        assert!(!r.contains("class=\"warn\""));
    }

    #[test]
    fn report_has_every_document_section_the_graph_and_the_summary() {
        let (docs, texts) = fixture();
        let r = report(&docs, &texts);
        assert!(r.starts_with("<!doctype html>"));
        for (i, d) in docs.iter().enumerate() {
            let attr = crate::highlight::esc(&d.doc.doc_id);
            assert!(r.contains(&format!(
                "<section class=\"doc\" id=\"doc-{i}\" data-doc=\"{attr}\" data-mentions=\"{}\"",
                d.mentions.len()
            )));
            assert!(r.contains(&format!("href=\"#doc-{i}\"")));
        }
        assert!(r.contains("<svg id=\"coop-graph\""));
        assert_eq!(r.matches("<line class=\"edge\"").count(), 1);
        assert!(r.contains("id=\"targets-by-year\""));
        assert!(r.contains("<td>2025</td>"));
        // No external resources.
        assert!(
            !r.contains("http://")
                || !r
                    .replace("http://www.w3.org/2000/svg", "")
                    .contains("http://")
        );
        assert!(!r.contains("https://"));
        // Evidence with head and tail marked.
        assert!(r.contains("嘉兴市</mark>与<mark"));
    }

    #[test]
    fn hover_title_carries_norm_id_source_and_confidence() {
        let (mut docs, texts) = fixture();
        docs[0].mentions[0].entity_id = Some("place:330400".into());
        docs[0].mentions[0].source = "dictionary".into();
        docs[0].mentions[0].confidence = 0.875;
        let r = report(&docs, &texts);
        assert!(r.contains(
            "title=\"PLACE 嘉兴市\nnorm: 嘉兴市\nentity_id: place:330400\nsource: dictionary\nconfidence: 0.88\">嘉兴市</span>"
        ));
        // The target's attributes, escaped like everything else.
        assert!(r.contains("indicator: 数字经济增加值\nvalue: = 30 %\nyear: 2025"));
        // The legend names every type.
        for t in EntityType::ALL {
            assert!(r.contains(&format!("data-type=\"{t}\"")));
        }
    }

    #[test]
    fn empty_run_renders() {
        let r = html::render(&[], &|_| None);
        assert!(r.contains("<svg id=\"coop-graph\""));
        assert!(r.contains("no COOPERATES_WITH relations"));
        assert_eq!(r.matches("<section class=\"doc\"").count(), 0);
    }

    #[test]
    fn document_without_text_shows_the_mentions_table() {
        let (docs, _) = fixture();
        let r = html::render(&docs, &|_| None);
        assert_eq!(r.matches("class=\"ent ent-").count(), 0);
        assert_eq!(r.matches("The original text is not available").count(), 2);
        assert!(r.contains("<td>数字经济增加值达到30%</td>"));
    }

    #[test]
    fn render_report_reads_the_tables() {
        let (docs, texts) = fixture();
        let dir = tempfile::tempdir().unwrap();
        let meta = RunMeta::new("0.1.0", "test", "sha256:0");
        write_tables(dir.path(), &docs, &meta, WriteOptions::default(), |_| None).unwrap();
        let r = render_report(dir.path(), &|id: &str| texts.get(id).cloned()).unwrap();
        assert_eq!(r.matches("<section class=\"doc\"").count(), 2);
        assert_eq!(r.matches("class=\"ent ent-").count(), 5);
        let missing = render_report(&dir.path().join("nope"), &|_| None);
        assert!(matches!(missing, Err(ReportError::Tables { .. })));
    }

    #[test]
    fn terminal_view_with_and_without_colour() {
        let (docs, texts) = fixture();
        let d = &docs[0];
        let t = &texts[&d.doc.doc_id];
        let plain = render_terminal(d, t, false);
        assert!(!plain.contains('\x1b'));
        assert!(plain.contains("😀[嘉兴市|PLACE]与[上海市|PLACE]合作"));
        assert!(plain.contains("[[数字经济|INDUSTRY]增加值达到30%|TARGET]"));
        assert!(plain.contains("COOPERATES_WITH"));
        assert!(plain.contains("嘉兴市 (PLACE) -> 上海市 (PLACE)"));

        let col = render_terminal(d, t, true);
        assert!(col.contains("\x1b[1;4;36m嘉兴市\x1b[0m\x1b[2;36m[PLACE]\x1b[0m"));
        // After the nested industry closes, the target's colour comes back.
        assert!(col.contains("[INDUSTRY]\x1b[0m\x1b[1;4;31m增加值"));
        assert!(!col.contains("[嘉兴市|PLACE]"));
        let stripped: String = strip_ansi(&col);
        assert!(stripped.contains("嘉兴市[PLACE]与上海市[PLACE]合作"));
    }

    fn strip_ansi(s: &str) -> String {
        let mut o = String::new();
        let mut it = s.chars();
        while let Some(c) = it.next() {
            if c == '\x1b' {
                for c in it.by_ref() {
                    if c == 'm' {
                        break;
                    }
                }
            } else {
                o.push(c);
            }
        }
        o
    }
}
