//! Discovery on the bundled corpus: removed dictionary entries come back,
//! the TSV round-trips, stop-listed and known names never appear.

use guihua_discover::{discover, read_tsv, write_tsv, CandidateEntry, DiscoverOptions};
use guihua_model::EntityType;
use guihua_tag::Resources;
use guihua_text::{NormOptions, Normaliser};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The bundled corpus, decoded as the pipeline decodes it.
fn corpus() -> Vec<(String, String)> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("corpus/yrd"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    files
        .iter()
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            let bytes = std::fs::read(p).unwrap();
            let text = guihua_text::decode(&bytes, &name).unwrap().text;
            (name, text)
        })
        .collect()
}

fn run(dict_dir: &Path) -> (Resources, Vec<CandidateEntry>) {
    let res = Resources::load(dict_dir, &root().join("dictionaries/lists")).unwrap();
    let norm = Normaliser::new(NormOptions::default());
    let found = discover(&corpus(), (&norm, &res), &DiscoverOptions::default());
    (res, found)
}

/// Discovery with the full dictionaries, shared by the noise tests.
fn full() -> &'static (Resources, Vec<CandidateEntry>) {
    static FULL: OnceLock<(Resources, Vec<CandidateEntry>)> = OnceLock::new();
    FULL.get_or_init(|| run(&root().join("dictionaries")))
}

/// Gold norms per type with their mention counts.
fn gold_norms() -> HashMap<String, BTreeMap<String, usize>> {
    let mut out: HashMap<String, BTreeMap<String, usize>> = HashMap::new();
    for e in std::fs::read_dir(root().join("tests/gold/dev")).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_none_or(|x| x != "jsonl") {
            continue;
        }
        for line in std::fs::read_to_string(&p).unwrap().lines() {
            let v: serde_json::Value = match serde_json::from_str(line) {
                Ok(v) => v,
                Err(_) => continue,
            };
            if v["kind"] != "entity" {
                continue;
            }
            let (Some(t), Some(n)) = (v["type"].as_str(), v["norm"].as_str()) else {
                continue;
            };
            *out.entry(t.to_string())
                .or_default()
                .entry(n.to_string())
                .or_default() += 1;
        }
    }
    out
}

/// A dictionary line: (id, type, name, aliases).
fn fields(line: &str) -> Option<(String, String, String, Vec<String>)> {
    let c: Vec<&str> = line.split('\t').collect();
    if c.len() != 8 || line.starts_with('#') || c[0] == "id" {
        return None;
    }
    let aliases = c[4]
        .split('|')
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect();
    Some((c[0].into(), c[1].into(), c[3].into(), aliases))
}

/// Every id another entry refers to (parents and id-valued attributes).
fn referenced_ids(dir: &Path) -> HashSet<String> {
    let mut out = HashSet::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_none_or(|x| x != "tsv") {
            continue;
        }
        for line in std::fs::read_to_string(&p).unwrap().lines() {
            let c: Vec<&str> = line.split('\t').collect();
            if c.len() != 8 || line.starts_with('#') {
                continue;
            }
            if !c[5].is_empty() {
                out.insert(c[5].to_string());
            }
            for kv in c[7].split(';') {
                if let Some((_, v)) = kv.split_once('=') {
                    out.extend(v.split(',').map(str::to_string));
                }
            }
        }
    }
    out
}

/// The sample: the `n` entries of `file` that the dev gold names most often
/// (by mention count, then name), among those no other entry refers to (so
/// removing them leaves a consistent dictionary).
fn sample(
    dir: &Path,
    file: &str,
    etype: &str,
    n: usize,
    gold: &HashMap<String, BTreeMap<String, usize>>,
    referenced: &HashSet<String>,
) -> Vec<(String, String, Vec<String>)> {
    let norms = &gold[etype];
    let mut rows: Vec<(usize, String, String, Vec<String>)> =
        std::fs::read_to_string(dir.join(file))
            .unwrap()
            .lines()
            .filter_map(fields)
            .filter(|(id, t, _, _)| t == etype && !referenced.contains(id))
            .filter_map(|(id, _, name, aliases)| norms.get(&name).map(|&k| (k, id, name, aliases)))
            .collect();
    rows.sort_by(|a, b| b.0.cmp(&a.0).then(a.2.cmp(&b.2)));
    rows.into_iter()
        .take(n)
        .map(|(_, id, name, aliases)| (id, name, aliases))
        .collect()
}

