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

pub(crate) fn relation_name(kind: EdgeKind, side: Side, role: Option<Role>) -> String {
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
    // No background overhang: it would cover a narrow mark right after the mention (市发改委;).
    let strong = TextFormat {
        color: egui::Color32::BLACK,
        background: color,
        expand_bg: 0.0,
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
pub(crate) fn doc_title(atlas: &Atlas, doc: &str) -> String {
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

/// One passage: the quote with the mention highlighted, then its document and section and "open in reader".
pub(crate) fn evidence_row(
    ui: &mut egui::Ui,
    atlas: &Atlas,
    ev: &Evidence,
    color: egui::Color32,
    out: &mut Vec<Command>,
) {
    let text = atlas.graph.texts.get(&*ev.doc);
    let mention = text.and_then(|t| t.get(ev.start..ev.end)).unwrap_or("");
    ui.add_space(6.0);
    ui.label(highlighted(ui, &ev.quote, mention, color));
    ui.horizontal_wrapped(|ui| {
        ui.weak(doc_title(atlas, &ev.doc));
        if !ev.section.is_empty() {
            let section: String = ev.section.chars().take(30).collect();
            ui.weak(format!("§ {section}")).on_hover_text(&*ev.section);
        }
        if ui.small_button("打开原文 open in reader").clicked() {
            out.push(Command::OpenReader {
                doc: ev.doc.to_string(),
                start: ev.start,
                end: ev.end,
            });
        }
    });
}

/// Focus, hide, show all, shortest path.
fn actions(ui: &mut egui::Ui, atlas: &Atlas, n: &crate::model::Node, out: &mut Vec<Command>) {
    ui.horizontal_wrapped(|ui| {
        // The depth slider: moving it while focused refocuses at once.
        let key = egui::Id::new("focus-depth");
        let mut depth: usize = atlas
            .focus
            .map(|(_, d)| d)
            .unwrap_or_else(|| ui.data(|d| d.get_temp(key)).unwrap_or(1));
        let moved = ui
            .add(egui::Slider::new(&mut depth, 1..=5).text("跳 hops"))
            .changed();
        ui.data_mut(|d| d.insert_temp(key, depth));
        if ui.button("只看邻域 focus").clicked() || (moved && atlas.focus.is_some()) {
            out.push(Command::Focus { depth });
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
    let start = atlas
        .path_start
        .and_then(|i| atlas.ids.get(i))
        .and_then(|id| atlas.graph.node(id));
    if start.is_none() && atlas.path.is_empty() {
        return;
    }
    ui.horizontal_wrapped(|ui| {
        ui.strong("最短路径 path:");
        if let Some(start) = start
            && atlas.path.is_empty()
        {
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

/// The other selected nodes (Shift+click), each clickable.
fn others(ui: &mut egui::Ui, atlas: &Atlas, out: &mut Vec<Command>) {
    if atlas.multi.len() < 2 {
        return;
    }
    ui.strong(format!("已选 {} 个节点 selected", atlas.multi.len()));
    for n in atlas.multi.iter().filter_map(|id| atlas.graph.node(id)) {
        let short = crate::export::picture::short_label(&n.label);
        ui.horizontal(|ui| {
            ui.colored_label(kind_color(n.kind), "●");
            if atlas.selected.as_ref() == Some(&n.id) {
                ui.strong(short);
            } else if ui.link(short).on_hover_text(&n.label).clicked() {
                out.push(Command::ToggleSelect(n.id.clone()));
                out.push(Command::ToggleSelect(n.id.clone()));
            }
        });
    }
    ui.separator();
}

/// Draws the inspector for the selection (a node, several nodes, or an edge).
pub fn show(ui: &mut egui::Ui, atlas: &Atlas) -> Vec<Command> {
    let mut out = Vec::new();
    if let Some((s, t)) = &atlas.selected_edge {
        return super::edge::show(ui, atlas, s, t);
    }
    others(ui, atlas, &mut out);
    let Some(n) = atlas.selected.as_ref().and_then(|id| atlas.graph.node(id)) else {
        ui.weak("点击节点或关系查看详情 · click a node or an edge to inspect it (Shift+click adds nodes)");
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
                                // Cut to the panel's width: a long task title must not widen the panel.
                                ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
                                ui.colored_label(kind_color(nb.node.kind), "●");
                                if ui
                                    .link(&nb.node.label)
                                    .on_hover_text(&nb.node.label)
                                    .clicked()
                                {
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
                            doc: m.doc.to_string(),
                            start: m.start,
                            end: m.end,
                        });
                    }
                }
            }
            for ev in passages.iter().take(60) {
                evidence_row(ui, atlas, ev, color, &mut out);
            }
        });
    out
}
