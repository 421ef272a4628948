//! Accuracy regression: the default pipeline on the bundled corpus, scored
//! against the dev gold, must not fall more than 0.005 below
//! tests/gold/baseline.json on any headline metric.
//!
//! Raising the baseline is a deliberate, committed act:
//! `guihua eval --run --write-baseline tests/gold/baseline.json`.

use guihua::{bundled, discover, run, Engine, RunOptions};
use guihua_eval::{compare, Baseline, DEFAULT_TOLERANCE};
use std::path::Path;

/// Runs `pipeline` on the bundled corpus and returns its headline metrics.
fn score_pipeline(pipeline: &Path) -> Baseline {
    let engine = Engine::load(pipeline).expect("pipeline loads");
    let (docs, skipped) = discover(&[bundled("corpus/yrd")]).unwrap();
    let out = tempfile::tempdir().unwrap();
    let opts = RunOptions {
        out: out.path().join("out"),
        threads: Some(2),
    };
    let summary = run(&engine, &docs, skipped, &opts).unwrap();
    assert!(summary.failed.is_empty(), "{:?}", summary.failed);
    let pred = guihua_store::read_tables(&opts.out).unwrap();
    let gold = guihua_eval::read_gold_dir(&bundled("tests/gold/dev")).unwrap();
    Baseline::from_scores(&guihua_eval::score(&gold, &pred))
}

#[test]
fn dev_accuracy_does_not_regress() {
    let current = score_pipeline(&bundled("pipelines/yrd.toml"));
    let baseline = Baseline::read(&bundled("tests/gold/baseline.json")).unwrap();
    let regressions = compare(&current, &baseline, DEFAULT_TOLERANCE);
    assert!(
        regressions.is_empty(),
        "accuracy fell below tests/gold/baseline.json:\n{}",
        regressions
            .iter()
            .map(|r| r.to_string())
            .collect::<Vec<_>>()
            .join("\n")
    );
}

/// The regression check is not vacuous: removing one dictionary entry that
/// the dev gold needs (嘉兴市 and its short form 嘉兴) makes it fail.
#[test]
fn removing_a_needed_dictionary_entry_is_caught() {
    let tmp = tempfile::tempdir().unwrap();
    let dicts = tmp.path().join("dictionaries");
    std::fs::create_dir_all(&dicts).unwrap();
    let src = bundled("dictionaries");
    let mut removed = 0;
    for e in std::fs::read_dir(&src).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "tsv") {
            let text = std::fs::read_to_string(&p).unwrap();
            let kept: Vec<&str> = text
                .lines()
                .filter(|l| {
                    let drop = l.starts_with("place:330400\t");
                    removed += usize::from(drop);
                    !drop
                })
                .collect();
            std::fs::write(dicts.join(p.file_name().unwrap()), kept.join("\n") + "\n").unwrap();
        }
    }
    assert_eq!(removed, 1, "the 嘉兴市 entry exists once");
    let lists = std::fs::canonicalize(bundled("dictionaries/lists")).unwrap();
    let pipeline = tmp.path().join("pipeline.toml");
    let text = std::fs::read_to_string(bundled("pipelines/yrd.toml"))
        .unwrap()
        .replace(
            "dictionaries = \"../dictionaries\"",
            "dictionaries = \"dictionaries\"",
        )
        .replace(
            "lists = \"../dictionaries/lists\"",
            &format!("lists = {:?}", lists.display().to_string()),
        );
    std::fs::write(&pipeline, text).unwrap();
    let current = score_pipeline(&pipeline);
    let baseline = Baseline::read(&bundled("tests/gold/baseline.json")).unwrap();
    let regressions = compare(&current, &baseline, DEFAULT_TOLERANCE);
    let names: Vec<String> = regressions.iter().map(|r| r.to_string()).collect();
    assert!(
        names.iter().any(|r| r.contains("mention.strict.PLACE.f1")),
        "expected a PLACE regression, got {names:?}"
    );
}
