//! Autosave and recovery after a crash, driven with egui_kittest. Its own test binary: it points the app's
//! state folder at a temporary one.
#![cfg(feature = "gui")]
#![allow(clippy::expect_used, clippy::unwrap_used)]

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use policy_atlas::app::autosave::{AUTOSAVE_SECONDS, RECOVER};
use policy_atlas::app::state::Command;
use policy_atlas::app::{AtlasApp, StartView};
use std::time::Duration;

const C: &str = "project:包头至银川高铁";

fn wait<T>(h: &mut Harness<'_, T>, mut done: impl FnMut(&T) -> bool) {
    for _ in 0..500 {
        h.step();
        if done(h.state()) {
            return;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    panic!("timed out");
}

#[test]
fn unsaved_work_is_autosaved_and_recovered_after_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    policy_atlas::workspace::recovery::set_state_dir(Some(dir.path().to_path_buf()));
    let autosave = dir.path().join("autosave.patlas");

    // A window on the seeds; the user drags a node and keeps working past the autosave interval.
    let mut h = Harness::builder()
        .with_size(egui::vec2(1600.0, 1000.0))
        .with_max_steps(1000)
        .build_eframe(|cc| {
            policy_atlas::ui::theme::install_fonts(&cc.egui_ctx);
            AtlasApp::start(Vec::new(), StartView::default(), cc.egui_ctx.clone())
        });
    assert!(!h.state().recovery_offered(), "nothing to recover yet");
    wait(&mut h, |a| a.atlas().is_some() && !a.loading());
    {
        let a = h.state_mut().atlas_mut().unwrap();
        a.layout_running = false;
        let c = a.index[C];
        a.apply(Command::MoveNode {
            index: c,
            pos: [-999.0, 444.0],
        });
    }
    assert!(!autosave.exists(), "not before the interval");
    let steps = (AUTOSAVE_SECONDS / 0.25) as usize + 8;
    h.run_steps(steps);
    let t = std::time::Instant::now();
    while !autosave.exists() && t.elapsed() < Duration::from_secs(10) {
        std::thread::sleep(Duration::from_millis(20));
    }
    std::thread::sleep(Duration::from_millis(200));
    let saved = policy_atlas::workspace::read(&autosave).expect("autosave written");
    assert_eq!(saved.view.unwrap().positions[C], [-999.0, 444.0]);
    // The crash: the window goes away without on_exit.
    drop(h);

    // The next start offers the work back.
    let mut h = Harness::builder()
        .with_size(egui::vec2(1600.0, 1000.0))
        .with_max_steps(1000)
        .build_eframe(|cc| {
            policy_atlas::ui::theme::install_fonts(&cc.egui_ctx);
            AtlasApp::start(Vec::new(), StartView::default(), cc.egui_ctx.clone())
        });
    assert!(h.state().recovery_offered());
    h.step();
    h.get_by_label(RECOVER).click();
    h.step();
    wait(&mut h, |a| {
        !a.loading()
            && a.atlas()
                .is_some_and(|x| x.layout.pos[x.index[C]] == [-999.0, 444.0])
    });
    assert!(!h.state().recovery_offered());
    assert!(h.state().atlas().unwrap().graph.documents.len() == 5);
}
