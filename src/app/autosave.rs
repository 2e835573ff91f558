//! Never losing work: while something changed since the last save, the state is written to the autosave
//! file every [`AUTOSAVE_SECONDS`] (on a thread) and once more on exit; the next start offers to recover it.
//! Saving a workspace, or discarding the offer, removes it.

use super::AtlasApp;
use crate::workspace::{self, recovery};
use std::path::Path;

/// Seconds between autosaves while there are unsaved changes.
pub const AUTOSAVE_SECONDS: f64 = 30.0;
/// Label of the recovery prompt's button.
pub const RECOVER: &str = "恢复 Recover";
/// Label of the button that throws the autosave away.
pub const DISCARD: &str = "丢弃 Discard";

impl AtlasApp {
    /// Turns autosave, the recovery offer and the recent-workspaces list on (the window does; tests choose).
    pub fn enable_autosave(&mut self) {
        self.autosave_on = true;
        self.recent = recovery::recent();
        if let Some(p) = recovery::autosave_path().filter(|p| p.exists()) {
            self.recovery = Some(p);
        }
    }

    /// Whether recovering an autosave is being offered.
    pub fn recovery_offered(&self) -> bool {
        self.recovery.is_some()
    }

    /// What the user changed so far: commands and scene edits.
    fn work_mark(&self) -> Option<(u64, u64)> {
        self.atlas.as_ref().map(|a| (a.revision, self.edits_made))
    }

    /// The state now counts as saved (after a load, an open or a save).
    pub(super) fn mark_clean(&mut self) {
        self.clean_mark = self.work_mark();
        if let Some(p) = recovery::autosave_path() {
            let _ = std::fs::remove_file(p);
        }
    }

    fn dirty(&self) -> bool {
        self.work_mark().is_some() && self.work_mark() != self.clean_mark
    }

    /// Writes the autosave when due.
    pub(super) fn autosave(&mut self, now: f64) {
        if !self.autosave_on || self.recovery.is_some() || !self.dirty() {
            return;
        }
        if now - self.autosaved_at < AUTOSAVE_SECONDS || self.autosaved_mark == self.work_mark() {
            return;
        }
        self.autosaved_at = now;
        self.autosaved_mark = self.work_mark();
        self.write_autosave(false);
    }

    fn write_autosave(&self, wait: bool) {
        let (Some(path), Some(mut ws)) = (recovery::autosave_path(), self.workspace()) else {
            return;
        };
        ws.origin = self.workspace_path.clone();
        let write = move || {
            let _ = workspace::write(&path, &ws);
        };
        if wait {
            write();
        } else {
            let _ = std::thread::Builder::new()
                .name("autosave".into())
                .spawn(write);
        }
    }

    /// On exit: unsaved work goes to the autosave (offered next time); otherwise nothing is left behind.
    pub(super) fn exit_autosave(&mut self) {
        if self.autosave_on && self.recovery.is_none() && self.dirty() {
            self.write_autosave(true);
        }
    }

    /// The recovery offer after a crash (or an exit with unsaved work).
    pub(super) fn recovery_prompt(&mut self, ctx: &egui::Context) {
        let Some(path) = self.recovery.clone() else {
            return;
        };
        let mut choice = None;
        egui::Window::new("恢复未保存的工作 Recover unsaved work?")
            .collapsible(false)
            .anchor(egui::Align2::CENTER_CENTER, egui::vec2(0.0, 0.0))
            .show(ctx, |ui| {
                ui.label("上次关闭时有未保存的工作。 The last session left unsaved work.");
                ui.weak(path.display().to_string());
                ui.horizontal(|ui| {
                    if ui.button(RECOVER).clicked() {
                        choice = Some(true);
                    }
                    if ui.button(DISCARD).clicked() {
                        choice = Some(false);
                    }
                });
            });
        match choice {
            Some(true) => self.recover(&path, ctx),
            Some(false) => {
                self.recovery = None;
                let _ = std::fs::remove_file(&path);
            }
            None => {}
        }
    }

    fn recover(&mut self, path: &Path, ctx: &egui::Context) {
        self.recovery = None;
        let origin = workspace::read(path).ok().and_then(|w| w.origin);
        // Whatever is loading now (the seeds at start) gives way to the recovered work.
        self.job = None;
        match self.open_workspace(path, ctx) {
            Ok(()) => {
                self.workspace_path = origin;
                self.recovering = true;
            }
            Err(e) => self.note(e),
        }
    }
}
