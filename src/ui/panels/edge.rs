//! Right panel for a selected edge: the relations between its two nodes (kind and role), each end
//! clickable, and every evidence passage with the mention highlighted, its document and section, and
//! "open in reader".

use super::inspector::{evidence_row, relation_name};
use crate::app::state::{Atlas, Command};
use crate::model::Side;
use crate::ui::theme::{kind_color, kind_name};

/// Draws the inspector for the edge between `source` and `target`.
pub fn show(ui: &mut egui::Ui, atlas: &Atlas, source: &str, target: &str) -> Vec<Command> {
    let mut out = Vec::new();
    let (Some(a), Some(b)) = (atlas.graph.node(source), atlas.graph.node(target)) else {
        return out;
    };
    ui.strong("关系 Relation");
    for n in [a, b] {
        ui.horizontal(|ui| {
            ui.colored_label(kind_color(n.kind), "●");
            if ui.link(&n.label).on_hover_text(kind_name(n.kind)).clicked() {
                out.push(Command::Select {
                    id: n.id.clone(),
                    centre: true,
                });
            }
        });
    }
    // Only the edges between the two ends, both ways: no scan of the whole graph each frame.
    let (Some(ia), Some(ib)) = (atlas.graph.index_of(source), atlas.graph.index_of(target)) else {
        return out;
    };
    let mut edges: Vec<(
        &crate::model::Node,
        &crate::model::Node,
        &crate::model::Edge,
    )> = [(ia, ib, a, b), (ib, ia, b, a)]
        .into_iter()
        .flat_map(|(x, y, nx, ny)| {
            atlas
                .graph
                .graph
                .edges_connecting(x, y)
                .map(move |e| (nx, ny, e.weight()))
        })
        .collect();
    edges.sort_by_key(|(s, t, e)| (&s.id, &t.id, e.kind, e.role));
    egui::ScrollArea::vertical()
        .id_salt("edge-inspector")
        .show(ui, |ui| {
            for (s, t, e) in &edges {
                ui.separator();
                ui.heading(relation_name(e.kind, Side::Out, e.role));
                ui.label(format!("{} → {}", s.label, t.label));
                ui.weak(format!(
                    "{} · {} 处原文 passages",
                    e.kind.as_str(),
                    e.evidence.len()
                ));
                // The passage's mention names one of the two ends: colour it as that end.
                let mentioned = |n: &crate::model::Node| {
                    e.evidence.iter().next().is_some_and(|ev| {
                        let m = atlas
                            .graph
                            .texts
                            .get(&*ev.doc)
                            .and_then(|t| t.get(ev.start..ev.end))
                            .unwrap_or("");
                        n.label == m || n.aliases.contains(m)
                    })
                };
                let color = kind_color(if mentioned(t) { t.kind } else { s.kind });
                for ev in e.evidence.iter().take(60) {
                    evidence_row(ui, atlas, ev, color, &mut out);
                }
                if e.evidence.is_empty() {
                    ui.weak("没有原文 no passage");
                }
            }
        });
    out
}
