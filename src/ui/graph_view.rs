//! The node-link view: pan (drag the background), zoom (scroll / pinch), click to select, hover to highlight
//! neighbours. Nodes are coloured by kind and sized by degree; labels show for the important nodes, for the
//! selection and its neighbours, and for everything once zoomed in. Off-screen nodes and edges are culled.

use crate::app::state::{Atlas, Command};
use crate::ui::theme::kind_color;
use egui::{Color32, Pos2, Rect, Sense, Stroke, Vec2, vec2};

/// Camera: layout point at the centre of the view, and pixels per layout unit.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Camera {
    /// Layout coordinates shown at the centre.
    pub centre: Vec2,
    /// Pixels per layout unit.
    pub zoom: f32,
}

impl Default for Camera {
    fn default() -> Self {
        Camera {
            centre: Vec2::ZERO,
            zoom: 1.0,
        }
    }
}

impl Camera {
    fn to_screen(self, rect: Rect, p: [f32; 2]) -> Pos2 {
        rect.center() + (vec2(p[0], p[1]) - self.centre) * self.zoom
    }

    fn to_layout(self, rect: Rect, p: Pos2) -> Vec2 {
        (p - rect.center()) / self.zoom + self.centre
    }

    /// Fits a bounding box into a rectangle with a margin.
    pub fn fit(rect: Rect, min: [f32; 2], max: [f32; 2]) -> Camera {
        let size = vec2((max[0] - min[0]).max(1.0), (max[1] - min[1]).max(1.0));
        let zoom = ((rect.width() - 40.0) / size.x)
            .min((rect.height() - 40.0) / size.y)
            .clamp(0.01, 20.0);
        Camera {
            centre: vec2((min[0] + max[0]) / 2.0, (min[1] + max[1]) / 2.0),
            zoom,
        }
    }
}

fn radius(degree: usize) -> f32 {
    4.0 + (degree as f32).sqrt() * 2.0
}

