//! The scenes window: saved views in play order, each with its name and caption (editable), up / down /
//! delete, show, and play from there. Returns scene commands; it never edits the list itself.

use crate::app::scenes::{SceneCommand, SceneList};

/// Label of the button that saves the current view.
pub const ADD: &str = "＋ 保存当前视图 Save current view";
/// Label of the button that presents from the first scene.
pub const PLAY_ALL: &str = "▶ 从头演示 Play from the start (F5 → PageDown)";

/// Shows the window while `open`; returns what the user asked for.
pub fn show(ctx: &egui::Context, open: &mut bool, scenes: &SceneList) -> Vec<SceneCommand> {
    let mut out = Vec::new();
    egui::Window::new("场景 Scenes")
        .open(open)
        .default_width(360.0)
        .resizable(true)
        .show(ctx, |ui| {
            ui.horizontal(|ui| {
                if ui.button(ADD).clicked() {
                    out.push(SceneCommand::Add);
                }
            });
            if !scenes.items.is_empty() && ui.button(PLAY_ALL).clicked() {
                out.push(SceneCommand::Play(0));
            }
            ui.weak("演示时 → / PageDown 下一个, ← / PageUp 上一个, Esc 退出");
            ui.separator();
            let n = scenes.items.len();
            egui::ScrollArea::vertical().show(ui, |ui| {
                for (i, s) in scenes.items.iter().enumerate() {
                    ui.push_id(i, |ui| {
                        ui.horizontal(|ui| {
                            ui.label(format!("{}.", i + 1));
                            let mut name = s.name.clone();
                            if ui
                                .add(egui::TextEdit::singleline(&mut name).desired_width(150.0))
                                .changed()
                            {
                                out.push(SceneCommand::Rename(i, name));
                            }
                            if ui
                                .small_button("▶")
                                .on_hover_text("从这里演示 play from here")
                                .clicked()
                            {
                                out.push(SceneCommand::Play(i));
                            }
                            if ui.small_button("显示 show").clicked() {
                                out.push(SceneCommand::Show(i));
                            }
                            if ui
                                .add_enabled(i > 0, egui::Button::new("↑").small())
                                .clicked()
                            {
                                out.push(SceneCommand::Up(i));
                            }
                            if ui
                                .add_enabled(i + 1 < n, egui::Button::new("↓").small())
                                .clicked()
                            {
                                out.push(SceneCommand::Down(i));
                            }
                            if ui
                                .small_button("删除")
                                .on_hover_text("删除 delete")
                                .clicked()
                            {
                                out.push(SceneCommand::Delete(i));
                            }
                        });
                        let mut caption = s.caption.clone();
                        if ui
                            .add(
                                egui::TextEdit::singleline(&mut caption)
                                    .hint_text("说明 caption")
                                    .desired_width(f32::INFINITY),
                            )
                            .changed()
                        {
                            out.push(SceneCommand::Caption(i, caption));
                        }
                        ui.separator();
                    });
                }
            });
        });
    out
}
