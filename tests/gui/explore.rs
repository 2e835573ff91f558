//! Finding and narrowing: search by name and pinyin initials, results and neighbours, kinds and places
//! filtered, focus on a neighbourhood, a path between two nodes.

use super::*;

#[test]
fn searching_baotou_selects_it_and_shows_evidence() {
    let mut h = harness();
    let input = h.get_by_role(egui::accesskit::Role::TextInput);
    input.focus();
    input.type_text("包头");
    h.run();
    h.key_press(egui::Key::Enter);
    h.run();
    assert_eq!(selected(&h).as_deref(), Some("city:包头市"));
    // The inspector names it and offers its passages.
    assert!(h.query_all_by_label_contains("包头").count() > 2);
    assert!(h.query_all_by_label("打开原文 open in reader").count() > 0);
}

#[test]
fn clicking_a_result_and_a_neighbour_moves_the_selection() {
    let mut h = harness();
    let input = h.get_by_role(egui::accesskit::Role::TextInput);
    input.focus();
    input.type_text("东胜区商务局");
    h.run();
    h.get_by_label("东胜区商务局 · 东胜区").click();
    h.run();
    assert_eq!(selected(&h).as_deref(), Some("department:东胜区商务局"));
    // A neighbour in the inspector: one of the tasks it leads.
    h.get_by_label("物流方面").click();
    h.run();
    let task = selected(&h).expect("selection");
    assert!(task.starts_with("task:001:"), "{task}");
    let label = h
        .state()
        .atlas()
        .and_then(|a| a.graph.node(&task))
        .map(|n| n.label.clone());
    assert_eq!(label.as_deref(), Some("物流方面"));
}

#[test]
fn hiding_a_kind_hides_its_nodes() {
    let mut h = harness();
    h.get_by_label_contains("产业 industry").click();
    h.run();
    let atlas = h.state().atlas().expect("loaded");
    let hidden = atlas
        .ids
        .iter()
        .enumerate()
        .filter(|(i, id)| id.starts_with("industry:") && !atlas.visible[*i])
        .count();
    assert!(hidden > 100, "{hidden}");
}

#[test]
fn pinyin_initials_find_baotou() {
    let mut h = harness();
    let input = h.get_by_role(egui::accesskit::Role::TextInput);
    input.focus();
    input.type_text("bt");
    h.run();
    assert!(h.query_by_label("包头市 · 内蒙古自治区").is_some());
    h.key_press(egui::Key::Enter);
    h.run();
    assert_eq!(selected(&h).as_deref(), Some("city:包头市"));
}

#[test]
fn a_path_between_two_nodes_is_listed() {
    let mut h = harness();
    select(&mut h, "包头至银川高铁");
    assert_eq!(selected(&h).as_deref(), Some("project:包头至银川高铁"));
    h.get_by_label("路径起点 path from here").click();
    h.run();
    // Pick the other end directly: the search box keeps its text, so select through a command.
    h.state_mut()
        .atlas_mut()
        .expect("loaded")
        .apply(policy_atlas::app::state::Command::Select {
            id: "city:银川市".into(),
            centre: true,
        });
    h.state_mut().atlas_mut().expect("loaded").update_path();
    h.run();
    let path = h.state().atlas().expect("loaded").path.clone();
    assert_eq!(path.len(), 2, "{path:?}");
    assert!(h.query_by_label("最短路径 path:").is_some());
    assert!(h.query_by_label("→").is_some());
}

#[test]
fn focus_shows_only_the_neighbourhood() {
    let mut h = harness();
    select(&mut h, "东胜区商务局");
    h.get_by_label("只看邻域 focus").click();
    h.run();
    let atlas = h.state().atlas().expect("loaded");
    let visible = atlas.visible.iter().filter(|v| **v).count();
    let centre = atlas.index["department:东胜区商务局"];
    assert_eq!(visible, atlas.adjacency[centre].len() + 1);
    h.get_by_label("全部显示 show all").click();
    h.run();
    assert!(
        h.state()
            .atlas()
            .expect("loaded")
            .visible
            .iter()
            .filter(|v| **v)
            .count()
            > visible
    );
}

#[test]
fn place_filter_keeps_what_lies_in_the_place() {
    let mut h = harness();
    let atlas = h.state_mut().atlas_mut().expect("loaded");
    atlas.apply(policy_atlas::app::state::Command::FilterPlace(Some(
        "city:鄂尔多斯市".into(),
    )));
    let shown = |id: &str| atlas.index.get(id).is_some_and(|&i| atlas.visible[i]);
    assert!(shown("city:鄂尔多斯市"));
    assert!(shown("city:东胜区"));
    assert!(shown("city:罕台镇"));
    assert!(shown("department:东胜区商务局"));
    assert!(!shown("city:包头市"));
    assert!(!shown("department:包头市发展和改革委员会"));
    h.run();
}
