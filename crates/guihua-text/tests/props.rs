//! Property tests: random mixed-script text with markup and noise.

use guihua_text::{decode, NormOptions, Normaliser, Script};
use proptest::prelude::*;
use std::sync::OnceLock;

fn normaliser() -> &'static Normaliser {
    static N: OnceLock<Normaliser> = OnceLock::new();
    N.get_or_init(|| Normaliser::new(NormOptions::default()))
}

const PIECES: &[&str] = &[
    "嘉兴",
    "湖州",
    "发展",
    "推进",
    "长三角",
    "一体化",
    "。",
    "，",
    ",",
    "、",
    "；",
    "！",
    "？",
    "積體電路",
    "人工智慧",
    "網際網路",
    "資訊",
    "航空航太",
    "發展",
    "規劃",
    "臺灣",
    "核心",
    "建立",
    "一(yī)體(tǐ)化",
    "(de)",
    "(PM2.5)",
    "**",
    "*",
    "＊＊",
    "××",
    "3×4",
    "**%",
    "３．２％",
    "（一）",
    "(二)",
    "一、",
    "1.",
    "**.",
    "第四章 ",
    "第四节 ",
    "（上接第三版）",
    "(下转第五版)",
    "\n",
    "\n\n",
    "\r\n",
    " ",
    "　",
    "\u{a0}",
    "\t",
    "ＡＢＣ",
    "abc",
    "2025年",
    "“",
    "”",
    "《",
    "》",
    "(市经信局牵头)",
    "版权所有",
    "ICP备",
    "微信客服",
    "来源:",
    "\u{feff}",
    "\u{200b}",
    "😀",
    "𠀀",
];

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..60).prop_map(|v| v.concat())
}

/// The normalisation of one original character on its own.
fn clean_char(s: &str) -> String {
    normaliser().normalise(s).text
}

