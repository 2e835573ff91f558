//! `KnowledgeGraph`: the petgraph `StableGraph` of typed nodes and edges, indexed by stable string id.

use super::types::{DocumentMeta, Edge, EdgeKind, Evidence, Node, Role};
use petgraph::stable_graph::{EdgeIndex, NodeIndex, StableDiGraph};
use petgraph::visit::{EdgeRef, IntoEdgeReferences};
use rustc_hash::FxHashMap;
use std::collections::HashMap;

/// A problem with one input that did not stop the batch.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Warning {
    /// The file (or document id) it concerns.
    pub source: String,
    /// What went wrong.
    pub message: String,
}

/// The graph every view shows and every export writes.
#[derive(Debug, Clone, Default)]
pub struct KnowledgeGraph {
    /// Nodes and edges.
    pub graph: StableDiGraph<Node, Edge>,
    ids: FxHashMap<String, NodeIndex>,
    edges: FxHashMap<(NodeIndex, NodeIndex, EdgeKind, Option<Role>), EdgeIndex>,
    /// Loaded documents, in load order.
    pub documents: Vec<DocumentMeta>,
    /// Problems met while loading.
    pub warnings: Vec<Warning>,
    /// The decoded text of each loaded document, by document id (what mention offsets index into).
    pub texts: HashMap<String, std::sync::Arc<str>>,
}

impl KnowledgeGraph {
    /// An empty graph.
    pub fn new() -> KnowledgeGraph {
        KnowledgeGraph::default()
    }

    /// Adds `node`, or merges it into the node with the same id.
    pub fn upsert_node(&mut self, node: Node) -> NodeIndex {
        if let Some(&ix) = self.ids.get(&node.id) {
            if let Some(existing) = self.graph.node_weight_mut(ix) {
                existing.merge(node);
            }
            ix
        } else {
            let id = node.id.clone();
            let ix = self.graph.add_node(node);
            self.ids.insert(id, ix);
            ix
        }
    }

    /// Adds an edge between two existing ids, or adds `evidence` to the same edge. Returns `None` when an id
    /// is unknown or the edge would be a self-loop.
    pub fn add_edge(
        &mut self,
        source: &str,
        target: &str,
        kind: EdgeKind,
        role: Option<Role>,
        evidence: Option<Evidence>,
    ) -> Option<EdgeIndex> {
        let (s, t) = (*self.ids.get(source)?, *self.ids.get(target)?);
        if s == t {
            return None;
        }
        let key = (s, t, kind, role);
        let ix = match self.edges.get(&key) {
            Some(&ix) => ix,
            None => {
                let edge = Edge {
                    kind,
                    role,
                    evidence: Default::default(),
                };
                let ix = self.graph.add_edge(s, t, edge);
                self.edges.insert(key, ix);
                ix
            }
        };
        if let (Some(ev), Some(edge)) = (evidence, self.graph.edge_weight_mut(ix)) {
            edge.evidence.insert(ev);
        }
        Some(ix)
    }

    /// Index of the node with this id.
    pub fn index_of(&self, id: &str) -> Option<NodeIndex> {
        self.ids.get(id).copied()
    }

    /// The node with this id.
    pub fn node(&self, id: &str) -> Option<&Node> {
        self.graph.node_weight(self.index_of(id)?)
    }

    /// Number of nodes.
    pub fn node_count(&self) -> usize {
        self.graph.node_count()
    }

    /// Number of edges.
    pub fn edge_count(&self) -> usize {
        self.graph.edge_count()
    }

    /// All nodes, sorted by id (deterministic).
    pub fn nodes_sorted(&self) -> Vec<&Node> {
        let mut v: Vec<&Node> = self.graph.node_weights().collect();
        v.sort_by(|a, b| a.id.cmp(&b.id));
        v
    }

    /// All edges as (source node, target node, edge), sorted by source id, target id, kind and role.
    pub fn edges_sorted(&self) -> Vec<(&Node, &Node, &Edge)> {
        let mut v: Vec<(&Node, &Node, &Edge)> = self
            .graph
            .edge_references()
            .filter_map(|e| {
                Some((
                    self.graph.node_weight(e.source())?,
                    self.graph.node_weight(e.target())?,
                    e.weight(),
                ))
            })
            .collect();
        v.sort_by(|a, b| {
            (&a.0.id, &a.1.id, a.2.kind, a.2.role).cmp(&(&b.0.id, &b.1.id, b.2.kind, b.2.role))
        });
        v
    }

    /// The node with this id, to change.
    pub fn node_mut(&mut self, id: &str) -> Option<&mut Node> {
        let ix = *self.ids.get(id)?;
        self.graph.node_weight_mut(ix)
    }

    /// Every edge touching a node: (source id, target id, edge).
    pub fn edges_of(&self, id: &str) -> Vec<(String, String, Edge)> {
        let Some(&ix) = self.ids.get(id) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for dir in [petgraph::Direction::Outgoing, petgraph::Direction::Incoming] {
            for e in self.graph.edges_directed(ix, dir) {
                if let (Some(s), Some(t)) = (
                    self.graph.node_weight(e.source()),
                    self.graph.node_weight(e.target()),
                ) {
                    out.push((s.id.clone(), t.id.clone(), e.weight().clone()));
                }
            }
        }
        out
    }

    /// Removes every edge of `kind` between two nodes, in either direction; returns how many.
    pub fn remove_edges_between(&mut self, a: &str, b: &str, kind: EdgeKind) -> usize {
        let (Some(&x), Some(&y)) = (self.ids.get(a), self.ids.get(b)) else {
            return 0;
        };
        let gone: Vec<_> = self
            .edges
            .iter()
            .filter(|(k, _)| k.2 == kind && ((k.0 == x && k.1 == y) || (k.0 == y && k.1 == x)))
            .map(|(k, ix)| (*k, *ix))
            .collect();
        for (k, ix) in &gone {
            self.edges.remove(k);
            self.graph.remove_edge(*ix);
        }
        gone.len()
    }

    /// Removes a node and its edges.
    pub fn remove_node(&mut self, id: &str) -> Option<Node> {
        let ix = self.ids.remove(id)?;
        self.edges.retain(|k, _| k.0 != ix && k.1 != ix);
        self.graph.remove_node(ix)
    }
}
