//! What the graph view draws, as a display list free of egui: edges, discs, labels, legend and title in view
//! coordinates. The window paints it with egui; the SVG exporter writes the same list (and PNG rasterises that
//! SVG), so an exported picture is the view on screen.

use super::nodes::NodeTable;
use super::style::{kind_name, kind_rgb, node_radius};
use crate::model::{KnowledgeGraph, NodeKind};
use std::collections::HashSet;
use std::sync::Arc;

/// RGBA, straight (not premultiplied) alpha.
pub type Rgba = [u8; 4];

/// A straight edge.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// Start point.
    pub from: [f32; 2],
    /// End point.
    pub to: [f32; 2],
    /// Colour.
    pub color: Rgba,
    /// Stroke width in points.
    pub width: f32,
}

/// A node.
#[derive(Debug, Clone, PartialEq)]
pub struct Disc {
    /// Node id.
    pub id: Arc<str>,
    /// Centre.
    pub at: [f32; 2],
    /// Radius.
    pub r: f32,
    /// Fill.
    pub color: Rgba,
    /// Selection ring.
    pub ring: Option<Rgba>,
}

/// A label, centred horizontally on `at[0]` with its top at `at[1]`.
#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    /// Text.
    pub text: String,
    /// Top centre.
    pub at: [f32; 2],
    /// Font size in points.
    pub size: f32,
    /// Text colour.
    pub color: Rgba,
    /// Backdrop behind the text.
    pub backdrop: Rgba,
    /// Estimated width (also what label collision uses).
    pub width: f32,
}

/// Everything a view shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Picture {
    /// Width in points.
    pub width: f32,
    /// Height in points.
    pub height: f32,
    /// Background.
    pub background: Rgba,
    /// Text colour of the legend and title.
    pub ink: Rgba,
    /// Edges, drawn first.
    pub lines: Vec<Line>,
    /// Nodes, drawn over the edges, smallest first.
    pub discs: Vec<Disc>,
    /// Labels, drawn last.
    pub labels: Vec<Label>,
    /// Legend rows (kinds that are visible), top left.
    pub legend: Vec<(String, Rgba)>,
    /// Title, top centre.
    pub title: Option<String>,
    /// Where the picture's top left corner sits on screen (the window sets it; exports ignore it).
    pub origin: [f32; 2],
}

/// Light or dark colours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    /// Dark background (the window's default).
    #[default]
    Dark,
    /// High-contrast light background (projectors, print).
    Light,
}

/// The graph as the view holds it: nodes by layout index.
pub struct Scene<'a> {
    /// Ids, kinds, labels and paint order by layout index.
    pub nodes: &'a NodeTable,
    /// Layout positions by index.
    pub pos: &'a [[f32; 2]],
    /// Undirected neighbours by index.
    pub adjacency: &'a [Vec<usize>],
    /// Which nodes are shown.
    pub visible: &'a [bool],
    /// The selected nodes.
    pub selected: &'a [usize],
    /// The selected edge (layout indices of its ends).
    pub edge: Option<(usize, usize)>,
    /// The node whose neighbourhood is highlighted (hovered, else selected).
    pub focus: Option<usize>,
    /// A highlighted path.
    pub path: &'a [usize],
}

/// How to draw.
#[derive(Debug, Clone, PartialEq)]
pub struct Style {
    /// Size of the picture in points.
    pub size: [f32; 2],
    /// Layout point at the centre.
    pub centre: [f32; 2],
    /// Points per layout unit.
    pub zoom: f32,
    /// Label font size.
    pub label_size: f32,
    /// Colours.
    pub theme: Theme,
    /// Draw the legend.
    pub legend: bool,
    /// Title.
    pub title: Option<String>,
    /// Level of detail: beyond this many edges in view, plain edges are thinned to an even sample of this
    /// many (highlighted ones always stay). `None` draws every edge (exports).
    pub max_lines: Option<usize>,
}

/// The window's edge budget: past it an edge hairball reads the same and costs a fraction.
pub const VIEW_MAX_LINES: usize = 60_000;

