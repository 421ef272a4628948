//! Each relation rule on sentences written for the test, negatives included.

use guihua_link::{Linker, LinkerConfig};
use guihua_model::{Predicate, Relation};
use guihua_tag::{Resources, TaggedDoc, Tagger, TaggerConfig};
use guihua_text::{NormOptions, Normaliser};
use std::path::Path;
use std::sync::LazyLock;

static RES: LazyLock<Resources> = LazyLock::new(|| {
    let root = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."));
    Resources::load(&root.join("dictionaries"), &root.join("dictionaries/lists")).unwrap()
});

fn link(text: &str) -> (TaggedDoc, Vec<Relation>) {
    let norm = Normaliser::new(NormOptions::default()).normalise(text);
    let doc = Tagger::new(TaggerConfig::default()).tag(text, &norm, &RES);
    let rels = Linker::try_new(&LinkerConfig::default())
        .unwrap()
        .link(&norm, &doc, &RES);
    (doc, rels)
}

/// (head norm, tail norm) of the relations with predicate `p`.
fn pairs(rels: &[Relation], p: Predicate) -> Vec<(String, String)> {
    rels.iter()
        .filter(|r| r.predicate == p)
        .map(|r| (r.head.norm.clone(), r.tail.norm.clone()))
        .collect()
}

fn has(rels: &[Relation], p: Predicate, h: &str, t: &str) -> bool {
    pairs(rels, p).iter().any(|(a, b)| a == h && b == t)
}

#[test]
fn lead_marker_applies_to_its_own_item_only() {
    let text = "温州市数字化改革实施方案\n1.建设温州数据中心。(市经信局牵头)\n2.办好温州国际数字博览会。(市商务局牵头,鹿城区具体实施)";
    let (_, rels) = link(text);
    assert!(
        has(&rels, Predicate::LedBy, "温州数据中心", "市经信局"),
        "{:?}",
        pairs(&rels, Predicate::LedBy)
    );
    assert!(has(
        &rels,
        Predicate::LedBy,
        "温州国际数字博览会",
        "市商务局"
    ));
    assert!(has(
        &rels,
        Predicate::ImplementedBy,
        "温州国际数字博览会",
        "鹿城区"
    ));
    assert!(
        !has(&rels, Predicate::LedBy, "温州国际数字博览会", "市经信局"),
        "marker leaked into the next item"
    );
    assert!(!has(&rels, Predicate::LedBy, "温州数据中心", "市商务局"));
}

#[test]
fn evidence_is_the_sentence_in_original_code_points() {
    let text = "温州市方案\n建设温州数据中心(市经信局牵头)。";
    let (_, rels) = link(text);
    let r = rels
        .iter()
        .find(|r| r.predicate == Predicate::LedBy)
        .expect("a lead relation");
    let ev: String = text
        .chars()
        .skip(r.evidence_start)
        .take(r.evidence_end - r.evidence_start)
        .collect();
    assert!(ev.contains("市经信局牵头"), "{ev}");
}

#[test]
fn line_projects_connect_the_places_their_name_abbreviates() {
    let (_, rels) = link("加快建设沪杭甬铁路,推进苏锡常城际铁路。建设温州数据中心。");
    let c = pairs(&rels, Predicate::Connects);
    for p in ["上海市", "杭州市", "宁波市"] {
        assert!(c.iter().any(|(h, t)| h == "沪杭甬铁路" && t == p), "{c:?}");
    }
    assert!(
        c.iter()
            .any(|(h, t)| h == "苏锡常城际铁路" && t == "苏州市"),
        "{c:?}"
    );
    assert!(
        !c.iter().any(|(h, _)| h == "温州数据中心"),
        "a centre is no line"
    );
}

#[test]
fn located_in_takes_the_most_specific_place_and_doc_for_sites() {
    let text = "温州市实施方案\n建设上海张江高新区温州分区,谋划温州滨海新区,实施“五水共治”工程。";
    let (doc, rels) = link(text);
    let l = pairs(&rels, Predicate::LocatedIn);
    assert!(
        l.iter()
            .any(|(h, t)| h.ends_with("温州分区") && t == "温州市"),
        "{l:?}"
    );
    assert!(
        !l.iter().any(|(h, _)| h.contains("五水共治")),
        "programmes are not located: {l:?}"
    );
    assert_eq!(doc.subject.as_deref(), Some("温州市"));
}

#[test]
fn cooperation_from_compounds_and_chains_but_not_bare_lists() {
    let (_, rels) = link("深化沪甬合作,推动金山-平湖-嘉善协同发展。上海、宁波是重要城市。");
    let c = pairs(&rels, Predicate::CooperatesWith);
    assert!(
        c.iter()
            .any(|(a, b)| (a, b) == (&"上海市".into(), &"宁波市".into())
                || (a, b) == (&"宁波市".into(), &"上海市".into())),
        "{c:?}"
    );
    assert!(
        c.iter().any(|(a, b)| a == "金山区" && b == "平湖市"),
        "{c:?}"
    );
    assert!(
        c.iter().any(|(a, b)| a == "平湖市" && b == "嘉善县"),
        "{c:?}"
    );
    // The bare list 上海、宁波 pairs nothing more than the compound did.
    assert_eq!(
        c.iter()
            .filter(|(a, b)| a.contains("上海") || b.contains("上海"))
            .count(),
        1,
        "{c:?}"
    );
}

#[test]
fn cooperation_with_the_document_subject() {
    let (_, rels) = link("温州市实施方案\n加强与杭州、宁波等地的合作。");
    let c: Vec<_> = rels
        .iter()
        .filter(|r| r.predicate == Predicate::CooperatesWith)
        .collect();
    assert!(
        c.iter().any(|r| r.head.is_doc && r.tail.norm == "杭州市"),
        "{c:?}"
    );
    assert!(
        c.iter().any(|r| r.head.is_doc && r.tail.norm == "宁波市"),
        "{c:?}"
    );
}

#[test]
fn develops_and_has_target_come_from_the_document_jurisdiction() {
    let (_, rels) =
        link("温州市实施方案\n到2030年,全市大力发展集成电路产业,研发经费投入强度达到3.5%。");
    assert!(rels
        .iter()
        .any(|r| r.predicate == Predicate::Develops && r.head.is_doc && r.tail.norm == "集成电路"));
    let t = rels
        .iter()
        .find(|r| r.predicate == Predicate::HasTarget)
        .expect("target relation");
    assert!(t.head.is_doc && t.head.norm == "温州市");
}

#[test]
fn lines_named_by_abbreviations_and_one_character_stand_ins() {
    // 乍 stands for 乍浦镇, a town of the document's own 平湖市.
    let (_, rels) = link("平湖市交通发展规划\n谋划沪乍城际铁路,推进温丽、金衢等铁路前期工作。");
    let c = pairs(&rels, Predicate::Connects);
    for (h, t) in [
        ("沪乍城际铁路", "上海市"),
        ("沪乍城际铁路", "乍浦镇"),
        ("温丽", "温州市"),
        ("温丽", "丽水市"),
    ] {
        assert!(
            has(&rels, Predicate::Connects, h, t),
            "{h} -> {t} missing: {c:?}"
        );
    }
    // 城际 is the line word, not part of a place (沪乍城 is no place).
    assert!(
        !c.iter().any(|(_, t)| t.ends_with("区") || t == "城区"),
        "{c:?}"
    );
}

