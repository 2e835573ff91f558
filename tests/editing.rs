//! Editing with undo/redo, driven with egui_kittest: merge and undo give back the same export byte for byte,
//! and edits survive re-extraction.
#![cfg(feature = "gui")]
#![allow(clippy::expect_used, clippy::unwrap_used)]

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use policy_atlas::app::AtlasApp;
use policy_atlas::app::editing::EditCommand;
use policy_atlas::app::state::Command;
use policy_atlas::model::Edit;
use policy_atlas::ui::panels::edit::{MERGE, REDO, UNDO};
use std::time::Duration;

const KEEP: &str = "department:包头市工业和信息化局";
const GONE: &str = "department:包头市发展和改革委员会";

fn harness() -> Harness<'static, AtlasApp> {
    let mut h = Harness::builder()
        .with_size(egui::vec2(1600.0, 1000.0))
        .with_max_steps(40)
        .build_eframe(|cc| {
            policy_atlas::ui::theme::install_fonts(&cc.egui_ctx);
            let mut app = AtlasApp::with_graph(policy_atlas::extract::seed_graph());
            app.atlas_mut().expect("loaded").layout_running = false;
            app.set_edit_open(true);
            app
        });
    h.run();
    h
}

fn json(h: &Harness<'_, AtlasApp>) -> Vec<u8> {
    let mut out = Vec::new();
    policy_atlas::export::json::write(&h.state().atlas().unwrap().graph, &mut out).unwrap();
    out
}

#[test]
fn merge_then_undo_gives_back_the_same_export_byte_for_byte_and_redo_merges_again() {
    let mut h = harness();
    let before = json(&h);
    {
        let a = h.state_mut().atlas_mut().unwrap();
        a.apply(Command::Select {
            id: GONE.into(),
            centre: false,
        });
        a.apply(Command::ToggleSelect(KEEP.into()));
    }
    h.run();
    // The window offers to fold the other selected node into the inspected one.
    h.get_by_label_contains(MERGE).click();
    h.run();
    let merged = json(&h);
    assert_ne!(merged, before);
    {
        let a = h.state().atlas().unwrap();
        assert!(a.graph.node(GONE).is_none());
        assert!(
            a.graph
                .node(KEEP)
                .unwrap()
                .aliases
                .contains("包头市发展和改革委员会")
        );
    }
    assert_eq!(h.state().history().done.len(), 1);
    assert!(
        h.query_by_label_contains("合并 merge").is_some(),
        "listed in the history"
    );

    h.get_by_label(UNDO).click();
    h.run();
    assert_eq!(json(&h), before, "undo restores the graph exactly");
    assert!(h.state().atlas().unwrap().graph.node(GONE).is_some());

    h.get_by_label(REDO).click();
    h.run();
    assert_eq!(json(&h), merged);
    // The keyboard: Ctrl+Z undoes, Ctrl+Y redoes.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(json(&h), before);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Y);
    h.run();
    assert_eq!(json(&h), merged);
    // A refused edit changes nothing and is not logged.
    h.state_mut().edit_command(EditCommand::Apply(Edit::Merge {
        keep: KEEP.into(),
        remove: KEEP.into(),
    }));
    assert_eq!(h.state().history().done.len(), 1);
    assert_eq!(json(&h), merged);
}

#[test]
fn edits_replay_after_documents_are_added() {
    let mut h = harness();
    h.state_mut().edit_command(EditCommand::Apply(Edit::Rename {
        id: GONE.into(),
        label: "包头发改（已更正）".into(),
    }));
    h.run();
    let dir = tempfile::tempdir().unwrap();
    let extra = dir.path().join("新文件.txt");
    std::fs::write(
        &extra,
        "关于推进乌兰察布市大数据产业发展的通知\n一、加快建设乌兰察布大数据中心。（责任单位：市发展改革委）\n",
    )
    .unwrap();
    let ctx = h.ctx.clone();
    h.state_mut().open(vec![extra], &ctx);
    for _ in 0..500 {
        h.step();
        if !h.state().loading() {
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    // The new graph's layout runs (and keeps asking for frames): a few frames are enough here.
    h.run_steps(3);
    let a = h.state().atlas().unwrap();
    assert_eq!(
        a.graph.documents.len(),
        6,
        "re-extracted with the new document"
    );
    assert_eq!(
        a.graph.node(GONE).map(|n| n.label.as_str()),
        Some("包头发改（已更正）"),
        "the rename survived re-extraction"
    );
    assert_eq!(h.state().history().done.len(), 1);
}

#[test]
fn hide_focus_and_scene_changes_undo_and_redo_too() {
    let mut h = harness();
    // The edit window would sit over the inspector's buttons.
    h.state_mut().set_edit_open(false);
    h.run();
    let visible = |h: &Harness<'_, AtlasApp>| {
        h.state()
            .atlas()
            .map_or(0, |a| a.visible.iter().filter(|v| **v).count())
    };
    let all = visible(&h);
    h.state_mut().atlas_mut().unwrap().apply(Command::Select {
        id: GONE.into(),
        centre: false,
    });
    h.run();
    // Hide the selection (an undo step), then focus on another node: as the panels' commands arrive.
    h.state_mut().apply_command(Command::Hide(GONE.into()));
    h.run();
    assert_eq!(visible(&h), all - 1);
    h.state_mut().atlas_mut().unwrap().apply(Command::Select {
        id: KEEP.into(),
        centre: false,
    });
    h.state_mut().apply_command(Command::Focus { depth: 1 });
    h.run();
    let focused = visible(&h);
    assert!(
        focused < all / 4,
        "{focused} of {all}; {:?}",
        h.state()
            .history()
            .done
            .iter()
            .map(|s| s.describe())
            .collect::<Vec<_>>()
    );
    let ctx = h.ctx.clone();
    h.state_mut()
        .scene_command(policy_atlas::app::scenes::SceneCommand::Add, &ctx);
    assert_eq!(h.state().scenes().items.len(), 1);
    assert_eq!(h.state().history().done.len(), 3, "hide, focus, add scene");
    let steps: Vec<String> = h
        .state()
        .history()
        .done
        .iter()
        .map(|s| s.describe())
        .collect();
    assert!(steps[1].contains("focus (1 hops)"), "{steps:?}");

    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert!(h.state().scenes().items.is_empty(), "scene add undone");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(visible(&h), all - 1, "focus undone");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(visible(&h), all, "hide undone");
    h.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::Z,
    );
    h.run();
    assert_eq!(visible(&h), all - 1, "hide redone");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Y);
    h.run();
    assert_eq!(visible(&h), focused, "focus redone");
    // Only corrections go into the edit log a workspace stores.
    assert!(h.state().workspace().unwrap().edits.is_empty());
}
