//! Editing the graph with undo and redo. The extracted graph is kept as the base; the current graph is the
//! base with the edit log replayed, rebuilt after every edit, undo and redo (positions and filters carry
//! over), and after every re-extraction, so corrections survive documents being added or re-read.

use super::AtlasApp;
use super::state::Atlas;
use crate::model::{Edit, KnowledgeGraph, Warning};

/// The edit log and what was undone (redo takes from it; a new edit clears it).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct History {
    /// Edits in force, oldest first.
    pub done: Vec<Edit>,
    /// Undone edits, the next to redo last.
    pub undone: Vec<Edit>,
}

/// What the edit panel asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum EditCommand {
    /// Make an edit.
    Apply(Edit),
    /// Undo the last edit (Ctrl+Z).
    Undo,
    /// Redo (Ctrl+Shift+Z, Ctrl+Y).
    Redo,
}

impl AtlasApp {
    /// The edit history.
    pub fn history(&self) -> &History {
        &self.history
    }

    /// Carries out an edit command; an edit that cannot apply is refused with a message.
    pub fn edit_command(&mut self, cmd: EditCommand) {
        match cmd {
            EditCommand::Apply(e) => {
                let Some(atlas) = &self.atlas else { return };
                // Check it on the current graph first: a refused edit leaves everything as it was.
                let mut probe = atlas.graph.clone();
                match probe.apply_edit(&e) {
                    Ok(()) => {
                        self.history.done.push(e);
                        self.history.undone.clear();
                        self.install(probe);
                    }
                    Err(why) => self.note(format!("不能编辑 cannot edit: {why}")),
                }
            }
            EditCommand::Undo => {
                if let Some(e) = self.history.done.pop() {
                    self.history.undone.push(e);
                    self.rebuild();
                }
            }
            EditCommand::Redo => {
                if let Some(e) = self.history.undone.pop() {
                    self.history.done.push(e);
                    self.rebuild();
                }
            }
        }
        self.scene_edits += 1;
    }

    /// The current graph from the base and the log.
    pub(super) fn rebuild(&mut self) {
        let Some(base) = &self.base else { return };
        let mut g = base.clone();
        let problems = g.replay(&self.history.done);
        g.warnings
            .extend(problems.into_iter().map(|message| Warning {
                source: "编辑 edits".into(),
                message,
            }));
        self.install(g);
    }

    /// Shows a new graph in place of the current one, keeping positions, filters and the selection.
    fn install(&mut self, graph: KnowledgeGraph) {
        let Some(old) = &self.atlas else { return };
        let mut new = Atlas::continuing_with(graph, &old.positions(), 0);
        new.hidden_kinds = old.hidden_kinds.clone();
        new.hidden_docs = old.hidden_docs.clone();
        new.layout_running = old.layout_running;
        new.selected = old.selected.clone().filter(|id| new.index.contains_key(id));
        new.multi = old
            .multi
            .iter()
            .filter(|id| new.index.contains_key(*id))
            .cloned()
            .collect();
        // View state by id: pins, hand-hidden and expanded nodes, focus and place filter.
        let map = |i: &usize| old.ids.get(*i).and_then(|id| new.index.get(id)).copied();
        for (i, pinned) in old.layout.pinned.iter().enumerate() {
            if let (true, Some(j)) = (*pinned, map(&i)) {
                new.layout.pinned[j] = true;
            }
        }
        new.hidden = old.hidden.iter().filter_map(map).collect();
        new.expanded = old.expanded.iter().filter_map(map).collect();
        new.focus = old.focus.and_then(|(c, d)| Some((map(&c)?, d)));
        new.place = old.place.as_ref().and_then(map);
        new.fit_pending = false;
        new.refresh();
        if let Some(old) = self.atlas.replace(new) {
            let _ = std::thread::Builder::new()
                .name("drop-graph".into())
                .spawn(move || drop(old));
        }
    }

    /// After a load: the new extraction is the base, and the log is replayed over it.
    pub(super) fn rebase(&mut self) {
        self.base = self.atlas.as_ref().map(|a| a.graph.clone());
        if !self.history.done.is_empty() {
            self.rebuild();
        }
    }

    /// Opens or closes the edit window.
    pub fn set_edit_open(&mut self, open: bool) {
        self.edit_open = open;
    }

    /// The edit window (when open) and what it asked for.
    pub(super) fn edit_ui(&mut self, ctx: &egui::Context) {
        let Some(atlas) = &self.atlas else { return };
        if !self.edit_open {
            return;
        }
        let mut open = true;
        let cmds = crate::ui::panels::edit::show(
            ctx,
            &mut open,
            atlas,
            &self.history,
            &mut self.edit_panel,
        );
        self.edit_open = open;
        for c in cmds {
            self.edit_command(c);
        }
    }

    /// Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y (not while typing in a text field).
    pub(super) fn edit_keys(&mut self, ctx: &egui::Context) {
        if ctx.memory(|m| m.focused().is_some()) || self.atlas.is_none() {
            return;
        }
        let (undo, redo) = ctx.input(|i| {
            let key = |k: egui::Key, shift: bool| {
                i.events.iter().any(|e| {
                    matches!(e, egui::Event::Key { key, pressed: true, modifiers, .. }
                        if *key == k && modifiers.command && modifiers.shift == shift)
                })
            };
            (
                key(egui::Key::Z, false),
                key(egui::Key::Z, true) || key(egui::Key::Y, false),
            )
        });
        if undo {
            self.edit_command(EditCommand::Undo);
        } else if redo {
            self.edit_command(EditCommand::Redo);
        }
    }
}