#[test]
fn located_in_keeps_tied_places_sites_centres_and_ignores_far_short_forms() {
    let (_, rels) = link("杭州市发展规划\n推进宁波舟山港建设,打造“城市大脑”创新中心。");
    let l = pairs(&rels, Predicate::LocatedIn);
    for (h, t) in [
        ("宁波舟山港", "宁波市"),
        ("宁波舟山港", "舟山市"),
        ("城市大脑创新中心", "杭州市"),
    ] {
        assert!(
            has(&rels, Predicate::LocatedIn, h, t),
            "{h} -> {t} missing: {l:?}"
        );
    }
    // 运河 is also the short form of 运河区 in Hebei: not in a Zhejiang plan.
    let (_, rels) = link("嘉兴市发展规划\n建设嘉兴运河湾湿地公园。");
    let l = pairs(&rels, Predicate::LocatedIn);
    assert!(
        has(&rels, Predicate::LocatedIn, "嘉兴运河湾湿地公园", "嘉兴市"),
        "{l:?}"
    );
    assert!(!l.iter().any(|(_, t)| t == "运河区"), "{l:?}");
}

#[test]
fn hubs_ocr_dashes_and_compound_lists_cooperate() {
    // The hub pairs with each member, the members not with each other.
    let (_, rels) = link("围绕杭州和绍兴、湖州、嘉兴的“1+3”区域范围编制规划。");
    let c = pairs(&rels, Predicate::CooperatesWith);
    for m in ["绍兴市", "湖州市", "嘉兴市"] {
        assert!(
            has(&rels, Predicate::CooperatesWith, "杭州市", m)
                || has(&rels, Predicate::CooperatesWith, m, "杭州市"),
            "杭州市 - {m} missing: {c:?}"
        );
    }
    assert!(
        !c.iter().any(|(a, b)| a == "绍兴市" && b == "湖州市"),
        "{c:?}"
    );
    // 一 read by OCR for a dash between two counties.
    let (_, rels) = link("以柯桥一诸暨一义乌等毗邻区域为重点。");
    let c = pairs(&rels, Predicate::CooperatesWith);
    assert!(!c.is_empty(), "{c:?}");
    // A list of compounds closed by a cue: 中德、中法等合作园.
    let (_, rels) = link("建设中德、中法等一批国际产业合作园。");
    assert!(
        has(&rels, Predicate::CooperatesWith, "中国", "德国")
            || has(&rels, Predicate::CooperatesWith, "德国", "中国"),
        "{:?}",
        pairs(&rels, Predicate::CooperatesWith)
    );
    // A bare list is no cooperation.
    let (_, rels) = link("覆盖中德、中法等国家的企业。");
    assert!(pairs(&rels, Predicate::CooperatesWith).is_empty());
}

#[test]
fn a_marker_names_the_agency_not_the_places_in_its_name() {
    let (_, rels) = link("温州市行动方案\n1.建设瓯江口数字港。(温州瓯江口新区管委会牵头)");
    let l = pairs(&rels, Predicate::LedBy);
    assert!(!l.iter().any(|(_, t)| t == "温州市"), "{l:?}");
    assert!(l.iter().any(|(_, t)| t.ends_with("管委会")), "{l:?}");
}

#[test]
fn develops_needs_a_verb_of_development_in_the_clause() {
    let text = "温州市方案\n加快发展集成电路,培育生物医药。全市生物制造的人才缺口依然较大。重点开展量子信息、类脑智能等领域研究。";
    let (doc, rels) = link(text);
    let d = pairs(&rels, Predicate::Develops);
    assert!(
        d.iter().any(|(h, t)| h == "温州市" && t == "集成电路"),
        "{d:?}"
    );
    assert!(
        d.iter().any(|(h, t)| h == "温州市" && t == "生物医药"),
        "{d:?}"
    );
    // 生物制造 is tagged, but the clause commits to nothing.
    let tagged = doc.mentions.iter().any(|m| m.mention.norm == "生物制造");
    assert!(tagged, "the negative needs the industry tagged");
    assert!(
        !d.iter().any(|(_, t)| t == "生物制造"),
        "no verb of development: {d:?}"
    );
    // A list of industries (…等领域) names its members as objects of policy.
    assert!(
        d.iter().any(|(h, t)| h == "温州市" && t == "类脑智能"),
        "{d:?}"
    );
}

#[test]
fn located_in_reads_a_town_short_form_that_opens_the_name() {
    // 乍浦 is one town of 嘉兴市 (平湖); 外高桥 holds 高桥 only in its middle.
    let text = "嘉兴市实施方案\n提升乍浦港区功能,建设乍浦科技园,对接外高桥保税区。";
    let (_, rels) = link(text);
    let l = pairs(&rels, Predicate::LocatedIn);
    assert!(
        l.iter().any(|(h, t)| h == "乍浦港区" && t == "乍浦镇"),
        "{l:?}"
    );
    assert!(!l.iter().any(|(_, t)| t.contains("高桥")), "{l:?}");
}

#[test]
fn lines_are_connected_not_located() {
    let text = "嘉兴市实施方案\n建设苏台高速(嘉兴段),推进嘉兴港区建设。";
    let (_, rels) = link(text);
    let l = pairs(&rels, Predicate::LocatedIn);
    assert!(!l.iter().any(|(h, _)| h.contains("高速")), "{l:?}");
    let c = pairs(&rels, Predicate::Connects);
    assert!(
        c.iter()
            .any(|(h, t)| h.contains("苏台高速") && t == "台州市"),
        "{c:?}"
    );
}

fn unordered(c: &[(String, String)], a: &str, b: &str) -> bool {
    c.iter()
        .any(|(x, y)| (x == a && y == b) || (x == b && y == a))
}

#[test]
fn a_masked_dash_between_counties_chains_them() {
    let (_, rels) = link("湖州市方案\n以吴兴*南浔为重点推进建设。嘉兴*湖州的人口较多。");
    let c = pairs(&rels, Predicate::CooperatesWith);
    assert!(unordered(&c, "吴兴区", "南浔区"), "{c:?}");
    // Cities around a * are no chain: the * may be a masked number.
    assert!(!unordered(&c, "嘉兴市", "湖州市"), "{c:?}");
}

#[test]
fn border_cues_pair_a_compound() {
    let (_, rels) = link("温州市方案\n示范区地处沪苏浙交界。沪苏浙的人口较多。");
    let c = pairs(&rels, Predicate::CooperatesWith);
    assert!(unordered(&c, "上海市", "江苏省"), "{c:?}");
    assert!(unordered(&c, "江苏省", "浙江省"), "{c:?}");
    let (_, rels) = link("温州市方案\n沪苏浙的人口较多。");
    let c = pairs(&rels, Predicate::CooperatesWith);
    assert!(c.is_empty(), "a bare compound pairs nothing: {c:?}");
}