/// The camera (centre, zoom) that fits a bounding box into `size` with a margin.
pub fn fit(size: [f32; 2], min: [f32; 2], max: [f32; 2]) -> ([f32; 2], f32) {
    let w = (max[0] - min[0]).max(1.0);
    let h = (max[1] - min[1]).max(1.0);
    let zoom = ((size[0] - 40.0) / w)
        .min((size[1] - 40.0) / h)
        .clamp(0.01, 20.0);
    ([(min[0] + max[0]) / 2.0, (min[1] + max[1]) / 2.0], zoom)
}

/// A label as drawn: at most 24 characters, with `…` when cut.
pub fn short_label(label: &str) -> String {
    if label.chars().count() <= 24 {
        label.to_string()
    } else {
        label.chars().take(23).chain(['…']).collect()
    }
}

/// Estimated width of a text: CJK and full-width characters one em, others a bit over half.
pub fn text_width(text: &str, size: f32) -> f32 {
    text.chars()
        .map(|c| {
            if (c as u32) >= 0x2E80 {
                size
            } else {
                size * 0.56
            }
        })
        .sum()
}

fn with_alpha([r, g, b]: [u8; 3], a: u8) -> Rgba {
    [r, g, b, a]
}

/// Draws a scene: what the graph view shows for this camera and size.
pub fn draw(scene: &Scene, style: &Style) -> Picture {
    let light = style.theme == Theme::Light;
    let n = scene.nodes.len();
    let to_screen = |p: [f32; 2]| {
        [
            style.size[0] / 2.0 + (p[0] - style.centre[0]) * style.zoom,
            style.size[1] / 2.0 + (p[1] - style.centre[1]) * style.zoom,
        ]
    };
    let degree = |i: usize| scene.adjacency.get(i).map_or(0, Vec::len);
    let near: Vec<bool> = match scene.focus {
        Some(f) if f < n => {
            let mut v = vec![false; n];
            v[f] = true;
            for &j in &scene.adjacency[f] {
                v[j] = true;
            }
            v
        }
        _ => Vec::new(),
    };
    let on_path: HashSet<(usize, usize)> = scene
        .path
        .windows(2)
        .flat_map(|w| [(w[0], w[1]), (w[1], w[0])])
        .collect();
    let dim = |i: usize| !near.is_empty() && !near[i] && !scene.path.contains(&i);
    let screen: Vec<[f32; 2]> = scene.pos.iter().map(|p| to_screen(*p)).collect();
    let inside = |p: [f32; 2], m: f32| {
        p[0] >= -m && p[1] >= -m && p[0] <= style.size[0] + m && p[1] <= style.size[1] + m
    };
    let shown = |i: usize| scene.visible.get(i).copied().unwrap_or(false) && i < screen.len();
    let ink: Rgba = if light {
        [20, 20, 20, 255]
    } else {
        [235, 235, 235, 255]
    };
    let mut pic = Picture {
        width: style.size[0],
        height: style.size[1],
        background: if light {
            [255, 255, 255, 255]
        } else {
            [10, 10, 10, 255]
        },
        ink,
        lines: Vec::new(),
        discs: Vec::new(),
        labels: Vec::new(),
        legend: Vec::new(),
        title: style.title.clone(),
        origin: [0.0, 0.0],
    };
    let base = if light { [0, 0, 0] } else { [255, 255, 255] };
    let in_view = |a: usize, b: usize| {
        if b <= a || !shown(a) || !shown(b) {
            return false;
        }
        let (pa, pb) = (screen[a], screen[b]);
        let lo = [pa[0].min(pb[0]), pa[1].min(pb[1])];
        let hi = [pa[0].max(pb[0]), pa[1].max(pb[1])];
        !(hi[0] < -20.0
            || hi[1] < -20.0
            || lo[0] > style.size[0] + 20.0
            || lo[1] > style.size[1] + 20.0)
    };
    // Level of detail: past `max_lines` edges in view, plain edges are an even sample (every stride-th).
    let stride = match style.max_lines {
        Some(max) => {
            let count: usize = (0..n)
                .map(|a| {
                    scene.adjacency[a]
                        .iter()
                        .filter(|&&b| in_view(a, b))
                        .count()
                })
                .sum();
            count.div_ceil(max.max(1)).max(1)
        }
        None => 1,
    };
    let mut k = 0usize;
    for (a, ns) in scene.adjacency.iter().enumerate() {
        for &b in ns {
            if !in_view(a, b) {
                continue;
            }
            let (pa, pb) = (screen[a], screen[b]);
            let picked = scene.edge == Some((a, b)) || scene.edge == Some((b, a));
            let (color, width) = if picked {
                ([255, 110, 30, 255], 4.0)
            } else if on_path.contains(&(a, b)) {
                ([255, 190, 0, 255], 3.0)
            } else if !near.is_empty()
                && near[a]
                && near[b]
                && (Some(a) == scene.focus || Some(b) == scene.focus)
            {
                (
                    with_alpha(if light { [60, 60, 60] } else { [220, 220, 220] }, 255),
                    1.5,
                )
            } else if near.is_empty() {
                (with_alpha(base, if light { 70 } else { 40 }), 1.0)
            } else {
                (with_alpha(base, if light { 25 } else { 12 }), 1.0)
            };
            k += 1;
            if width <= 1.0 && !k.is_multiple_of(stride) {
                continue;
            }
            pic.lines.push(Line {
                from: pa,
                to: pb,
                color,
                width,
            });
        }
    }
    let order: Vec<usize> = scene
        .nodes
        .order
        .iter()
        .copied()
        .filter(|&i| shown(i) && inside(screen[i], 20.0))
        .collect();
    let zoom_scale = style.zoom.clamp(0.4, 3.0);
    let mut kinds: Vec<NodeKind> = Vec::new();
    pic.discs.reserve(order.len());
    for &i in &order {
        let kind = scene.nodes.kinds[i];
        if !kinds.contains(&kind) {
            kinds.push(kind);
        }
        let alpha = if dim(i) { 64 } else { 255 };
        pic.discs.push(Disc {
            id: scene.nodes.ids[i].clone(),
            at: screen[i],
            r: node_radius(degree(i)) * zoom_scale,
            color: with_alpha(kind_rgb(kind), alpha),
            ring: scene.selected.contains(&i).then_some(ink),
        });
    }
    labels(scene, style, &order, &screen, &near, &dim, &mut pic);
    if style.legend {
        kinds.sort();
        pic.legend = kinds
            .into_iter()
            .map(|k| (kind_name(k).to_string(), with_alpha(kind_rgb(k), 255)))
            .collect();
    }
    pic
}

