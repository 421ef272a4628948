//! Hand-made DocResults shared by the tests and the `write_sample` example.
#![allow(dead_code)]

use guihua_model::{
    Comparator, DocRecord, DocResult, EntityType, Mention, Predicate, RelEnd, Relation,
    TargetAttrs, STATUS_OK,
};

/// Code point span of the first `surface` at or after code point `from`.
fn span(text: &str, surface: &str, from: usize) -> (usize, usize) {
    let byte_from = text
        .char_indices()
        .nth(from)
        .map(|(b, _)| b)
        .unwrap_or(text.len());
    let b = byte_from
        + text[byte_from..]
            .find(surface)
            .unwrap_or_else(|| panic!("{surface} not in text"));
    let s = text[..b].chars().count();
    (s, s + surface.chars().count())
}

/// Code point span of the sentence (ending in 。) holding code point `at`.
fn sentence(text: &str, at: usize) -> (usize, usize, u32) {
    let chars: Vec<char> = text.chars().collect();
    let mut start = 0;
    let mut idx = 0;
    for (i, c) in chars.iter().enumerate() {
        if *c == '。' || i + 1 == chars.len() {
            if at <= i {
                return (start, i + 1, idx);
            }
            start = i + 1;
            idx += 1;
        }
    }
    (start, chars.len(), idx)
}

struct Doc {
    text: String,
    mentions: Vec<Mention>,
    relations: Vec<Relation>,
}

impl Doc {
    fn new(text: &str) -> Self {
        Doc {
            text: text.to_string(),
            mentions: Vec::new(),
            relations: Vec::new(),
        }
    }

    fn mention(&mut self, etype: EntityType, surface: &str, norm: &str) -> u32 {
        let from = self.mentions.last().map(|m| m.end).unwrap_or(0);
        let (start, end) = span(&self.text, surface, from);
        let id = self.mentions.len() as u32;
        self.mentions.push(Mention {
            id,
            etype,
            start,
            end,
            text: surface.to_string(),
            norm: norm.to_string(),
            entity_id: None,
            code: None,
            canonical: None,
            sentence: sentence(&self.text, start).2,
            source: "dict".to_string(),
            confidence: 0.9,
            target: None,
        });
        id
    }

    fn end(&self, id: u32) -> RelEnd {
        let m = &self.mentions[id as usize];
        RelEnd {
            mention: Some(id),
            norm: m.norm.clone(),
            etype: m.etype,
            is_doc: false,
        }
    }

    fn relate(&mut self, predicate: Predicate, head: RelEnd, tail: RelEnd, at: u32, rule: &str) {
        let (s, e, _) = sentence(&self.text, self.mentions[at as usize].start);
        self.relations.push(Relation {
            predicate,
            head,
            tail,
            evidence_start: s,
            evidence_end: e,
            rule: rule.to_string(),
            confidence: 0.75,
        });
    }

    fn finish(self, mut rec: DocRecord) -> (DocResult, String) {
        rec.chars = self.text.chars().count() as u64;
        rec.bytes = self.text.len() as u64;
        rec.n_mentions = self.mentions.len() as u32;
        rec.n_relations = self.relations.len() as u32;
        (
            DocResult {
                doc: rec,
                mentions: self.mentions,
                relations: self.relations,
            },
            self.text,
        )
    }
}

fn doc_end(norm: &str) -> RelEnd {
    RelEnd {
        mention: None,
        norm: norm.to_string(),
        etype: EntityType::Place,
        is_doc: true,
    }
}

fn implied(norm: &str) -> RelEnd {
    RelEnd {
        mention: None,
        norm: norm.to_string(),
        etype: EntityType::Place,
        is_doc: false,
    }
}

