//! Tests of notes.rs: labels of units and people, and deadlines.

use super::tests::ctx;
use super::tests::roles_of;
use super::*;
use crate::extract::text::normalize;

#[test]
fn labelled_note_with_deadline() {
    let p = normalize("(一)打造1小时铁路经济圈。(责任单位:市发改委;完成时限:持续推进)");
    let n = parse_note(&p, &ctx("包头市"), &LeadRule::None).expect("note");
    assert_eq!(n.deadline.as_deref(), Some("持续推进"));
    assert_eq!(n.units[0].unit.label, "包头市发展和改革委员会");
    assert_eq!(n.units[0].role, Role::Responsible);
    assert_eq!(&p[n.units[0].unit.start..n.units[0].unit.end], "市发改委");
}

#[test]
fn inline_marks_and_dates() {
    let p = normalize("推进工作。(市发改委(牵头)、市财政局,2024年底前)");
    let n = parse_note(&p, &ctx("包头市"), &LeadRule::None).expect("note");
    let got = n.roles();
    assert_eq!(
        got,
        [
            ("包头市发展和改革委员会".to_string(), Role::Lead),
            ("包头市财政局".to_string(), Role::Support)
        ]
    );
    assert_eq!(n.deadline.as_deref(), Some("2024年底前"));
    // The mark in other brackets (〔牵头〕, 【牵头】).
    let p = normalize("发展草原旅游。(责任单位:市文旅局〔牵头〕、市林草局)");
    let n = parse_note(&p, &ctx("乌兰察布市"), &LeadRule::None).expect("note");
    assert_eq!(
        n.roles(),
        [
            ("乌兰察布市文化和旅游局".to_string(), Role::Lead),
            ("乌兰察布市林业和草原局".to_string(), Role::Support)
        ]
    );
    // Governments that carry out what a unit leads (…牵头,各旗县市区政府落实).
    let p = normalize("加强生态保护。(责任单位:市生态环境局牵头,各旗县市区政府落实)");
    let n = parse_note(&p, &ctx("乌兰察布市"), &LeadRule::None).expect("note");
    let roles = n.roles();
    assert_eq!(roles[0], ("乌兰察布市生态环境局".to_string(), Role::Lead));
    assert_eq!(roles[1].1, Role::Support);
    assert!(!roles[1].0.contains("落实"), "{roles:?}");
}

#[test]
fn notes_in_tortoise_shell_and_square_brackets() {
    let roles = |n: Note| -> Vec<(String, Role)> { n.roles() };
    let p = normalize("开展信用修复专项行动。〔牵头单位：市发改委　配合单位：市市场监管局〕");
    let n = parse_note(&p, &ctx("包头市"), &LeadRule::None).expect("note");
    assert_eq!(
        roles(n),
        [
            ("包头市发展和改革委员会".to_string(), Role::Lead),
            ("包头市市场监督管理局".to_string(), Role::Support)
        ]
    );
    // On a line of its own: the brackets are no part of the units.
    for line in ["〔责任单位：市发改委〕", "【责任单位：市发改委】。"] {
        let n = parse_label_line(&normalize(line), &ctx("包头市"), &LeadRule::None)
            .expect("label line");
        assert_eq!(
            roles(n),
            [("包头市发展和改革委员会".to_string(), Role::Responsible)],
            "{line}"
        );
    }
}

