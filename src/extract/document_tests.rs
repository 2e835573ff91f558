//! Tests of document.rs.

use super::*;
use crate::model::NodeKind;

#[test]
fn a_file_s_name_gives_the_government_its_text_does_not() {
    let raw = "工作要点\n1.推进高铁建设。（责任单位：市发改委）\n";
    let Ok(d) = extract_document("doc:t", "/data/包头市2025年工作要点.txt", raw.as_bytes())
    else {
        panic!("extracts");
    };
    assert_eq!(d.meta.home.as_deref(), Some("包头市"));
    assert!(d.nodes.iter().any(|n| n.label == "包头市发展和改革委员会"));
    // A name that says nothing leaves the document without a home.
    let Ok(d) = extract_document("doc:t", "/data/plan.txt", raw.as_bytes()) else {
        panic!("extracts");
    };
    assert_eq!(d.meta.home, None);
}

#[test]
fn a_short_title_is_the_document_it_stands_for() {
    let raw = "关于落实规划的实施方案\n为贯彻落实《呼包鄂榆城市群发展规划》（以下简称《规划》）和《关于加快推进新能源发展的意见》（内政发〔2023〕5号，以下简称“意见”），制定本方案。\n按照《规划》要求推进城市群建设，落实《意见》部署。\n本方案（以下简称《方案》）自印发之日起施行，《方案》未尽事宜另行规定。\n";
    let Ok(d) = extract_document("doc:t", "t.txt", raw.as_bytes()) else {
        panic!("extracts");
    };
    let docs: Vec<(&str, usize, Vec<&str>)> = d
        .nodes
        .iter()
        .filter(|n| n.kind == NodeKind::Document && n.id != "doc:t")
        .map(|n| {
            let aliases = n.aliases.iter().map(String::as_str).collect();
            (n.label.as_str(), n.mentions.len(), aliases)
        })
        .collect();
    assert_eq!(
        docs,
        vec![
            ("呼包鄂榆城市群发展规划", 2, vec!["规划"]),
            (
                "关于加快推进新能源发展的意见",
                2,
                vec!["内政发〔2023〕5号", "意见"]
            ),
        ]
    );
    // No document is named 规划 or 方案 on its own.
    assert_eq!(d.cited.len(), 4);
    assert!(d.cited.iter().all(|(t, _)| t.chars().count() > 3));
}

#[test]
fn a_story_without_sections_or_notes_gives_roles_in_its_sentences() {
    let raw = "呼和浩特市推进城市更新工作\n记者从市住建局获悉,今年我市将加快推进老旧小区改造。\n市住建局要在8月底前完成100个小区改造任务,市财政局负责保障资金。\n市自然资源局牵头,会同各区政府做好规划调整工作。\n";
    let Ok(d) = extract_document("doc:t", "t.txt", raw.as_bytes()) else {
        panic!("extracts");
    };
    let got = responsibilities(&d);
    let want = |u: &str, t: &str, r| (u.to_string(), t.to_string(), Some(r));
    assert_eq!(
        got,
        [
            want(
                "呼和浩特市住房和城乡建设局",
                "市住建局要在8月底前完成100个小区改造任务",
                Role::Responsible
            ),
            want(
                "呼和浩特市自然资源局",
                "市自然资源局牵头,会同各区政府做好规划调整工作",
                Role::Lead
            ),
            want(
                "呼和浩特市财政局",
                "市住建局要在8月底前完成100个小区改造任务",
                Role::Responsible
            ),
        ]
    );
}

#[test]
fn roles_in_the_text_of_an_item_among_items_with_notes() {
    let raw = "包头市2024年重点工作\n（一）加快新能源项目建设。推进风光制氢一体化项目建设。（市发展改革委牵头，市能源局配合；2024年12月底前完成）\n（二）完善物流体系。由市商务局牵头，市交通运输局配合，持续推进。\n（三）加强调度。市政府负责领导要抓好调度。\n";
    let Ok(d) = extract_document("doc:t", "t.txt", raw.as_bytes()) else {
        panic!("extracts");
    };
    let got = responsibilities(&d);
    let want = |u: &str, t: &str, r| (u.to_string(), t.to_string(), Some(r));
    assert_eq!(
        got,
        [
            want("包头市交通运输局", "完善物流体系", Role::Support),
            want("包头市发展和改革委员会", "加快新能源项目建设", Role::Lead),
            want("包头市商务局", "完善物流体系", Role::Lead),
            want("包头市能源局", "加快新能源项目建设", Role::Support),
        ]
    );
}