fn record(doc_id: &str, subject: Option<(&str, &str)>, issuers: &[&str]) -> DocRecord {
    DocRecord {
        doc_id: doc_id.to_string(),
        sha256: format!("{:0>64}", doc_id.len()),
        format: "txt".to_string(),
        encoding: "UTF-8".to_string(),
        script: "hans".to_string(),
        chars: 0,
        subject: subject.map(|s| s.0.to_string()),
        subject_code: subject.map(|s| s.1.to_string()),
        issuers: issuers.iter().map(|s| s.to_string()).collect(),
        status: STATUS_OK.to_string(),
        n_mentions: 0,
        n_relations: 0,
        text_basis: "file".to_string(),
        bytes: 0,
    }
}

/// Three documents with their texts: a full one, one that repeats and
/// reverses some of its facts, and a failed one with nothing in it.
pub fn sample_docs() -> Vec<(DocResult, String)> {
    use EntityType::*;
    use Predicate::*;

    let mut d = Doc::new(
        "嘉兴市推进沪苏湖高铁建设(市交通运输局牵头)。全市集成电路产业加快发展。\
         到2025年,研发经费投入强度达到3.2%以上,数字经济增加值占生产总值的比重达到**%。\
         深化金山—平湖合作。",
    );
    let jx = d.mention(Place, "嘉兴市", "嘉兴市");
    d.mentions[jx as usize].entity_id = Some("place:330400".into());
    d.mentions[jx as usize].code = Some("330400".into());
    let hsh = d.mention(Project, "沪苏湖高铁", "沪苏湖高铁");
    d.mentions[hsh as usize].entity_id = Some("project:hsh-hsr".into());
    let jt = d.mention(Agency, "市交通运输局", "市交通运输局");
    d.mentions[jt as usize].canonical = Some("嘉兴市交通运输局".into());
    let ic = d.mention(Industry, "集成电路", "集成电路");
    let t1 = d.mention(
        Target,
        "研发经费投入强度达到3.2%以上",
        "研发经费投入强度达到3.2%以上",
    );
    d.mentions[t1 as usize].target = Some(TargetAttrs {
        indicator: "研发经费投入强度".into(),
        value: Some("3.2".into()),
        value_num: Some(3.2),
        unit: Some("%".into()),
        comparator: Comparator::AtLeast,
        year: Some(2025),
        masked: false,
        scope_norm: None,
    });
    let t2 = d.mention(
        Target,
        "数字经济增加值占生产总值的比重达到**%",
        "数字经济增加值占生产总值的比重达到**%",
    );
    d.mentions[t2 as usize].target = Some(TargetAttrs {
        indicator: "数字经济增加值占生产总值的比重".into(),
        value: None,
        value_num: None,
        unit: Some("%".into()),
        comparator: Comparator::Equal,
        year: Some(2025),
        masked: true,
        scope_norm: Some("嘉兴市".into()),
    });
    let js = d.mention(Place, "金山", "金山区");
    d.mentions[js as usize].entity_id = Some("place:310116".into());
    d.mentions[js as usize].code = Some("310116".into());
    let ph = d.mention(Place, "平湖", "平湖市");
    d.mentions[ph as usize].confidence = 0.5;
    d.mentions[ph as usize].source = "abbrev".into();
    d.relate(LedBy, d.end(hsh), d.end(jt), hsh, "lead_marker");
    d.relate(Connects, d.end(hsh), implied("上海市"), hsh, "line_members");
    d.relate(Connects, d.end(hsh), implied("苏州市"), hsh, "line_members");
    d.relate(Connects, d.end(hsh), implied("湖州市"), hsh, "line_members");
    d.relate(
        Develops,
        doc_end("嘉兴市"),
        d.end(ic),
        ic,
        "subject_commits",
    );
    d.relate(
        HasTarget,
        doc_end("嘉兴市"),
        d.end(t1),
        t1,
        "subject_commits",
    );
    d.relate(
        HasTarget,
        doc_end("嘉兴市"),
        d.end(t2),
        t2,
        "subject_commits",
    );
    d.relate(CooperatesWith, d.end(js), d.end(ph), js, "dash_chain");
    let first = d.finish(record(
        "yrd/001_jiaxing.txt",
        Some(("嘉兴市", "330400")),
        &["中共嘉兴市委", "嘉兴市人民政府"],
    ));

    let mut d = Doc::new("平湖与金山加强合作。嘉兴市大力发展集成电路。");
    let ph = d.mention(Place, "平湖", "平湖市");
    let js = d.mention(Place, "金山", "金山区");
    d.mentions[js as usize].entity_id = Some("place:310116".into());
    let jx = d.mention(Place, "嘉兴市", "嘉兴市");
    d.mentions[jx as usize].entity_id = Some("place:330400".into());
    let ic = d.mention(Industry, "集成电路", "集成电路");
    d.relate(CooperatesWith, d.end(ph), d.end(js), ph, "with_cooperate");
    d.relate(Develops, d.end(jx), d.end(ic), ic, "subject_commits");
    let second = d.finish(record("yrd/002_pinghu.html", None, &[]));

    let mut failed = record("yrd/003_broken.docx", None, &[]);
    failed.status = "decode error: not a zip archive".into();
    failed.format = "docx".into();
    failed.script = "mixed".into();
    failed.text_basis = "document-xml-paragraphs".into();
    failed.bytes = 17;
    let third = (
        DocResult {
            doc: failed,
            mentions: Vec::new(),
            relations: Vec::new(),
        },
        String::new(),
    );
    vec![first, second, third]
}