#[test]
fn labels_after_commas_and_label_lines() {
    let p = normalize("推进工作。(牵头单位:市发改委,配合单位:市财政局、市自然资源局)");
    let n = parse_note(&p, &ctx("包头市"), &LeadRule::None).expect("note");
    let roles: Vec<Role> = n.units.iter().map(|a| a.role).collect();
    assert_eq!(roles, [Role::Lead, Role::Support, Role::Support]);
    // Labels set apart by spaces only, lost in normalising (…市发展改革委  时间节点:…).
    let line =
        normalize("牵头单位:市市场监管局  配合单位:市财政局、市发展改革委  时间节点:2025年9月底前");
    let n = parse_label_line(&line, &ctx("包头市"), &LeadRule::None).expect("label line");
    assert_eq!(n.units.len(), 3);
    assert_eq!(n.units[2].unit.label, "包头市发展和改革委员会");
    assert_eq!(n.deadline.as_deref(), Some("2025年9月底前"));
    // A sentence about lead units is no label without its colon; a label followed by a unit is one.
    let p = normalize("2.明确责任分工。牵头单位要发挥组织协调、统筹推进、汇总情况作用。");
    assert!(parse_note(&p, &ctx("二连浩特市"), &LeadRule::None).is_none_or(|n| n.units.is_empty()));
    let p = normalize("1.推进甲项目建设。牵头单位市发改委,配合单位市财政局。");
    let n = parse_note(&p, &ctx("包头市"), &LeadRule::None).expect("note");
    assert_eq!(n.units.len(), 2);
    // Those responsible named before the lead in one note support it, as those after it do.
    let p = normalize("推进甲工作。(责任单位:市统计局;牵头单位:市发改委;完成时限:2025年底)");
    let n = parse_note(&p, &ctx("包头市"), &LeadRule::None).expect("note");
    let roles: Vec<Role> = n.units.iter().map(|a| a.role).collect();
    assert_eq!(roles, [Role::Support, Role::Lead]);
    // A label line closing a bracket opened on the line above: the bracket is no part of the unit.
    let line = normalize("牵头部门：区旅游发展办）");
    let n = parse_label_line(&line, &ctx("东胜区"), &LeadRule::None).expect("label line");
    assert_eq!(n.units.len(), 1);
    assert!(
        !n.units[0].unit.label.contains(')'),
        "{:?}",
        n.units[0].unit.label
    );
    let p = normalize("5.发展软件和信息技术服务业。（责任单位：市数据局、东胜区政府；时间：全年）");
    let n = parse_note(&p, &ctx("鄂尔多斯市"), &LeadRule::None).expect("note");
    assert_eq!(n.units.len(), 2);
    assert_eq!(n.deadline.as_deref(), Some("全年"));
    let p = normalize("推进工作。(牵头责任单位:市发改委;配合责任单位:市财政局)");
    let n = parse_note(&p, &ctx("包头市"), &LeadRule::None).expect("note");
    let roles: Vec<Role> = n.units.iter().map(|a| a.role).collect();
    assert_eq!(roles, [Role::Lead, Role::Support]);
    let line = normalize("责任单位：市发改委、市财政局；完成时限：2024年底");
    let n = parse_label_line(&line, &ctx("包头市"), &LeadRule::None).expect("label line");
    assert_eq!(n.units.len(), 2);
    assert_eq!(n.deadline.as_deref(), Some("2024年底"));
    assert!(
        parse_label_line(
            &normalize("加快推进铁路建设。"),
            &ctx("包头市"),
            &LeadRule::None
        )
        .is_none()
    );
}

#[test]
fn labels_of_people_before_the_units() {
    let p = normalize(
        "推进海勃湾区城市更新。责任领导：张三；责任单位：市住建局、海勃湾区人民政府；责任人：李四；完成时限：2025年11月",
    );
    let n = parse_note(&p, &ctx("乌海市"), &LeadRule::None).expect("note");
    let labels: Vec<String> = n.units.iter().map(|a| a.unit.label.clone()).collect();
    assert_eq!(labels, ["乌海市住房和城乡建设局", "海勃湾区人民政府"]);
    assert_eq!(n.deadline.as_deref(), Some("2025年11月"));
}

#[test]
fn a_task_s_last_clause_gives_its_date() {
    assert_eq!(
        deadline_in_task("3.推进城区供水管网改造，2025年6月底前完成。").as_deref(),
        Some("2025年6月底前")
    );
    assert_eq!(
        deadline_in_task("推进城区供水管网改造，2025年底前建成投用").as_deref(),
        Some("2025年底前")
    );
    assert_eq!(
        deadline_in_task("新建区中蒙医医院住院楼，10月底前主体完工。").as_deref(),
        Some("10月底前")
    );
    assert_eq!(
        deadline_in_task("建设数据中心三期项目，2026年底前投入运营。").as_deref(),
        Some("2026年底前")
    );
    // A clause that says more than when it is done, or a date that opens the task, is no deadline.
    assert_eq!(
        deadline_in_task("推进供水管网改造，2025年底前改造管网20公里。"),
        None
    );
    assert_eq!(deadline_in_task("2025年底前完成供水管网改造。"), None);
    // After the clauses saying who does it, the clause that opens with a date says when.
    assert_eq!(
        deadline_in_task(
            "做美中心城区。由市住建局牵头,榆阳区政府配合,2017年底前完成古城保护规划编制。"
        )
        .as_deref(),
        Some("2017年底前")
    );
    // That one opens with its date.
    assert_eq!(
        deadline_opening("2025年底前完成供水管网改造。", None).as_deref(),
        Some("2025年底前")
    );
    assert_eq!(
        deadline_opening("11月底启动内蒙古SKP旗舰店项目", None).as_deref(),
        Some("11月底")
    );
    assert_eq!(
        deadline_opening("11月底前新建、续建幼儿园9所", None).as_deref(),
        Some("11月底前")
    );
    // A year is no deadline; a date inside the task is not its opening.
    assert_eq!(deadline_opening("2025年全市新建幼儿园9所", None), None);
    assert_eq!(deadline_opening("新建幼儿园9所,11月底前完成", None), None);
    // A year before the document's is a review's history.
    assert_eq!(
        deadline_opening("2017年底呼和浩特市启动计划", Some("2021")),
        None
    );
    // In the document's year: 年底前, 12月底前, 6月中旬前.
    for (t, d) in [
        (
            "新建5G基站1500个。市工业和信息化局牵头，年底前完成。",
            "年底前",
        ),
        ("由市发展改革委负责，12月底前完成。", "12月底前"),
        ("推进供水管网改造，6月中旬前完工", "6月中旬前"),
    ] {
        assert_eq!(deadline_in_task(t).as_deref(), Some(d), "{t}");
    }
}

