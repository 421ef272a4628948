//! Counts and the precision, recall and F1 computed from them.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// True positives, false positives and false negatives, with the precision,
/// recall and F1 they give.
///
/// Conventions for empty denominators: precision with no predictions and
/// recall with no gold are 1.0 when the other side is empty as well (nothing
/// to find, nothing predicted: vacuously perfect) and 0.0 otherwise; F1 is the
/// harmonic mean, 0.0 when precision + recall is 0.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
pub struct Prf {
    pub tp: usize,
    pub fp: usize,
    #[serde(rename = "fn")]
    pub fn_: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl Prf {
    /// Builds the rates from the counts.
    pub fn from_counts(tp: usize, fp: usize, fn_: usize) -> Prf {
        let ratio = |num: usize, den: usize, other_empty: bool| {
            if den == 0 {
                if other_empty {
                    1.0
                } else {
                    0.0
                }
            } else {
                num as f64 / den as f64
            }
        };
        let precision = ratio(tp, tp + fp, fn_ == 0);
        let recall = ratio(tp, tp + fn_, fp == 0);
        let f1 = if precision + recall == 0.0 {
            0.0
        } else {
            2.0 * precision * recall / (precision + recall)
        };
        Prf {
            tp,
            fp,
            fn_,
            precision,
            recall,
            f1,
        }
    }

    /// Number of gold items (`tp + fn`).
    pub fn gold(&self) -> usize {
        self.tp + self.fn_
    }

    /// Number of predicted items (`tp + fp`).
    pub fn pred(&self) -> usize {
        self.tp + self.fp
    }

    /// Adds the counts of `other` and recomputes the rates.
    pub fn add(&mut self, other: &Prf) {
        *self = Prf::from_counts(self.tp + other.tp, self.fp + other.fp, self.fn_ + other.fn_);
    }
}

/// Scores per class (entity type or predicate, by its upper-case name) and
/// their micro average (counts summed over classes, and over documents).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Breakdown {
    pub by_class: BTreeMap<String, Prf>,
    pub micro: Prf,
}

impl Breakdown {
    /// A breakdown with every class present, all counts zero.
    pub(crate) fn with_classes<'a>(names: impl IntoIterator<Item = &'a str>) -> Breakdown {
        let mut b = Breakdown::default();
        for n in names {
            b.by_class.insert(n.to_string(), Prf::default());
        }
        b.finish();
        b
    }

    /// Adds counts to one class (the micro average is updated by `finish`).
    pub(crate) fn add(&mut self, class: &str, tp: usize, fp: usize, fn_: usize) {
        self.by_class
            .entry(class.to_string())
            .or_default()
            .add(&Prf::from_counts(tp, fp, fn_));
    }

    /// Recomputes the micro average from the classes.
    pub(crate) fn finish(&mut self) {
        let mut m = Prf::from_counts(0, 0, 0);
        for p in self.by_class.values_mut() {
            *p = Prf::from_counts(p.tp, p.fp, p.fn_);
            m.add(p);
        }
        self.micro = m;
    }

    /// The scores of one class; all zero counts when it never occurred.
    pub fn class(&self, name: &str) -> Prf {
        self.by_class
            .get(name)
            .copied()
            .unwrap_or_else(|| Prf::from_counts(0, 0, 0))
    }
}

/// A share of correct items.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
pub struct Accuracy {
    pub correct: usize,
    pub total: usize,
    /// `correct / total`; `None` when `total` is 0.
    pub accuracy: Option<f64>,
}

impl Accuracy {
    pub(crate) fn push(&mut self, ok: bool) {
        self.total += 1;
        if ok {
            self.correct += 1;
        }
        self.accuracy = Some(self.correct as f64 / self.total as f64);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rates_and_empty_conventions() {
        let p = Prf::from_counts(2, 1, 1);
        assert_eq!((p.precision, p.recall), (2.0 / 3.0, 2.0 / 3.0));
        assert!((p.f1 - 2.0 / 3.0).abs() < 1e-12);
        assert_eq!(Prf::from_counts(0, 0, 0).f1, 1.0);
        let none_found = Prf::from_counts(0, 0, 3);
        assert_eq!(
            (none_found.precision, none_found.recall, none_found.f1),
            (0.0, 0.0, 0.0)
        );
        let spurious = Prf::from_counts(0, 2, 0);
        assert_eq!(
            (spurious.precision, spurious.recall, spurious.f1),
            (0.0, 0.0, 0.0)
        );
    }
}
