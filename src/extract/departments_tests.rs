//! Tests of unit parsing (departments.rs).

use super::*;

pub(super) fn ctx(home: &str) -> GovContext {
    GovContext {
        home: Some(home.into()),
        ..Default::default()
    }
}

/// (label, jurisdiction) of each unit.
pub(super) fn placed(us: &[Unit]) -> Vec<(&str, Option<&str>)> {
    us.iter()
        .map(|u| (u.label.as_str(), u.jurisdiction.as_deref()))
        .collect()
}

pub(super) fn labels(list: &str, home: &str) -> Vec<String> {
    parse_units(list, &ctx(home))
        .into_iter()
        .map(|u| u.label)
        .collect()
}

#[test]
fn prefixes_resolve_and_carry() {
    assert_eq!(labels("市发改委", "包头市"), ["包头市发展和改革委员会"]);
    assert_eq!(
        labels("市发展改革委、自然资源局", "呼和浩特市"),
        ["呼和浩特市发展和改革委员会", "呼和浩特市自然资源局"]
    );
    assert_eq!(labels("区商务局", "东胜区"), ["东胜区商务局"]);
    assert_eq!(
        labels("自治区发展改革委、住房城乡建设厅", "内蒙古自治区"),
        [
            "内蒙古自治区发展和改革委员会",
            "内蒙古自治区住房和城乡建设厅"
        ]
    );
}

#[test]
fn market_and_regional_are_not_prefixes() {
    assert_eq!(
        labels("市场监督管理局", "呼和浩特市"),
        ["呼和浩特市市场监督管理局"]
    );
    assert_eq!(labels("市市场监管局", "包头市"), ["包头市市场监督管理局"]);
    assert_eq!(
        labels("区域经济合作局", "呼和浩特市"),
        ["呼和浩特市区域经济合作局"]
    );
    // 市监局 is the market regulator's short name, whoever's it is.
    assert_eq!(labels("市监局", "包头市"), ["包头市市场监督管理局"]);
    assert_eq!(
        labels("旗市监局", "阿拉善右旗"),
        ["阿拉善右旗市场监督管理局"]
    );
}

#[test]
fn a_term_is_no_part_of_a_name() {
    assert_eq!(
        labels("旗十三届人民政府", "阿拉善右旗"),
        ["阿拉善右旗人民政府"]
    );
    assert_eq!(labels("市第十五届人民政府", "包头市"), ["包头市人民政府"]);
}

#[test]
fn a_unit_belongs_to_the_lowest_place_written() {
    assert_eq!(
        labels("鄂尔多斯市东胜区人民政府", "东胜区"),
        ["东胜区人民政府"]
    );
    assert_eq!(
        labels("包头市九原区发展和改革局", "包头市"),
        ["九原区发展和改革局"]
    );
}

#[test]
fn place_list_shares_government() {
    assert_eq!(
        labels("呼和浩特市、包头市、鄂尔多斯市人民政府", "内蒙古自治区"),
        ["呼和浩特市人民政府", "包头市人民政府", "鄂尔多斯市人民政府"]
    );
}

#[test]
fn nested_brackets_stay_in_one_item() {
    assert_eq!(
        labels("经济科教(轻纺工业)园区管委会", "东胜区"),
        ["东胜区经济科教(轻纺工业)园区管理委员会"]
    );
}

#[test]
fn a_date_run_into_a_unit_is_left_out() {
    assert_eq!(
        labels("市交通运输局、 2025年12九原区人民政府", "包头市"),
        ["包头市交通运输局", "九原区人民政府"]
    );
}

#[test]
fn towns_share_only_the_government_word() {
    assert_eq!(
        labels("天山镇、绍根镇、先锋乡人民政府", "阿鲁科尔沁旗"),
        ["天山镇人民政府", "绍根镇人民政府", "先锋乡人民政府"]
    );
    assert_eq!(
        labels("呼和浩特市、包头市发改委", "内蒙古自治区"),
        ["呼和浩特市发展和改革委员会", "包头市发展和改革委员会"]
    );
}

