//! The same excerpt saved as UTF-8, GB18030, UTF-16LE, HTML and DOCX (made by
//! scripts/fixtures/make_fixtures.py) normalises to the same text.
//!
//! Line structure: TXT keeps the file's lines; HTML and DOCX give one line per
//! paragraph (`<p>`, `w:p`). The excerpt has one paragraph per line, so after
//! normalisation (blank lines dropped, lines trimmed) all five are identical,
//! including the sentence and block structure and the masked spans.

use guihua_text::{decode, Format, NormOptions, NormText, Normaliser};

fn fixture(name: &str) -> Vec<u8> {
    let p = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/");
    std::fs::read(format!("{p}{name}")).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn normalise(name: &str) -> (guihua_text::Decoded, NormText) {
    let d = decode(&fixture(name), name).unwrap_or_else(|e| panic!("{name}: {e}"));
    let t = Normaliser::new(NormOptions::default()).normalise(&d.text);
    (d, t)
}

fn reference() -> NormText {
    normalise("excerpt.utf8.txt").1
}

fn same(name: &str, format: Format, encoding: &str) {
    let want = reference();
    let (d, got) = normalise(name);
    assert_eq!(d.format, format, "{name}");
    assert_eq!(d.encoding, encoding, "{name}");
    assert!(got.text == want.text, "{name}: normalised text differs");
    let spans = |t: &NormText| -> Vec<String> {
        t.sentences
            .iter()
            .map(|s| t.text[s.range.clone()].to_string())
            .collect()
    };
    assert_eq!(spans(&got), spans(&want), "{name}: sentences");
    assert_eq!(got.blocks, want.blocks, "{name}: blocks");
    assert_eq!(got.masked, want.masked, "{name}: masks");
    // Offsets address the decoded text: every sentence maps inside it.
    let n = d.text.chars().count();
    for s in &got.sentences {
        let r = got.to_original(s.range.clone());
        assert!(r.start <= r.end && r.end <= n);
    }
}

#[test]
fn reference_is_sane() {
    let t = reference();
    assert!(t.text.contains("中共嘉兴市委 嘉兴市人民政府"));
    assert!(t
        .text
        .contains("推進一體化發展,積體電路產業規模達到3.2%以上。(市經信局牽頭)"));
    assert!(t.text.contains("**.数字经济增加值占比达到**%。"));
    assert_eq!(t.masked.len(), 2);
}

#[test]
fn gb18030_txt() {
    same("excerpt.gb18030.txt", Format::Txt, "gb18030");
}

#[test]
fn utf16le_txt() {
    same("excerpt.utf16le.txt", Format::Txt, "UTF-16LE");
}

#[test]
fn html_page() {
    same("excerpt.html", Format::Html, "gb18030");
    let (d, _) = normalise("excerpt.html");
    for noise in [
        "不是正文",
        "也不是正文",
        "首页",
        "网站标题",
        "请启用脚本",
        "&ldquo;",
        "<p>",
    ] {
        assert!(!d.text.contains(noise), "HTML noise {noise} kept");
    }
}

#[test]
fn docx_file() {
    same("excerpt.docx", Format::Docx, "UTF-8");
}

#[test]
fn docx_size_cap() {
    let bytes = fixture("excerpt.docx");
    let opts = guihua_text::DecodeOptions {
        max_decompressed: 1000,
    };
    let e = guihua_text::decode_with(&bytes, "a.docx", &opts).unwrap_err();
    assert!(
        matches!(e, guihua_text::DecodeError::TooLarge { .. }),
        "{e}"
    );
    assert!(e.to_string().contains("limit"));
}

#[test]
fn broken_docx_is_an_error() {
    let mut bytes = fixture("excerpt.docx");
    bytes.truncate(bytes.len() / 2);
    assert!(decode(&bytes, "a.docx").is_err());
    assert!(decode(b"not a zip", "a.docx").is_err());
}
