//! Paths through the explorer's graph: the shortest path between two selected nodes (or from a path start to
//! the selection), recomputed after every command.

use super::state::Atlas;

impl Atlas {
    /// Shortest path between two nodes over visible nodes (breadth-first, undirected); empty when none.
    pub fn shortest_path(&self, from: usize, to: usize) -> Vec<usize> {
        let mut prev = vec![usize::MAX; self.ids.len()];
        let mut queue = std::collections::VecDeque::from([from]);
        prev[from] = from;
        while let Some(n) = queue.pop_front() {
            if n == to {
                let mut path = vec![to];
                let mut cur = to;
                while cur != from {
                    cur = prev[cur];
                    path.push(cur);
                }
                path.reverse();
                return path;
            }
            for &m in &self.adjacency[n] {
                if prev[m] == usize::MAX && self.visible[m] {
                    prev[m] = n;
                    queue.push_back(m);
                }
            }
        }
        Vec::new()
    }

    /// Recomputes the path after the selection changed: from the path start to the selection, or between the
    /// two nodes when exactly two are selected.
    pub fn update_path(&mut self) {
        let start = self.path_start.or_else(|| {
            (self.multi.len() == 2)
                .then(|| {
                    self.multi
                        .iter()
                        .find(|id| Some(*id) != self.selected.as_ref())
                })
                .flatten()
                .and_then(|id| self.index.get(id).copied())
        });
        self.path = match (
            start,
            self.selected.as_ref().and_then(|s| self.index.get(s)),
        ) {
            (Some(a), Some(&b)) if a != b => self.shortest_path(a, b),
            _ => Vec::new(),
        };
    }

    /// Layout indices of every selected node.
    pub fn selected_indices(&self) -> Vec<usize> {
        self.multi
            .iter()
            .chain(self.selected.iter())
            .filter_map(|id| self.index.get(id).copied())
            .collect()
    }
}
