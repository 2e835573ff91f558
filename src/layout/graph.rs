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

    /// Lays a changed graph out continuing from `previous` positions (by id): nodes seen before start where
    /// they were, new nodes start at the centre of their already placed neighbours (or their seeded place),
    /// and the simulation starts cool so the picture settles instead of being shuffled.
    pub fn continuing(
        graph: &KnowledgeGraph,
        previous: &HashMap<String, [f32; 2]>,
        steps: usize,
    ) -> GraphLayout {
        let mut laid = GraphLayout::new(graph, 0);
        let pos = &mut laid.layout.pos;
        let mut placed = vec![false; pos.len()];
        for (i, id) in laid.ids.iter().enumerate() {
            if let Some(p) = previous.get(id) {
                pos[i] = *p;
                placed[i] = true;
            }
        }
        if placed.iter().any(|p| *p) {
            for i in 0..pos.len() {
                if placed[i] {
                    continue;
                }
                let known: Vec<[f32; 2]> = laid.adjacency[i]
                    .iter()
                    .filter(|&&j| placed[j])
                    .map(|&j| pos[j])
                    .collect();
                if !known.is_empty() {
                    let n = known.len() as f32;
                    // A small seeded offset keeps new neighbours of one node from landing on one point.
                    let jitter = pos[i];
                    let scale = 10.0 / (jitter[0].abs() + jitter[1].abs()).max(1.0);
                    pos[i] = [
                        known.iter().map(|p| p[0]).sum::<f32>() / n + jitter[0] * scale,
                        known.iter().map(|p| p[1]).sum::<f32>() / n + jitter[1] * scale,
                    ];
                }
            }
            laid.layout.cool();
        }
        laid.layout.run(steps);
        laid
    }

    /// The usual number of steps before a first picture: settled for small graphs, a start for big ones.
    pub fn default_steps(nodes: usize) -> usize {
        if nodes < 3000 { 150 } else { 20 }
    }

    /// Positions by node id.
    pub fn positions(&self) -> HashMap<String, [f32; 2]> {
        super::by_id(&self.ids, &self.layout.pos)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{EdgeKind, Node, NodeKind};

    fn graph(n: usize) -> KnowledgeGraph {
        let mut g = KnowledgeGraph::new();
        for i in 0..n {
            g.upsert_node(Node::new(NodeKind::City, format!("c{i}"), format!("地{i}")));
        }
        for i in 1..n {
            g.add_edge(
                &format!("c{i}"),
                &format!("c{}", i / 2),
                EdgeKind::LocatedIn,
                None,
                None,
            );
        }
        g
    }

    #[test]
    fn a_grown_graph_keeps_its_picture() {
        let before = GraphLayout::new(&graph(40), 300);
        let old = before.positions();
        let after = GraphLayout::continuing(&graph(44), &old, 50);
        let fresh = GraphLayout::new(&graph(44), 300);
        let mean_move = |l: &GraphLayout| {
            old.iter()
                .map(|(id, p)| {
                    let q = l.layout.pos[l.index[id]];
                    ((p[0] - q[0]).powi(2) + (p[1] - q[1]).powi(2)).sqrt()
                })
                .sum::<f32>()
                / old.len() as f32
        };
        let (kept, shuffled) = (mean_move(&after), mean_move(&fresh));
        // The old nodes shift a little to make room; a fresh layout moves them much further.
        assert!(
            kept * 4.0 < shuffled,
            "continuing moved {kept}, fresh {shuffled}"
        );
        // A new leaf starts next to its parent.
        let leaf = after.layout.pos[after.index["c43"]];
        let parent = after.layout.pos[after.index["c21"]];
        let d = ((leaf[0] - parent[0]).powi(2) + (leaf[1] - parent[1]).powi(2)).sqrt();
        assert!(d < 120.0, "new leaf {d} away from its parent");
    }
}
