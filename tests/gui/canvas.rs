//! The graph canvas under the pointer: dragging pins a node, a click selects (shift adds), an edge's click
//! inspects its passages, expanding a node through the focus.

use super::*;

#[test]
fn dragging_a_node_pins_it() {
    let mut h = harness();
    let atlas = h.state_mut().atlas_mut().expect("loaded");
    let i = atlas.index["city:包头市"];
    atlas.apply(policy_atlas::app::state::Command::MoveNode {
        index: i,
        pos: [123.0, -45.0],
    });
    assert!(atlas.layout.pinned[i]);
    atlas.layout.run(50);
    assert_eq!(atlas.layout.pos[i], [123.0, -45.0]);
    atlas.apply(policy_atlas::app::state::Command::UnpinAll);
    assert!(!atlas.layout.pinned[i]);
}

#[test]
fn expanding_a_node_shows_its_neighbours_through_the_focus() {
    let mut h = harness();
    let atlas = h.state_mut().atlas_mut().expect("loaded");
    atlas.apply(policy_atlas::app::state::Command::Select {
        id: "department:东胜区商务局".into(),
        centre: true,
    });
    atlas.apply(policy_atlas::app::state::Command::Focus { depth: 1 });
    let before = atlas.visible.iter().filter(|v| **v).count();
    let task = atlas.adjacency[atlas.index["department:东胜区商务局"]][0];
    atlas.apply(policy_atlas::app::state::Command::Expand(
        atlas.ids[task].clone(),
    ));
    let after = atlas.visible.iter().filter(|v| **v).count();
    assert!(after > before, "{before} → {after}");
    assert!(atlas.adjacency[task].iter().all(|&n| atlas.visible[n]));
}

/// Clicks at a point of the screen, with Shift held when `shift`.
fn click_at(h: &mut Harness<'_, AtlasApp>, pos: egui::Pos2, shift: bool) {
    let modifiers = if shift {
        egui::Modifiers::SHIFT
    } else {
        egui::Modifiers::NONE
    };
    h.event(egui::Event::PointerMoved(pos));
    h.run();
    h.event(egui::Event::ModifiersChanged(modifiers));
    h.run();
    for pressed in [true, false] {
        h.event(egui::Event::PointerButton {
            pos,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers,
        });
    }
    h.event(egui::Event::ModifiersChanged(egui::Modifiers::NONE));
    h.run();
}

/// Where a node is on screen, from the last drawn picture.
fn node_on_screen(h: &Harness<'_, AtlasApp>, id: &str) -> egui::Pos2 {
    let pic = h.state().picture().expect("drawn");
    let d = pic.discs.iter().find(|d| &*d.id == id).expect("node drawn");
    egui::pos2(pic.origin[0] + d.at[0], pic.origin[1] + d.at[1])
}

#[test]
fn shift_click_selects_several_and_lists_the_path_between_two() {
    let mut h = harness();
    select(&mut h, "东胜区商务局");
    h.get_by_label("只看邻域 focus").click();
    h.run();
    let atlas = h.state().atlas().expect("loaded");
    let centre = atlas.index["department:东胜区商务局"];
    let other = atlas.ids[atlas.adjacency[centre][0]].clone();
    let first = node_on_screen(&h, "department:东胜区商务局");
    let second = node_on_screen(&h, &other);
    click_at(&mut h, first, false);
    click_at(&mut h, second, true);
    let atlas = h.state().atlas().expect("loaded");
    assert_eq!(atlas.multi.len(), 2, "{:?}", atlas.multi);
    assert_eq!(atlas.selected.as_deref(), Some(other.as_str()));
    assert_eq!(atlas.path.len(), 2, "the two are neighbours");
    assert!(h.query_by_label("已选 2 个节点 selected").is_some());
    assert!(h.query_by_label("最短路径 path:").is_some());
    // Shift+click again takes it out (the inspector grew: fit the view again first).
    h.state_mut()
        .atlas_mut()
        .expect("loaded")
        .apply(policy_atlas::app::state::Command::Fit);
    h.run();
    let again = node_on_screen(&h, &other);
    click_at(&mut h, again, true);
    let atlas = h.state().atlas().expect("loaded");
    assert_eq!(atlas.multi.len(), 1);
    assert!(atlas.path.is_empty());
}

#[test]
fn clicking_an_edge_inspects_its_passages() {
    let mut h = harness();
    select(&mut h, "东胜区商务局");
    h.get_by_label("只看邻域 focus").click();
    h.run();
    // An edge of the focus whose middle is clear of every node.
    let pic = h.state().picture().expect("drawn").clone();
    let clear = |p: [f32; 2]| {
        pic.discs
            .iter()
            .all(|d| ((d.at[0] - p[0]).powi(2) + (d.at[1] - p[1]).powi(2)).sqrt() > d.r + 25.0)
    };
    let line = pic
        .lines
        .iter()
        .map(|l| [(l.from[0] + l.to[0]) / 2.0, (l.from[1] + l.to[1]) / 2.0])
        .find(|m| clear(*m))
        .expect("an edge with a clear middle");
    click_at(
        &mut h,
        egui::pos2(pic.origin[0] + line[0], pic.origin[1] + line[1]),
        false,
    );
    let atlas = h.state().atlas().expect("loaded");
    let (s, t) = atlas.selected_edge.clone().expect("an edge is selected");
    assert!(s == "department:东胜区商务局" || t == "department:东胜区商务局");
    assert!(h.query_by_label("关系 Relation").is_some());
    assert!(h.query_all_by_label("打开原文 open in reader").count() >= 1);
    assert!(
        h.query_all_by_label_contains("§").count() >= 1,
        "the section is named"
    );
}
