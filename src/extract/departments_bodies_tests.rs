//! Tests of departments.rs: kinds of bodies — zones' administrations, party and national bodies, enterprises, sections and working groups.

use super::tests::ctx;
use super::tests::labels;
use super::tests::placed;
use super::*;

#[test]
fn a_zone_committee_named_in_full_keeps_its_name() {
    let us = parse_units(
        "市商务局、甘其毛都口岸管委会、锦界工业园区管委会",
        &ctx("包头市"),
    );
    assert_eq!(
        placed(&us),
        [
            ("包头市商务局", Some("包头市")),
            ("甘其毛都口岸管理委员会", Some("乌拉特中旗")),
            ("锦界工业园区管理委员会", Some("神木市")),
        ]
    );
}

#[test]
fn party_bodies_groups_and_self_named_units() {
    assert_eq!(
        labels("市委军民融合办", "包头市"),
        ["包头市委军民融合发展委员会办公室"]
    );
    let us = parse_units(
        "各旗县区人民政府,市有关部门,包头海关,大青山管理局包头分局",
        &ctx("包头市"),
    );
    assert_eq!(us[0].kind, UnitKind::Group);
    assert_eq!(us[1].kind, UnitKind::Group);
    assert_eq!(us[2].label, "包头海关");
    assert_eq!(us[3].label, "大青山管理局包头分局");
    // A zone's administration named by its kind after a group of governments is the group's too.
    let us = parse_units("市统计局,各旗县市区人民政府、开发区管委会", &ctx("通辽市"));
    assert_eq!(us.len(), 3, "{us:?}");
    assert_eq!(us[2].kind, UnitKind::Group, "{us:?}");
    assert_eq!(us[2].label, "各开发区管委会(通辽市)", "{us:?}");
    // Governments of a plural level (旗县人民政府, 盟市) are a group.
    let us = parse_units("有关盟市、旗县人民政府", &ctx("内蒙古自治区"));
    assert!(us.iter().all(|u| u.kind == UnitKind::Group), "{us:?}");
    // (The quantifier and the government word are shared: 有关旗县人民政府, 有关盟市人民政府.)
    assert_eq!(us[1].label, "有关旗县人民政府(内蒙古自治区)", "{us:?}");
    // The party committee's offices by their short names.
    assert_eq!(
        labels("县委改革办、县委政研室", "托克托县"),
        ["托克托县委全面深化改革委员会办公室", "托克托县委政策研究室"]
    );
    // Bare kinds of places (嘎查村, 社区) are groups, not units.
    let us = parse_units("盟农牧局,各苏木乡镇、嘎查村", &ctx("锡林郭勒盟"));
    assert_eq!(us.len(), 3, "{us:?}");
    assert_eq!(us[2].kind, UnitKind::Group, "{us:?}");
    // A group named by its level keeps the level (县级相关部门, not 级相关部门).
    let us = parse_units(
        "县级相关部门、旗县级有关单位、市直各有关部门",
        &ctx("托克托县"),
    );
    let shown: Vec<&str> = us.iter().map(|u| u.label.as_str()).collect();
    assert_eq!(
        shown,
        [
            "县级相关部门(托克托县)",
            "旗县级有关单位(托克托县)",
            "市直各有关部门(呼和浩特市)"
        ]
    );
    assert_eq!(
        labels("呼和浩特海关驻乌兰察布办事处", "乌兰察布市"),
        ["呼和浩特海关驻乌兰察布办事处"]
    );
    // 各盟行政公署、市人民政府: both halves are groups; 满洲里 before them is not carried over.
    let us = parse_units(
        "满洲里海关,各盟行政公署、市人民政府按职责分工负责",
        &ctx("内蒙古自治区"),
    );
    let groups: Vec<&str> = us
        .iter()
        .filter(|u| u.kind == UnitKind::Group)
        .map(|u| u.label.as_str())
        .collect();
    assert_eq!(groups.len(), 2, "{us:?}");
    assert!(!us.iter().any(|u| u.label.contains("满洲里市")), "{us:?}");
    // The other half after 有关/相关 groups, and a bare government word after a group, belong to the group:
    // none is the region's own government.
    for (list, other) in [
        ("有关盟行政公署、市人民政府", "有关市人民政府"),
        ("相关盟市行政公署、人民政府", "相关盟市人民政府"),
        ("各盟市人民政府、行政公署", "各盟市行政公署"),
    ] {
        let us = parse_units(list, &ctx("内蒙古自治区"));
        assert_eq!(us.len(), 2, "{us:?}");
        assert!(us.iter().all(|u| u.kind == UnitKind::Group), "{us:?}");
        assert_eq!(us[1].label, format!("{other}(内蒙古自治区)"), "{us:?}");
    }
}