#[test]
fn a_zone_written_bare_is_hohhot_s_only_in_hohhot() {
    let zones = |raw: &str| -> Vec<String> {
        let Ok(d) = extract_document("doc:t", "t.txt", raw.as_bytes()) else {
            panic!("extracts");
        };
        d.nodes
            .iter()
            .filter(|n| n.kind == NodeKind::Project)
            .map(|n| n.label.clone())
            .collect()
    };
    let text = "一、重点\n1.推进经济技术开发区道路及配套管网工程建设。\n";
    assert!(zones(&format!("包头市2025年工作要点\n{text}")).is_empty());
    assert_eq!(
        zones(&format!("呼和浩特市2025年工作要点\n{text}")),
        ["呼和浩特经济技术开发区"]
    );
}

#[test]
fn a_numbered_sentence_without_notes_is_a_task() {
    let raw = "关于加快推进呼包鄂协同发展的若干政策措施\n一、产业协作发展\n1.加快推进蒙西老工业城市和资源型城市产业转型升级示范区建设,支持准(格尔)托(克托)清(水河)工业园区开展城市间产业合作\n2.推进基础设施互联互通\n";
    let d = extracted(raw);
    // The short item is a heading's words, not a task.
    assert_eq!(
        task_labels(&d),
        ["加快推进蒙西老工业城市和资源型城市产业转型升级示范区建设"]
    );
}

#[test]
fn items_under_a_units_heading_are_its_tasks() {
    let raw = "乌兰察布市2025年政府工作报告任务分解\n一、市发展改革委牵头工作（2项）\n1.建设集宁区大数据产业园。（配合单位：市财政局）\n2.打造食用菌生产基地。\n二、市工业和信息化局、市能源局负责事项（1项）\n3.加快发展风电装备制造产业。\n乌兰察布市人民政府办公室\n2025年5月18日\n";
    let Ok(d) = extract_document("doc:t", "t.txt", raw.as_bytes()) else {
        panic!("extracts");
    };
    let r = responsibilities(&d);
    let got: Vec<(&str, &str, Option<Role>)> = r
        .iter()
        .map(|(u, t, role)| (u.as_str(), t.as_str(), *role))
        .collect();
    assert_eq!(
        got,
        [
            (
                "乌兰察布市发展和改革委员会",
                "建设集宁区大数据产业园",
                Some(Role::Lead)
            ),
            (
                "乌兰察布市发展和改革委员会",
                "打造食用菌生产基地",
                Some(Role::Lead)
            ),
            (
                "乌兰察布市工业和信息化局",
                "加快发展风电装备制造产业",
                Some(Role::Responsible)
            ),
            (
                "乌兰察布市能源局",
                "加快发展风电装备制造产业",
                Some(Role::Responsible)
            ),
            (
                "乌兰察布市财政局",
                "建设集宁区大数据产业园",
                Some(Role::Support)
            ),
        ]
    );
}

#[test]
fn units_before_a_colon_take_the_item() {
    let raw = "呼和浩特市2021年政府工作报告重点任务分解\n1.市住建局:8月底前完成57个村燃煤散烧综合治理任务。\n2.赛罕区政府、市商务局:11月底启动内蒙古SKP旗舰店项目。\n";
    let Ok(d) = extract_document("doc:t", "t.txt", raw.as_bytes()) else {
        panic!("extracts");
    };
    let got: Vec<(String, Option<Role>)> = responsibilities(&d)
        .into_iter()
        .map(|(u, _, r)| (u, r))
        .collect();
    assert_eq!(
        got,
        [
            (
                "呼和浩特市住房和城乡建设局".to_string(),
                Some(Role::Responsible)
            ),
            ("呼和浩特市商务局".to_string(), Some(Role::Responsible)),
            ("赛罕区人民政府".to_string(), Some(Role::Responsible)),
        ]
    );
    let deadlines: Vec<Option<&str>> = d
        .nodes
        .iter()
        .filter(|n| n.kind == NodeKind::Task)
        .map(|n| n.deadline_date.as_deref())
        .collect();
    assert_eq!(deadlines, [Some("2021-08"), Some("2021-11")]);
}

