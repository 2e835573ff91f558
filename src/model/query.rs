//! Queries over the knowledge graph: lookup by name, neighbours, k-hop neighbourhoods, filtered subgraphs.

use super::graph::KnowledgeGraph;
use super::types::{EdgeKind, Node, NodeKind};
use petgraph::Direction;
use petgraph::stable_graph::NodeIndex;
use petgraph::visit::EdgeRef;
use std::collections::{BTreeSet, VecDeque};

/// Which way an edge points from the node asked about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// The node is the edge's source.
    Out,
    /// The node is the edge's target.
    In,
}

/// One neighbour of a node.
#[derive(Debug, Clone)]
pub struct Neighbour<'a> {
    /// The neighbouring node.
    pub node: &'a Node,
    /// The edge's kind.
    pub kind: EdgeKind,
    /// The edge's role, if any.
    pub role: Option<super::types::Role>,
    /// Which way the edge points.
    pub side: Side,
}

impl KnowledgeGraph {
    /// Nodes whose label or one of whose aliases equals `name` (exact), labels first, sorted by id.
    ///
    /// Complexity: O(n) over all nodes.
    pub fn find_by_name(&self, name: &str) -> Vec<&Node> {
        let mut exact: Vec<&Node> = self
            .graph
            .node_weights()
            .filter(|n| n.label == name)
            .collect();
        let mut alias: Vec<&Node> = self
            .graph
            .node_weights()
            .filter(|n| n.label != name && n.aliases.contains(name))
            .collect();
        exact.sort_by(|a, b| a.id.cmp(&b.id));
        alias.sort_by(|a, b| a.id.cmp(&b.id));
        exact.extend(alias);
        exact
    }

    /// Every neighbour of `id` over edges of the given kinds (all kinds when `kinds` is empty), sorted by
    /// edge kind, role and neighbour id.
    pub fn neighbours(&self, id: &str, kinds: &[EdgeKind]) -> Vec<Neighbour<'_>> {
        let Some(ix) = self.index_of(id) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for (dir, side) in [
            (Direction::Outgoing, Side::Out),
            (Direction::Incoming, Side::In),
        ] {
            for e in self.graph.edges_directed(ix, dir) {
                let w = e.weight();
                if !kinds.is_empty() && !kinds.contains(&w.kind) {
                    continue;
                }
                let other = if side == Side::Out {
                    e.target()
                } else {
                    e.source()
                };
                if let Some(node) = self.graph.node_weight(other) {
                    out.push(Neighbour {
                        node,
                        kind: w.kind,
                        role: w.role,
                        side,
                    });
                }
            }
        }
        out.sort_by(|a, b| (a.kind, a.role, &a.node.id).cmp(&(b.kind, b.role, &b.node.id)));
        out
    }

    /// Ids of the nodes within `depth` hops of any of `seeds` (edges followed both ways).
    ///
    /// Complexity: O(V + E) breadth-first search.
    pub fn k_hop(&self, seeds: &[&str], depth: usize) -> BTreeSet<String> {
        let mut seen: BTreeSet<NodeIndex> = BTreeSet::new();
        let mut queue: VecDeque<(NodeIndex, usize)> = VecDeque::new();
        for s in seeds {
            if let Some(ix) = self.index_of(s)
                && seen.insert(ix)
            {
                queue.push_back((ix, 0));
            }
        }
        while let Some((ix, d)) = queue.pop_front() {
            if d >= depth {
                continue;
            }
            for n in self.graph.neighbors_undirected(ix) {
                if seen.insert(n) {
                    queue.push_back((n, d + 1));
                }
            }
        }
        seen.iter()
            .filter_map(|ix| self.graph.node_weight(*ix).map(|n| n.id.clone()))
            .collect()
    }

    /// A copy of the graph holding only the nodes that `keep` accepts and the edges between them.
    pub fn subgraph(&self, keep: impl Fn(&Node) -> bool) -> KnowledgeGraph {
        let mut out = KnowledgeGraph::new();
        out.documents = self.documents.clone();
        out.warnings = self.warnings.clone();
        out.texts = self.texts.clone();
        for n in self.nodes_sorted() {
            if keep(n) {
                out.upsert_node(n.clone());
            }
        }
        for (s, t, e) in self.edges_sorted() {
            if out.index_of(&s.id).is_some() && out.index_of(&t.id).is_some() {
                for ev in &e.evidence {
                    out.add_edge(&s.id, &t.id, e.kind, e.role, Some(ev.clone()));
                }
                if e.evidence.is_empty() {
                    out.add_edge(&s.id, &t.id, e.kind, e.role, None);
                }
            }
        }
        out
    }

    /// The subgraph of nodes of the given kinds (all when empty) that are mentioned in one of the given
    /// documents (all when empty). Document nodes count as mentioned in themselves.
    pub fn filtered(&self, kinds: &[NodeKind], docs: &[&str]) -> KnowledgeGraph {
        self.subgraph(|n| {
            let kind_ok = kinds.is_empty() || kinds.contains(&n.kind);
            let doc_ok = docs.is_empty()
                || docs.contains(&n.id.as_str())
                || n.docs().iter().any(|d| docs.contains(d));
            kind_ok && doc_ok
        })
    }
}
