//! The whole engine (decode, normalise, tag, link) on arbitrary bytes: a
//! document row with a status, mentions inside the text, relations naming
//! existing mentions. (`process_bytes` catches panics into the status, so
//! the target checks that no status is an internal error.)
#![no_main]

use guihua::Engine;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fuzz_target!(|data: &[u8]| {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    let engine = ENGINE.get_or_init(|| {
        let p = concat!(env!("CARGO_MANIFEST_DIR"), "/../pipelines/yrd.toml");
        Engine::load(p.as_ref()).expect("pipeline loads")
    });
    let Some((&kind, bytes)) = data.split_first() else {
        return;
    };
    let name = if kind % 2 == 0 { "doc.txt" } else { "doc.html" };
    let p = engine.process_bytes("fuzz", name, bytes);
    let r = &p.result;
    assert!(
        !r.doc.status.starts_with("error: internal error"),
        "{}",
        r.doc.status
    );
    let n = p.text.as_deref().map_or(0, |t| t.chars().count());
    let ids: std::collections::HashSet<u32> = r.mentions.iter().map(|m| m.id).collect();
    for m in &r.mentions {
        assert!(m.start <= m.end && m.end <= n, "mention {}..{} outside 0..{n}", m.start, m.end);
    }
    for rel in &r.relations {
        for end in [&rel.head, &rel.tail] {
            if let Some(id) = end.mention {
                assert!(ids.contains(&id), "relation names missing mention {id}");
            }
        }
        assert!(rel.evidence_start <= rel.evidence_end && rel.evidence_end <= n);
    }
});