fn check(original: &str) -> Result<(), TestCaseError> {
    let n = normaliser();
    let t = n.normalise(original);
    let oc: Vec<char> = original.chars().collect();
    prop_assert_eq!(t.map.orig_chars(), oc.len());
    prop_assert_eq!(t.map.text_len(), t.text.len());
    prop_assert_eq!(t.map.len(), t.text.chars().count());
    // Every normalised char maps to an in-bounds, non-empty original range,
    // in order, and its original text normalises to it (as far as phrase
    // conversion allows).
    let mut prev = 0;
    let chars: Vec<(usize, char)> = t.text.char_indices().collect();
    for (k, &(b, c)) in chars.iter().enumerate() {
        let (byte, r) = t.map.char_entry(k);
        prop_assert_eq!(byte, b);
        prop_assert!(
            r.start < r.end && r.end <= oc.len(),
            "{:?} out of bounds",
            r
        );
        prop_assert!(r.start >= prev || r.start == t.map.char_entry(k.saturating_sub(1)).1.start);
        prev = r.start;
        let o: String = oc[r.clone()].iter().collect();
        let ok = match c {
            ' ' => o.chars().all(|x| x.is_whitespace() || x == '\u{feff}'),
            '\n' => o == "\n",
            _ if r.len() == 1 => {
                let cl = clean_char(&o);
                // Inside a same-length phrase conversion (資訊 → 信息) a char
                // is only explained by its neighbourhood.
                let window: String = oc[r.start.saturating_sub(8)..(r.end + 8).min(oc.len())]
                    .iter()
                    .collect();
                // A simplified document keeps stray traditional chars as
                // written; only a converted one must have simplified them.
                let kept_as_written =
                    t.script == Script::Hans && o == c.to_string() && n.is_traditional_only(c);
                cl == c.to_string()
                    || kept_as_written
                    || n.to_simplified(&cl) == c.to_string()
                    || n.to_simplified(&window).contains(c)
            }
            // A phrase conversion: the run of chars sharing the range.
            _ => {
                let run: String = chars
                    .iter()
                    .enumerate()
                    .filter(|(j, _)| t.map.char_entry(*j).1 == r)
                    .map(|(_, x)| x.1)
                    .collect();
                n.to_simplified(&o) == run
            }
        };
        prop_assert!(ok, "char {:?} at {} from {:?}", c, b, o);
    }
    // Random byte ranges (snapped to char boundaries) map in bounds.
    for a in 0..=t.text.len() {
        if !t.text.is_char_boundary(a) {
            continue;
        }
        for e in [a, (a + 3).min(t.text.len()), t.text.len()] {
            if t.text.is_char_boundary(e) {
                let r = t.to_original(a..e);
                prop_assert!(r.start <= r.end && r.end <= oc.len());
            }
        }
    }
    // Structure invariants.
    let mut end = 0;
    for s in &t.sentences {
        prop_assert!(s.range.start >= end && s.range.start < s.range.end);
        prop_assert!(
            t.text.is_char_boundary(s.range.start) && t.text.is_char_boundary(s.range.end)
        );
        end = s.range.end;
        let bl = &t.blocks[s.block];
        prop_assert!(bl.range.start <= s.range.start && s.range.end <= bl.range.end);
    }
    for (i, bl) in t.blocks.iter().enumerate() {
        prop_assert!(bl.parent.is_none_or(|p| p < i));
        prop_assert!(!t.text[bl.range.clone()].contains('\n'));
    }
    for m in &t.masked {
        prop_assert!(t.text[m.clone()].chars().all(|c| c == '*' || c == '×'));
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn offsets_are_exact(s in text()) {
        check(&s)?;
    }

    #[test]
    fn normalising_the_output_again_loses_nothing(s in text()) {
        let n = normaliser();
        let once = n.normalise(&s).text;
        let twice = n.normalise(&once).text;
        // Joining may join lines again and phrase conversion is not
        // idempotent, but nothing is lost and no traditional-only char is
        // left once the text is converted.
        prop_assert!(twice.len() <= once.len() + 8);
    }

    #[test]
    fn html_markup_and_noise(s in text(), noise in prop::sample::select(&[
        "<script>var a='<p>x</p>'; if (a < b) {}</script>",
        "<style>p{color:red}</style>",
        "<nav>首页 政策</nav>",
        "<!-- 注释 -->",
        "&amp;&lt;&#20013;&#x4E2D;&nbsp;&unknown;",
        "<br>",
        "</p><p>",
    ][..])) {
        let page = format!("<html><head><title>t</title></head><body><p>{s}{noise}{s}</p></body></html>");
        let d = decode(page.as_bytes(), "p.html").unwrap();
        prop_assert!(!d.text.contains("<p>"));
        prop_assert!(!d.text.contains("var a"));
        check(&d.text)?;
    }

    #[test]
    fn decode_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..200), ext in prop::sample::select(&["txt", "html", "docx", "htm", ""][..])) {
        let _ = decode(&bytes, &format!("f.{ext}"));
    }

    #[test]
    fn utf8_round_trips(s in text()) {
        let want = s.strip_prefix('\u{feff}').unwrap_or(&s);
        // A file holding only a BOM is empty, an error of its own.
        prop_assume!(!want.is_empty() && !s.contains('\0'));
        let d = decode(s.as_bytes(), "f.txt").unwrap();
        prop_assert_eq!(d.text, want);
    }

    #[test]
    fn gb18030_and_utf16_round_trip(s in text()) {
        prop_assume!(!s.is_ascii());
        let s = s.trim_start_matches('\u{feff}').to_string();
        prop_assume!(!s.is_empty());
        let mut le = vec![0xFF, 0xFE];
        for u in s.encode_utf16() {
            le.extend(u.to_le_bytes());
        }
        prop_assert_eq!(decode(&le, "f.txt").unwrap().text, s.clone());
        let (gb, _, unmappable) = encoding_rs::GB18030.encode(&s);
        prop_assume!(!unmappable);
        let d = decode(&gb, "f.txt");
        // Short GB18030 texts can be valid UTF-8 by chance; otherwise exact.
        if let Ok(d) = d {
            if d.encoding == "gb18030" {
                prop_assert_eq!(d.text, s);
            }
        }
    }
}
