//! Paints a [`Picture`] with egui, fast at tens of thousands of nodes: all edges go into one mesh and all
//! discs into another (built only when the picture changed, then reused as shared meshes), tiny discs are
//! drawn as points, and label galleys are shaped once and kept (keyed by text and size).

use crate::export::picture::{Picture, Rgba};
use egui::epaint::{Galley, Mesh};
use egui::{Color32, Pos2, Rect, Shape, Stroke, vec2};
use std::collections::HashMap;
use std::sync::Arc;

/// Above this many edges in view, edges are drawn without anti-aliasing fringes (a third of the vertices).
const FRINGE_LIMIT: usize = 20_000;
/// Above this many nodes in view, discs under three pixels are drawn as points.
const POINTS_ABOVE: usize = 5_000;
/// New label galleys shaped per frame at most (the legend and title are always shaped).
const SHAPE_PER_FRAME: usize = 16;
/// Galleys kept before the cache is emptied and refilled.
const GALLEY_LIMIT: usize = 8192;

/// What painting keeps between frames.
#[derive(Debug, Clone, Default)]
pub struct PaintCache {
    edges: Arc<Mesh>,
    discs: Arc<Mesh>,
    /// Label galleys by size bucket (quarter points) and text.
    galleys: HashMap<u32, HashMap<String, Arc<Galley>>>,
    galley_count: usize,
    /// Galleys shaped in the current frame (bounded, so a new graph's labels arrive over a few frames
    /// instead of stalling one).
    shaped_now: usize,
    /// Pixels per point and font-atlas fill when the galleys were made: egui rebuilds its font atlas when
    /// either changes (fill drops), and old galleys would then point at the wrong glyphs.
    fonts: (f32, f32),
}

impl PaintCache {
    /// Rebuilds the meshes of a new picture placed at `origin` on screen.
    pub fn rebuild(&mut self, pic: &Picture, origin: Pos2, pixels_per_point: f32) {
        let feather = 1.0 / pixels_per_point.max(0.1);
        self.edges = Arc::new(edge_mesh(pic, origin, feather));
        self.discs = Arc::new(disc_mesh(pic, origin, feather));
    }

    /// Vertices in the cached meshes (for the harness and tests).
    pub fn vertex_count(&self) -> usize {
        self.edges.vertices.len() + self.discs.vertices.len()
    }

    /// The galley of a text, shaped now if need be (the title and legend).
    fn forced(&mut self, painter: &egui::Painter, text: &str, size: f32) -> Arc<Galley> {
        match self.cached(painter, text, size) {
            Some(g) => g,
            None => self.shape(painter, text, size),
        }
    }

    /// The galley of a label, shaping it unless this frame already shaped its share (then `None`, and
    /// another frame is requested).
    fn galley(&mut self, painter: &egui::Painter, text: &str, size: f32) -> Option<Arc<Galley>> {
        if let Some(g) = self.cached(painter, text, size) {
            return Some(g);
        }
        if self.shaped_now >= SHAPE_PER_FRAME {
            painter.ctx().request_repaint();
            return None;
        }
        self.shaped_now += 1;
        Some(self.shape(painter, text, size))
    }

    /// A galley made earlier, if the font atlas it points into is still the current one.
    fn cached(&mut self, painter: &egui::Painter, text: &str, size: f32) -> Option<Arc<Galley>> {
        let fonts = (
            painter.pixels_per_point(),
            painter.fonts(|f| f.font_atlas_fill_ratio()),
        );
        if fonts.0 != self.fonts.0 || fonts.1 < self.fonts.1 || self.galley_count > GALLEY_LIMIT {
            self.galleys.clear();
            self.galley_count = 0;
        }
        self.fonts = fonts;
        self.galleys.get(&bucket(size))?.get(text).cloned()
    }

    fn shape(&mut self, painter: &egui::Painter, text: &str, size: f32) -> Arc<Galley> {
        let b = bucket(size);
        let g = painter.layout_no_wrap(
            text.to_string(),
            egui::FontId::proportional(b as f32 / 4.0),
            Color32::WHITE,
        );
        self.galleys
            .entry(b)
            .or_default()
            .insert(text.to_string(), g.clone());
        self.galley_count += 1;
        g
    }
}

/// Label sizes are kept in quarter points.
fn bucket(size: f32) -> u32 {
    (size * 4.0).round() as u32
}

fn color(c: Rgba) -> Color32 {
    Color32::from_rgba_unmultiplied(c[0], c[1], c[2], c[3])
}

fn edge_mesh(pic: &Picture, origin: Pos2, feather: f32) -> Mesh {
    let mut mesh = Mesh::default();
    let fringe = pic.lines.len() <= FRINGE_LIMIT;
    mesh.reserve_vertices(pic.lines.len() * if fringe { 8 } else { 4 });
    mesh.reserve_triangles(pic.lines.len() * if fringe { 6 } else { 2 });
    for l in &pic.lines {
        let a = origin + vec2(l.from[0], l.from[1]);
        let b = origin + vec2(l.to[0], l.to[1]);
        let d = b - a;
        let len = d.length();
        if len < 0.5 {
            continue;
        }
        let n = vec2(-d.y, d.x) / len;
        let mut c = color(l.color);
        // Thinner than a pixel: keep it one pixel wide and fade it instead.
        let width = if l.width < feather {
            c = c.gamma_multiply(l.width / feather);
            feather
        } else {
            l.width
        };
        let base = mesh.vertices.len() as u32;
        if fringe {
            let inner = (width - feather).max(0.0) / 2.0;
            let outer = inner + feather;
            for p in [a, b] {
                mesh.colored_vertex(p - n * outer, Color32::TRANSPARENT);
                mesh.colored_vertex(p - n * inner, c);
                mesh.colored_vertex(p + n * inner, c);
                mesh.colored_vertex(p + n * outer, Color32::TRANSPARENT);
            }
            for k in 0..3 {
                let (i, j) = (base + k, base + 4 + k);
                mesh.add_triangle(i, i + 1, j);
                mesh.add_triangle(i + 1, j + 1, j);
            }
        } else {
            let h = width / 2.0;
            mesh.colored_vertex(a - n * h, c);
            mesh.colored_vertex(a + n * h, c);
            mesh.colored_vertex(b - n * h, c);
            mesh.colored_vertex(b + n * h, c);
            mesh.add_triangle(base, base + 1, base + 2);
            mesh.add_triangle(base + 1, base + 3, base + 2);
        }
    }
    mesh
}

