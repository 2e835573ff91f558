//! The explorer driven headlessly with egui_kittest: search, select, inspect, read, filter.

#![cfg(feature = "gui")]
#![allow(clippy::expect_used, clippy::unwrap_used)]

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use policy_atlas::app::AtlasApp;

mod canvas;
mod explore;
mod panels;

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

/// Types `query` into the (empty) search box and presses Enter.
fn select(h: &mut Harness<'_, AtlasApp>, query: &str) {
    let input = h.get_by_role(egui::accesskit::Role::TextInput);
    input.focus();
    input.type_text(query);
    h.run();
    h.key_press(egui::Key::Enter);
    h.run();
}
