//! The text layer on the five bundled documents and their dev gold.

use guihua_text::{decode, BlockKind, NormOptions, NormText, Normaliser, Script};
use std::sync::OnceLock;

const DOCS: [(&str, &str); 5] = [
    (
        "000_d453891f6ebe55a1.txt",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../corpus/yrd/000_d453891f6ebe55a1.txt"
        )),
    ),
    (
        "001_36b79df51d2f93ef.txt",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../corpus/yrd/001_36b79df51d2f93ef.txt"
        )),
    ),
    (
        "002_130654ff0ade0c3c.txt",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../corpus/yrd/002_130654ff0ade0c3c.txt"
        )),
    ),
    (
        "003_5a8fcb8d5e57ee11.txt",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../corpus/yrd/003_5a8fcb8d5e57ee11.txt"
        )),
    ),
    (
        "004_13029d94b24b445e.txt",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../corpus/yrd/004_13029d94b24b445e.txt"
        )),
    ),
];

fn normaliser() -> &'static Normaliser {
    static N: OnceLock<Normaliser> = OnceLock::new();
    N.get_or_init(|| Normaliser::new(NormOptions::default()))
}

fn norm(i: usize) -> NormText {
    let d = decode(DOCS[i].1.as_bytes(), DOCS[i].0).unwrap();
    assert_eq!(d.text, DOCS[i].1);
    normaliser().normalise(&d.text)
}

fn chars(s: &str) -> Vec<char> {
    s.chars().collect()
}

fn orig_slice(orig: &[char], r: std::ops::Range<usize>) -> String {
    orig[r].iter().collect()
}

/// Every occurrence of `norm_term` in the normalised text maps back to
/// `orig_term`, and every `orig_term` of the original is covered.
fn term_maps_back(t: &NormText, orig: &str, orig_term: &str, norm_term: &str) {
    let oc = chars(orig);
    let mut hits = Vec::new();
    for (b, _) in t.text.match_indices(norm_term) {
        let r = t.to_original(b..b + norm_term.len());
        if orig_slice(&oc, r.clone()) == orig_term {
            hits.push(r.start);
        }
    }
    let want: Vec<usize> = orig
        .match_indices(orig_term)
        .map(|(b, _)| orig[..b].chars().count())
        .collect();
    assert!(!want.is_empty(), "{orig_term} not in the original");
    assert_eq!(hits, want, "{orig_term} → {norm_term}");
}

#[test]
fn doc002_taiwan_terms_become_mainland_and_map_back() {
    let t = norm(2);
    let orig = DOCS[2].1;
    assert_eq!(t.script, Script::Hant);
    term_maps_back(&t, orig, "積體電路", "集成电路");
    term_maps_back(&t, orig, "人工智慧", "人工智能");
    term_maps_back(&t, orig, "網際網路", "互联网");
    term_maps_back(&t, orig, "航空航太", "航空航天");
    assert!(t.text.contains("信息技术"));
    for bad in ["積體電路", "人工智慧", "網際網路", "資訊", "航空航太"] {
        assert!(!t.text.contains(bad), "{bad} left in the normalised text");
    }
}

#[test]
fn simplified_documents_are_not_converted() {
    let plain = Normaliser::new(NormOptions {
        to_simplified: false,
        ..NormOptions::default()
    });
    for i in [0, 1, 3, 4] {
        let t = norm(i);
        assert_eq!(t.script, Script::Hans, "{}", DOCS[i].0);
        assert_eq!(t.text, plain.normalise(DOCS[i].1).text, "{}", DOCS[i].0);
    }
    for w in ["嘉兴", "湖州", "发展", "什么", "著名"] {
        assert_eq!(normaliser().normalise(w).text, w);
    }
}

#[test]
fn converter_matches_ferrous_opencc_tw2sp() {
    let f =
        ferrous_opencc::OpenCC::from_config(ferrous_opencc::config::BuiltinConfig::Tw2sp).unwrap();
    // Without guihua's overrides the converter is exactly OpenCC tw2sp.
    let exact = Normaliser::new(NormOptions {
        taiwan_overrides: false,
        ..NormOptions::default()
    });
    for (name, text) in DOCS {
        let ours = exact.to_simplified(text);
        let theirs = f.convert(text);
        assert!(ours == theirs, "{name}: differs from ferrous-opencc");
    }
}

