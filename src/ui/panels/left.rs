//! Left panel: search (labels and aliases, Chinese substring), documents with on/off toggles, kinds with
//! counts and the colour legend.

use crate::app::state::{Atlas, Command};
use crate::model::NodeKind;
use crate::ui::theme::{kind_color, kind_name};

/// Id of the search box (Ctrl+F focuses it).
pub const SEARCH_ID: &str = "search";

/// Draws the left panel; `search` is the text being typed.
pub fn show(ui: &mut egui::Ui, atlas: &Atlas, search: &mut String) -> Vec<Command> {
    let mut out = Vec::new();
    ui.heading("搜索 Search");
    let resp = ui.add(
        egui::TextEdit::singleline(search)
            .id(egui::Id::new(SEARCH_ID))
            .hint_text("名称 / 别名 (Ctrl+F)")
            .desired_width(f32::INFINITY),
    );
    let hits = atlas.search_hits(search, 30);
    if resp.lost_focus()
        && ui.input(|i| i.key_pressed(egui::Key::Enter))
        && let Some(&first) = hits.first()
    {
        out.push(Command::Select {
            id: atlas.ids[first].clone(),
            centre: true,
        });
    }
    if !search.trim().is_empty() {
        egui::ScrollArea::vertical()
            .id_salt("hits")
            .max_height(220.0)
            .show(ui, |ui| {
                if hits.is_empty() {
                    ui.weak("没有结果 no match");
                }
                for i in hits {
                    let Some(n) = atlas.graph.node(&atlas.ids[i]) else {
                        continue;
                    };
                    ui.horizontal(|ui| {
                        // Cut to the panel's width: a long task title must not widen the panel.
                        ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
                        ui.colored_label(kind_color(n.kind), "●");
                        let text = match &n.jurisdiction {
                            Some(j) if n.kind != NodeKind::Task => format!("{} · {}", n.label, j),
                            _ => n.label.clone(),
                        };
                        if ui
                            .selectable_label(
                                atlas.selected.as_deref() == Some(n.id.as_str()),
                                &text,
                            )
                            .on_hover_text(&text)
                            .clicked()
                        {
                            out.push(Command::Select {
                                id: n.id.clone(),
                                centre: true,
                            });
                        }
                    });
                }
            });
    }
    ui.separator();
    ui.heading("地区 Place");
    let current = atlas
        .place
        .and_then(|i| atlas.graph.node(&atlas.ids[i]))
        .map_or("全部 all places".to_string(), |n| n.label.clone());
    egui::ComboBox::from_id_salt("place")
        .selected_text(current)
        .width(240.0)
        .show_ui(ui, |ui| {
            if ui
                .selectable_label(atlas.place.is_none(), "全部 all places")
                .clicked()
            {
                out.push(Command::FilterPlace(None));
            }
            let mut places: Vec<&crate::model::Node> = atlas
                .graph
                .graph
                .node_weights()
                .filter(|n| n.kind == NodeKind::City && !n.mentions.is_empty())
                .collect();
            places.sort_by(|a, b| a.label.cmp(&b.label));
            for p in places {
                if ui.selectable_label(false, &p.label).clicked() {
                    out.push(Command::FilterPlace(Some(p.id.clone())));
                }
            }
        });
    ui.separator();
    ui.heading("文件 Documents");
    for d in &atlas.graph.documents {
        let mut on = !atlas.hidden_docs.contains(&d.id);
        let text = format!("{}  ({} 项任务)", d.title, d.task_count);
        let r = ui.checkbox(&mut on, text);
        r.clone().on_hover_text(format!(
            "{}\n{} · {} · {}",
            d.source,
            d.issuer.as_deref().unwrap_or("—"),
            d.date.as_deref().unwrap_or("—"),
            d.doc_number.as_deref().unwrap_or("—")
        ));
        if r.changed() {
            out.push(Command::ToggleDoc(d.id.clone()));
        }
    }
    ui.separator();
    ui.heading("类型 Kinds");
    for k in NodeKind::ALL {
        let count = atlas
            .graph
            .graph
            .node_weights()
            .filter(|n| n.kind == k)
            .count();
        let mut on = !atlas.hidden_kinds.contains(&k);
        ui.horizontal(|ui| {
            ui.colored_label(kind_color(k), "●");
            if ui
                .checkbox(&mut on, format!("{}  {}", kind_name(k), count))
                .changed()
            {
                out.push(Command::ToggleKind(k));
            }
        });
    }
    out
}
