//! Extraction: bytes → text → structure → entities → relations → `KnowledgeGraph`. Free of egui.
//!
//! Each document is extracted on its own ([`document::extract_document`]); a batch ([`build_graph`]) merges
//! them, resolves citations between loaded documents and collects one warning per file that failed.

mod assemble;
mod assignments;
pub mod boilerplate;
mod context;
mod covered;
pub mod csv_table;
pub mod decode;
pub mod departments;
pub mod doc;
mod doc_nodes;
mod doc_sections;
pub mod document;
pub mod docx;
mod entities;
mod head_fields;
pub mod header;
pub mod html;
pub mod industries;
mod industry_firms;
mod industry_words;
pub mod lexicon;
pub mod matcher;
pub mod notes;
pub mod pdf;
mod persons;
pub mod phrase;
mod phrase_words;
mod place_forms;
mod place_home;
mod place_units;
pub mod placed_notes;
pub mod places;
mod project_built;
mod project_companies;
mod project_counts;
mod project_heads;
mod project_home;
mod project_label;
mod project_lists;
mod project_mines;
mod project_names;
mod project_parks;
mod project_places;
mod project_railways;
mod project_roads;
mod project_scenic;
mod project_shared;
mod project_starts;
mod project_words;
pub mod projects;
mod prose_roles;
pub mod route_aliases;
pub mod running;
pub mod sheets;
pub mod spaced;
pub mod stacked;
pub mod structure;
pub mod synthetic;
pub mod table;
mod task_rows;
pub mod text;
mod unit_groups;
mod unit_headings;
mod unit_items;
mod unit_one;
mod unit_roles;
pub mod unit_tails;
pub mod zone_units;

use crate::model::{KnowledgeGraph, Warning};
pub use assemble::{Assembler, assemble, extract_merged};
use document::{DocGraph, doc_id, extract_document};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// The five seed documents, embedded as the default corpus: (file name, text).
pub const SEEDS: [(&str, &str); 5] = [
    (
        "000_06f647de745572c2.txt",
        include_str!("../../seeds/000_06f647de745572c2.txt"),
    ),
    (
        "001_3bf955a42160657c.txt",
        include_str!("../../seeds/001_3bf955a42160657c.txt"),
    ),
    (
        "002_75e6d92d6f71610a.txt",
        include_str!("../../seeds/002_75e6d92d6f71610a.txt"),
    ),
    (
        "003_4ed196a846bef879.txt",
        include_str!("../../seeds/003_4ed196a846bef879.txt"),
    ),
    (
        "004_262e7b1b06671b05.txt",
        include_str!("../../seeds/004_262e7b1b06671b05.txt"),
    ),
];

/// Largest file read (bytes); larger files are refused with a warning.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// One input: where it came from and its bytes (or why it could not be read).
#[derive(Debug, Clone)]
pub struct Source {
    /// Path or `seeds/NAME`.
    pub name: String,
    /// Bytes, or the reason they could not be read.
    pub bytes: Result<Vec<u8>, String>,
}

/// The embedded seeds as sources.
pub fn seed_sources() -> Vec<Source> {
    SEEDS
        .iter()
        .map(|(n, t)| Source {
            name: format!("seeds/{n}"),
            bytes: Ok(t.as_bytes().to_vec()),
        })
        .collect()
}

/// Reads files and folders (recursively, `.txt`/`.text`/`.md`/`.html`/`.htm`/`.docx`/`.doc`/`.wps`/`.pdf`/
/// `.csv`/`.xlsx`/`.xls`/`.ods` and files without extension); a path that cannot be read becomes a source carrying
/// the error. Sorted by path within each folder.
pub fn read_sources(paths: &[PathBuf]) -> Vec<Source> {
    let mut out = Vec::new();
    for p in paths {
        collect(p, true, &mut out);
    }
    out
}

fn collect(p: &Path, explicit: bool, out: &mut Vec<Source>) {
    let name = p.display().to_string();
    if p.is_dir() {
        let mut entries: Vec<PathBuf> = match std::fs::read_dir(p) {
            Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
            Err(e) => {
                out.push(Source {
                    name,
                    bytes: Err(format!("cannot read folder: {e}")),
                });
                return;
            }
        };
        entries.sort();
        for e in entries {
            collect(&e, false, out);
        }
        return;
    }
    if !explicit {
        let ext = p
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or("")
            .to_ascii_lowercase();
        if !matches!(
            ext.as_str(),
            "txt"
                | "text"
                | "md"
                | "html"
                | "htm"
                | "docx"
                | "doc"
                | "wps"
                | "pdf"
                | "csv"
                | "xlsx"
                | "xls"
                | "ods"
                | ""
        ) {
            return;
        }
    }
    let bytes = match std::fs::metadata(p) {
        Err(e) => Err(format!("cannot read: {e}")),
        Ok(m) if m.len() > MAX_FILE_BYTES => Err(format!(
            "too large ({} MB; the limit is {} MB)",
            m.len() >> 20,
            MAX_FILE_BYTES >> 20
        )),
        Ok(_) => std::fs::read(p).map_err(|e| format!("cannot read: {e}")),
    };
    out.push(Source { name, bytes });
}

