//! Scenes: saved views played on stage with the presentation clicker's keys, driven with egui_kittest.
#![cfg(feature = "gui")]
#![allow(clippy::expect_used, clippy::unwrap_used)]

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use policy_atlas::app::AtlasApp;
use policy_atlas::app::scenes::SceneCommand;
use policy_atlas::app::state::Command;
use policy_atlas::ui::panels::scenes::{ADD, PLAY_ALL};

fn harness() -> Harness<'static, AtlasApp> {
    let mut h = Harness::builder()
        .with_size(egui::vec2(1600.0, 1000.0))
        .with_max_steps(40)
        .build_eframe(|cc| {
            policy_atlas::ui::theme::install_fonts(&cc.egui_ctx);
            let mut app = AtlasApp::with_graph(policy_atlas::extract::seed_graph());
            app.atlas_mut().expect("loaded").layout_running = false;
            app.set_scenes_open(true);
            app
        });
    h.run();
    h
}

fn select(h: &mut Harness<'_, AtlasApp>, id: &str) {
    h.state_mut()
        .atlas_mut()
        .expect("loaded")
        .apply(Command::Select {
            id: id.into(),
            centre: true,
        });
    h.run();
}

fn selected(h: &Harness<'_, AtlasApp>) -> Option<String> {
    h.state().atlas().and_then(|a| a.selected.clone())
}

fn visible(h: &Harness<'_, AtlasApp>) -> usize {
    h.state()
        .atlas()
        .map_or(0, |a| a.visible.iter().filter(|v| **v).count())
}

const A: &str = "department:包头市发展和改革委员会";
const B: &str = "city:鄂尔多斯市";
const C: &str = "project:包头至银川高铁";

#[test]
fn three_scenes_play_forward_with_page_down_and_back_with_page_up() {
    let mut h = harness();
    let everything = visible(&h);
    select(&mut h, A);
    h.get_by_label(ADD).click();
    h.run();
    select(&mut h, B);
    h.get_by_label(ADD).click();
    h.run();
    // The third scene is focused on C's neighbourhood, with C's node dragged somewhere else.
    select(&mut h, C);
    h.state_mut()
        .atlas_mut()
        .unwrap()
        .apply(Command::Focus { depth: 1 });
    let c = h.state().atlas().unwrap().index[C];
    h.state_mut().atlas_mut().unwrap().apply(Command::MoveNode {
        index: c,
        pos: [777.0, -555.0],
    });
    h.run();
    let focused = visible(&h);
    assert!(focused < everything / 4, "{focused} of {everything}");
    h.get_by_label(ADD).click();
    h.run();
    let names: Vec<String> = h
        .state()
        .scenes()
        .items
        .iter()
        .map(|s| s.name.clone())
        .collect();
    assert_eq!(names, ["场景 1", "场景 2", "场景 3"]);
    // Back to everything, C elsewhere, then play from the start.
    h.state_mut().atlas_mut().unwrap().apply(Command::ShowAll);
    h.state_mut().atlas_mut().unwrap().apply(Command::MoveNode {
        index: c,
        pos: [0.0, 0.0],
    });
    let ctx = h.ctx.clone();
    h.state_mut()
        .scene_command(SceneCommand::Caption(1, "城市群的中心".into()), &ctx);
    h.get_by_label(PLAY_ALL).click();
    h.run();
    assert!(h.state().presenting());
    assert!(
        h.query_by_label(ADD).is_none(),
        "scenes window hidden on stage"
    );
    assert_eq!(h.state().scenes().playing, Some(0));
    assert_eq!(selected(&h).as_deref(), Some(A));
    assert_eq!(visible(&h), everything);
    let title = |h: &Harness<'_, AtlasApp>| h.state().picture().and_then(|p| p.title.clone());
    assert_eq!(title(&h).as_deref(), Some("场景 1"));

    h.key_press(egui::Key::PageDown);
    h.run();
    assert_eq!(h.state().scenes().playing, Some(1));
    assert_eq!(selected(&h).as_deref(), Some(B));
    assert_eq!(title(&h).as_deref(), Some("场景 2：城市群的中心"));

    h.key_press(egui::Key::PageDown);
    h.run();
    assert_eq!(h.state().scenes().playing, Some(2));
    assert_eq!(selected(&h).as_deref(), Some(C));
    assert_eq!(visible(&h), focused, "the scene's focus is back");
    let a = h.state().atlas().unwrap();
    assert_eq!(
        a.layout.pos[c],
        [777.0, -555.0],
        "frozen positions restored"
    );
    assert!(!a.layout_running, "no layout jitter on stage");
    // The camera flew to where the scene was saved, its zoom scaled from the windowed view (with panels) to
    // the bigger stage so the same part of the graph fills it.
    let saved = h.state().scenes().items[2].clone();
    let cam = h.state().camera();
    let [w, hh] = saved.view_size.expect("view size saved");
    let stage = h.state().picture_size().expect("drawn");
    assert!(stage[0] > w, "the stage is wider than the windowed view");
    let expected = saved.zoom * (stage[0] / w).min(stage[1] / hh);
    assert!(
        (cam.zoom - expected).abs() < 1e-3,
        "{} vs {expected}",
        cam.zoom
    );
    assert!((cam.centre.x - saved.centre[0]).abs() < 1e-3);
    assert!((cam.centre.y - saved.centre[1]).abs() < 1e-3);
    // One more PageDown stays on the last scene.
    h.key_press(egui::Key::PageDown);
    h.run();
    assert_eq!(h.state().scenes().playing, Some(2));

    h.key_press(egui::Key::PageUp);
    h.run();
    assert_eq!(h.state().scenes().playing, Some(1));
    assert_eq!(selected(&h).as_deref(), Some(B));
    assert_eq!(visible(&h), everything);
    h.key_press(egui::Key::ArrowLeft);
    h.run();
    assert_eq!(h.state().scenes().playing, Some(0));
    assert_eq!(selected(&h).as_deref(), Some(A));

    h.key_press(egui::Key::Escape);
    h.run();
    assert!(!h.state().presenting());
    assert_eq!(h.state().scenes().playing, None);
    assert!(h.query_by_label(ADD).is_some(), "scenes window back");
}

