//! Each recogniser on sentences written for the test (not copied from the
//! corpus), positives and the negatives the guideline names.

use guihua_model::{Comparator, EntityType};
use guihua_tag::{Resources, Tagged, Tagger, TaggerConfig};
use guihua_text::{NormOptions, Normaliser};
use std::path::Path;
use std::sync::LazyLock;

static RES: LazyLock<Resources> = LazyLock::new(|| {
    let root = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."));
    Resources::load(&root.join("dictionaries"), &root.join("dictionaries/lists")).unwrap()
});

fn tag(text: &str) -> Vec<Tagged> {
    let norm = Normaliser::new(NormOptions::default()).normalise(text);
    Tagger::new(TaggerConfig::default())
        .tag(text, &norm, &RES)
        .mentions
}

fn has(ms: &[Tagged], t: EntityType, surface: &str) -> bool {
    ms.iter()
        .any(|m| m.mention.etype == t && m.mention.text == surface)
}

fn find<'a>(ms: &'a [Tagged], surface: &str) -> &'a Tagged {
    ms.iter()
        .find(|m| m.mention.text == surface)
        .unwrap_or_else(|| {
            panic!(
                "no mention {surface:?} in {:?}",
                ms.iter().map(|m| &m.mention.text).collect::<Vec<_>>()
            )
        })
}

#[test]
fn dictionary_places_resolve_to_full_names_and_codes() {
    let ms = tag("支持绍兴与宁波共建产业合作平台。");
    let m = find(&ms, "绍兴");
    assert_eq!(
        (m.mention.norm.as_str(), m.mention.code.as_deref()),
        ("绍兴市", Some("330600"))
    );
    assert_eq!(find(&ms, "宁波").mention.norm, "宁波市");
}

#[test]
fn short_place_inside_an_ordinary_word_is_not_a_place() {
    let ms = tag("坚持绿水青山就是金山银山的理念。");
    assert!(!ms.iter().any(|m| m.mention.text == "金山"), "{ms:?}");
}

#[test]
fn dash_chain_yields_one_place_per_member() {
    let ms = tag("推动金山枫泾-嘉兴嘉善协同发展。");
    for s in ["金山", "枫泾", "嘉兴", "嘉善"] {
        assert!(has(&ms, EntityType::Place, s), "{s} missing");
    }
    assert_eq!(find(&ms, "枫泾").mention.norm, "枫泾镇");
}

#[test]
fn abbreviation_compounds_are_places_but_ordinary_words_are_not() {
    let ms = tag("深化沪浙合作,推进甬舟一体化。这通常需要联合攻关。");
    assert_eq!(find(&ms, "沪").mention.norm, "上海市");
    assert_eq!(find(&ms, "浙").mention.norm, "浙江省");
    assert_eq!(find(&ms, "甬").mention.norm, "宁波市");
    assert!(
        !ms.iter()
            .any(|m| m.mention.text == "通" || m.mention.text == "合"),
        "{ms:?}"
    );
    // 苏 reads as the city next to another city.
    let ms = tag("加强苏锡常协作。");
    assert_eq!(find(&ms, "苏").mention.norm, "苏州市");
    // A cue before an abbreviation that starts an ordinary word: 在港口.
    let ms = tag("扩大LNG在港口集卡的使用,推动接沪融杭。");
    assert!(!has(&ms, EntityType::Place, "港"), "{ms:?}");
    assert!(has(&ms, EntityType::Place, "沪"), "{ms:?}");
}

#[test]
fn projects_need_a_distinctive_name_and_keep_their_section() {
    let ms = tag("加快建设杭温铁路二期,谋划绍兴滨海新区,完善城际铁路和产业园区配套。");
    assert!(has(&ms, EntityType::Project, "杭温铁路二期"), "{ms:?}");
    assert!(has(&ms, EntityType::Project, "绍兴滨海新区"), "{ms:?}");
    assert!(!ms
        .iter()
        .any(|m| m.mention.etype == EntityType::Project && m.mention.text.contains("城际铁路")));
    assert!(!ms
        .iter()
        .any(|m| m.mention.etype == EntityType::Project && m.mention.text == "产业园区"));
}

#[test]
fn quoted_programme_names_keep_their_quotes() {
    let ms = tag("全面实施“千村精品”工程。");
    assert!(has(&ms, EntityType::Project, "“千村精品”工程"), "{ms:?}");
}

#[test]
fn relative_agencies_get_canonical_from_the_subject() {
    let text = "温州市推进数字化改革实施方案\n加快建设数据中心(市经信局牵头)。";
    let norm = Normaliser::new(NormOptions::default()).normalise(text);
    let doc = Tagger::new(TaggerConfig::default()).tag(text, &norm, &RES);
    assert_eq!(doc.subject.as_deref(), Some("温州市"));
    let m = doc
        .mentions
        .iter()
        .find(|m| m.mention.text == "市经信局")
        .expect("agency");
    assert_eq!(m.mention.etype, EntityType::Agency);
    assert_eq!(m.mention.canonical.as_deref(), Some("温州市经济和信息化局"));
}

#[test]
fn generic_agency_phrases_are_not_agencies() {
    let ms = tag("各县(市、区)委、市级机关各部门要认真落实。");
    assert!(
        !ms.iter().any(|m| m.mention.etype == EntityType::Agency),
        "{ms:?}"
    );
}

#[test]
fn industries_drop_their_generic_head_and_need_policy_context() {
    let ms = tag("大力发展集成电路产业,培育智能传感、柔性显示、人工智能等新兴产业。加强交通管理。");
    assert!(has(&ms, EntityType::Industry, "集成电路"));
    assert!(
        has(&ms, EntityType::Industry, "柔性显示"),
        "enumeration member: {ms:?}"
    );
    assert!(!ms.iter().any(|m| m.mention.text == "交通"), "{ms:?}");
}

#[test]
fn targets_carry_value_unit_comparator_and_year() {
    let ms = tag("到2030年,全市森林覆盖率达到62%以上,单位能耗控制在0.4吨以下。");
    let t = find(&ms, "全市森林覆盖率达到62%以上");
    let a = t.mention.target.as_ref().unwrap();
    assert_eq!(
        (a.indicator.as_str(), a.value.as_deref(), a.unit.as_deref()),
        ("森林覆盖率", Some("62"), Some("%"))
    );
    assert_eq!((a.comparator, a.year), (Comparator::AtLeast, Some(2030)));
    let t = find(&ms, "单位能耗控制在0.4吨以下");
    assert_eq!(
        t.mention.target.as_ref().unwrap().comparator,
        Comparator::AtMost
    );
}

#[test]
fn masked_targets_are_targets_but_masked_words_and_reports_are_not() {
    // 重点突破**图像处理软件: a mask glued to a word hides part of it; 稳定在
    // **以上 is a masked value before its comparator word.
    let ms = tag("到2030年,人均收入达到**万元。加大*策支持。去年增长6.7%。重点突破**图像处理软件。优良天数比例稳定在**以上。");
    let t = find(&ms, "人均收入达到**万元");
    let a = t.mention.target.as_ref().unwrap();
    assert!(a.masked && a.value.is_none());
    assert_eq!(a.unit.as_deref(), Some("万元"));
    assert!(
        find(&ms, "优良天数比例稳定在**以上")
            .mention
            .target
            .as_ref()
            .unwrap()
            .masked
    );
    assert_eq!(
        ms.iter()
            .filter(|m| m.mention.etype == EntityType::Target)
            .count(),
        2,
        "{ms:?}"
    );
}

#[test]
fn a_grade_whose_numeral_was_masked_away_is_a_masked_target() {
    let ms = tag("到2030年,近岸海域水质保持在Ⅱ类以上,入海河流水质稳定在类以上。推进分类施策。");
    let a = find(&ms, "近岸海域水质保持在Ⅱ类以上")
        .mention
        .target
        .clone()
        .unwrap();
    assert_eq!((a.value.as_deref(), a.masked), (Some("Ⅱ"), false));
    let a = find(&ms, "入海河流水质稳定在类以上")
        .mention
        .target
        .clone()
        .unwrap();
    assert!(a.masked && a.value.is_none(), "{a:?}");
    assert_eq!(a.unit.as_deref(), Some("类"));
    // 类 without a comparator around it is an ordinary word.
    assert_eq!(
        ms.iter()
            .filter(|m| m.mention.etype == EntityType::Target)
            .count(),
        2,
        "{ms:?}"
    );
}

#[test]
fn numbers_inside_names_and_counts_are_not_targets() {
    let ms = tag("建设500千伏温州输变电工程,打造十大产业链。");
    assert!(
        !ms.iter().any(|m| m.mention.etype == EntityType::Target),
        "{ms:?}"
    );
}

#[test]
fn defined_short_names_are_tagged_later_with_their_full_name() {
    let ms = tag("建设温州海洋经济发展示范区(以下简称示范区)。支持示范区先行先试。");
    let later: Vec<_> = ms.iter().filter(|m| m.mention.text == "示范区").collect();
    assert_eq!(later.len(), 1, "{ms:?}");
    assert_eq!(later[0].mention.etype, EntityType::Project);
    assert_eq!(
        later[0].mention.canonical.as_deref(),
        Some("温州海洋经济发展示范区")
    );
}