#[test]
fn a_cue_closing_the_phrase_pairs_the_abbreviations() {
    let (_, rels) = link("温州市方案\n加强浙皖闽赣生态旅游协作。");
    let c = pairs(&rels, Predicate::CooperatesWith);
    assert!(unordered(&c, "浙江省", "福建省"), "{c:?}");
    assert!(unordered(&c, "安徽省", "江西省"), "{c:?}");
    let (_, rels) = link("温州市方案\n浙皖闽赣生态旅游资源丰富。");
    let c = pairs(&rels, Predicate::CooperatesWith);
    assert!(c.is_empty(), "no cue, no pair: {c:?}");
}

#[test]
fn a_cue_leading_a_list_pairs_doc_with_outside_jurisdictions() {
    let (_, rels) = link("温州市方案\n积极对接上海、南京等城市。主动对接鹿城区、太湖。");
    let c = pairs(&rels, Predicate::CooperatesWith);
    assert!(unordered(&c, "温州市", "上海市"), "{c:?}");
    assert!(unordered(&c, "温州市", "南京市"), "{c:?}");
    // Its own district and a lake are no partners.
    assert!(
        !c.iter().any(|(a, b)| a == "鹿城区" || b == "鹿城区"),
        "{c:?}"
    );
    assert!(!c.iter().any(|(a, b)| a == "太湖" || b == "太湖"), "{c:?}");
}

#[test]
fn line_stops_read_as_cities_beside_a_municipality_and_a_city() {
    let text = "上海市方案\n建设苏申内港线、长湖申线,推进浙苏联络线,建设甬台温福铁路和杭海新城。";
    let (_, rels) = link(text);
    let c = pairs(&rels, Predicate::Connects);
    let has = |h: &str, t: &str| c.iter().any(|(a, b)| a == h && b == t);
    assert!(has("苏申内港线", "苏州市"), "{c:?}");
    assert!(!has("苏申内港线", "江苏省"), "{c:?}");
    // Two provinces stay provinces.
    assert!(has("浙苏联络线", "江苏省"), "{c:?}");
    // 长 beside 湖州 is 湖州's 长兴县.
    assert!(has("长湖申线", "长兴县"), "{c:?}");
    assert!(has("甬台温福铁路", "宁波市"), "{c:?}");
    // 新城 is the head of a new town, not a stop.
    assert!(!c.iter().any(|(a, _)| a == "杭海新城"), "{c:?}");
}

#[test]
fn a_word_is_a_compound_when_the_document_names_its_places() {
    let text = "嘉兴市方案\n支持杭州与海宁合作,建设杭海城际铁路。";
    let (_, rels) = link(text);
    let c = pairs(&rels, Predicate::Connects);
    assert!(
        c.iter().any(|(a, b)| a == "杭海城际铁路" && b == "海宁市"),
        "{c:?}"
    );
}

#[test]
fn a_dash_parts_the_stops_of_a_line() {
    let (_, rels) = link("上海市方案\n建设崇明-长兴-五号沟天然气管道。");
    let c = pairs(&rels, Predicate::Connects);
    assert!(c.iter().any(|(_, t)| t == "长兴镇"), "{c:?}");
    assert!(c.iter().any(|(_, t)| t == "崇明区"), "{c:?}");
    assert!(!c.iter().any(|(_, t)| t == "长兴县"), "{c:?}");
}

#[test]
fn valleys_are_sites_of_the_document() {
    let (_, rels) =
        link("湖州市实施方案\n加快建设“云起谷”、“画溪谷”等创新平台,实施“五水共治”工程。");
    let l = pairs(&rels, Predicate::LocatedIn);
    assert!(
        l.iter().any(|(h, t)| h == "云起谷" && t == "湖州市"),
        "{l:?}"
    );
    assert!(!l.iter().any(|(h, _)| h.contains("五水共治")), "{l:?}");
}

#[test]
fn research_institutes_are_not_sited() {
    let text = "温州市方案\n支持浙江清华长三角研究院建设,建设温州数据中心。";
    let (_, rels) = link(text);
    // The tagger claims institutes as organisations; whatever tags them, they
    // are never sited.
    let l = pairs(&rels, Predicate::LocatedIn);
    assert!(!l.iter().any(|(h, _)| h.ends_with("研究院")), "{l:?}");
    assert!(l.iter().any(|(h, _)| h == "温州数据中心"), "{l:?}");
}

#[test]
fn a_compound_opening_a_name_sites_it_in_its_places() {
    let text =
        "嘉兴市方案\n共建嘉湖绿色智造廊道,建设“企业服务直通车”平台,推进沪嘉城际铁路先行工程。";
    let (doc, rels) = link(text);
    let l = pairs(&rels, Predicate::LocatedIn);
    assert!(
        l.iter()
            .any(|(h, t)| h == "嘉湖绿色智造廊道" && t == "湖州市"),
        "{l:?}"
    );
    assert!(
        l.iter()
            .any(|(h, t)| h == "嘉湖绿色智造廊道" && t == "嘉兴市"),
        "{l:?}"
    );
    // 平台 is a word, not 平湖 and 台州; a line's works are not sited.
    assert!(!l.iter().any(|(_, t)| t == "台州市"), "{l:?}");
    assert!(!l.iter().any(|(h, _)| h.contains("城际")), "{l:?}");
    let v: Vec<_> = doc
        .mentions
        .iter()
        .map(|m| m.mention.norm.clone())
        .collect();
    assert!(v.iter().any(|n| n.ends_with("平台")), "{v:?}");
}

#[test]
fn a_lone_abbreviation_in_a_line_name_is_a_character() {
    let text = "上海市方案\n建设淮河出海通道,推进温武吉铁路。";
    let (doc, rels) = link(text);
    let c = pairs(&rels, Predicate::Connects);
    let v: Vec<_> = doc
        .mentions
        .iter()
        .map(|m| m.mention.norm.clone())
        .collect();
    assert!(v.iter().any(|n| n == "淮河出海通道"), "{v:?}");
    assert!(!c.iter().any(|(_, t)| t == "海宁市"), "{c:?}");
    assert!(
        c.iter().any(|(h, t)| h == "温武吉铁路" && t == "温州市"),
        "{c:?}"
    );
}

#[test]
fn a_county_short_form_counts_beside_its_province_abbreviation() {
    let (_, rels) = link("上海市方案\n建设沪苏大丰产业联动集聚区。");
    let l = pairs(&rels, Predicate::LocatedIn);
    assert!(l.iter().any(|(_, t)| t == "大丰区"), "{l:?}");
    // Without 苏, 大丰 in a Shanghai plan is no county of Jiangsu.
    let (_, rels) = link("上海市方案\n建设“大丰智造”产业园。");
    let l = pairs(&rels, Predicate::LocatedIn);
    assert!(!l.iter().any(|(_, t)| t == "大丰区"), "{l:?}");
}

