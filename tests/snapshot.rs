//! A rendered snapshot of the main window (kittest + wgpu, on Mesa's lavapipe without a GPU): the seeded
//! layout, the bundled CJK font, a selection with its inspector. Compared with `tests/snapshots/main_window.png`;
//! `UPDATE_SNAPSHOTS=1 cargo test --test snapshot` rewrites it after an intended change.
#![cfg(feature = "gui")]
#![allow(clippy::expect_used, clippy::unwrap_used)]

use egui_kittest::kittest::Queryable;
use egui_kittest::{Harness, SnapshotOptions};
use policy_atlas::app::AtlasApp;
use policy_atlas::app::state::Command;

#[test]
fn main_window() {
    // Only the bundled font: the picture must not depend on the machine's fonts.
    let mut h = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .wgpu()
        .build_eframe(|cc| {
            cc.egui_ctx
                .set_fonts(policy_atlas::ui::theme::bundled_fonts());
            let mut app = AtlasApp::with_graph(policy_atlas::extract::seed_graph());
            let atlas = app.atlas_mut().expect("loaded");
            atlas.layout_running = false;
            atlas.apply(Command::Select {
                id: "department:包头市发展和改革委员会".into(),
                centre: false,
            });
            app
        });
    h.run();
    assert!(h.query_all_by_label("包头市发展和改革委员会").count() >= 1);
    // Anti-aliasing may differ in a few pixels between lavapipe builds; a missing font, a blank view or a moved
    // layout changes tens of thousands.
    h.snapshot_options(
        "main_window",
        &SnapshotOptions::new().max_failed_pixels(2000),
    );
}
