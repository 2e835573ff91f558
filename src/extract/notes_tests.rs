//! Tests of notes.rs.

use super::*;
use crate::extract::text::normalize;

pub(super) fn ctx(h: &str) -> GovContext {
    GovContext {
        home: Some(h.into()),
        ..Default::default()
    }
}

/// (label, role) of each unit of a note.
pub(super) fn roles_of(n: &Note) -> Vec<(&str, Role)> {
    n.units
        .iter()
        .map(|u| (u.unit.label.as_str(), u.role))
        .collect()
}

#[test]
fn the_unit_giving_an_indicator_s_data() {
    let p = normalize("数据提供单位:旗统计局");
    let n = parse_label_line(&p, &ctx("阿拉善右旗"), &LeadRule::None).expect("note");
    assert_eq!(n.units[0].unit.label, "阿拉善右旗统计局");
    assert_eq!(n.units[0].role, Role::Responsible);
}

#[test]
fn those_responsible_under_a_lead_support_it() {
    let p = normalize(
        "②实施煤矿智能化改造。(牵头单位:旗能源局;责任单位:旗应急管理局;完成时限:2024—2025年)",
    );
    let n = parse_note(&p, &ctx("准格尔旗"), &LeadRule::None).expect("note");
    assert_eq!(
        roles_of(&n),
        [
            ("准格尔旗能源局", Role::Lead),
            ("准格尔旗应急管理局", Role::Support)
        ]
    );
    // A verb that makes them responsible keeps them so.
    let p = normalize("2.发展煤基新材料产业。(市工信局牵头,府谷县政府、神木市政府负责)");
    let n = parse_note(&p, &ctx("榆林市"), &LeadRule::None).expect("note");
    assert_eq!(
        roles_of(&n),
        [
            ("榆林市工业和信息化局", Role::Lead),
            ("府谷县人民政府", Role::Responsible),
            ("神木市人民政府", Role::Responsible)
        ]
    );
}

#[test]
fn first_listed_leads() {
    let p = normalize(
        "建设区域性中心城市。(市发展改革委、市自然资源局、交通运输局。列在首位的为牵头部门,其他部门按职责分工负责,下同)",
    );
    let rule = lead_rule(&p);
    assert_eq!(rule, LeadRule::FirstListed);
    let n = parse_note(&p, &ctx("呼和浩特市"), &rule).expect("note");
    let roles: Vec<Role> = n.units.iter().map(|u| u.role).collect();
    assert_eq!(roles, [Role::Lead, Role::Support, Role::Support]);
    assert_eq!(n.units[2].unit.label, "呼和浩特市交通运输局");
}

#[test]
fn implementers_and_regional_lead() {
    let p = normalize(
        "构建协调发展的城镇格局。（实施主体：呼和浩特市、包头市、鄂尔多斯市人民政府，自治区发展改革委、住房城乡建设厅，列为首位的自治区部门为推进牵头部门，其他为配合部门，下同）",
    );
    let rule = lead_rule(&p);
    assert_eq!(rule, LeadRule::FirstOfLevel("自治区".into()));
    let n = parse_note(&p, &ctx("内蒙古自治区"), &rule).expect("note");
    let got = n.roles();
    assert_eq!(got[0], ("呼和浩特市人民政府".into(), Role::Implementer));
    assert_eq!(got[3], ("内蒙古自治区发展和改革委员会".into(), Role::Lead));
    assert_eq!(
        got[4],
        ("内蒙古自治区住房和城乡建设厅".into(), Role::Support)
    );
}

#[test]
fn responsible_units_lead_beside_supporting_ones() {
    let p = normalize("推进工作。(责任部门:市数据局;协同部门:市政务服务局)");
    let n = parse_note(&p, &ctx("包头市"), &LeadRule::None).expect("note");
    assert_eq!(
        n.roles(),
        [
            ("包头市数据局".to_string(), Role::Lead),
            ("包头市政务服务局".to_string(), Role::Support)
        ]
    );
    // Without a supporting list a plain 责任单位 list stays as written.
    let p = normalize("推进工作。(责任单位:市发改委、市财政局)");
    let n = parse_note(&p, &ctx("包头市"), &LeadRule::None).expect("note");
    assert!(n.units.iter().all(|a| a.role == Role::Responsible));
}