#[test]
fn a_marker_alone_on_its_line_closes_the_item_above() {
    let text = "湖州市方案\n1.建设湖州数据中心。\n(市经信局牵头)\n2.建设湖州科技城。(市科技局牵头)";
    let (_, rels) = link(text);
    let l = pairs(&rels, Predicate::LedBy);
    assert!(
        l.iter()
            .any(|(h, t)| h == "湖州数据中心" && t == "市经信局"),
        "{l:?}"
    );
    assert!(
        !l.iter().any(|(h, t)| h == "湖州科技城" && t == "市经信局"),
        "{l:?}"
    );
    // A marker closing its own line's item does not reach the line above.
    assert!(
        !l.iter()
            .any(|(h, t)| h == "湖州数据中心" && t == "市科技局"),
        "{l:?}"
    );
}

#[test]
fn places_leading_a_clause_develop_its_industries() {
    let text = "温州市方案\n支持鹿城区、瓯海区重点发展数字经济。龙湾区人口较多,加快发展生物医药。";
    let (_, rels) = link(text);
    let d = pairs(&rels, Predicate::Develops);
    assert!(
        d.iter().any(|(h, t)| h == "鹿城区" && t == "数字经济"),
        "{d:?}"
    );
    assert!(
        d.iter().any(|(h, t)| h == "瓯海区" && t == "数字经济"),
        "{d:?}"
    );
    // 龙湾区 leads another clause, not the one that develops.
    assert!(!d.iter().any(|(h, _)| h == "龙湾区"), "{d:?}");
    assert!(
        d.iter().any(|(h, t)| h == "温州市" && t == "生物医药"),
        "{d:?}"
    );
}

#[test]
fn a_list_of_jurisdictions_closed_by_a_cue_pairs_them() {
    let text = "嘉兴市方案\n推动海宁市、桐乡市合作联动。平湖市、嘉善县的人口较多。推进太湖、淀山湖协同保护。";
    let (_, rels) = link(text);
    let c = pairs(&rels, Predicate::CooperatesWith);
    assert!(unordered(&c, "海宁市", "桐乡市"), "{c:?}");
    assert!(!unordered(&c, "平湖市", "嘉善县"), "a bare list: {c:?}");
    assert!(
        !unordered(&c, "太湖", "淀山湖"),
        "lakes are no partners: {c:?}"
    );
}

#[test]
fn a_lead_marker_skips_industries_only_mentioned() {
    let text = "温州市方案\n1.全市生物制造的人才缺口依然较大。加快发展集成电路,建设温州数据中心。(市经信局牵头)";
    let (doc, rels) = link(text);
    let l = pairs(&rels, Predicate::LedBy);
    assert!(
        doc.mentions.iter().any(|m| m.mention.norm == "生物制造"),
        "the negative needs the industry tagged"
    );
    assert!(
        l.iter().any(|(h, t)| h == "集成电路" && t == "市经信局"),
        "{l:?}"
    );
    assert!(
        l.iter()
            .any(|(h, t)| h == "温州数据中心" && t == "市经信局"),
        "{l:?}"
    );
    assert!(!l.iter().any(|(h, _)| h == "生物制造"), "{l:?}");
}

#[test]
fn dictionary_programmes_and_events_are_not_located() {
    let text = "温州市方案\n推进四好农村路建设,服务进博会,建设温州数据中心。";
    let (doc, rels) = link(text);
    let v: Vec<_> = doc
        .mentions
        .iter()
        .map(|m| m.mention.norm.clone())
        .collect();
    assert!(v.iter().any(|n| n == "四好农村路"), "{v:?}");
    let l = pairs(&rels, Predicate::LocatedIn);
    assert!(!l.iter().any(|(h, _)| h == "四好农村路"), "{l:?}");
    assert!(
        !l.iter()
            .any(|(h, _)| h.contains("进博会") || h.contains("博览会")),
        "{l:?}"
    );
    assert!(l.iter().any(|(h, _)| h == "温州数据中心"), "{l:?}");
}

#[test]
fn a_project_named_after_two_provinces_pairs_them() {
    let text = "上海市方案\n支持上海漕河泾开发区海宁分区建设,提升宁波舟山港能级。";
    let (_, rels) = link(text);
    let c = pairs(&rels, Predicate::CooperatesWith);
    assert!(unordered(&c, "上海市", "海宁市"), "{c:?}");
    // Two cities of one province are no joint site.
    assert!(!unordered(&c, "宁波市", "舟山市"), "{c:?}");
    let l = pairs(&rels, Predicate::LocatedIn);
    assert!(
        l.iter()
            .any(|(h, t)| h.ends_with("海宁分区") && t == "海宁市"),
        "{l:?}"
    );
}

#[test]
fn three_counties_written_together_are_a_joint_area() {
    let text = "上海市方案\n推动青浦区吴江区嘉善县政务事项通办。支持嘉兴嘉善发展。";
    let (doc, rels) = link(text);
    let c = pairs(&rels, Predicate::CooperatesWith);
    let v: Vec<_> = doc
        .mentions
        .iter()
        .map(|m| m.mention.norm.clone())
        .collect();
    assert!(unordered(&c, "青浦区", "吴江区"), "{c:?} {v:?}");
    assert!(unordered(&c, "吴江区", "嘉善县"), "{c:?}");
    // A place prefix before its county is no pair.
    assert!(!unordered(&c, "嘉兴市", "嘉善县"), "{c:?}");
}

#[test]
fn a_subregion_is_a_stop_an_economic_region_is_not() {
    let text = "湖州市方案\n建设浙北高等级航道,推进长三角城际铁路建设。";
    let (_, rels) = link(text);
    let c = pairs(&rels, Predicate::Connects);
    assert!(
        c.iter().any(|(h, t)| h == "浙北高等级航道" && t == "浙北"),
        "{c:?}"
    );
    assert!(!c.iter().any(|(_, t)| t == "长江三角洲"), "{c:?}");
}

#[test]
fn a_dash_chain_of_places_is_a_line_to_each_of_them() {
    let text = "浙江省方案\n推进黄山—金华、安康(襄阳)—合肥、温武吉铁路等规划对接。";
    let (_, rels) = link(text);
    let c = pairs(&rels, Predicate::Connects);
    for (h, t) in [
        ("黄山—金华", "黄山市"),
        ("黄山—金华", "金华市"),
        ("安康(襄阳)—合肥", "合肥市"),
    ] {
        assert!(c.iter().any(|(a, b)| a == h && b == t), "{h} -> {t}: {c:?}");
    }
    // A dash chain with a word that is no place is no line.
    let text = "浙江省方案\n推进黄山—旅游、温武吉铁路等规划对接。";
    let (_, rels) = link(text);
    let c = pairs(&rels, Predicate::Connects);
    assert!(!c.iter().any(|(a, _)| a.contains("旅游")), "{c:?}");
}

#[test]
fn a_marker_without_its_bracket_ends_the_clause_of_its_item() {
    let text = "温州市方案\n1.加快建设温州数据中心,打造环境优美的示范带市经信局牵头)\n2.鼓励龙头企业牵头组建产业联盟,建设温州会展中心。(市商务局牵头)";
    let (_, rels) = link(text);
    let l = pairs(&rels, Predicate::LedBy);
    // The clause the marker ends belongs to the item.
    assert!(
        has(&rels, Predicate::LedBy, "温州数据中心", "市经信局"),
        "{l:?}"
    );
    assert!(
        has(&rels, Predicate::LedBy, "温州会展中心", "市商务局"),
        "{l:?}"
    );
    // 牵头 in running text names no lead, and no marker leaks across items.
    assert!(
        !has(&rels, Predicate::LedBy, "温州会展中心", "市经信局"),
        "{l:?}"
    );
    assert!(
        !has(&rels, Predicate::LedBy, "温州数据中心", "市商务局"),
        "{l:?}"
    );
    assert_eq!(l.len(), 2, "{l:?}");
}

