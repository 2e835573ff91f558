//! Responsibility notes in their many forms: label lines, inline, bracketed and unseparated labels, (牵头)
//! marks, notes before the task and after each clause, lead lines followed by 责任单位 lines, and a leading
//! official named beside the units.

use super::*;

#[test]
fn district_label_lines_and_deadlines() {
    let kbs = roles("康巴什区政务服务局");
    assert_eq!(kbs.len(), 2, "{kbs:?}");
    assert!(kbs.iter().all(|(_, r)| *r == Some(Role::Responsible)));
    let t = G
        .graph
        .node_weights()
        .find(|n| n.kind == NodeKind::Task && n.label.starts_with("协助东胜区"))
        .expect("task");
    assert_eq!(t.deadline_date.as_deref(), Some("2023-09"));
    assert!(!roles("鄂尔多斯市公安局康巴什分局").is_empty());
    assert!(G.node("city:哈巴格希街道").is_some());
}

#[test]
fn inline_bracketed_and_unseparated_labels() {
    let task = |n: usize| {
        let id = format!("task:baotou_2024_inline:{n}");
        let units: Vec<(String, Option<Role>)> = G
            .neighbours(&id, &[EdgeKind::ResponsibleFor])
            .into_iter()
            .map(|x| (x.node.label.clone(), x.role))
            .collect();
        (G.node(&id).and_then(|t| t.deadline.clone()), units)
    };
    // …治理。责任单位：市水务局、市生态环境局；完成时限：2024年12月底。
    let (d, u) = task(1);
    assert_eq!(d.as_deref(), Some("2024年12月底"));
    assert_eq!(u.len(), 2, "{u:?}");
    // （牵头单位：市工业和信息化局　配合单位：稀土高新区管委会、市科技局）
    let (_, u) = task(2);
    assert!(
        u.contains(&("包头市工业和信息化局".into(), Some(Role::Lead))),
        "{u:?}"
    );
    assert!(
        u.contains(&("包头市科学技术局".into(), Some(Role::Support))),
        "{u:?}"
    );
    // 【责任单位】市自然资源局、市林草局【完成时限】2024年10月
    let (d, u) = task(3);
    assert_eq!(d.as_deref(), Some("2024年10月"));
    assert!(
        u.contains(&("包头市林业和草原局".into(), Some(Role::Responsible))),
        "{u:?}"
    );
    // 责任领导 names a person, not a unit.
    let (_, u) = task(4);
    assert_eq!(u.len(), 2, "{u:?}");
    let (_, u) = task(6);
    assert!(
        u.iter().any(|(l, _)| l == "市直各有关部门(包头市)"),
        "{u:?}"
    );
}

#[test]
fn circled_and_bracketed_numbers_are_headings() {
    let labels: Vec<String> = (1..=4)
        .filter_map(|i| G.node(&format!("task:zhungeer_2024_numbering:{i}")))
        .map(|t| t.label.clone())
        .collect();
    assert_eq!(
        labels,
        [
            "推进大路工业园区煤制烯烃项目建设",
            "实施煤矿智能化改造",
            "发展新能源装备制造",
            "支持薛家湾镇、沙圪堵镇建设光伏治沙项目"
        ]
    );
    let mut p = labels_of(NodeKind::Project, "zhungeer");
    p.sort();
    // The works the two towns build are each named by its town.
    assert_eq!(
        p,
        [
            "大路工业园区煤制烯烃项目",
            "沙圪堵镇光伏治沙项目",
            "薛家湾镇光伏治沙项目"
        ]
    );
    assert_eq!(
        roles("准格尔旗能源局"),
        [("实施煤矿智能化改造".to_string(), Some(Role::Lead))]
    );
}

