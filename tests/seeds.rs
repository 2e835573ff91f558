//! Integration tests on the embedded seeds and on bad input: concrete facts a planner would check.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use policy_atlas::extract::{self, Source};
use policy_atlas::model::{EdgeKind, KnowledgeGraph, NodeKind, Role};
use std::sync::LazyLock;

static SEEDS: LazyLock<KnowledgeGraph> = LazyLock::new(extract::seed_graph);

fn responsible(g: &KnowledgeGraph, dept: &str) -> Vec<(String, Option<Role>, Option<String>)> {
    g.neighbours(&format!("department:{dept}"), &[EdgeKind::ResponsibleFor])
        .into_iter()
        .map(|n| (n.node.label.clone(), n.role, n.node.deadline.clone()))
        .collect()
}

#[test]
fn baotou_ndrc_is_responsible_for_the_rail_circle() {
    let tasks = responsible(&SEEDS, "包头市发展和改革委员会");
    assert!(
        tasks.iter().any(|(t, r, d)| t == "打造1小时铁路经济圈"
            && *r == Some(Role::Responsible)
            && d.as_deref() == Some("持续推进")),
        "{tasks:?}"
    );
    let n = SEEDS
        .node("department:包头市发展和改革委员会")
        .expect("node");
    assert!(n.aliases.contains("市发改委"));
    assert_eq!(n.jurisdiction.as_deref(), Some("包头市"));
}

#[test]
fn deadlines_are_parsed() {
    let t = SEEDS
        .graph
        .node_weights()
        .find(|n| n.kind == NodeKind::Task && n.label.starts_with("建设一体化智慧城市"))
        .expect("task");
    assert_eq!(t.deadline.as_deref(), Some("2024年12月"));
    assert_eq!(t.deadline_date.as_deref(), Some("2024-12"));
}

#[test]
fn region_ndrc_leads_and_city_governments_implement() {
    let task = SEEDS
        .graph
        .node_weights()
        .find(|n| {
            n.kind == NodeKind::Task
                && n.doc.as_deref() == Some("doc:004")
                && n.label == "构建协调发展的城镇格局"
        })
        .expect("task");
    let who = SEEDS.neighbours(&task.id, &[EdgeKind::ResponsibleFor]);
    let role = |label: &str| {
        who.iter()
            .find(|n| n.node.label == label)
            .and_then(|n| n.role)
    };
    assert_eq!(role("内蒙古自治区发展和改革委员会"), Some(Role::Lead));
    for gov in ["呼和浩特市人民政府", "包头市人民政府", "鄂尔多斯市人民政府"]
    {
        assert_eq!(role(gov), Some(Role::Implementer), "{gov}");
    }
    assert_eq!(role("内蒙古自治区住房和城乡建设厅"), Some(Role::Support));
    assert_eq!(who.iter().filter(|n| n.role == Some(Role::Lead)).count(), 1);
}

#[test]
fn page_wrapped_department_is_rejoined() {
    // 004 breaks 交通运 / 输厅 across a page.
    let n = SEEDS
        .node("department:内蒙古自治区交通运输厅")
        .expect("node");
    let tasks = SEEDS.neighbours(&n.id, &[EdgeKind::ResponsibleFor]);
    assert!(
        tasks.iter().any(|t| t.node.label == "商贸流通业"),
        "{:?}",
        tasks.iter().map(|t| &t.node.label).collect::<Vec<_>>()
    );
}

#[test]
fn market_regulator_in_000_is_hohhots() {
    let n = SEEDS
        .node("department:呼和浩特市市场监督管理局")
        .expect("node");
    assert_eq!(n.jurisdiction.as_deref(), Some("呼和浩特市"));
    assert!(SEEDS.node("department:呼和浩特市场监督管理局").is_none());
    assert!(SEEDS.node("department:呼和浩特市区域经济合作局").is_some());
}

#[test]
fn dongsheng_commerce_bureau_leads_several_tasks() {
    let leads = responsible(&SEEDS, "东胜区商务局")
        .into_iter()
        .filter(|(_, r, _)| *r == Some(Role::Lead))
        .count();
    assert!(leads >= 3, "{leads}");
}

