//! What the explorer shows: the graph, the visible subset (kinds, documents, focus), the layout, the selection
//! and the search. Changed only through [`Command`]s, applied once per frame.

use crate::layout::ForceLayout;
use crate::layout::live::Edit;
use crate::model::{KnowledgeGraph, NodeKind};
use std::collections::{BTreeSet, HashMap};

/// Something a panel asks the app to do.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Select a node by id (and centre the view on it when `centre`).
    Select { id: String, centre: bool },
    /// Clear the selection.
    ClearSelection,
    /// Show or hide a node kind.
    ToggleKind(NodeKind),
    /// Show or hide a document's nodes.
    ToggleDoc(String),
    /// Open the reader at a span of a document.
    OpenReader {
        doc: String,
        start: usize,
        end: usize,
    },
    /// Close the reader.
    CloseReader,
    /// Fit the whole graph into the view.
    Fit,
    /// Pause or resume the live layout.
    ToggleLayout,
    /// Show only the nodes within `depth` hops of the selection.
    Focus { depth: usize },
    /// Hide one node.
    Hide(String),
    /// Undo focus and hidden nodes: show everything the filters allow.
    ShowAll,
    /// Use the selection as the start of a shortest path (the path runs to whatever is selected next).
    PathFrom(String),
    /// Forget the path.
    ClearPath,
    /// Move a node (layout index) and pin it there.
    MoveNode { index: usize, pos: [f32; 2] },
    /// Let every pinned node move again.
    UnpinAll,
    /// Show only a place and what lies in it (None: every place).
    FilterPlace(Option<String>),
    /// Show a node's neighbours too (double-click), on top of the focus.
    Expand(String),
    /// Add a node to the selection, or take it out (Shift+click).
    ToggleSelect(String),
    /// Select the edges between two nodes (click on an edge).
    SelectEdge { source: String, target: String },
}

/// The reader's document and highlighted span.
#[derive(Debug, Clone, PartialEq)]
pub struct ReaderState {
    /// Document id.
    pub doc: String,
    /// Highlighted span.
    pub span: (usize, usize),
    /// Scroll to the span on the next frame.
    pub scroll_pending: bool,
}

/// The explorer's state.
pub struct Atlas {
    /// The whole graph.
    pub graph: KnowledgeGraph,
    /// Node ids in layout order.
    pub ids: Vec<String>,
    /// Layout index of each id.
    pub index: HashMap<String, usize>,
    /// Undirected neighbours by layout index.
    pub adjacency: Vec<Vec<usize>>,
    /// Ids, kinds, drawn labels and paint order by layout index.
    pub nodes: crate::export::nodes::NodeTable,
    /// Bumped by every command (the view redraws its picture only when this or the layout changed).
    pub revision: u64,
    /// Layout.
    pub layout: ForceLayout,
    /// Whether the live layout runs.
    pub layout_running: bool,
    /// The layout thread of a large graph (see [`Atlas::tick_layout`]).
    pub worker: Option<crate::layout::live::Worker>,
    /// Visible nodes by layout index.
    pub visible: Vec<bool>,
    /// Hidden kinds.
    pub hidden_kinds: BTreeSet<NodeKind>,
    /// Hidden documents.
    pub hidden_docs: BTreeSet<String>,
    /// Selected node id (the one the inspector shows; the last one clicked).
    pub selected: Option<String>,
    /// Every selected node (Shift+click adds), `selected` among them.
    pub multi: BTreeSet<String>,
    /// Selected edge: (source id, target id); the inspector shows every relation between the two.
    pub selected_edge: Option<(String, String)>,
    /// Search index over labels, aliases and their pinyin.
    pub search: crate::model::SearchIndex,
    /// Reader.
    pub reader: Option<ReaderState>,
    /// Set when the view should fit the graph (or centre on the selection) on the next frame.
    pub fit_pending: bool,
    /// Set when the view should centre on the selection on the next frame.
    pub centre_pending: bool,
    /// Nodes hidden by hand.
    pub hidden: BTreeSet<usize>,
    /// Nodes whose neighbours show whatever the focus (double-click).
    pub expanded: BTreeSet<usize>,
    /// Place filter: a city node (layout index); only it, the places in it and what touches them show.
    pub place: Option<usize>,
    /// Parent place of each city node (layout indices), from `located_in`.
    parent: Vec<Option<usize>>,
    /// Focus: (centre node, depth).
    pub focus: Option<(usize, usize)>,
    /// Start of the shortest path.
    pub path_start: Option<usize>,
    /// The shortest path from `path_start` to the selection (layout indices), empty when none.
    pub path: Vec<usize>,
    /// Entity mentions per document: (start, end, kind, layout index), sorted by start.
    mentions: HashMap<String, Vec<Mention>>,
}