#[test]
fn role_clauses_in_brackets_and_in_running_text() {
    let p = normalize(
        "加强沙漠综合治理。（自治区林草局牵头，阿拉善盟行政公署、鄂尔多斯市人民政府配合）",
    );
    let n = parse_note(&p, &ctx("内蒙古自治区"), &LeadRule::None).expect("note");
    let got = n.roles();
    assert_eq!(
        got,
        [
            ("内蒙古自治区林业和草原局".to_string(), Role::Lead),
            ("阿拉善盟行政公署".to_string(), Role::Support),
            ("鄂尔多斯市人民政府".to_string(), Role::Support),
        ]
    );
    let p = normalize(
        "建设乌海机场改扩建工程。由自治区交通运输厅牵头，自治区发展改革委、财政厅配合，乌海市人民政府负责落实。",
    );
    let n = parse_note(&p, &ctx("内蒙古自治区"), &LeadRule::None).expect("note");
    let roles: Vec<Role> = n.units.iter().map(|a| a.role).collect();
    assert_eq!(
        roles,
        [Role::Lead, Role::Support, Role::Support, Role::Responsible]
    );
    assert_eq!(n.units[2].unit.label, "内蒙古自治区财政厅");
    assert_eq!(
        &p[n.units[0].unit.start..n.units[0].unit.end],
        "自治区交通运输厅"
    );
    // The same sentence followed by a deadline label.
    let p = normalize(
        "推进工程建设项目审批制度改革。由市住房城乡建设局牵头，市自然资源局配合，各旗区人民政府负责落实。完成时限：年内完成。",
    );
    let n = parse_note(&p, &ctx("鄂尔多斯市"), &LeadRule::None).expect("note");
    assert_eq!(n.units.len(), 3);
    assert_eq!(n.units[0].unit.label, "鄂尔多斯市住房和城乡建设局");
    assert_eq!(n.deadline.as_deref(), Some("年内完成"));
    // The role sentence followed by a short sentence of when: its date is the deadline.
    let p = normalize(
        "推进交通项目建设。由市交通运输局牵头，市发展改革委、市自然资源局按职责分工负责。2025年底前取得阶段性成果。",
    );
    let n = parse_note(&p, &ctx("赤峰市"), &LeadRule::None).expect("note");
    assert_eq!(n.units.len(), 3);
    assert_eq!(n.units[0].unit.label, "赤峰市交通运输局");
    assert_eq!(n.units[0].role, Role::Lead);
    // Beside a lead, the units sharing the task out by duty support it.
    assert_eq!(n.units[1].role, Role::Support);
    assert_eq!(n.units[2].role, Role::Support);
    assert_eq!(n.deadline.as_deref(), Some("2025年底前"));
    // A closing sentence that is not a date leaves the roles alone: no note.
    let p = normalize("推进交通项目建设。由市交通运输局牵头。确保取得阶段性成果。");
    assert!(parse_note(&p, &ctx("赤峰市"), &LeadRule::None).is_none());
    // A sentence that is not made of role clauses is no note.
    let p = normalize("各地区要压实责任。主要领导亲自负责,分管领导具体牵头。");
    assert!(parse_note(&p, &ctx("包头市"), &LeadRule::None).is_none());
}

#[test]
fn non_notes_are_ignored() {
    for p in [
        "实施方案(2017-2020年)",
        "包头保税物流中心(B型)",
        "四市(以下简称四市)",
    ] {
        assert!(
            parse_note(&normalize(p), &ctx("包头市"), &LeadRule::None).is_none(),
            "{p}"
        );
    }
}