#[test]
fn lead_marks_etc_and_road_sections() {
    // 市工信局（牵头）、市发改委、市能源局: the unmarked others support.
    assert_eq!(
        roles_in("乌海市工业和信息化局", "wuhai_2024_marks"),
        [("实施千里山钢铁产能置换项目".to_string(), Some(Role::Lead))]
    );
    assert!(roles("乌海市能源局").contains(&(
        "实施千里山钢铁产能置换项目".to_string(),
        Some(Role::Support)
    )));
    // 市生态环境局等部门 is the bureau.
    assert!(G.node("department:乌海市生态环境局").is_some());
    assert!(G.node("department:乌海市生态环境局等部门").is_none());
    let road: Vec<String> = G
        .neighbours("project:乌海至玛沁高速公路乌海段", &[EdgeKind::Connects])
        .into_iter()
        .map(|n| n.node.label.clone())
        .collect();
    assert_eq!(road.len(), 2, "{road:?}");
    assert!(road.contains(&"玛沁县".to_string()), "{road:?}");
}

#[test]
fn a_leading_official_is_not_a_unit() {
    let units = labels(NodeKind::Department);
    assert!(
        !units
            .iter()
            .any(|u| u.contains("李明") || u.contains("副市长")),
        "{units:?}"
    );
    let energy = roles_in("鄂尔多斯市能源局", "ordos_2025_points");
    let tasks: Vec<&str> = energy.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(tasks, ["推进煤炭稳产保供", "加快新能源规模化发展"]);
    // 达拉特旗、杭锦旗、乌审旗人民政府: three governments.
    for gov in ["达拉特旗人民政府", "杭锦旗人民政府", "乌审旗人民政府"] {
        assert_eq!(
            roles_in(gov, "ordos_2025_points"),
            [("加快新能源规模化发展".to_string(), Some(Role::Responsible))],
            "{gov}"
        );
    }
    let industries = labels(NodeKind::Industry);
    for i in ["煤制油", "煤制气", "煤制烯烃", "铝合金"] {
        assert!(industries.contains(&i.to_string()), "{i} in {industries:?}");
    }
    let projects = labels(NodeKind::Project);
    for p in [
        "乌审旗图克镇50万千瓦风光制氢项目",
        // Named by its company.
        "宝丰能源绿氢耦合煤制烯烃项目",
    ] {
        assert!(projects.contains(&p.to_string()), "{p} in {projects:?}");
    }
}

#[test]
fn notes_before_the_task_and_after_each_clause() {
    let doc = "baotou_2025_placed_notes";
    // [责任单位:市发改委]推进甲任务建设…: the task follows its note.
    let t1 = G.node(&format!("task:{doc}:1")).expect("task 1");
    assert_eq!(t1.label, "推进甲任务建设");
    assert_eq!(
        roles_in("包头市发展和改革委员会", doc),
        [("推进甲任务建设".to_string(), Some(Role::Responsible))]
    );
    // 推进丙任务建设(市工信局负责),完善丁机制(市财政局负责)。: one item, both units.
    for unit in ["包头市工业和信息化局", "包头市财政局"] {
        assert_eq!(
            roles_in(unit, doc),
            [("推进丙任务建设".to_string(), Some(Role::Responsible))],
            "{unit}"
        );
    }
    let t4 = G.node(&format!("task:{doc}:4")).expect("task 4");
    assert_eq!(t4.deadline.as_deref(), Some("2025年10月"));
}

#[test]
fn labels_on_lines_of_their_own() {
    let got = duties_in("tongliao_2025_division");
    for d in [
        lead("通辽市交通运输局", "加快通辽至京沈高铁连接线建设"),
        support("通辽市自然资源局", "加快通辽至京沈高铁连接线建设"),
        lead("通辽市发展和改革委员会", "推进霍林郭勒至白音华铁路扩能改造"),
        support("扎鲁特旗人民政府", "推进霍林郭勒至白音华铁路扩能改造"),
    ] {
        assert!(got.contains(&d), "{d:?} in {got:?}");
    }
    let industries = labels(NodeKind::Industry);
    for i in ["铝", "玉米"] {
        assert!(industries.contains(&i.to_string()), "{i}");
    }
}