#[test]
fn a_name_that_goes_on_after_its_definition_defines_its_part_too() {
    let ms = tag("以中国(福建)自由贸易试验区(以下简称福建自贸试验区)新片区为重点。推进新片区改革,福建自贸试验区新片区扩大开放。");
    let parts: Vec<_> = ms.iter().filter(|m| m.mention.text == "新片区").collect();
    assert_eq!(parts.len(), 2, "{ms:?}");
    for m in parts.iter().chain([&find(&ms, "福建自贸试验区新片区")]) {
        assert_eq!(m.mention.etype, EntityType::Project);
        assert_eq!(
            m.mention.canonical.as_deref(),
            Some("中国(福建)自由贸易试验区新片区")
        );
    }
}

#[test]
fn offsets_address_the_original_traditional_text() {
    let text = "發展積體電路產業。";
    let ms = tag(text);
    let m = find(&ms, "積體電路");
    assert_eq!((m.mention.start, m.mention.end), (2, 6));
    assert_eq!(m.mention.norm, "集成电路");
}

#[test]
fn lines_named_by_places_alone_in_a_list_of_lines() {
    let ms = tag("推进温丽、金衢二期、杭义城际等铁路前期工作。");
    for s in ["温丽", "金衢二期", "杭义城际"] {
        assert!(has(&ms, EntityType::Project, s), "{s} missing: {ms:?}");
    }
    // A list that does not say it lists lines: the abbreviations are places.
    let ms = tag("深化温丽、金衢合作。");
    assert!(
        !ms.iter().any(|m| m.mention.etype == EntityType::Project),
        "{ms:?}"
    );
}

#[test]
fn a_leading_verb_is_not_part_of_a_project_name() {
    let ms = tag("全力整合嘉善港区资源。");
    assert!(has(&ms, EntityType::Project, "嘉善港区"), "{ms:?}");
    assert!(!has(&ms, EntityType::Project, "整合嘉善港区"));
    // A run of verbs and adjectives leads the name as one verb does.
    let ms = tag("做大做强宁波舟山港集装箱枢纽港。");
    assert!(
        has(&ms, EntityType::Project, "宁波舟山港集装箱枢纽港"),
        "{ms:?}"
    );
}

#[test]
fn an_industry_alone_does_not_name_a_project_without_scope_or_event() {
    let ms = tag("规划建设集成电路产业基地。");
    assert!(
        !ms.iter().any(|m| m.mention.etype == EntityType::Project),
        "{ms:?}"
    );
    assert!(has(&ms, EntityType::Industry, "集成电路"), "{ms:?}");
    let ms = tag("争创国家集成电路创新中心,办好数字经济大会。");
    assert!(
        has(&ms, EntityType::Project, "国家集成电路创新中心"),
        "{ms:?}"
    );
    assert!(has(&ms, EntityType::Project, "数字经济大会"), "{ms:?}");
    // 全国 only describes reach: no designation.
    let ms = tag("打造全国集成电路产业集聚区。");
    assert!(
        !ms.iter().any(|m| m.mention.etype == EntityType::Project),
        "{ms:?}"
    );
}

#[test]
fn the_slot_of_a_lead_marker_names_agencies_but_running_text_does_not() {
    let ms = tag("温州市行动方案\n1.建设瓯江数字港。(自然资源和规划局、市科技牵头)\n2.推进改革。海洋发展牵头)");
    for s in ["自然资源和规划局", "市科技", "海洋发展"] {
        assert!(has(&ms, EntityType::Agency, s), "{s} missing: {ms:?}");
    }
    let ms = tag("鼓励社会力量广泛参与,提高服务水平配合,共建共享。(瑞安市牵头)");
    assert!(
        !ms.iter().any(|m| m.mention.etype == EntityType::Agency),
        "{ms:?}"
    );
    assert!(has(&ms, EntityType::Place, "瑞安市"), "{ms:?}");
}

#[test]
fn a_marker_glued_to_its_clause_names_the_word_after_the_last_verb() {
    let ms =
        tag("温州市行动方案\n1.加快推进瓯江数字港建设海洋牵头)\n2.打造特色产业带市发展改革委牵头)");
    assert!(has(&ms, EntityType::Agency, "海洋"), "{ms:?}");
    // The one-word rule: 带市 glued to a department is not a name's start.
    assert!(has(&ms, EntityType::Agency, "市发展改革委"), "{ms:?}");
    assert!(
        !ms.iter()
            .any(|m| m.mention.etype == EntityType::Agency && m.mention.text.contains('带')),
        "{ms:?}"
    );
}

#[test]
fn a_dictionary_project_before_a_quoted_programme_is_a_project_of_its_own() {
    let ms = tag("开展虹桥国际开放枢纽企业服务“一网通办”试点。");
    assert!(has(&ms, EntityType::Project, "虹桥国际开放枢纽"), "{ms:?}");
    // 试点 after a quoted dictionary project only says what is done with it.
    assert!(has(&ms, EntityType::Project, "一网通办"), "{ms:?}");
    assert!(
        !ms.iter().any(|m| m.mention.text.contains("试点")),
        "{ms:?}"
    );
    // A place before the quotation still names the programme.
    let ms = tag("实施嘉兴“千村万户”重大工程。");
    assert!(
        has(&ms, EntityType::Project, "嘉兴“千村万户”重大工程"),
        "{ms:?}"
    );
}

#[test]
fn a_quoted_object_of_a_build_verb_is_an_initiative() {
    let ms = tag("全面推行“窗口无否决”,加快建设“指尖政务之城”。");
    assert!(has(&ms, EntityType::Project, "窗口无否决"), "{ms:?}");
    assert!(has(&ms, EntityType::Project, "指尖政务之城"), "{ms:?}");
    // A quotation that only qualifies a noun, a count, and the object of a
    // verb of following are no initiatives.
    let ms = tag("打造“数字名片”体系,实施“三个一”,践行“绿水青山就是金山银山”。");
    assert!(
        !ms.iter().any(|m| m.mention.etype == EntityType::Project),
        "{ms:?}"
    );
}

#[test]
fn quoted_lists_may_carry_describing_words_before_their_count_or_head() {
    let ms = tag(
        "推出“古桥之旅”“丝绸之旅”运河文化两大主题游线,完善“湖畔夜话”“蚕乡寻梦”等乡村旅游项目。",
    );
    for s in ["古桥之旅", "丝绸之旅", "湖畔夜话", "蚕乡寻梦"] {
        assert!(has(&ms, EntityType::Project, s), "{s} missing: {ms:?}");
    }
    // Without 等 or a count, words between the quotations and a head make
    // the quotations qualify something else.
    let ms = tag("发扬“敢闯敢试”精神风貌项目,弘扬“勇立潮头”城市性格。");
    assert!(
        !ms.iter().any(|m| m.mention.etype == EntityType::Project),
        "{ms:?}"
    );
}

#[test]
fn one_common_word_alone_in_quotes_before_a_head_is_emphasis() {
    let ms = tag("支持企业在外地设立“飞地”研发中心。");
    assert!(
        !ms.iter().any(|m| m.mention.etype == EntityType::Project),
        "{ms:?}"
    );
    // In a list each common word names a member.
    let ms = tag("实施“雄鹰”“飞地”两大计划。");
    assert!(has(&ms, EntityType::Project, "飞地"), "{ms:?}");
}

#[test]
fn the_issuers_metadata_line_gives_issuers_not_mentions() {
    let text = "温州市数字化改革实施方案\n索引号: 001/2024\n文件编号: 发布机构: 温州市发展改革委\n温州市发展改革委牵头推进数字化改革。";
    let norm = Normaliser::new(NormOptions::default()).normalise(text);
    let doc = Tagger::new(TaggerConfig::default()).tag(text, &norm, &RES);
    assert_eq!(doc.issuers, vec!["温州市发展改革委".to_string()]);
    let agencies: Vec<_> = doc
        .mentions
        .iter()
        .filter(|m| m.mention.etype == EntityType::Agency)
        .map(|m| m.mention.start)
        .collect();
    // Only the agency of the running text, after the metadata lines.
    let body = text.find("\n温州市发展改革委牵头").unwrap();
    assert_eq!(
        agencies,
        vec![text[..body].chars().count() + 1],
        "{:?}",
        doc.mentions
    );
}

#[test]
fn a_body_named_before_its_duties_ends_before_them() {
    let ms = tag("市数字办要切实履行领导小组办公室职责,统筹推进改革。");
    assert!(
        !ms.iter().any(|m| m.mention.text.contains("履行")),
        "{ms:?}"
    );
}

#[test]
fn a_jurisdiction_opening_the_clause_starts_a_body_name_across_its_conjunction() {
    let ms =
        tag("加强与市政府、省数字改革与创新联席会议办公室等对接。\n中共温州市委 温州市人民政府");
    assert!(
        has(&ms, EntityType::Agency, "省数字改革与创新联席会议办公室"),
        "{ms:?}"
    );
    // Never across a space: two bodies of a header line stay two.
    assert!(has(&ms, EntityType::Agency, "温州市人民政府"), "{ms:?}");
}

#[test]
fn a_compass_point_with_xiang_is_a_direction_inside_a_name() {
    let ms = tag("推进虹桥国际开放枢纽南向拓展带建设,引导资金向嘉兴高铁新城集聚。");
    assert!(
        has(&ms, EntityType::Project, "虹桥国际开放枢纽南向拓展带"),
        "{ms:?}"
    );
    // 向 as a verb still ends a name.
    assert!(has(&ms, EntityType::Project, "嘉兴高铁新城"), "{ms:?}");
}