#[test]
fn doc003_broken_sentences_joined_and_markers_dropped() {
    let t = norm(3);
    assert!(!t.text.contains("上接第三版"));
    assert!(!t.text.contains("下转第五版"));
    for joined in [
        "率先开展智能汽车测试",
        "人工智能的专业化和精细化管理水平",
        "崇明岛生态建设",
        "标准体系。全面实施基本公共服务标准化管理",
    ] {
        let p = t
            .text
            .find(joined)
            .unwrap_or_else(|| panic!("{joined} not joined"));
        // The joined text is in one block and the sentence crosses the old break.
        let b = t.block_at(p).unwrap();
        assert!(t.blocks[b].range.end >= p + joined.len());
    }
    // Headings stay their own blocks, with their nesting.
    let find_block = |s: &str| {
        t.blocks
            .iter()
            .position(|b| &t.text[b.range.clone()] == s)
            .unwrap_or_else(|| panic!("no block {s}"))
    };
    let ch = find_block("第四章 加强协同创新体系建设");
    let sec = find_block("第一节 构建区域创新共同体");
    assert_eq!(t.blocks[ch].kind, BlockKind::Heading);
    assert_eq!((t.blocks[ch].level, t.blocks[sec].level), (0, 1));
    assert_eq!(t.blocks[sec].parent, Some(ch));
    let s4 = find_block("第四节 推进跨界区域共建共享");
    assert_eq!(t.blocks[s4].kind, BlockKind::Heading);
    // The last sentence ends the document without its marker.
    assert!(t.text.ends_with("同城化。"));
    // No blank lines in the normalised text.
    assert!(!t.text.contains("\n\n"));
}

fn boiler_lines(t: &NormText) -> Vec<&str> {
    t.blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Boilerplate)
        .map(|b| &t.text[b.range.clone()])
        .collect()
}

#[test]
fn footers_are_boilerplate() {
    let t = norm(2);
    let bp = boiler_lines(&t);
    for want in [
        "版权所有",
        "ICP",
        "公网安备",
        "联系我们",
        "电子邮箱",
        "联系电话",
        "责任编辑",
        "All rights reserved",
    ] {
        assert!(
            bp.iter().any(|l| l.contains(want)),
            "002: no boilerplate line with {want}: {bp:?}"
        );
    }
    assert!(bp.iter().any(|l| l.starts_with("来源:")));
    let t = norm(4);
    let bp = boiler_lines(&t);
    for want in ["微信客服", "公众号", "小程序"] {
        assert!(bp.contains(&want), "004: {want} not boilerplate: {bp:?}");
    }
    // Running text never is.
    for i in 0..5 {
        let t = norm(i);
        for b in &t.blocks {
            if b.kind == BlockKind::Boilerplate {
                assert!(b.range.len() < 500, "{}", &t.text[b.range.clone()]);
            }
        }
    }
}

#[test]
fn doc004_items_nest_and_keep_their_lead_marker() {
    let t = norm(4);
    let item = t
        .blocks
        .iter()
        .position(|b| t.text[b.range.clone()].starts_with("**.建设高质量外资集聚先行区"))
        .unwrap();
    let b = &t.blocks[item];
    assert_eq!((b.kind, b.level), (BlockKind::Item, 4));
    let parent = b.parent.unwrap();
    assert_eq!(
        &t.text[t.blocks[parent].range.clone()],
        "(三)协同推动更高水平开放"
    );
    let lead = t
        .sentences
        .iter()
        .find(|s| s.block == item && &t.text[s.range.clone()] == "(市商务局牵头)");
    assert!(lead.is_some(), "lead marker is not a sentence of its item");
    // Masked runs are reported: **.  ****年  **%
    let masked: Vec<&str> = t.masked.iter().map(|r| &t.text[r.clone()]).collect();
    assert!(masked.len() > 50);
    assert!(masked.iter().all(|m| m.chars().all(|c| c == '*')));
    let p = t.text.find("**.建设高质量").unwrap();
    assert!(t.is_masked(p));
}

