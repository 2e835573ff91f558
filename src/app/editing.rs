//! Editing the graph with undo and redo. The extracted graph is kept as the base; the current graph is the
//! base with the edit log replayed, rebuilt after every edit, undo and redo (positions and filters carry
//! over), and after every re-extraction, so corrections survive documents being added or re-read. The same
//! history also takes view changes (hide, focus, filters) and scene changes, so Ctrl+Z undoes those too.

use super::AtlasApp;
use super::scenes::SavedView;
use super::state::{Atlas, Command};
use crate::model::{Edit, KnowledgeGraph, Warning};

/// One undoable step.
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    /// A correction of the graph (part of the edit log).
    Edit(Edit),
    /// Hide, focus, show all, kind / document / place filters: the view before and after.
    View {
        /// What was done.
        label: String,
        /// Before.
        before: Box<SavedView>,
        /// After.
        after: Box<SavedView>,
    },
    /// The scene list before and after an edit of it.
    Scenes {
        /// What was done.
        label: String,
        /// Before.
        before: Vec<SavedView>,
        /// After.
        after: Vec<SavedView>,
    },
}

impl Step {
    /// A line for the history list.
    pub fn describe(&self) -> String {
        match self {
            Step::Edit(e) => e.describe(),
            Step::View { label, .. } | Step::Scenes { label, .. } => label.clone(),
        }
    }
}

/// The history and what was undone (redo takes from it; a new step clears it).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct History {
    /// Steps in force, oldest first.
    pub done: Vec<Step>,
    /// Undone steps, the next to redo last.
    pub undone: Vec<Step>,
}

impl History {
    /// A history whose steps are these edits.
    pub fn of_edits(edits: &[Edit]) -> History {
        History {
            done: edits.iter().cloned().map(Step::Edit).collect(),
            undone: Vec::new(),
        }
    }

    /// The edit log in force (what workspaces store and re-extraction replays).
    pub fn edits(&self) -> Vec<Edit> {
        self.done
            .iter()
            .filter_map(|s| match s {
                Step::Edit(e) => Some(e.clone()),
                _ => None,
            })
            .collect()
    }

    fn push(&mut self, step: Step) {
        self.done.push(step);
        self.undone.clear();
    }
}

/// A view command worth an undo step, and how the history names it.
fn view_label(c: &Command) -> Option<String> {
    Some(match c {
        Command::Hide(id) => format!("隐藏 hide {id}"),
        Command::ShowAll => "全部显示 show all".into(),
        Command::Focus { depth } => format!("只看邻域 focus ({depth} hops)"),
        Command::ToggleKind(k) => format!("类型开关 kind {}", k.as_str()),
        Command::ToggleDoc(d) => format!("文件开关 document {d}"),
        Command::FilterPlace(p) => format!("地区 place {}", p.as_deref().unwrap_or("all")),
        Command::Expand(id) => format!("展开 expand {id}"),
        _ => return None,
    })
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
                        if self.base.is_none() {
                            // No edits so far: the graph shown is the extraction itself.
                            self.base = Some(atlas.graph.clone());
                        }
                        self.history.push(Step::Edit(e));
                        self.install(probe);
                    }
                    Err(why) => self.note(format!("不能编辑 cannot edit: {why}")),
                }
            }
            EditCommand::Undo => {
                if let Some(step) = self.history.done.pop() {
                    self.history.undone.push(step.clone());
                    self.take_effect(&step, true);
                }
            }
            EditCommand::Redo => {
                if let Some(step) = self.history.undone.pop() {
                    self.history.done.push(step.clone());
                    self.take_effect(&step, false);
                }
            }
        }
        self.edits_made += 1;
    }

    /// Makes the state match the history after `step` was undone (`back`) or redone.
    fn take_effect(&mut self, step: &Step, back: bool) {
        match step {
            // The log in the history already is the one to show.
            Step::Edit(_) => self.rebuild(),
            Step::View { before, after, .. } => {
                if let Some(a) = self.atlas.as_mut() {
                    a.restore_filters(if back { before } else { after });
                }
            }
            Step::Scenes { before, after, .. } => {
                self.scenes.items = if back { before.clone() } else { after.clone() };
                self.scenes.playing = None;
            }
        }
    }

    /// Applies a command from a panel or the view; hide, focus and filter changes become undo steps.
    pub fn apply_command(&mut self, c: Command) {
        let Some(atlas) = self.atlas.as_mut() else {
            return;
        };
        let Some(label) = view_label(&c) else {
            atlas.apply(c);
            return;
        };
        let before = atlas.filters();
        atlas.apply(c);
        let after = atlas.filters();
        if before != after {
            self.history.push(Step::View {
                label,
                before: Box::new(before),
                after: Box::new(after),
            });
        }
    }

    /// Records a change of the scene list (consecutive changes with the same label fold into one step).
    pub(super) fn scenes_changed(&mut self, label: String, before: Vec<SavedView>) {
        let after = self.scenes.items.clone();
        if before == after {
            return;
        }
        if let Some(Step::Scenes {
            label: last,
            after: last_after,
            ..
        }) = self.history.done.last_mut()
            && *last == label
            && self.history.undone.is_empty()
        {
            *last_after = after;
            return;
        }
        self.history.push(Step::Scenes {
            label,
            before,
            after,
        });
    }

    /// The current graph from the base and the log.
    pub(super) fn rebuild(&mut self) {
        let Some(base) = &self.base else { return };
        let mut g = base.clone();
        let problems = g.replay(&self.history.edits());
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

    /// After a load: the new extraction is the base, and the log (if any) is replayed over it.
    pub(super) fn rebase(&mut self) {
        // The base is kept only while there are edits to replay over it (a large graph is not copied for
        // nothing): the first edit takes it.
        self.base = None;
        if self.history.done.iter().any(|s| matches!(s, Step::Edit(_))) {
            self.base = self.atlas.as_ref().map(|a| a.graph.clone());
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
