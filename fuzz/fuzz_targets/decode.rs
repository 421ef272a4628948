//! Decoding arbitrary bytes as TXT, HTML or DOCX never panics, and what it
//! returns is text with no NUL.
#![no_main]

use guihua_text::{decode_with, DecodeOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&kind, bytes)) = data.split_first() else {
        return;
    };
    let name = match kind % 4 {
        0 => "doc.txt",
        1 => "doc.html",
        2 => "doc.docx",
        _ => "doc",
    };
    let opts = DecodeOptions {
        max_decompressed: 1 << 20,
    };
    if let Ok(d) = decode_with(bytes, name, &opts) {
        assert!(!d.text.contains('\0') || d.format.as_str() != "txt");
    }
});