#[test]
fn a_line_known_to_the_dictionary_explains_its_stand_ins() {
    let text = "安徽省方案\n加快推动通苏嘉甬、合新等铁路前期研究,推进温武吉铁路和北沿江高铁建设,建设京沪、宁马等高速公路。";
    let (_, rels) = link(text);
    let c = pairs(&rels, Predicate::Connects);
    let has = |h: &str, t: &str| c.iter().any(|(a, b)| a == h && b == t);
    // The dictionary's stops explain the characters of the name …
    assert!(has("温武吉铁路", "武夷山市"), "{c:?}");
    assert!(has("温武吉铁路", "吉安市"), "{c:?}");
    assert!(!has("温武吉铁路", "吉林省"), "{c:?}");
    // … also for a short name that a line word completes (合新铁路).
    assert!(has("合新", "新沂市"), "{c:?}");
    assert!(!has("合新", "新疆维吾尔自治区"), "{c:?}");
    // A two-abbreviation word is a line when it shortens a dictionary line.
    assert!(has("京沪", "北京市"), "{c:?}");
    // Stops the name does not spell are not added.
    assert!(!c.iter().any(|(a, _)| a == "北沿江高铁"), "{c:?}");
}

#[test]
fn works_on_a_line_are_the_line() {
    let text = "浙江省方案\n推进苏湖城际铁路改造工程,实施汽车生产线技改工程。";
    let (_, rels) = link(text);
    let c = pairs(&rels, Predicate::Connects);
    assert!(
        c.iter()
            .any(|(h, t)| h == "苏湖城际铁路改造工程" && t == "湖州市"),
        "{c:?}"
    );
    let l = pairs(&rels, Predicate::LocatedIn);
    assert!(!l.iter().any(|(h, _)| h.contains("城际")), "{l:?}");
    // 线 alone does not make works a line.
    assert!(!c.iter().any(|(h, _)| h.contains("生产线")), "{c:?}");
}

#[test]
fn a_word_after_a_compound_names_the_goods_not_stops() {
    let text = "上海市方案\n推进浙闽天然气管道和苏皖输油管道建设,规划沪乍杭铁路。";
    let (_, rels) = link(text);
    let c = pairs(&rels, Predicate::Connects);
    let has = |h: &str, t: &str| c.iter().any(|(a, b)| a == h && b == t);
    assert!(has("浙闽天然气管道", "福建省"), "{c:?}");
    assert!(has("苏皖输油管道", "安徽省"), "{c:?}");
    // One stand-in between abbreviations is still a stop.
    assert!(has("沪乍杭铁路", "乍浦镇"), "{c:?}");
    assert_eq!(
        c.iter().filter(|(a, _)| a == "浙闽天然气管道").count(),
        2,
        "{c:?}"
    );
}

#[test]
fn a_dictionary_line_extended_is_still_a_line() {
    let text = "嘉兴市方案\n支持杭州与海宁合作,谋划杭海城际延伸工作。";
    let (doc, rels) = link(text);
    let v: Vec<_> = doc
        .mentions
        .iter()
        .map(|m| m.mention.norm.clone())
        .collect();
    let c = pairs(&rels, Predicate::Connects);
    assert!(
        c.iter().any(|(h, t)| h == "杭海城际延伸" && t == "海宁市"),
        "{c:?} {v:?}"
    );
    let l = pairs(&rels, Predicate::LocatedIn);
    assert!(!l.iter().any(|(h, _)| h == "杭海城际延伸"), "{l:?}");
}

#[test]
fn a_dash_chain_of_places_is_not_sited() {
    let text = "浙江省方案\n推进衢州—丽水、温州—福州等铁路规划研究,建设衢州智造新城。";
    let (_, rels) = link(text);
    let l = pairs(&rels, Predicate::LocatedIn);
    assert!(!l.iter().any(|(h, _)| h.contains('—')), "{l:?}");
    assert!(
        l.iter().any(|(h, t)| h == "衢州智造新城" && t == "衢州市"),
        "{l:?}"
    );
}

#[test]
fn only_a_branch_head_sites_a_far_county_short_form() {
    let text = "上海市方案\n支持上海漕河泾开发区海宁分区建设,推动尖山新区规划。";
    let (_, rels) = link(text);
    let l = pairs(&rels, Predicate::LocatedIn);
    assert!(
        l.iter()
            .any(|(h, t)| h.ends_with("海宁分区") && t == "海宁市"),
        "{l:?}"
    );
    // 尖山 is a far county's short form; 新区 is no branch of it.
    assert!(!l.iter().any(|(_, t)| t == "尖山区"), "{l:?}");
}

#[test]
fn a_short_form_shared_by_own_towns_sites_in_the_area_it_names() {
    // 虹桥 is the short form of a town and a street of Shanghai.
    let text = "上海市方案\n建成虹桥国际会展服务中心,提升上海虹桥商务区能级,推进张江科学城建设。";
    let (_, rels) = link(text);
    let l = pairs(&rels, Predicate::LocatedIn);
    let has = |h: &str, t: &str| l.iter().any(|(a, b)| a == h && b == t);
    assert!(has("虹桥国际会展服务中心", "虹桥"), "{l:?}");
    assert!(!has("虹桥国际会展服务中心", "上海市"), "{l:?}");
    assert!(has("上海虹桥商务区", "虹桥"), "{l:?}");
    assert!(has("上海虹桥商务区", "上海市"), "{l:?}");
    assert!(has("张江科学城", "张江镇"), "{l:?}");
    // Outside Shanghai the towns are not the document's own.
    let (_, rels) = link("嘉兴市方案\n对接虹桥国际会展服务中心。");
    let l = pairs(&rels, Predicate::LocatedIn);
    assert!(!l.iter().any(|(_, t)| t == "虹桥"), "{l:?}");
}

#[test]
fn the_own_town_beats_a_far_town_of_the_same_name() {
    // A town of Shaanxi is named 乌镇; in a Jiaxing plan 乌镇 is 乌镇镇.
    let (_, rels) = link("嘉兴市方案\n推进中国移动乌镇创新基地建设。");
    let l = pairs(&rels, Predicate::LocatedIn);
    assert!(l.iter().any(|(_, t)| t == "乌镇镇"), "{l:?}");
    assert!(!l.iter().any(|(_, t)| t == "乌镇"), "{l:?}");
    // In a plan of Shaanxi's 咸阳, the town named 乌镇 stays.
    let (_, rels) = link("咸阳市方案\n推进中国移动乌镇创新基地建设。");
    let l = pairs(&rels, Predicate::LocatedIn);
    assert!(l.iter().any(|(_, t)| t == "乌镇"), "{l:?}");
}