#[test]
fn league_committees_and_government_commissions() {
    assert_eq!(
        labels(
            "团市委、市政府国资委、市国资委、市委网信办、市妇联",
            "鄂尔多斯市"
        ),
        [
            "共青团鄂尔多斯市委员会",
            "鄂尔多斯市国有资产监督管理委员会",
            "鄂尔多斯市国有资产监督管理委员会",
            "鄂尔多斯市委网络安全和信息化委员会办公室",
            "鄂尔多斯市妇女联合会"
        ]
    );
    assert_eq!(labels("市政府办公室", "包头市"), ["包头市人民政府办公室"]);
    assert_eq!(
        labels("盟行署办公室", "锡林郭勒盟"),
        ["锡林郭勒盟行政公署办公室"]
    );
}

#[test]
fn a_place_stem_before_a_zone_names_the_zone() {
    let us = parse_units("九原工业园区管委会、市工信局", &ctx("包头市"));
    assert_eq!(us[0].label, "九原工业园区管理委员会");
    assert_eq!(us[0].jurisdiction.as_deref(), Some("九原区"));
    assert_eq!(us[0].aliases, ["九原工业园区管委会"]);
    // The zone's place does not carry over to the next item.
    assert_eq!(us[1].label, "包头市工业和信息化局");
    assert_eq!(
        labels("九原区工业园区管委会", "包头市"),
        ["九原区工业园区管理委员会"]
    );
}

#[test]
fn a_zone_s_short_kind_is_written_out_in_its_administration_s_name() {
    // Zones of the table by their short names; their kind in full when the zone is unknown.
    assert_eq!(
        labels(
            "榆林经开区管委会、神木高新区管委会、乌海高新区管理委员会",
            "榆林市"
        ),
        [
            "榆林经济技术开发区管理委员会",
            "神木高新技术产业开发区管理委员会",
            "乌海高新技术产业开发区管理委员会"
        ]
    );
    assert_eq!(
        labels("九原经开区管委会", "包头市"),
        ["九原经济技术开发区管理委员会"]
    );
}

#[test]
fn detachments_named_with_their_place_keep_their_name() {
    assert_eq!(
        labels("市公安局、武警鄂尔多斯支队、市消防救援支队", "鄂尔多斯市"),
        [
            "鄂尔多斯市公安局",
            "武警鄂尔多斯支队",
            "鄂尔多斯市消防救援支队"
        ]
    );
}

#[test]
fn a_named_industrial_zone_committee_keeps_its_name() {
    assert_eq!(
        labels("榆神工业区管委会", "榆林市"),
        ["榆神工业区管理委员会"]
    );
    assert_eq!(
        labels("京府工业园管委会", "府谷县"),
        ["京府工业园管理委员会"]
    );
}

#[test]
fn enterprises_keep_their_own_names() {
    assert_eq!(
        labels("远景科技集团、内蒙古能源集团有限公司", "鄂尔多斯市"),
        ["远景科技集团", "内蒙古能源集团有限公司"]
    );
    let u = &parse_units("远景科技集团", &ctx("鄂尔多斯市"))[0];
    assert_eq!(u.jurisdiction, None);
    // A company without a registered name is the government's (城投公司 of 包头市).
    assert_eq!(labels("市城投公司", "包头市"), ["包头市城投公司"]);
}

#[test]
fn a_zone_document_names_its_units_by_the_zone() {
    let ctx = GovContext {
        home: Some("包头市".into()),
        zone: Some("包头稀土高新技术产业开发区".into()),
        ..Default::default()
    };
    let got: Vec<String> = parse_units("区经济发展局、市财政局", &ctx)
        .into_iter()
        .map(|u| u.label)
        .collect();
    assert_eq!(
        got,
        ["包头稀土高新技术产业开发区经济发展局", "包头市财政局"]
    );
}

