//! The app's side of workspaces: Save (Ctrl+S) / Save As / Open, and restoring a workspace once its
//! documents are extracted: positions, pins, the view (camera, filters, selection) and the scenes.

use super::scenes::SavedView;
use super::{AtlasApp, loader};
use crate::ui::graph_view::Camera;
use crate::workspace::{self, DocRef, EXTENSION, VERSION, Workspace};
use std::path::{Path, PathBuf};
use std::sync::mpsc::channel;

/// What a workspace file dialog picked.
pub(super) enum Picked {
    /// A file to open.
    Open(PathBuf),
    /// A file to save to.
    Save(PathBuf),
}

impl AtlasApp {
    /// The workspace file this window reads from and saves to.
    pub fn workspace_path(&self) -> Option<&Path> {
        self.workspace_path.as_deref()
    }

    /// The current state as a workspace.
    pub fn workspace(&self) -> Option<Workspace> {
        let atlas = self.atlas.as_ref()?;
        let cam = self.view.camera;
        let view = SavedView::capture(
            atlas,
            "当前 current".into(),
            [cam.centre.x, cam.centre.y],
            cam.zoom,
        );
        Some(Workspace {
            version: VERSION,
            documents: self.sources.iter().filter_map(DocRef::of).collect(),
            view: Some(view),
            pinned: atlas
                .ids
                .iter()
                .zip(&atlas.layout.pinned)
                .filter(|(_, p)| **p)
                .map(|(id, _)| id.clone())
                .collect(),
            scenes: self.scenes.items.clone(),
            edits: self.history.edits(),
            origin: None,
        })
    }

    /// Saves the workspace to `path` (atomically); it becomes the file Ctrl+S saves to.
    pub fn save_workspace(&mut self, path: &Path) -> Result<(), String> {
        let ws = self.workspace().ok_or("nothing loaded yet")?;
        let mut path = path.to_path_buf();
        if path.extension().is_none() {
            path.set_extension(EXTENSION);
        }
        workspace::write(&path, &ws)
            .map_err(|e| format!("{}: cannot save: {e}", path.display()))?;
        self.workspace_path = Some(path.clone());
        self.mark_clean();
        self.remember(&path);
        self.note(format!("已保存 saved {}", path.display()));
        Ok(())
    }

    /// Opens a workspace: its documents are extracted in the background and the rest is restored when they
    /// arrive. A corrupt or newer file is refused with a message (and not remembered, so never overwritten).
    pub fn open_workspace(&mut self, path: &Path, ctx: &egui::Context) -> Result<(), String> {
        if self.job.is_some() {
            return Err("a load is already running".into());
        }
        let ws = workspace::read(path).map_err(|e| e.to_string())?;
        self.job = loader::Job::start_workspace(&ws, path.to_path_buf(), ctx.clone());
        self.history = super::editing::History::of_edits(&ws.edits);
        self.pending_workspace = Some(ws);
        self.workspace_path = Some(path.to_path_buf());
        if Some(path) != workspace::recovery::autosave_path().as_deref() {
            self.remember(path);
        }
        Ok(())
    }

    /// Restores the workspace whose documents just loaded.
    pub(super) fn restore_workspace(&mut self) {
        let (Some(ws), Some(atlas)) = (self.pending_workspace.take(), self.atlas.as_mut()) else {
            return;
        };
        if let Some(view) = &ws.view {
            atlas.show_scene(view);
            atlas.fit_pending = false;
            let to = Camera {
                centre: egui::vec2(view.centre[0], view.centre[1]),
                zoom: view.zoom,
            };
            // Straight there (a zero-length flight), scaled to this window's view size.
            self.view.camera = to;
            self.view.fly_to(to, f64::NEG_INFINITY, view.view_size);
        }
        for id in &ws.pinned {
            if let Some(&i) = atlas.index.get(id) {
                atlas.layout.pinned[i] = true;
            }
        }
        self.scenes.items = ws.scenes;
        self.scenes.playing = None;
    }

    /// Puts a workspace on the recent list. Only the window keeps one (not tests or embedders that never
    /// turned it on with [`AtlasApp::enable_autosave`]).
    fn remember(&mut self, path: &Path) {
        if self.autosave_on {
            let _ = workspace::recovery::remember(path);
            self.recent = workspace::recovery::recent();
        }
    }

    pub(super) fn note(&mut self, msg: String) {
        self.toast = Some((msg, self.last_time));
    }

    /// Save: to the workspace file when there is one, else ask where.
    pub(super) fn save_or_ask(&mut self) {
        match self.workspace_path.clone() {
            Some(p) => {
                if let Err(e) = self.save_workspace(&p) {
                    self.note(e);
                }
            }
            None => self.workspace_dialog(true),
        }
    }

    /// The workspace file dialog (on its own thread: the portal blocks its caller).
    pub(super) fn workspace_dialog(&mut self, save: bool) {
        if self.workspace_pick.is_some() {
            return;
        }
        let (tx, rx) = channel();
        let spawned = std::thread::Builder::new()
            .name("workspace-dialog".into())
            .spawn(move || {
                let dlg = rfd::FileDialog::new().add_filter("policy-atlas workspace", &[EXTENSION]);
                let picked = if save {
                    dlg.set_title("保存工作区 Save workspace")
                        .set_file_name(format!("政策图谱.{EXTENSION}"))
                        .save_file()
                        .map(Picked::Save)
                } else {
                    dlg.set_title("打开工作区 Open workspace")
                        .pick_file()
                        .map(Picked::Open)
                };
                if let Some(p) = picked {
                    let _ = tx.send(p);
                }
            });
        if spawned.is_ok() {
            self.workspace_pick = Some(rx);
        }
    }

    /// Acts on a picked workspace file and the Ctrl+S chord.
    pub(super) fn poll_workspace(&mut self, ctx: &egui::Context) {
        self.last_time = ctx.input(|i| i.time);
        if ctx.input(|i| super::chord(i, egui::Key::S, true)) && self.atlas.is_some() {
            self.save_or_ask();
        }
        let Some(rx) = &self.workspace_pick else {
            return;
        };
        let picked = match rx.try_recv() {
            Ok(p) => p,
            Err(std::sync::mpsc::TryRecvError::Empty) => return,
            Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                self.workspace_pick = None;
                return;
            }
        };
        self.workspace_pick = None;
        let result = match picked {
            Picked::Open(p) => self.open_workspace(&p, ctx),
            Picked::Save(p) => self.save_workspace(&p),
        };
        if let Err(e) = result {
            self.note(e);
        }
    }

    /// The workspace entries of the File menu.
    pub(super) fn workspace_menu(&mut self, ui: &mut egui::Ui) {
        if ui.button("打开工作区… Open workspace…").clicked() {
            self.workspace_dialog(false);
            ui.close();
        }
        if ui.button("保存工作区 Save workspace (Ctrl+S)").clicked() {
            self.save_or_ask();
            ui.close();
        }
        if ui.button("工作区另存为… Save workspace as…").clicked() {
            self.workspace_dialog(true);
            ui.close();
        }
        let recent = self.recent.clone();
        if !recent.is_empty() {
            ui.menu_button("最近的工作区 Recent workspaces", |ui| {
                for p in recent {
                    if ui.button(p.display().to_string()).clicked() {
                        let ctx = ui.ctx().clone();
                        if let Err(e) = self.open_workspace(&p, &ctx) {
                            self.note(e);
                        }
                        ui.close();
                    }
                }
            });
        }
    }
}