#[test]
fn removed_gold_entries_come_back_among_the_top_candidates() {
    let src = root().join("dictionaries");
    let gold = gold_norms();
    let referenced = referenced_ids(&src);
    let mut removed = sample(&src, "industries.tsv", "INDUSTRY", 10, &gold, &referenced);
    let industries = removed.len();
    removed.extend(sample(
        &src,
        "projects.tsv",
        "PROJECT",
        5,
        &gold,
        &referenced,
    ));
    assert_eq!((industries, removed.len()), (10, 15), "sample too small");
    let ids: HashSet<&str> = removed.iter().map(|(id, _, _)| id.as_str()).collect();

    let tmp = tempfile::tempdir().unwrap();
    for e in std::fs::read_dir(&src).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_none_or(|x| x != "tsv") {
            continue;
        }
        let text = std::fs::read_to_string(&p).unwrap();
        let mut kept: Vec<&str> = Vec::new();
        for line in text.lines() {
            let id = line.split('\t').next().unwrap_or("");
            if !ids.contains(id) {
                kept.push(line);
            }
        }
        std::fs::write(
            tmp.path().join(p.file_name().unwrap()),
            kept.join("\n") + "\n",
        )
        .unwrap();
    }

    let (res, found) = run(tmp.path());
    for (id, _, _) in &removed {
        assert!(res.dict.get(id).is_none(), "{id} still in the reduced copy");
    }
    let top_of = |t: EntityType| -> Vec<&CandidateEntry> {
        found.iter().filter(|c| c.etype == t).take(200).collect()
    };
    let (top_ind, top_proj) = (top_of(EntityType::Industry), top_of(EntityType::Project));
    let mut back = 0;
    for (id, name, aliases) in &removed {
        let top = if id.starts_with("industry:") {
            &top_ind
        } else {
            &top_proj
        };
        let hit = top.iter().position(|c| {
            &c.name == name || aliases.contains(&c.name) || c.aliases.iter().any(|a| a == name)
        });
        match hit {
            Some(rank) => {
                back += 1;
                let c = top[rank];
                eprintln!(
                    "back    {id}: rank {} of its type as {} (count {}, docs {}, parent {:?}, {})",
                    rank + 1,
                    c.name,
                    c.count,
                    c.n_docs,
                    c.parent,
                    c.source
                );
            }
            None => eprintln!("missing {id}"),
        }
    }
    let share = back as f64 / removed.len() as f64;
    eprintln!(
        "discovery recovered {back}/{} removed gold entries ({:.0} %) among the top 200 of their type",
        removed.len(),
        share * 100.0
    );
    assert!(share >= 0.6, "only {back}/{} came back", removed.len());
}

#[test]
fn tsv_round_trips() {
    let entries = vec![
        CandidateEntry {
            proposed_id: "project:湾北新区".into(),
            etype: EntityType::Project,
            subtype: "zone".into(),
            name: "湾北新区".into(),
            aliases: vec!["嘉兴湾北新区".into()],
            parent: None,
            code: None,
            attrs: vec![("kind".into(), "zone".into())],
            status: "candidate".into(),
            score: 12.25,
            count: 4,
            n_docs: 1,
            contexts: vec![
                "…谋划建设【湾北新区】…".into(),
                "…【湾北新区】\t发展…".into(),
            ],
            source: "project+suffix".into(),
        },
        CandidateEntry {
            proposed_id: "industry:低空经济".into(),
            etype: EntityType::Industry,
            subtype: "field".into(),
            name: "低空经济".into(),
            aliases: vec![],
            parent: Some("industry:现代服务业".into()),
            code: None,
            attrs: vec![],
            status: "candidate".into(),
            score: 3.0,
            count: 2,
            n_docs: 2,
            contexts: vec![],
            source: "industry".into(),
        },
    ];
    let mut buf = Vec::new();
    write_tsv(&entries, &mut buf).unwrap();
    let text = String::from_utf8(buf).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3);
    assert!(lines.iter().all(|l| l.split('\t').count() == 15));
    let mut back = read_tsv(&text).unwrap();
    // A tab inside a context is written as a space.
    back[0].contexts[1] = back[0].contexts[1].replace(' ', "\t");
    assert_eq!(back, entries);
    // The first eight columns are a dictionary line.
    let dict_text = lines
        .iter()
        .map(|l| l.split('\t').take(8).collect::<Vec<_>>().join("\t"))
        .collect::<Vec<_>>()
        .join("\n");
    let d = guihua_dict::Dictionary::from_tsv(&dict_text, "accepted.tsv").unwrap();
    assert_eq!(d.len(), 2);
    assert!(d.get("project:湾北新区").is_some());
}

#[test]
fn stop_listed_generic_phrases_never_appear() {
    let (res, found) = full();
    assert!(!found.is_empty());
    let stop: HashSet<&str> = guihua_discover::STOP_PHRASES
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .chain(res.lists.project_generic.iter().map(String::as_str))
        .collect();
    for c in found {
        assert!(!stop.contains(c.name.as_str()), "stop-listed {}", c.name);
    }
    // And they do occur in the corpus: the filter is what keeps them out.
    let text: String = corpus().into_iter().map(|(_, t)| t).collect();
    assert!(text.contains("产业园区") || text.contains("创新平台"));
}

#[test]
fn known_names_and_aliases_never_appear() {
    let (res, found) = full();
    let forms: HashSet<&str> = res
        .dict
        .entries()
        .iter()
        .flat_map(|e| std::iter::once(e.name.as_str()).chain(e.aliases.iter().map(String::as_str)))
        .collect();
    for c in found {
        assert!(!forms.contains(c.name.as_str()), "known name {}", c.name);
        assert!(
            res.dict.get(&c.proposed_id).is_none(),
            "id {} exists",
            c.proposed_id
        );
        assert!(c.count >= 2 && c.contexts.len() <= 2 && !c.contexts.is_empty());
        assert_eq!(c.status, "candidate");
    }
    let mut out = Vec::new();
    write_tsv(&found[..found.len().min(40)], &mut out).unwrap();
    eprintln!("{}", String::from_utf8(out).unwrap());
}
