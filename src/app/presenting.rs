//! The app in presenter mode: entering and leaving it, and the frame that shows the graph alone.

use super::state::{Atlas, Command};
use super::{AtlasApp, presenter};
use crate::ui::graph_view;

impl AtlasApp {
    /// Whether presenter mode is on.
    pub fn presenting(&self) -> bool {
        self.presenter.is_some()
    }

    pub(super) fn set_presenting(&mut self, on: bool, ctx: &egui::Context) {
        if on == self.presenter.is_some() {
            return;
        }
        self.presenter = on.then(presenter::Presenter::default);
        self.scenes.playing = None;
        ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(on));
        if let Some(a) = self.atlas.as_mut() {
            a.apply(Command::Fit);
        }
    }

    /// Presenter mode: the graph alone, full screen, large labels, title and legend.
    pub(super) fn present(&mut self, ui: &mut egui::Ui, ctx: &egui::Context) {
        let key = match self.presenter.as_mut() {
            Some(p) => p.keys(ctx),
            None => return,
        };
        match key {
            presenter::PresenterKey::Leave => {
                self.set_presenting(false, ctx);
                return;
            }
            presenter::PresenterKey::Next => self.step_scene(1, ctx),
            presenter::PresenterKey::Previous => self.step_scene(-1, ctx),
            presenter::PresenterKey::None => {}
        }
        let scene_title = self.scene_title();
        let (Some(p), Some(atlas)) = (self.presenter.as_ref(), self.atlas.as_mut()) else {
            return;
        };
        atlas.tick_layout(ctx);
        let title = scene_title.unwrap_or_else(|| {
            atlas
                .selected
                .as_ref()
                .and_then(|s| atlas.graph.node(s))
                .map_or_else(|| "政策图谱 policy-atlas".to_string(), |n| n.label.clone())
        });
        let look = graph_view::Look {
            theme: p.theme,
            label_size: p.label_size(),
            title: Some(title),
        };
        let atlas_ref: &Atlas = atlas;
        let mut commands = Vec::new();
        egui::CentralPanel::default()
            .frame(egui::Frame::NONE)
            .show(ui, |ui| {
                commands = graph_view::show(ui, atlas_ref, &mut self.view, &look);
            });
        if let Some(atlas) = self.atlas.as_mut() {
            atlas.fit_pending = false;
            atlas.centre_pending = false;
            for c in commands {
                atlas.apply(c);
            }
            atlas.update_path();
        }
    }
}