#[test]
fn a_date_inside_a_task_followed_by_what_is_done() {
    for (t, d) in [
        ("推动稀土永磁电机项目12月底前投产", "12月底前"),
        ("加快推进污水处理厂建设，力争9月底前建成投用", "9月底前"),
        ("推进供热管网改造，确保年底前完成改造任务", "年底前"),
        ("加快推进输变电工程建设，确保年底前具备送出条件", "年底前"),
        ("硅铁合金技改项目，年内完成设备安装", "年内"),
        ("推进审批改革，6月底前办结存量事项", "6月底前"),
        (
            "推进大路工业园区煤制烯烃项目建设，2024年底前完成主体工程",
            "2024年底前",
        ),
        ("全力推进，2025年第三季度开工建设", "2025年第三季度"),
    ] {
        assert_eq!(deadline_within(t, Some("2024")).as_deref(), Some(d), "{t}");
    }
    for t in [
        // Two dates: which is the task's is not said.
        "6月底前完成一期，12月底前全部完成",
        // A month alone, a year alone, or what was done before the document's year.
        "项目于9月开工建设",
        "到2027年完成改造",
        "2023年底前建成的项目全部投产",
        "去年底完成一期工程",
        // A date that nothing is done by.
        "年底前后召开推进会",
    ] {
        assert_eq!(deadline_within(t, Some("2024")), None, "{t}");
    }
}

#[test]
fn other_names_of_the_deadline_label() {
    let p = normalize("推进供水管网改造。（责任单位：市水务局；完成日期：2025年6月30日）");
    let n = parse_note(&p, &ctx("包头市"), &LeadRule::None).expect("note");
    assert_eq!(n.deadline.as_deref(), Some("2025年6月30日"));
    let p = normalize("截止时间：2025年9月底");
    let n = parse_label_line(&p, &ctx("包头市"), &LeadRule::None).expect("label line");
    assert_eq!(n.deadline.as_deref(), Some("2025年9月底"));
    let p = normalize(
        "实施老旧小区改造。承办单位：县住建局；督办单位：县政府督查室；办结期限：2026年10月底",
    );
    let n = parse_note(&p, &ctx("托克托县"), &LeadRule::None).expect("note");
    assert_eq!(n.deadline.as_deref(), Some("2026年10月底"));
}

#[test]
fn the_unit_that_takes_charge_leads_those_that_take_part() {
    let p =
        normalize("开展人居环境整治。主抓单位：县农牧局；参与单位：县住建局；进度安排：全年推进");
    let n = parse_note(&p, &ctx("托克托县"), &LeadRule::None).expect("note");
    assert_eq!(
        n.roles(),
        [
            ("托克托县农牧局".to_string(), Role::Lead),
            ("托克托县住房和城乡建设局".to_string(), Role::Support)
        ]
    );
}

#[test]
fn a_date_written_with_slashes_closes_a_bare_list() {
    let p = normalize("推进供水管网改造。（市发改委、市财政局，2025/06）");
    let n = parse_note(&p, &ctx("包头市"), &LeadRule::None).expect("note");
    assert_eq!(n.units.len(), 2);
    assert_eq!(n.deadline.as_deref(), Some("2025/06"));
}

#[test]
fn more_labels_of_units() {
    let ctx = GovContext {
        home: Some("包头市".into()),
        ..Default::default()
    };
    let n = parse_note(
        "推进改革。(承办单位:市财政局;时间安排:2025年9月)",
        &ctx,
        &LeadRule::None,
    )
    .expect("note");
    assert_eq!(n.roles(), [("包头市财政局".to_string(), Role::Responsible)]);
    assert_eq!(n.deadline.as_deref(), Some("2025年9月"));
    let n = parse_note(
        "推进项目。(牵头处室:投资处;配合处室:规划处)",
        &ctx,
        &LeadRule::None,
    )
    .expect("note");
    let roles: Vec<Role> = n.units.iter().map(|a| a.role).collect();
    assert_eq!(roles, [Role::Lead, Role::Support]);
}

