//! Cleaning and script conversion of arbitrary text never panics, and every
//! offset maps back inside the original.
#![no_main]

use guihua_text::{NormOptions, Normaliser};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fuzz_target!(|data: &[u8]| {
    static NORM: OnceLock<Normaliser> = OnceLock::new();
    let norm = NORM.get_or_init(|| Normaliser::new(NormOptions::default()));
    let original = String::from_utf8_lossy(data);
    let n = original.chars().count();
    let t = norm.normalise(&original);
    for s in &t.sentences {
        let r = t.to_original(s.range.clone());
        assert!(r.start <= r.end && r.end <= n, "{r:?} outside 0..{n}");
    }
    let r = t.to_original(0..t.text.len());
    assert!(r.end <= n);
});