#[test]
fn first_listed_leads_in_000() {
    let tasks = responsible(&SEEDS, "呼和浩特市发展和改革委员会");
    assert!(
        tasks
            .iter()
            .any(|(t, r, _)| t == "建设区域性中心城市" && *r == Some(Role::Lead)),
        "{tasks:?}"
    );
    let support = responsible(&SEEDS, "呼和浩特市自然资源局");
    assert!(
        support
            .iter()
            .any(|(t, r, _)| t == "建设区域性中心城市" && *r == Some(Role::Support))
    );
}

#[test]
fn rail_project_connects_its_cities() {
    let p = SEEDS
        .graph
        .node_weights()
        .find(|n| n.kind == NodeKind::Project && n.label.starts_with("包头至银川高铁"))
        .expect("project");
    let ends: Vec<String> = SEEDS
        .neighbours(&p.id, &[EdgeKind::Connects])
        .into_iter()
        .map(|n| n.node.label.clone())
        .collect();
    assert_eq!(ends, ["包头市", "银川市"]);
    // 000: 规划建设呼(和浩特)鄂(尔多斯)榆(林)高速铁路 — places abbreviated and completed in brackets.
    let p = SEEDS
        .graph
        .node_weights()
        .find(|n| n.kind == NodeKind::Project && n.label == "呼鄂榆高速铁路")
        .expect("呼鄂榆高速铁路");
    let mut ends: Vec<String> = SEEDS
        .neighbours(&p.id, &[EdgeKind::Connects])
        .into_iter()
        .map(|n| n.node.label.clone())
        .collect();
    ends.sort();
    assert_eq!(ends, ["呼和浩特市", "榆林市", "鄂尔多斯市"]);
}

#[test]
fn towns_hang_off_their_county() {
    let chain: Vec<String> = SEEDS
        .neighbours("city:罕台镇", &[EdgeKind::LocatedIn])
        .into_iter()
        .map(|n| n.node.label.clone())
        .collect();
    assert_eq!(chain, ["东胜区"]);
    assert!(
        SEEDS
            .node("city:保合少镇")
            .is_some_and(|n| !n.mentions.is_empty())
    );
}

#[test]
fn ordinary_words_make_no_places_and_boilerplate_no_entities() {
    assert!(
        SEEDS
            .node("city:青山区")
            .is_none_or(|n| n.mentions.is_empty())
    );
    // 000 ends with a 来源 line naming the Hohhot government website.
    let raw = extract::SEEDS[0].1;
    let at = raw
        .find("来源:呼和浩特市政府信息公开发布平台")
        .expect("source line");
    for n in SEEDS.graph.node_weights() {
        assert!(
            n.mentions
                .iter()
                .all(|m| &*m.doc != "doc:000" || m.start < at),
            "{} mentioned in boilerplate",
            n.id
        );
    }
}

#[test]
fn groups_are_not_departments() {
    assert!(
        SEEDS
            .graph
            .node_weights()
            .any(|n| n.kind == NodeKind::Group && n.label.starts_with("各旗县区人民政府"))
    );
    assert!(
        !SEEDS
            .graph
            .node_weights()
            .any(|n| n.kind == NodeKind::Department && n.label.contains("有关部门"))
    );
}

#[test]
fn mentions_point_at_their_text() {
    for n in SEEDS
        .graph
        .node_weights()
        .filter(|n| n.kind == NodeKind::Department)
    {
        for m in &n.mentions {
            let (_, text) = extract::SEEDS
                .iter()
                .find(|(name, _)| format!("doc:{}", &name[..3]) == *m.doc)
                .expect("doc");
            let written = policy_atlas::extract::text::normalize(
                text.get(m.start..m.end).expect("char boundary"),
            );
            assert!(
                n.aliases.contains(&written) || n.label.starts_with(&written),
                "{written} → {}",
                n.label
            );
        }
    }
}

