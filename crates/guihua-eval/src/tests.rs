//! Hand-checked scores on small gold/prediction pairs, and gold-as-prediction
//! on the real dev gold.

use crate::gold::{parse_gold, read_gold_dir, GoldDoc, GoldError};
use crate::{
    compare, errors, relation_errors, render_errors, score, Baseline, ErrorKind, Prf,
    DEFAULT_TOLERANCE,
};
use guihua_model::{
    Comparator, DocRecord, DocResult, EntityType, Mention, Predicate, RelEnd, Relation, TargetAttrs,
};
use std::path::Path;

fn gold(lines: &[&str]) -> GoldDoc {
    parse_gold(&lines.join("\n"), "t.txt.jsonl").expect("test gold parses")
}

fn doc_line(subject: &str) -> String {
    format!(r#"{{"kind":"doc","doc":"t.txt","subject":"{subject}","issuer":[]}}"#)
}

fn ent(id: &str, start: usize, end: usize, ty: &str, norm: &str) -> String {
    let text: String = "字".repeat(end - start);
    format!(
        r#"{{"kind":"entity","id":"{id}","start":{start},"end":{end},"text":"{text}","type":"{ty}","norm":"{norm}"}}"#
    )
}

fn rel(ty: &str, head: &str, tail: &str) -> String {
    let end = |side: &str, v: &str| match v.strip_prefix("norm:") {
        Some(n) => format!(r#""{side}_norm":"{n}""#),
        None => format!(r#""{side}":"{v}""#),
    };
    format!(
        r#"{{"kind":"relation","type":"{ty}",{},{}}}"#,
        end("head", head),
        end("tail", tail)
    )
}

fn mention(id: u32, start: usize, end: usize, etype: EntityType, norm: &str) -> Mention {
    Mention {
        id,
        etype,
        start,
        end,
        text: "字".repeat(end - start),
        norm: norm.into(),
        entity_id: None,
        code: None,
        canonical: None,
        sentence: 0,
        source: "test".into(),
        confidence: 1.0,
        target: None,
    }
}

fn pred_doc(
    doc_id: &str,
    subject: &str,
    mentions: Vec<Mention>,
    relations: Vec<Relation>,
) -> DocResult {
    DocResult {
        doc: DocRecord {
            doc_id: doc_id.into(),
            subject: Some(subject.into()),
            ..DocRecord::default()
        },
        mentions,
        relations,
    }
}

fn end_m(m: u32, norm: &str, etype: EntityType) -> RelEnd {
    RelEnd {
        mention: Some(m),
        norm: norm.into(),
        etype,
        is_doc: false,
    }
}

fn end_doc(norm: &str) -> RelEnd {
    RelEnd {
        mention: None,
        norm: norm.into(),
        etype: EntityType::Place,
        is_doc: true,
    }
}

fn end_norm(norm: &str) -> RelEnd {
    RelEnd {
        mention: None,
        norm: norm.into(),
        etype: EntityType::Place,
        is_doc: false,
    }
}

fn relation(p: Predicate, head: RelEnd, tail: RelEnd) -> Relation {
    Relation {
        predicate: p,
        head,
        tail,
        evidence_start: 0,
        evidence_end: 0,
        rule: "test".into(),
        confidence: 1.0,
    }
}

fn counts(p: Prf) -> (usize, usize, usize) {
    (p.tp, p.fp, p.fn_)
}

fn close(a: f64, b: f64) {
    assert!((a - b).abs() < 1e-9, "{a} != {b}");
}

#[test]
fn strict_vs_lenient_partial_overlap() {
    // Gold: PLACE [0,3) and PLACE [10,13).
    // Pred: PLACE [0,3) exact; PLACE [10,12) overlaps the second partially.
    // Strict: tp 1 ([0,3)), fp 1, fn 1 → P = R = F1 = 0.5.
    // Lenient: both gold match one prediction each → tp 2, P = R = F1 = 1.
    let g = gold(&[
        &doc_line("嘉兴市"),
        &ent("T1", 0, 3, "PLACE", "嘉兴市"),
        &ent("T2", 10, 13, "PLACE", "湖州市"),
    ]);
    let p = pred_doc(
        "t.txt",
        "嘉兴市",
        vec![
            mention(0, 0, 3, EntityType::Place, "嘉兴市"),
            mention(1, 10, 12, EntityType::Place, "湖州"),
        ],
        vec![],
    );
    let s = score(&[g], &[p]);
    assert_eq!(counts(s.mentions.strict.class("PLACE")), (1, 1, 1));
    close(s.mentions.strict.micro.f1, 0.5);
    assert_eq!(counts(s.mentions.lenient.class("PLACE")), (2, 0, 0));
    close(s.mentions.lenient.micro.f1, 1.0);
    // Document level: gold {嘉兴市, 湖州市}, pred {嘉兴市, 湖州}: tp 1, fp 1, fn 1.
    assert_eq!(counts(s.doc_level.class("PLACE")), (1, 1, 1));
}

#[test]
fn lenient_overlap_of_other_type_does_not_count() {
    // Gold PLACE [0,2); pred AGENCY [0,6) overlaps it but with another type:
    // PLACE fn 1, AGENCY fp 1 at both strict and lenient level.
    let g = gold(&[&doc_line("嘉兴市"), &ent("T1", 0, 2, "PLACE", "嘉兴市")]);
    let p = pred_doc(
        "t.txt",
        "嘉兴市",
        vec![mention(0, 0, 6, EntityType::Agency, "嘉兴市政府")],
        vec![],
    );
    let s = score(&[g], &[p]);
    assert_eq!(counts(s.mentions.lenient.class("PLACE")), (0, 0, 1));
    assert_eq!(counts(s.mentions.lenient.class("AGENCY")), (0, 1, 0));
    assert_eq!(s.mentions.lenient.micro.f1, 0.0);
}

#[test]
fn one_prediction_overlapping_two_gold_matches_once() {
    // Gold PROJECT [0,4) and [4,8); one prediction [2,6) overlaps both.
    // Lenient is one-to-one: tp 1, fn 1, fp 0 → P 1, R 0.5, F1 2/3.
    // Strict: tp 0, fp 1, fn 2.
    let g = gold(&[
        &doc_line("嘉兴市"),
        &ent("T1", 0, 4, "PROJECT", "甲"),
        &ent("T2", 4, 8, "PROJECT", "乙"),
    ]);
    let p = pred_doc(
        "t.txt",
        "嘉兴市",
        vec![mention(0, 2, 6, EntityType::Project, "丙")],
        vec![],
    );
    let s = score(std::slice::from_ref(&g), &[p]);
    assert_eq!(counts(s.mentions.lenient.class("PROJECT")), (1, 0, 1));
    close(s.mentions.lenient.micro.f1, 2.0 / 3.0);
    assert_eq!(counts(s.mentions.strict.class("PROJECT")), (0, 1, 2));

    // Maximum matching, not greedy: pred A [1,5) overlaps T1 by 3 and T2 by
    // 1; pred B [0,2) overlaps only T1 (by 2). Greedy by largest overlap
    // would pair A–T1 and leave B and T2 unmatched (tp 1); the maximum
    // matching pairs A–T2 and B–T1.
    // Lenient tp 2, fp 0, fn 0.
    let p = pred_doc(
        "t.txt",
        "嘉兴市",
        vec![
            mention(0, 1, 5, EntityType::Project, "丙"),
            mention(1, 0, 2, EntityType::Project, "丁"),
        ],
        vec![],
    );
    let s = score(&[g], &[p]);
    assert_eq!(counts(s.mentions.lenient.class("PROJECT")), (2, 0, 0));
    assert_eq!(counts(s.mentions.strict.class("PROJECT")), (0, 2, 2));
}

#[test]
fn document_level_sets_count_duplicates_once_and_compare_norms() {
    // Gold PLACE mentions with norms 嘉兴市, 嘉兴市, 上海市 → set {嘉兴市, 上海市}.
    // Pred norms 嘉兴市 (twice, other spans), 苏州市 → {嘉兴市, 苏州市}.
    // PLACE doc level: tp 1 (嘉兴市), fp 1 (苏州市), fn 1 (上海市) → 0.5 each.
    // INDUSTRY: gold {数字经济}, pred {数字经济} at a different span → tp 1
    // at doc level although strict mention matching misses it.
    let g = gold(&[
        &doc_line("嘉兴市"),
        &ent("T1", 0, 2, "PLACE", "嘉兴市"),
        &ent("T2", 10, 13, "PLACE", "嘉兴市"),
        &ent("T3", 20, 22, "PLACE", "上海市"),
        &ent("T4", 30, 34, "INDUSTRY", "数字经济"),
    ]);
    let p = pred_doc(
        "t.txt",
        "嘉兴市",
        vec![
            mention(0, 0, 2, EntityType::Place, "嘉兴市"),
            mention(1, 40, 42, EntityType::Place, "嘉兴市"),
            mention(2, 20, 22, EntityType::Place, "苏州市"),
            mention(3, 50, 54, EntityType::Industry, "数字经济"),
        ],
        vec![],
    );
    let s = score(&[g], &[p]);
    assert_eq!(counts(s.doc_level.class("PLACE")), (1, 1, 1));
    assert_eq!(counts(s.doc_level.class("INDUSTRY")), (1, 0, 0));
    assert_eq!(counts(s.doc_level.micro), (2, 1, 1));
    close(s.doc_level.micro.f1, 2.0 / 3.0);
    // Strict mentions: PLACE spans [0,2) and [20,22) match (the norm does not
    // matter at mention level), [10,13) missed, [40,42) spurious.
    assert_eq!(counts(s.mentions.strict.class("PLACE")), (2, 1, 1));
    assert_eq!(counts(s.mentions.strict.class("INDUSTRY")), (0, 1, 1));
}

#[test]
fn doc_heads_match_doc_and_subject() {
    // Gold: DOC -DEVELOPS-> T1 (电子信息), DOC -HAS_TARGET-> T2.
    // Pred: is_doc -DEVELOPS-> m0 (same span): mention-level strict tp.
    //       m2 (a PLACE mention 嘉兴市) -HAS_TARGET-> m1: the head is a
    //       mention, not DOC, so no mention-level match (fp 1, fn 1), but at
    //       document level 嘉兴市 = the gold subject, so the triple matches.
    let g = gold(&[
        &doc_line("嘉兴市"),
        &ent("T1", 0, 4, "INDUSTRY", "电子信息"),
        &ent("T2", 10, 20, "TARGET", "目标"),
        &rel("DEVELOPS", "DOC", "T1"),
        &rel("HAS_TARGET", "DOC", "T2"),
    ]);
    let p = pred_doc(
        "t.txt",
        "嘉兴市",
        vec![
            mention(0, 0, 4, EntityType::Industry, "电子信息"),
            mention(1, 10, 20, EntityType::Target, "目标"),
            mention(2, 30, 32, EntityType::Place, "嘉兴市"),
        ],
        vec![
            relation(
                Predicate::Develops,
                end_doc("嘉兴市"),
                end_m(0, "电子信息", EntityType::Industry),
            ),
            relation(
                Predicate::HasTarget,
                end_m(2, "嘉兴市", EntityType::Place),
                end_m(1, "目标", EntityType::Target),
            ),
        ],
    );
    let s = score(std::slice::from_ref(&g), std::slice::from_ref(&p));
    assert_eq!(counts(s.relations.strict.class("DEVELOPS")), (1, 0, 0));
    assert_eq!(counts(s.relations.strict.class("HAS_TARGET")), (0, 1, 1));
    assert_eq!(counts(s.relations.doc.class("DEVELOPS")), (1, 0, 0));
    assert_eq!(counts(s.relations.doc.class("HAS_TARGET")), (1, 0, 0));

    // A DOC end with an empty norm falls back to DocRecord.subject; a wrong
    // predicted subject breaks the document-level match.
    let mut q = p.clone();
    q.relations[0].head = end_doc("");
    let s = score(std::slice::from_ref(&g), std::slice::from_ref(&q));
    assert_eq!(counts(s.relations.doc.class("DEVELOPS")), (1, 0, 0));
    q.doc.subject = Some("湖州市".into());
    let s = score(&[g], &[q]);
    assert_eq!(counts(s.relations.doc.class("DEVELOPS")), (0, 1, 1));
    // …while the mention level still matches DOC with DOC.
    assert_eq!(counts(s.relations.strict.class("DEVELOPS")), (1, 0, 0));
}

#[test]
fn implied_ends_count_only_at_document_level() {
    // Gold: T1 (PROJECT 沪苏湖高铁) CONNECTS tail_norm 上海市, and T1 CONNECTS T2
    // (PLACE 湖州). Pred: m0 -CONNECTS-> implied 上海市, m0 -CONNECTS-> m1.
    // Mention level: only T1–T2 counts: tp 1, fp 0, fn 0.
    // Document level: {(沪苏湖高铁, 上海市), (沪苏湖高铁, 湖州市)} both sides: tp 2.
    let g = gold(&[
        &doc_line("湖州市"),
        &ent("T1", 0, 5, "PROJECT", "沪苏湖高铁"),
        &ent("T2", 8, 10, "PLACE", "湖州市"),
        &rel("CONNECTS", "T1", "norm:上海市"),
        &rel("CONNECTS", "T1", "T2"),
    ]);
    let p = pred_doc(
        "t.txt",
        "湖州市",
        vec![
            mention(0, 0, 5, EntityType::Project, "沪苏湖高铁"),
            mention(1, 8, 10, EntityType::Place, "湖州市"),
        ],
        vec![
            relation(
                Predicate::Connects,
                end_m(0, "沪苏湖高铁", EntityType::Project),
                end_norm("上海市"),
            ),
            relation(
                Predicate::Connects,
                end_m(0, "沪苏湖高铁", EntityType::Project),
                end_m(1, "湖州市", EntityType::Place),
            ),
        ],
    );
    let s = score(std::slice::from_ref(&g), std::slice::from_ref(&p));
    assert_eq!(counts(s.relations.strict.class("CONNECTS")), (1, 0, 0));
    assert_eq!(counts(s.relations.doc.class("CONNECTS")), (2, 0, 0));
    assert_eq!(
        (
            s.relations.gold_doc_level_only,
            s.relations.pred_doc_level_only
        ),
        (1, 1)
    );

    // Dropping the predicted implied end changes only the document level:
    // mention level stays tp 1; doc level tp 1, fn 1.
    let mut q = p;
    q.relations.remove(0);
    let s = score(&[g], &[q]);
    assert_eq!(counts(s.relations.strict.class("CONNECTS")), (1, 0, 0));
    assert_eq!(counts(s.relations.doc.class("CONNECTS")), (1, 0, 1));
}

#[test]
fn cooperates_with_is_unordered() {
    // Gold: T1 (金山区) COOPERATES_WITH T2 (平湖市); head_norm 湖州市 ↔ tail_norm 杭州市.
    // Pred: the same pairs reversed. Mention level tp 1; doc level tp 2.
    // A reversed LOCATED_IN, by contrast, does not match.
    let g = gold(&[
        &doc_line("嘉兴市"),
        &ent("T1", 0, 2, "PLACE", "金山区"),
        &ent("T2", 3, 5, "PLACE", "平湖市"),
        &ent("T3", 6, 10, "PROJECT", "某园区"),
        &rel("COOPERATES_WITH", "T1", "T2"),
        &rel("COOPERATES_WITH", "norm:湖州市", "norm:杭州市"),
        &rel("LOCATED_IN", "T3", "T2"),
    ]);
    let p = pred_doc(
        "t.txt",
        "嘉兴市",
        vec![
            mention(0, 0, 2, EntityType::Place, "金山区"),
            mention(1, 3, 5, EntityType::Place, "平湖市"),
            mention(2, 6, 10, EntityType::Project, "某园区"),
        ],
        vec![
            relation(
                Predicate::CooperatesWith,
                end_m(1, "平湖市", EntityType::Place),
                end_m(0, "金山区", EntityType::Place),
            ),
            relation(
                Predicate::CooperatesWith,
                end_norm("杭州市"),
                end_norm("湖州市"),
            ),
            relation(
                Predicate::LocatedIn,
                end_m(1, "平湖市", EntityType::Place),
                end_m(2, "某园区", EntityType::Project),
            ),
        ],
    );
    let s = score(&[g], &[p]);
    assert_eq!(
        counts(s.relations.strict.class("COOPERATES_WITH")),
        (1, 0, 0)
    );
    assert_eq!(
        counts(s.relations.lenient.class("COOPERATES_WITH")),
        (1, 0, 0)
    );
    assert_eq!(counts(s.relations.doc.class("COOPERATES_WITH")), (2, 0, 0));
    assert_eq!(counts(s.relations.strict.class("LOCATED_IN")), (0, 1, 1));
    assert_eq!(counts(s.relations.doc.class("LOCATED_IN")), (0, 1, 1));
    // Micro doc level: tp 2, fp 1, fn 1 → P = R = F1 = 2/3.
    close(s.relations.doc.micro.f1, 2.0 / 3.0);
}

#[test]
fn relation_lenient_ends_overlap() {
    // Gold T1 PROJECT [0,6) LED_BY T2 AGENCY [7,11). Pred m0 PROJECT [0,5)
    // LED_BY m1 AGENCY [7,11): strict fails on the head span (fp 1, fn 1),
    // lenient matches (tp 1).
    let g = gold(&[
        &doc_line("嘉兴市"),
        &ent("T1", 0, 6, "PROJECT", "甲工程"),
        &ent("T2", 7, 11, "AGENCY", "市经信局"),
        &rel("LED_BY", "T1", "T2"),
    ]);
    let p = pred_doc(
        "t.txt",
        "嘉兴市",
        vec![
            mention(0, 0, 5, EntityType::Project, "甲工"),
            mention(1, 7, 11, EntityType::Agency, "市经信局"),
        ],
        vec![relation(
            Predicate::LedBy,
            end_m(0, "甲工", EntityType::Project),
            end_m(1, "市经信局", EntityType::Agency),
        )],
    );
    let s = score(&[g], &[p]);
    assert_eq!(counts(s.relations.strict.class("LED_BY")), (0, 1, 1));
    assert_eq!(counts(s.relations.lenient.class("LED_BY")), (1, 0, 0));
    assert_eq!(counts(s.relations.doc.class("LED_BY")), (0, 1, 1));
}

#[test]
fn target_attributes_on_strict_matches() {
    // Three gold TARGETs. T1 [0,10) matched exactly: value 100 = 100, unit 公里
    // = 公里, comparator = vs >= (wrong), year 2025 = 2025.
    // T2 [20,30) matched exactly: masked, value null = null, unit % = %,
    // comparator >= = >=, year null vs 2025 (wrong).
    // T3 [40,50) predicted as [40,49): not strict, not counted.
    // value 2/2, unit 2/2, comparator 1/2, year 1/2.
    let attrs = |v: &str, u: &str, c: &str, y: &str| {
        format!(
            r#","attrs":{{"indicator":"x","value":{v},"unit":{u},"comparator":"{c}","year":{y},"masked":false}}}}"#
        )
    };
    let t = |id: &str, s: usize, a: String| {
        let mut e = ent(id, s, s + 10, "TARGET", id);
        e.pop();
        e + &a
    };
    let g = gold(&[
        &doc_line("嘉兴市"),
        &t("T1", 0, attrs("\"100\"", "\"公里\"", "=", "2025")),
        &t("T2", 20, attrs("null", "\"%\"", ">=", "null")),
        &t("T3", 40, attrs("\"3\"", "\"%\"", "=", "2025")),
    ]);
    let ta = |v: Option<&str>, u: Option<&str>, c: Comparator, y: Option<i32>| TargetAttrs {
        indicator: "x".into(),
        value: v.map(Into::into),
        value_num: None,
        unit: u.map(Into::into),
        comparator: c,
        year: y,
        masked: v.is_none(),
        scope_norm: None,
    };
    let mut m1 = mention(0, 0, 10, EntityType::Target, "T1");
    m1.target = Some(ta(
        Some("100"),
        Some("公里"),
        Comparator::AtLeast,
        Some(2025),
    ));
    let mut m2 = mention(1, 20, 30, EntityType::Target, "T2");
    m2.target = Some(ta(None, Some("%"), Comparator::AtLeast, Some(2025)));
    let mut m3 = mention(2, 40, 49, EntityType::Target, "T3");
    m3.target = Some(ta(Some("3"), Some("%"), Comparator::Equal, Some(2025)));
    let s = score(
        std::slice::from_ref(&g),
        &[pred_doc(
            "t.txt",
            "嘉兴市",
            vec![m1.clone(), m2, m3],
            vec![],
        )],
    );
    let t = &s.targets;
    assert_eq!(t.matched, 2);
    assert_eq!((t.value.correct, t.value.total), (2, 2));
    assert_eq!((t.unit.correct, t.unit.total), (2, 2));
    assert_eq!((t.comparator.correct, t.comparator.total), (1, 2));
    assert_eq!((t.year.correct, t.year.total), (1, 2));
    assert_eq!(t.comparator.accuracy, Some(0.5));
    let h = s.headline();
    assert_eq!(h["target.value.acc"], 1.0);
    assert_eq!(h["target.year.acc"], 0.5);

    // A prediction without attributes gets all four wrong; no strict match at
    // all leaves the accuracies undefined and out of the headline.
    m1.target = None;
    let s = score(
        std::slice::from_ref(&g),
        &[pred_doc("t.txt", "嘉兴市", vec![m1], vec![])],
    );
    assert_eq!((s.targets.value.correct, s.targets.value.total), (0, 1));
    let s = score(&[g], &[pred_doc("t.txt", "嘉兴市", vec![], vec![])]);
    assert_eq!(s.targets.value.accuracy, None);
    assert!(!s.headline().contains_key("target.value.acc"));
}

#[test]
fn missing_documents_are_false_negatives_and_extra_ones_ignored() {
    // Gold a.txt (2 PLACE) and b.txt (1 PLACE). Predictions: dir/a.txt (matched
    // by file name, both found) and c.txt (no gold: ignored). b.txt is
    // missing: its PLACE is a false negative. tp 2, fp 0, fn 1.
    let ga = parse_gold(
        &[
            r#"{"kind":"doc","doc":"a.txt","subject":"嘉兴市"}"#.to_string(),
            ent("T1", 0, 2, "PLACE", "嘉兴市"),
            ent("T2", 3, 5, "PLACE", "湖州市"),
        ]
        .join("\n"),
        "a.txt.jsonl",
    )
    .unwrap();
    let gb = parse_gold(
        &[
            r#"{"kind":"doc","doc":"b.txt","subject":"嘉兴市"}"#.to_string(),
            ent("T1", 0, 2, "PLACE", "嘉兴市"),
        ]
        .join("\n"),
        "b.txt.jsonl",
    )
    .unwrap();
    let pa = pred_doc(
        "dir/a.txt",
        "嘉兴市",
        vec![
            mention(0, 0, 2, EntityType::Place, "嘉兴市"),
            mention(1, 3, 5, EntityType::Place, "湖州市"),
        ],
        vec![],
    );
    let pc = pred_doc(
        "c.txt",
        "嘉兴市",
        vec![mention(0, 0, 2, EntityType::Place, "x")],
        vec![],
    );
    let s = score(&[ga, gb], &[pa, pc]);
    assert_eq!(counts(s.mentions.strict.micro), (2, 0, 1));
    assert_eq!(counts(s.doc_level.micro), (2, 0, 1));
    assert_eq!(s.documents.scored, 1);
    assert_eq!(s.documents.missing, vec!["b.txt".to_string()]);
    assert_eq!(s.documents.ignored, vec!["c.txt".to_string()]);
    assert!(s.render_table().contains("ignored: c.txt"));
}

#[test]
fn malformed_gold_names_file_line_and_reason() {
    let d = r#"{"kind":"doc","doc":"x.txt","subject":"嘉兴市","issuer":[]}"#;
    let e1 = r#"{"kind":"entity","id":"T1","start":0,"end":2,"text":"嘉兴","type":"PLACE","norm":"嘉兴市"}"#;
    let cases: Vec<(String, usize, &str)> = vec![
        (format!("{d}\n{{not json"), 2, "bad JSON"),
        (
            format!(
                "{d}\n{}",
                r#"{"kind":"entity","id":"T1","start":0,"end":2,"type":"PLACE","norm":"x"}"#
            ),
            2,
            "missing field \"text\"",
        ),
        (
            format!(
                "{d}\n{}",
                r#"{"kind":"entity","id":"T1","start":0,"end":2,"text":"嘉兴","type":"CITY","norm":"x"}"#
            ),
            2,
            "unknown entity type",
        ),
        (
            format!(
                "{d}\n{e1}\n{}",
                r#"{"kind":"relation","type":"LIVES_IN","head":"T1","tail":"DOC"}"#
            ),
            3,
            "unknown predicate",
        ),
        (
            format!(
                "{d}\n{e1}\n\n{}",
                r#"{"kind":"relation","type":"LED_BY","head":"T1","tail":"T9"}"#
            ),
            4,
            "unknown entity id \"T9\"",
        ),
        (format!("{d}\n{e1}\n{e1}"), 3, "duplicate entity id"),
        (format!("{e1}\n{d}"), 1, "missing or not first"),
        (String::new(), 1, "no \"doc\" record"),
        (format!("{d}\n{d}"), 2, "second \"doc\" record"),
        (
            format!(
                "{d}\n{}",
                r#"{"kind":"entity","id":"T1","start":5,"end":3,"text":"嘉兴","type":"PLACE","norm":"x"}"#
            ),
            2,
            "not after start",
        ),
        (
            format!(
                "{d}\n{}",
                r#"{"kind":"entity","id":"T1","start":0,"end":3,"text":"嘉兴","type":"PLACE","norm":"x"}"#
            ),
            2,
            "code points",
        ),
        (
            format!(
                "{d}\n{e1}\n{}",
                r#"{"kind":"relation","type":"LED_BY","head":"T1"}"#
            ),
            3,
            "missing field \"tail\"",
        ),
        (
            format!(
                "{d}\n{e1}\n{}",
                r#"{"kind":"relation","type":"LED_BY","head":"T1","tail":"T1","tail_norm":"x"}"#
            ),
            3,
            "both",
        ),
        (
            format!("{d}\n{}", r#"{"kind":"mention"}"#),
            2,
            "unknown kind",
        ),
    ];
    for (text, line, reason) in cases {
        let err = parse_gold(&text, "dir/x.txt.jsonl").expect_err(reason);
        let msg = err.to_string();
        assert!(
            matches!(&err, GoldError::Malformed { line: l, .. } if *l == line),
            "{msg}: want line {line}"
        );
        assert!(
            msg.starts_with(&format!("dir/x.txt.jsonl:{line}: ")),
            "{msg}"
        );
        assert!(msg.contains(reason), "{msg}: want {reason:?}");
    }
    // Extra fields, a BOM, blank lines and a relation before its entity are fine.
    let ok = format!(
        "\u{feff}{}\n\n{}\n{e1}",
        r#"{"kind":"doc","doc":"x.txt","subject":null,"issuer":[],"annotator":"a"}"#,
        r#"{"kind":"relation","type":"COOPERATES_WITH","head":"T1","tail":"DOC","note":"n"}"#
    );
    let g = parse_gold(&ok, "x.txt.jsonl").unwrap();
    assert_eq!(
        (g.entities.len(), g.relations.len(), g.subject.clone()),
        (1, 1, None)
    );
}

#[test]
fn baseline_compare_catches_0_006_and_tolerates_0_004() {
    let base = Baseline {
        metrics: [
            ("a.f1", 0.800),
            ("b.f1", 0.800),
            ("c.f1", 0.800),
            ("d.f1", 0.5),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect(),
    };
    let current = Baseline {
        // a fell 0.006, b fell 0.004, c fell exactly 0.005, d is gone, e is new.
        metrics: [
            ("a.f1", 0.794),
            ("b.f1", 0.796),
            ("c.f1", 0.795),
            ("e.f1", 0.1),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect(),
    };
    let r = compare(&current, &base, DEFAULT_TOLERANCE);
    let names: Vec<_> = r.iter().map(|r| r.metric.as_str()).collect();
    assert_eq!(names, vec!["a.f1", "d.f1"]);
    assert!(
        r[0].to_string().contains("fell from 0.8000 to 0.7940"),
        "{}",
        r[0]
    );
    assert!(r[1].to_string().contains("not measured"), "{}", r[1]);

    // Round trip through a file.
    let dir = std::env::temp_dir().join(format!("guihua-eval-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("baseline.json");
    base.write(&path).unwrap();
    assert_eq!(Baseline::read(&path).unwrap(), base);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn error_lists_show_fp_fn_with_sentence() {
    // Text: 到2025年，嘉兴市发展数字经济。湖州市也是。
    // Gold PLACE 嘉兴市 [7,10), PLACE 湖州市 [17,20).
    // Pred PLACE 嘉兴 [7,9) (FP, overlaps gold 嘉兴市), 湖州市 exact.
    let text = "到2025年，嘉兴市发展数字经济。湖州市也是。";
    let chars: Vec<char> = text.chars().collect();
    assert_eq!(chars[7..10].iter().collect::<String>(), "嘉兴市");
    let g = gold(&[
        &doc_line("嘉兴市"),
        r#"{"kind":"entity","id":"T1","start":7,"end":10,"text":"嘉兴市","type":"PLACE","norm":"嘉兴市"}"#,
        r#"{"kind":"entity","id":"T2","start":17,"end":20,"text":"湖州市","type":"PLACE","norm":"湖州市"}"#,
    ]);
    let mut m0 = mention(0, 7, 9, EntityType::Place, "嘉兴市");
    m0.text = "嘉兴".into();
    let p = pred_doc(
        "t.txt",
        "嘉兴市",
        vec![m0, mention(1, 17, 20, EntityType::Place, "湖州市")],
        vec![],
    );
    let rows = errors(
        std::slice::from_ref(&g),
        std::slice::from_ref(&p),
        EntityType::Place,
        &|id| (id == "t.txt").then(|| text.to_string()),
    );
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0].kind, ErrorKind::FalsePositive);
    assert_eq!(rows[0].surface, "嘉兴");
    assert_eq!(
        rows[0].overlapping,
        vec!["gold PLACE 嘉兴市 [7,10)".to_string()]
    );
    assert_eq!(
        rows[0].context.as_deref(),
        Some("到2025年，【嘉兴】市发展数字经济。")
    );
    assert_eq!(rows[1].kind, ErrorKind::FalseNegative);
    assert_eq!(
        rows[1].context.as_deref(),
        Some("到2025年，【嘉兴市】发展数字经济。")
    );
    let out = render_errors(&rows);
    assert!(
        out.contains("FN t.txt [7,10) PLACE 嘉兴市 norm=嘉兴市"),
        "{out}"
    );

    // Relation errors at document level.
    let g = gold(&[
        &doc_line("嘉兴市"),
        &ent("T1", 0, 4, "INDUSTRY", "数字经济"),
        &rel("DEVELOPS", "DOC", "T1"),
    ]);
    let p = pred_doc(
        "t.txt",
        "嘉兴市",
        vec![mention(0, 0, 4, EntityType::Industry, "数字经济")],
        vec![relation(
            Predicate::Develops,
            end_norm("湖州市"),
            end_m(0, "数字经济", EntityType::Industry),
        )],
    );
    let rows = relation_errors(&[g], &[p], Some(Predicate::Develops));
    assert_eq!(rows.len(), 2);
    assert_eq!(
        (rows[0].kind, rows[0].head.as_str()),
        (ErrorKind::FalsePositive, "湖州市")
    );
    assert_eq!(
        (rows[1].kind, rows[1].head.as_str()),
        (ErrorKind::FalseNegative, "嘉兴市")
    );
}

fn dev_gold_dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/gold/dev")
}

#[test]
fn dev_gold_as_prediction_scores_one_everywhere() {
    let gold = read_gold_dir(&dev_gold_dir()).expect("dev gold reads");
    assert_eq!(gold.len(), 5);
    let pred: Vec<DocResult> = gold.iter().map(GoldDoc::to_doc_result).collect();
    let s = score(&gold, &pred);
    assert!(s.mentions.strict.micro.tp > 2000);
    assert!(s.relations.gold_doc_level_only > 0);
    let h = s.headline();
    // 3 micro + 5 types, three times; 3 micro + 7 predicates, three times; 4 target.
    assert_eq!(h.len(), 3 * 8 + 3 * 10 + 4);
    assert!(h.contains_key("target.value.acc"));
    for (name, v) in &h {
        assert_eq!(*v, 1.0, "{name}");
    }
    assert!(s.documents.missing.is_empty() && s.documents.ignored.is_empty());
    // The JSON report carries the same numbers.
    let json: serde_json::Value = serde_json::to_value(&s).unwrap();
    assert_eq!(json["mentions"]["strict"]["micro"]["f1"], 1.0);
    assert_eq!(
        json["relations"]["doc"]["by_class"]["COOPERATES_WITH"]["fn"],
        0
    );
}

#[test]
fn dev_gold_text_matches_corpus() {
    // Offsets are code points into the decoded file: every gold `text` must be
    // that slice of corpus/yrd.
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus/yrd");
    for g in read_gold_dir(&dev_gold_dir()).unwrap() {
        let text: Vec<char> = std::fs::read_to_string(corpus.join(&g.doc))
            .unwrap()
            .chars()
            .collect();
        for e in &g.entities {
            assert_eq!(
                text[e.start..e.end].iter().collect::<String>(),
                e.text,
                "{} {}",
                g.doc,
                e.id
            );
        }
    }
}

#[test]
fn read_gold_dir_recurses_and_reports_the_path() {
    // dir/a.txt.jsonl (good), dir/sub/b.txt.jsonl (good), dir/notes.txt
    // (ignored): two documents, the nested one paired by its relative path.
    let dir = std::env::temp_dir().join(format!("guihua-eval-dir-{}", std::process::id()));
    let sub = dir.join("sub");
    std::fs::create_dir_all(&sub).unwrap();
    let doc =
        |name: &str| format!(r#"{{"kind":"doc","doc":"{name}","subject":"嘉兴市","issuer":[]}}"#);
    std::fs::write(dir.join("a.txt.jsonl"), doc("a.txt")).unwrap();
    std::fs::write(
        sub.join("b.txt.jsonl"),
        format!("{}\n{}", doc("b.txt"), ent("T1", 0, 2, "PLACE", "嘉兴市")),
    )
    .unwrap();
    std::fs::write(dir.join("notes.txt"), "not gold").unwrap();
    let gold = read_gold_dir(&dir).unwrap();
    let paths: Vec<_> = gold.iter().map(|g| g.doc_path()).collect();
    assert_eq!(paths, vec!["a.txt".to_string(), "sub/b.txt".to_string()]);
    let p = pred_doc(
        "sub/b.txt",
        "嘉兴市",
        vec![mention(0, 0, 2, EntityType::Place, "嘉兴市")],
        vec![],
    );
    let s = score(&gold, &[p]);
    assert_eq!(s.documents.missing, vec!["a.txt".to_string()]);
    assert_eq!(counts(s.mentions.strict.micro), (1, 0, 0));

    // A bad line in the nested file: the error names that file and line 2.
    std::fs::write(
        sub.join("b.txt.jsonl"),
        format!("{}\n{{\"kind\":\"entity\"}}", doc("b.txt")),
    )
    .unwrap();
    let msg = read_gold_dir(&dir).unwrap_err().to_string();
    assert!(msg.contains("b.txt.jsonl:2: missing field \"id\""), "{msg}");
    // Two files for the same document.
    std::fs::write(sub.join("b.txt.jsonl"), doc("b.txt")).unwrap();
    std::fs::write(dir.join("c.txt.jsonl"), doc("a.txt")).unwrap();
    let msg = read_gold_dir(&dir).unwrap_err().to_string();
    assert!(msg.contains("also annotated by a.txt.jsonl"), "{msg}");
    std::fs::remove_dir_all(&dir).unwrap();
}
