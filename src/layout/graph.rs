//! A knowledge graph put into layout order: ids sorted, undirected adjacency, and a seeded force layout run
//! until it settles. The window and the picture exports start from the same positions.

use super::ForceLayout;
use crate::model::KnowledgeGraph;
use std::collections::HashMap;

/// Nodes by layout index with their neighbours and positions.
#[derive(Debug, Clone)]
pub struct GraphLayout {
    /// Node ids (sorted) by layout index.
    pub ids: Vec<String>,
    /// Layout index of each id.
    pub index: HashMap<String, usize>,
    /// Undirected neighbours by index, sorted, no duplicates.
    pub adjacency: Vec<Vec<usize>>,
    /// The simulation and its positions.
    pub layout: ForceLayout,
}

impl GraphLayout {
    /// Lays a graph out: seeded start, then up to `steps` simulation steps (fewer if it settles).
    pub fn new(graph: &KnowledgeGraph, steps: usize) -> GraphLayout {
        let ids: Vec<String> = graph.nodes_sorted().iter().map(|n| n.id.clone()).collect();
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
        layout.run(steps);
        GraphLayout {
            ids,
            index,
            adjacency,
            layout,
        }
    }

    /// The usual number of steps before a first picture: settled for small graphs, a start for big ones.
    pub fn default_steps(nodes: usize) -> usize {
        if nodes < 3000 { 150 } else { 20 }
    }

    /// Positions by node id.
    pub fn positions(&self) -> HashMap<String, [f32; 2]> {
        self.ids
            .iter()
            .cloned()
            .zip(self.layout.pos.iter().copied())
            .collect()
    }
}