#[test]
fn more_abbreviations_expand() {
    assert_eq!(
        labels("市粮储局、市外办、市民宗委、市侨联", "呼和浩特市"),
        [
            "呼和浩特市粮食和物资储备局",
            "呼和浩特市外事办公室",
            "呼和浩特市民族宗教事务委员会",
            "呼和浩特市归国华侨联合会"
        ]
    );
    // The end of a full name with other words before it is another unit.
    assert_eq!(
        labels("市环境局、市营商环境局、市水资源局", "包头市"),
        ["包头市生态环境局", "包头市营商环境局", "包头市水资源局"]
    );
    assert_eq!(
        labels("市供销社、市营商局、自治区供销联社", "包头市"),
        [
            "包头市供销社",
            "包头市营商环境建设局",
            "内蒙古自治区供销合作社联合社"
        ]
    );
}

#[test]
fn towns_in_a_list_are_their_governments() {
    // A unit that names no place shares nothing with the places before it; a town the lexicon does not know
    // is its government too; a subdistrict's is its office.
    assert_eq!(
        labels("罕台镇、巴音门克街道、万水泉镇", "东胜区"),
        ["罕台镇人民政府", "巴音门克街道办事处", "万水泉镇人民政府"]
    );
    // Places before a unit that starts with one share its tail.
    assert_eq!(
        labels("东河区、九原区住建局", "包头市"),
        ["东河区住房和城乡建设局", "九原区住房和城乡建设局"]
    );
}

#[test]
fn a_lead_label_makes_the_share_out_clause_support() {
    let units = parse_units_under(
        "区营商环境建设局,罕台镇、万水泉镇按职责分工负责",
        &ctx("东胜区"),
        true,
    );
    let hints: Vec<_> = units.iter().map(|u| (u.label.as_str(), u.hint)).collect();
    assert_eq!(
        hints,
        [
            ("东胜区营商环境建设局", None),
            ("罕台镇人民政府", Some(crate::model::Role::Support)),
            ("万水泉镇人民政府", Some(crate::model::Role::Support)),
        ]
    );
}

#[test]
fn a_variant_inside_the_full_name_is_not_doubled() {
    assert_eq!(
        labels("市住房公积金中心、市公积金中心", "呼和浩特市"),
        [
            "呼和浩特市住房公积金管理中心",
            "呼和浩特市住房公积金管理中心"
        ]
    );
    assert_eq!(labels("市投促局", "包头市"), ["包头市投资促进局"]);
}

#[test]
fn a_note_s_closing_remark_and_counted_governments() {
    // 中国 is no prefix for what follows; 四市人民政府 is a group; the sentence after 下同 is no unit.
    let units = parse_units(
        "自治区发展改革委、财政厅,中国铁路呼和浩特局集团有限公司,四市人民政府按职责分工负责,下同。以下各项任务均涉及四市或部分市人民政府,不再列出",
        &ctx("内蒙古自治区"),
    );
    let got: Vec<(&str, UnitKind)> = units.iter().map(|u| (u.label.as_str(), u.kind)).collect();
    assert_eq!(
        got,
        [
            ("内蒙古自治区发展和改革委员会", UnitKind::Department),
            ("内蒙古自治区财政厅", UnitKind::Department),
            ("中国铁路呼和浩特局集团有限公司", UnitKind::Department),
            ("四市人民政府(内蒙古自治区)", UnitKind::Group),
        ]
    );
}

#[test]
fn governments_along_the_river_or_the_border_are_groups() {
    for (list, label) in [
        ("沿黄旗区人民政府", "沿黄旗区人民政府(鄂尔多斯市)"),
        ("沿边旗市人民政府", "沿边旗市人民政府(鄂尔多斯市)"),
        ("所在旗区政府", "所在旗区人民政府(鄂尔多斯市)"),
    ] {
        let units = parse_units(list, &ctx("鄂尔多斯市"));
        let got: Vec<(&str, UnitKind)> = units.iter().map(|u| (u.label.as_str(), u.kind)).collect();
        assert_eq!(got, [(label, UnitKind::Group)], "{list}");
    }
}

