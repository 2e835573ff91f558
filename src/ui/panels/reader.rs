//! Document reader: the whole original text, every entity mention highlighted in its kind's colour, the
//! passage asked for marked and scrolled to; clicking a highlighted mention selects that entity.

use crate::app::state::{Atlas, Command, ReaderState};
use crate::ui::theme::kind_color;
use egui::text::{LayoutJob, TextFormat};

/// Draws the reader for `state`; returns commands (select a clicked mention, close).
pub fn show(ui: &mut egui::Ui, atlas: &Atlas, state: &ReaderState) -> Vec<Command> {
    let mut out = Vec::new();
    let Some(text) = atlas.graph.texts.get(&state.doc) else {
        ui.weak("没有原文 no text for this document");
        return out;
    };
    let title = atlas
        .graph
        .documents
        .iter()
        .find(|d| d.id == state.doc)
        .map_or("", |d| d.title.as_str());
    ui.horizontal(|ui| {
        let short: String = title.chars().take(40).collect();
        ui.strong(format!("原文 Reader · {short}"));
        if ui.button("关闭 close").clicked() {
            out.push(Command::CloseReader);
        }
    });
    let mentions = atlas.mentions_in(&state.doc);
    let normal = TextFormat {
        color: ui.visuals().text_color(),
        ..Default::default()
    };
    egui::ScrollArea::vertical()
        .id_salt("reader")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let mut line_start = 0usize;
            for line in text.split_inclusive('\n') {
                let line_end = line_start + line.len();
                let body = line.trim_end_matches(['\n', '\r']);
                if body.trim().is_empty() {
                    line_start = line_end;
                    continue;
                }
                let mut job = LayoutJob::default();
                let mut cursor = line_start;
                let mut spans: Vec<(usize, usize, usize)> = Vec::new(); // (start, end, layout index) in line bytes
                let first = mentions.partition_point(|m| m.1 <= line_start);
                for m in mentions[first..]
                    .iter()
                    .take_while(|m| m.0 < line_start + body.len())
                {
                    let (s, e) = (m.0.max(cursor), m.1.min(line_start + body.len()));
                    if s >= e || !text.is_char_boundary(s) || !text.is_char_boundary(e) {
                        continue;
                    }
                    job.append(&text[cursor..s], 0.0, normal.clone());
                    let current = state.span.0 < e && state.span.1 > s;
                    let fmt = TextFormat {
                        color: egui::Color32::BLACK,
                        expand_bg: 0.0,
                        background: if current {
                            egui::Color32::YELLOW
                        } else {
                            kind_color(m.2).gamma_multiply(0.9)
                        },
                        underline: if current {
                            egui::Stroke::new(2.0, egui::Color32::RED)
                        } else {
                            egui::Stroke::NONE
                        },
                        ..Default::default()
                    };
                    job.append(&text[s..e], 0.0, fmt);
                    spans.push((s - line_start, e - line_start, m.3));
                    cursor = e;
                }
                job.append(&text[cursor..line_start + body.len()], 0.0, normal.clone());
                job.wrap.max_width = ui.available_width();
                let (pos, galley, resp) = egui::Label::new(job)
                    .sense(egui::Sense::click())
                    .layout_in_ui(ui);
                ui.painter()
                    .galley(pos, galley.clone(), ui.visuals().text_color());
                let contains_span = state.span.0 >= line_start && state.span.0 < line_end;
                if contains_span && state.scroll_pending {
                    resp.scroll_to_me(Some(egui::Align::Center));
                }
                if resp.clicked()
                    && let Some(p) = resp.interact_pointer_pos()
                {
                    let char_ix = galley.cursor_from_pos(p - pos).index.0;
                    let byte = body
                        .char_indices()
                        .nth(char_ix)
                        .map_or(body.len(), |(b, _)| b);
                    if let Some(&(_, _, node)) =
                        spans.iter().find(|(s, e, _)| byte >= *s && byte < *e)
                    {
                        out.push(Command::Select {
                            id: atlas.ids[node].clone(),
                            centre: true,
                        });
                    }
                }
                line_start = line_end;
            }
        });
    out
}