#[test]
fn others_square_notes_and_a_closing_clause() {
    let labels = |p: &str| -> Vec<String> {
        let p = normalize(p);
        parse_note(&p, &ctx("包头市"), &LeadRule::None)
            .map(|n| n.units.iter().map(|a| a.unit.label.clone()).collect())
            .unwrap_or_default()
    };
    assert_eq!(
        labels("推进乙。（市发展改革委等按职责分工负责）"),
        ["包头市发展和改革委员会"]
    );
    assert_eq!(
        labels("推进丙。（责任单位：市发展改革委等市直有关部门，各旗县区人民政府）")[0],
        "包头市发展和改革委员会"
    );
    assert_eq!(labels("推进戊。【责任单位：市商务局】"), ["包头市商务局"]);
    assert_eq!(labels("推进夜间经济，由市商务局负责。"), ["包头市商务局"]);
    // A clause that assigns nothing is no note.
    assert!(labels("推进夜间经济，由点及面逐步推开。").is_empty());
}

#[test]
fn a_role_sentence_closed_by_its_date() {
    let p = normalize(
        "引进装备制造企业。由市工信局牵头，市商务局、市投资促进中心配合，2025年底前完成。",
    );
    let n = parse_note(&p, &ctx("乌兰察布市"), &LeadRule::None).expect("note");
    assert_eq!(
        n.roles(),
        [
            ("乌兰察布市工业和信息化局".to_string(), Role::Lead),
            ("乌兰察布市商务局".to_string(), Role::Support),
            ("乌兰察布市投资促进中心".to_string(), Role::Support),
        ]
    );
    assert_eq!(n.deadline.as_deref(), Some("2025年底前"));
}

#[test]
fn a_star_beside_a_unit_marks_the_lead() {
    let ctx = GovContext {
        home: Some("包头市".into()),
        ..Default::default()
    };
    let n = parse_note("推进工作。(市发改委*、市能源局)", &ctx, &LeadRule::None).expect("note");
    assert_eq!(
        n.roles(),
        [
            ("包头市发展和改革委员会".to_string(), Role::Lead),
            ("包头市能源局".to_string(), Role::Support),
        ]
    );
}

#[test]
fn a_note_on_a_line_of_its_own_in_brackets() {
    let ctx = GovContext {
        home: Some("包头市".into()),
        ..Default::default()
    };
    let n =
        parse_label_line("(责任单位:市商务局,市交通运输局)", &ctx, &LeadRule::None).expect("note");
    assert_eq!(n.units.len(), 2);
    assert!(parse_label_line("(一)推进工作(市发改委)", &ctx, &LeadRule::None).is_none());
}

#[test]
fn deadlines_labelled_by_when_the_work_is_closed_or_carried_out() {
    for (label, due) in [
        ("办结时限", "2026年6月底前"),
        ("推进时限", "2026年6月"),
        ("实施时间", "2026年"),
    ] {
        let p = normalize(&format!("推进工作。(责任单位:市发改委;{label}:{due})"));
        let n = parse_note(&p, &ctx("包头市"), &LeadRule::None).expect("note");
        assert_eq!(n.deadline.as_deref(), Some(due), "{label}");
    }
}

#[test]
fn units_labelled_as_doing_the_work() {
    for label in ["具体负责单位", "负责单位", "推进单位", "责任落实单位"] {
        let p = normalize(&format!("推进工作。({label}:市发改委;配合单位:市财政局)"));
        let n = parse_note(&p, &ctx("包头市"), &LeadRule::None).expect("note");
        assert_eq!(
            n.roles(),
            [
                ("包头市发展和改革委员会".to_string(), Role::Lead),
                ("包头市财政局".to_string(), Role::Support)
            ],
            "{label}"
        );
    }
}