#[test]
fn a_head_glued_to_a_list_word_still_ends_the_name() {
    // jieba reads 节等 as one word here.
    let ms = tag("提升西塘汉服节等品牌影响力。");
    assert!(has(&ms, EntityType::Project, "西塘汉服节"), "{ms:?}");
    // A head inside an ordinary word stays no head (中心 of 中心城市).
    let ms = tag("提升嘉兴中心城市能级。");
    assert!(
        !ms.iter().any(|m| m.mention.etype == EntityType::Project),
        "{ms:?}"
    );
}

#[test]
fn a_quote_that_masking_left_unclosed_opens_the_name() {
    let ms = tag("全面实施“@***科技特派员专项行动推动成果转化。");
    assert!(
        has(&ms, EntityType::Project, "“@***科技特派员专项行动"),
        "{ms:?}"
    );
    let ms = tag("实施“**+数字经济工程加快产业升级。");
    assert!(has(&ms, EntityType::Project, "“**+数字经济工程"), "{ms:?}");
    // A quote closed later in the sentence is an ordinary quotation.
    let ms = tag("实施“数字经济工程”,加快产业升级。");
    assert!(
        !ms.iter()
            .any(|m| m.mention.text.starts_with('“') && m.mention.etype == EntityType::Project),
        "{ms:?}"
    );
}

#[test]
fn a_year_after_a_place_names_the_edition_of_an_event() {
    let ms = tag("参与办好温州****年世界青年大会赛事系列活动。");
    assert!(
        has(&ms, EntityType::Project, "温州****年世界青年大会"),
        "{ms:?}"
    );
    // A deadline before a name is no part of it.
    let ms = tag("到2025年嘉兴科技城建设取得进展。");
    assert!(has(&ms, EntityType::Project, "嘉兴科技城"), "{ms:?}");
}

#[test]
fn unknown_members_of_a_dash_chain_of_places_are_places() {
    let ms = tag("支持嘉善—吴江—澄溪、昆山—上海澄浦等毗邻区域深度合作。");
    assert!(has(&ms, EntityType::Place, "澄溪"), "{ms:?}");
    // A near place before the member is its prefix.
    assert!(has(&ms, EntityType::Place, "澄浦"), "{ms:?}");
    // Years, ordinary words and members that follow no place are not.
    let ms = tag("2021—2025年,推动上海—发展、规划—澄溪建设。");
    assert!(
        !ms.iter()
            .any(|m| m.mention.text == "发展" || m.mention.text == "澄溪"),
        "{ms:?}"
    );
}

#[test]
fn a_place_cut_only_by_another_place_word_is_still_a_place() {
    // jieba reads 上|海城市 (the far 海城市) at the start of a sentence.
    let ms = tag("上海城市更新持续推进,嘉兴城市能级显著提升。");
    assert!(has(&ms, EntityType::Place, "上海"), "{ms:?}");
    // An ordinary word cutting a short form still rules it out (和县).
    let ms = tag("推进示范区和县域经济协同发展。");
    assert!(!has(&ms, EntityType::Place, "和县"), "{ms:?}");
}

#[test]
fn a_town_short_form_listed_with_places_is_a_place() {
    // 盐官 is also an ordinary word to jieba; among places it is the town.
    let ms = tag("嘉兴市文化发展规划\n重点建设西塘、盐官、濮院等历史文化名镇。");
    assert!(has(&ms, EntityType::Place, "盐官"), "{ms:?}");
    // Alone in running text it is not.
    let ms = tag("嘉兴市文化发展规划\n古代盐官负责管理盐务。");
    assert!(!has(&ms, EntityType::Place, "盐官"), "{ms:?}");
}

#[test]
fn places_inside_a_media_name_are_not_tagged() {
    let ms = tag("据江苏新闻客户端报道,南京推进都市圈建设。");
    assert!(!has(&ms, EntityType::Place, "江苏"), "{ms:?}");
    assert!(has(&ms, EntityType::Place, "南京"), "{ms:?}");
}

#[test]
fn an_industry_word_before_infrastructure_only_qualifies_it() {
    let ms = tag("加快推进物联网基础设施建设,大力发展物联网。");
    let industries: Vec<_> = ms
        .iter()
        .filter(|m| m.mention.etype == EntityType::Industry)
        .map(|m| m.mention.start)
        .collect();
    // Only the second 物联网, the object of 发展.
    assert_eq!(industries, vec![18], "{ms:?}");
}

#[test]
fn a_count_ends_the_members_of_an_industry_list() {
    let ms = tag("做强集成电路、生物医药、精品茶业五大具有竞争力、辨识度的产业集群。");
    assert!(has(&ms, EntityType::Industry, "精品茶业"), "{ms:?}");
    assert!(
        !ms.iter().any(|m| m.mention.text.contains("辨识度")),
        "{ms:?}"
    );
}

#[test]
fn public_affairs_and_facilities_are_no_industries_and_software_no_platform() {
    let ms = tag("推动物联网、人工智能、大数据与民生、社会治理等各领域融合应用。");
    assert!(has(&ms, EntityType::Industry, "物联网"), "{ms:?}");
    assert!(!has(&ms, EntityType::Industry, "民生"), "{ms:?}");
    assert!(!has(&ms, EntityType::Industry, "社会治理"), "{ms:?}");
    // An industry before 港 names a facility: 通用航空港.
    let ms = tag("推进通用航空港建设,大力发展通用航空。");
    let industries: Vec<_> = ms
        .iter()
        .filter(|m| m.mention.etype == EntityType::Industry)
        .map(|m| m.mention.start)
        .collect();
    assert_eq!(industries, vec![14], "{ms:?}");
    // 平台软件 is software, not a platform project.
    let ms = tag("围绕温州工业互联网平台软件开展技术攻关。");
    assert!(
        !ms.iter().any(|m| m.mention.etype == EntityType::Project),
        "{ms:?}"
    );
}

#[test]
fn a_short_form_two_towns_of_one_city_share_is_known_by_its_surface() {
    // 虹桥: 闵行's 虹桥镇 and 长宁's 虹桥街道.
    let ms = tag("上海市发展规划\n支持虹桥—昆山—相城深度合作。");
    let t = find(&ms, "虹桥");
    assert_eq!(
        (t.mention.norm.as_str(), t.mention.code.as_deref()),
        ("虹桥", None)
    );
    // A town's own short form keeps the town's name.
    let ms = tag("嘉兴市发展规划\n推进西塘—黎里深度合作。");
    assert_eq!(find(&ms, "西塘").mention.norm, "西塘镇");
}

#[test]
fn a_member_ending_in_its_known_siblings_field_word_is_a_field_too() {
    // Two known siblings end in 技术: a quoted or long member ending in it
    // names a field of the same kind.
    let ms =
        tag("重点攻关新材料技术、现代农业技术、“双碳”相关技术、城市运行与公共安全技术等领域。");
    assert!(has(&ms, EntityType::Industry, "“双碳”相关技术"), "{ms:?}");
    assert!(has(&ms, EntityType::Industry, "城市运行与公共安全技术"));
    assert_eq!(find(&ms, "“双碳”相关技术").mention.norm, "双碳相关技术");
    // One known sibling with that word is not enough.
    let ms = tag("重点攻关新材料技术、生物医药、“双碳”相关技术、城市运行与公共安全技术等领域。");
    assert!(!ms.iter().any(|m| m.mention.text.contains("相关技术")));
    assert!(!ms.iter().any(|m| m.mention.text.contains("公共安全")));
}

#[test]
fn a_numbered_item_titled_by_a_build_verb_names_its_project() {
    let ms = tag("**.高水平建设外资总部经济集聚先行区。全面落实准入清单管理制度。\n");
    assert!(
        has(&ms, EntityType::Project, "外资总部经济集聚先行区"),
        "{ms:?}"
    );
    // The same words in running text carry no proper name.
    let ms = tag("全面落实准入清单管理制度,高水平建设外资总部经济集聚先行区。\n");
    assert!(
        !ms.iter().any(|m| m.mention.text.contains("先行区")),
        "{ms:?}"
    );
    // Lines, descriptions, counts and titles that run on are no names.
    for title in [
        "*.共建一体化高快速路网。\n",
        "*.加快建设国际化的中央商务区。\n",
        "*.办好一批文旅活动。\n",
        "**.推进人才服务一体化依托人才服务中心。\n",
    ] {
        let ms = tag(title);
        assert!(
            !ms.iter().any(|m| m.mention.etype == EntityType::Project),
            "{title}: {ms:?}"
        );
    }
}

#[test]
fn a_head_that_ends_an_ordinary_noun_heads_nothing() {
    let ms = tag("实施一批长三角产业链关键环节协同创新项目,建设长三角政务网站。");
    assert!(
        !ms.iter().any(|m| m.mention.text.ends_with("环节")),
        "{ms:?}"
    );
    assert!(
        !ms.iter().any(|m| m.mention.text.ends_with("网站")),
        "{ms:?}"
    );
    // A festival named with its place is still one.
    let ms = tag("办好长三角音乐节。");
    assert!(has(&ms, EntityType::Project, "长三角音乐节"), "{ms:?}");
}