/// Draws the graph and returns the commands the user gave through it.
pub fn show(
    ui: &mut egui::Ui,
    atlas: &Atlas,
    camera: &mut Camera,
    hovered: &mut Option<usize>,
    dragging: &mut Option<usize>,
) -> Vec<Command> {
    let mut out = Vec::new();
    let (rect, response) = ui.allocate_exact_size(ui.available_size(), Sense::click_and_drag());
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 0.0, ui.visuals().extreme_bg_color);
    if atlas.fit_pending {
        let (min, max) = visible_bounds(atlas);
        *camera = Camera::fit(rect, min, max);
    }
    if atlas.centre_pending
        && let Some(i) = atlas.selected.as_ref().and_then(|s| atlas.index.get(s))
    {
        camera.centre = vec2(atlas.layout.pos[*i][0], atlas.layout.pos[*i][1]);
        camera.zoom = camera.zoom.max(1.2);
    }
    // Navigation.
    // Dragging a node moves and pins it; dragging the background pans.
    if response.drag_started() {
        *dragging = *hovered;
    }
    if response.dragged() {
        match (*dragging, response.interact_pointer_pos()) {
            (Some(i), Some(p)) => {
                let at = camera.to_layout(rect, p);
                out.push(Command::MoveNode {
                    index: i,
                    pos: [at.x, at.y],
                });
            }
            _ => camera.centre -= response.drag_delta() / camera.zoom,
        }
    }
    if response.drag_stopped() {
        *dragging = None;
    }
    if response.hovered() {
        let (scroll, zoom_delta, pointer) = ui.input(|i| {
            (
                i.smooth_scroll_delta.y,
                i.zoom_delta(),
                i.pointer.hover_pos(),
            )
        });
        let factor = zoom_delta * (scroll / 400.0).exp();
        if (factor - 1.0).abs() > 1e-4
            && let Some(p) = pointer
        {
            let before = camera.to_layout(rect, p);
            camera.zoom = (camera.zoom * factor).clamp(0.01, 40.0);
            let after = camera.to_layout(rect, p);
            camera.centre += before - after;
        }
    }
    let selected = atlas
        .selected
        .as_ref()
        .and_then(|s| atlas.index.get(s))
        .copied();
    // Hover: the nearest visible node under the pointer.
    *hovered = None;
    if let Some(p) = response.hover_pos() {
        let mut best = f32::MAX;
        for (i, pos) in atlas.layout.pos.iter().enumerate() {
            if !atlas.visible[i] {
                continue;
            }
            let d = camera.to_screen(rect, *pos).distance(p);
            if d <= radius(atlas.degree(i)) * camera.zoom.clamp(0.5, 3.0) + 3.0 && d < best {
                best = d;
                *hovered = Some(i);
            }
        }
    }
    let focus = hovered.or(selected);
    let near: Vec<bool> = match focus {
        Some(f) => {
            let mut v = vec![false; atlas.ids.len()];
            v[f] = true;
            for &n in &atlas.adjacency[f] {
                v[n] = true;
            }
            v
        }
        None => Vec::new(),
    };
    let on_path: std::collections::HashSet<(usize, usize)> = atlas
        .path
        .windows(2)
        .flat_map(|w| [(w[0], w[1]), (w[1], w[0])])
        .collect();
    let dim = |i: usize| !near.is_empty() && !near[i] && !atlas.path.contains(&i);
    let screen: Vec<Pos2> = atlas
        .layout
        .pos
        .iter()
        .map(|p| camera.to_screen(rect, *p))
        .collect();
    let view = rect.expand(20.0);
    // Edges.
    for (a, ns) in atlas.adjacency.iter().enumerate() {
        for &b in ns {
            if b <= a || !atlas.visible[a] || !atlas.visible[b] {
                continue;
            }
            let (pa, pb) = (screen[a], screen[b]);
            if !view.intersects(Rect::from_two_pos(pa, pb)) {
                continue;
            }
            if on_path.contains(&(a, b)) {
                painter.line_segment([pa, pb], Stroke::new(3.0, Color32::from_rgb(255, 210, 0)));
                continue;
            }
            let strong =
                !near.is_empty() && near[a] && near[b] && (Some(a) == focus || Some(b) == focus);
            let color = if strong {
                Color32::from_gray(220)
            } else if near.is_empty() {
                Color32::from_white_alpha(40)
            } else {
                Color32::from_white_alpha(12)
            };
            painter.line_segment([pa, pb], Stroke::new(if strong { 1.5 } else { 1.0 }, color));
        }
    }
    // Nodes, then labels on top.
    let mut order: Vec<usize> = (0..atlas.ids.len())
        .filter(|&i| atlas.visible[i] && view.contains(screen[i]))
        .collect();
    order.sort_by_key(|&i| atlas.degree(i));
    let zoom_scale = camera.zoom.clamp(0.4, 3.0);
    for &i in &order {
        let Some(n) = atlas.graph.node(&atlas.ids[i]) else {
            continue;
        };
        let mut c = kind_color(n.kind);
        if dim(i) {
            c = c.gamma_multiply(0.25);
        }
        let r = radius(atlas.degree(i)) * zoom_scale;
        painter.circle_filled(screen[i], r, c);
        if Some(i) == selected {
            painter.circle_stroke(screen[i], r + 3.0, Stroke::new(2.5, Color32::WHITE));
        }
    }
    // Labels: the focus and its neighbours, the biggest hubs, and everything when zoomed in.
    let mut hubs: Vec<usize> = order.clone();
    hubs.sort_by_key(|&i| std::cmp::Reverse(atlas.degree(i)));
    let hub_count = ((rect.area() / 40_000.0) as usize).clamp(8, 60);
    let hub_set: std::collections::HashSet<usize> = hubs.into_iter().take(hub_count).collect();
    let font = egui::FontId::proportional(13.0);
    let mut placed: Vec<Rect> = Vec::new();
    for &i in order.iter().rev() {
        let important =
            near.get(i).copied().unwrap_or(false) || hub_set.contains(&i) || camera.zoom > 2.5;
        if !important || dim(i) {
            continue;
        }
        let Some(n) = atlas.graph.node(&atlas.ids[i]) else {
            continue;
        };
        let text: String = n.label.chars().take(24).collect();
        let r = radius(atlas.degree(i)) * zoom_scale;
        let galley = painter.layout_no_wrap(text, font.clone(), ui.visuals().text_color());
        let pos = screen[i] + vec2(-galley.size().x / 2.0, r + 2.0);
        let label_rect = Rect::from_min_size(pos, galley.size());
        // Skip labels that would pile up on one already drawn (the focus always draws).
        if Some(i) != focus && placed.iter().any(|p| p.intersects(label_rect)) {
            continue;
        }
        painter.rect_filled(label_rect.expand(1.0), 2.0, Color32::from_black_alpha(140));
        painter.galley(pos, galley, Color32::WHITE);
        placed.push(label_rect);
    }
    if response.double_clicked()
        && let Some(i) = *hovered
    {
        out.push(Command::Expand(atlas.ids[i].clone()));
    }
    if response.clicked() {
        match *hovered {
            Some(i) => out.push(Command::Select {
                id: atlas.ids[i].clone(),
                centre: false,
            }),
            None => out.push(Command::ClearSelection),
        }
    }
    out
}

fn visible_bounds(atlas: &Atlas) -> ([f32; 2], [f32; 2]) {
    let mut min = [f32::MAX; 2];
    let mut max = [f32::MIN; 2];
    for (i, p) in atlas.layout.pos.iter().enumerate() {
        if atlas.visible[i] {
            for a in 0..2 {
                min[a] = min[a].min(p[a]);
                max[a] = max[a].max(p[a]);
            }
        }
    }
    if min[0] > max[0] {
        atlas.layout.bounds()
    } else {
        (min, max)
    }
}

/// Where a layout point is on screen (for tests and the inspector's "centre" action).
pub fn screen_pos(camera: Camera, rect: Rect, p: [f32; 2]) -> Pos2 {
    camera.to_screen(rect, p)
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::pos2;

    #[test]
    fn fit_and_round_trip() {
        let rect = Rect::from_min_size(pos2(0.0, 0.0), vec2(800.0, 600.0));
        let cam = Camera::fit(rect, [-100.0, -50.0], [100.0, 50.0]);
        let p = cam.to_screen(rect, [100.0, 0.0]);
        assert!(p.x <= 800.0 && p.x > 700.0);
        let back = cam.to_layout(rect, p);
        assert!((back.x - 100.0).abs() < 1e-3);
    }
}
