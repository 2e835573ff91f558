//! Command implementations behind `main.rs`: `extract` writes the node-link JSON and prints a summary.

use crate::extract::{self, Source};
use crate::model::{EdgeKind, KnowledgeGraph, NodeKind};
use anyhow::Context;
use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Reads a workspace's documents plus the given paths (without a workspace and paths: the embedded seeds)
/// and builds the graph, with a progress bar on stderr for batches of more than 20 files. Documents of the
/// workspace that moved or changed become warnings; an unreadable workspace is an error naming it.
pub fn load(
    paths: &[PathBuf],
    workspace: Option<&Path>,
    progress: bool,
) -> anyhow::Result<KnowledgeGraph> {
    let mut problems = Vec::new();
    let mut sources: Vec<Source> = Vec::new();
    let mut edits = Vec::new();
    if let Some(w) = workspace {
        let ws = crate::workspace::read(w)?;
        let (s, p) = crate::workspace::sources(&ws, w);
        sources = s;
        problems = p;
        edits = ws.edits;
    }
    if workspace.is_none() && paths.is_empty() {
        sources = extract::seed_sources();
    } else {
        sources.extend(extract::read_sources(paths));
    }
    let bar = (progress && sources.len() > 20).then(|| {
        let b = indicatif::ProgressBar::new(sources.len() as u64);
        b.set_style(
            indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} {msg}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        b
    });
    let mut g = extract::extract_merged(&sources, &|| {
        if let Some(b) = &bar {
            b.inc(1);
        }
        true
    });
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    // The user's corrections, replayed over the fresh extraction.
    problems.extend(g.replay(&edits));
    if let Some(w) = workspace {
        g.warnings
            .extend(problems.into_iter().map(|message| crate::model::Warning {
                source: w.display().to_string(),
                message,
            }));
    }
    Ok(g)
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
pub fn run_extract(
    paths: &[PathBuf],
    workspace: Option<&Path>,
    output: Option<&Path>,
) -> anyhow::Result<i32> {
    let g = load(paths, workspace, true)?;
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

/// The options of `policy-atlas export` (parsed by clap in `main.rs`).
#[derive(Debug, Clone, Default, clap::Args)]
pub struct ExportArgs {
    /// Read the documents of this workspace (.patlas) too.
    #[arg(long, value_name = "FILE")]
    pub workspace: Option<PathBuf>,
    /// Format (default: from the output's extension; a path without one means a CSV folder).
    #[arg(short, long)]
    pub format: Option<String>,
    /// Only this node and what lies within --depth hops (label, alias or pinyin, as in the search box;
    /// repeat for several).
    #[arg(long, value_name = "NAME")]
    pub focus: Vec<String>,
    /// Hops around the --focus nodes.
    #[arg(long, default_value_t = 1)]
    pub depth: usize,
    /// Only these node kinds (city, department, group, industry, project, task, document).
    #[arg(long, value_delimiter = ',', value_name = "KIND,…")]
    pub kinds: Vec<String>,
    /// Only nodes mentioned in these documents (doc:002, 002, a file name, or words of the title).
    #[arg(long, value_delimiter = ',', value_name = "DOC,…")]
    pub docs: Vec<String>,
    /// Output file (a folder for csv).
    #[arg(short, long)]
    pub output: PathBuf,
    /// PNG pixels per point (1, 2 or 4).
    #[arg(long, default_value_t = 1.0)]
    pub scale: f32,
    /// Light background for SVG/PNG (print, projectors).
    #[arg(long)]
    pub light: bool,
}

/// The format an export asks for: named, or taken from the output's extension (none: a CSV folder).
pub fn export_format(args: &ExportArgs) -> anyhow::Result<crate::export::Format> {
    use crate::export::Format;
    match &args.format {
        Some(f) => Format::parse(f).with_context(|| {
            let names: Vec<&str> = Format::ALL.iter().map(|f| f.as_str()).collect();
            format!("unknown format “{f}” (one of {})", names.join(", "))
        }),
        None => match args.output.extension().and_then(|e| e.to_str()) {
            Some(ext) => Format::parse(ext)
                .with_context(|| format!("cannot tell the format from “.{ext}”; give --format")),
            None => Ok(Format::Csv),
        },
    }
}

/// The scope an export's options describe, resolved against the graph.
pub fn export_scope(
    g: &KnowledgeGraph,
    args: &ExportArgs,
) -> anyhow::Result<crate::export::scope::Scope> {
    use crate::export::scope::{Scope, resolve_document, resolve_kind, resolve_node};
    let index = crate::model::SearchIndex::new(g);
    let nodes = if args.focus.is_empty() {
        None
    } else {
        Some(
            args.focus
                .iter()
                .map(|n| resolve_node(g, &index, n))
                .collect::<Result<_, _>>()?,
        )
    };
    Ok(Scope {
        nodes,
        depth: args.depth,
        kinds: args
            .kinds
            .iter()
            .map(|k| resolve_kind(k))
            .collect::<Result<_, _>>()?,
        docs: args
            .docs
            .iter()
            .map(|d| resolve_document(g, d))
            .collect::<Result<_, _>>()?,
    })
}

/// `policy-atlas export`: returns the process exit code (0 written, 2 when no document loaded).
pub fn run_export(paths: &[PathBuf], args: &ExportArgs) -> anyhow::Result<i32> {
    use crate::export::{Extras, picture};
    let format = export_format(args)?;
    if !(args.scale > 0.0 && args.scale <= 8.0) {
        anyhow::bail!("--scale must be between 0 and 8 (1, 2 or 4 are usual)");
    }
    let g = load(paths, args.workspace.as_deref(), true)?;
    for w in &g.warnings {
        eprintln!("warning: {}: {}", w.source, w.message);
    }
    if g.documents.is_empty() {
        eprintln!("no document could be read; nothing exported");
        return Ok(2);
    }
    let scope = export_scope(&g, args)?;
    let sub = scope.apply(&g);
    let pic = format.is_picture().then(|| {
        let theme = if args.light {
            picture::Theme::Light
        } else {
            picture::Theme::Dark
        };
        let title = match &scope.nodes {
            Some(ids) => ids
                .iter()
                .filter_map(|id| sub.node(id).map(|n| n.label.clone()))
                .collect::<Vec<_>>()
                .join("、"),
            None => "政策图谱 policy-atlas".to_string(),
        };
        picture::whole(&sub, [1600.0, 1000.0], theme, Some(title))
    });
    let extras = Extras {
        picture: pic.as_ref(),
        scale: Some(args.scale),
        ..Extras::default()
    };
    let files = crate::export::write_file(format, &sub, &extras, &args.output)
        .with_context(|| format!("cannot write {}", args.output.display()))?;
    for f in &files {
        eprintln!(
            "wrote {} ({} nodes, {} edges, {} documents cited)",
            f.display(),
            sub.node_count(),
            sub.edge_count(),
            sub.documents.len()
        );
    }
    Ok(0)
}
