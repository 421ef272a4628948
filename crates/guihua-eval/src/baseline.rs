//! Headline metrics, recorded baselines and the regression check.
//!
//! A baseline file is one flat JSON object, metric name → value, keys sorted:
//!
//! ```text
//! {
//!   "doc.AGENCY.f1": 0.812345,
//!   ...
//! }
//! ```
//!
//! Headline metric names (every entity type `T` of PLACE, PROJECT, AGENCY,
//! INDUSTRY, TARGET; every predicate `R` of LED_BY, IMPLEMENTED_BY,
//! LOCATED_IN, CONNECTS, COOPERATES_WITH, DEVELOPS, HAS_TARGET):
//!
//! - `mention.strict.micro.{precision,recall,f1}`, `mention.strict.T.f1`
//! - `mention.lenient.micro.{precision,recall,f1}`, `mention.lenient.T.f1`
//! - `doc.micro.{precision,recall,f1}`, `doc.T.f1`
//! - `relation.mention.strict.micro.{precision,recall,f1}`, `relation.mention.strict.R.f1`
//! - `relation.mention.lenient.micro.{precision,recall,f1}`, `relation.mention.lenient.R.f1`
//! - `relation.doc.micro.{precision,recall,f1}`, `relation.doc.R.f1`
//! - `target.{value,unit,comparator,year}.acc` (only when some TARGET matched
//!   strictly; a baseline metric missing from the current scores is a
//!   regression)

use crate::metrics::{Accuracy, Breakdown};
use crate::score::Scores;
use guihua_model::{EntityType, Predicate};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

/// The tolerance of the accuracy regression test: a metric may fall this much
/// below its baseline value before it counts as a regression.
pub const DEFAULT_TOLERANCE: f64 = 0.005;

/// Headline metric name → value, as stored in a baseline file.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Baseline {
    pub metrics: BTreeMap<String, f64>,
}

/// Why a baseline could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum BaselineError {
    #[error("{file}: {source}")]
    Io {
        file: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{file}: not a baseline (a JSON object of metric name to number): {source}")]
    Json {
        file: String,
        #[source]
        source: serde_json::Error,
    },
}

impl Baseline {
    /// The headline metrics of `scores`.
    pub fn from_scores(scores: &Scores) -> Baseline {
        Baseline {
            metrics: scores.headline(),
        }
    }

    /// Writes the metrics as pretty JSON (values rounded to 6 decimals).
    pub fn write(&self, path: &Path) -> Result<(), BaselineError> {
        let rounded: BTreeMap<&str, f64> = self
            .metrics
            .iter()
            .map(|(k, v)| (k.as_str(), (v * 1e6).round() / 1e6))
            .collect();
        let mut text =
            serde_json::to_string_pretty(&rounded).map_err(|source| BaselineError::Json {
                file: path.display().to_string(),
                source,
            })?;
        text.push('\n');
        std::fs::write(path, text).map_err(|source| BaselineError::Io {
            file: path.display().to_string(),
            source,
        })
    }

    /// Reads a file written by [`Baseline::write`].
    pub fn read(path: &Path) -> Result<Baseline, BaselineError> {
        let file = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|source| BaselineError::Io {
            file: file.clone(),
            source,
        })?;
        serde_json::from_str(&text).map_err(|source| BaselineError::Json { file, source })
    }
}

impl Scores {
    /// The headline metrics (see the module doc for their names).
    pub fn headline(&self) -> BTreeMap<String, f64> {
        let mut m = BTreeMap::new();
        let mut put = |prefix: &str, b: &Breakdown, classes: &[&str]| {
            m.insert(format!("{prefix}.micro.precision"), b.micro.precision);
            m.insert(format!("{prefix}.micro.recall"), b.micro.recall);
            m.insert(format!("{prefix}.micro.f1"), b.micro.f1);
            for c in classes {
                m.insert(format!("{prefix}.{c}.f1"), b.class(c).f1);
            }
        };
        let types = EntityType::ALL.map(|t| t.as_str());
        let preds = Predicate::ALL.map(|p| p.as_str());
        put("mention.strict", &self.mentions.strict, &types);
        put("mention.lenient", &self.mentions.lenient, &types);
        put("doc", &self.doc_level, &types);
        put("relation.mention.strict", &self.relations.strict, &preds);
        put("relation.mention.lenient", &self.relations.lenient, &preds);
        put("relation.doc", &self.relations.doc, &preds);
        let t = &self.targets;
        let attrs: [(&str, &Accuracy); 4] = [
            ("value", &t.value),
            ("unit", &t.unit),
            ("comparator", &t.comparator),
            ("year", &t.year),
        ];
        for (name, a) in attrs {
            if let Some(v) = a.accuracy {
                m.insert(format!("target.{name}.acc"), v);
            }
        }
        m
    }
}

/// A headline metric that fell below its baseline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Regression {
    pub metric: String,
    pub baseline: f64,
    /// `None` when the metric is no longer measured.
    pub current: Option<f64>,
    pub tolerance: f64,
}

impl fmt::Display for Regression {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.current {
            Some(c) => write!(
                f,
                "{} fell from {:.4} to {:.4} ({:+.4}, tolerance {})",
                self.metric,
                self.baseline,
                c,
                c - self.baseline,
                self.tolerance
            ),
            None => write!(
                f,
                "{} is in the baseline ({:.4}) but was not measured",
                self.metric, self.baseline
            ),
        }
    }
}

/// Every baseline metric that `current` misses or that fell more than
/// `tolerance` below its baseline value, in name order. Metrics that are new
/// in `current` or that rose are not reported.
pub fn compare(current: &Baseline, baseline: &Baseline, tolerance: f64) -> Vec<Regression> {
    // Absorbs float noise so that a drop of exactly `tolerance` passes.
    const EPS: f64 = 1e-9;
    baseline
        .metrics
        .iter()
        .filter_map(|(name, &base)| {
            let current = current.metrics.get(name).copied();
            let regressed = match current {
                None => true,
                Some(c) => c.is_nan() || base - c > tolerance + EPS,
            };
            regressed.then(|| Regression {
                metric: name.clone(),
                baseline: base,
                current,
                tolerance,
            })
        })
        .collect()
}
