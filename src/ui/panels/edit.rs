//! The edit window: corrections to the selected node (rename, kind, split an alias, hide), to two selected
//! nodes (merge, add an edge with a note) and to the selected edge (remove with a note); undo / redo and the
//! history. Returns edit commands; it never changes the graph itself.

use crate::app::editing::{EditCommand, History};
use crate::app::state::Atlas;
use crate::model::{EdgeKind, Edit, NodeKind};

/// Text fields and choices the window keeps between frames.
#[derive(Debug, Clone, PartialEq)]
pub struct EditPanel {
    /// New name being typed.
    pub rename: String,
    /// The node the name field belongs to.
    pub rename_for: Option<String>,
    /// Note for an added or removed edge.
    pub note: String,
    /// Kind of an edge to add.
    pub edge_kind: EdgeKind,
}

impl Default for EditPanel {
    fn default() -> Self {
        EditPanel {
            rename: String::new(),
            rename_for: None,
            note: String::new(),
            edge_kind: EdgeKind::Mentions,
        }
    }
}

/// Label of the undo button.
pub const UNDO: &str = "撤销 Undo (Ctrl+Z)";
/// Label of the redo button.
pub const REDO: &str = "重做 Redo (Ctrl+Shift+Z)";
/// Label of the rename button.
pub const RENAME: &str = "重命名 Rename";
/// Label of the merge button.
pub const MERGE: &str = "合并 Merge";

/// Shows the window while `open`.
pub fn show(
    ctx: &egui::Context,
    open: &mut bool,
    atlas: &Atlas,
    history: &History,
    panel: &mut EditPanel,
) -> Vec<EditCommand> {
    let mut out = Vec::new();
    egui::Window::new("编辑 Edit")
        .open(open)
        .default_width(380.0)
        .show(ctx, |ui| {
            ui.horizontal(|ui| {
                if ui
                    .add_enabled(!history.done.is_empty(), egui::Button::new(UNDO))
                    .clicked()
                {
                    out.push(EditCommand::Undo);
                }
                if ui
                    .add_enabled(!history.undone.is_empty(), egui::Button::new(REDO))
                    .clicked()
                {
                    out.push(EditCommand::Redo);
                }
            });
            ui.separator();
            node_edits(ui, atlas, panel, &mut out);
            pair_edits(ui, atlas, panel, &mut out);
            edge_edits(ui, atlas, panel, &mut out);
            ui.separator();
            ui.label("历史 History");
            egui::ScrollArea::vertical()
                .max_height(160.0)
                .show(ui, |ui| {
                    for (i, e) in history.done.iter().enumerate() {
                        ui.label(format!("{}. {}", i + 1, e.describe()));
                    }
                    for e in history.undone.iter().rev() {
                        ui.weak(format!("（已撤销 undone）{}", e.describe()));
                    }
                });
        });
    out
}

fn node_edits(ui: &mut egui::Ui, atlas: &Atlas, panel: &mut EditPanel, out: &mut Vec<EditCommand>) {
    let Some(node) = atlas.selected.as_ref().and_then(|id| atlas.graph.node(id)) else {
        ui.weak("选中一个节点 Select a node to edit it");
        return;
    };
    let id = node.id.clone();
    if panel.rename_for.as_ref() != Some(&id) {
        panel.rename = node.label.clone();
        panel.rename_for = Some(id.clone());
    }
    ui.strong(&node.label);
    ui.horizontal(|ui| {
        ui.add(egui::TextEdit::singleline(&mut panel.rename).desired_width(200.0));
        if ui.button(RENAME).clicked() && panel.rename.trim() != node.label {
            out.push(EditCommand::Apply(Edit::Rename {
                id: id.clone(),
                label: panel.rename.trim().to_string(),
            }));
        }
    });
    ui.horizontal(|ui| {
        ui.label("类型 kind");
        let mut kind = node.kind;
        egui::ComboBox::from_id_salt("edit-kind")
            .selected_text(kind.as_str())
            .show_ui(ui, |ui| {
                for k in NodeKind::ALL {
                    ui.selectable_value(&mut kind, k, k.as_str());
                }
            });
        if kind != node.kind {
            out.push(EditCommand::Apply(Edit::SetKind {
                id: id.clone(),
                kind,
            }));
        }
        if ui.button("隐藏 Hide (edit)").clicked() {
            out.push(EditCommand::Apply(Edit::Hide { id: id.clone() }));
        }
    });
    for alias in &node.aliases {
        ui.horizontal(|ui| {
            ui.label(alias);
            if ui.small_button("拆分 split").clicked() {
                out.push(EditCommand::Apply(Edit::SplitAlias {
                    id: id.clone(),
                    alias: alias.clone(),
                }));
            }
        });
    }
}

fn pair_edits(ui: &mut egui::Ui, atlas: &Atlas, panel: &mut EditPanel, out: &mut Vec<EditCommand>) {
    let Some(sel) = &atlas.selected else { return };
    if atlas.multi.len() != 2 {
        return;
    }
    let Some(other) = atlas.multi.iter().find(|id| *id != sel) else {
        return;
    };
    let name = |id: &str| {
        atlas
            .graph
            .node(id)
            .map_or(id.to_string(), |n| n.label.clone())
    };
    ui.separator();
    if ui
        .button(format!("{MERGE}「{}」→「{}」", name(other), name(sel)))
        .clicked()
    {
        out.push(EditCommand::Apply(Edit::Merge {
            keep: sel.clone(),
            remove: other.clone(),
        }));
    }
    ui.horizontal(|ui| {
        egui::ComboBox::from_id_salt("edit-edge-kind")
            .selected_text(panel.edge_kind.as_str())
            .show_ui(ui, |ui| {
                for k in EdgeKind::ALL {
                    ui.selectable_value(&mut panel.edge_kind, k, k.as_str());
                }
            });
        ui.add(
            egui::TextEdit::singleline(&mut panel.note)
                .hint_text("说明 note")
                .desired_width(140.0),
        );
        if ui.button("添加关系 Add edge").clicked() {
            out.push(EditCommand::Apply(Edit::AddEdge {
                source: sel.clone(),
                target: other.clone(),
                kind: panel.edge_kind,
                note: panel.note.clone(),
            }));
        }
    });
}

fn edge_edits(ui: &mut egui::Ui, atlas: &Atlas, panel: &mut EditPanel, out: &mut Vec<EditCommand>) {
    let Some((s, t)) = &atlas.selected_edge else {
        return;
    };
    let mut kinds: Vec<EdgeKind> = atlas
        .graph
        .edges_of(s)
        .into_iter()
        .filter(|(a, b, _)| (a == s && b == t) || (a == t && b == s))
        .map(|(_, _, e)| e.kind)
        .collect();
    kinds.sort();
    kinds.dedup();
    ui.separator();
    ui.add(
        egui::TextEdit::singleline(&mut panel.note)
            .hint_text("说明 note")
            .desired_width(f32::INFINITY),
    );
    for kind in kinds {
        if ui
            .button(format!("删除关系 Remove {} edge", kind.as_str()))
            .clicked()
        {
            out.push(EditCommand::Apply(Edit::RemoveEdge {
                source: s.clone(),
                target: t.clone(),
                kind,
                note: panel.note.clone(),
            }));
        }
    }
}
