//! The desktop app (eframe): loads documents on a named background thread, then shows the explorer —
//! search and filters on the left, the graph in the middle, the inspector on the right, the reader below.
//! Panels return [`state::Command`]s that are applied once per frame.

pub mod autosave;
pub mod editing;
mod exporting;
pub mod loader;
mod menu;
mod paths;
mod playing;
pub mod presenter;
mod presenting;
mod running;
pub mod scenes;
pub mod state;
mod workspaces;

use crate::model::KnowledgeGraph;
use crate::ui::graph_view;
use crate::ui::panels;
use state::{Atlas, Command};
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, channel};

/// What to show once the documents are loaded.
#[derive(Debug, Clone, Default)]
pub struct StartView {
    /// Select the best search hit for this text.
    pub select: Option<String>,
    /// Open the reader at the selection's first passage.
    pub reader: bool,
    /// Open this workspace instead of documents.
    pub workspace: Option<PathBuf>,
}

/// Opens the app window on the given paths (none: the embedded seeds).
pub fn run(paths: Vec<PathBuf>, start: StartView) -> anyhow::Result<()> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_inner_size([1400.0, 900.0])
            .with_maximized(true)
            .with_title("政策图谱 policy-atlas"),
        ..Default::default()
    };
    eframe::run_native(
        "policy-atlas",
        options,
        Box::new(move |cc| {
            crate::ui::theme::install_fonts(&cc.egui_ctx);
            Ok(Box::new(AtlasApp::start(paths, start, cc.egui_ctx.clone())))
        }),
    )
    .map_err(|e| anyhow::anyhow!("cannot open the window: {e}"))
}

fn apply_start(atlas: &mut Atlas, start: &StartView) {
    let Some(q) = &start.select else { return };
    let Some(&i) = atlas.search_hits(q, 1).first() else {
        return;
    };
    let id = atlas.ids[i].clone();
    atlas.apply(Command::Select {
        id: id.clone(),
        centre: true,
    });
    if start.reader {
        let first = atlas
            .graph
            .edges_sorted()
            .into_iter()
            .find_map(|(s, t, e)| {
                (s.id == id || t.id == id)
                    .then(|| e.evidence.iter().next().cloned())
                    .flatten()
            });
        if let Some(ev) = first {
            atlas.apply(Command::OpenReader {
                doc: ev.doc.to_string(),
                start: ev.start,
                end: ev.end,
            });
        }
    }
}

/// Whether `key` was pressed this frame with (or without) Ctrl/Cmd, judged by the key event's own modifiers:
/// a quick Ctrl+E can release Ctrl within the same frame, and the frame's final modifier state would miss it.
fn chord(i: &egui::InputState, key: egui::Key, command: bool) -> bool {
    i.events.iter().any(|e| {
        matches!(e, egui::Event::Key { key: k, pressed: true, modifiers, .. }
            if *k == key && modifiers.command == command)
    })
}

/// App state: the explorer (once a load has delivered it), the load in progress, and view state.
pub struct AtlasApp {
    atlas: Option<Atlas>,
    job: Option<loader::Job>,
    sources: Vec<crate::extract::Source>,
    start: Option<StartView>,
    dialog: Option<Receiver<Vec<PathBuf>>>,
    view: graph_view::ViewState,
    search: String,
    toast: Option<(String, f64)>,
    show_warnings: bool,
    export: panels::export::ExportDialog,
    export_job: Option<Receiver<Result<String, String>>>,
    save_dialog: Option<Receiver<Option<PathBuf>>>,
    presenter: Option<presenter::Presenter>,
    scenes: scenes::SceneList,
    scenes_open: bool,
    workspace_path: Option<PathBuf>,
    pending_workspace: Option<crate::workspace::Workspace>,
    workspace_pick: Option<Receiver<workspaces::Picked>>,
    last_time: f64,
    autosave_on: bool,
    recent: Vec<PathBuf>,
    recovery: Option<PathBuf>,
    recovering: bool,
    clean_mark: Option<(u64, u64)>,
    autosaved_mark: Option<(u64, u64)>,
    autosaved_at: f64,
    /// Scene and graph edits made (with the atlas revision: whether there is unsaved work).
    edits_made: u64,
    base: Option<KnowledgeGraph>,
    history: editing::History,
    edit_open: bool,
    edit_panel: panels::edit::EditPanel,
}

impl AtlasApp {
    /// Starts loading `paths` (none: the embedded seeds) on a background thread.
    pub fn start(paths: Vec<PathBuf>, start: StartView, ctx: egui::Context) -> AtlasApp {
        let existing = if paths.is_empty() {
            crate::extract::seed_sources()
        } else {
            Vec::new()
        };
        let mut app = AtlasApp::empty();
        if let Some(w) = start.workspace.clone() {
            if let Err(e) = app.open_workspace(&w, &ctx) {
                // Checked before the window opened; if it broke since, show the seeds and say why.
                app.note(e);
                app.job = loader::Job::start(existing, Vec::new(), HashMap::new(), ctx);
            }
        } else {
            app.job = loader::Job::start(existing, paths, HashMap::new(), ctx);
        }
        app.start = Some(start);
        app.enable_autosave();
        app
    }

