//! Saved views ("scenes") for presenting: what the explorer showed — camera, filters, focus, selection and
//! the node positions, frozen so nothing jitters on stage — under a name and a caption. A list of them is
//! edited through [`SceneCommand`]s and played in order (→ / ← / PageDown / PageUp).

use super::state::Atlas;
pub use crate::workspace::SavedView;

impl SavedView {
    /// What the explorer shows now, seen through a camera, with every node's position.
    pub fn capture(atlas: &Atlas, name: String, centre: [f32; 2], zoom: f32) -> SavedView {
        SavedView {
            name,
            centre,
            zoom,
            positions: crate::layout::by_id(&atlas.ids, &atlas.layout.pos),
            ..atlas.filters()
        }
    }
}

impl Atlas {
    /// Shows a saved view: its filters, focus and selection, and its positions with the layout paused (ids
    /// the scene does not know keep their place). The caller moves the camera.
    pub fn show_scene(&mut self, s: &SavedView) {
        self.restore_filters(s);
        for (id, p) in &s.positions {
            if let Some(&i) = self.index.get(id)
                && let Some(slot) = self.layout.pos.get_mut(i)
            {
                *slot = *p;
            }
        }
        // Frozen: no stepping on stage. A layout thread would resume from its own positions: drop it (a new
        // one starts from these when the layout is resumed).
        self.layout_running = false;
        self.layout.version += 1;
        self.worker = None;
        self.refresh();
    }

    /// Restores a view's filters, focus and selection (not positions, not the layout).
    pub fn restore_filters(&mut self, s: &SavedView) {
        let ix = |id: &String| self.index.get(id).copied();
        self.hidden_kinds = s.hidden_kinds.iter().copied().collect();
        self.hidden_docs = s.hidden_docs.iter().cloned().collect();
        self.place = s.place.as_ref().and_then(ix);
        self.focus = s.focus.as_ref().and_then(|(c, d)| Some((ix(c)?, *d)));
        self.hidden = s.hidden.iter().filter_map(ix).collect();
        self.expanded = s.expanded.iter().filter_map(ix).collect();
        self.selected = s.selected.clone().filter(|id| self.index.contains_key(id));
        self.multi = s
            .multi
            .iter()
            .filter(|id| self.index.contains_key(*id))
            .cloned()
            .collect();
        self.selected_edge = None;
        self.path_start = None;
        self.refresh();
    }

    /// The filters, focus and selection now (a view without camera or positions), for undo.
    pub fn filters(&self) -> SavedView {
        let id = |i: &usize| self.ids.get(*i).cloned();
        SavedView {
            name: String::new(),
            caption: String::new(),
            centre: [0.0, 0.0],
            zoom: 1.0,
            view_size: None,
            hidden_kinds: self.hidden_kinds.iter().copied().collect(),
            hidden_docs: self.hidden_docs.iter().cloned().collect(),
            place: self.place.as_ref().and_then(id),
            focus: self
                .focus
                .and_then(|(c, d)| Some((self.ids.get(c)?.clone(), d))),
            hidden: self.hidden.iter().filter_map(id).collect(),
            expanded: self.expanded.iter().filter_map(id).collect(),
            selected: self.selected.clone(),
            multi: self.multi.iter().cloned().collect(),
            positions: Default::default(),
        }
    }
}

/// Something the scenes panel asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum SceneCommand {
    /// Save the current view as a new scene at the end.
    Add,
    /// Rename a scene.
    Rename(usize, String),
    /// Change a scene's caption.
    Caption(usize, String),
    /// Move a scene one place up.
    Up(usize),
    /// Move a scene one place down.
    Down(usize),
    /// Delete a scene.
    Delete(usize),
    /// Show a scene in the window.
    Show(usize),
    /// Present from this scene on.
    Play(usize),
}

/// The scenes and which one is on stage.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SceneList {
    /// Scenes in play order.
    pub items: Vec<SavedView>,
    /// The scene being played.
    pub playing: Option<usize>,
}

impl SceneList {
    /// Applies an edit (Add, Show and Play need the app and are left to it). Returns whether it was handled.
    pub fn edit(&mut self, cmd: &SceneCommand) -> bool {
        let n = self.items.len();
        match *cmd {
            SceneCommand::Rename(i, ref name) if i < n => self.items[i].name = name.clone(),
            SceneCommand::Caption(i, ref c) if i < n => self.items[i].caption = c.clone(),
            SceneCommand::Up(i) if i > 0 && i < n => self.items.swap(i - 1, i),
            SceneCommand::Down(i) if i + 1 < n => self.items.swap(i, i + 1),
            SceneCommand::Delete(i) if i < n => {
                self.items.remove(i);
                self.playing = None;
            }
            _ => return false,
        }
        true
    }

    /// The scene after (`+1`) or before (`-1`) the one playing, clamped to the list.
    pub fn step(&self, by: isize) -> Option<usize> {
        let n = self.items.len();
        if n == 0 {
            return None;
        }
        let next = match self.playing {
            Some(i) => i as isize + by,
            None => 0,
        };
        Some(next.clamp(0, n as isize - 1) as usize)
    }

    /// A fresh name: 场景 1, 场景 2, …
    pub fn next_name(&self) -> String {
        let mut k = self.items.len() + 1;
        while self.items.iter().any(|s| s.name == format!("场景 {k}")) {
            k += 1;
        }
        format!("场景 {k}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    fn view(name: &str) -> SavedView {
        SavedView {
            name: name.into(),
            caption: String::new(),
            centre: [0.0, 0.0],
            zoom: 1.0,
            view_size: None,
            hidden_kinds: vec![],
            hidden_docs: vec![],
            place: None,
            focus: None,
            hidden: vec![],
            expanded: vec![],
            selected: None,
            multi: vec![],
            positions: BTreeMap::new(),
        }
    }

    #[test]
    fn reorder_rename_delete_and_step() {
        let mut l = SceneList {
            items: vec![view("a"), view("b"), view("c")],
            playing: None,
        };
        assert!(l.edit(&SceneCommand::Down(0)));
        assert!(l.edit(&SceneCommand::Up(2)));
        let names: Vec<&str> = l.items.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["b", "c", "a"]);
        assert!(!l.edit(&SceneCommand::Up(0)));
        assert!(l.edit(&SceneCommand::Rename(0, "北".into())));
        assert_eq!(l.items[0].name, "北");
        assert_eq!(l.step(1), Some(0));
        l.playing = Some(2);
        assert_eq!(l.step(1), Some(2));
        assert_eq!(l.step(-1), Some(1));
        assert!(l.edit(&SceneCommand::Delete(1)));
        assert_eq!(l.items.len(), 2);
        assert_eq!(l.next_name(), "场景 3");
    }
}
