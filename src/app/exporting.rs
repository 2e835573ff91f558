//! The app's side of exporting: starting an export from the dialog's request on a named thread, the save
//! dialog, and reporting the outcome.

use super::AtlasApp;
use crate::ui::panels;
use std::sync::mpsc::channel;

impl AtlasApp {
    /// Whether an export is being written.
    pub fn exporting(&self) -> bool {
        self.export_job.is_some()
    }

    /// The graph view as last drawn (tests find nodes and edges on screen through it).
    pub fn picture(&self) -> Option<&crate::export::picture::Picture> {
        self.view.picture.as_ref()
    }

    /// Size in points of the graph view last drawn (what a picture export shows).
    pub fn picture_size(&self) -> Option<[f32; 2]> {
        self.view.picture.as_ref().map(|p| [p.width, p.height])
    }

    /// The export dialog's state (tests read its status).
    pub fn export_dialog(&self) -> &panels::export::ExportDialog {
        &self.export
    }

    pub(super) fn start_export(&mut self, req: panels::export::ExportRequest, ctx: &egui::Context) {
        let Some(atlas) = &self.atlas else { return };
        if self.export_job.is_some() {
            return;
        }
        let sub = if req.format.is_picture() {
            atlas
                .graph
                .subgraph(|n| atlas.index.get(&n.id).is_some_and(|&i| atlas.visible[i]))
        } else {
            req.scope.apply(&atlas.graph)
        };
        let positions = atlas.positions();
        let picture = crate::ui::graph_view::full_picture(atlas, &self.view);
        let (tx, rx) = channel();
        let repaint = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("export".into())
            .spawn(move || {
                let extras = crate::export::Extras {
                    positions: Some(&positions),
                    picture: picture.as_ref(),
                    label_size: Some(13.0),
                    scale: Some(req.scale),
                };
                let result = crate::export::write_file(req.format, &sub, &extras, &req.path)
                    .map(|files| {
                        format!(
                            "已导出 exported {} nodes, {} edges → {}",
                            sub.node_count(),
                            sub.edge_count(),
                            files
                                .iter()
                                .map(|f| f.display().to_string())
                                .collect::<Vec<_>>()
                                .join(", ")
                        )
                    })
                    .map_err(|e| format!("导出失败 export failed: {}: {e}", req.path.display()));
                let _ = tx.send(result);
                repaint.request_repaint();
            });
        match spawned {
            Ok(_) => {
                self.export_job = Some(rx);
                self.export.status = Some("正在导出… exporting".into());
            }
            Err(e) => self.export.status = Some(format!("导出失败 export failed: {e}")),
        }
    }

    pub(super) fn poll_export(&mut self, ctx: &egui::Context) {
        if let Some(rx) = &self.save_dialog
            && let Ok(picked) = rx.try_recv()
        {
            self.save_dialog = None;
            if let Some(p) = picked {
                self.export.path = p.display().to_string();
            }
        }
        let Some(rx) = &self.export_job else { return };
        let Ok(result) = rx.try_recv() else { return };
        self.export_job = None;
        let msg = match result {
            Ok(m) | Err(m) => m,
        };
        self.toast = Some((msg.clone(), ctx.input(|i| i.time)));
        self.export.status = Some(msg);
    }

    pub(super) fn browse_export(&mut self) {
        if self.save_dialog.is_some() {
            return;
        }
        let (tx, rx) = channel();
        let format = self.export.format;
        let spawned = std::thread::Builder::new()
            .name("save-dialog".into())
            .spawn(move || {
                let dlg = rfd::FileDialog::new().set_title("导出 Export");
                let picked = if format == crate::export::Format::Csv {
                    dlg.pick_folder()
                } else {
                    dlg.add_filter(format.as_str(), &[format.as_str()])
                        .set_file_name(format!("policy-atlas.{}", format.as_str()))
                        .save_file()
                };
                let _ = tx.send(picked);
            });
        if spawned.is_ok() {
            self.save_dialog = Some(rx);
        }
    }
}