/// `n` synthetic documents of `per_doc` mentions each (a third of them
/// TARGETs) and one relation per mention, for size and speed tests.
pub fn synthetic_docs(n: usize, per_doc: usize) -> Vec<DocResult> {
    (0..n)
        .map(|i| {
            let mut rec = record(
                &format!("synthetic/{i:06}.txt"),
                Some(("嘉兴市", "330400")),
                &["嘉兴市人民政府"],
            );
            let mentions: Vec<Mention> = (0..per_doc)
                .map(|j| {
                    let etype =
                        [EntityType::Place, EntityType::Industry, EntityType::Target][j % 3];
                    let text = format!("实体文本{j}号");
                    Mention {
                        id: j as u32,
                        etype,
                        start: j * 20,
                        end: j * 20 + text.chars().count(),
                        text,
                        norm: format!("实体{}", (i * 7 + j) % 5000),
                        entity_id: (j % 2 == 0).then(|| format!("place:{:06}", j % 1000)),
                        code: None,
                        canonical: None,
                        sentence: (j / 4) as u32,
                        source: "dict".into(),
                        confidence: 0.8,
                        target: (etype == EntityType::Target).then(|| TargetAttrs {
                            indicator: "研发经费投入强度".into(),
                            value: Some(format!("{}.{}", j % 10, i % 10)),
                            value_num: Some(j as f64 / 10.0),
                            unit: Some("%".into()),
                            comparator: Comparator::AtLeast,
                            year: Some(2025),
                            masked: false,
                            scope_norm: None,
                        }),
                    }
                })
                .collect();
            let relations: Vec<Relation> = (0..per_doc)
                .map(|j| {
                    let m = &mentions[j];
                    Relation {
                        predicate: if m.etype == EntityType::Target {
                            Predicate::HasTarget
                        } else {
                            Predicate::Develops
                        },
                        head: doc_end("嘉兴市"),
                        tail: RelEnd {
                            mention: Some(m.id),
                            norm: m.norm.clone(),
                            etype: m.etype,
                            is_doc: false,
                        },
                        evidence_start: m.start,
                        evidence_end: m.end + 4,
                        rule: "subject_commits".into(),
                        confidence: 0.7,
                    }
                })
                .collect();
            rec.n_mentions = mentions.len() as u32;
            rec.n_relations = relations.len() as u32;
            rec.chars = (per_doc * 20) as u64;
            DocResult {
                doc: rec,
                mentions,
                relations,
            }
        })
        .collect()
}