#[test]
fn members_of_a_list_closed_by_a_named_industry_are_its_fields() {
    // 等 + a dictionary industry + its head: the members are kinds of it,
    // masked characters included.
    let ms = tag("围绕**图像处理软件、***平台软件等基础与平台软件领域开展技术攻关。");
    assert!(has(&ms, EntityType::Industry, "**图像处理软件"), "{ms:?}");
    assert!(has(&ms, EntityType::Industry, "***平台软件"), "{ms:?}");
    // An industry that only qualifies another noun after 等 says nothing.
    let ms = tag("合作开展地方戏曲振兴、传统工艺传承等文化工程。");
    assert!(
        !ms.iter().any(|m| m.mention.etype == EntityType::Industry),
        "{ms:?}"
    );
    // Without a named kind the masks keep a member out.
    let ms = tag("加速物联网、大数据、**新一代信息技术与产业融合应用等领域。");
    assert!(
        !ms.iter().any(|m| m.mention.text.starts_with('*')),
        "{ms:?}"
    );
}

#[test]
fn a_cue_and_an_abbreviation_that_make_an_ordinary_word_name_nothing() {
    // 联合 and 融合 are words, not 联/融 + 合 (合肥).
    let ms = tag("共建新型研发机构、联合研发中心、联合实验室等载体,推进城乡融合平台建设。");
    assert!(
        !ms.iter().any(|m| m.mention.etype == EntityType::Project),
        "{ms:?}"
    );
    // 临沪 is a cue and its place.
    let ms = tag("加快建设临沪产业园。");
    assert!(has(&ms, EntityType::Project, "临沪产业园"), "{ms:?}");
}

#[test]
fn a_list_member_whose_places_meet_in_an_ordinary_word_is_no_line() {
    // 美|丽园: the seam of the two hits makes 美丽, an ordinary word.
    let ms =
        tag("突出打造美丽城镇、美丽乡村、美丽园区、美丽河湖、美丽公路、美丽生活六大美丽示范。");
    assert!(
        !ms.iter().any(|m| m.mention.etype == EntityType::Project),
        "{ms:?}"
    );
    let ms = tag("推进通苏嘉甬、沪乍杭、美丽公路等铁路前期工作。");
    assert!(has(&ms, EntityType::Project, "通苏嘉甬"), "{ms:?}");
    assert!(has(&ms, EntityType::Project, "沪乍杭"), "{ms:?}");
}

#[test]
fn a_verb_of_giving_before_a_head_ends_the_name() {
    // 为…提供平台: the head is the object of 提供, not a name's end.
    let ms = tag("努力为长三角生物医药企业提供平台服务。");
    assert!(
        !ms.iter().any(|m| m.mention.etype == EntityType::Project),
        "{ms:?}"
    );
}

#[test]
fn a_town_the_statistical_tables_leave_out_has_its_official_name() {
    // 启隆镇 is missing from the pinned gazetteer and supplied by
    // places_extra.tsv.
    let ms = tag("加强南通启隆与南通海永的合作。");
    assert_eq!(find(&ms, "启隆").mention.norm, "启隆镇");
    assert_eq!(find(&ms, "海永").mention.norm, "海永镇");
}

#[test]
fn a_place_that_is_no_division_is_normed_by_its_surface() {
    let ms = tag("服务华东,辐射长三角,联通钱江两岸。");
    assert_eq!(find(&ms, "华东").mention.norm, "华东");
    assert_eq!(find(&ms, "钱江").mention.norm, "钱江");
    // The guideline gives 长三角 its name.
    assert_eq!(find(&ms, "长三角").mention.norm, "长江三角洲");
}

#[test]
fn quoted_names_closed_by_a_project_head_are_projects() {
    let ms = tag("实施“青山”“绿水”两大行动,推进“智慧港口”建设。");
    for s in ["青山", "绿水", "智慧港口"] {
        assert!(has(&ms, EntityType::Project, s), "{s} missing: {ms:?}");
    }
    let ms = tag("实施“雄鹰企业”“小巨人企业”培育计划,落实“五个中心”“1+8”的要求。");
    assert!(
        !ms.iter().any(|m| m.mention.etype == EntityType::Project),
        "{ms:?}"
    );
}

#[test]
fn places_inside_organisation_names_are_not_tagged() {
    let ms = tag("推动建立皖南体育产业联盟,依托杭州技术交易所,坚持中国特色社会主义。");
    assert!(
        !ms.iter().any(|m| m.mention.etype == EntityType::Place),
        "{ms:?}"
    );
    // A kind of organisation is no name: its place stays.
    let ms = tag("鼓励杭州一流大学到衢州设立分支机构。");
    assert!(has(&ms, EntityType::Place, "杭州"), "{ms:?}");
    assert!(has(&ms, EntityType::Place, "衢州"), "{ms:?}");
}

#[test]
fn bracketed_places_cue_abbreviations_and_programmes_name_projects() {
    let ms = tag("建设国家会展中心(温州),推进临甬产业协同发展示范带,共同打造数字温州。");
    for s in ["国家会展中心(温州)", "临甬产业协同发展示范带", "数字温州"] {
        assert!(has(&ms, EntityType::Project, s), "{s} missing: {ms:?}");
    }
    // A lead marker in brackets is no part of a name.
    let ms = tag("建设温州数据中心(瑞安市牵头)。");
    assert!(has(&ms, EntityType::Project, "温州数据中心"), "{ms:?}");
}

#[test]
fn an_industry_that_only_qualifies_a_noun_is_not_tagged() {
    let ms = tag("完善养老服务机构布局,整合文化旅游资源。吸引跨境电商出口企业集聚,推动建立数字贸易海外仓,建立基于大数据风险评估的监管机制。");
    assert!(
        !ms.iter().any(|m| m.mention.etype == EntityType::Industry),
        "{ms:?}"
    );
    let ms = tag("大力发展养老服务和文化旅游。");
    assert!(has(&ms, EntityType::Industry, "养老服务"), "{ms:?}");
}

#[test]
fn short_industry_names_are_objects_before_a_context_word() {
    let ms = tag("加快推进5G网络建设,深化港航合作。");
    assert!(has(&ms, EntityType::Industry, "5G"), "{ms:?}");
    assert!(has(&ms, EntityType::Industry, "港航"), "{ms:?}");
}

#[test]
fn far_county_short_forms_are_ordinary_words_unless_their_region_is_named() {
    // 港口 and 运河 are short forms of districts in Guangxi and Hebei; a plan
    // for Ningbo names neither province.
    let ms = tag("宁波市推进港口开发,建设运河文化长廊,提升中心城区功能。");
    assert!(has(&ms, EntityType::Place, "宁波市"));
    for w in ["港口", "运河", "城区"] {
        assert!(!has(&ms, EntityType::Place, w), "{w} tagged as a place");
    }
    // A county short form in a named province stays a place.
    let ms = tag("江苏省支持昆山与太仓协同发展。");
    assert!(has(&ms, EntityType::Place, "昆山"));
    assert!(has(&ms, EntityType::Place, "太仓"));
}

#[test]
fn an_industry_word_inside_a_longer_noun_phrase_is_not_tagged() {
    // A qualifying noun before it: the phrase names a service, not the sector.
    let ms = tag("推进远程医疗服务,建设公共文化服务设施。");
    assert!(!has(&ms, EntityType::Industry, "医疗服务"));
    assert!(!has(&ms, EntityType::Industry, "文化服务"));
    // A name that starts inside a word (深化|工业) is not there.
    let ms = tag("深化工业互联网应用。");
    assert!(!has(&ms, EntityType::Industry, "化工"));
    // The sector named on its own stays.
    let ms = tag("大力发展医疗服务和生物医药。");
    assert!(has(&ms, EntityType::Industry, "生物医药"));
}

#[test]
fn the_head_closing_a_list_says_whether_its_members_are_industries() {
    let ms = tag("加强交通、能源等基础设施互联互通,开展教育、医疗等基本公共服务合作。");
    for w in ["交通", "能源", "教育", "医疗"] {
        assert!(
            !has(&ms, EntityType::Industry, w),
            "{w} tagged as an industry"
        );
    }
    let ms = tag("培育新能源、新材料等新兴产业。");
    assert!(has(&ms, EntityType::Industry, "新能源"));
    assert!(has(&ms, EntityType::Industry, "新材料"));
}

#[test]
fn list_members_that_only_contain_an_industry_word_do_not_make_an_industry_list() {
    // 群众体育 and 竞技体育 contain 体育 but are not dictionary industries.
    let ms = tag("推动群众体育、竞技体育协调发展。");
    assert!(!has(&ms, EntityType::Industry, "群众体育"));
    assert!(!has(&ms, EntityType::Industry, "竞技体育"));
}

#[test]
fn short_names_in_a_list_closed_by_a_project_head_are_projects() {
    let ms = tag("鼓励前湾、钱塘新城等品牌园区输出管理标准。");
    assert!(has(&ms, EntityType::Project, "前湾"), "{ms:?}");
    assert!(has(&ms, EntityType::Project, "钱塘新城"), "{ms:?}");
    // A list of places, of verbs, or of generic words lists no projects.
    let ms = tag("推进杭州、宁波等地区合作,加快改造、提升等项目进度,整合产业园区、开发区等园区。");
    for w in ["杭州", "宁波", "改造", "提升", "产业园区", "开发区"] {
        assert!(!has(&ms, EntityType::Project, w), "{w} tagged as a project");
    }
}