/// A mention for the reader: (start, end, kind, layout index).
pub type Mention = (usize, usize, NodeKind, usize);

/// Each explorer state starts its revisions in a range of its own, so a view never mistakes a new graph for
/// the one it drew last.
fn next_generation() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    NEXT.fetch_add(1 << 32, std::sync::atomic::Ordering::Relaxed)
}

impl Atlas {
    /// Builds the view state of a graph: seeded layout, everything visible except groups' clutter.
    pub fn new(graph: KnowledgeGraph) -> Atlas {
        Atlas::continuing(graph, &HashMap::new())
    }

    /// Like [`Atlas::new`], continuing the layout from the positions (by id) of the graph it replaces.
    pub fn continuing(graph: KnowledgeGraph, previous: &HashMap<String, [f32; 2]>) -> Atlas {
        let steps = crate::layout::GraphLayout::default_steps(graph.node_count());
        Atlas::continuing_with(graph, previous, steps / 3)
    }

    /// Like [`Atlas::continuing`] with a given number of warm-up steps (0 after an edit: nothing moves).
    pub fn continuing_with(
        graph: KnowledgeGraph,
        previous: &HashMap<String, [f32; 2]>,
        steps: usize,
    ) -> Atlas {
        let laid = if previous.is_empty() {
            let steps = crate::layout::GraphLayout::default_steps(graph.node_count());
            crate::layout::GraphLayout::new(&graph, steps)
        } else {
            crate::layout::GraphLayout::continuing(&graph, previous, steps)
        };
        let crate::layout::GraphLayout {
            ids,
            index,
            adjacency,
            layout,
        } = laid;
        let mut mentions: HashMap<String, Vec<Mention>> = HashMap::new();
        for (i, id) in ids.iter().enumerate() {
            let Some(n) = graph.node(id) else { continue };
            if matches!(n.kind, NodeKind::Task | NodeKind::Document) {
                continue;
            }
            for m in &n.mentions {
                mentions
                    .entry(m.doc.to_string())
                    .or_default()
                    .push((m.start, m.end, n.kind, i));
            }
        }
        for v in mentions.values_mut() {
            v.sort_by_key(|m| (m.0, std::cmp::Reverse(m.1)));
        }
        let search = crate::model::SearchIndex::new(&graph);
        let parent: Vec<Option<usize>> = ids
            .iter()
            .map(|id| {
                graph
                    .neighbours(id, &[crate::model::EdgeKind::LocatedIn])
                    .into_iter()
                    .find(|n| n.side == crate::model::Side::Out && n.node.kind == NodeKind::City)
                    .and_then(|n| index.get(&n.node.id).copied())
            })
            .collect();
        let mut atlas = Atlas {
            nodes: crate::export::nodes::NodeTable::new(&graph, &ids, &adjacency),
            revision: next_generation(),
            place: None,
            parent,
            expanded: BTreeSet::new(),
            hidden: BTreeSet::new(),
            focus: None,
            path_start: None,
            path: Vec::new(),
            mentions,
            visible: vec![true; ids.len()],
            graph,
            ids,
            index,
            adjacency,
            layout,
            layout_running: true,
            worker: None,
            hidden_kinds: BTreeSet::new(),
            hidden_docs: BTreeSet::new(),
            selected: None,
            multi: BTreeSet::new(),
            selected_edge: None,
            search,
            reader: None,
            fit_pending: true,
            centre_pending: false,
        };
        atlas.recompute_visible();
        atlas
    }