/// Result of extracting one source.
pub type Extracted = Result<DocGraph, Warning>;

/// Extracts one source under the given document id (never panics on bad input).
pub fn extract_with_id(src: &Source, id: &str) -> Extracted {
    let bytes = src.bytes.as_ref().map_err(|e| Warning {
        source: src.name.clone(),
        message: e.clone(),
    })?;
    // A bug in a rule must not take the rest of the batch down: report it as this file's warning.
    let run = std::panic::catch_unwind(|| extract_document(id, &src.name, bytes));
    match run {
        Ok(r) => r.map_err(|e| Warning {
            source: src.name.clone(),
            message: e.to_string(),
        }),
        Err(_) => Err(Warning {
            source: src.name.clone(),
            message: "internal error while extracting (please report)".into(),
        }),
    }
}

/// Document ids for a batch, in order (`doc:002`, or `doc:x-2` for a second file with the same stem).
pub fn assign_ids(sources: &[Source]) -> Vec<String> {
    let mut taken: HashMap<String, usize> = HashMap::new();
    sources
        .iter()
        .map(|s| {
            let id = doc_id(&s.name);
            let count = taken.entry(id.clone()).or_insert(0);
            *count += 1;
            if *count > 1 {
                format!("{id}-{count}")
            } else {
                id
            }
        })
        .collect()
}

/// Extracts every source on all cores (threads named `extract-N`), calling `tick` after each document —
/// when it returns false the batch stops (cancel) and the rest come back as warnings; results keep the
/// sources' order.
pub fn extract_all(sources: &[Source], tick: &(dyn Fn() -> bool + Sync)) -> Vec<Extracted> {
    let mut out = Vec::with_capacity(sources.len());
    extract_in_order(sources, tick, |r| out.push(r));
    out
}

/// Extracts every source on all cores and hands each result to `sink` on the calling thread, in the sources'
/// order, as soon as it and those before it are done (while the workers go on). `tick` is called after each
/// document; when it returns false the batch stops and the rest come as "cancelled" warnings.
pub fn extract_in_order(
    sources: &[Source],
    tick: &(dyn Fn() -> bool + Sync),
    mut sink: impl FnMut(Extracted),
) {
    use std::collections::BTreeMap;
    use std::sync::atomic::{AtomicUsize, Ordering};
    let ids = assign_ids(sources);
    let workers = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .min(sources.len().max(1));
    let next = AtomicUsize::new(0);
    let mut pending: BTreeMap<usize, Extracted> = BTreeMap::new();
    let mut want = 0usize;
    std::thread::scope(|scope| {
        let (tx, rx) = std::sync::mpsc::channel::<(usize, Extracted)>();
        for w in 0..workers {
            let (next, ids, tx) = (&next, &ids, tx.clone());
            let work = move || {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(src) = sources.get(i) else { break };
                    let r = extract_with_id(src, &ids[i]);
                    if tx.send((i, r)).is_err() || !tick() {
                        break;
                    }
                }
            };
            if std::thread::Builder::new()
                .name(format!("extract-{w}"))
                .spawn_scoped(scope, work)
                .is_err()
            {
                break;
            }
        }
        drop(tx);
        for (i, r) in rx {
            pending.insert(i, r);
            while let Some(r) = pending.remove(&want) {
                sink(r);
                want += 1;
            }
        }
    });
    for (i, src) in sources.iter().enumerate().skip(want) {
        sink(pending.remove(&i).unwrap_or_else(|| {
            Err(Warning {
                source: src.name.clone(),
                message: "not extracted (cancelled)".into(),
            })
        }));
    }
}

/// Extracts every source and builds the graph.
pub fn build_graph(sources: &[Source]) -> KnowledgeGraph {
    extract_merged(sources, &|| true)
}

/// The graph of the embedded seeds.
pub fn seed_graph() -> KnowledgeGraph {
    build_graph(&seed_sources())
}
