//! What the explorer shows: the graph, the visible subset (kinds, documents, focus), the layout, the selection
//! and the search. Changed only through [`Command`]s, applied once per frame.

use crate::layout::ForceLayout;
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
    /// Layout.
    pub layout: ForceLayout,
    /// Whether the live layout runs.
    pub layout_running: bool,
    /// Visible nodes by layout index.
    pub visible: Vec<bool>,
    /// Hidden kinds.
    pub hidden_kinds: BTreeSet<NodeKind>,
    /// Hidden documents.
    pub hidden_docs: BTreeSet<String>,
    /// Selected node id.
    pub selected: Option<String>,
    /// Search index over labels, aliases and their pinyin.
    pub search: crate::model::SearchIndex,
    /// Reader.
    pub reader: Option<ReaderState>,
    /// Set when the view should fit the graph (or centre on the selection) on the next frame.
    pub fit_pending: bool,
    /// Set when the view should centre on the selection on the next frame.
    pub centre_pending: bool,
    /// Entity mentions per document: (start, end, kind, layout index), sorted by start.
    mentions: HashMap<String, Vec<Mention>>,
}

/// A mention for the reader: (start, end, kind, layout index).
pub type Mention = (usize, usize, NodeKind, usize);

impl Atlas {
    /// Builds the view state of a graph: seeded layout, everything visible except groups' clutter.
    pub fn new(graph: KnowledgeGraph) -> Atlas {
        let nodes = graph.nodes_sorted();
        let ids: Vec<String> = nodes.iter().map(|n| n.id.clone()).collect();
        let index: HashMap<String, usize> = ids
            .iter()
            .enumerate()
            .map(|(i, id)| (id.clone(), i))
            .collect();
        let mut adjacency = vec![Vec::new(); ids.len()];
        let mut edges = Vec::new();
        for (s, t, _) in graph.edges_sorted() {
            if let (Some(&a), Some(&b)) = (index.get(&s.id), index.get(&t.id)) {
                adjacency[a].push(b);
                adjacency[b].push(a);
                edges.push((a, b));
            }
        }
        for a in &mut adjacency {
            a.sort_unstable();
            a.dedup();
        }
        let refs: Vec<&str> = ids.iter().map(String::as_str).collect();
        let mut layout = ForceLayout::new(&refs, edges);
        // Settle most of the way before the first frame so the first picture already makes sense.
        layout.run(if ids.len() < 3000 { 150 } else { 20 });
        let mut mentions: HashMap<String, Vec<Mention>> = HashMap::new();
        for (i, id) in ids.iter().enumerate() {
            let Some(n) = graph.node(id) else { continue };
            if matches!(n.kind, NodeKind::Task | NodeKind::Document) {
                continue;
            }
            for m in &n.mentions {
                mentions
                    .entry(m.doc.clone())
                    .or_default()
                    .push((m.start, m.end, n.kind, i));
            }
        }
        for v in mentions.values_mut() {
            v.sort_by_key(|m| (m.0, std::cmp::Reverse(m.1)));
        }
        let search = crate::model::SearchIndex::new(&graph);
        let mut atlas = Atlas {
            mentions,
            visible: vec![true; ids.len()],
            graph,
            ids,
            index,
            adjacency,
            layout,
            layout_running: true,
            hidden_kinds: BTreeSet::new(),
            hidden_docs: BTreeSet::new(),
            selected: None,
            search,
            reader: None,
            fit_pending: true,
            centre_pending: false,
        };
        atlas.recompute_visible();
        atlas
    }

    /// Applies one command.
    pub fn apply(&mut self, cmd: Command) {
        match cmd {
            Command::Select { id, centre } => {
                if self.index.contains_key(&id) {
                    self.selected = Some(id);
                    self.centre_pending |= centre;
                }
            }
            Command::ClearSelection => self.selected = None,
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
            Command::ToggleLayout => {
                self.layout_running = !self.layout_running;
                if self.layout_running {
                    self.layout.reheat();
                }
            }
        }
    }

    fn recompute_visible(&mut self) {
        for (i, id) in self.ids.iter().enumerate() {
            self.visible[i] = self.graph.node(id).is_some_and(|n| {
                !self.hidden_kinds.contains(&n.kind)
                    && (self.hidden_docs.is_empty() || {
                        let docs = n.docs();
                        docs.is_empty() || docs.iter().any(|d| !self.hidden_docs.contains(*d))
                    })
            });
        }
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
