//! The app's side of scenes: saving the current view, showing one (camera flies there), playing them on
//! stage with the presentation clicker's keys.

use super::AtlasApp;
use super::scenes::{SavedView, SceneCommand, SceneList};
use crate::ui::graph_view::Camera;
use crate::ui::panels;

impl AtlasApp {
    /// The saved views.
    pub fn scenes(&self) -> &SceneList {
        &self.scenes
    }

    /// Where the graph view looks.
    pub fn camera(&self) -> Camera {
        self.view.camera
    }

    /// Opens or closes the scenes window.
    pub fn set_scenes_open(&mut self, open: bool) {
        self.scenes_open = open;
    }

    /// The scenes window (when open) and what it asked for.
    pub(super) fn scenes_ui(&mut self, ctx: &egui::Context) {
        if !self.scenes_open {
            return;
        }
        let mut open = true;
        let cmds = panels::scenes::show(ctx, &mut open, &self.scenes);
        self.scenes_open = open;
        for c in cmds {
            self.scene_command(c, ctx);
        }
    }

    /// Carries out one scene command.
    pub fn scene_command(&mut self, cmd: SceneCommand, ctx: &egui::Context) {
        if !matches!(cmd, SceneCommand::Show(_) | SceneCommand::Play(_)) {
            self.edits_made += 1;
        }
        let before = self.scenes.items.clone();
        let label = match &cmd {
            SceneCommand::Add => "场景 add scene".to_string(),
            SceneCommand::Rename(i, _) => format!("场景 {} 改名 rename", i + 1),
            SceneCommand::Caption(i, _) => format!("场景 {} 说明 caption", i + 1),
            SceneCommand::Up(i) | SceneCommand::Down(i) => format!("场景 {} 移动 move", i + 1),
            SceneCommand::Delete(i) => format!("场景 {} 删除 delete", i + 1),
            SceneCommand::Show(_) | SceneCommand::Play(_) => String::new(),
        };
        self.scene_command_inner(cmd, ctx);
        if !label.is_empty() {
            self.scenes_changed(label, before);
        }
    }

    fn scene_command_inner(&mut self, cmd: SceneCommand, ctx: &egui::Context) {
        match cmd {
            SceneCommand::Add => {
                let Some(atlas) = &self.atlas else { return };
                let cam = self.view.camera;
                let name = self.scenes.next_name();
                let mut view =
                    SavedView::capture(atlas, name, [cam.centre.x, cam.centre.y], cam.zoom);
                view.view_size = self.picture_size();
                self.scenes.items.push(view);
            }
            SceneCommand::Show(i) => self.show_scene(i, ctx),
            SceneCommand::Play(i) => {
                self.set_presenting(true, ctx);
                self.show_scene(i, ctx);
            }
            other => {
                self.scenes.edit(&other);
            }
        }
    }

    /// Shows scene `i`: its state at once, the camera flying there.
    pub(super) fn show_scene(&mut self, i: usize, ctx: &egui::Context) {
        let (Some(scene), Some(atlas)) = (self.scenes.items.get(i), self.atlas.as_mut()) else {
            return;
        };
        atlas.show_scene(scene);
        atlas.fit_pending = false;
        atlas.centre_pending = false;
        let to = Camera {
            centre: egui::vec2(scene.centre[0], scene.centre[1]),
            zoom: scene.zoom,
        };
        self.view.fly_to(to, ctx.input(|i| i.time), scene.view_size);
        if self.presenter.is_some() {
            self.scenes.playing = Some(i);
        }
        ctx.request_repaint();
    }

    /// Next (`+1`) or previous (`-1`) scene on stage.
    pub(super) fn step_scene(&mut self, by: isize, ctx: &egui::Context) {
        if let Some(i) = self.scenes.step(by) {
            self.show_scene(i, ctx);
        }
    }

    /// The stage title while a scene plays: its name and caption.
    pub(super) fn scene_title(&self) -> Option<String> {
        let s = self.scenes.items.get(self.scenes.playing?)?;
        Some(if s.caption.trim().is_empty() {
            s.name.clone()
        } else {
            format!("{}：{}", s.name, s.caption)
        })
    }
}