#[test]
fn a_compound_opening_a_name_stops_before_its_head_word() {
    let (_, rels) = link("嘉兴市方案\n支持杭州与海宁合作,共同谋划杭海新城。");
    let l = pairs(&rels, Predicate::LocatedIn);
    // 新 opens the head 新城: it is no 新疆.
    assert!(!l.iter().any(|(_, t)| t.starts_with("新疆")), "{l:?}");
    // 杭海 is a word, but the plan names both places in full.
    assert!(
        l.iter().any(|(h, t)| h == "杭海新城" && t == "海宁市"),
        "{l:?}"
    );
}

#[test]
fn a_line_reaches_the_places_its_verb_names() {
    let text = "湖州市方案\n争取宁杭高铁联通德清、接入安吉高铁新城,推动沪苏湖铁路带动南浔发展。";
    let (_, rels) = link(text);
    let c = pairs(&rels, Predicate::Connects);
    let has = |h: &str, t: &str| c.iter().any(|(a, b)| a == h && b == t);
    assert!(has("宁杭高铁", "德清县"), "{c:?}");
    // A project the line reaches stands for the place in its name.
    assert!(has("宁杭高铁", "安吉县"), "{c:?}");
    // 带动 is no verb of reaching.
    assert!(!has("沪苏湖铁路", "南浔区"), "{c:?}");
}

#[test]
fn a_stand_in_among_cities_is_a_city() {
    let (_, rels) = link("浙江省方案\n加强与福建合作,谋划甬温福铁路。");
    let c = pairs(&rels, Predicate::Connects);
    assert!(
        c.iter().any(|(h, t)| h == "甬温福铁路" && t == "福州市"),
        "{c:?}"
    );
    assert!(!c.iter().any(|(_, t)| t == "福建省"), "{c:?}");
    // A town of the subject still stands in where no city starts with it.
    let (_, rels) = link("平湖市交通发展规划\n谋划沪乍城际铁路。");
    let c = pairs(&rels, Predicate::Connects);
    assert!(c.iter().any(|(_, t)| t == "乍浦镇"), "{c:?}");
}

#[test]
fn a_cue_after_a_project_pairs_no_one() {
    let text = "嘉兴市方案\n推动沪苏湖铁路联通苏州、无锡,积极对接南京。";
    let (_, rels) = link(text);
    let c = pairs(&rels, Predicate::CooperatesWith);
    // The line reaches 无锡; 嘉兴 does not cooperate with it for that.
    assert!(!unordered(&c, "嘉兴市", "无锡市"), "{c:?}");
    assert!(unordered(&c, "嘉兴市", "南京市"), "{c:?}");
    let k = pairs(&rels, Predicate::Connects);
    assert!(
        k.iter().any(|(h, t)| h == "沪苏湖铁路" && t == "无锡市"),
        "{k:?}"
    );
}

#[test]
fn a_place_prefix_is_no_partner_of_its_own() {
    let (_, rels) = link("上海市方案\n推动与江苏南京共建产业创新中心,深化与苏州、无锡合作。");
    let c = pairs(&rels, Predicate::CooperatesWith);
    assert!(unordered(&c, "上海市", "南京市"), "{c:?}");
    assert!(unordered(&c, "上海市", "无锡市"), "{c:?}");
    // 江苏 only says where 南京 lies.
    assert!(
        !c.iter().any(|(a, b)| a == "江苏省" || b == "江苏省"),
        "{c:?}"
    );
}

#[test]
fn a_compound_of_partners_pairs_with_the_subject_only() {
    let (_, rels) = link("嘉兴市方案\n深化与沪苏锡等地人才交流,推进沪苏合作。");
    let c = pairs(&rels, Predicate::CooperatesWith);
    assert!(unordered(&c, "嘉兴市", "无锡市"), "{c:?}");
    assert!(!unordered(&c, "上海市", "无锡市"), "{c:?}");
    // A compound that qualifies cooperation still pairs its members.
    assert!(unordered(&c, "上海市", "江苏省"), "{c:?}");
}

#[test]
fn waters_and_regions_in_a_dash_chain_are_no_partners() {
    let text = "上海市方案\n推进千岛湖—新安江水环境保护,共建湖州—太湖生态带,深化金山—平湖合作。";
    let (_, rels) = link(text);
    let c = pairs(&rels, Predicate::CooperatesWith);
    assert!(!unordered(&c, "千岛湖", "新安江"), "{c:?}");
    assert!(!c.iter().any(|(a, b)| a == "太湖" || b == "太湖"), "{c:?}");
    assert!(unordered(&c, "金山区", "平湖市"), "{c:?}");
}

#[test]
fn a_region_named_site_the_subject_builds_lies_in_it() {
    let text = "嘉兴市方案\n加快建设长三角智能制造服务中心,共建长三角数据共享平台,依托长三角人才服务中心开展合作。";
    let (_, rels) = link(text);
    let l = pairs(&rels, Predicate::LocatedIn);
    let has = |h: &str, t: &str| l.iter().any(|(a, b)| a == h && b == t);
    assert!(has("长三角智能制造服务中心", "嘉兴市"), "{l:?}");
    assert!(has("长三角智能制造服务中心", "长江三角洲"), "{l:?}");
    // Built jointly, or only relied on: the region's, not the city's.
    assert!(!has("长三角数据共享平台", "嘉兴市"), "{l:?}");
    assert!(!has("长三角人才服务中心", "嘉兴市"), "{l:?}");
}

#[test]
fn a_division_written_before_a_place_it_contains_stays() {
    let text = "江苏省方案\n推进江苏南通综合保税区建设,支持上海漕河泾开发区海宁分区发展。";
    let (_, rels) = link(text);
    let l = pairs(&rels, Predicate::LocatedIn);
    let has = |h: &str, t: &str| l.iter().any(|(a, b)| a == h && b == t);
    assert!(has("江苏南通综合保税区", "南通市"), "{l:?}");
    // 江苏 in full is the province, not 苏 read as 苏州市 beside a city.
    assert!(has("江苏南通综合保税区", "江苏省"), "{l:?}");
    assert!(!has("江苏南通综合保税区", "苏州市"), "{l:?}");
    // A host named before a branch elsewhere is no site of it.
    assert!(has("上海漕河泾开发区海宁分区", "海宁市"), "{l:?}");
    assert!(!has("上海漕河泾开发区海宁分区", "上海市"), "{l:?}");
}

#[test]
fn a_town_short_form_after_its_county_sites_the_project() {
    let text = "湖州市方案\n推进长兴泗安智能装备产业园建设,发展德清莫干山旅游度假区。";
    let (_, rels) = link(text);
    let l = pairs(&rels, Predicate::LocatedIn);
    let has = |h: &str, t: &str| l.iter().any(|(a, b)| a == h && b == t);
    assert!(has("长兴泗安智能装备产业园", "泗安镇"), "{l:?}");
    assert!(has("长兴泗安智能装备产业园", "长兴县"), "{l:?}");
    // 莫干山 is also the mountain: no town is read.
    assert!(!has("德清莫干山旅游度假区", "莫干山镇"), "{l:?}");
}

