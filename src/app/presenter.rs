//! Presenter mode (F5): full screen, panels hidden, large labels (+ / − change the size, never below a
//! minimum), the light high-contrast theme for projectors or the dark one (T), a title and the legend over the
//! graph; the selection and its neighbours stay bright, the rest is dimmed. → / PageDown and ← / PageUp step
//! through the scenes. Esc leaves.

use crate::export::picture::Theme;

/// Presenter settings while the mode is on.
#[derive(Debug, Clone, PartialEq)]
pub struct Presenter {
    /// Label size relative to the window's 13 pt.
    pub font_scale: f32,
    /// Colours on stage.
    pub theme: Theme,
}

impl Default for Presenter {
    fn default() -> Self {
        Presenter {
            font_scale: 1.8,
            theme: Theme::Light,
        }
    }
}

/// What the presenter's keys asked for this frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PresenterKey {
    /// Nothing.
    None,
    /// Leave presenter mode (Esc or F5).
    Leave,
    /// Next scene (→, PageDown: what presentation clickers send).
    Next,
    /// Previous scene (←, PageUp).
    Previous,
}

impl Presenter {
    /// Labels are never smaller than this on stage (points).
    pub const MIN_LABEL: f32 = 18.0;
    /// Nor larger than this.
    pub const MAX_LABEL: f32 = 48.0;

    /// The label size on stage.
    pub fn label_size(&self) -> f32 {
        (13.0 * self.font_scale).clamp(Self::MIN_LABEL, Self::MAX_LABEL)
    }

    /// Applies + / − (label size), T (theme); reports Esc / F5.
    pub fn keys(&mut self, ctx: &egui::Context) -> PresenterKey {
        ctx.input(|i| {
            if i.key_pressed(egui::Key::Plus) || i.key_pressed(egui::Key::Equals) {
                self.font_scale = (self.font_scale * 1.15).min(Self::MAX_LABEL / 13.0);
            }
            if i.key_pressed(egui::Key::Minus) {
                self.font_scale = (self.font_scale / 1.15).max(Self::MIN_LABEL / 13.0);
            }
            if i.key_pressed(egui::Key::T) {
                self.theme = match self.theme {
                    Theme::Light => Theme::Dark,
                    Theme::Dark => Theme::Light,
                };
            }
            if i.key_pressed(egui::Key::Escape) || i.key_pressed(egui::Key::F5) {
                PresenterKey::Leave
            } else if i.key_pressed(egui::Key::PageDown) || i.key_pressed(egui::Key::ArrowRight) {
                PresenterKey::Next
            } else if i.key_pressed(egui::Key::PageUp) || i.key_pressed(egui::Key::ArrowLeft) {
                PresenterKey::Previous
            } else {
                PresenterKey::None
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_stay_within_bounds() {
        let mut p = Presenter::default();
        assert!(p.label_size() >= Presenter::MIN_LABEL);
        p.font_scale = 0.1;
        assert_eq!(p.label_size(), Presenter::MIN_LABEL);
        p.font_scale = 100.0;
        assert_eq!(p.label_size(), Presenter::MAX_LABEL);
    }
}
