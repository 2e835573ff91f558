//! Right panel: the selected node — kind, name, aliases, jurisdiction, attributes; neighbours grouped by
//! relation and role (lead first), each clickable; and every evidence passage with the mention highlighted,
//! naming the document, with "open in reader".

use crate::app::state::{Atlas, Command};
use crate::model::{EdgeKind, Evidence, Role, Side};
use crate::ui::theme::{kind_color, kind_name};
use egui::text::{LayoutJob, TextFormat};

fn role_rank(r: Option<Role>) -> u8 {
    match r {
        Some(Role::Lead) => 0,
        Some(Role::Implementer) => 1,
        Some(Role::Responsible) => 2,
        Some(Role::Support) => 3,
        None => 4,
    }
}

fn relation_name(kind: EdgeKind, side: Side, role: Option<Role>) -> String {
    let base = match (kind, side) {
        (EdgeKind::ResponsibleFor, Side::Out) => "负责任务 responsible for",
        (EdgeKind::ResponsibleFor, Side::In) => "责任单位 responsible units",
        (EdgeKind::PartOf, Side::Out) => "所属文件 part of",
        (EdgeKind::PartOf, Side::In) => "任务 tasks",
        (EdgeKind::Mentions, Side::Out) => "提及 mentions",
        (EdgeKind::Mentions, Side::In) => "被提及于 mentioned by",
        (EdgeKind::LocatedIn, Side::Out) => "位于 located in",
        (EdgeKind::LocatedIn, Side::In) => "下辖/包含 contains",
        (EdgeKind::InIndustry, Side::Out) => "所属产业 industry",
        (EdgeKind::InIndustry, Side::In) => "项目 projects",
        (EdgeKind::Connects, Side::Out) => "连接 connects",
        (EdgeKind::Connects, Side::In) => "连接线路 routes",
        (EdgeKind::IssuedBy, Side::Out) => "发文机关 issued by",
        (EdgeKind::IssuedBy, Side::In) => "发布文件 issued",
        (EdgeKind::Cites, Side::Out) => "引用 cites",
        (EdgeKind::Cites, Side::In) => "被引用 cited by",
    };
    match role {
        Some(Role::Lead) => format!("{base} · 牵头 lead"),
        Some(Role::Support) => format!("{base} · 配合 support"),
        Some(Role::Implementer) => format!("{base} · 实施主体 implementer"),
        Some(Role::Responsible) => format!("{base} · 责任 responsible"),
        None => base.to_string(),
    }
}

/// A quote with the mentioned text highlighted.
fn highlighted(ui: &egui::Ui, quote: &str, mention: &str, color: egui::Color32) -> LayoutJob {
    let mut job = LayoutJob::default();
    let normal = TextFormat {
        color: ui.visuals().text_color(),
        ..Default::default()
    };
    let strong = TextFormat {
        color: egui::Color32::BLACK,
        background: color,
        ..Default::default()
    };
    match quote.find(mention).filter(|_| !mention.is_empty()) {
        Some(at) => {
            job.append(&quote[..at], 0.0, normal.clone());
            job.append(mention, 0.0, strong);
            job.append(&quote[at + mention.len()..], 0.0, normal);
        }
        None => job.append(quote, 0.0, normal),
    }
    job.wrap.max_width = ui.available_width();
    job
}

/// A document's title, shortened to fit a line of the panel.
fn doc_title(atlas: &Atlas, doc: &str) -> String {
    let full = atlas
        .graph
        .documents
        .iter()
        .find(|d| d.id == doc)
        .map_or_else(|| doc.to_string(), |d| d.title.clone());
    let short: String = full.chars().take(22).collect();
    if short.len() < full.len() {
        format!("{short}…")
    } else {
        short
    }
}

/// Focus, hide, show all, shortest path.
fn actions(ui: &mut egui::Ui, atlas: &Atlas, n: &crate::model::Node, out: &mut Vec<Command>) {
    ui.horizontal_wrapped(|ui| {
        for depth in 1..=3 {
            if ui.button(format!("只看{depth}跳 focus {depth}")).clicked() {
                out.push(Command::Focus { depth });
            }
        }
        if ui.button("隐藏 hide (Del)").clicked() {
            out.push(Command::Hide(n.id.clone()));
        }
        if ui.button("全部显示 show all").clicked() {
            out.push(Command::ShowAll);
        }
        if ui.button("路径起点 path from here").clicked() {
            out.push(Command::PathFrom(n.id.clone()));
        }
    });
    let Some(start) = atlas
        .path_start
        .and_then(|i| atlas.ids.get(i))
        .and_then(|id| atlas.graph.node(id))
    else {
        return;
    };
    ui.horizontal_wrapped(|ui| {
        ui.strong("最短路径 path:");
        if atlas.path.is_empty() {
            ui.weak(format!(
                "从 {} 出发,选择另一个节点 · select another node",
                start.label
            ));
        }
        for (k, &i) in atlas.path.iter().enumerate() {
            if k > 0 {
                ui.label("→");
            }
            if let Some(p) = atlas.graph.node(&atlas.ids[i])
                && ui.link(&p.label).clicked()
            {
                out.push(Command::Select {
                    id: p.id.clone(),
                    centre: true,
                });
            }
        }
        if ui.small_button("清除 clear").clicked() {
            out.push(Command::ClearPath);
        }
    });
}

