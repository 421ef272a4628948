//! The same document saved as UTF-8, GB18030, UTF-16, an HTML page and a
//! DOCX yields the same mentions (type and norm, in order): the text layer
//! hides the container and the encoding from every later stage.
//! Fixtures: scripts/fixtures/make_fixtures.py.

use guihua::{bundled, Engine};

fn mentions(engine: &Engine, name: &str) -> Vec<(String, String)> {
    let path = bundled("tests/fixtures").join(name);
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let p = engine.process_bytes(name, name, &bytes);
    assert_eq!(p.result.doc.status, "ok", "{name}");
    p.result
        .mentions
        .iter()
        .map(|m| (m.etype.to_string(), m.norm.clone()))
        .collect()
}

#[test]
fn every_format_and_encoding_gives_the_same_mentions() {
    let engine = Engine::load(&bundled("pipelines/yrd.toml")).unwrap();
    let dir = bundled("tests/fixtures");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| {
            [".txt", ".html", ".htm", ".docx"]
                .iter()
                .any(|x| n.ends_with(x))
        })
        .collect();
    names.sort();
    let reference = names
        .iter()
        .find(|n| n.contains("utf8"))
        .cloned()
        .unwrap_or_else(|| panic!("no UTF-8 fixture among {names:?}"));
    let want = mentions(&engine, &reference);
    assert!(want.len() > 10, "the fixture has mentions to compare");
    for n in &names {
        assert_eq!(mentions(&engine, n), want, "{n} differs from {reference}");
    }
}
