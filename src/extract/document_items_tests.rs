//! Tests of document.rs: what a document's items are (their mentions, tables, roles in their text, closing
//! lines).

use super::tests::{extracted, task_labels};
use super::*;
use crate::model::NodeKind;

#[test]
fn a_sector_inside_a_units_name_is_no_industry() {
    let d = extracted(
        "一、任务\n1.优化营商环境，区文旅局负责，市数字经济发展领导小组办公室统筹协调。\n",
    );
    let industries: Vec<&str> = d
        .nodes
        .iter()
        .filter(|n| n.kind == NodeKind::Industry)
        .map(|n| n.label.as_str())
        .collect();
    // 文旅 and 数字经济 only inside the units' names.
    assert!(industries.is_empty(), "{industries:?}");
}

#[test]
fn a_foreign_country_in_a_project_s_name_is_not_where_it_lies() {
    let d = extracted(
        "一、任务\n1.加快久科、芬兰芬碳等环保设备制造项目建设进度，建设法国快递跨境货物集散中心和武川县风电项目。（责任单位：市发改委）\n",
    );
    let located: Vec<(&str, &str)> = d
        .edges
        .iter()
        .filter(|e| e.kind == EdgeKind::LocatedIn && e.source.starts_with("project:"))
        .map(|e| (e.source.as_str(), e.target.as_str()))
        .collect();
    assert_eq!(located, [("project:武川县风电项目", "city:武川县")]);
}

#[test]
fn items_under_a_heading_that_is_a_task_are_its_content() {
    let d = extracted(
        "二、重点任务\n（一）推进交通互联互通（责任单位：市交通运输局）\n1.加快包银高铁建设。\n2.推进呼和浩特新机场建设。\n（二）推动产业协作（责任单位：市工信局）\n3.共建稀土新材料产业链。\n呼和浩特市人民政府\n",
    );
    let mentions = |target: &str| -> Vec<&str> {
        d.edges
            .iter()
            .filter(|e| e.kind == EdgeKind::Mentions && e.target == target)
            .map(|e| e.source.as_str())
            .collect()
    };
    assert_eq!(mentions("project:包银高铁"), ["task:t:1"]);
    assert_eq!(mentions("project:呼和浩特新机场"), ["task:t:1"]);
    assert_eq!(mentions("industry:稀土新材料"), ["task:t:2"]);
    // The signature after the last item is the document's.
    assert_eq!(mentions("department:呼和浩特市人民政府"), ["doc:t"]);
    assert_eq!(task_labels(&d), ["推进交通互联互通", "推动产业协作"]);
}

#[test]
fn a_task_table_with_a_second_header_row() {
    let d = extracted(
        "包头市2025年重点任务分工表\n序号\t重点任务\t责任单位\t\t完成时限\n\t\t牵头单位\t配合单位\t\n1\t推进包银高铁建设\t市交通运输局\t市发改委、九原区人民政府\t2025年12月\n",
    );
    let got = responsibilities(&d);
    assert_eq!(
        got,
        [
            (
                "九原区人民政府".to_string(),
                "推进包银高铁建设".to_string(),
                Some(Role::Support)
            ),
            (
                "包头市交通运输局".to_string(),
                "推进包银高铁建设".to_string(),
                Some(Role::Lead)
            ),
            (
                "包头市发展和改革委员会".to_string(),
                "推进包银高铁建设".to_string(),
                Some(Role::Support)
            ),
        ]
    );
}

#[test]
fn short_items_giving_roles_in_a_document_without_notes() {
    let d = extracted(
        "一、任务\n1.推进城市更新，市住建局牵头，市发改委、各旗县区政府配合。\n2.加强生态保护，市生态环境局负责。\n",
    );
    assert_eq!(task_labels(&d), ["推进城市更新", "加强生态保护"]);
    let got = responsibilities(&d);
    assert!(
        got.contains(&(
            "市发展和改革委员会".to_string(),
            "推进城市更新".to_string(),
            Some(Role::Support)
        )),
        "{got:?}"
    );
    assert!(
        got.contains(&(
            "各旗县区人民政府".to_string(),
            "推进城市更新".to_string(),
            Some(Role::Support)
        )),
        "{got:?}"
    );
}

#[test]
fn a_notice_s_closing_lines_are_no_tasks() {
    let raw = "某旗人民政府办公室关于做好重点任务落实工作的通知\n各苏木乡镇人民政府，旗政府各部门：\n一、旗政府督查室要加强对重点工作的日常调度，建立重点任务落实台账，及时汇总落实情况后向旗政府报告。\n附件：2025年《政府工作报告》重点任务落实推进情况表\n（联系人：张某，联系电话：0470-1234567，电子邮箱：abc@example.com）\n（此件公开发布）\n";
    let d = extracted(raw);
    assert_eq!(task_labels(&d), ["旗政府督查室要加强对重点工作的日常调度"]);
}

#[test]
fn roles_in_the_text_beside_a_note_of_groups_alone() {
    let raw = "包头市2025年工作要点\n一、重点任务\n1.开展用地指标调剂。市自然资源局牵头，会同市发展改革委开展调剂工作。（责任单位：有关旗县、区人民政府）\n2.推进工作。市住建局牵头推进。（责任单位：市城管局）\n";
    let d = extracted(raw);
    let role_of = |unit: &str| {
        d.edges
            .iter()
            .find(|e| {
                e.kind == EdgeKind::ResponsibleFor && e.source == format!("department:{unit}")
            })
            .and_then(|e| e.role)
    };
    assert_eq!(role_of("包头市自然资源局"), Some(Role::Lead));
    assert_eq!(role_of("包头市发展和改革委员会"), Some(Role::Support));
    // A note naming a unit is the task's word on who does it.
    assert_eq!(role_of("包头市住房和城乡建设局"), None);
}

