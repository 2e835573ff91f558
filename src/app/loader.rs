//! Loading documents on a named background thread with progress and cancel: the window keeps drawing the
//! current graph until the new one is ready.

use super::state::Atlas;
use crate::extract::{self, Source};
use crate::model::Warning;
use crate::workspace::{self, Workspace};
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, channel};

/// A load in progress.
pub struct Job {
    /// Documents done.
    pub done: Arc<AtomicUsize>,
    /// Documents in the batch.
    pub total: usize,
    cancel: Arc<AtomicBool>,
    rx: Receiver<Loaded>,
}

/// What a finished load delivers.
pub struct Loaded {
    /// The explorer state of the new graph (layout already warmed up).
    pub atlas: Atlas,
    /// Every source of the batch, kept so the next Open can add to it.
    pub sources: Vec<Source>,
}

impl Job {
    /// Starts extracting `existing` sources plus the files and folders in `paths`; the layout continues from
    /// `previous` positions (by id) when given.
    pub fn start(
        existing: Vec<Source>,
        paths: Vec<PathBuf>,
        previous: HashMap<String, [f32; 2]>,
        ctx: egui::Context,
    ) -> Option<Job> {
        // Reading the paths is I/O: it happens on the thread too, so count the batch from the paths.
        let total_hint = existing.len() + paths.len();
        let gather = move || {
            let mut sources = existing;
            sources.extend(extract::read_sources(&paths));
            (sources, Vec::new())
        };
        Job::spawn(total_hint, gather, previous, ctx)
    }

    /// Starts loading a workspace's documents (read and checked against their sha256 on the thread); the
    /// ones that moved or changed become warnings of the new graph.
    pub fn start_workspace(ws: &Workspace, path: PathBuf, ctx: egui::Context) -> Option<Job> {
        let total_hint = ws.documents.len();
        let ws = ws.clone();
        let gather = move || {
            let (sources, problems) = workspace::sources(&ws, &path);
            let source = path.display().to_string();
            let warnings = problems
                .into_iter()
                .map(|message| Warning {
                    source: source.clone(),
                    message,
                })
                .collect();
            (sources, warnings)
        };
        Job::spawn(total_hint, gather, HashMap::new(), ctx)
    }

    fn spawn(
        total_hint: usize,
        gather: impl FnOnce() -> (Vec<Source>, Vec<Warning>) + Send + 'static,
        previous: HashMap<String, [f32; 2]>,
        ctx: egui::Context,
    ) -> Option<Job> {
        let (tx, rx) = channel();
        let done = Arc::new(AtomicUsize::new(0));
        let cancel = Arc::new(AtomicBool::new(false));
        let (d, c) = (done.clone(), cancel.clone());
        let spawned = std::thread::Builder::new()
            .name("load".into())
            .spawn(move || {
                let (sources, warnings) = gather();
                let tick = || {
                    d.fetch_add(1, Ordering::Relaxed);
                    ctx.request_repaint();
                    !c.load(Ordering::Relaxed)
                };
                let mut graph = extract::extract_merged(&sources, &tick);
                graph.warnings.extend(warnings);
                let atlas = Atlas::continuing(graph, &previous);
                let _ = tx.send(Loaded { atlas, sources });
                ctx.request_repaint();
            });
        spawned.ok().map(|_| Job {
            done,
            total: total_hint.max(1),
            cancel,
            rx,
        })
    }

    /// Asks the workers to stop after the documents in hand.
    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }

    /// Whether cancel was asked for.
    pub fn cancelled(&self) -> bool {
        self.cancel.load(Ordering::Relaxed)
    }

    /// The result, once ready.
    pub fn poll(&self) -> Option<Loaded> {
        self.rx.try_recv().ok()
    }

    /// Progress in 0..=1.
    pub fn progress(&self) -> f32 {
        (self.done.load(Ordering::Relaxed) as f32 / self.total as f32).min(1.0)
    }
}