#[test]
fn a_line_of_the_leaders_in_charge_is_no_task() {
    // However the leader is labelled: 牵头领导, 市政府负责领导, 分管副旗长, 盟行署分管领导, 责任县领导.
    for leader in [
        "牵头领导",
        "旗政府负责领导",
        "分管副旗长",
        "盟行署分管领导",
        "责任旗领导",
    ] {
        let raw = format!(
            "土默特左旗2025年重点工作任务分工\n一、产业发展\n1.推进乳业振兴，建设奶源基地。\n{leader}：张三\n牵头单位：旗农牧局\n配合单位：旗财政局\n完成时限：2025年12月\n"
        );
        leaders_line_is_no_task(&raw);
    }
}

fn leaders_line_is_no_task(raw: &str) {
    let Ok(d) = extract_document("doc:t", "t.txt", raw.as_bytes()) else {
        panic!("extracts");
    };
    let tasks: Vec<(&str, Option<&str>)> = d
        .nodes
        .iter()
        .filter(|n| n.kind == NodeKind::Task)
        .map(|n| (n.label.as_str(), n.deadline.as_deref()))
        .collect();
    assert_eq!(tasks, [("推进乳业振兴", Some("2025年12月"))]);
    assert_eq!(
        d.edges
            .iter()
            .filter(|e| e.kind == EdgeKind::ResponsibleFor)
            .count(),
        2
    );
}

#[test]
fn a_zone_s_administration_is_no_mention_of_the_zone() {
    let raw = "各旗、县、区人民政府,和林格尔新区管委会:\n推动和林格尔新区建设。\n";
    let Ok(d) = extract_document("doc:t", "t.txt", raw.as_bytes()) else {
        panic!("extracts");
    };
    let Some(zone) = d
        .nodes
        .iter()
        .find(|n| n.id == "project:内蒙古和林格尔新区")
    else {
        panic!("the zone is a project");
    };
    let at: Vec<usize> = zone.mentions.iter().map(|m| m.start).collect();
    assert_eq!(at, [raw.find("推动").unwrap_or(0) + "推动".len()]);
}

#[test]
fn a_project_s_sectors_are_not_read_in_its_enterprise_s_name() {
    let raw = "1.推进氢能产业和化工产业、能源产业。推进国家能源集团榆林化工氢能项目。\n";
    let Ok(d) = extract_document("doc:t", "t.txt", raw.as_bytes()) else {
        panic!("extracts");
    };
    let mut sectors: Vec<&str> = d
        .edges
        .iter()
        .filter(|e| e.kind == EdgeKind::InIndustry)
        .map(|e| e.target.as_str())
        .collect();
    sectors.sort();
    assert_eq!(sectors, ["industry:化工", "industry:氢能"]);
}

#[test]
fn a_plan_naming_itself_cites_nothing() {
    let raw = "（内蒙古自治区）乌拉特后旗十四五规划（2022年更新）
根据中共乌拉特后旗委员会《关于制定乌拉特后旗国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》，特编制《乌拉特后旗国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》，作为行动纲领。
";
    let Ok(d) = extract_document("doc:t", "t.txt", raw.as_bytes()) else {
        panic!("extracts");
    };
    let cited: Vec<&str> = d.cited.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(
        cited,
        ["关于制定乌拉特后旗国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议"]
    );
    // Its own draft, under a site's tag before its title: no citation either.
    let raw = "【国民经济和社会发展规划纲要】阿拉善高新区国民经济和社会发展第十四个五年规划和2035年远景目标纲要
会议审议了《阿拉善高新区国民经济和社会发展第十四个五年规划和2035年远景目标纲要(草案)》,同意规划纲要实施。
";
    let Ok(d) = extract_document("doc:t", "t.txt", raw.as_bytes()) else {
        panic!("extracts");
    };
    assert_eq!(
        d.meta.title,
        "阿拉善高新区国民经济和社会发展第十四个五年规划和2035年远景目标纲要"
    );
    assert!(d.cited.is_empty(), "{:?}", d.cited);
}