fn disc_mesh(pic: &Picture, origin: Pos2, feather: f32) -> Mesh {
    let mut mesh = Mesh::default();
    mesh.reserve_vertices(pic.discs.len() * 12);
    mesh.reserve_triangles(pic.discs.len() * 12);
    // Level of detail: with thousands of nodes in view, small ones are drawn as points.
    let many = pic.discs.len() > POINTS_ABOVE;
    let point_below = if many { 3.0 } else { 1.5 } * feather;
    let min_segments = if many { 6.0 } else { 8.0 };
    for d in &pic.discs {
        let c = origin + vec2(d.at[0], d.at[1]);
        let fill = color(d.color);
        let base = mesh.vertices.len() as u32;
        if d.r < point_below {
            // A point: a square of the disc's area.
            let h = (d.r * 0.886).max(feather * 0.75);
            for p in [
                c + vec2(-h, -h),
                c + vec2(h, -h),
                c + vec2(-h, h),
                c + vec2(h, h),
            ] {
                mesh.colored_vertex(p, fill);
            }
            mesh.add_triangle(base, base + 1, base + 2);
            mesh.add_triangle(base + 1, base + 3, base + 2);
            continue;
        }
        // A fan with a one-pixel fading rim; more segments as it grows on screen.
        let segments = ((d.r / feather) * 1.2).clamp(min_segments, 64.0) as u32;
        let inner = (d.r - feather / 2.0).max(0.0);
        let outer = d.r + feather / 2.0;
        mesh.colored_vertex(c, fill);
        for s in 0..segments {
            let t = s as f32 / segments as f32 * std::f32::consts::TAU;
            let dir = vec2(t.cos(), t.sin());
            mesh.colored_vertex(c + dir * inner, fill);
            mesh.colored_vertex(c + dir * outer, Color32::TRANSPARENT);
        }
        for s in 0..segments {
            let i = base + 1 + 2 * s;
            let j = base + 1 + 2 * ((s + 1) % segments);
            mesh.add_triangle(base, i, j);
            mesh.add_triangle(i, i + 1, j);
            mesh.add_triangle(i + 1, j + 1, j);
        }
    }
    mesh
}

/// Paints a picture into `rect`: the same display list the SVG and PNG exports write. The meshes come from
/// `cache` (call [`PaintCache::rebuild`] first whenever the picture changed).
pub fn paint(
    painter: &egui::Painter,
    rect: Rect,
    pic: &Picture,
    label_size: f32,
    cache: &mut PaintCache,
) {
    let at = |p: [f32; 2]| rect.min + vec2(p[0], p[1]);
    cache.shaped_now = 0;
    painter.rect_filled(rect, 0.0, color(pic.background));
    painter.add(Shape::Mesh(cache.edges.clone()));
    painter.add(Shape::Mesh(cache.discs.clone()));
    for d in &pic.discs {
        if let Some(ring) = d.ring {
            painter.circle_stroke(at(d.at), d.r + 3.0, Stroke::new(2.5, color(ring)));
        }
    }
    // The title and legend first: they must never wait for a later frame.
    let title = pic
        .title
        .as_ref()
        .map(|t| cache.forced(painter, t, label_size * 1.5));
    let legend: Vec<Arc<Galley>> = pic
        .legend
        .iter()
        .map(|(t, _)| cache.forced(painter, t, label_size))
        .collect();
    for l in &pic.labels {
        let Some(galley) = cache.galley(painter, &l.text, l.size) else {
            continue;
        };
        let top = at(l.at) - vec2(galley.size().x / 2.0, 0.0);
        let back = Rect::from_min_size(top, galley.size()).expand(1.0);
        painter.rect_filled(back, 2.0, color(l.backdrop));
        painter.galley_with_override_text_color(top, galley, color(l.color));
    }
    let (frame, rows) = pic.legend_layout(label_size);
    if !rows.is_empty() {
        let mut back = pic.background;
        back[3] = 220;
        let r = Rect::from_min_max(at([frame[0], frame[1]]), at([frame[2], frame[3]]));
        painter.rect_filled(r, 4.0, color(back));
        let mut ink = pic.ink;
        ink[3] = 77;
        painter.rect_stroke(
            r,
            4.0,
            Stroke::new(1.0, color(ink)),
            egui::StrokeKind::Inside,
        );
        for (row, galley) in rows.iter().zip(legend) {
            painter.circle_filled(at(row.swatch), row.r, color(row.color));
            painter.galley_with_override_text_color(at(row.text_at), galley, color(pic.ink));
        }
    }
    if let Some(galley) = title {
        let top = at([pic.width / 2.0, 12.0]) - vec2(galley.size().x / 2.0, 0.0);
        painter.galley_with_override_text_color(top, galley, color(pic.ink));
    }
}
