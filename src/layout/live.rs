//! The layout of a large graph running on its own thread: the window keeps drawing the latest positions it
//! was handed and never waits for a step. Edits (a dragged node, unpin, pause, reheat) go to the thread as
//! messages; it sleeps once the layout settles or is paused, so an idle window costs no CPU.

use super::ForceLayout;
use std::sync::{Arc, Condvar, Mutex, PoisonError};

/// Something the window asks of the layout thread.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Edit {
    /// Move a node there and pin it.
    Move(usize, [f32; 2]),
    /// Let every pinned node move again.
    UnpinAll,
    /// Warm up again.
    Reheat,
    /// Stop stepping (positions stay).
    Pause,
    /// Step again.
    Resume,
}

/// Positions after a step: what the window copies.
#[derive(Debug, Clone, Default)]
struct Latest {
    pos: Vec<[f32; 2]>,
    last_move: f32,
    temperature: f32,
}

#[derive(Default)]
struct Exchange {
    edits: Vec<Edit>,
    latest: Option<Latest>,
    stop: bool,
}

type Shared = (Mutex<Exchange>, Condvar);

/// A layout thread. Dropping it stops the thread (without waiting for it).
pub struct Worker {
    shared: Arc<Shared>,
}

impl Worker {
    /// Starts stepping a copy of `layout`; `wake` is called after every step (to ask for a repaint).
    pub fn start(layout: &ForceLayout, wake: Box<dyn Fn() + Send>) -> Option<Worker> {
        let shared: Arc<Shared> = Arc::default();
        let mut sim = layout.clone();
        // One core stays free for the window.
        sim.threads = sim.threads.saturating_sub(1).max(1);
        let theirs = shared.clone();
        std::thread::Builder::new()
            .name("layout".into())
            .spawn(move || run(&mut sim, &theirs, wake.as_ref()))
            .ok()?;
        Some(Worker { shared })
    }

    /// Hands an edit to the thread.
    pub fn send(&self, edit: Edit) {
        let (lock, wake) = &*self.shared;
        lock.lock()
            .unwrap_or_else(PoisonError::into_inner)
            .edits
            .push(edit);
        wake.notify_one();
    }

    /// Copies the newest positions into `layout`, if a step finished since the last call. Returns whether
    /// anything changed.
    pub fn pull(&self, layout: &mut ForceLayout) -> bool {
        let latest = {
            let (lock, _) = &*self.shared;
            lock.lock()
                .unwrap_or_else(PoisonError::into_inner)
                .latest
                .take()
        };
        match latest {
            Some(l) if l.pos.len() == layout.pos.len() => {
                layout.pos = l.pos;
                layout.last_move = l.last_move;
                layout.temperature = l.temperature;
                layout.version += 1;
                true
            }
            _ => false,
        }
    }
}

impl Drop for Worker {
    fn drop(&mut self) {
        let (lock, wake) = &*self.shared;
        lock.lock().unwrap_or_else(PoisonError::into_inner).stop = true;
        wake.notify_one();
    }
}

fn run(sim: &mut ForceLayout, shared: &Shared, wake: &dyn Fn()) {
    let (lock, signal) = shared;
    let mut paused = false;
    loop {
        {
            let mut ex = lock.lock().unwrap_or_else(PoisonError::into_inner);
            loop {
                if ex.stop {
                    return;
                }
                for edit in ex.edits.drain(..) {
                    match edit {
                        Edit::Move(i, p) => {
                            sim.set(i, p);
                            if let Some(pin) = sim.pinned.get_mut(i) {
                                *pin = true;
                            }
                            sim.reheat();
                        }
                        Edit::UnpinAll => {
                            sim.pinned.iter_mut().for_each(|p| *p = false);
                            sim.reheat();
                        }
                        Edit::Reheat => sim.reheat(),
                        Edit::Pause => paused = true,
                        Edit::Resume => {
                            paused = false;
                            sim.reheat();
                        }
                    }
                }
                if !paused && !sim.settled() {
                    break;
                }
                ex = signal.wait(ex).unwrap_or_else(PoisonError::into_inner);
            }
        }
        sim.step();
        {
            let mut ex = lock.lock().unwrap_or_else(PoisonError::into_inner);
            let mut pos = ex.latest.take().map(|l| l.pos).unwrap_or_default();
            pos.clear();
            pos.extend_from_slice(&sim.pos);
            ex.latest = Some(Latest {
                pos,
                last_move: sim.last_move,
                temperature: sim.temperature,
            });
        }
        wake();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, Instant};

    fn chain(n: usize) -> ForceLayout {
        let ids: Vec<String> = (0..n).map(|i| format!("n{i}")).collect();
        let refs: Vec<&str> = ids.iter().map(String::as_str).collect();
        ForceLayout::new(&refs, (1..n).map(|i| (i - 1, i)).collect())
    }

    fn wait_until(mut done: impl FnMut() -> bool) -> bool {
        let t = Instant::now();
        while t.elapsed() < Duration::from_secs(20) {
            if done() {
                return true;
            }
            std::thread::sleep(Duration::from_millis(2));
        }
        false
    }

    #[test]
    fn steps_in_the_background_until_settled_and_takes_edits() {
        let mut ui = chain(60);
        let start = ui.pos.clone();
        let worker = Worker::start(&ui, Box::new(|| {})).expect("thread");
        assert!(wait_until(|| {
            worker.pull(&mut ui);
            ui.settled()
        }));
        assert_ne!(ui.pos, start);
        // A moved node stays where it was put.
        worker.send(Edit::Move(0, [500.0, 500.0]));
        assert!(wait_until(|| {
            worker.pull(&mut ui);
            ui.pos[0] == [500.0, 500.0] && ui.settled()
        }));
        drop(worker);
    }
}