    /// Positions by node id (what a reloaded graph continues from).
    pub fn positions(&self) -> HashMap<String, [f32; 2]> {
        crate::layout::by_id(&self.ids, &self.layout.pos)
    }

    /// Applies one command.
    pub fn apply(&mut self, cmd: Command) {
        self.revision += 1;
        match cmd {
            Command::Select { id, centre } => {
                if self.index.contains_key(&id) {
                    self.multi = [id.clone()].into();
                    self.selected = Some(id);
                    self.selected_edge = None;
                    self.centre_pending |= centre;
                }
            }
            Command::ClearSelection => {
                self.selected = None;
                self.multi.clear();
                self.selected_edge = None;
            }
            Command::ToggleSelect(id) => {
                if !self.index.contains_key(&id) {
                    return;
                }
                if self.multi.remove(&id) {
                    if self.selected.as_ref() == Some(&id) {
                        self.selected = self.multi.iter().next_back().cloned();
                    }
                } else {
                    self.multi.insert(id.clone());
                    self.selected = Some(id);
                }
                self.selected_edge = None;
            }
            Command::SelectEdge { source, target } => {
                if self.index.contains_key(&source) && self.index.contains_key(&target) {
                    self.selected = None;
                    self.multi.clear();
                    self.selected_edge = Some((source, target));
                }
            }
            Command::ToggleKind(k) => {
                if !self.hidden_kinds.remove(&k) {
                    self.hidden_kinds.insert(k);
                }
                self.recompute_visible();
            }
            Command::ToggleDoc(d) => {
                if !self.hidden_docs.remove(&d) {
                    self.hidden_docs.insert(d);
                }
                self.recompute_visible();
            }
            Command::OpenReader { doc, start, end } => {
                self.reader = Some(ReaderState {
                    doc,
                    span: (start, end),
                    scroll_pending: true,
                });
            }
            Command::CloseReader => self.reader = None,
            Command::Fit => self.fit_pending = true,
            Command::Focus { depth } => {
                self.focus = self
                    .selected
                    .as_ref()
                    .and_then(|s| self.index.get(s))
                    .map(|&i| (i, depth.max(1)));
                self.recompute_visible();
                self.fit_pending = true;
            }
            Command::Hide(id) => {
                if let Some(&i) = self.index.get(&id) {
                    self.hidden.insert(i);
                    self.multi.remove(&id);
                    if self.selected.as_deref() == Some(id.as_str()) {
                        self.selected = self.multi.iter().next_back().cloned();
                    }
                    self.recompute_visible();
                }
            }
            Command::ShowAll => {
                self.hidden.clear();
                self.expanded.clear();
                self.focus = None;
                self.recompute_visible();
                self.fit_pending = true;
            }
            Command::PathFrom(id) => {
                self.path_start = self.index.get(&id).copied();
                self.path.clear();
            }
            Command::ClearPath => {
                self.path_start = None;
                self.path.clear();
            }
            Command::Expand(id) => {
                if let Some(&i) = self.index.get(&id) {
                    self.expanded.insert(i);
                    self.hidden.remove(&i);
                    for n in self.adjacency[i].clone() {
                        self.hidden.remove(&n);
                    }
                    self.recompute_visible();
                }
            }
            Command::FilterPlace(id) => {
                self.place = id.and_then(|id| self.index.get(&id).copied());
                self.recompute_visible();
                self.fit_pending = true;
            }
            Command::MoveNode { index, pos } => {
                if index < self.layout.pos.len() {
                    self.layout.set(index, pos);
                    self.layout.pinned[index] = true;
                    self.layout.reheat();
                    self.tell_worker(Edit::Move(index, pos));
                }
            }
            Command::UnpinAll => {
                self.layout.pinned.iter_mut().for_each(|p| *p = false);
                self.layout.reheat();
                self.tell_worker(Edit::UnpinAll);
            }
            Command::ToggleLayout => {
                self.layout_running = !self.layout_running;
                if self.layout_running {
                    self.layout.reheat();
                }
                self.tell_worker(if self.layout_running {
                    Edit::Resume
                } else {
                    Edit::Pause
                });
            }
        }
        self.update_path();
    }

