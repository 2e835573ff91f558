//! What drawing needs of each node, by layout index, computed once per graph: shared id, kind, the label as
//! drawn, and the order nodes are painted in (small first, so hubs end on top). A frame then reads arrays
//! instead of looking nodes up by id and shortening labels again.

use super::picture::short_label;
use crate::model::{KnowledgeGraph, NodeKind};
use std::sync::Arc;

/// Per-node drawing data by layout index.
#[derive(Debug, Clone, Default)]
pub struct NodeTable {
    /// Ids (shared: a disc in a picture holds one without allocating).
    pub ids: Vec<Arc<str>>,
    /// Kinds.
    pub kinds: Vec<NodeKind>,
    /// Labels as drawn (at most 24 characters).
    pub labels: Vec<String>,
    /// Layout indices in paint order: by degree ascending, then by index descending.
    pub order: Vec<usize>,
}

impl NodeTable {
    /// The table of `ids` (layout order) in `graph` with undirected `adjacency`.
    pub fn new(graph: &KnowledgeGraph, ids: &[String], adjacency: &[Vec<usize>]) -> NodeTable {
        let mut kinds = Vec::with_capacity(ids.len());
        let mut labels = Vec::with_capacity(ids.len());
        for id in ids {
            let node = graph.node(id);
            kinds.push(node.map_or(NodeKind::Group, |n| n.kind));
            labels.push(node.map_or_else(|| short_label(id), |n| short_label(&n.label)));
        }
        let degree = |i: usize| adjacency.get(i).map_or(0, Vec::len);
        let mut order: Vec<usize> = (0..ids.len()).collect();
        order.sort_by_key(|&i| (degree(i), std::cmp::Reverse(i)));
        NodeTable {
            ids: ids.iter().map(|s| Arc::from(s.as_str())).collect(),
            kinds,
            labels,
            order,
        }
    }

    /// Number of nodes.
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }
}