    fn empty() -> AtlasApp {
        AtlasApp {
            atlas: None,
            job: None,
            sources: Vec::new(),
            start: None,
            dialog: None,
            view: Default::default(),
            search: String::new(),
            toast: None,
            show_warnings: false,
            export: Default::default(),
            export_job: None,
            save_dialog: None,
            presenter: None,
            scenes: Default::default(),
            scenes_open: false,
            workspace_path: None,
            pending_workspace: None,
            workspace_pick: None,
            last_time: 0.0,
            autosave_on: false,
            recent: Vec::new(),
            recovery: None,
            recovering: false,
            clean_mark: None,
            autosaved_mark: None,
            autosaved_at: 0.0,
            edits_made: 0,
            base: None,
            history: Default::default(),
            edit_open: false,
            edit_panel: Default::default(),
        }
    }

    /// An app showing an already built graph (tests, embedding).
    pub fn with_graph(graph: KnowledgeGraph) -> AtlasApp {
        let mut app = AtlasApp::empty();
        app.atlas = Some(Atlas::new(graph));
        app.sources = crate::extract::seed_sources();
        app
    }

    /// The explorer state, once loaded.
    pub fn atlas(&self) -> Option<&Atlas> {
        self.atlas.as_ref()
    }

    /// The explorer state, mutable (tests pause the layout through it).
    pub fn atlas_mut(&mut self) -> Option<&mut Atlas> {
        self.atlas.as_mut()
    }

    /// Whether a load is running.
    pub fn loading(&self) -> bool {
        self.job.is_some()
    }

    /// Adds files or folders to the loaded documents (re-extracting on a background thread).
    pub fn open(&mut self, paths: Vec<PathBuf>, ctx: &egui::Context) {
        if paths.is_empty() || self.job.is_some() {
            return;
        }
        let previous = self
            .atlas
            .as_ref()
            .map(Atlas::positions)
            .unwrap_or_default();
        self.job = loader::Job::start(self.sources.clone(), paths, previous, ctx.clone());
    }

    fn poll_job(&mut self, ctx: &egui::Context) {
        let Some(job) = &self.job else { return };
        let Some(loaded) = job.poll() else { return };
        let cancelled = job.cancelled();
        self.job = None;
        if cancelled && self.atlas.is_some() {
            self.toast = Some(("已取消 load cancelled".into(), ctx.input(|i| i.time)));
            return;
        }
        let mut atlas = loaded.atlas;
        if let Some(start) = self.start.take() {
            apply_start(&mut atlas, &start);
        }
        let g = &atlas.graph;
        let msg = format!(
            "已载入 {} 个文件 loaded {} documents · {} 警告 warnings",
            g.documents.len(),
            g.documents.len(),
            g.warnings.len()
        );
        self.show_warnings = !g.warnings.is_empty();
        self.toast = Some((msg, ctx.input(|i| i.time)));
        self.sources = loaded.sources;
        // Freeing a large graph takes a while: not on the thread that draws.
        if let Some(old) = self.atlas.replace(atlas) {
            let _ = std::thread::Builder::new()
                .name("drop-graph".into())
                .spawn(move || drop(old));
        }
        self.rebase();
        self.restore_workspace();
        if std::mem::take(&mut self.recovering) {
            // Recovered work is still unsaved: it keeps being autosaved until saved.
            self.clean_mark = None;
        } else {
            self.mark_clean();
        }
    }

    fn open_dialog(&mut self, folder: bool) {
        if self.dialog.is_some() {
            return;
        }
        let (tx, rx) = channel();
        // The portal dialog blocks its caller: it runs on its own thread.
        let spawned = std::thread::Builder::new()
            .name("file-dialog".into())
            .spawn(move || {
                let dlg = rfd::FileDialog::new().set_title("打开文件 Open documents");
                let picked = if folder {
                    dlg.pick_folder().map(|p| vec![p]).unwrap_or_default()
                } else {
                    dlg.add_filter(
                        "documents",
                        &[
                            "txt", "text", "md", "html", "htm", "docx", "doc", "wps", "pdf", "csv",
                            "xlsx", "xls", "ods",
                        ],
                    )
                    .pick_files()
                    .unwrap_or_default()
                };
                let _ = tx.send(picked);
            });
        if spawned.is_ok() {
            self.dialog = Some(rx);
        }
    }

    fn warnings_window(&mut self, ctx: &egui::Context) {
        let Some(atlas) = &self.atlas else { return };
        let mut open = self.show_warnings;
        egui::Window::new("警告 Warnings")
            .open(&mut open)
            .default_width(520.0)
            .show(ctx, |ui| {
                if atlas.graph.warnings.is_empty() {
                    ui.weak("没有警告 no warnings");
                }
                egui::ScrollArea::vertical()
                    .max_height(300.0)
                    .show(ui, |ui| {
                        for w in &atlas.graph.warnings {
                            ui.label(format!("{}: {}", w.source, w.message));
                        }
                    });
            });
        self.show_warnings = open;
    }