    /// Whether city node `i` is `area` or lies in it.
    pub fn within(&self, mut i: usize, area: usize) -> bool {
        for _ in 0..8 {
            if i == area {
                return true;
            }
            match self.parent.get(i).copied().flatten() {
                Some(p) => i = p,
                None => return false,
            }
        }
        false
    }

    /// The place filter as a mask: places in the area, what touches them, departments of governments in it.
    fn place_mask(&self, area: usize) -> Vec<bool> {
        let inside: Vec<bool> = (0..self.ids.len())
            .map(|i| self.ids[i].starts_with("city:") && self.within(i, area))
            .collect();
        let mut mask = inside.clone();
        for (i, yes) in inside.iter().enumerate() {
            if *yes {
                for &n in &self.adjacency[i] {
                    if !self.ids[n].starts_with("city:") {
                        mask[n] = true;
                    }
                }
            }
        }
        for (i, id) in self.ids.iter().enumerate() {
            let jur = self
                .graph
                .node(id)
                .and_then(|n| n.jurisdiction.as_ref())
                .and_then(|j| self.index.get(&format!("city:{j}")));
            if !id.starts_with("city:") && jur.is_some_and(|&j| inside[j]) {
                mask[i] = true;
            }
        }
        mask
    }

    /// Recomputes what is visible and the path after fields were set directly (a scene was shown).
    pub(crate) fn refresh(&mut self) {
        self.revision += 1;
        self.recompute_visible();
        self.update_path();
    }

    fn recompute_visible(&mut self) {
        let mut near = self.focus.map(|(c, depth)| self.hops(c, depth));
        let mut place = self.place.map(|p| self.place_mask(p));
        // Expanded nodes open a window through the focus and the place filter.
        for &e in &self.expanded {
            for mask in [near.as_mut(), place.as_mut()].into_iter().flatten() {
                mask[e] = true;
                for &n in &self.adjacency[e] {
                    mask[n] = true;
                }
            }
        }
        for (i, id) in self.ids.iter().enumerate() {
            if self.hidden.contains(&i)
                || near.as_ref().is_some_and(|n| !n[i])
                || place.as_ref().is_some_and(|m| !m[i])
            {
                self.visible[i] = false;
                continue;
            }
            self.visible[i] = self.graph.node(id).is_some_and(|n| {
                !self.hidden_kinds.contains(&n.kind)
                    && (self.hidden_docs.is_empty() || {
                        let docs = n.docs();
                        docs.is_empty() || docs.iter().any(|d| !self.hidden_docs.contains(*d))
                    })
            });
        }
    }

    /// Nodes within `depth` hops of `centre`, as a mask.
    fn hops(&self, centre: usize, depth: usize) -> Vec<bool> {
        let mut seen = vec![false; self.ids.len()];
        let mut frontier = vec![centre];
        seen[centre] = true;
        for _ in 0..depth {
            let mut next = Vec::new();
            for &n in &frontier {
                for &m in &self.adjacency[n] {
                    if !seen[m] {
                        seen[m] = true;
                        next.push(m);
                    }
                }
            }
            frontier = next;
        }
        seen
    }

    /// The entity mentions of a document, sorted by start.
    pub fn mentions_in(&self, doc: &str) -> &[Mention] {
        self.mentions.get(doc).map_or(&[], Vec::as_slice)
    }

    /// Degree of a node (undirected, distinct neighbours).
    pub fn degree(&self, i: usize) -> usize {
        self.adjacency.get(i).map_or(0, Vec::len)
    }

    /// Nodes matching `query` (Chinese substring, pinyin, initials), best first, busiest first among equals;
    /// at most `limit`.
    pub fn search_hits(&self, query: &str, limit: usize) -> Vec<usize> {
        self.search
            .search(
                query,
                |id| self.index.get(id).map_or(0, |&i| self.degree(i)),
                limit,
            )
            .into_iter()
            .filter_map(|id| self.index.get(&id).copied())
            .collect()
    }
}
