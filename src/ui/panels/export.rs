//! The export dialog (Ctrl+E): what to export (everything, what the view shows, the selection, the
//! selection plus k hops; optionally some kinds and documents), the format, and where. It returns an
//! [`ExportRequest`]; the app writes it on a background thread.

use crate::app::state::Atlas;
use crate::export::Format;
use crate::export::scope::Scope;
use crate::model::NodeKind;
use crate::ui::theme::kind_name;
use std::collections::BTreeSet;
use std::path::PathBuf;

/// Id of the path field (tests type into it).
pub const PATH_ID: &str = "export-path";

/// Which part of the graph.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Part {
    /// The whole graph.
    #[default]
    Whole,
    /// What the view shows (filters, focus, hidden nodes applied).
    Visible,
    /// The selected node.
    Selection,
    /// The selection and everything within `depth` hops.
    Neighbourhood,
}

/// The dialog's choices, kept between openings.
#[derive(Debug, Clone)]
pub struct ExportDialog {
    /// Shown.
    pub open: bool,
    /// Which part.
    pub part: Part,
    /// Hops for [`Part::Neighbourhood`].
    pub depth: usize,
    /// Only these kinds (empty: all).
    pub kinds: BTreeSet<NodeKind>,
    /// Only these documents (empty: all).
    pub docs: BTreeSet<String>,
    /// Format.
    pub format: Format,
    /// PNG scale.
    pub scale: f32,
    /// Output path (a folder for CSV).
    pub path: String,
    /// Last outcome, shown under the button.
    pub status: Option<String>,
}

impl Default for ExportDialog {
    fn default() -> Self {
        ExportDialog {
            open: false,
            part: Part::Whole,
            depth: 1,
            kinds: BTreeSet::new(),
            docs: BTreeSet::new(),
            format: Format::Xlsx,
            scale: 2.0,
            path: String::new(),
            status: None,
        }
    }
}

/// What the user asked to export.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportRequest {
    /// The part of the graph (ignored by pictures, which show the view).
    pub scope: Scope,
    /// Format.
    pub format: Format,
    /// PNG scale.
    pub scale: f32,
    /// Where.
    pub path: PathBuf,
}

impl ExportDialog {
    /// The scope the choices describe for this explorer state.
    pub fn scope(&self, atlas: &Atlas) -> Scope {
        let mut chosen: BTreeSet<String> = atlas.multi.clone();
        chosen.extend(atlas.selected.iter().cloned());
        let selected = (!chosen.is_empty()).then_some(chosen);
        let (nodes, depth) = match self.part {
            Part::Whole => (None, 0),
            Part::Visible => (
                Some(
                    atlas
                        .ids
                        .iter()
                        .zip(&atlas.visible)
                        .filter(|(_, v)| **v)
                        .map(|(id, _)| id.clone())
                        .collect(),
                ),
                0,
            ),
            Part::Selection => (selected, 0),
            Part::Neighbourhood => (selected, self.depth),
        };
        Scope {
            nodes,
            depth,
            kinds: self.kinds.iter().copied().collect(),
            docs: self.docs.iter().cloned().collect(),
        }
    }

    fn default_path(&self) -> String {
        let name = if self.format == Format::Csv {
            "policy-atlas-csv".to_string()
        } else {
            format!("policy-atlas.{}", self.format.as_str())
        };
        std::env::current_dir()
            .map(|d| d.join(&name).display().to_string())
            .unwrap_or(name)
    }
}

