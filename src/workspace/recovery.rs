//! Where the app keeps its own files: the autosave of the open work (for recovery after a crash) and the
//! list of recent workspaces. `$POLICY_ATLAS_STATE_DIR`, else `$XDG_STATE_HOME/policy-atlas`, else
//! `~/.local/state/policy-atlas`.

use std::path::{Path, PathBuf};

/// How many recent workspaces are remembered.
pub const RECENT_MAX: usize = 8;

static OVERRIDE: std::sync::RwLock<Option<PathBuf>> = std::sync::RwLock::new(None);

/// Uses this folder instead (tests; a portable install).
pub fn set_state_dir(dir: Option<PathBuf>) {
    if let Ok(mut o) = OVERRIDE.write() {
        *o = dir;
    }
}

/// The folder for the app's own files (None when no home is known).
pub fn state_dir() -> Option<PathBuf> {
    if let Some(d) = OVERRIDE.read().ok().and_then(|o| o.clone()) {
        return Some(d);
    }
    let var = |k: &str| {
        std::env::var_os(k)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    };
    var("POLICY_ATLAS_STATE_DIR")
        .or_else(|| var("XDG_STATE_HOME").map(|d| d.join("policy-atlas")))
        .or_else(|| var("HOME").map(|h| h.join(".local/state/policy-atlas")))
}

/// The autosave file: present only while unsaved work exists or after a crash.
pub fn autosave_path() -> Option<PathBuf> {
    state_dir().map(|d| d.join("autosave.patlas"))
}

fn recent_path() -> Option<PathBuf> {
    state_dir().map(|d| d.join("recent.json"))
}

/// Recent workspaces, newest first (files that no longer exist are left out).
pub fn recent() -> Vec<PathBuf> {
    let Some(p) = recent_path() else {
        return Vec::new();
    };
    std::fs::read_to_string(p)
        .ok()
        .and_then(|t| serde_json::from_str::<Vec<PathBuf>>(&t).ok())
        .unwrap_or_default()
        .into_iter()
        .filter(|p| p.exists())
        .take(RECENT_MAX)
        .collect()
}

/// Puts a workspace at the top of the recent list.
pub fn remember(path: &Path) -> std::io::Result<()> {
    let Some(file) = recent_path() else {
        return Ok(());
    };
    let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let mut list = recent();
    list.retain(|p| p != &path);
    list.insert(0, path);
    list.truncate(RECENT_MAX);
    super::atomic_write(&file, |w| {
        serde_json::to_writer_pretty(&mut *w, &list)?;
        Ok(())
    })
}
