//! Command implementations behind `main.rs`: `extract` writes the node-link JSON and prints a summary.

use crate::extract::{self, Source};
use crate::model::{EdgeKind, KnowledgeGraph, NodeKind};
use anyhow::Context;
use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Reads the given paths (or the embedded seeds when there are none) and builds the graph, with a progress
/// bar on stderr for batches of more than 20 files.
pub fn load(paths: &[PathBuf], progress: bool) -> KnowledgeGraph {
    let sources: Vec<Source> = if paths.is_empty() {
        extract::seed_sources()
    } else {
        extract::read_sources(paths)
    };
    let bar = (progress && sources.len() > 20).then(|| {
        let b = indicatif::ProgressBar::new(sources.len() as u64);
        b.set_style(
            indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} {msg}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        b
    });
    let results = extract::extract_all(&sources, &|| {
        if let Some(b) = &bar {
            b.inc(1);
        }
        true
    });
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    extract::assemble(results)
}

/// A one-screen summary: documents, nodes per kind, edges per kind, warnings.
pub fn summary(g: &KnowledgeGraph) -> String {
    let mut s = String::new();
    s.push_str(&format!("documents: {}\n", g.documents.len()));
    for d in &g.documents {
        s.push_str(&format!(
            "  {}  {}  ({} tasks)\n",
            d.id, d.title, d.task_count
        ));
    }
    let mut nk: HashMap<NodeKind, usize> = HashMap::new();
    for n in g.graph.node_weights() {
        *nk.entry(n.kind).or_default() += 1;
    }
    s.push_str(&format!("nodes: {}\n", g.node_count()));
    for k in NodeKind::ALL {
        s.push_str(&format!(
            "  {:<11} {}\n",
            k.as_str(),
            nk.get(&k).copied().unwrap_or(0)
        ));
    }
    let mut ek: HashMap<EdgeKind, usize> = HashMap::new();
    for e in g.graph.edge_weights() {
        *ek.entry(e.kind).or_default() += 1;
    }
    s.push_str(&format!("edges: {}\n", g.edge_count()));
    for k in EdgeKind::ALL {
        s.push_str(&format!(
            "  {:<16} {}\n",
            k.as_str(),
            ek.get(&k).copied().unwrap_or(0)
        ));
    }
    s.push_str(&format!("warnings: {}\n", g.warnings.len()));
    for w in &g.warnings {
        s.push_str(&format!("  {}: {}\n", w.source, w.message));
    }
    s
}

/// `policy-atlas extract`: returns the process exit code (0 when a document loaded, 2 when none did).
pub fn run_extract(paths: &[PathBuf], output: Option<&Path>) -> anyhow::Result<i32> {
    let g = load(paths, true);
    match output {
        Some(p) => {
            let f = std::fs::File::create(p)
                .with_context(|| format!("cannot write {}", p.display()))?;
            let mut w = std::io::BufWriter::new(f);
            crate::export::json::write(&g, &mut w)
                .with_context(|| format!("cannot write {}", p.display()))?;
            w.flush()
                .with_context(|| format!("cannot write {}", p.display()))?;
        }
        None => {
            let out = std::io::stdout();
            crate::export::json::write(&g, out.lock())
                .context("cannot write to standard output")?;
        }
    }
    eprint!("{}", summary(&g));
    Ok(if g.documents.is_empty() { 2 } else { 0 })
}