/// Draws the dialog; returns a request when Export is pressed, and whether Browse was pressed.
pub fn show(
    ctx: &egui::Context,
    atlas: &Atlas,
    d: &mut ExportDialog,
) -> (Option<ExportRequest>, bool) {
    let mut request = None;
    let mut browse = false;
    let mut open = d.open;
    egui::Window::new("导出 Export")
        .open(&mut open)
        .default_width(440.0)
        .show(ctx, |ui| {
            egui::ComboBox::new("export-format", "格式 Format")
                .selected_text(d.format.describe())
                .width(320.0)
                .show_ui(ui, |ui| {
                    let before = d.format;
                    for f in Format::ALL {
                        ui.selectable_value(&mut d.format, f, f.describe());
                    }
                    if d.format != before {
                        d.path = swap_extension(&d.path, before, d.format);
                    }
                });
            if d.format == Format::Png {
                ui.horizontal(|ui| {
                    ui.label("倍率 Scale");
                    for s in [1.0, 2.0, 4.0] {
                        ui.selectable_value(&mut d.scale, s, format!("{s}×"));
                    }
                });
            }
            ui.separator();
            if d.format.is_picture() {
                ui.weak(
                    "图片导出当前视图（含图例）。 Pictures show the current view, legend included.",
                );
            } else {
                scope_choices(ui, atlas, d);
            }
            ui.separator();
            ui.horizontal(|ui| {
                ui.label(if d.format == Format::Csv {
                    "文件夹 Folder"
                } else {
                    "文件 File"
                });
                if d.path.is_empty() {
                    d.path = d.default_path();
                }
                ui.add(
                    egui::TextEdit::singleline(&mut d.path)
                        .id(egui::Id::new(PATH_ID))
                        .desired_width(260.0),
                );
                if ui.button("浏览… Browse…").clicked() {
                    browse = true;
                }
            });
            let scope = d.scope(atlas);
            let needs_selection = matches!(d.part, Part::Selection | Part::Neighbourhood);
            let ok = !d.path.trim().is_empty()
                && (d.format.is_picture() || !needs_selection || scope.nodes.is_some());
            if ui
                .add_enabled(ok, egui::Button::new("导出 Export"))
                .clicked()
            {
                request = Some(ExportRequest {
                    scope,
                    format: d.format,
                    scale: d.scale,
                    path: PathBuf::from(d.path.trim()),
                });
            }
            if let Some(s) = &d.status {
                ui.label(s);
            }
        });
    d.open = open;
    (request, browse)
}

/// The path for a new format: `x.xlsx` becomes `x.png`, a CSV folder `x` becomes `x.json` and back.
fn swap_extension(path: &str, from: Format, to: Format) -> String {
    let p = std::path::Path::new(path);
    let has_from = match from {
        Format::Csv => p.extension().is_none(),
        f => p.extension().and_then(|e| e.to_str()) == Some(f.as_str()),
    };
    if !has_from || path.trim().is_empty() {
        return path.to_string();
    }
    match to {
        Format::Csv => p.with_extension("").display().to_string(),
        f => p.with_extension(f.as_str()).display().to_string(),
    }
}

/// A checkbox that puts `item` in `set` or takes it out.
fn member_checkbox<T: Ord>(ui: &mut egui::Ui, set: &mut BTreeSet<T>, item: T, text: &str) {
    let mut on = set.contains(&item);
    if ui.checkbox(&mut on, text).changed() {
        if on {
            set.insert(item);
        } else {
            set.remove(&item);
        }
    }
}

fn scope_choices(ui: &mut egui::Ui, atlas: &Atlas, d: &mut ExportDialog) {
    ui.strong("范围 What");
    ui.radio_value(&mut d.part, Part::Whole, "全部 Whole graph");
    ui.radio_value(&mut d.part, Part::Visible, "当前可见 What the view shows");
    let sel = atlas
        .selected
        .as_ref()
        .and_then(|s| atlas.graph.node(s))
        .map(|n| n.label.clone());
    ui.add_enabled_ui(sel.is_some(), |ui| {
        let mut name = sel.clone().unwrap_or_else(|| "—".into());
        if atlas.multi.len() > 1 {
            name = format!("{name} +{}", atlas.multi.len() - 1);
        }
        ui.radio_value(
            &mut d.part,
            Part::Selection,
            format!("选中节点 Selection: {name}"),
        );
        ui.horizontal(|ui| {
            ui.radio_value(&mut d.part, Part::Neighbourhood, "选中及邻域 Selection +");
            ui.add(egui::Slider::new(&mut d.depth, 1..=4).suffix(" 跳 hops"));
        });
    });
    ui.collapsing("只要这些类型 Only these kinds", |ui| {
        for k in NodeKind::ALL {
            member_checkbox(ui, &mut d.kinds, k, kind_name(k));
        }
        ui.weak("都不选 = 全部 none ticked = all");
    });
    ui.collapsing("只要这些文件 Only these documents", |ui| {
        for doc in &atlas.graph.documents {
            member_checkbox(ui, &mut d.docs, doc.id.clone(), &doc.title);
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_extension_follows_the_format() {
        assert_eq!(
            swap_extension("/t/a.xlsx", Format::Xlsx, Format::Png),
            "/t/a.png"
        );
        assert_eq!(
            swap_extension("/t/a.xlsx", Format::Xlsx, Format::Csv),
            "/t/a"
        );
        assert_eq!(
            swap_extension("/t/a", Format::Csv, Format::Json),
            "/t/a.json"
        );
        assert_eq!(
            swap_extension("/t/mine.txt", Format::Xlsx, Format::Png),
            "/t/mine.txt"
        );
    }
}