fn wait_loaded(h: &mut Harness<'_, AtlasApp>) {
    for _ in 0..500 {
        h.step();
        if !h.state().loading() && h.state().atlas().is_some_and(|a| a.nodes.len() > 100) {
            h.run();
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    panic!("workspace did not load");
}

#[test]
fn save_then_open_restores_positions_view_pins_and_scenes_exactly() {
    let mut h = harness();
    let ctx = h.ctx.clone();
    select(&mut h, A);
    h.state_mut().scene_command(SceneCommand::Add, &ctx);
    select(&mut h, C);
    {
        let a = h.state_mut().atlas_mut().unwrap();
        a.apply(Command::ToggleKind(policy_atlas::model::NodeKind::Task));
        let c = a.index[C];
        a.apply(Command::MoveNode {
            index: c,
            pos: [321.5, -12.25],
        });
    }
    h.state_mut().scene_command(SceneCommand::Add, &ctx);
    h.state_mut()
        .scene_command(SceneCommand::Caption(1, "包银高铁".into()), &ctx);
    h.state_mut()
        .edit_command(policy_atlas::app::editing::EditCommand::Apply(
            policy_atlas::model::Edit::Rename {
                id: A.into(),
                label: "包头市发改委".into(),
            },
        ));
    h.run();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("工作区");
    h.state_mut().save_workspace(&path).unwrap();
    let path = path.with_extension("patlas");
    assert_eq!(h.state().workspace_path(), Some(path.as_path()));
    let saved = h.state().workspace().unwrap();
    assert_eq!(saved.scenes.len(), 2);
    assert_eq!(saved.pinned, [C]);

    // A new window opens it.
    let mut h2 = Harness::builder()
        .with_size(egui::vec2(1600.0, 1000.0))
        .with_max_steps(40)
        .build_eframe(|cc| {
            policy_atlas::ui::theme::install_fonts(&cc.egui_ctx);
            AtlasApp::with_graph(policy_atlas::model::KnowledgeGraph::new())
        });
    h2.run();
    let ctx2 = h2.ctx.clone();
    h2.state_mut().open_workspace(&path, &ctx2).unwrap();
    wait_loaded(&mut h2);
    let opened = h2.state().workspace().unwrap();
    assert_eq!(
        opened, saved,
        "positions, view, pins and scenes come back exactly"
    );
    let a = h2.state().atlas().unwrap();
    assert_eq!(a.layout.pos[a.index[C]], [321.5, -12.25]);
    assert!(
        a.hidden_kinds
            .contains(&policy_atlas::model::NodeKind::Task)
    );
    assert_eq!(a.selected.as_deref(), Some(C));
    assert_eq!(h2.state().scenes().items[1].caption, "包银高铁");
    assert_eq!(
        a.graph.node(A).map(|n| n.label.as_str()),
        Some("包头市发改委"),
        "the edit came back and was replayed"
    );
    assert_eq!(h2.state().history().done.len(), 1);
}

#[test]
fn a_newer_or_broken_workspace_is_refused_and_the_window_keeps_its_graph() {
    let mut h = harness();
    let ctx = h.ctx.clone();
    let dir = tempfile::tempdir().unwrap();
    let newer = dir.path().join("newer.patlas");
    std::fs::write(&newer, r#"{"version": 99, "documents": []}"#).unwrap();
    let e = h.state_mut().open_workspace(&newer, &ctx).unwrap_err();
    assert!(
        e.contains("newer.patlas") && e.contains("newer policy-atlas"),
        "{e}"
    );
    assert_eq!(h.state().workspace_path(), None, "never saved over");
    assert!(!h.state().loading());
    assert!(h.state().atlas().is_some_and(|a| a.nodes.len() > 100));
}