#[test]
fn an_industry_phased_out_or_moved_away_is_not_developed() {
    let text =
        "苏州市方案\n大力发展生物医药,加快完成钢铁行业超低排放改造,加快承接上海集成电路产业转移。";
    let (_, rels) = link(text);
    let d = pairs(&rels, Predicate::Develops);
    let has = |t: &str| d.iter().any(|(h, b)| h == "苏州市" && b == t);
    assert!(has("生物医药"), "{d:?}");
    assert!(!has("钢铁"), "{d:?}");
    // Attracting an industry that moves is developing it.
    assert!(has("集成电路"), "{d:?}");
    // An industry the clause only relies on is no commitment either.
    let (_, rels) = link("苏州市方案\n依托生物医药产业基础,大力发展精准医疗。");
    let d = pairs(&rels, Predicate::Develops);
    assert!(!d.iter().any(|(_, t)| t == "生物医药"), "{d:?}");
    // The industry's own name does not phase it out.
    let (_, rels) = link("苏州市方案\n大力发展技术转移服务。");
    let d = pairs(&rels, Predicate::Develops);
    assert!(d.iter().any(|(_, t)| t == "技术转移"), "{d:?}");
}

#[test]
fn a_place_right_before_a_cue_is_its_subject() {
    let (_, rels) = link("嘉兴市方案\n推动平湖全面接轨上海。支持海宁发展,对接杭州。");
    let c = pairs(&rels, Predicate::CooperatesWith);
    assert!(unordered(&c, "平湖市", "上海市"), "{c:?}");
    // Across a comma the subject is the document's own.
    assert!(unordered(&c, "嘉兴市", "杭州市"), "{c:?}");
    assert!(!unordered(&c, "海宁市", "杭州市"), "{c:?}");
}

#[test]
fn a_line_word_only_inside_a_quotation_makes_no_line() {
    let (_, rels) = link("推进浙江省“大通道”建设工程。");
    assert!(pairs(&rels, Predicate::Connects).is_empty(), "{rels:?}");
    // A line word outside the quotes still makes a line.
    let (_, rels) = link("推进“沪甬”跨海通道建设。");
    assert!(!pairs(&rels, Predicate::Connects).is_empty(), "{rels:?}");
}

#[test]
fn a_substation_works_is_sited_not_a_line() {
    // 输变电工程 is a substation with its feeders: sited in the place it
    // names, not run through it.
    let (doc, rels) = link("宁波市方案\n加快建设500千伏镇海输变电工程,推进甬舟铁路建设。");
    assert!(
        doc.mentions
            .iter()
            .any(|m| m.mention.text == "500千伏镇海输变电工程"),
        "{:?}",
        doc.mentions
    );
    let c = pairs(&rels, Predicate::Connects);
    assert!(!c.iter().any(|(h, _)| h.contains("输变电")), "{c:?}");
    let l = pairs(&rels, Predicate::LocatedIn);
    assert!(
        l.iter().any(|(h, t)| h.contains("输变电") && t == "镇海区"),
        "{l:?}"
    );
    // A line in the same sentence still connects.
    assert!(
        c.iter().any(|(h, t)| h == "甬舟铁路" && t == "舟山市"),
        "{c:?}"
    );
}

#[test]
fn a_tour_route_is_no_line() {
    let text = "无锡市方案\n共同培育环太湖生态文旅线路和京杭运河旅游线路,加快苏锡常城际铁路建设。";
    let (doc, rels) = link(text);
    assert!(
        doc.mentions
            .iter()
            .any(|m| m.mention.text == "环太湖生态文旅线路"),
        "{:?}",
        doc.mentions
    );
    let c = pairs(&rels, Predicate::Connects);
    assert!(!c.iter().any(|(h, _)| h.contains("线路")), "{c:?}");
    // A line in the same sentence still connects.
    assert!(
        c.iter()
            .any(|(h, t)| h == "苏锡常城际铁路" && t == "常州市"),
        "{c:?}"
    );
}

#[test]
fn a_character_in_a_word_with_an_unread_neighbour_is_no_stop() {
    let text = "宁波市方案\n建设宁波亚欧陆海联运通道,推进长湖申线和沪乍杭铁路建设。";
    let (_, rels) = link(text);
    let c = pairs(&rels, Predicate::Connects);
    // 海 of 陆海 and 运 of 联运 are no stand-ins (海宁市, 运城市).
    assert!(
        c.iter()
            .any(|(h, t)| h.contains("联运通道") && t == "宁波市"),
        "{c:?}"
    );
    assert!(
        !c.iter()
            .any(|(h, t)| h.contains("联运通道") && (t == "海宁市" || t == "运城市")),
        "{c:?}"
    );
    // Two read stops that make a word still read (长湖 in 长湖申线).
    assert!(
        c.iter().any(|(h, t)| h == "长湖申线" && t == "长兴县"),
        "{c:?}"
    );
    assert!(
        c.iter().any(|(h, t)| h == "沪乍杭铁路" && t == "乍浦镇"),
        "{c:?}"
    );
}

#[test]
fn a_partner_shared_by_two_towns_of_a_city_is_its_surface() {
    let text = "上海市方案\n江苏省苏州市的太仓、吴江与上海毗邻。支持虹桥—太仓—吴江省际毗邻区域开展深度合作。";
    let (_, rels) = link(text);
    let c = pairs(&rels, Predicate::CooperatesWith);
    // 虹桥 shortens 闵行's 虹桥镇 and 长宁's 虹桥街道: its surface.
    assert!(unordered(&c, "虹桥", "太仓市"), "{c:?}");
    assert!(
        !c.iter().any(|(h, t)| h == "虹桥镇" || t == "虹桥镇"),
        "{c:?}"
    );
    // A short form of one county is that county.
    assert!(unordered(&c, "虹桥", "吴江区"), "{c:?}");
}

#[test]
fn an_interconnection_works_is_a_line_an_internet_works_is_not() {
    let text = "江苏省方案\n实施南京—扬州500千伏联网工程,建设扬州工业互联网工程。";
    let (doc, rels) = link(text);
    let c = pairs(&rels, Predicate::Connects);
    assert!(
        c.iter()
            .any(|(h, t)| h.contains("联网工程") && t == "南京市"),
        "{c:?}"
    );
    assert!(
        c.iter()
            .any(|(h, t)| h.contains("联网工程") && t == "扬州市"),
        "{c:?}"
    );
    // 联网 of 互联网 is no line word: the works is sited, not connected.
    assert!(
        doc.mentions
            .iter()
            .any(|m| m.mention.text == "扬州工业互联网工程"),
        "{:?}",
        doc.mentions
    );
    assert!(!c.iter().any(|(h, _)| h.contains("互联网")), "{c:?}");
    let l = pairs(&rels, Predicate::LocatedIn);
    assert!(
        l.iter()
            .any(|(h, t)| h == "扬州工业互联网工程" && t == "扬州市"),
        "{l:?}"
    );
}

