//! The explorer driven headlessly with egui_kittest: search, select, inspect, read, filter.
#![cfg(feature = "gui")]
#![allow(clippy::expect_used, clippy::unwrap_used)]

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use policy_atlas::app::AtlasApp;

fn harness() -> Harness<'static, AtlasApp> {
    let mut h = Harness::builder()
        .with_size(egui::vec2(1600.0, 1000.0))
        .build_eframe(|cc| {
            policy_atlas::ui::theme::install_fonts(&cc.egui_ctx);
            let mut app = AtlasApp::with_graph(policy_atlas::extract::seed_graph());
            // A still layout: frames stop requesting repaints, so `run` settles.
            app.atlas_mut().expect("loaded").layout_running = false;
            app
        });
    h.run();
    h
}

fn selected(h: &Harness<'_, AtlasApp>) -> Option<String> {
    h.state().atlas().and_then(|a| a.selected.clone())
}

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
fn open_in_reader_shows_the_passage() {
    let mut h = harness();
    let input = h.get_by_role(egui::accesskit::Role::TextInput);
    input.focus();
    input.type_text("包头市发展和改革委员会");
    h.run();
    h.key_press(egui::Key::Enter);
    h.run();
    h.get_all_by_label("打开原文 open in reader")
        .next()
        .expect("button")
        .click();
    h.run();
    let reader = h
        .state()
        .atlas()
        .and_then(|a| a.reader.clone())
        .expect("reader open");
    assert_eq!(reader.doc, "doc:002");
    let text = h
        .state()
        .atlas()
        .and_then(|a| a.graph.texts.get("doc:002").cloned())
        .expect("text");
    assert_eq!(&text[reader.span.0..reader.span.1], "市发改委");
    assert!(h.query_by_label_contains("原文 Reader").is_some());
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

/// Types `query` into the (empty) search box and presses Enter.
fn select(h: &mut Harness<'_, AtlasApp>, query: &str) {
    let input = h.get_by_role(egui::accesskit::Role::TextInput);
    input.focus();
    input.type_text(query);
    h.run();
    h.key_press(egui::Key::Enter);
    h.run();
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
fn opening_a_binary_file_warns_and_keeps_the_graph() {
    let mut h = harness();
    let dir = std::env::temp_dir().join(format!("pa-gui-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("tmp");
    let bad = dir.join("scan.txt");
    std::fs::write(&bad, [0u8, 1, 2, 3, 0, 0, 255, 254, 0, 7]).expect("write");
    let ctx = h.ctx.clone();
    h.state_mut().open(vec![bad], &ctx);
    for _ in 0..400 {
        h.step();
        if !h.state().loading() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(25));
    }
    assert!(!h.state().loading(), "load did not finish");
    h.state_mut().atlas_mut().expect("loaded").layout_running = false;
    h.run();
    let atlas = h.state().atlas().expect("graph kept");
    assert_eq!(atlas.graph.documents.len(), 5);
    assert_eq!(atlas.graph.warnings.len(), 1);
    assert!(h.query_by_label_contains("the file is binary").is_some());
    let _ = std::fs::remove_dir_all(&dir);
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

fn export_to(h: &mut Harness<'_, AtlasApp>, path: &std::path::Path) {
    // The path field is the text input holding the dialog's path (the search box holds none).
    let current = h.state().export_dialog().path.clone();
    let is_path = |n: &egui_kittest::kittest::AccessKitNode<'_>| {
        n.role() == egui::accesskit::Role::TextInput
            && n.value().as_deref() == Some(current.as_str())
    };
    h.get_by(is_path).focus();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.run();
    h.get_by(is_path).type_text(path.to_str().expect("path"));
    h.run();
    h.get_by_role_and_label(egui::accesskit::Role::Button, "导出 Export")
        .click();
    h.run();
    for _ in 0..400 {
        h.step();
        if !h.state().exporting() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(25));
    }
    h.run();
    assert!(!h.state().exporting(), "export did not finish");
}

#[test]
fn export_dialog_writes_the_selection_and_its_neighbours() {
    use calamine::Reader;
    let mut h = harness();
    select(&mut h, "包头市发展和改革委员会");
    assert_eq!(
        selected(&h).as_deref(),
        Some("department:包头市发展和改革委员会")
    );
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::E);
    h.run();
    h.get_by_label_contains("选中及邻域 Selection +").click();
    h.run();
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("fgw.xlsx");
    export_to(&mut h, &path);
    let status = h.state().export_dialog().status.clone().unwrap_or_default();
    assert!(status.contains("已导出"), "{status}");
    assert!(h.query_all_by_label_contains("已导出 exported").count() >= 1);
    let mut wb: calamine::Xlsx<_> = calamine::open_workbook(&path).expect("xlsx written");
    let want = policy_atlas::export::scope::Scope {
        nodes: Some(["department:包头市发展和改革委员会".to_string()].into()),
        depth: 1,
        ..Default::default()
    }
    .apply(&h.state().atlas().expect("atlas").graph);
    let nodes = wb.worksheet_range("Nodes").expect("Nodes");
    assert_eq!(nodes.height() - 1, want.node_count());
    let resp = wb.worksheet_range("Responsibilities").expect("sheet");
    assert!(
        resp.rows()
            .skip(1)
            .all(|r| r[0] == "包头市发展和改革委员会")
    );

    // A picture of the view: the format picked from the list, written at 2×.
    h.get_by_role_and_label(egui::accesskit::Role::ComboBox, "格式 Format")
        .click();
    h.run();
    h.get_by_label("PNG picture of the view").click();
    h.run();
    let png = dir.path().join("view.png");
    export_to(&mut h, &png);
    let data = std::fs::read(&png).expect("png written");
    assert_eq!(&data[..8], b"\x89PNG\r\n\x1a\n");
    let width = u32::from_be_bytes([data[16], data[17], data[18], data[19]]);
    let view = h.state().picture_size().expect("a view was drawn");
    assert_eq!(width, (view[0] * 2.0).round() as u32);
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

#[test]
fn presenter_mode_hides_the_panels_and_esc_restores_them() {
    let mut h = harness();
    select(&mut h, "包头市发展和改革委员会");
    assert!(h.query_by_label("搜索 Search").is_some());
    h.key_press(egui::Key::F5);
    h.run();
    assert!(h.state().presenting());
    assert!(
        h.query_by_label("搜索 Search").is_none(),
        "left panel hidden"
    );
    assert!(
        h.query_by_label("原文 Evidence").is_none(),
        "inspector hidden"
    );
    let pic = h.state().picture().expect("drawn").clone();
    assert_eq!(pic.title.as_deref(), Some("包头市发展和改革委员会"));
    assert!(!pic.legend.is_empty());
    assert_eq!(
        pic.background,
        [255, 255, 255, 255],
        "light theme for projectors"
    );
    let size = pic.labels.iter().map(|l| l.size).fold(f32::MAX, f32::min);
    assert!(size >= policy_atlas::app::presenter::Presenter::MIN_LABEL);
    // + makes the labels bigger.
    h.key_press(egui::Key::Plus);
    h.run();
    let bigger = h.state().picture().expect("drawn").labels[0].size;
    assert!(bigger > size, "{bigger} > {size}");
    h.key_press(egui::Key::Escape);
    h.run();
    assert!(!h.state().presenting());
    assert!(h.query_by_label("搜索 Search").is_some(), "panels back");
    assert_eq!(
        selected(&h).as_deref(),
        Some("department:包头市发展和改革委员会"),
        "Esc left presenter mode without clearing the selection"
    );
}

#[test]
fn a_long_task_title_does_not_widen_the_inspector() {
    let mut h = harness();
    h.state_mut()
        .atlas_mut()
        .expect("loaded")
        .apply(policy_atlas::app::state::Command::Select {
            id: "department:包头市工业和信息化局".into(),
            centre: false,
        });
    h.run();
    let before = h.get_by_label("只看邻域 focus").rect();
    // The panel keeps its default width (380 of 1600) with a 30-character task title in its list…
    assert!(before.left() > 1400.0, "{before:?}");
    // …and it does not jump when the pointer first moves.
    h.hover_at(egui::pos2(700.0, 500.0));
    h.run();
    let after = h.get_by_label("只看邻域 focus").rect();
    assert!(
        (after.left() - before.left()).abs() < 1.0,
        "{before:?} → {after:?}"
    );
}

#[test]
fn long_search_results_do_not_widen_the_left_panel() {
    let mut h = harness();
    let right_edge = |h: &Harness<'_, AtlasApp>| {
        egui::containers::panel::PanelState::load(&h.ctx, egui::Id::new("left"))
            .map_or(0.0, |s| s.outer_rect.right())
    };
    let before = right_edge(&h);
    let input = h.get_by_role(egui::accesskit::Role::TextInput);
    input.focus();
    // Matches many task titles of 30 characters and more.
    input.type_text("发展");
    h.run();
    h.hover_at(egui::pos2(800.0, 500.0));
    h.run();
    let after = right_edge(&h);
    assert!(before > 280.0 && before < 330.0, "{before}");
    assert!(
        (after - before).abs() < 1.0,
        "the left panel grew: {before} → {after}"
    );
}