#[test]
fn party_committees_bodies_and_named_groups_are_agencies() {
    let text = "中共温州市委 温州市人民政府\n关于推进数字化改革的意见\n市委、市政府高度重视。人大、政协加强监督。决定成立温州市推进数字化改革工作领导小组。加快建设新城(杭州钱塘新区管委会牵头)。";
    let norm = Normaliser::new(NormOptions::default()).normalise(text);
    let ms = Tagger::new(TaggerConfig::default())
        .tag(text, &norm, &RES)
        .mentions;
    // The place name takes the 市 of 市委.
    assert_eq!(find(&ms, "中共温州市委").mention.etype, EntityType::Agency);
    // Relative bodies resolve against the subject.
    assert_eq!(
        find(&ms, "市委").mention.canonical.as_deref(),
        Some("中共温州市委")
    );
    assert_eq!(
        find(&ms, "市政府").mention.canonical.as_deref(),
        Some("温州市人民政府")
    );
    // 人大 and 政协 stand alone; 政府 alone would not.
    assert!(has(&ms, EntityType::Agency, "人大"));
    assert!(has(&ms, EntityType::Agency, "政协"));
    // A leading verb is not part of a group's name.
    assert!(
        has(&ms, EntityType::Agency, "温州市推进数字化改革工作领导小组"),
        "{ms:?}"
    );
    // The management committee of a named development area.
    assert!(has(&ms, EntityType::Agency, "杭州钱塘新区管委会"), "{ms:?}");
}

#[test]
fn an_entrys_own_name_wins_over_the_short_forms_it_equals() {
    // 巴西 is a country and the short form of towns called 巴西镇.
    let ms = tag("加强与巴西的经贸合作。");
    assert_eq!(find(&ms, "巴西").mention.norm, "巴西");
}

#[test]
fn a_town_of_the_subjects_city_stands_alone() {
    let text = "嘉兴市推进古镇保护实施方案\n推进乌镇古镇保护。";
    let norm = Normaliser::new(NormOptions::default()).normalise(text);
    let ms = Tagger::new(TaggerConfig::default())
        .tag(text, &norm, &RES)
        .mentions;
    assert_eq!(find(&ms, "乌镇").mention.norm, "乌镇镇");
}

#[test]
fn quoted_names_with_their_head_inside_the_quotes_are_projects() {
    let ms = tag("实施“山区孩子圆梦计划”和“创新宁波·人才引领工程”,建设“五个中心”和“产业新区”。");
    assert!(has(&ms, EntityType::Project, "山区孩子圆梦计划"), "{ms:?}");
    assert!(
        has(&ms, EntityType::Project, "创新宁波·人才引领工程"),
        "{ms:?}"
    );
    // Counts and generic names in quotes are not projects.
    assert!(!has(&ms, EntityType::Project, "五个中心"));
    assert!(!has(&ms, EntityType::Project, "产业新区"));
}

#[test]
fn clauses_after_a_goal_in_the_same_sentence_are_goals_too() {
    let ms = tag("力争全省社会消费品零售总额达到9000亿元,累计实际使用外资50亿美元。");
    let t = find(&ms, "累计实际使用外资50亿美元");
    assert_eq!(t.mention.etype, EntityType::Target);
    assert_eq!(
        t.mention.target.as_ref().unwrap().comparator,
        Comparator::Equal
    );
    // Without a goal before them, bare values report facts.
    let ms = tag("全省社会消费品零售总额9000亿元,累计实际使用外资50亿美元。");
    assert!(
        !ms.iter().any(|m| m.mention.etype == EntityType::Target),
        "{ms:?}"
    );
}

#[test]
fn project_names_keep_extensions_and_branch_parks_but_not_counts_or_kinds() {
    let ms = tag("宁波市推进甬台温高速延伸,支持宁波杭州湾新区慈溪园发展,打造12个“万亩千亿”平台,提升宁波现代物流园平台功能。");
    assert!(has(&ms, EntityType::Project, "甬台温高速延伸"), "{ms:?}");
    assert!(
        has(&ms, EntityType::Project, "宁波杭州湾新区慈溪园"),
        "{ms:?}"
    );
    assert!(has(&ms, EntityType::Project, "“万亩千亿”平台"), "{ms:?}");
    assert!(has(&ms, EntityType::Project, "宁波现代物流园"), "{ms:?}");
}

#[test]
fn a_head_that_only_qualifies_the_next_noun_heads_nothing() {
    let ms = tag("加快建设宁波中心城市,打造长三角中心花园和枢纽型城市。");
    assert!(
        !ms.iter().any(|m| m.mention.etype == EntityType::Project),
        "{ms:?}"
    );
    assert!(has(&ms, EntityType::Place, "宁波"));
}

#[test]
fn members_of_a_list_with_a_named_project_share_its_kind() {
    let ms = tag("推动宁波超强激光实验装置、高能同步辐射光源试验装置、先进光源研究设施建设。");
    assert!(
        has(&ms, EntityType::Project, "宁波超强激光实验装置"),
        "{ms:?}"
    );
    assert!(
        has(&ms, EntityType::Project, "高能同步辐射光源试验装置"),
        "{ms:?}"
    );
    assert!(has(&ms, EntityType::Project, "先进光源研究设施"), "{ms:?}");
    // No member is a named project: the list names kinds.
    let ms = tag("推动高能同步辐射光源试验装置、先进光源研究设施建设。");
    assert!(
        !ms.iter().any(|m| m.mention.etype == EntityType::Project),
        "{ms:?}"
    );
    // A member named by an industry alone is a kind of place for it.
    let ms = tag("打造宁波跨境贸易集聚区、会展经济集聚区。");
    assert!(
        has(&ms, EntityType::Project, "宁波跨境贸易集聚区"),
        "{ms:?}"
    );
    assert!(!has(&ms, EntityType::Project, "会展经济集聚区"), "{ms:?}");
}

#[test]
fn networks_circles_and_parts_of_a_corridor_are_projects() {
    let ms = tag("共建环太湖科技创新圈,合力打造长三角机场群,加快打造杭州城西科创大走廊北部板块,融入上海大都市圈。");
    assert!(has(&ms, EntityType::Project, "环太湖科技创新圈"), "{ms:?}");
    assert!(has(&ms, EntityType::Project, "长三角机场群"), "{ms:?}");
    assert!(
        has(&ms, EntityType::Project, "杭州城西科创大走廊北部板块"),
        "{ms:?}"
    );
    // A named metropolitan area is a place, not a project.
    assert!(!has(&ms, EntityType::Project, "上海大都市圈"));
}

#[test]
fn a_quoted_name_stays_whole_before_its_head() {
    // 和 inside the quotes does not stop the name.
    let ms = tag("谋划打造“碳中和”实验室,加快建设宁波综合保税区。");
    assert!(has(&ms, EntityType::Project, "“碳中和”实验室"), "{ms:?}");
    assert!(has(&ms, EntityType::Project, "宁波综合保税区"), "{ms:?}");
}

#[test]
fn markup_left_inside_a_name_is_not_part_of_its_norm() {
    let ms = tag("推进产业合作(长三角宁波>产业合作区管委会牵头)。");
    let m = find(&ms, "长三角宁波>产业合作区管委会");
    assert_eq!(m.mention.etype, EntityType::Agency);
    assert_eq!(m.mention.norm, "长三角宁波产业合作区管委会");
}

#[test]
fn a_known_industry_with_a_field_word_counts_as_a_known_list_member() {
    let ms = tag("重点开展新一代信息技术、新材料技术、生命健康技术、深海探测技术等领域研究。");
    assert!(has(&ms, EntityType::Industry, "新材料技术"), "{ms:?}");
    assert!(has(&ms, EntityType::Industry, "深海探测技术"), "{ms:?}");
}

#[test]
fn a_named_region_brings_its_provinces_near_and_chains_carry_short_forms() {
    // 长三角 spans 上海: 青浦 and 嘉定 are near in a Jiaxing plan that never
    // names 上海.
    let text = "嘉兴市融入长三角一体化方案\n推进嘉定安亭-青浦白鹤-苏州花桥联动。以吴兴一南浔一秀洲为重点,练市*乌镇先行。";
    let norm = Normaliser::new(NormOptions::default()).normalise(text);
    let ms = Tagger::new(TaggerConfig::default())
        .tag(text, &norm, &RES)
        .mentions;
    assert_eq!(find(&ms, "青浦").mention.norm, "青浦区");
    assert_eq!(find(&ms, "嘉定").mention.norm, "嘉定区");
    // The place right before a town decides which town it is.
    assert_eq!(find(&ms, "花桥").mention.norm, "花桥镇");
    assert_eq!(find(&ms, "花桥").mention.code.as_deref(), Some("320583104"));
    // OCR's 一 and a masked * join chains.
    assert_eq!(find(&ms, "秀洲").mention.norm, "秀洲区");
    assert_eq!(find(&ms, "练市").mention.norm, "练市镇");
}