#[test]
fn departments_of_a_group_of_governments_are_groups() {
    // 四市发展改革委、交通运输局: each of the four cities' commissions and bureaus, a group each; the next
    // prefix ends the group.
    let units = parse_units(
        "四市发展改革委、交通运输局，市财政局、住建局",
        &ctx("包头市"),
    );
    let got: Vec<(&str, UnitKind)> = units.iter().map(|u| (u.label.as_str(), u.kind)).collect();
    assert_eq!(
        got,
        [
            ("四市发展和改革委员会(包头市)", UnitKind::Group),
            ("四市交通运输局(包头市)", UnitKind::Group),
            ("包头市财政局", UnitKind::Department),
            ("包头市住房和城乡建设局", UnitKind::Department),
        ]
    );
    assert_eq!(
        labels("各旗县区发展改革委、能源局", "鄂尔多斯市"),
        [
            "各旗县区发展和改革委员会(鄂尔多斯市)",
            "各旗县区能源局(鄂尔多斯市)"
        ]
    );
    // Not a government group's own government word, nor a unit with its own prefix or a named body.
    assert_eq!(
        labels("各旗县区人民政府、市场监管局", "鄂尔多斯市"),
        ["各旗县区人民政府(鄂尔多斯市)", "鄂尔多斯市市场监督管理局"]
    );
}

#[test]
fn a_prefix_without_a_home_stays_as_written() {
    let none = GovContext::default();
    let got: Vec<String> = parse_units("自治区发展改革委、市发改委", &none)
        .into_iter()
        .map(|u| u.label)
        .collect();
    assert_eq!(got, ["内蒙古自治区发展和改革委员会", "市发展和改革委员会"]);
}

#[test]
fn units_run_together_or_split_by_a_slash() {
    // A space the text lost between units, and a slash between them.
    assert_eq!(
        labels("市发改委市财政局市工信局", "包头市"),
        [
            "包头市发展和改革委员会",
            "包头市财政局",
            "包头市工业和信息化局"
        ]
    );
    assert_eq!(
        labels("市发改委/市财政局", "包头市"),
        ["包头市发展和改革委员会", "包头市财政局"]
    );
    // 市委市政府督查室 is one office; a market regulator is no prefix but starts a unit.
    assert_eq!(labels("市委市政府督查室", "包头市").len(), 1);
    assert_eq!(
        labels("市卫健委市场监管局", "包头市"),
        ["包头市卫生健康委员会", "包头市市场监督管理局"]
    );
}

#[test]
fn ji_after_a_unit_joins_two_units() {
    assert_eq!(
        labels("市发展改革委员会及各旗县区", "包头市"),
        ["包头市发展和改革委员会", "各旗县区(包头市)"]
    );
    assert_eq!(
        labels("市工信局以及市科技局", "包头市"),
        ["包头市工业和信息化局", "包头市科学技术局"]
    );
    // A unit's subordinates are a group.
    let us = parse_units("市场监督管理局及所属单位", &ctx("包头市"));
    assert_eq!(us[1].kind, UnitKind::Group);
}

#[test]
fn a_short_name_then_its_level_again() {
    assert_eq!(
        labels("呼市市委、呼市市政府、呼市市场监督管理局", "呼和浩特市"),
        [
            "呼和浩特市委",
            "呼和浩特市人民政府",
            "呼和浩特市市场监督管理局"
        ]
    );
}

