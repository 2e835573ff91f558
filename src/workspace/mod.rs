//! Workspaces (`.patlas`): the documents (path + sha256; embedded seeds by name), node positions, the
//! current view and the scenes, as versioned JSON. Egui-free: the app and the CLI both read them.
//!
//! Writes are atomic (temporary file, fsync, rename), so a failed save leaves the previous file as it was.
//! Reading checks the version first: a file from a newer policy-atlas is refused with a clear message (and the
//! app then never saves over it); a corrupt file names itself and where it broke. Documents that moved or
//! changed since the save are reported and the rest opens.

pub mod recovery;
mod view;

pub use view::SavedView;

use crate::extract::{SEEDS, Source};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::io::Write;
use std::path::{Path, PathBuf};

/// The workspace format this build writes (and the newest it reads).
pub const VERSION: u32 = 2;
/// The file extension.
pub const EXTENSION: &str = "patlas";

/// One document of a workspace.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocRef {
    /// An embedded seed, by file name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seed: Option<String>,
    /// A file, as given when opened (absolute, or relative to the workspace's folder).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<PathBuf>,
    /// SHA-256 of its bytes when the workspace was saved.
    pub sha256: String,
}

/// A workspace file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Workspace {
    /// Format version ([`VERSION`]).
    pub version: u32,
    /// The documents, in load order.
    pub documents: Vec<DocRef>,
    /// What the window showed (camera, filters, selection, positions).
    pub view: Option<SavedView>,
    /// Nodes pinned by hand.
    #[serde(default)]
    pub pinned: Vec<String>,
    /// The scenes, in play order.
    #[serde(default)]
    pub scenes: Vec<SavedView>,
    /// The user's edits, replayed over the extracted graph (version 2).
    #[serde(default)]
    pub edits: Vec<crate::model::Edit>,
    /// For an autosave: the workspace file the work belongs to (Save goes there after recovery).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<PathBuf>,
}

/// Why a workspace could not be opened. Every message names the file.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    /// Not readable.
    #[error("{path}: cannot read: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// Not a workspace, or damaged (truncated, edited by hand…).
    #[error("{path}: not a readable policy-atlas workspace ({message})")]
    Corrupt {
        /// The file.
        path: PathBuf,
        /// What the parser said, with line and column.
        message: String,
    },
    /// Written by a newer policy-atlas.
    #[error(
        "{path}: written by a newer policy-atlas (workspace version {version}; this one reads up to {VERSION}). \
         It was not opened and will not be overwritten."
    )]
    Newer {
        /// The file.
        path: PathBuf,
        /// Its version.
        version: u64,
    },
}

/// SHA-256 of bytes, lowercase hex.
pub fn sha256(bytes: &[u8]) -> String {
    format!("{:x}", Sha256::digest(bytes))
}

impl DocRef {
    /// The reference of a loaded source: a seed by name (`seeds/NAME`), else its path.
    pub fn of(src: &Source) -> Option<DocRef> {
        let bytes = src.bytes.as_ref().ok()?;
        let seed = src
            .name
            .strip_prefix("seeds/")
            .filter(|n| SEEDS.iter().any(|(s, _)| s == n));
        Some(DocRef {
            seed: seed.map(str::to_string),
            path: seed.is_none().then(|| {
                std::fs::canonicalize(&src.name).unwrap_or_else(|_| PathBuf::from(&src.name))
            }),
            sha256: sha256(bytes),
        })
    }
}

/// Reads a workspace.
pub fn read(path: &Path) -> Result<Workspace, OpenError> {
    let text = std::fs::read_to_string(path).map_err(|source| OpenError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let corrupt = |message: String| OpenError::Corrupt {
        path: path.to_path_buf(),
        message,
    };
    let value: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| corrupt(e.to_string()))?;
    let version = value
        .get("version")
        .and_then(serde_json::Value::as_u64)
        .ok_or_else(|| corrupt("no version number".into()))?;
    if version > u64::from(VERSION) {
        return Err(OpenError::Newer {
            path: path.to_path_buf(),
            version,
        });
    }
    // Version 1 had no edits (they default to none); version 2 adds them. Later upgrades go here.
    let mut ws: Workspace = serde_json::from_value(value).map_err(|e| corrupt(e.to_string()))?;
    ws.version = VERSION;
    Ok(ws)
}

/// Writes a workspace atomically.
pub fn write(path: &Path, ws: &Workspace) -> std::io::Result<()> {
    atomic_write(path, |w| {
        serde_json::to_writer_pretty(&mut *w, ws)?;
        w.write_all(b"\n")
    })
}

/// Writes a file through `fill` to a temporary name next to it, flushes it to disk and renames it over
/// `path`: either the whole new file is there, or the old one is untouched (and no temporary file remains).
pub fn atomic_write(
    path: &Path,
    fill: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> std::io::Result<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".part");
    let tmp = PathBuf::from(tmp);
    let result = (|| {
        let mut b = std::io::BufWriter::new(std::fs::File::create(&tmp)?);
        fill(&mut b)?;
        b.flush()?;
        b.get_ref().sync_all()
    })();
    match result.and_then(|()| std::fs::rename(&tmp, path)) {
        Ok(()) => Ok(()),
        Err(e) => {
            let _ = std::fs::remove_file(&tmp);
            Err(e)
        }
    }
}

/// The documents of a workspace, read back: sources to extract, and one message per document that moved,
/// vanished or changed since the save (changed ones are still loaded).
pub fn sources(ws: &Workspace, workspace_path: &Path) -> (Vec<Source>, Vec<String>) {
    let base = workspace_path.parent().unwrap_or(Path::new(""));
    let mut out = Vec::new();
    let mut problems = Vec::new();
    for d in &ws.documents {
        if let Some(name) = &d.seed {
            match SEEDS.iter().find(|(n, _)| n == name) {
                Some((n, text)) => out.push(Source {
                    name: format!("seeds/{n}"),
                    bytes: Ok(text.as_bytes().to_vec()),
                }),
                None => problems.push(format!("{name}: no embedded seed of that name")),
            }
            continue;
        }
        let Some(p) = &d.path else { continue };
        let full = if p.is_relative() {
            base.join(p)
        } else {
            p.clone()
        };
        match std::fs::read(&full) {
            Ok(bytes) => {
                if sha256(&bytes) != d.sha256 {
                    problems.push(format!(
                        "{}: changed since the workspace was saved (re-read)",
                        full.display()
                    ));
                }
                out.push(Source {
                    name: p.display().to_string(),
                    bytes: Ok(bytes),
                });
            }
            Err(e) => problems.push(format!("{}: moved or missing ({e})", full.display())),
        }
    }
    (out, problems)
}

#[cfg(test)]
mod tests;