/// Draws the inspector for the selection.
pub fn show(ui: &mut egui::Ui, atlas: &Atlas) -> Vec<Command> {
    let mut out = Vec::new();
    let Some(n) = atlas.selected.as_ref().and_then(|id| atlas.graph.node(id)) else {
        ui.weak("点击节点查看详情 · click a node to inspect it");
        return out;
    };
    let color = kind_color(n.kind);
    ui.colored_label(color, kind_name(n.kind));
    ui.heading(&n.label);
    if !n.aliases.is_empty() {
        ui.label(format!(
            "别名 aliases: {}",
            n.aliases.iter().cloned().collect::<Vec<_>>().join("、")
        ));
    }
    for (name, value) in [
        ("所属 jurisdiction", &n.jurisdiction),
        ("级别 level", &n.level),
        ("章节 section", &n.section),
        ("完成时限 deadline", &n.deadline),
    ] {
        if let Some(v) = value {
            ui.label(format!("{name}: {v}"));
        }
    }
    actions(ui, atlas, n, &mut out);
    egui::ScrollArea::vertical()
        .id_salt("inspector")
        .show(ui, |ui| {
            let mut neighbours = atlas.graph.neighbours(&n.id, &[]);
            neighbours.sort_by(|a, b| {
                (a.kind, role_rank(a.role), a.side == Side::In, &a.node.label).cmp(&(
                    b.kind,
                    role_rank(b.role),
                    b.side == Side::In,
                    &b.node.label,
                ))
            });
            // Grouped by relation and role; long groups start folded.
            let mut groups: Vec<(String, Vec<&crate::model::Neighbour>)> = Vec::new();
            for nb in &neighbours {
                let group = relation_name(nb.kind, nb.side, nb.role);
                match groups.last_mut() {
                    Some((g, v)) if *g == group => v.push(nb),
                    _ => groups.push((group, vec![nb])),
                }
            }
            for (group, members) in groups {
                egui::CollapsingHeader::new(format!("{group} ({})", members.len()))
                    .id_salt(&group)
                    .default_open(members.len() <= 12)
                    .show(ui, |ui| {
                        for nb in members {
                            ui.horizontal(|ui| {
                                ui.colored_label(kind_color(nb.node.kind), "●");
                                let short: String = nb.node.label.chars().take(32).collect();
                                let text = if short.len() < nb.node.label.len() {
                                    format!("{short}…")
                                } else {
                                    short
                                };
                                if ui.link(text).on_hover_text(&nb.node.label).clicked() {
                                    out.push(Command::Select {
                                        id: nb.node.id.clone(),
                                        centre: true,
                                    });
                                }
                            });
                        }
                    });
            }
            ui.separator();
            ui.strong("原文 Evidence");
            let mut passages: Vec<&Evidence> = Vec::new();
            for (s, t, e) in atlas.graph.edges_sorted() {
                if (s.id == n.id || t.id == n.id) && e.kind != EdgeKind::PartOf {
                    passages.extend(e.evidence.iter());
                }
            }
            passages.sort();
            passages.dedup_by(|a, b| a.doc == b.doc && a.start == b.start);
            if passages.is_empty() {
                for m in n.mentions.iter().take(20) {
                    if ui
                        .small_button(format!(
                            "{} · 打开原文 open in reader",
                            doc_title(atlas, &m.doc)
                        ))
                        .clicked()
                    {
                        out.push(Command::OpenReader {
                            doc: m.doc.clone(),
                            start: m.start,
                            end: m.end,
                        });
                    }
                }
            }
            for ev in passages.iter().take(60) {
                let text = atlas.graph.texts.get(&ev.doc);
                let mention = text.and_then(|t| t.get(ev.start..ev.end)).unwrap_or("");
                ui.add_space(6.0);
                ui.label(highlighted(ui, &ev.quote, mention, color));
                ui.horizontal(|ui| {
                    ui.weak(doc_title(atlas, &ev.doc));
                    if ui.small_button("打开原文 open in reader").clicked() {
                        out.push(Command::OpenReader {
                            doc: ev.doc.clone(),
                            start: ev.start,
                            end: ev.end,
                        });
                    }
                });
            }
        });
    out
}