#[test]
fn a_place_in_full_is_a_stop_beside_a_word_that_is_no_compound() {
    let text = "浙江省方案\n建设浙江沿海输油管道和宁波沿海高速公路。";
    let (_, rels) = link(text);
    let c = pairs(&rels, Predicate::Connects);
    assert!(
        c.iter()
            .any(|(h, t)| h == "浙江沿海输油管道" && t == "浙江省"),
        "{c:?}"
    );
    assert!(
        c.iter()
            .any(|(h, t)| h == "宁波沿海高速公路" && t == "宁波市"),
        "{c:?}"
    );
    // 沿海 is a word beside 宁波: no stand-in 沿, no abbreviation 海.
    assert!(
        !c.iter().any(|(_, t)| t == "海宁市" || t == "沿浦镇"),
        "{c:?}"
    );
    // Stops alone that make a word still read (长湖 in 长湖申线).
    let (_, rels) = link("浙江省方案\n推进长湖申线扩容。");
    let c = pairs(&rels, Predicate::Connects);
    assert!(c.iter().any(|(_, t)| t == "长兴县"), "{c:?}");
}

#[test]
fn a_regional_plan_reads_county_short_forms_of_its_members_only() {
    let text = "长江三角洲区域一体化发展规划纲要\n协同推进港口航道和南浔航道建设。";
    let (_, rels) = link(text);
    let c = pairs(&rels, Predicate::Connects);
    // 港口 is a word here, not Guangxi's 港口区 outside the region.
    assert!(!c.iter().any(|(_, t)| t == "港口区"), "{c:?}");
    // 南浔 is Huzhou's 南浔区, inside the region.
    assert!(
        c.iter().any(|(h, t)| h == "南浔航道" && t == "南浔区"),
        "{c:?}"
    );
}

#[test]
fn a_far_namesake_in_a_chain_of_towns_is_no_stop() {
    let text = "上海市方案\n推进泗泾-新余线路改造工程和崇明-长兴输水管道建设。";
    let (_, rels) = link(text);
    let c = pairs(&rels, Predicate::Connects);
    assert!(
        c.iter()
            .any(|(h, t)| h.starts_with("泗泾") && t == "泗泾镇"),
        "{c:?}"
    );
    // 新余 beside a Shanghai town is a local name, not Jiangxi's 新余市.
    assert!(!c.iter().any(|(_, t)| t == "新余市"), "{c:?}");
    // A county of the same province as the town stays.
    assert!(
        c.iter()
            .any(|(h, t)| h.starts_with("崇明") && t == "崇明区"),
        "{c:?}"
    );
}

#[test]
fn a_known_line_keeps_to_the_divisions_of_its_stops() {
    // 东海二桥 runs to 上海市: 东海 is no stop of Jiangsu's 东海县.
    let text = "长江三角洲区域一体化发展规划纲要\n规划建设东海二桥、杭州湾大桥和沪苏湖高铁。";
    let (_, rels) = link(text);
    let c = pairs(&rels, Predicate::Connects);
    assert!(!c.iter().any(|(_, t)| t == "东海县"), "{c:?}");
    // A water the name spells still is one; stops in the dictionary read.
    assert!(
        c.iter().any(|(h, t)| h == "杭州湾大桥" && t == "杭州湾"),
        "{c:?}"
    );
    assert!(
        c.iter().any(|(h, t)| h == "沪苏湖高铁" && t == "苏州市"),
        "{c:?}"
    );
}

#[test]
fn a_data_link_is_sited_not_a_line() {
    let text = "宁波市方案\n建设宁波国际互联网数据专用通道,推进宁波舟山港主通道建设。";
    let (doc, rels) = link(text);
    assert!(
        doc.mentions
            .iter()
            .any(|m| m.mention.text.contains("专用通道")),
        "{:?}",
        doc.mentions
    );
    let c = pairs(&rels, Predicate::Connects);
    assert!(!c.iter().any(|(h, _)| h.contains("专用通道")), "{c:?}");
    let l = pairs(&rels, Predicate::LocatedIn);
    assert!(
        l.iter()
            .any(|(h, t)| h.contains("专用通道") && t == "宁波市"),
        "{l:?}"
    );
    // A physical channel in the same sentence still connects.
    assert!(c.iter().any(|(h, _)| h.contains("主通道")), "{c:?}");
}

#[test]
fn a_marker_that_lost_its_closing_bracket_takes_only_the_leads_before_its_word() {
    // The unclosed marker runs on to the next closing bracket or full stop,
    // past the heading after it.
    let text = "温州市数字化改革实施方案\n1.高标准推进数字化改革。加快数据共享,谋划推进瓯江数字港(市经信局牵头,鹿城区、龙湾区具体实施\n\n融入长三角一体化智治行动,深化基层社会治理\n\n***,整体智治迈上新台阶。";
    let (_, rels) = link(text);
    let implemented = pairs(&rels, Predicate::ImplementedBy);
    assert!(
        has(&rels, Predicate::ImplementedBy, "瓯江数字港", "鹿城区"),
        "{implemented:?}"
    );
    assert!(
        implemented.iter().all(|(_, t)| t != "长江三角洲"),
        "{implemented:?}"
    );
}

#[test]
fn a_network_of_the_plans_grid_is_sited_where_the_plan_is() {
    let (_, rels) = link("温州市交通发展规划\n加快构建五纵六横高速公路网,完善三横两纵内河航道网。");
    let l = pairs(&rels, Predicate::LocatedIn);
    for h in ["五纵六横高速公路网", "三横两纵内河航道网"] {
        assert!(has(&rels, Predicate::LocatedIn, h, "温州市"), "{h}: {l:?}");
    }
    // A line between named places is no network: it connects them.
    let (_, rels) = link("温州市交通发展规划\n建设甬台温高速公路。");
    assert!(
        pairs(&rels, Predicate::LocatedIn).is_empty(),
        "{:?}",
        pairs(&rels, Predicate::LocatedIn)
    );
}

#[test]
fn a_satellite_of_a_named_zone_lies_where_the_plan_is() {
    let (_, rels) = link("温州市开放发展规划\n高水平建设宁波国家高新区协作区。");
    let l = pairs(&rels, Predicate::LocatedIn);
    assert!(
        has(
            &rels,
            Predicate::LocatedIn,
            "宁波国家高新区协作区",
            "温州市"
        ),
        "{l:?}"
    );
    assert!(!l.iter().any(|(_, t)| t == "宁波市"), "{l:?}");
    // A zone named after its own place is sited there.
    let (_, rels) = link("温州市开放发展规划\n高水平建设瑞安协作区。");
    assert!(
        has(&rels, Predicate::LocatedIn, "瑞安协作区", "瑞安市"),
        "{:?}",
        pairs(&rels, Predicate::LocatedIn)
    );
}

#[test]
fn a_region_in_a_project_name_is_normed_as_the_name_writes_it() {
    let (_, rels) = link("上海市应急体系规划\n共建华东应急物资储备基地。");
    let l = pairs(&rels, Predicate::LocatedIn);
    assert!(
        has(&rels, Predicate::LocatedIn, "华东应急物资储备基地", "华东"),
        "{l:?}"
    );
    assert!(!l.iter().any(|(_, t)| t == "华东地区"), "{l:?}");
}