#[test]
fn a_person_in_brackets_and_generic_words_are_no_names() {
    // 区文旅局（张某某）: the unit, without the person who answers for it.
    assert_eq!(
        labels("区文旅局(张某某)、区财政局(李晓明 13800000000)", "青山区"),
        ["青山区文化和旅游局", "青山区财政局"]
    );
    // Another name in brackets stays another name.
    assert_eq!(labels("市商务局(市口岸办)", "包头市"), ["包头市商务局"]);
    // A port city's port office, alone.
    assert_eq!(labels("市口岸办", "满洲里市"), ["满洲里市口岸办公室"]);
    // A town's own offices in its plan; not in a county's.
    assert_eq!(
        labels("镇农业农村办公室、镇财政所、镇派出所", "树林召镇"),
        ["树林召镇农业农村办公室", "树林召镇财政所", "树林召镇派出所"]
    );
    // Cities' and leagues' governments written together (人民政府(行政公署)): each its own.
    assert_eq!(
        labels("鄂尔多斯市、阿拉善盟人民政府(行政公署)", "内蒙古自治区"),
        ["鄂尔多斯市人民政府", "阿拉善盟行政公署"]
    );
    // So does a Party department's, a cooperative's or a federation's.
    assert_eq!(
        labels(
            "市委组织部(市委人才办)、市供销社(市供销合作社联合社)",
            "包头市"
        ),
        ["包头市委组织部", "包头市供销社"]
    );
    // 办公室 of 区委办公室 is no name of it.
    let units = parse_units("区委办公室", &ctx("青山区"));
    assert_eq!(units[0].label, "青山区委办公室");
    assert!(
        !units[0].aliases.contains(&"办公室".to_string()),
        "{:?}",
        units[0].aliases
    );
}

#[test]
fn discipline_and_supervision_commissions() {
    // 纪委监委, one office of two commissions, is named in full; each alone is its own.
    for (l, label) in [
        ("区纪委监委", "昆都仑区纪律检查委员会监察委员会"),
        ("区纪委", "昆都仑区纪律检查委员会"),
        ("区监委", "昆都仑区监察委员会"),
    ] {
        let units = parse_units(l, &ctx("昆都仑区"));
        let got: Vec<&str> = units.iter().map(|u| u.label.as_str()).collect();
        assert_eq!(got, [label], "{l}");
    }
}

#[test]
fn a_district_before_the_city_s_zone_is_the_district_s_government() {
    // Run together or listed, 昆区 and the city's 稀土高新区 are two units (there is no district's zone).
    for list in ["昆区稀土高新区管委会", "昆区、稀土高新区管委会"] {
        assert_eq!(
            labels(list, "包头市"),
            ["昆都仑区人民政府", "包头稀土高新技术产业开发区管理委员会"],
            "{list}"
        );
    }
    // A park named by its district, and a port's zone by its town, are one unit.
    assert_eq!(
        labels("九原工业园区管委会", "包头市"),
        ["九原工业园区管理委员会"]
    );
}

#[test]
fn a_body_named_after_the_mountain_it_manages_keeps_its_name() {
    // No government's prefix carries over to it.
    assert_eq!(
        labels("旗林草局、贺兰山管理局", "阿拉善左旗"),
        ["阿拉善左旗林业和草原局", "贺兰山管理局"]
    );
}

#[test]
fn a_zone_written_by_its_kind_is_its_place_s_one_zone_of_that_kind() {
    assert_eq!(
        labels("高新区管委会、市财政局", "榆林市"),
        ["榆林高新技术产业开发区管理委员会", "榆林市财政局"]
    );
    assert_eq!(
        labels("高新区管委会", "神木市"),
        ["神木高新技术产业开发区管理委员会"]
    );
    assert_eq!(
        labels("经济技术开发区管委会", "呼和浩特市"),
        ["呼和浩特经济技术开发区管理委员会"]
    );
    // Another league's zone of the same kind is not Hohhot's.
    assert_eq!(
        labels("锡林郭勒经济技术开发区管委会", "锡林郭勒盟"),
        ["锡林郭勒经济技术开发区管理委员会"]
    );
}

#[test]
fn a_zone_s_administration_is_named_as_the_zone_however_written() {
    // With its county or without, one unit; a short place name before a named zone is the zone's name.
    assert_eq!(
        labels("清水工业园区管委会、府谷县清水工业园区管委会", "府谷县"),
        ["清水工业园区管理委员会", "清水工业园区管理委员会"]
    );
    assert_eq!(
        labels(
            "集宁现代物流园区管委会、包头市九原工业园区管委会",
            "乌兰察布市"
        ),
        ["集宁现代物流园区管理委员会", "九原工业园区管理委员会"]
    );
    // A kind of zone after its city is the city's zone of that kind.
    assert_eq!(
        labels("鄂尔多斯市高新技术产业开发区管委会", "鄂尔多斯市"),
        ["鄂尔多斯高新技术产业开发区管理委员会"]
    );
}
