//! The desktop app (eframe): loads documents on a named background thread, then shows the explorer —
//! search and filters on the left, the graph in the middle, the inspector on the right, the reader below.
//! Panels return [`state::Command`]s that are applied once per frame.

pub mod state;

use crate::model::KnowledgeGraph;
use crate::ui::graph_view::{self, Camera};
use crate::ui::panels;
use state::{Atlas, Command};
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, channel};

/// What to show once the documents are loaded.
#[derive(Debug, Clone, Default)]
pub struct StartView {
    /// Select the best search hit for this text.
    pub select: Option<String>,
    /// Open the reader at the selection's first passage.
    pub reader: bool,
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
                doc: ev.doc,
                start: ev.start,
                end: ev.end,
            });
        }
    }
}

/// App state: the explorer once the loader thread has delivered the graph.
pub struct AtlasApp {
    atlas: Option<Atlas>,
    rx: Option<Receiver<Atlas>>,
    camera: Camera,
    hovered: Option<usize>,
    search: String,
}

impl AtlasApp {
    /// Starts loading on a named background thread.
    pub fn start(paths: Vec<PathBuf>, start: StartView, ctx: egui::Context) -> AtlasApp {
        let (tx, rx) = channel();
        let spawned = std::thread::Builder::new()
            .name("load".into())
            .spawn(move || {
                // The first layout steps run here too, so the window never waits for them.
                let mut atlas = Atlas::new(crate::cli::load(&paths, false));
                apply_start(&mut atlas, &start);
                let _ = tx.send(atlas);
                ctx.request_repaint();
            });
        AtlasApp {
            atlas: None,
            rx: spawned.is_ok().then_some(rx),
            camera: Camera::default(),
            hovered: None,
            search: String::new(),
        }
    }

    /// An app showing an already built graph (tests, embedding).
    pub fn with_graph(graph: KnowledgeGraph) -> AtlasApp {
        AtlasApp {
            atlas: Some(Atlas::new(graph)),
            rx: None,
            camera: Camera::default(),
            hovered: None,
            search: String::new(),
        }
    }

    /// The explorer state, once loaded.
    pub fn atlas(&self) -> Option<&Atlas> {
        self.atlas.as_ref()
    }

    /// The explorer state, mutable (tests pause the layout through it).
    pub fn atlas_mut(&mut self) -> Option<&mut Atlas> {
        self.atlas.as_mut()
    }

    fn shortcuts(&mut self, ctx: &egui::Context) -> Vec<Command> {
        let mut out = Vec::new();
        let typing = ctx.memory(|m| m.focused().is_some());
        let selected = self.atlas.as_ref().and_then(|a| a.selected.clone());
        ctx.input(|i| {
            if i.key_pressed(egui::Key::Escape) {
                out.push(Command::ClearSelection);
            }
            if i.modifiers.command && i.key_pressed(egui::Key::F) {
                ctx.memory_mut(|m| m.request_focus(egui::Id::new(panels::left::SEARCH_ID)));
            }
            if !typing && i.key_pressed(egui::Key::F) && !i.modifiers.command {
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
            if i.key_pressed(egui::Key::F11) {
                let full = ctx.viewport(|v| v.builder.fullscreen.unwrap_or(false));
                ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(!full));
            }
        });
        out
    }
}

impl eframe::App for AtlasApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        if let Some(rx) = &self.rx
            && let Ok(atlas) = rx.try_recv()
        {
            self.atlas = Some(atlas);
            self.rx = None;
        }
        let ctx = ui.ctx().clone();
        let mut commands = self.shortcuts(&ctx);
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
        if atlas.layout_running && !atlas.layout.settled() {
            atlas.layout.step();
            ctx.request_repaint();
        }
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
            .resizable(true)
            .show(ui, |ui| {
                commands.extend(panels::inspector::show(ui, atlas_ref));
            });
        egui::CentralPanel::default().show(ui, |ui| {
            commands.extend(graph_view::show(
                ui,
                atlas_ref,
                &mut self.camera,
                &mut self.hovered,
            ));
        });
        let atlas = self.atlas.as_mut();
        if let Some(atlas) = atlas {
            atlas.fit_pending = false;
            atlas.centre_pending = false;
            if let Some(r) = atlas.reader.as_mut() {
                r.scroll_pending = false;
            }
            for c in commands {
                atlas.apply(c);
            }
            atlas.update_path();
        }
    }
}