#[test]
fn national_bodies_belong_to_no_government_of_the_region() {
    let units = parse_units("国家发改委、财政部、国务院", &ctx("包头市"));
    let got: Vec<(&str, Option<&str>)> = units
        .iter()
        .map(|u| (u.label.as_str(), u.jurisdiction.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            ("国家发展和改革委员会", Some("中国")),
            ("财政部", Some("中国")),
            ("国务院", Some("中国")),
        ]
    );
    // 自治区 needs no home.
    let none = GovContext::default();
    assert_eq!(
        parse_units("自治区发展改革委", &none)[0].label,
        "内蒙古自治区发展和改革委员会"
    );
}

#[test]
fn a_body_s_other_name_in_brackets() {
    let us = parse_units(
        "市商务局〔市口岸办〕、市投资促进中心(市招商局)、呼和浩特海关(驻乌兰察布办事处)",
        &ctx("鄂尔多斯市"),
    );
    let got: Vec<&str> = us.iter().map(|u| u.label.as_str()).collect();
    assert_eq!(
        got,
        [
            "鄂尔多斯市商务局",
            "鄂尔多斯市投资促进中心",
            "呼和浩特海关(驻乌兰察布办事处)"
        ]
    );
    assert!(us[0].aliases.iter().any(|a| a == "市口岸办"), "{:?}", us[0]);
    assert!(us[1].aliases.iter().any(|a| a == "市招商局"), "{:?}", us[1]);
}

#[test]
fn a_national_body_s_office_in_a_place() {
    let us = parse_units(
        "自治区能源局、国家能源局内蒙古监管办、人行鄂尔多斯市分行",
        &ctx("内蒙古自治区"),
    );
    assert_eq!(
        placed(&us),
        [
            ("内蒙古自治区能源局", Some("内蒙古自治区")),
            ("国家能源局内蒙古监管办", Some("中国")),
            ("中国人民银行鄂尔多斯市分行", Some("中国")),
        ]
    );
}

#[test]
fn the_cluster_s_cities_by_their_one_character_names() {
    assert_eq!(
        labels("呼包鄂乌四市人民政府", "内蒙古自治区"),
        [
            "呼和浩特市人民政府",
            "包头市人民政府",
            "鄂尔多斯市人民政府",
            "乌兰察布市人民政府"
        ]
    );
    assert_eq!(labels("乌海市政府", "内蒙古自治区"), ["乌海市人民政府"]);
}

#[test]
fn a_section_of_a_department_is_under_its_full_name() {
    assert_eq!(
        labels("市发改委产业科、市工业和信息化局办公室", "包头市"),
        ["包头市发展和改革委员会产业科", "包头市工业和信息化局办公室"]
    );
}

#[test]
fn working_groups_and_the_market_bureau_short_name() {
    // 全区经济运行各专班: every working group of a kind is a group, not one unit.
    let us = parse_units("区发改局,全区经济运行各专班,区市场局", &ctx("东胜区"));
    assert_eq!(us[1].kind, UnitKind::Group, "{us:?}");
    assert_eq!(us[2].label, "东胜区市场监督管理局");
    assert_eq!(labels("市市场局", "包头市"), ["包头市市场监督管理局"]);
}

#[test]
fn a_department_s_own_sections_named_bare() {
    let own = GovContext {
        home: Some("包头市".into()),
        zone: None,
        dept: Some("包头市发展和改革委员会".into()),
        ..Default::default()
    };
    assert_eq!(
        placed(&parse_units(
            "投资科、规划科、市重大项目服务中心、市财政局",
            &own
        )),
        [
            ("包头市发展和改革委员会投资科", Some("包头市")),
            ("包头市发展和改革委员会规划科", Some("包头市")),
            ("包头市重大项目服务中心", Some("包头市")),
            ("包头市财政局", Some("包头市")),
        ]
    );
    // In a government's document a bare section stays under the government, as before.
    assert_eq!(labels("投资科", "包头市"), ["包头市投资科"]);
}

#[test]
fn merged_county_bureaus_and_towns_along_a_river() {
    assert_eq!(
        labels("县发改科技局、县教体局", "府谷县"),
        ["府谷县发展改革和科技局", "府谷县教育和体育局"]
    );
    // 沿黄各镇: every town of a kind is a group, not one town's government.
    let us = parse_units("县林业局、沿黄各镇", &ctx("府谷县"));
    assert_eq!(us[1].kind, UnitKind::Group, "{us:?}");
}

