//! The output contract, checked by its real client: pyarrow.
//!
//! Runs the CLI on the bundled corpus and checks every table with
//! tests/check_contract.py and tests/python/check_tables.py. The Python with
//! pyarrow comes from GUIHUA_PYTHON (set by .ci/run, which installs it into a
//! virtual environment); without it the test fails under CI and is skipped
//! with a message elsewhere.

use std::path::PathBuf;
use std::process::Command;

fn python() -> Option<PathBuf> {
    match std::env::var_os("GUIHUA_PYTHON") {
        Some(p) => Some(PathBuf::from(p)),
        None if std::env::var_os("CI").is_some() => {
            panic!("CI must set GUIHUA_PYTHON to a python with pyarrow")
        }
        None => None,
    }
}

#[test]
fn tables_satisfy_the_contract_in_pyarrow() {
    let Some(py) = python() else {
        eprintln!("skipped: set GUIHUA_PYTHON to a python with pyarrow (see .ci/run)");
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let status = Command::new(env!("CARGO_BIN_EXE_guihua"))
        .args(["run", "--quiet", "--out"])
        .arg(&out)
        .status()
        .unwrap();
    assert!(status.success(), "guihua run failed: {status}");
    for script in ["tests/check_contract.py", "tests/python/check_tables.py"] {
        let o = Command::new(&py)
            .arg(guihua::bundled(script))
            .arg(&out)
            .output()
            .unwrap();
        assert!(
            o.status.success(),
            "{script} failed:\n{}{}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        );
    }
}

#[test]
fn run_prints_summary_and_exits_1_when_a_document_fails() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    std::fs::create_dir_all(&input).unwrap();
    std::fs::write(
        input.join("good.txt"),
        "嘉兴市印发行动计划。到2025年,研发经费投入强度达到3.2%以上。",
    )
    .unwrap();
    std::fs::write(input.join("empty.txt"), "").unwrap();
    let out = tmp.path().join("out");
    let o = Command::new(env!("CARGO_BIN_EXE_guihua"))
        .arg("run")
        .arg(&input)
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("2 documents (1 ok, 1 failed"), "{stdout}");
    assert!(stdout.contains("empty.txt"), "{stdout}");
    let docs = guihua_store::read_tables(&out).unwrap();
    assert_eq!(docs.len(), 2);
    assert!(docs
        .iter()
        .any(|d| d.doc.doc_id == "good.txt" && d.mentions.iter().any(|m| m.norm == "嘉兴市")));
}

#[test]
fn usage_errors_exit_2() {
    let o = Command::new(env!("CARGO_BIN_EXE_guihua"))
        .args(["run", "--threads", "x"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    let o = Command::new(env!("CARGO_BIN_EXE_guihua"))
        .args(["run", "/no/such/input"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("/no/such/input"));
}