    fn shortcuts(&mut self, ctx: &egui::Context) -> Vec<Command> {
        let mut out = Vec::new();
        let typing = ctx.memory(|m| m.focused().is_some());
        let selected = self.atlas.as_ref().and_then(|a| a.selected.clone());
        ctx.input(|i| {
            if i.key_pressed(egui::Key::Escape) {
                out.push(Command::ClearSelection);
            }
            if chord(i, egui::Key::F, true) {
                ctx.memory_mut(|m| m.request_focus(egui::Id::new(panels::left::SEARCH_ID)));
            }
            if !typing && chord(i, egui::Key::F, false) {
                out.push(Command::Fit);
            }
            if !typing
                && i.key_pressed(egui::Key::Delete)
                && let Some(id) = &selected
            {
                out.push(Command::Hide(id.clone()));
            }
            if !typing && i.key_pressed(egui::Key::Space) {
                out.push(Command::ToggleLayout);
            }
            if chord(i, egui::Key::E, true) {
                self.export.open = true;
            }
            if i.key_pressed(egui::Key::F11) {
                let full = ctx.viewport(|v| v.builder.fullscreen.unwrap_or(false));
                ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(!full));
            }
        });
        out
    }
}

impl eframe::App for AtlasApp {
    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.exit_autosave();
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        self.poll_job(&ctx);
        self.poll_export(&ctx);
        self.poll_workspace(&ctx);
        self.autosave(ctx.input(|i| i.time));
        self.recovery_prompt(&ctx);
        if let Some(rx) = &self.dialog
            && let Ok(paths) = rx.try_recv()
        {
            self.dialog = None;
            self.open(paths, &ctx);
        }
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        });
        self.open(dropped, &ctx);
        if ctx.input(|i| chord(i, egui::Key::O, true)) {
            self.open_dialog(false);
        }
        if let Some((_, t)) = &self.toast
            && ctx.input(|i| i.time) - t > 6.0
        {
            self.toast = None;
        }
        if self.presenter.is_some() {
            self.present(ui, &ctx);
            return;
        }
        self.scenes_ui(&ctx);
        self.edit_ui(&ctx);
        self.edit_keys(&ctx);
        if ctx.input(|i| i.key_pressed(egui::Key::F5)) && self.atlas.is_some() {
            self.set_presenting(true, &ctx);
            return;
        }
        let mut commands = self.shortcuts(&ctx);
        egui::Panel::top("menu").show(ui, |ui| self.menu(ui));
        self.warnings_window(&ctx);
        if self.export.open
            && let Some(atlas) = &self.atlas
        {
            let (req, browse) = panels::export::show(&ctx, atlas, &mut self.export);
            if browse {
                self.browse_export();
            }
            if let Some(req) = req {
                self.start_export(req, &ctx);
            }
        }
        let Some(atlas) = self.atlas.as_mut() else {
            egui::CentralPanel::default().show(ui, |ui| {
                ui.heading("政策图谱 policy-atlas");
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label("正在读取文件… extracting");
                });
            });
            return;
        };
        atlas.tick_layout(&ctx);
        let atlas_ref: &Atlas = atlas;
        egui::Panel::bottom("status").show(ui, |ui| {
            ui.horizontal(|ui| {
                let g = &atlas_ref.graph;
                ui.label(format!(
                    "{} 文件 documents · {} 节点 nodes · {} 关系 edges · {} 警告 warnings",
                    g.documents.len(),
                    g.node_count(),
                    g.edge_count(),
                    g.warnings.len()
                ));
                if let Some(n) = atlas_ref.selected.as_ref().and_then(|s| g.node(s)) {
                    ui.separator();
                    ui.label(format!("选中 selected: {}", n.label));
                }
                ui.separator();
                let layout = if atlas_ref.layout_running {
                    "布局运行 layout on (Space)"
                } else {
                    "布局暂停 layout paused (Space)"
                };
                ui.weak(layout);
            });
        });
        if let Some(reader) = &atlas_ref.reader {
            egui::Panel::bottom("reader")
                .default_size(280.0)
                .resizable(true)
                .show(ui, |ui| {
                    commands.extend(panels::reader::show(ui, atlas_ref, reader));
                });
        }
        egui::Panel::left("left")
            .default_size(300.0)
            .resizable(true)
            .show(ui, |ui| {
                commands.extend(panels::left::show(ui, atlas_ref, &mut self.search));
            });
        egui::Panel::right("inspector")
            .default_size(380.0)
            .max_size(560.0)
            .resizable(true)
            .show(ui, |ui| {
                commands.extend(panels::inspector::show(ui, atlas_ref));
            });
        egui::CentralPanel::default().show(ui, |ui| {
            commands.extend(graph_view::show(
                ui,
                atlas_ref,
                &mut self.view,
                &graph_view::Look::default(),
            ));
        });
        if let Some(atlas) = self.atlas.as_mut() {
            atlas.fit_pending = false;
            atlas.centre_pending = false;
            if let Some(r) = atlas.reader.as_mut() {
                r.scroll_pending = false;
            }
        }
        for c in commands {
            self.apply_command(c);
        }
    }
}
