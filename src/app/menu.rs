//! The menu bar: File (documents, workspaces, export), View (layout, scenes, presenter, warnings), the load
//! progress and the last message.

use super::AtlasApp;
use super::state::Command;

impl AtlasApp {
    pub(super) fn menu(&mut self, ui: &mut egui::Ui) {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("文件 File", |ui| {
                if ui.button("打开文件… Open files… (Ctrl+O)").clicked() {
                    self.open_dialog(false);
                    ui.close();
                }
                if ui.button("打开文件夹… Open folder…").clicked() {
                    self.open_dialog(true);
                    ui.close();
                }
                ui.separator();
                self.workspace_menu(ui);
                ui.separator();
                if ui.button("导出… Export… (Ctrl+E)").clicked() {
                    self.export.open = true;
                    ui.close();
                }
            });
            ui.menu_button("编辑 Edit", |ui| {
                if ui.button("编辑… Edit nodes and edges…").clicked() {
                    self.edit_open = true;
                    ui.close();
                }
                if ui.button(crate::ui::panels::edit::UNDO).clicked() {
                    self.edit_command(super::editing::EditCommand::Undo);
                    ui.close();
                }
                if ui.button(crate::ui::panels::edit::REDO).clicked() {
                    self.edit_command(super::editing::EditCommand::Redo);
                    ui.close();
                }
            });
            ui.menu_button("视图 View", |ui| {
                if ui.button("适应窗口 Fit (F)").clicked()
                    && let Some(a) = self.atlas.as_mut()
                {
                    a.apply(Command::Fit);
                    ui.close();
                }
                if ui
                    .button("暂停/继续布局 Pause/resume layout (Space)")
                    .clicked()
                    && let Some(a) = self.atlas.as_mut()
                {
                    a.apply(Command::ToggleLayout);
                    ui.close();
                }
                if ui.button("取消固定 Unpin all nodes").clicked()
                    && let Some(a) = self.atlas.as_mut()
                {
                    a.apply(Command::UnpinAll);
                    ui.close();
                }
                if ui.button("场景… Scenes…").clicked() {
                    self.scenes_open = true;
                    ui.close();
                }
                if ui.button("演示模式 Presenter mode (F5)").clicked() {
                    self.set_presenting(true, ui.ctx());
                    ui.close();
                }
                let n = self.atlas.as_ref().map_or(0, |a| a.graph.warnings.len());
                if ui.button(format!("警告 Warnings ({n})")).clicked() {
                    self.show_warnings = true;
                    ui.close();
                }
            });
            if let Some(job) = &self.job {
                ui.separator();
                ui.add(
                    egui::ProgressBar::new(job.progress())
                        .desired_width(200.0)
                        .text("正在读取 extracting…"),
                );
                if ui.button("取消 cancel").clicked() {
                    job.cancel();
                }
            }
            if let Some((msg, _)) = &self.toast {
                ui.separator();
                ui.label(msg);
            }
        });
    }
}