#[test]
fn responsible_units_on_a_line_beside_a_line_of_support_lead() {
    let raw = "通辽市2025年优化营商环境任务清单\n一、提升政务服务水平\n1.全面推行“一件事一次办”。\n主责单位：市政务服务和数据管理局\n协办单位：市公安局\n";
    let Ok(d) = extract_document("doc:t", "t.txt", raw.as_bytes()) else {
        panic!("extracts");
    };
    let label = |id: &str| {
        d.nodes
            .iter()
            .find(|n| n.id == id)
            .map_or("", |n| n.label.as_str())
    };
    let mut roles: Vec<(&str, Option<crate::model::Role>)> = d
        .edges
        .iter()
        .filter(|e| e.kind == crate::model::EdgeKind::ResponsibleFor)
        .map(|e| (label(&e.source), e.role))
        .collect();
    roles.sort();
    assert_eq!(
        roles,
        [
            ("通辽市公安局", Some(crate::model::Role::Support)),
            ("通辽市政务服务和数据管理局", Some(crate::model::Role::Lead)),
        ]
    );
}

#[test]
fn each_line_of_a_plan_s_box_of_works_is_a_task_however_short() {
    let d = extracted(
        "托克托县规划纲要\n\n第三章　推进基础设施现代化\n第一节　完善综合交通网络\n　　加快城际快速路建设。\n专栏2　交通基础设施重点工程\n　　公路：呼托城际快速路、托克托黄河大桥。\n　　铁路：呼准鄂铁路托克托段扩能改造。\n第四章　推动产业转型升级\n　　发展精细化工。\n",
    );
    assert_eq!(
        task_labels(&d),
        ["公路：呼托城际快速路", "铁路：呼准鄂铁路托克托段扩能改造"]
    );
    let sections: Vec<&str> = d
        .nodes
        .iter()
        .filter(|n| n.kind == NodeKind::Task)
        .filter_map(|n| n.section.as_deref())
        .collect();
    assert!(
        sections.iter().all(|s| s.ends_with("交通基础设施重点工程")),
        "{sections:?}"
    );
}

#[test]
fn an_attachment_s_title_is_the_section_of_its_items() {
    let d = extracted(
        "鄂尔多斯市人民政府办公室关于印发鄂尔多斯市2026年重点工作任务分工方案的通知\n\n附件：1.鄂尔多斯市2026年重点工作任务分工表\n　　　2.鄂尔多斯市2026年重点项目清单\n\n附件1\n\n鄂尔多斯市2026年重点工作任务分工表\n\n1.推进新能源项目建设。（牵头单位：市能源局）\n\n附件2\n\n鄂尔多斯市2026年重点项目清单\n\n2.准格尔旗大路工业园区煤制烯烃项目。（牵头单位：准格尔旗人民政府）\n",
    );
    let sections: Vec<(&str, Option<&str>)> = d
        .nodes
        .iter()
        .filter(|n| n.kind == NodeKind::Task)
        .map(|n| (n.label.as_str(), n.section.as_deref()))
        .collect();
    assert_eq!(
        sections,
        [
            (
                "推进新能源项目建设",
                Some("鄂尔多斯市2026年重点工作任务分工表")
            ),
            (
                "准格尔旗大路工业园区煤制烯烃项目",
                Some("鄂尔多斯市2026年重点项目清单")
            ),
        ]
    );
}

#[test]
fn bulleted_items_are_items_and_labels_spaced_on_the_line() {
    let d = extracted(
        "包头市2026年工作要点\n一、重点任务\n2、推进乙工作。 责任单位：市工信局  配合单位：市财政局  完成时限：2026年9月\n● 推进丙工作，完善丁机制。（责任单位：市商务局）\n◆ 推进戊工作。（责任单位：市交通运输局）\n",
    );
    assert_eq!(task_labels(&d), ["推进乙工作", "推进丙工作", "推进戊工作"]);
}

#[test]
fn an_enumeration_whose_last_item_closes_with_its_roles_is_split() {
    let d = extracted(
        "乌兰察布市2026年重点工作安排\n\n　　一、产业发展\n　　一要加快风电光伏基地建设，由市能源局牵头，相关旗县市区人民政府配合。二要培育氢能产业，由市工信局牵头负责。三要发展储能产业，推动集宁区新型储能电站建设，由市发改委负责。\n",
    );
    assert_eq!(
        task_labels(&d),
        ["加快风电光伏基地建设", "培育氢能产业", "发展储能产业"]
    );
}

#[test]
fn a_title_cited_with_its_number_elsewhere_is_that_document() {
    // A policy reading names the plan in its headline by title, then with its number: one document.
    let raw = "《包头市稀土产业行动方案》政策解读\n近日，市政府办公室印发《包头市稀土产业行动方案》（包府办发〔2026〕21号）。\n";
    let Ok(d) = extract_document("doc:t", "t.txt", raw.as_bytes()) else {
        panic!("extracts");
    };
    let g = super::super::assemble::assemble(vec![Ok(d)]);
    let docs: Vec<(&str, &str, usize)> = (g.graph.node_weights())
        .filter(|n| n.kind == NodeKind::Document && n.id != "doc:t")
        .map(|n| (n.id.as_str(), n.label.as_str(), n.mentions.len()))
        .collect();
    assert_eq!(
        docs,
        [("doc:包府办发〔2026〕21号", "包头市稀土产业行动方案", 2)]
    );
    let cites = (g.graph.edge_weights())
        .filter(|e| e.kind == crate::model::EdgeKind::Cites)
        .count();
    assert_eq!(cites, 1);
}
