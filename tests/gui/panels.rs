//! The panels and modes around the canvas: the reader, the export dialog, a bad file opened, presenter mode,
//! and panels that keep their width whatever they show.

use super::*;

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