/// Labels: the focus and its neighbours, the biggest hubs, and everything once zoomed in; a label that would
/// overlap one already placed is skipped (the focus, placed first, always gets one).
fn labels(
    scene: &Scene,
    style: &Style,
    order: &[usize],
    screen: &[[f32; 2]],
    near: &[bool],
    dim: &dyn Fn(usize) -> bool,
    pic: &mut Picture,
) {
    let degree = |i: usize| scene.adjacency.get(i).map_or(0, Vec::len);
    // `order` runs by degree ascending (ties: index descending), so the biggest hubs are its tail.
    let hub_count = ((style.size[0] * style.size[1] / 40_000.0) as usize).clamp(8, 60);
    let hub_set: HashSet<usize> = order.iter().rev().take(hub_count).copied().collect();
    let zoom_scale = style.zoom.clamp(0.4, 3.0);
    let size = style.label_size;
    let light = style.theme == Theme::Light;
    let mut placed: Vec<[f32; 4]> = Vec::new();
    // The focus is placed first, so the labels around it make way for it rather than lie under it.
    let first = scene.focus.filter(|&f| f < screen.len());
    for i in first
        .into_iter()
        .chain(order.iter().rev().copied().filter(|&i| Some(i) != first))
    {
        let important =
            near.get(i).copied().unwrap_or(false) || hub_set.contains(&i) || style.zoom > 2.5;
        if !important || dim(i) {
            continue;
        }
        let text = scene.nodes.labels[i].clone();
        let width = text_width(&text, size);
        let r = node_radius(degree(i)) * zoom_scale;
        let at = [screen[i][0], screen[i][1] + r + 2.0];
        let rect = [
            at[0] - width / 2.0,
            at[1],
            at[0] + width / 2.0,
            at[1] + size * 1.3,
        ];
        let overlaps =
            |p: &[f32; 4]| p[0] < rect[2] && rect[0] < p[2] && p[1] < rect[3] && rect[1] < p[3];
        if Some(i) != scene.focus && placed.iter().any(overlaps) {
            continue;
        }
        placed.push(rect);
        pic.labels.push(Label {
            text,
            at,
            size,
            color: if light {
                [0, 0, 0, 255]
            } else {
                [255, 255, 255, 255]
            },
            backdrop: if light {
                [255, 255, 255, 200]
            } else {
                [0, 0, 0, 140]
            },
            width,
        });
    }
}

