//! More kinds of plan: a Yulin county's division naming its two-character towns (桃镇, 龙镇) and its merged
//! bureaus (县发改科技局), the 呼包鄂榆 cluster's joint list giving tasks to the four cities' departments (四市发展改革委),
//! a Baotou district's list of projects whose builder's cell stands before the works' contents, a policy
//! reading (政策解读) that names its plan by title and then by number, a 榆阳区 division naming roads' works, and
//! a Chifeng list of measures by article (第一条…) closed by who interprets it.

use super::*;

/// Labels of the nodes of `kind` one fixture mentions, sorted.
fn named_in(kind: NodeKind, doc: &str) -> Vec<String> {
    let id = format!("doc:{doc}");
    let mut got: Vec<String> = G
        .graph
        .node_weights()
        .filter(|n| n.kind == kind && n.mentions.iter().any(|m| *m.doc == *id))
        .map(|n| n.label.clone())
        .collect();
    got.sort();
    got
}

/// Each task of one fixture with its deadline.
fn deadlines_in(doc: &str) -> Vec<(String, Option<String>)> {
    let prefix = format!("task:{doc}:");
    let mut got: Vec<(String, Option<String>)> = G
        .graph
        .node_weights()
        .filter(|n| n.id.starts_with(&prefix))
        .map(|n| (n.label.clone(), n.deadline_date.clone()))
        .collect();
    got.sort();
    got
}

#[test]
fn a_county_s_two_character_towns_are_places_and_governments() {
    let doc = "mizhi_2026_division";
    let places = named_in(NodeKind::City, doc);
    for town in ["桃镇", "龙镇", "杨家沟镇", "银州街道"] {
        assert!(places.contains(&town.to_string()), "{town}: {places:?}");
    }
    let duties = duties_in(doc);
    for unit in ["桃镇人民政府", "龙镇人民政府", "米脂县发展改革和科技局"] {
        assert!(
            duties
                .iter()
                .any(|d| d.0 == unit && d.1 == "推进小米产业提质增效"),
            "{unit}: {duties:?}"
        );
    }
    // 新镇 (a word here, and a town of 奈曼旗) is no place of this plan.
    assert!(!places.contains(&"新镇".to_string()), "{places:?}");
}

#[test]
fn the_four_cities_departments_are_groups() {
    let doc = "hbey_2026_joint";
    let duties = duties_in(doc);
    let task = "加快包头至银川高铁（内蒙古段）建设";
    for group in ["四市人民政府", "四市发展和改革委员会", "四市交通运输局"] {
        assert!(
            duties.iter().any(|d| d.0.starts_with(group) && d.1 == task),
            "{group}: {duties:?}"
        );
    }
    let groups = named_in(NodeKind::Group, doc);
    assert!(
        groups
            .iter()
            .all(|g| !g.contains("交通运输局") || g.starts_with("四市"))
    );
    let projects = projects_in(doc);
    assert!(
        projects.contains(&"鄂尔多斯伊金霍洛国际机场".to_string()),
        "{projects:?}"
    );
    assert!(
        !projects.iter().any(|p| p.starts_with("加密")),
        "{projects:?}"
    );
}

#[test]
fn a_builder_cell_leaves_the_works_contents_in_the_text() {
    let doc = "kundulun_2026_projects";
    let industries = named_in(NodeKind::Industry, doc);
    assert!(industries.contains(&"蔬菜".to_string()), "{industries:?}");
    assert!(industries.contains(&"食用菌".to_string()), "{industries:?}");
    // The builder's name is no sector.
    assert!(!industries.contains(&"钢铁".to_string()), "{industries:?}");
    // 开工/竣工时间: due when the works are finished.
    let dates = deadlines_in(doc);
    assert!(
        dates.contains(&(
            "包钢稀土钢板材二期升级改造项目".to_string(),
            Some("2027-12".to_string())
        )),
        "{dates:?}"
    );
}

#[test]
fn a_policy_reading_names_its_plan_once_and_sets_no_task_of_its_background() {
    let doc = "baotou_2026_reading";
    let plans: Vec<String> = named_in(NodeKind::Document, doc)
        .into_iter()
        .filter(|t| t.starts_with("包头市推进稀土产业"))
        .collect();
    assert_eq!(plans, ["包头市推进稀土产业高质量发展行动方案(2026—2028年)"]);
    // Who drafted the plan has no task of it.
    assert!(
        roles_in("包头市工业和信息化局", doc).is_empty(),
        "{:?}",
        roles_in("包头市工业和信息化局", doc)
    );
    assert!(
        !deadlines_in(doc)
            .iter()
            .any(|t| t.0.contains("世界稀土之都")),
        "{:?}",
        deadlines_in(doc)
    );
}

#[test]
fn roads_listed_before_their_works_are_each_works() {
    let projects = projects_in("yuyang_2026_report");
    for p in [
        "驼峰路改造提升工程",
        "肤施路改造提升工程",
        "榆阳区氢能产业园",
        "榆溪河生态长廊",
    ] {
        assert!(projects.contains(&p.to_string()), "{p}: {projects:?}");
    }
}

#[test]
fn articles_are_tasks_and_the_closing_one_is_not() {
    let doc = "chifeng_2026_measures";
    let tasks: Vec<String> = deadlines_in(doc).into_iter().map(|t| t.0).collect();
    assert_eq!(
        tasks,
        ["引育算力企业", "支持算力基础设施建设", "降低用电成本"]
    );
    assert!(
        duties_in(doc)
            .iter()
            .any(|d| d.0 == "国网赤峰供电公司" && d.1 == "降低用电成本"),
        "{:?}",
        duties_in(doc)
    );
}
