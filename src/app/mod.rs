//! The desktop app (eframe). For now: a window that loads the documents on a background thread and lists
//! the graph's documents and counts. The interactive graph view is the GUI issue's work.

use crate::model::{EdgeKind, KnowledgeGraph, NodeKind};
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, channel};

/// Opens the app window on the given paths (none: the embedded seeds).
pub fn run(paths: Vec<PathBuf>) -> anyhow::Result<()> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_inner_size([1400.0, 900.0])
            .with_title("政策图谱 policy-atlas"),
        ..Default::default()
    };
    eframe::run_native(
        "policy-atlas",
        options,
        Box::new(move |cc| {
            crate::ui::theme::install_fonts(&cc.egui_ctx);
            Ok(Box::new(AtlasApp::start(paths, cc.egui_ctx.clone())))
        }),
    )
    .map_err(|e| anyhow::anyhow!("cannot open the window: {e}"))
}

/// App state: the graph once the loader thread has delivered it.
pub struct AtlasApp {
    graph: Option<KnowledgeGraph>,
    rx: Option<Receiver<KnowledgeGraph>>,
}

impl AtlasApp {
    /// Starts loading on a named background thread.
    pub fn start(paths: Vec<PathBuf>, ctx: egui::Context) -> AtlasApp {
        let (tx, rx) = channel();
        let spawned = std::thread::Builder::new()
            .name("extract".into())
            .spawn(move || {
                let g = crate::cli::load(&paths, false);
                let _ = tx.send(g);
                ctx.request_repaint();
            });
        AtlasApp {
            graph: None,
            rx: spawned.is_ok().then_some(rx),
        }
    }
}

impl eframe::App for AtlasApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        if let Some(rx) = &self.rx
            && let Ok(g) = rx.try_recv()
        {
            self.graph = Some(g);
            self.rx = None;
        }
        egui::CentralPanel::default().show(ui, |ui| {
            ui.heading("政策图谱 policy-atlas");
            let Some(g) = &self.graph else {
                ui.spinner();
                ui.label("Extracting…");
                return;
            };
            ui.label(format!(
                "{} documents · {} nodes · {} edges · {} warnings",
                g.documents.len(),
                g.node_count(),
                g.edge_count(),
                g.warnings.len()
            ));
            ui.separator();
            egui::Grid::new("kinds").striped(true).show(ui, |ui| {
                for k in NodeKind::ALL {
                    ui.label(k.as_str());
                    ui.label(
                        g.graph
                            .node_weights()
                            .filter(|n| n.kind == k)
                            .count()
                            .to_string(),
                    );
                    ui.end_row();
                }
                for k in EdgeKind::ALL {
                    ui.label(k.as_str());
                    ui.label(
                        g.graph
                            .edge_weights()
                            .filter(|e| e.kind == k)
                            .count()
                            .to_string(),
                    );
                    ui.end_row();
                }
            });
            ui.separator();
            for d in &g.documents {
                ui.label(format!(
                    "{} · {} · {} · {} tasks",
                    d.title,
                    d.issuer.as_deref().unwrap_or("—"),
                    d.date.as_deref().unwrap_or("—"),
                    d.task_count
                ));
            }
            for w in &g.warnings {
                ui.colored_label(
                    egui::Color32::YELLOW,
                    format!("{}: {}", w.source, w.message),
                );
            }
        });
    }
}
