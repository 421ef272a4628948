//! guihua's scorer: gold annotations against predicted mentions and relations.
//!
//! This crate owns
//! - **reading gold** ([`gold`]): the JSON Lines format of docs/ANNOTATION.md,
//!   validated, with errors that name the file, line and reason;
//! - **scoring** ([`score()`]): the "Scoring" section of docs/ANNOTATION.md,
//!   mention level (strict and lenient), document level `(type, norm)` sets,
//!   relations at mention and document level, TARGET attribute accuracy;
//! - **reports** ([`Scores::render_table`], JSON through serde, error lists in
//!   [`errors`](mod@errors));
//! - **baselines** ([`baseline`]): headline metrics, their file, and the
//!   regression check used by the accuracy regression test.
//!
//! It must not run the pipeline, read Parquet or touch the dictionaries:
//! predictions arrive as [`guihua_model::DocResult`] values that another crate
//! has produced or read back, and texts for error contexts arrive through a
//! callback. The counting rules are documented in [`score`](mod@score) and in
//! docs/evaluation.md.
//!
//! ```
//! use guihua_eval::{compare, gold::parse_gold, score, Baseline};
//!
//! let gold = parse_gold(
//!     r#"{"kind":"doc","doc":"a.txt","subject":"嘉兴市","issuer":[]}
//! {"kind":"entity","id":"T1","start":0,"end":2,"text":"嘉兴","type":"PLACE","norm":"嘉兴市"}
//! {"kind":"entity","id":"T2","start":5,"end":9,"text":"电子信息","type":"INDUSTRY","norm":"电子信息"}
//! {"kind":"relation","type":"DEVELOPS","head":"DOC","tail":"T2"}"#,
//!     "a.txt.jsonl",
//! )
//! .unwrap();
//!
//! // Gold scored against itself is perfect.
//! let pred = vec![gold.to_doc_result()];
//! let scores = score(&[gold.clone()], &pred);
//! assert_eq!(scores.mentions.strict.micro.f1, 1.0);
//! assert_eq!(scores.relations.doc.class("DEVELOPS").f1, 1.0);
//! println!("{}", scores.render_table());
//!
//! // A prediction that misses the industry loses recall, and the baseline
//! // check notices.
//! let mut worse = pred.clone();
//! worse[0].mentions.retain(|m| m.text != "电子信息");
//! let now = score(&[gold], &worse);
//! assert_eq!(now.mentions.strict.micro.recall, 0.5);
//! let regressions = compare(
//!     &Baseline::from_scores(&now),
//!     &Baseline::from_scores(&scores),
//!     guihua_eval::DEFAULT_TOLERANCE,
//! );
//! assert!(regressions.iter().any(|r| r.metric == "mention.strict.micro.f1"));
//! ```

pub mod baseline;
pub mod errors;
pub mod gold;
pub mod metrics;
mod report;
pub mod score;

pub use baseline::{compare, Baseline, BaselineError, Regression, DEFAULT_TOLERANCE};
pub use errors::{
    errors, relation_errors, render_errors, render_relation_errors, ErrorKind, ErrorRow,
    RelationErrorRow,
};
pub use gold::{
    parse_gold, read_gold_dir, GoldAttrs, GoldDoc, GoldEnd, GoldEntity, GoldError, GoldRelation,
};
pub use metrics::{Accuracy, Breakdown, Prf};
pub use score::{
    score, Coverage, DocScore, MentionScores, RelationScores, Scores, TargetAttrScores,
};

#[cfg(test)]
mod tests;
