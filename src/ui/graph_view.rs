//! The node-link view: pan (drag the background), zoom (scroll / pinch), click to select, hover to highlight
//! neighbours. What it draws comes from [`crate::export::picture::draw`] (kind colours, degree sizes, labels
//! for the important nodes, culling) and is kept, so an SVG or PNG export is exactly the view on screen.

use super::paint::{PaintCache, paint};
use crate::app::state::{Atlas, Command};
use crate::export::picture::{Picture, Scene, Style, Theme, draw};
use crate::export::style::node_radius;
use egui::{Pos2, Rect, Sense, Vec2, vec2};

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
    node_radius(degree)
}

/// How the view looks: the window's dark theme and 13 pt labels, or presenter mode's.
#[derive(Debug, Clone, PartialEq)]
pub struct Look {
    /// Colours.
    pub theme: Theme,
    /// Label size in points.
    pub label_size: f32,
    /// Title drawn over the graph.
    pub title: Option<String>,
}

impl Default for Look {
    fn default() -> Self {
        Look {
            theme: Theme::Dark,
            label_size: 13.0,
            title: None,
        }
    }
}

/// What the view keeps between frames.
#[derive(Debug, Clone, Default)]
pub struct ViewState {
    /// Where the view looks.
    pub camera: Camera,
    /// The node under the pointer.
    pub hovered: Option<usize>,
    /// The node being dragged.
    pub dragging: Option<usize>,
    /// What was drawn last (picture exports and tests read it).
    pub picture: Option<Picture>,
    /// What the last picture was drawn from: while it stays the same the picture and meshes are reused.
    drawn: Option<DrawKey>,
    /// Meshes and label galleys.
    pub cache: PaintCache,
    /// A camera move under way (scenes on stage).
    flight: Option<Flight>,
}

/// A smooth camera move: from, to, start time and duration (seconds).
#[derive(Debug, Clone, Copy, PartialEq)]
struct Flight {
    from: Camera,
    to: Camera,
    start: f64,
    seconds: f64,
    /// The view size `to` was chosen for: its zoom is scaled to this view on the first frame.
    to_size: Option<[f32; 2]>,
}

/// How long a camera move between scenes takes.
pub const FLIGHT_SECONDS: f64 = 0.8;

impl ViewState {
    /// Moves the camera to `to` smoothly, starting at time `now` (egui's input time). `to_size` is the view
    /// size `to` was saved for: the zoom is scaled so the same part of the graph fills this view.
    pub fn fly_to(&mut self, to: Camera, now: f64, to_size: Option<[f32; 2]>) {
        self.flight = Some(Flight {
            from: self.camera,
            to,
            start: now,
            seconds: FLIGHT_SECONDS,
            to_size,
        });
    }

    /// Scales a pending flight's target zoom from the size it was saved for to this view's size.
    fn fit_flight(&mut self, size: Vec2) {
        if let Some(f) = self.flight.as_mut()
            && let Some([w, h]) = f.to_size.take()
            && w > 1.0
            && h > 1.0
        {
            f.to.zoom = (f.to.zoom * (size.x / w).min(size.y / h)).clamp(0.01, 40.0);
        }
    }

    /// Whether a camera move is under way.
    pub fn flying(&self) -> bool {
        self.flight.is_some()
    }

    /// Advances a camera move to time `now`: eased position, zoom interpolated on a log scale.
    fn fly(&mut self, now: f64) {
        let Some(f) = self.flight else { return };
        let t = ((now - f.start) / f.seconds).clamp(0.0, 1.0) as f32;
        let e = t * t * (3.0 - 2.0 * t);
        let zoom = (f.from.zoom.ln() + (f.to.zoom.ln() - f.from.zoom.ln()) * e).exp();
        self.camera = Camera {
            centre: f.from.centre + (f.to.centre - f.from.centre) * e,
            zoom,
        };
        if t >= 1.0 {
            self.camera = f.to;
            self.flight = None;
        }
    }
}

/// Everything a picture depends on besides the graph itself.
#[derive(Debug, Clone, PartialEq)]
struct DrawKey {
    revision: u64,
    layout: u64,
    camera: Camera,
    rect: Rect,
    focus: Option<usize>,
    look: Look,
}

