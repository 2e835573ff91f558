//! Tests of running.rs.

use super::*;

fn labels(t: &str, home: &str) -> Vec<String> {
    let ctx = GovContext {
        home: Some(home.into()),
        ..Default::default()
    };
    find_units(t, &ctx, &[])
        .into_iter()
        .map(|u| u.label)
        .collect()
}

#[test]
fn places_listed_before_a_government_share_it() {
    assert_eq!(
        labels(
            "呼和浩特市、包头市、鄂尔多斯市人民政府要研究制定具体行动计划。",
            "内蒙古自治区"
        ),
        ["呼和浩特市人民政府", "包头市人民政府", "鄂尔多斯市人民政府"]
    );
}

#[test]
fn a_government_named_by_its_level_alone() {
    assert_eq!(
        labels(
            "由市政府牵头,市发展改革委、市财政局配合,2025年底前完成。",
            "包头市"
        ),
        ["包头市人民政府", "包头市发展和改革委员会", "包头市财政局"]
    );
    assert_eq!(
        labels(
            "区政府要加快推进老旧小区改造,市政府督查室负责督办。",
            "东胜区"
        ),
        ["东胜区人民政府", "鄂尔多斯市人民政府督查室"]
    );
    assert_eq!(
        labels("由自治区政府统筹推进", "包头市"),
        ["内蒙古自治区人民政府"]
    );
    assert_eq!(
        labels("由盟行署负责,盟住建局配合,2024年底前完成。", "锡林郭勒盟"),
        ["锡林郭勒盟行政公署", "锡林郭勒盟住房和城乡建设局"]
    );
    assert_eq!(
        labels("在盟委、行署的领导下,旗政府要抓好落实。", "正蓝旗"),
        ["锡林郭勒盟行政公署", "正蓝旗人民政府"]
    );
    assert_eq!(
        labels("由行署办公室负责督办。", "正蓝旗"),
        ["锡林郭勒盟行政公署办公室"]
    );
    // Groups, another place's government, the government's report: not the home government.
    assert!(labels("各旗县区政府要抓好落实", "包头市").is_empty());
    assert!(labels("旗县区政府负责", "包头市").is_empty());
    assert!(labels("市政府工作报告提出", "包头市").is_empty());
    assert_eq!(labels("由包头市政府负责", "鄂尔多斯市"), ["包头市人民政府"]);
}

#[test]
fn a_commission_before_hui_tong_keeps_its_name() {
    assert_eq!(
        labels("由市发展改革委会同市财政局制定实施细则。", "包头市"),
        ["包头市发展和改革委员会", "包头市财政局"]
    );
}

#[test]
fn units_in_running_text() {
    assert_eq!(
        labels(
            "市工业和信息化局要会同市发展改革委、市自然资源局,对全市工业园区进行整合",
            "鄂尔多斯市"
        ),
        [
            "鄂尔多斯市工业和信息化局",
            "鄂尔多斯市发展和改革委员会",
            "鄂尔多斯市自然资源局"
        ]
    );
    assert_eq!(
        labels("由内蒙古自治区交通运输厅组织实施", "包头市"),
        ["内蒙古自治区交通运输厅"]
    );
    assert_eq!(
        labels(
            "由市政府办公室统筹,呼和浩特市政府和新城区委共同推进",
            "包头市"
        ),
        ["包头市人民政府办公室", "呼和浩特市人民政府"]
    );
    // 省 in a Yulin plan is Shaanxi; 市 in a county-level city's plan is that city.
    assert_eq!(
        labels("积极争取省发展改革委支持,省级财政予以倾斜", "榆林市"),
        ["陕西省发展和改革委员会"]
    );
    assert_eq!(labels("由市司法局负责", "神木市"), ["神木市司法局"]);
}

#[test]
fn a_zone_administration_named_by_its_zone() {
    assert_eq!(
        labels(
            "今年,经济技术开发区管委会5月底建成投用王府井奥莱小镇",
            "呼和浩特市"
        ),
        ["呼和浩特经济技术开发区管理委员会"]
    );
    assert_eq!(
        labels(
            "由和林格尔新区管委会牵头,会同锦界工业园区管委会、市发改委和满都拉口岸管委会推进",
            "包头市"
        ),
        [
            "内蒙古和林格尔新区管理委员会",
            "锦界工业园区管理委员会",
            "包头市发展和改革委员会",
            "满都拉口岸管理委员会"
        ]
    );
    // A city's own company, with its prefix; not a company in a project's name.
    assert_eq!(
        labels(
            "市轨道交通公司要加快地铁TOD开发,市机场建管公司12月中旬全面开工新机场航站区",
            "呼和浩特市"
        ),
        ["呼和浩特市轨道交通公司", "呼和浩特市机场建管公司"]
    );
    assert!(labels("推进包头市稀土高新区新材料有限公司项目", "包头市").is_empty());
    // Inside a longer zone word, or a verb before 园区: no zone named.
    assert!(labels("加快推进园区管委会改革", "包头市").is_empty());
    assert!(
        labels("支持经济技术开发区管委会", "包头市")
            .iter()
            .all(|l| !l.starts_with('济'))
    );
}

#[test]
fn an_office_of_a_government_or_a_party_committee() {
    assert_eq!(
        labels(
            "近日,内蒙古自治区党委办公厅、自治区人民政府办公厅印发《总体方案》",
            "内蒙古自治区"
        ),
        ["内蒙古自治区党委办公厅", "内蒙古自治区人民政府办公厅"]
    );
    assert_eq!(
        labels("由市政府办公室牵头", "包头市"),
        ["包头市人民政府办公室"]
    );
}