#[test]
fn promotion_fairs_and_games_are_events() {
    let ms = tag("办好“乘着高铁游宁波”专题推介会。");
    assert!(
        has(&ms, EntityType::Project, "“乘着高铁游宁波”专题推介会"),
        "{ms:?}"
    );
}

#[test]
fn a_sector_name_keeps_its_qualifiers_and_its_ye_but_not_its_scope() {
    let ms = tag("大力发展科技信息服务业和高端会展业,打造世界级制造业集群,深化工业互联网应用。");
    assert!(has(&ms, EntityType::Industry, "科技信息服务业"), "{ms:?}");
    assert!(has(&ms, EntityType::Industry, "高端会展业"), "{ms:?}");
    assert!(has(&ms, EntityType::Industry, "制造业"), "{ms:?}");
    assert!(!has(&ms, EntityType::Industry, "世界级制造业"));
    assert!(!has(&ms, EntityType::Industry, "化工业"));
}

#[test]
fn cooperation_parks_named_by_compound_and_place_in_a_list_of_parks() {
    let ms = tag("全力推进中德(太仓)、中日(苏州)等国际产业合作园建设。");
    assert!(has(&ms, EntityType::Project, "中德(太仓)"), "{ms:?}");
    assert!(has(&ms, EntityType::Project, "中日(苏州)"), "{ms:?}");
    // The places inside the names are not tagged on their own.
    assert!(!has(&ms, EntityType::Place, "太仓"), "{ms:?}");
}

#[test]
fn a_dash_chain_of_places_leads_a_line_name() {
    let ms = tag("加快建设淮北—南京—上海1000千伏特高压交流输变电工程过江通道,实施南通—上海崇明500千伏联网工程。");
    assert!(
        has(
            &ms,
            EntityType::Project,
            "淮北—南京—上海1000千伏特高压交流输变电工程过江通道"
        ),
        "{ms:?}"
    );
    assert!(
        has(&ms, EntityType::Project, "南通—上海崇明500千伏联网工程"),
        "{ms:?}"
    );
    // No name starts with a dash.
    assert!(!ms.iter().any(|m| m.mention.text.starts_with('—')));
}

#[test]
fn dash_chains_of_places_in_a_list_of_lines_are_lines() {
    let ms = tag("推进黄山—金华、安康(襄阳)—合肥、温武吉铁路等规划对接。");
    assert!(has(&ms, EntityType::Project, "黄山—金华"), "{ms:?}");
    assert!(has(&ms, EntityType::Project, "安康(襄阳)—合肥"), "{ms:?}");
}

#[test]
fn places_listed_before_dengdi_are_neither_projects_nor_industries() {
    let ms = tag("加强与上海、苏州等地工业园区的合作,主动承接苏州、无锡等地高端装备制造、生物医药等优势产业转移。");
    assert!(has(&ms, EntityType::Place, "上海"), "{ms:?}");
    assert!(!has(&ms, EntityType::Project, "苏州"), "{ms:?}");
    assert!(!has(&ms, EntityType::Industry, "主动承接苏州"), "{ms:?}");
    assert!(has(&ms, EntityType::Industry, "生物医药"), "{ms:?}");
}

#[test]
fn a_hit_that_cuts_through_words_yields_to_the_name_it_hides() {
    // 建湖 (a county) and 高安 (a city) hide 湖州 and 安吉 to leftmost-longest
    // matching.
    let ms = tag("继续积极申建湖州综合保税区,提高安吉天子湖通用机场功能。");
    assert!(has(&ms, EntityType::Project, "湖州综合保税区"), "{ms:?}");
    assert!(
        has(&ms, EntityType::Project, "安吉天子湖通用机场"),
        "{ms:?}"
    );
}

#[test]
fn two_lists_of_lines_joined_by_a_conjunction_are_read_apart() {
    // The first list closes with 等 + its head; 和 opens the second list.
    let ms = tag("谋划建设宁杭第二、苏嘉等过江通道和舟山三桥、沪甬甬等跨海通道。");
    for s in ["宁杭第二", "苏嘉", "沪甬甬"] {
        assert!(has(&ms, EntityType::Project, s), "{s} missing: {ms:?}");
    }
    // A list head never becomes part of a member's name.
    assert!(!ms.iter().any(|m| m.mention.text.contains('等')), "{ms:?}");
    // Without 等 + a head, 和 joins members of one list only.
    let ms = tag("加强上海和苏州、无锡的产业合作。");
    assert!(
        !ms.iter().any(|m| m.mention.etype == EntityType::Project),
        "{ms:?}"
    );
}

#[test]
fn a_street_needs_its_city_named_not_only_its_province() {
    // 南站 is the short form of several 南站街道; naming the province of one
    // is not enough to read the ordinary word 南站 as that street.
    let ms = tag("江西省加快南站周边道路改造。");
    assert!(!has(&ms, EntityType::Place, "南站"), "{ms:?}");
    let ms = tag("南昌市西湖区南站、朝农等地推进老旧小区改造。");
    assert!(has(&ms, EntityType::Place, "南站"), "{ms:?}");
}

#[test]
fn words_before_a_quoted_name_describe_it_unless_they_are_a_dictionary_name() {
    let ms = tag("深化部门内部“零跑腿”改革。");
    assert!(has(&ms, EntityType::Project, "“零跑腿”改革"), "{ms:?}");
    let ms = tag("实施宁波“甬江引才”工程。");
    assert!(
        has(&ms, EntityType::Project, "宁波“甬江引才”工程"),
        "{ms:?}"
    );
}

#[test]
fn a_category_head_after_a_complete_name_and_describing_words_is_not_part_of_it() {
    let ms = tag("高水平建设宁波梅山新区重大战略平台。");
    assert!(has(&ms, EntityType::Project, "宁波梅山新区"), "{ms:?}");
    let ms = tag("谋划建设“梅山新区”重大开放平台。");
    assert!(has(&ms, EntityType::Project, "梅山新区"), "{ms:?}");
    // Without a complete name before it the category head is the head.
    let ms = tag("建设宁波数字贸易综合服务平台。");
    assert!(
        has(&ms, EntityType::Project, "宁波数字贸易综合服务平台"),
        "{ms:?}"
    );
}

#[test]
fn grid_labels_name_networks_and_heads_go_on_into_longer_heads() {
    let ms = tag("构建三纵两横高速公路网,完善六干八支内河航道网。");
    for s in ["三纵两横高速公路网", "六干八支内河航道网"] {
        assert!(has(&ms, EntityType::Project, s), "{s} missing: {ms:?}");
    }
    let ms = tag("完善宁波高速公路网络,建设宁波青山产业园区。");
    for s in ["宁波高速公路网络", "宁波青山产业园区"] {
        assert!(has(&ms, EntityType::Project, s), "{s} missing: {ms:?}");
    }
    // One stroke is a count, not a grid.
    let ms = tag("构建一纵高速公路网。");
    assert!(
        !ms.iter().any(|m| m.mention.etype == EntityType::Project),
        "{ms:?}"
    );
}

#[test]
fn two_names_of_one_kind_written_together_are_two_projects() {
    let ms = tag("高标准建设长三角会客展示中心宁波会客展示中心。");
    for s in ["长三角会客展示中心", "宁波会客展示中心"] {
        assert!(has(&ms, EntityType::Project, s), "{s} missing: {ms:?}");
    }
    // A programme's name followed by a dictionary line opens a second name.
    let ms = tag("宁波“大通道”建设工程杭平申线宁波段精品示范线通过验收。");
    for s in ["宁波“大通道”建设工程", "杭平申线宁波段精品示范线"] {
        assert!(has(&ms, EntityType::Project, s), "{s} missing: {ms:?}");
    }
    // A branch with its own head stays inside the name.
    let ms = tag("支持上海漕河泾开发区宁波分区建设。");
    assert!(
        has(&ms, EntityType::Project, "上海漕河泾开发区宁波分区"),
        "{ms:?}"
    );
}

#[test]
fn a_dictionary_industry_with_a_generic_head_drops_the_head_and_lists_drop_mianxiang() {
    let ms = tag("建设一批军民融合产业示范基地。");
    let m = find(&ms, "军民融合");
    assert_eq!(
        (m.mention.etype, m.mention.norm.as_str()),
        (EntityType::Industry, "军民融合")
    );
    let ms = tag("面向量子计算、类脑芯片、合成生物等前沿领域,培育未来产业。");
    assert!(has(&ms, EntityType::Industry, "量子计算"), "{ms:?}");
    assert!(
        !ms.iter().any(|m| m.mention.text.starts_with("面向")),
        "{ms:?}"
    );
}

#[test]
fn scenic_sites_belts_development_areas_and_link_lines_are_projects() {
    let ms = tag(
        "推进宁波—舟山产城融合发展区建设,加快杭州湾南接线二期,打造大运河文化带和湖州太湖风景区。",
    );
    for s in [
        "宁波—舟山产城融合发展区",
        "杭州湾南接线二期",
        "大运河文化带",
        "湖州太湖风景区",
    ] {
        assert!(has(&ms, EntityType::Project, s), "{s} missing: {ms:?}");
    }
    // Generic: no proper name before the head.
    let ms = tag("打造滨海生态带和旅游休闲区。");
    assert!(
        !ms.iter().any(|m| m.mention.etype == EntityType::Project),
        "{ms:?}"
    );
}