#[test]
fn and_between_two_units_and_a_commission_without_its_full_ending() {
    assert_eq!(
        labels(
            "自治区发展改革委、经济和信息化委、环保厅和内蒙古电力监管办及相关盟市配合",
            "内蒙古自治区"
        ),
        [
            "内蒙古自治区发展和改革委员会",
            "内蒙古自治区经济和信息化委员会",
            "内蒙古自治区环保厅",
            "内蒙古自治区电力监管办",
            "相关盟市(内蒙古自治区)",
        ]
    );
    // 和 inside a department's own name joins nothing.
    assert_eq!(
        labels("市住房和城乡建设局、市文化和旅游局", "包头市"),
        ["包头市住房和城乡建设局", "包头市文化和旅游局"]
    );
}

#[test]
fn the_administration_of_the_zone_a_plan_is_about() {
    let about = GovContext {
        home: Some("呼和浩特市".into()),
        subject_zone: Some("内蒙古和林格尔新区".into()),
        ..Default::default()
    };
    assert_eq!(
        placed(&parse_units("新区管委会、市大数据局", &about))[0].0,
        parse_units("和林格尔新区管委会", &about)[0].label
    );
    // Without a zone to be about, 新区管委会 stays the city's.
    assert_eq!(
        labels("新区管委会", "呼和浩特市"),
        ["呼和浩特市新区管理委员会"]
    );
}

#[test]
fn the_administration_of_a_kind_of_zone_is_the_home_s() {
    assert_eq!(
        labels(
            "重点开发开放试验区管委会、跨境经济合作区管委会",
            "二连浩特市"
        ),
        [
            "二连浩特市重点开发开放试验区管理委员会",
            "二连浩特市跨境经济合作区管理委员会"
        ]
    );
}

#[test]
fn local_bodies_after_a_group_are_the_group_s() {
    // 各苏木镇、街道办事处: each sumu and town, and each subdistrict office — no one body of the banner.
    let units = parse_units("旗乡村振兴局，各苏木镇、街道办事处", &ctx("达拉特旗"));
    let got: Vec<(&str, UnitKind)> = units.iter().map(|u| (u.label.as_str(), u.kind)).collect();
    assert_eq!(
        got,
        [
            ("达拉特旗乡村振兴局", UnitKind::Department),
            ("各苏木镇(达拉特旗)", UnitKind::Group),
            ("各街道办事处(达拉特旗)", UnitKind::Group),
        ]
    );
}

#[test]
fn a_group_of_levels_takes_the_government_word_of_its_other_half() {
    let units = parse_units("有关盟市、旗县人民政府", &ctx("内蒙古自治区"));
    let got: Vec<(&str, UnitKind)> = units.iter().map(|u| (u.label.as_str(), u.kind)).collect();
    assert_eq!(
        got,
        [
            ("有关盟市人民政府(内蒙古自治区)", UnitKind::Group),
            ("有关旗县人民政府(内蒙古自治区)", UnitKind::Group)
        ]
    );
    // Levels in brackets are the group's levels.
    let units = parse_units(
        &crate::extract::text::normalize("各盟市、旗县（市、区）人民政府"),
        &ctx("内蒙古自治区"),
    );
    let got: Vec<&str> = units.iter().map(|u| u.label.as_str()).collect();
    assert_eq!(
        got,
        [
            "各盟市人民政府(内蒙古自治区)",
            "各旗县市区人民政府(内蒙古自治区)"
        ]
    );
}

#[test]
fn people_in_charge_are_no_units() {
    assert_eq!(
        labels("市政府分管领导、市发改委、各部门主要负责同志", "包头市"),
        ["包头市发展和改革委员会"]
    );
}

#[test]
fn zones_listed_before_an_administration_share_its_word() {
    assert_eq!(
        labels(
            "榆林高新区、榆横工业区、榆神工业区管委会，市发改委",
            "榆林市"
        ),
        [
            "榆林高新技术产业开发区管理委员会",
            "榆横工业区管理委员会",
            "榆神工业区管理委员会",
            "榆林市发展和改革委员会"
        ]
    );
    // Not across a clause, nor onto a unit that is no zone.
    assert_eq!(
        labels("市工信局、榆神工业区管委会", "榆林市"),
        ["榆林市工业和信息化局", "榆神工业区管理委员会"]
    );
}