#[test]
fn a_short_name_ending_in_its_level_s_character() {
    assert_eq!(
        labels("由科左后旗农牧局负责", "通辽市"),
        ["科尔沁左翼后旗农牧局"]
    );
    // A hall, a meeting called, a member of the committee: no units.
    assert!(labels("建设新城区非物质文化遗产展厅", "呼和浩特市").is_empty());
    assert!(labels("正蓝旗召开旗委农村牧区工作领导小组第三次会议", "正蓝旗").is_empty());
    assert!(labels("旗委常委、常务副旗长出席会议", "正蓝旗").is_empty());
    assert!(labels("乌海市加快推进数字政府建设实施方案", "乌海市").is_empty());
    // A long name (thirteen characters between the prefix and its unit word).
    assert_eq!(
        labels("市行政审批政务服务与数据管理局起草了意见", "乌海市"),
        ["乌海市行政审批政务服务与数据管理局"]
    );
}

#[test]
fn a_layout_is_no_unit() {
    assert!(labels("榆林市重大项目布局", "榆林市").is_empty());
    // A person's title is no unit either.
    assert!(labels("自治区主席王莉霞作政府工作报告", "内蒙古自治区").is_empty());
}

#[test]
fn addressees_and_hidden_units() {
    // The addressees are groups; a unit after a turned-down match is still found.
    assert!(
        labels(
            "各旗、县、区人民政府,稀土高新区管委会,市直有关部门、单位:",
            "包头市"
        )
        .is_empty()
    );
    assert!(
        labels(
            "各盟行政公署、市人民政府,自治区各委、办、厅、局:",
            "内蒙古自治区"
        )
        .is_empty()
    );
    assert_eq!(
        labels("各旗县区要加强与市发展改革委的沟通", "包头市"),
        ["包头市发展和改革委员会"]
    );
}

#[test]
fn words_that_look_like_prefixes_are_not_units() {
    for t in [
        "加强市场监管,完善城市管理体制,推进区域合作委",
        "建设市民服务中心和县城综合服务体",
        "全面推进社区治理",
        "推动准格尔旗等旗县人民政府落实",
        "支持伊利、蒙牛在锡林郭勒盟布局乳制品加工项目,形成全市一盘棋格局",
        "请旗政协委员和列席人员提出意见",
    ] {
        assert!(
            labels(t, "包头市").is_empty(),
            "{t}: {:?}",
            labels(t, "包头市")
        );
    }
}

#[test]
fn a_department_named_without_its_government_where_it_is_given_a_role() {
    assert_eq!(
        labels(
            "住建局要在9月底前完成老旧小区改造,财政局负责保障资金。",
            "包头市"
        ),
        ["包头市住房和城乡建设局", "包头市财政局"]
    );
    assert_eq!(
        labels("由发改委会同工信局制定方案。", "乌海市"),
        ["乌海市发展和改革委员会", "乌海市工业和信息化局"]
    );
    // Named, not given a role; or part of a longer name.
    assert!(labels("全市财政局系统召开会议。", "包头市").is_empty());
    assert!(labels("根据财政局要求,做好准备。", "包头市").is_empty());
}

#[test]
fn a_company_at_a_clause_s_start_given_its_role() {
    assert_eq!(
        labels(
            "青山文投公司要在6月下旬建成投用星剧场美好生活综合体。",
            "呼和浩特市"
        ),
        ["呼和浩特市青山文投公司"]
    );
    assert_eq!(
        labels("由蒙草集团牵头,市商务局配合。", "呼和浩特市"),
        ["蒙草集团", "呼和浩特市商务局"]
    );
    // Companies in general, or named in passing, are no unit.
    assert!(labels("各类企业集团要加强合作。", "呼和浩特市").is_empty());
    assert!(labels("支持蒙草集团发展生态产业。", "呼和浩特市").is_empty());
}

#[test]
fn offices_branches_and_service_units_given_their_role() {
    assert_eq!(
        labels(
            "县政府办、县发改局、市生态环境局靖边分局、县招商服务中心等牵头部门,要于每次调度会议前梳理进展。",
            "靖边县"
        ),
        [
            "靖边县人民政府办公室",
            "靖边县发展和改革局",
            "榆林市生态环境局靖边分局",
            "靖边县招商服务中心"
        ]
    );
    assert_eq!(
        labels("由县农技推广站负责技术指导。", "托克托县"),
        ["托克托县农技推广站"]
    );
    // The government at work (办好) is no office; facilities built are no unit.
    assert_eq!(
        labels("县政府办好十件民生实事。", "托克托县"),
        ["托克托县人民政府"]
    );
    assert!(labels("建设县大数据中心、县政务服务中心等项目。", "托克托县").is_empty());
}

#[test]
fn the_other_half_of_a_group_of_levels_is_no_unit() {
    // The group given its role is both levels' (as a note naming it is); no level's government alone is a unit.
    let got = labels("有关旗县、区人民政府配合做好调剂工作。", "包头市");
    assert_eq!(got, ["有关旗县人民政府(包头市)", "有关区人民政府(包头市)"]);
}

#[test]
fn the_last_of_a_list_of_bare_departments_and_standard_names() {
    assert_eq!(
        labels(
            "会上，自治区教育厅、科技厅、商务厅、卫健委、工信厅等部门汇报了重点工作。",
            "内蒙古自治区"
        ),
        [
            "内蒙古自治区教育厅",
            "内蒙古自治区科学技术厅",
            "内蒙古自治区商务厅",
            "内蒙古自治区卫生健康委员会",
            "内蒙古自治区工业和信息化厅"
        ]
    );
    // Named alone and given nothing, a department is no unit at work.
    assert!(labels("商务厅门前的广场", "内蒙古自治区").is_empty());
}