/// Draws a whole graph laid out by the seeded force layout, fitted into `size`: what the CLI exports as SVG
/// and PNG.
pub fn whole(
    graph: &KnowledgeGraph,
    size: [f32; 2],
    theme: Theme,
    title: Option<String>,
) -> Picture {
    let laid = crate::layout::GraphLayout::new(
        graph,
        crate::layout::GraphLayout::default_steps(graph.node_count()).max(300),
    );
    let visible = vec![true; laid.ids.len()];
    let (min, max) = laid.layout.bounds();
    let (centre, zoom) = fit(size, min, max);
    let nodes = NodeTable::new(graph, &laid.ids, &laid.adjacency);
    let scene = Scene {
        nodes: &nodes,
        pos: &laid.layout.pos,
        adjacency: &laid.adjacency,
        visible: &visible,
        selected: &[],
        edge: None,
        focus: None,
        path: &[],
    };
    draw(
        &scene,
        &Style {
            size,
            centre,
            zoom,
            label_size: 13.0,
            theme,
            legend: true,
            title,
            max_lines: None,
        },
    )
}

/// One legend row placed: swatch centre, text left baseline-top, text, colour.
#[derive(Debug, Clone, PartialEq)]
pub struct LegendRow {
    /// Swatch centre.
    pub swatch: [f32; 2],
    /// Swatch radius.
    pub r: f32,
    /// Left end and top of the text.
    pub text_at: [f32; 2],
    /// Text.
    pub text: String,
    /// Colour.
    pub color: Rgba,
}

/// Legend text size relative to the label size.
const LEGEND_SCALE: f32 = 1.0;

impl Picture {
    /// Where the legend goes (top left): its box and rows. Empty when there is no legend.
    pub fn legend_layout(&self, label_size: f32) -> ([f32; 4], Vec<LegendRow>) {
        if self.legend.is_empty() {
            return ([0.0; 4], Vec::new());
        }
        let size = label_size * LEGEND_SCALE;
        let row_h = size * 1.6;
        let pad = size * 0.6;
        let (x0, y0) = (12.0, 12.0);
        let widest = self
            .legend
            .iter()
            .map(|(t, _)| text_width(t, size))
            .fold(0.0, f32::max);
        let rows: Vec<LegendRow> = self
            .legend
            .iter()
            .enumerate()
            .map(|(i, (text, color))| {
                let top = y0 + pad + i as f32 * row_h;
                LegendRow {
                    swatch: [x0 + pad + size * 0.4, top + size * 0.55],
                    r: size * 0.4,
                    text_at: [x0 + pad + size * 1.3, top],
                    text: text.clone(),
                    color: *color,
                }
            })
            .collect();
        let w = pad * 2.0 + size * 1.3 + widest;
        let h = pad * 2.0 + row_h * self.legend.len() as f32 - (row_h - size * 1.1);
        ([x0, y0, x0 + w, y0 + h], rows)
    }
}