#[test]
fn sentences_are_sorted_disjoint_and_inside_blocks() {
    for i in 0..5 {
        let t = norm(i);
        let mut prev = 0;
        for s in &t.sentences {
            assert!(s.range.start >= prev && s.range.start < s.range.end);
            prev = s.range.end;
            let b = &t.blocks[s.block];
            assert!(b.range.start <= s.range.start && s.range.end <= b.range.end);
            assert!(t.text.is_char_boundary(s.range.start) && t.text.is_char_boundary(s.range.end));
        }
        for w in t.blocks.windows(2) {
            assert!(w[0].range.end < w[1].range.start);
        }
        for (k, b) in t.blocks.iter().enumerate() {
            if let Some(p) = b.parent {
                assert!(p < k);
                assert!(matches!(
                    t.blocks[p].kind,
                    BlockKind::Heading | BlockKind::Item
                ));
            }
        }
    }
}

// ---- gold ----------------------------------------------------------------

struct GoldEntity {
    start: usize,
    end: usize,
    text: String,
}

/// A tiny reader for the flat JSON fields we need (`kind`, `start`, `end`,
/// `text`) of the gold JSON Lines.
fn gold(doc: &str) -> Vec<GoldEntity> {
    let path = format!(
        "{}/../../tests/gold/dev/{doc}.jsonl",
        env!("CARGO_MANIFEST_DIR")
    );
    let src = std::fs::read_to_string(path).unwrap();
    let mut out = Vec::new();
    for line in src.lines() {
        if str_field(line, "kind").as_deref() != Some("entity") {
            continue;
        }
        out.push(GoldEntity {
            start: num_field(line, "start").unwrap(),
            end: num_field(line, "end").unwrap(),
            text: str_field(line, "text").unwrap(),
        });
    }
    out
}

fn field_start<'a>(line: &'a str, key: &str) -> Option<&'a str> {
    let k = format!("\"{key}\"");
    let p = line.find(&k)? + k.len();
    let rest = line[p..].trim_start();
    Some(rest.strip_prefix(':')?.trim_start())
}

fn num_field(line: &str, key: &str) -> Option<usize> {
    let r = field_start(line, key)?;
    let n: String = r.chars().take_while(|c| c.is_ascii_digit()).collect();
    n.parse().ok()
}

fn str_field(line: &str, key: &str) -> Option<String> {
    let r = field_start(line, key)?.strip_prefix('"')?;
    let mut out = String::new();
    let mut it = r.chars();
    while let Some(c) = it.next() {
        match c {
            '"' => return Some(out),
            '\\' => match it.next()? {
                'n' => out.push('\n'),
                't' => out.push('\t'),
                'u' => {
                    let h: String = it.by_ref().take(4).collect();
                    out.push(char::from_u32(u32::from_str_radix(&h, 16).ok()?)?);
                }
                o => out.push(o),
            },
            c => out.push(c),
        }
    }
    None
}

#[test]
fn gold_entities_survive_normalisation() {
    let mut checked = 0;
    for (i, (name, text)) in DOCS.iter().enumerate() {
        let oc = chars(text);
        let t = norm(i);
        let ents = gold(name);
        assert!(ents.len() > 100, "{name}");
        // Every original code point position that starts/ends a surviving char.
        let mut starts = std::collections::HashSet::new();
        let mut ends = std::collections::HashSet::new();
        for k in 0..t.map.len() {
            let (_, r) = t.map.char_entry(k);
            starts.insert(r.start);
            ends.insert(r.end);
        }
        for e in &ents {
            assert_eq!(
                orig_slice(&oc, e.start..e.end),
                e.text,
                "{name}: gold slice"
            );
            // No gold entity sits in boilerplate.
            let k = (0..t.map.len())
                .find(|&k| t.map.char_entry(k).1.start >= e.start)
                .unwrap();
            let b = t.map.char_entry(k).0;
            assert!(
                !t.is_boilerplate(b),
                "{name}: gold {} in boilerplate",
                e.text
            );
            // Both ends are reachable from the normalised text.
            assert!(
                starts.contains(&e.start) && ends.contains(&e.end),
                "{name}: {} boundary lost",
                e.text
            );
            if i != 2 {
                assert!(
                    t.text.contains(&e.text),
                    "{name}: {} not in normalised text",
                    e.text
                );
            }
            checked += 1;
        }
    }
    assert!(checked > 2000);
}