#[test]
fn those_responsible_under_the_lead_s_line_support_it() {
    let raw = "青山区人民政府关于印发重点工作任务分工方案的通知\n1.努力实现地区生产总值增长6.2%左右。\n牵头单位:区发改局\n责任单位:青山装备制造产业园区,区统计局\n2.健全常态化防控机制。\n责任单位:区卫生健康委\n";
    let Ok(d) = extract_document("doc:t", "t.txt", raw.as_bytes()) else {
        panic!("extracts");
    };
    let mut roles: Vec<(String, Option<Role>)> = d
        .edges
        .iter()
        .filter(|e| e.kind == EdgeKind::ResponsibleFor)
        .map(|e| {
            (
                e.source.trim_start_matches("department:").to_string(),
                e.role,
            )
        })
        .collect();
    roles.sort();
    assert_eq!(
        roles,
        [
            ("青山区卫生健康委员会".to_string(), Some(Role::Responsible)),
            ("青山区发展和改革局".to_string(), Some(Role::Lead)),
            ("青山区统计局".to_string(), Some(Role::Support)),
            // A zone named by the district's stem is not the district's again (青山区青山…).
            ("青山装备制造产业园区".to_string(), Some(Role::Support)),
        ]
    );
    // So do those named responsible before the lead's line.
    let raw = "青山区重点工作任务分工\n1.推进某项工作。\n责任单位:区统计局\n牵头单位:区发改局\n";
    let Ok(d) = extract_document("doc:t", "t.txt", raw.as_bytes()) else {
        panic!("extracts");
    };
    let mut roles: Vec<(&str, Option<Role>)> = d
        .edges
        .iter()
        .filter(|e| e.kind == EdgeKind::ResponsibleFor)
        .map(|e| (e.source.as_str(), e.role))
        .collect();
    roles.sort();
    assert_eq!(
        roles,
        [
            ("department:青山区发展和改革局", Some(Role::Lead)),
            ("department:青山区统计局", Some(Role::Support)),
        ]
    );
}

#[test]
fn a_label_line_closed_by_a_bracket_is_still_the_task_s_note() {
    let raw = "包头市2025年重点工作任务分工方案\n1.健全常态化防控机制。\n责任单位:市卫生健康委等,各旗县(市、区)人民政府(管委会)\n2.防范化解金融风险。\n牵头单位:市政府办公室(市金融办)\n";
    let Ok(d) = extract_document("doc:t", "t.txt", raw.as_bytes()) else {
        panic!("extracts");
    };
    let tasks: Vec<&str> = d
        .nodes
        .iter()
        .filter(|n| n.kind == NodeKind::Task)
        .map(|n| n.label.as_str())
        .collect();
    assert_eq!(tasks, ["健全常态化防控机制", "防范化解金融风险"]);
    let mut units: Vec<(&str, &str)> = d
        .edges
        .iter()
        .filter(|e| e.kind == EdgeKind::ResponsibleFor)
        .map(|e| (e.source.as_str(), e.target.as_str()))
        .collect();
    units.sort();
    assert_eq!(units.len(), 3, "{units:?}");
    assert!(
        units.contains(&("department:包头市人民政府办公室", "task:t:2")),
        "{units:?}"
    );
    assert!(
        units.contains(&("department:包头市卫生健康委员会", "task:t:1")),
        "{units:?}"
    );
}

#[test]
fn a_report_s_look_back_sets_no_tasks() {
    let raw = "杭锦旗政府工作报告\n一、2024年工作回顾\n过去一年，我们坚定不移推动高质量发展，锡尼镇城市更新项目完成投资3.2亿元。\n二、2025年主要任务\n（一）做强现代能源经济。加快建设蒙西至京津冀特高压输电通道杭锦旗段，培育壮大氢能产业。\n";
    let d = extracted(raw);
    assert_eq!(task_labels(&d), ["做强现代能源经济"]);
    // What the look back names is still the document's.
    assert!(d.nodes.iter().any(|n| n.label == "锡尼镇城市更新项目"));
}

/// The graph of one document given as text.
pub(super) fn extracted(raw: &str) -> DocGraph {
    let Ok(d) = extract_document("doc:t", "t.txt", raw.as_bytes()) else {
        panic!("extracts");
    };
    d
}