#[test]
fn labels_written_into_the_sentence() {
    // After a comma, with 为 or a colon: the labels of the task's units and deadline.
    let p = normalize(
        "推进文旅融合。打造黄河文化旅游带，责任单位为市文旅局，配合单位为市发改委、市交通局，完成时限为2025年12月底。",
    );
    let n = parse_note(&p, &ctx("包头市"), &LeadRule::None).expect("note");
    assert_eq!(
        roles_of(&n),
        [
            ("包头市文化和旅游局", Role::Lead),
            ("包头市发展和改革委员会", Role::Support),
            ("包头市交通运输局", Role::Support),
        ]
    );
    assert_eq!(n.deadline.as_deref(), Some("2025年12月底"));
    assert_eq!(&p[n.start..n.start + "责任单位".len()], "责任单位");
    // A label word in running text without a colon or 为 after it is no label.
    let p = normalize("加强督查,牵头单位要切实担负起第一责任人的责任,配合单位要积极配合。");
    assert!(parse_note(&p, &ctx("包头市"), &LeadRule::None).is_none());
}

#[test]
fn host_and_co_host_labels_and_a_supervisor_who_is_no_one_responsible() {
    let p = normalize("推进高铁建设。（主办：市发改委；协办：市交通运输局、市财政局）");
    let n = parse_note(&p, &ctx("包头市"), &LeadRule::None).expect("note");
    assert_eq!(
        roles_of(&n),
        [
            ("包头市发展和改革委员会", Role::Lead),
            ("包头市交通运输局", Role::Support),
            ("包头市财政局", Role::Support),
        ]
    );
    for checker in ["督办单位", "督查单位", "督导单位"] {
        let p = normalize(&format!(
            "推进园区建设。（责任单位：市工信局；{checker}：市政府督查室）"
        ));
        let n = parse_note(&p, &ctx("包头市"), &LeadRule::None).expect("note");
        assert_eq!(n.units.len(), 1, "{checker}: {:?}", n.units);
    }
}

#[test]
fn the_date_right_after_the_unit_a_task_assigns() {
    assert_eq!(
        deadline_after_unit(
            "加快推进城市更新。住建局要在9月底前完成老旧小区改造,财政局负责保障资金。"
        )
        .as_deref(),
        Some("9月底前")
    );
    assert_eq!(
        deadline_after_unit("赛罕区政府11月底启动内蒙古SKP旗舰店项目。").as_deref(),
        Some("11月底")
    );
    // Two units with two dates: no one deadline.
    assert_eq!(
        deadline_after_unit("市住建局要在9月底完成改造,市教育局要在11月底新建幼儿园。"),
        None
    );
    // A date elsewhere is not the unit's.
    assert_eq!(deadline_after_unit("到2025年,全市完成改造。"), None);
}

#[test]
fn roles_written_bare_as_labels_and_main_and_cooperating_units() {
    let n = parse_note(
        &normalize("推进工作。（牵头：市工信局；参与：市科技局、市商务局）"),
        &ctx("包头市"),
        &LeadRule::None,
    )
    .expect("note");
    assert_eq!(
        n.roles(),
        [
            ("包头市工业和信息化局".to_string(), Role::Lead),
            ("包头市科学技术局".to_string(), Role::Support),
            ("包头市商务局".to_string(), Role::Support)
        ]
    );
    // Separated by a space only, lost when the text is normalised.
    let n = parse_note(
        &normalize("推进工作。【牵头：市工信局 配合：市科技局】"),
        &ctx("包头市"),
        &LeadRule::None,
    )
    .expect("note");
    assert_eq!(
        n.roles(),
        [
            ("包头市工业和信息化局".to_string(), Role::Lead),
            ("包头市科学技术局".to_string(), Role::Support)
        ]
    );
    let n = parse_note(
        &normalize("推进工作。（主要责任单位：市住建局；协同责任单位：市城管局）"),
        &ctx("包头市"),
        &LeadRule::None,
    )
    .expect("note");
    assert_eq!(
        n.roles(),
        [
            ("包头市住房和城乡建设局".to_string(), Role::Lead),
            ("包头市城市管理综合执法局".to_string(), Role::Support)
        ]
    );
    // 牵头落实: the lead, beside those responsible by duty.
    let n = parse_note(
        &normalize("推进工作。（市生态环境局牵头落实，市水务局按职责分工负责）"),
        &ctx("包头市"),
        &LeadRule::None,
    )
    .expect("note");
    assert_eq!(
        n.roles(),
        [
            ("包头市生态环境局".to_string(), Role::Lead),
            ("包头市水务局".to_string(), Role::Support)
        ]
    );
}
