//! Coverage facts of the committed `dictionaries/`.

use guihua_dict::{check_dir, Dictionary, Matcher, Stats};
use guihua_model::EntityType;
use std::path::PathBuf;
use std::sync::OnceLock;

fn dir() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../dictionaries"))
}

fn loaded() -> &'static (Dictionary, Matcher) {
    static D: OnceLock<(Dictionary, Matcher)> = OnceLock::new();
    D.get_or_init(|| {
        let d = Dictionary::load_dir(&dir()).expect("committed dictionaries load");
        let m = Matcher::build(&d);
        (d, m)
    })
}

fn ids(form: &str) -> Vec<&'static str> {
    let (d, m) = loaded();
    m.lookup(form)
        .iter()
        .map(|&i| d.entry(i).id.as_str())
        .collect()
}

#[test]
fn check_passes_without_errors() {
    let problems = check_dir(&dir());
    let errors: Vec<String> = problems
        .iter()
        .filter(|p| p.is_error())
        .map(|p| p.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn places_cover_every_level() {
    let (d, _) = loaded();
    let places = d
        .entries()
        .iter()
        .filter(|e| e.etype == EntityType::Place)
        .count();
    assert!(places > 40_000, "{places} places");
    assert_eq!(ids("嘉兴"), ["place:330400"]);
    assert_eq!(ids("嘉兴市"), ["place:330400"]);
    assert!(ids("嘉善").contains(&"place:330421"));
    assert!(ids("金山").contains(&"place:310116"));
    assert_eq!(ids("浙江"), ["place:330000"]);
    assert_eq!(ids("内蒙古"), ["place:150000"]);
    let fengjing = ids("枫泾");
    assert!(
        fengjing.iter().any(|id| {
            let e = d.entry(d.get(id).unwrap());
            e.subtype == "town" && e.name == "枫泾镇" && e.parent.as_deref() == Some("place:310116")
        }),
        "{fengjing:?}"
    );
    // short forms that are common words are not generated
    assert!(ids("城关").is_empty());
    assert!(ids("发展").is_empty());
    // named regions and abbreviations
    assert_eq!(ids("长三角区域"), ["place:region:长江三角洲"]);
    let hu = d.entry(d.get(ids("沪")[0]).unwrap());
    assert_eq!(
        (hu.name.as_str(), hu.attr("of")),
        ("上海市", Some("place:310000"))
    );
    let su = d.entry(d.get(ids("苏")[0]).unwrap());
    assert_eq!(su.attr_list("alt"), ["place:320500"]);
    assert!(ids("上海市")
        .iter()
        .all(|id| !id.starts_with("place:abbr:")));
    assert!(!ids("意大利").is_empty());
    assert!(!ids("太湖").is_empty());
}

#[test]
fn agencies_industries_projects() {
    let (d, _) = loaded();
    let jxj = ids("经信局");
    assert!(
        jxj.iter()
            .any(|id| d.entry(d.get(id).unwrap()).subtype == "dept"),
        "{jxj:?}"
    );
    assert_eq!(ids("发改委").len(), 1);
    assert!(!ids("国务院").is_empty());
    assert_eq!(ids("集成电路"), ["industry:集成电路"]);
    assert_eq!(ids("積體電路"), ["industry:集成电路"]);
    assert_eq!(ids("积体电路"), ["industry:集成电路"]);
    assert_eq!(ids("人工智慧"), ["industry:人工智能"]);
    let ic = d.entry(d.get("industry:集成电路").unwrap());
    assert!(ic.parent.is_some());
    let line = d.entry(d.get(ids("沪苏湖高铁")[0]).unwrap());
    assert_eq!(line.attr("kind"), Some("line"));
    assert_eq!(
        line.attr_list("connects"),
        ["place:310000", "place:320500", "place:330500"]
    );
}

#[test]
fn stats_show_every_type() {
    let (d, m) = loaded();
    let s = Stats::new(d, m);
    for t in [
        EntityType::Place,
        EntityType::Project,
        EntityType::Agency,
        EntityType::Industry,
    ] {
        assert!(
            s.entries_by_type.iter().any(|&(x, n)| x == t && n > 100),
            "{s}"
        );
    }
    assert!(s.automaton_bytes < 200 << 20, "{s}");
}

#[test]
fn abbreviations_of_is_the_scan_it_replaces() {
    let (d, _) = loaded();
    // One pass over the entries, in order, grouped by the `of` they name.
    let mut scan: std::collections::HashMap<&str, Vec<&str>> = Default::default();
    for a in d.entries() {
        if let (true, Some(of)) = (a.subtype == "abbr", a.attr("of")) {
            scan.entry(of).or_default().push(a.id.as_str());
        }
    }
    assert!(!scan.is_empty(), "the dictionaries hold abbreviations");
    for e in d.entries() {
        let indexed: Vec<&str> = d
            .abbreviations_of(&e.id)
            .iter()
            .map(|&a| d.entry(a).id.as_str())
            .collect();
        assert_eq!(
            indexed,
            scan.remove(e.id.as_str()).unwrap_or_default(),
            "{}",
            e.id
        );
    }
    // An `of` naming no entry is still indexed.
    for (of, ids) in scan {
        let indexed: Vec<&str> = d
            .abbreviations_of(of)
            .iter()
            .map(|&a| d.entry(a).id.as_str())
            .collect();
        assert_eq!(indexed, ids);
    }
}

#[test]
fn names_starting_with_is_the_scan_it_replaces() {
    let (d, _) = loaded();
    let mut scan: std::collections::HashMap<char, Vec<u32>> = Default::default();
    for (i, e) in d.entries().iter().enumerate() {
        if let Some(c) = e.name.chars().next() {
            scan.entry(c).or_default().push(i as u32);
        }
    }
    for (c, ids) in &scan {
        assert_eq!(d.names_starting_with(*c), ids.as_slice(), "{c}");
    }
    assert!(d.names_starting_with('苏').len() > 1);
    assert!(d.names_starting_with('\u{0}').is_empty());
}