#[test]
fn citations_link_documents() {
    let cited: Vec<String> = SEEDS
        .neighbours("doc:004", &[EdgeKind::Cites])
        .into_iter()
        .map(|n| n.node.id.clone())
        .collect();
    assert!(
        cited.contains(&"doc:国函〔2018〕16号".to_string()),
        "{cited:?}"
    );
    let from_000: Vec<String> = SEEDS
        .neighbours("doc:000", &[EdgeKind::Cites])
        .into_iter()
        .map(|n| n.node.id.clone())
        .collect();
    assert!(from_000.contains(&"doc:004".to_string()), "{from_000:?}");
}

#[test]
fn ids_are_stable_and_export_is_deterministic() {
    let a = policy_atlas::export::json::to_value(&SEEDS);
    let b = policy_atlas::export::json::to_value(&extract::seed_graph());
    assert_eq!(a, b);
}

#[test]
fn merging_while_extracting_gives_the_same_graph() {
    let mut sources = extract::seed_sources();
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/unseen");
    sources.extend(extract::read_sources(&[dir]));
    let apart = extract::assemble(extract::extract_all(&sources, &|| true));
    let merged = extract::extract_merged(&sources, &|| true);
    assert_eq!(
        policy_atlas::export::json::to_value(&apart),
        policy_atlas::export::json::to_value(&merged)
    );
}