/// Draws the graph and returns the commands the user gave through it.
pub fn show(ui: &mut egui::Ui, atlas: &Atlas, view: &mut ViewState, look: &Look) -> Vec<Command> {
    let now = ui.input(|i| i.time);
    view.fit_flight(ui.available_size());
    view.fly(now);
    if view.flying() {
        ui.ctx().request_repaint();
    }
    let ViewState {
        camera,
        hovered,
        dragging,
        picture: last_picture,
        drawn,
        cache,
        flight,
    } = view;
    let mut out = Vec::new();
    let (rect, response) = ui.allocate_exact_size(ui.available_size(), Sense::click_and_drag());
    let painter = ui.painter_at(rect);
    if atlas.fit_pending {
        let (min, max) = visible_bounds(atlas);
        *camera = Camera::fit(rect, min, max);
        *flight = None;
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
            _ => {
                camera.centre -= response.drag_delta() / camera.zoom;
                *flight = None;
            }
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
            *flight = None;
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
    let label_size = look.label_size;
    let key = DrawKey {
        revision: atlas.revision,
        layout: atlas.layout.version,
        camera: *camera,
        rect,
        focus,
        look: look.clone(),
    };
    if drawn.as_ref() != Some(&key) || last_picture.is_none() {
        let pic = picture(atlas, &key, Some(crate::export::picture::VIEW_MAX_LINES));
        cache.rebuild(&pic, rect.min, ui.ctx().pixels_per_point());
        *last_picture = Some(pic);
        *drawn = Some(key);
    }
    if let Some(pic) = last_picture.as_ref() {
        paint(&painter, rect, pic, label_size, cache);
    }
    if response.double_clicked()
        && let Some(i) = *hovered
    {
        out.push(Command::Expand(atlas.ids[i].clone()));
    }
    if response.clicked() {
        let shift = ui.input(|i| i.modifiers.shift);
        let pointer = response.interact_pointer_pos();
        match (*hovered, shift) {
            (Some(i), false) => out.push(Command::Select {
                id: atlas.ids[i].clone(),
                centre: false,
            }),
            (Some(i), true) => out.push(Command::ToggleSelect(atlas.ids[i].clone())),
            (None, _) => match pointer.and_then(|p| edge_at(atlas, *camera, rect, p)) {
                Some((a, b)) => out.push(Command::SelectEdge {
                    source: atlas.ids[a].clone(),
                    target: atlas.ids[b].clone(),
                }),
                None => out.push(Command::ClearSelection),
            },
        }
    }
    out
}

/// The picture of the view described by `key`, with at most `max_lines` edges (`None`: all).
fn picture(atlas: &Atlas, key: &DrawKey, max_lines: Option<usize>) -> Picture {
    let chosen = atlas.selected_indices();
    let edge = atlas
        .selected_edge
        .as_ref()
        .and_then(|(s, t)| Some((*atlas.index.get(s)?, *atlas.index.get(t)?)));
    let scene = Scene {
        nodes: &atlas.nodes,
        pos: &atlas.layout.pos,
        adjacency: &atlas.adjacency,
        visible: &atlas.visible,
        selected: &chosen,
        edge,
        focus: key.focus,
        path: &atlas.path,
    };
    let style = Style {
        size: [key.rect.width(), key.rect.height()],
        centre: [key.camera.centre.x, key.camera.centre.y],
        zoom: key.camera.zoom,
        label_size: key.look.label_size,
        theme: key.look.theme,
        legend: true,
        title: key.look.title.clone(),
        max_lines,
    };
    let mut pic = draw(&scene, &style);
    pic.origin = [key.rect.min.x, key.rect.min.y];
    pic
}

/// The view as last drawn but with every edge (the window thins edges past [`VIEW_MAX_LINES`]): what a
/// picture export writes.
///
/// [`VIEW_MAX_LINES`]: crate::export::picture::VIEW_MAX_LINES
pub fn full_picture(atlas: &Atlas, view: &ViewState) -> Option<Picture> {
    view.drawn.as_ref().map(|key| picture(atlas, key, None))
}

/// The visible edge nearest to a screen point, within 5 points (layout indices of its ends).
fn edge_at(atlas: &Atlas, camera: Camera, rect: Rect, p: Pos2) -> Option<(usize, usize)> {
    let mut best: Option<(f32, (usize, usize))> = None;
    for (a, ns) in atlas.adjacency.iter().enumerate() {
        if !atlas.visible[a] {
            continue;
        }
        for &b in ns {
            if b <= a || !atlas.visible[b] {
                continue;
            }
            let (pa, pb) = (
                camera.to_screen(rect, atlas.layout.pos[a]),
                camera.to_screen(rect, atlas.layout.pos[b]),
            );
            let ab = pb - pa;
            let t = ((p - pa).dot(ab) / ab.length_sq().max(1e-6)).clamp(0.0, 1.0);
            let d = (pa + ab * t).distance(p);
            if d <= 5.0 && best.is_none_or(|(bd, _)| d < bd) {
                best = Some((d, (a, b)));
            }
        }
    }
    best.map(|(_, e)| e)
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
    fn camera_flies_smoothly_and_lands_exactly() {
        let mut v = ViewState::default();
        let to = Camera {
            centre: vec2(100.0, -40.0),
            zoom: 4.0,
        };
        v.fly_to(to, 10.0, None);
        v.fly(10.0 + FLIGHT_SECONDS / 2.0);
        let mid = v.camera;
        assert!(mid.centre.x > 10.0 && mid.centre.x < 90.0, "{mid:?}");
        assert!(mid.zoom > 1.2 && mid.zoom < 3.5, "{mid:?}");
        assert!(v.flying());
        v.fly(10.0 + FLIGHT_SECONDS + 0.01);
        assert_eq!(v.camera, to);
        assert!(!v.flying());
        // Saved in an 800×500 view, shown in 1600×1000: twice the zoom, same part of the graph.
        v.fly_to(to, 20.0, Some([800.0, 500.0]));
        v.fit_flight(vec2(1600.0, 1000.0));
        v.fly(25.0);
        assert_eq!(v.camera.zoom, 8.0);
    }

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