/// The labels of a document's tasks, in order.
pub(super) fn task_labels(d: &DocGraph) -> Vec<&str> {
    d.nodes
        .iter()
        .filter(|n| n.kind == NodeKind::Task)
        .map(|n| n.label.as_str())
        .collect()
}

#[test]
fn the_sector_of_works_named_by_the_places_that_build_them_is_developed() {
    let raw = "1.支持集宁区、丰镇市建设大数据产业园。\n";
    let Ok(d) = extract_document("doc:t", "t.txt", raw.as_bytes()) else {
        panic!("extracts");
    };
    let mut sectors: Vec<(&str, &str)> = d
        .edges
        .iter()
        .filter(|e| matches!(e.kind, EdgeKind::InIndustry | EdgeKind::Mentions))
        .filter(|e| e.target.starts_with("industry:"))
        .map(|e| (e.source.as_str(), e.target.as_str()))
        .collect();
    sectors.sort();
    assert_eq!(
        sectors,
        [
            ("doc:t", "industry:大数据"),
            ("project:丰镇市大数据产业园", "industry:大数据"),
            ("project:集宁区大数据产业园", "industry:大数据"),
        ]
    );
}

#[test]
fn sentences_under_a_heading_with_a_note_are_its_task_s() {
    let raw = "乌海市2025年工作方案\n一、重点任务\n（一）加快发展现代能源经济（市能源局牵头，市工信局配合）\n推进海勃湾区、乌达区光伏项目建设，新增新能源装机50万千瓦。\n乌海市人民政府\n2025年3月1日\n";
    let Ok(d) = extract_document("doc:t", "t.txt", raw.as_bytes()) else {
        panic!("extracts");
    };
    let mut projects: Vec<(&str, &str)> = d
        .edges
        .iter()
        .filter(|e| e.kind == EdgeKind::Mentions && e.target.starts_with("project:"))
        .map(|e| (e.source.as_str(), e.target.as_str()))
        .collect();
    projects.sort();
    assert_eq!(
        projects,
        [
            ("task:t:1", "project:乌达区光伏项目"),
            ("task:t:1", "project:海勃湾区光伏项目"),
        ]
    );
}

#[test]
fn a_plan_s_closing_chapter_on_safeguards_gives_no_tasks() {
    let d = extracted(
        "某旗国民经济和社会发展第十四个五年规划纲要\n第一章 壮大特色产业\n大力发展现代煤化工产业，推进煤制烯烃项目建设，打造现代煤化工产业基地。\n第二章 完善保障措施推进纲要实施\n健全完善党委领导、政府实施、人大监督的规划推进落实机制，做好跟踪监测。\n",
    );
    assert_eq!(task_labels(&d), ["大力发展现代煤化工产业"]);
    // Nor does its glossary.
    let d = extracted(
        "某旗国民经济和社会发展第十四个五年规划纲要\n第一章 壮大特色产业\n大力发展现代煤化工产业，推进煤制烯烃项目建设，打造现代煤化工产业基地。\n第二章 名词解释\n专精特新是指具备专业化、精细化、特色化、新颖化四大优势的中小企业。\n",
    );
    assert_eq!(task_labels(&d).len(), 1);
}

#[test]
fn a_plain_note_takes_the_roles_the_text_gives() {
    let d = extracted(
        "包头市2025年工作要点\n一、重点任务\n1.推进数据中心建设，由市大数据局牵头，市财政局配合。（责任单位：市大数据局、市财政局、市发改委）\n2.推进工作。（责任单位：市工信局、市发改委）\n",
    );
    let want = |u: &str, t: &str, r| (u.to_string(), t.to_string(), Some(r));
    assert_eq!(
        responsibilities(&d),
        [
            want("包头市发展和改革委员会", "推进工作", Role::Responsible),
            want(
                "包头市发展和改革委员会",
                "推进数据中心建设",
                Role::Responsible
            ),
            want("包头市大数据管理局", "推进数据中心建设", Role::Lead),
            want("包头市工业和信息化局", "推进工作", Role::Responsible),
            want("包头市财政局", "推进数据中心建设", Role::Support),
        ]
    );
}