#[test]
fn a_district_s_division_with_lead_lines_branches_and_buildings() {
    const DOC: &str = "qingshan_2025_division";
    let meta = G
        .documents
        .iter()
        .find(|d| d.id == format!("doc:{DOC}"))
        .expect("the division");
    assert_eq!(meta.doc_number.as_deref(), Some("青府发〔2025〕6号"));
    assert_eq!(meta.date.as_deref(), Some("2025-03-14"));
    let duties = duties_in(DOC);
    let has = |d: Duty| assert!(duties.contains(&d), "{d:?} in {duties:#?}");
    // Under the lead's line, those responsible support it; the zone named by the district's stem is not the
    // district's again.
    has(lead("青山区发展和改革局", "地区生产总值增长7%左右"));
    has(support("青山区统计局", "地区生产总值增长7%左右"));
    has(support("青山装备制造产业园区", "地区生产总值增长7%左右"));
    has(support(
        "青山区招商服务中心",
        "推进青山装备制造产业园区扩区提质",
    ));
    // A 责任单位 line closed by a bracket is the task's note; bare kinds of places are groups.
    has((
        "包头市生态环境局青山区分局".to_string(),
        "加强生态环境保护督察问题整改".to_string(),
        Some(Role::Responsible),
    ));
    assert!(
        !duties
            .iter()
            .any(|(u, _, _)| u == "社区" || u.starts_with("青山区青山")),
        "{duties:#?}"
    );
    // Running text: the office by its short name, a service centre and a bureau's branch, before 等牵头部门.
    for unit in [
        "青山区人民政府办公室",
        "青山区发展和改革局",
        "青山区招商服务中心",
        "包头市生态环境局青山区分局",
    ] {
        has(lead(unit, "健全调度机制"));
    }
    assert_eq!(
        projects_in(DOC),
        [
            "包头青山儿童公园",
            "天安纸业环保包装项目",
            "青山区文化馆新馆",
            "青山装备制造产业园区"
        ]
    );
}

#[test]
fn a_note_after_a_run_of_items_covers_each() {
    let doc = "wuhai_2025_section_notes";
    let got = duties_in(doc);
    // 责任单位 / 完成时限 lines after items 1–3 of (一), with no note of their own: all three.
    for task in [
        "加快乌海至银川高速公路改扩建前期工作",
        "推进乌海机场改扩建工程",
        "开通乌海至呼和浩特、包头城际客运班线",
    ] {
        for unit in ["乌海市交通运输局", "乌海市发展和改革委员会"] {
            assert!(
                got.contains(&(unit.to_string(), task.to_string(), Some(Role::Responsible))),
                "{unit} {task} in {got:?}"
            );
        }
    }
    // A bracketed note on its own line after items 7–9: the lead and the supporters of each.
    for task in [
        "发展精细化工和煤焦化循环经济产业",
        "延伸PVC下游产业链",
        "建设乌海低碳产业园",
    ] {
        assert!(
            got.contains(&lead("乌海市工业和信息化局", task)),
            "{task} in {got:?}"
        );
        assert!(
            got.contains(&support("乌海经济开发区管理委员会", task)),
            "{task} in {got:?}"
        );
    }
    // Item 5 lies between items with notes of their own: the next item's note is not its.
    assert!(
        !got.iter().any(|(_, t, _)| t.contains("增量配电网")),
        "{got:?}"
    );
    assert!(got.contains(&(
        "海勃湾区人民政府".to_string(),
        "建设乌海市储能电站示范项目".to_string(),
        Some(Role::Responsible)
    )));
    // The run's deadline line is each item's.
    let deadline = G
        .graph
        .node_weights()
        .find(|n| n.label == "推进乌海机场改扩建工程")
        .and_then(|n| n.deadline.clone());
    assert_eq!(deadline.as_deref(), Some("2025年12月"));
}
