//! Running the live layout: small graphs step on the window's thread (one step per frame, deterministic),
//! large ones on a layout thread whose latest positions the window picks up each frame.

use super::state::Atlas;
use crate::layout::live::{Edit, Worker};

/// From this many nodes on, the layout runs on its own thread.
pub const BACKGROUND_FROM: usize = 3000;

impl Atlas {
    /// Advances the live layout for this frame and asks `ctx` for another frame while it moves (a layout
    /// thread asks after each of its steps).
    pub fn tick_layout(&mut self, ctx: &egui::Context) {
        if self.layout.pos.len() < BACKGROUND_FROM {
            if self.layout_running && !self.layout.settled() {
                self.layout.step();
                ctx.request_repaint();
            }
            return;
        }
        if self.worker.is_none() {
            let waker = ctx.clone();
            self.worker = Worker::start(&self.layout, Box::new(move || waker.request_repaint()));
            if !self.layout_running {
                self.tell_worker(Edit::Pause);
            }
        }
        if let Some(w) = &self.worker {
            w.pull(&mut self.layout);
        }
    }

    /// Passes a layout edit on to the layout thread, if there is one.
    pub(crate) fn tell_worker(&self, edit: Edit) {
        if let Some(w) = &self.worker {
            w.send(edit);
        }
    }
}