#[test]
fn a_head_that_jieba_fuses_with_a_verbal_noun_still_heads_a_name() {
    let ms = tag("推进太浦河后续工程建设。");
    assert!(has(&ms, EntityType::Project, "太浦河后续工程"), "{ms:?}");
    // 改革开放 is a word of its own: 改革 heads nothing there.
    let ms = tag("深化宁波改革开放。");
    assert!(
        !ms.iter().any(|m| m.mention.etype == EntityType::Project),
        "{ms:?}"
    );
}

#[test]
fn a_verb_split_by_jieba_over_a_name_does_not_lead_it() {
    // jieba reads 做|实沪甬…: the 实 of 做实 is glued to the name.
    let ms = tag("做实沪甬绿色智造廊道。");
    assert!(has(&ms, EntityType::Project, "沪甬绿色智造廊道"), "{ms:?}");
}

#[test]
fn a_programme_of_integration_is_a_policy_instrument_not_a_project() {
    let ms = tag("深入实施长三角一体化发展五年行动计划。");
    assert!(
        !ms.iter().any(|m| m.mention.etype == EntityType::Project),
        "{ms:?}"
    );
    assert!(has(&ms, EntityType::Place, "长三角"), "{ms:?}");
    // Zones named with the same word are projects.
    let ms = tag("建设宁绍一体化合作先行区。");
    assert!(
        has(&ms, EntityType::Project, "宁绍一体化合作先行区"),
        "{ms:?}"
    );
}

#[test]
fn masked_names_and_heads_split_by_an_industry_word_name_projects() {
    let ms = tag("共同构成***科创走廊北翼,建设******高速公路。");
    for s in ["***科创走廊", "******高速公路"] {
        assert!(has(&ms, EntityType::Project, s), "{s} missing: {ms:?}");
    }
    // A short mask is a masked number or word, not a name.
    let ms = tag("建设**产业园。");
    assert!(
        !ms.iter().any(|m| m.mention.etype == EntityType::Project),
        "{ms:?}"
    );
    // jieba reads 生态文化旅游|圈 with the industry as a user word.
    let ms = tag("打造环太湖生态文化旅游圈。");
    assert!(
        has(&ms, EntityType::Project, "环太湖生态文化旅游圈"),
        "{ms:?}"
    );
}

#[test]
fn a_verb_after_its_object_noun_stays_inside_a_name() {
    let ms = tag("共同开展长三角品质提升示范试点建设。");
    assert!(
        has(&ms, EntityType::Project, "长三角品质提升示范试点"),
        "{ms:?}"
    );
    // A verb that leads the name is still cut (加快 is no noun).
    let ms = tag("加快提升宁波舟山港。");
    assert!(has(&ms, EntityType::Project, "宁波舟山港"), "{ms:?}");
    // A verb right before a dictionary name governs it, even after a noun.
    let ms = tag("高规格举办航空航天、人工智能、生命健康等领域专家论坛。");
    assert!(has(&ms, EntityType::Industry, "航空航天"), "{ms:?}");
}

#[test]
fn named_activities_are_projects() {
    let ms = tag("开展“宁波周”活动。");
    assert!(has(&ms, EntityType::Project, "“宁波周”活动"), "{ms:?}");
    let ms = tag("开展各类交流活动。");
    assert!(
        !ms.iter().any(|m| m.mention.etype == EntityType::Project),
        "{ms:?}"
    );
}

#[test]
fn places_before_a_quoted_programme_lead_it_and_it_keeps_its_quotes() {
    let ms = tag("举办中国宁波“港城人才峰会”。");
    assert!(
        has(&ms, EntityType::Project, "中国宁波“港城人才峰会”"),
        "{ms:?}"
    );
    let ms = tag("举办“港城人才峰会”。");
    assert!(has(&ms, EntityType::Project, "港城人才峰会"), "{ms:?}");
}

#[test]
fn one_common_word_in_quotes_does_not_name_a_project() {
    let ms = tag("搭建“一站式”贸易服务平台和“甬江引才”服务平台。");
    assert!(
        !has(&ms, EntityType::Project, "“一站式”贸易服务平台"),
        "{ms:?}"
    );
    assert!(
        has(&ms, EntityType::Project, "“甬江引才”服务平台"),
        "{ms:?}"
    );
}

#[test]
fn list_members_drop_a_governing_verbal_noun_and_clauses_about_an_industry() {
    let ms = tag("探索运用物联网、大数据、云计算等技术。");
    assert!(has(&ms, EntityType::Industry, "物联网"), "{ms:?}");
    assert!(
        !ms.iter().any(|m| m.mention.text.starts_with("运用")),
        "{ms:?}"
    );
    let ms = tag("大力推动数字贸易、离岸贸易创新发展、服务贸易等新兴产业。");
    assert!(
        !ms.iter().any(|m| m.mention.text.contains("创新发展")),
        "{ms:?}"
    );
}

#[test]
fn a_heading_that_groups_industries_is_not_one() {
    let ms = tag("加快培育布局一批未来产业,大力发展人工智能产业。");
    assert!(!has(&ms, EntityType::Industry, "未来产业"), "{ms:?}");
    assert!(has(&ms, EntityType::Industry, "人工智能"), "{ms:?}");
}

#[test]
fn a_conjunction_splits_a_list_member_only_when_the_count_asks_for_it() {
    let ms = tag("大力发展数字产业、新材料和生命健康三大新兴产业。");
    for s in ["新材料", "生命健康"] {
        assert!(has(&ms, EntityType::Industry, s), "{s} missing: {ms:?}");
    }
    let ms = tag("全力建设电子信息、新能源汽车及关键零部件、生物医药等产业集群。");
    assert!(
        has(&ms, EntityType::Industry, "新能源汽车及关键零部件"),
        "{ms:?}"
    );
}

#[test]
fn far_full_names_and_foreign_cities_inside_ordinary_words_are_not_places() {
    // 繁荣乡 (a far township) inside 繁荣|乡村, 费城 inside 消费|城市.
    let ms = tag("上海市全面繁荣乡村文化,建设国际消费城市。");
    assert!(!has(&ms, EntityType::Place, "繁荣乡"), "{ms:?}");
    assert!(!has(&ms, EntityType::Place, "费城"), "{ms:?}");
    // Standing alone they are places.
    let ms = tag("上海市与费城开展友好城市交流。");
    assert!(has(&ms, EntityType::Place, "费城"), "{ms:?}");
    // A country inside 沿|海地|区, a county's two-character full name
    // inside 示范区|和|县域.
    let ms = tag("安徽省推动部分沿海地区发展,发挥示范区和县域经济作用。");
    assert!(!has(&ms, EntityType::Place, "海地"), "{ms:?}");
    assert!(!has(&ms, EntityType::Place, "和县"), "{ms:?}");
    // Fixed phrases that contain a river's name: 海河联运 is sea-river transport.
    let ms = tag("上海市积极推动海河联运。");
    assert!(!has(&ms, EntityType::Place, "海河"), "{ms:?}");
}

#[test]
fn places_inside_quoted_bracketed_and_listed_organisations_are_not_tagged() {
    let ms = tag("共同组建“沪苏浙大运河文化带古镇发展联盟”。");
    assert!(
        !ms.iter().any(|m| m.mention.etype == EntityType::Place),
        "{ms:?}"
    );
    let ms = tag("推动复旦大学长三角研究院(宁波)建设。");
    assert!(!has(&ms, EntityType::Place, "宁波"), "{ms:?}");
    let ms = tag("推动宁波港口、宁波银泰等企业集团开展试点。");
    assert!(!has(&ms, EntityType::Place, "宁波"), "{ms:?}");
    // An industry listed before 等企业 stays an industry.
    let ms = tag("支持宁波新能源、生物医药等企业做大做强。");
    assert!(has(&ms, EntityType::Industry, "生物医药"), "{ms:?}");
}

#[test]
fn china_and_country_pairs_in_a_list_are_places_whatever_jieba_glues() {
    // jieba's HMM reads 优中德 and 中荷 as words, and 中日 as a time word.
    let ms = tag("做精做优中德、中日、中荷等一批国际产业合作园。");
    let places: Vec<&str> = ms
        .iter()
        .filter(|m| m.mention.etype == EntityType::Place)
        .map(|m| m.mention.text.as_str())
        .collect();
    assert_eq!(places, ["中", "德", "中", "日", "中", "荷"], "{ms:?}");
    // 中午 is no pair of places.
    let ms = tag("中午召开会议。");
    assert!(
        !ms.iter().any(|m| m.mention.etype == EntityType::Place),
        "{ms:?}"
    );
}

#[test]
fn the_office_of_a_defined_body_is_a_body_and_no_agency_starts_inside_a_bracket() {
    let ms =
        tag("成立宁波市推进一体化发展领导小组(以下简称领导小组)。领导小组办公室设在市发展改革委。");
    let m = find(&ms, "领导小组办公室");
    assert_eq!(m.mention.etype, EntityType::Agency);
    assert!(
        m.mention
            .canonical
            .as_deref()
            .is_some_and(|c| c.ends_with("发展领导小组办公室")),
        "{ms:?}"
    );
    let ms = tag("各县(市、区)委、县(市、区)人民政府。");
    assert!(
        !ms.iter().any(|m| m.mention.etype == EntityType::Agency),
        "{ms:?}"
    );
}