#[test]
fn bad_input_never_drops_the_batch() {
    let dir = std::env::temp_dir().join(format!("pa-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("tmp");
    std::fs::write(dir.join("empty.txt"), b"").expect("write");
    std::fs::write(
        dir.join("binary.txt"),
        [0u8, 159, 146, 150, 0, 1, 2, 3, 0, 0],
    )
    .expect("write");
    std::fs::write(
        dir.join("good.txt"),
        "包头市人民政府\n(一)推进工作。(责任单位:市发改委;完成时限:2025年6月)\n",
    )
    .expect("write");
    std::fs::write(
        dir.join("nested.txt"),
        "推进园区建设。（牵头部门：经济科教（轻纺工业）园区管委会）（（\n",
    )
    .expect("write");
    let mut srcs = extract::read_sources(&[dir.clone(), dir.join("missing.txt")]);
    srcs.push(Source {
        name: "huge".into(),
        bytes: Ok("呼和浩特市发展改革委推进项目。"
            .repeat(200_000)
            .into_bytes()),
    });
    let g = extract::build_graph(&srcs);
    assert_eq!(g.documents.len(), 3, "{:?}", g.warnings);
    let warned: Vec<&str> = g.warnings.iter().map(|w| w.source.as_str()).collect();
    assert_eq!(g.warnings.len(), 3, "{warned:?}");
    assert!(warned.iter().any(|w| w.ends_with("empty.txt")));
    assert!(warned.iter().any(|w| w.ends_with("binary.txt")));
    assert!(warned.iter().any(|w| w.ends_with("missing.txt")));
    assert!(
        g.node("department:东胜区经济科教(轻纺工业)园区管理委员会")
            .is_none()
    ); // no home government here
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_folder_of_a_thousand_files_loads() {
    let dir = std::env::temp_dir().join(format!("pa-many-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("tmp");
    for i in 0..1000 {
        let text = format!(
            "包头市人民政府\n({i})推进第{i}项工作。(责任单位:市发改委;完成时限:持续推进)\n"
        );
        std::fs::write(dir.join(format!("{i:04}.txt")), text).expect("write");
    }
    let g = extract::build_graph(&extract::read_sources(std::slice::from_ref(&dir)));
    assert_eq!(g.documents.len(), 1000);
    assert!(g.warnings.is_empty(), "{:?}", &g.warnings[..1]);
    let tasks = SEEDS.graph.node_weights().count();
    assert!(tasks > 0);
    assert_eq!(
        g.neighbours(
            "department:包头市发展和改革委员会",
            &[EdgeKind::ResponsibleFor]
        )
        .len(),
        1000
    );
    let _ = std::fs::remove_dir_all(&dir);
}

fn one_doc(name: &str, text: &str) -> KnowledgeGraph {
    extract::build_graph(&[Source {
        name: name.into(),
        bytes: Ok(text.as_bytes().to_vec()),
    }])
}

type Shape = (Vec<String>, Vec<(String, String, EdgeKind, Option<Role>)>);

fn shape(g: &KnowledgeGraph) -> Shape {
    let nodes = g
        .nodes_sorted()
        .into_iter()
        .filter(|n| n.kind != NodeKind::Document)
        .map(|n| n.id.clone())
        .collect();
    let edges = g
        .edges_sorted()
        .into_iter()
        .map(|(s, t, e)| (s.id.clone(), t.id.clone(), e.kind, e.role))
        .collect();
    (nodes, edges)
}

#[test]
fn full_width_punctuation_changes_nothing() {
    let half = extract::SEEDS[2].1;
    let full: String = half
        .chars()
        .map(|c| match c {
            '(' => '（',
            ')' => '）',
            ',' => '，',
            ':' => '：',
            ';' => '；',
            _ => c,
        })
        .collect();
    let (a, b) = (
        one_doc("x/002_half.txt", half),
        one_doc("x/002_full.txt", &full),
    );
    assert_eq!(shape(&a), shape(&b));
}

#[test]
fn traditional_chinese_gives_the_same_graph_with_original_offsets() {
    let simp = extract::SEEDS[2].1;
    let trad = hanconv::s2t(simp);
    let g = one_doc("x/002_trad.txt", &trad);
    let n = g
        .node("department:包头市发展和改革委员会")
        .expect("department");
    let m = n.mentions.iter().next().expect("mention");
    assert_eq!(&trad[m.start..m.end], "市發改委");
    assert!(g.neighbours(&n.id, &[EdgeKind::ResponsibleFor]).iter().any(|t| t.node.label == "打造1小時鐵路經濟圈" || t.node.label == "打造1小时铁路经济圈"));
    // Title and headings are shown as written, and a Simplified document citing the title finds it.
    let simple = one_doc("x/002.txt", simp);
    let title = &simple.documents[0].title;
    assert_eq!(g.documents[0].title, hanconv::s2t(title));
    let sections: Vec<String> = g
        .graph
        .node_weights()
        .filter_map(|n| n.section.clone())
        .collect();
    assert!(sections.iter().any(|s| s.contains("體系")), "{sections:?}");
    let citing = format!("包头市人民政府关于落实《{title}》的通知\n\n一、认真落实\n");
    let both = extract::build_graph(&[
        extract::Source {
            name: "x/002_trad.txt".into(),
            bytes: Ok(trad.clone().into_bytes()),
        },
        extract::Source {
            name: "x/notice.txt".into(),
            bytes: Ok(citing.into_bytes()),
        },
    ]);
    let cited = both.neighbours("doc:notice", &[EdgeKind::Cites]);
    assert!(
        cited.iter().any(|c| c.node.id == "doc:002"),
        "{:?}",
        cited.iter().map(|c| &c.node.id).collect::<Vec<_>>()
    );
}

#[test]
fn responsibility_lines_below_a_task_attach_to_it() {
    let text = "包头市人民政府关于印发2025年重点工作任务的通知\n\n一、基础设施\n\n1.加快推进包头至银川高铁建设，完善综合交通网络。\n\n牵头单位：市发展改革委；配合单位：市交通运输局、市自然资源局\n\n完成时限：2025年12月\n\n2.推进黄河流域生态保护。\n\n责任单位：市生态环境局\n";
    let g = one_doc("x/plan2025.txt", text);
    let t = g
        .graph
        .node_weights()
        .find(|n| n.kind == NodeKind::Task && n.label.starts_with("加快推进包头至银川高铁建设"))
        .expect("task");
    assert_eq!(t.deadline_date.as_deref(), Some("2025-12"));
    let who = g.neighbours(&t.id, &[EdgeKind::ResponsibleFor]);
    let role = |l: &str| who.iter().find(|n| n.node.label == l).and_then(|n| n.role);
    assert_eq!(role("包头市发展和改革委员会"), Some(Role::Lead));
    assert_eq!(role("包头市交通运输局"), Some(Role::Support));
    assert_eq!(role("包头市自然资源局"), Some(Role::Support));
    assert_eq!(g.documents[0].task_count, 2);
}
