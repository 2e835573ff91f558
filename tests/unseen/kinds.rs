//! Kinds of document the plans before them were not: a county government's minutes, a supervision office's
//! bulletin, a district's table numbered as an outline, a banner's tourism points naming scenic places by
//! names no lexicon holds, and a county's livelihood works named after the county by its level alone.

use super::*;

fn title_of(doc: &str) -> String {
    G.documents
        .iter()
        .find(|d| d.id == format!("doc:{doc}"))
        .expect("loaded")
        .title
        .clone()
}

/// A task's label, deadline and section.
type Task = (String, Option<String>, Option<String>);

/// The tasks of one fixture, in order of their ids.
fn tasks_of(doc: &str) -> Vec<Task> {
    let prefix = format!("task:{doc}:");
    let mut got: Vec<(u32, Task)> = G
        .graph
        .node_weights()
        .filter(|n| n.id.starts_with(&prefix))
        .map(|n| {
            let k = n.id[prefix.len()..].parse().unwrap_or(u32::MAX);
            (k, (n.label.clone(), n.deadline.clone(), n.section.clone()))
        })
        .collect();
    got.sort();
    got.into_iter().map(|(_, t)| t).collect()
}

#[test]
fn minutes_give_their_decisions_roles_and_leave_attendance_out() {
    let doc = "fugu_2026_minutes";
    assert_eq!(title_of(doc), "府谷县人民政府常务会议纪要");
    let tasks = tasks_of(doc);
    // What the meeting says it did is no title; the attendance and the printing office's line are no tasks.
    assert!(
        tasks.iter().any(
            |t| t.0 == "县水利局牵头抓好庙沟门镇、哈镇等12个镇农村供水工程建设"
                && t.1.as_deref() == Some("9月底前")
        ),
        "{tasks:?}"
    );
    assert!(
        !tasks
            .iter()
            .any(|t| t.0.starts_with("会议要求") || t.0.contains("出席") || t.0.contains("印发")),
        "{tasks:?}"
    );
    // 确保年底前具备送出条件: the deadline of the works.
    assert!(
        tasks
            .iter()
            .any(|t| t.0 == "县能源局要加强与国网榆林供电公司对接"
                && t.1.as_deref() == Some("年底前")),
        "{tasks:?}"
    );
    let duties = duties_in(doc);
    for d in [
        lead(
            "府谷县住房和城乡建设局",
            "会议同意县住建局提出的城区供热管网改造实施方案",
        ),
        support(
            "府谷镇人民政府",
            "会议同意县住建局提出的城区供热管网改造实施方案",
        ),
        support(
            "各镇人民政府(府谷县)",
            "县水利局牵头抓好庙沟门镇、哈镇等12个镇农村供水工程建设",
        ),
    ] {
        assert!(duties.contains(&d), "{d:?} not in {duties:?}");
    }
    // Attendance names no units.
    assert!(
        !labels_of(NodeKind::Department, doc).contains(&"府谷县人民政府办公室".to_string()),
        "{:?}",
        labels_of(NodeKind::Department, doc)
    );
}

#[test]
fn a_bulletin_is_titled_and_its_units_are_its_banners() {
    let doc = "ejin_2026_bulletin";
    assert_eq!(
        title_of(doc),
        "伊金霍洛旗人民政府督查室关于2026年第一季度重点工作推进情况的通报"
    );
    let duties = duties_in(doc);
    assert!(
        duties.contains(&(
            "伊金霍洛旗住房和城乡建设局".to_string(),
            "札萨克镇污水处理厂提标改造工程".to_string(),
            Some(Role::Responsible)
        )),
        "{duties:?}"
    );
}

#[test]
fn an_outline_s_parts_are_sections_and_a_deadline_line_decides() {
    let doc = "wuda_2026_outline";
    let tasks = tasks_of(doc);
    assert_eq!(tasks.len(), 4, "{tasks:?}");
    assert_eq!(tasks[0].0, "推动乌达工业园区氯碱化工产业延链补链");
    assert_eq!(tasks[0].2.as_deref(), Some("产业转型升级"));
    assert_eq!(tasks[3].2.as_deref(), Some("城市品质提升"));
    // 年内完成投资8亿元 in the text; 完成时限：2026年12月 on its line.
    assert_eq!(tasks[1].1.as_deref(), Some("2026年12月"));
    assert!(projects_in(doc).contains(&"乌达区人民医院综合楼".to_string()));
}

#[test]
fn scenic_places_named_by_names_no_lexicon_holds() {
    let projects = projects_in("keqi_2026_tourism");
    for p in [
        "阿斯哈图石阵景区",
        "乌兰布统影视小镇",
        "热水塘温泉康养度假区",
        "经棚镇历史文化街区",
        "达里湖环湖旅游公路",
    ] {
        assert!(projects.contains(&p.to_string()), "{p} not in {projects:?}");
    }
}

#[test]
fn works_named_after_the_county_by_its_level() {
    let doc = "jingbian_2026_livelihood";
    let projects = projects_in(doc);
    for p in [
        "靖边县委党校新校区",
        "靖边县职业教育中心产教融合实训基地",
        "靖边县第五小学",
    ] {
        assert!(projects.contains(&p.to_string()), "{p} not in {projects:?}");
    }
    // People's organisations and the Party's bodies are named through the county.
    let units = labels_of(NodeKind::Department, doc);
    for u in [
        "共青团靖边县委员会",
        "靖边县妇女联合会",
        "靖边县委组织部",
        "靖边县科学技术协会",
    ] {
        assert!(units.contains(&u.to_string()), "{u} not in {units:?}");
    }
}