#[test]
fn a_dictionary_name_with_a_bracket_inside_leads_a_longer_name() {
    let ms = tag("争取列入中国(浙江)自由贸易试验区联动创新区。");
    assert!(
        has(
            &ms,
            EntityType::Project,
            "中国(浙江)自由贸易试验区联动创新区"
        ),
        "{ms:?}"
    );
}

#[test]
fn short_names_in_a_list_closed_by_deng_xingdong_are_actions() {
    let ms = tag("深入实施青山、绿水、净土等行动。");
    for s in ["青山", "绿水", "净土"] {
        assert!(has(&ms, EntityType::Project, s), "{s} missing: {ms:?}");
    }
    // Verbs listed before 等行动 are no names.
    let ms = tag("开展调研、督查等行动。");
    assert!(
        !ms.iter().any(|m| m.mention.etype == EntityType::Project),
        "{ms:?}"
    );
}

#[test]
fn a_verb_right_before_a_programme_head_names_the_works() {
    let ms = tag("启动宁波火车站扩容提升工程。");
    assert!(
        has(&ms, EntityType::Project, "宁波火车站扩容提升工程"),
        "{ms:?}"
    );
    // A stop verb further left still leads the name.
    let ms = tag("加快提升宁波城市大脑工程。");
    assert!(
        !ms.iter().any(|m| m.mention.text.starts_with("加快")),
        "{ms:?}"
    );
}

#[test]
fn parts_of_an_event_stay_with_its_name() {
    let ms = tag("举办宁波国际港口博览会颁奖典礼暨开幕式,建设宁波港航论坛永久会址。");
    for s in ["宁波国际港口博览会颁奖典礼暨开幕式", "宁波港航论坛永久会址"]
    {
        assert!(has(&ms, EntityType::Project, s), "{s} missing: {ms:?}");
    }
}

#[test]
fn a_company_named_by_an_industry_alone_is_a_kind_and_keeps_its_industry() {
    let ms = tag("打造进出口贸易公司集聚区。");
    assert!(has(&ms, EntityType::Industry, "进出口贸易"), "{ms:?}");
    // An alliance so named is one organisation: nothing inside is tagged.
    let ms = tag("建立数字贸易城市联盟。");
    assert!(!has(&ms, EntityType::Industry, "数字贸易"), "{ms:?}");
}

#[test]
fn line_lists_closed_by_a_verb_or_with_one_member_name_their_lines() {
    // The clause's verb closes the list; the goods before the first member
    // are no part of its name.
    let ms = tag("加快天然气甬台、甬舟联络线建设。");
    for s in ["甬台", "甬舟联络线"] {
        assert!(has(&ms, EntityType::Project, s), "{s} missing: {ms:?}");
    }
    // One member before 等 + a project head.
    let ms = tag("积极争取沪甬温等磁悬浮项目规划研究。");
    assert!(has(&ms, EntityType::Project, "沪甬温"), "{ms:?}");
    // 等地 lists places.
    let ms = tag("支持沪甬等地开展合作。");
    assert!(
        !ms.iter().any(|m| m.mention.etype == EntityType::Project),
        "{ms:?}"
    );
}

#[test]
fn an_industry_before_a_context_word_that_qualifies_a_noun_is_not_tagged() {
    let ms = tag("逐步建立统一的急救医疗网络体系。");
    assert!(!has(&ms, EntityType::Industry, "医疗"), "{ms:?}");
    let ms = tag("深化区域医疗合作。");
    assert!(has(&ms, EntityType::Industry, "医疗"), "{ms:?}");
}

#[test]
fn two_deng_before_one_conjunction_do_not_break_the_list_reader() {
    // Both 等 find the same 和 (a fuzzed sentence once panicked here).
    let ms = tag("将年度等重等点工作和重大合作事项纳入市委、市政府督查范围。");
    assert!(
        ms.iter().all(|m| m.mention.start <= m.mention.end),
        "{ms:?}"
    );
}

#[test]
fn a_latin_code_written_with_a_technology_stays_in_its_span() {
    let ms = tag("加快虚拟现实(VR)和窄带物联网NB-IOT技术在园区的应用。");
    assert!(has(&ms, EntityType::Industry, "虚拟现实(VR)"), "{ms:?}");
    assert!(has(&ms, EntityType::Industry, "窄带物联网NB-IOT"), "{ms:?}");
    assert!(!has(&ms, EntityType::Industry, "VR"), "{ms:?}");
    // A bracket that holds no Latin code, or a lone letter, stays outside.
    let ms = tag("加快人工智能(一期)和大数据A区建设,培育人工智能产业。");
    assert!(
        !ms.iter().any(|m| m.mention.text.starts_with("人工智能(")),
        "{ms:?}"
    );
    assert!(!has(&ms, EntityType::Industry, "大数据A"), "{ms:?}");
}

#[test]
fn long_industry_names_in_a_list_of_other_things_are_not_industries() {
    // 等环节: stages of a value chain, even when each is a long dictionary name.
    let ms = tag("企业要聚焦研发设计、品牌营销等环节提升附加值。");
    assert!(!has(&ms, EntityType::Industry, "研发设计"), "{ms:?}");
    let ms = tag("大力发展研发设计、品牌营销等生产性服务业。");
    assert!(has(&ms, EntityType::Industry, "研发设计"), "{ms:?}");
}

#[test]
fn two_whole_industries_joined_by_he_in_a_list_are_two_members() {
    let ms = tag("加快发展高端制造、智能制造、绿色制造和服务型制造,促进互联网和实体经济融合。");
    assert!(has(&ms, EntityType::Industry, "绿色制造"), "{ms:?}");
    assert!(has(&ms, EntityType::Industry, "服务型制造"), "{ms:?}");
    // 及 attaches a part to the sector: one member.
    let ms = tag("做强集成电路、新能源汽车及关键零部件等产业集群。");
    assert!(
        has(&ms, EntityType::Industry, "新能源汽车及关键零部件"),
        "{ms:?}"
    );
}

#[test]
fn short_sector_words_in_a_list_of_policy_areas_are_not_industries() {
    // 等重点领域 after mostly non-industries: areas of regulation.
    let ms = tag("围绕金融、税收征管、人员出入境、消防安全等重点领域加强执法协作。");
    assert!(!has(&ms, EntityType::Industry, "金融"), "{ms:?}");
    // The same head after mostly industries lists industries.
    let ms = tag("围绕金融、集成电路、人工智能等重点领域加强招商合作。");
    assert!(has(&ms, EntityType::Industry, "金融"), "{ms:?}");
}

#[test]
fn cooperation_in_a_domain_of_public_life_does_not_make_it_an_industry() {
    let ms = tag("深化两地教育合作,加强体育协同。");
    assert!(!has(&ms, EntityType::Industry, "教育"), "{ms:?}");
    assert!(!has(&ms, EntityType::Industry, "体育"), "{ms:?}");
    // A sector proper keeps the context word; a head still makes 教育 one.
    let ms = tag("深化旅游合作,培育教育产业。");
    assert!(has(&ms, EntityType::Industry, "旅游"), "{ms:?}");
    assert!(has(&ms, EntityType::Industry, "教育"), "{ms:?}");
}

#[test]
fn two_industries_written_together_are_one_compound_field() {
    let ms = tag("推广基于区块链和5G物联网的追溯系统,发展人工智能、能源物联网。");
    assert!(has(&ms, EntityType::Industry, "5G物联网"), "{ms:?}");
    assert!(has(&ms, EntityType::Industry, "能源物联网"), "{ms:?}");
    assert!(!has(&ms, EntityType::Industry, "物联网"), "{ms:?}");
    // Neither part named as an object of policy: no compound either.
    let ms = tag("严禁航运船舶在锚地非法排污。");
    assert!(
        !ms.iter().any(|m| m.mention.etype == EntityType::Industry),
        "{ms:?}"
    );
}

#[test]
fn a_sector_after_a_count_heads_its_list_and_is_not_tagged() {
    let ms = tag("围绕软件信息、现代物流、科技金融三大服务业打造集聚区。");
    assert!(!has(&ms, EntityType::Industry, "服务业"), "{ms:?}");
    assert!(has(&ms, EntityType::Industry, "现代物流"), "{ms:?}");
    let ms = tag("推动服务业扩大开放,打造集聚区。");
    assert!(has(&ms, EntityType::Industry, "服务业"), "{ms:?}");
}

#[test]
fn a_list_member_that_says_where_keeps_only_its_industry() {
    let ms = tag("推进与沪嘉交界地区休闲旅游、新材料、新能源等产业合作。");
    assert!(has(&ms, EntityType::Industry, "休闲旅游"), "{ms:?}");
    assert!(has(&ms, EntityType::Place, "沪"), "{ms:?}");
    assert!(
        !ms.iter().any(|m| m.mention.text.starts_with("沪嘉交界")),
        "{ms:?}"
    );
}

#[test]
fn a_generic_head_keeps_an_industry_after_a_qualifying_noun() {
    let ms = tag("支持山区县域集成电路产业加快发展。");
    assert!(has(&ms, EntityType::Industry, "集成电路"), "{ms:?}");
    // Without the head the noun before it makes a longer phrase.
    let ms = tag("完善公共文化服务体系。");
    assert!(
        !ms.iter().any(|m| m.mention.etype == EntityType::Industry),
        "{ms:?}"
    );
}