#[test]
fn deadlines_normalise() {
    assert_eq!(deadline_date("2024年12月").as_deref(), Some("2024-12"));
    assert_eq!(deadline_date("2025年底前").as_deref(), Some("2025-12"));
    assert_eq!(deadline_date("2025年Q3").as_deref(), Some("2025-09"));
    assert_eq!(deadline_date("持续推进"), None);
    // Dates in figures.
    assert_eq!(deadline_date("2025.12").as_deref(), Some("2025-12"));
    // In Chinese numerals; a month's 一 of 一季度 or 每月一次 is no date.
    assert_eq!(
        deadline_date("二〇二五年十二月底").as_deref(),
        Some("2025-12")
    );
    assert_eq!(
        deadline_date("二〇二六年六月三十日前").as_deref(),
        Some("2026-06")
    );
    assert_eq!(
        deadline_date_in("十月底前", Some("2025")).as_deref(),
        Some("2025-10")
    );
    assert_eq!(
        deadline_date("二〇二五年一季度").as_deref(),
        Some("2025-03")
    );
    assert_eq!(deadline_date_in("每月一次", Some("2025")), None);
    assert_eq!(deadline_date("2025-06-30").as_deref(), Some("2025-06"));
    assert_eq!(deadline_date("2025/6").as_deref(), Some("2025-06"));
    // A span in figures, and a table's 开工/竣工时间: the end.
    assert_eq!(deadline_date("2026.4-2027.12").as_deref(), Some("2027-12"));
    assert_eq!(
        deadline_date("2026年4月/2027年12月").as_deref(),
        Some("2027-12")
    );
    // Stages of the work: the last date written.
    assert_eq!(
        deadline_date("2024年启动,2025年完成").as_deref(),
        Some("2025")
    );
    assert_eq!(
        deadline_date("2024年12月至2025年6月").as_deref(),
        Some("2025-06")
    );
    // A span whose end is written without its year is in its start's.
    assert_eq!(deadline_date("2025年9月至12月").as_deref(), Some("2025-12"));
    // The end of the year written before.
    assert_eq!(
        deadline_date("2025年3月启动，年底前完成").as_deref(),
        Some("2025-12")
    );
    assert_eq!(deadline_date("2025—2027年").as_deref(), Some("2027"));
    // Without a year, the document's.
    assert_eq!(
        deadline_date_in("3月—6月", Some("2025")).as_deref(),
        Some("2025-06")
    );
    assert_eq!(
        deadline_date_in("年底前", Some("2025")).as_deref(),
        Some("2025-12")
    );
    assert_eq!(
        deadline_date_in("年内完成", Some("2025")).as_deref(),
        Some("2025")
    );
    assert_eq!(
        deadline_date_in("上半年", Some("2025")).as_deref(),
        Some("2025-06")
    );
    assert_eq!(
        deadline_date_in("三季度末", Some("2025")).as_deref(),
        Some("2025-09")
    );
    assert_eq!(
        deadline_date_in("12月底", Some("2025")).as_deref(),
        Some("2025-12")
    );
    assert_eq!(
        deadline_date_in("6月30日前", Some("2025")).as_deref(),
        Some("2025-06")
    );
    assert_eq!(deadline_date_in("13月", Some("2025")), None);
    assert_eq!(deadline_date_in("每年12月", Some("2025")), None);
    assert_eq!(deadline_date_in("年底前", None), None);
    assert_eq!(deadline_date_in("持续推进", Some("2025")), None);
    // A list of projects gives its construction period.
    assert_eq!(deadline_date("2024-2026").as_deref(), Some("2026"));
    assert_eq!(deadline_date("2025年至2027年").as_deref(), Some("2027"));
    assert_eq!(deadline_date("2025").as_deref(), Some("2025"));
    assert_eq!(deadline_date("2025年第三季度").as_deref(), Some("2025-09"));
    assert_eq!(deadline_date("2025年1季度前").as_deref(), Some("2025-03"));
    assert_eq!(deadline_date("2025年上半年").as_deref(), Some("2025-06"));
    assert_eq!(deadline_date("2026年下半年").as_deref(), Some("2026-12"));
    assert_eq!(deadline_date("2025—2027年").as_deref(), Some("2027"));
}
