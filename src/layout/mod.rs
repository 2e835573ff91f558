//! Force-directed layout, free of egui: seeded start positions (the same graph gives the same picture every
//! run), repulsion exact for small graphs and Barnes-Hut (quadtree, O(n log n), split over the cores) for
//! large ones, spring attraction along edges, gravity to the centre, and cooling so it settles and stops
//! costing CPU.

pub mod barnes_hut;
mod graph;
pub mod live;
pub use graph::GraphLayout;

/// Positions and the state of the simulation.
#[derive(Debug, Clone)]
pub struct ForceLayout {
    /// Node positions, in layout units.
    pub pos: Vec<[f32; 2]>,
    /// Pinned nodes do not move.
    pub pinned: Vec<bool>,
    edges: Vec<(usize, usize)>,
    /// Ideal edge length.
    k: f32,
    /// Largest step a node may take now; shrinks as the layout cools.
    temperature: f32,
    /// Largest movement in the last step.
    pub last_move: f32,
    /// Bumped whenever positions change (the view redraws only then).
    pub version: u64,
    tree: barnes_hut::QuadTree,
    disp: Vec<[f32; 2]>,
    threads: usize,
}

/// Up to this many nodes repulsion is computed between every pair; above, by Barnes-Hut.
const EXACT_LIMIT: usize = 1500;
/// Barnes-Hut opening angle: a cell whose side is below `THETA` × its distance counts as one body.
const THETA: f32 = 1.0;

/// Positions keyed by node id (layout order `ids` beside `pos`), into any map.
pub fn by_id<M: FromIterator<(String, [f32; 2])>>(ids: &[String], pos: &[[f32; 2]]) -> M {
    ids.iter().cloned().zip(pos.iter().copied()).collect()
}

/// A stable 64-bit FNV-1a hash (not `DefaultHasher`, whose output may change between Rust versions).
fn fnv(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

impl ForceLayout {
    /// Starts a layout for nodes named by `ids` (their hash seeds the start position) and `edges` between
    /// node indices.
    pub fn new(ids: &[&str], edges: Vec<(usize, usize)>) -> ForceLayout {
        let n = ids.len().max(1) as f32;
        let k = 40.0;
        let radius = k * n.sqrt() * 0.8;
        let pos = ids
            .iter()
            .map(|id| {
                let h = fnv(id);
                let angle = (h & 0xffff) as f32 / 65536.0 * std::f32::consts::TAU;
                let r = radius * (((h >> 16) & 0xffff) as f32 / 65536.0).sqrt();
                [r * angle.cos(), r * angle.sin()]
            })
            .collect();
        let edges = edges
            .into_iter()
            .filter(|(a, b)| a != b && *a < ids.len() && *b < ids.len())
            .collect();
        ForceLayout {
            pos,
            pinned: vec![false; ids.len()],
            edges,
            k,
            temperature: k * 2.0,
            last_move: f32::MAX,
            version: 0,
            tree: barnes_hut::QuadTree::default(),
            disp: Vec::new(),
            threads: std::thread::available_parallelism().map_or(1, |n| n.get().min(8)),
        }
    }

    /// Moves one node (and counts it as a change).
    pub fn set(&mut self, i: usize, p: [f32; 2]) {
        if let Some(slot) = self.pos.get_mut(i) {
            *slot = p;
            self.version += 1;
        }
    }

    /// Whether movement has fallen below the threshold: no more steps needed.
    pub fn settled(&self) -> bool {
        self.last_move < 0.05 * self.k / 40.0 || self.temperature < 0.01
    }

    /// Starts cool: for positions that are already good (a graph that only grew).
    pub fn cool(&mut self) {
        self.temperature = self.k * 0.25;
        self.last_move = f32::MAX;
        self.version += 1;
    }

    /// Warms the layout up again (after the graph changed or a node was dragged).
    pub fn reheat(&mut self) {
        self.temperature = self.temperature.max(self.k * 0.5);
        self.last_move = f32::MAX;
    }

    /// One simulation step; returns the largest movement.
    pub fn step(&mut self) -> f32 {
        let n = self.pos.len();
        if n == 0 {
            self.last_move = 0.0;
            return 0.0;
        }
        let k = self.k;
        let mut disp = std::mem::take(&mut self.disp);
        disp.clear();
        disp.resize(n, [0.0; 2]);
        // Repulsion: exact for small graphs, Barnes-Hut for large ones.
        if n <= EXACT_LIMIT {
            for i in 0..n {
                for j in (i + 1)..n {
                    let d = [
                        self.pos[i][0] - self.pos[j][0],
                        self.pos[i][1] - self.pos[j][1],
                    ];
                    let dist2 = (d[0] * d[0] + d[1] * d[1]).max(0.01);
                    let f = k * k / dist2;
                    disp[i][0] += d[0] * f;
                    disp[i][1] += d[1] * f;
                    disp[j][0] -= d[0] * f;
                    disp[j][1] -= d[1] * f;
                }
            }
        } else {
            self.tree.build(&self.pos);
            barnes_hut::repulsion(&self.tree, &self.pos, &mut disp, k * k, THETA, self.threads);
        }
        // Springs along edges.
        for &(a, b) in &self.edges {
            let d = [
                self.pos[a][0] - self.pos[b][0],
                self.pos[a][1] - self.pos[b][1],
            ];
            let dist = (d[0] * d[0] + d[1] * d[1]).sqrt().max(0.01);
            let f = dist / k;
            disp[a][0] -= d[0] * f;
            disp[a][1] -= d[1] * f;
            disp[b][0] += d[0] * f;
            disp[b][1] += d[1] * f;
        }
        // Gravity keeps islands from drifting away.
        for (i, p) in self.pos.iter().enumerate() {
            disp[i][0] -= p[0] * 0.01;
            disp[i][1] -= p[1] * 0.01;
        }
        let mut moved = 0.0f32;
        for (i, d) in disp.iter().enumerate() {
            if self.pinned[i] {
                continue;
            }
            let len = (d[0] * d[0] + d[1] * d[1]).sqrt();
            if len > 0.0 {
                let s = len.min(self.temperature) / len;
                self.pos[i][0] += d[0] * s;
                self.pos[i][1] += d[1] * s;
                moved = moved.max(len * s);
            }
        }
        self.temperature *= 0.97;
        self.last_move = moved;
        self.disp = disp;
        if moved > 0.0 {
            self.version += 1;
        }
        moved
    }

    /// Steps until settled or `max_steps` ran.
    pub fn run(&mut self, max_steps: usize) {
        for _ in 0..max_steps {
            if self.settled() {
                break;
            }
            self.step();
        }
    }

    /// Bounding box (min, max) of all positions.
    pub fn bounds(&self) -> ([f32; 2], [f32; 2]) {
        let mut min = [f32::MAX; 2];
        let mut max = [f32::MIN; 2];
        for p in &self.pos {
            for a in 0..2 {
                min[a] = min[a].min(p[a]);
                max[a] = max[a].max(p[a]);
            }
        }
        if self.pos.is_empty() {
            ([0.0; 2], [0.0; 2])
        } else {
            (min, max)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seeded_and_settling() {
        let ids = ["a", "b", "c", "d"];
        let mut l1 = ForceLayout::new(&ids, vec![(0, 1), (1, 2), (2, 3)]);
        let mut l2 = ForceLayout::new(&ids, vec![(0, 1), (1, 2), (2, 3)]);
        assert_eq!(l1.pos, l2.pos);
        l1.run(2000);
        l2.run(2000);
        assert_eq!(l1.pos, l2.pos);
        assert!(l1.settled());
        // Connected nodes end closer than the ends of the chain.
        let d = |a: usize, b: usize| {
            ((l1.pos[a][0] - l1.pos[b][0]).powi(2) + (l1.pos[a][1] - l1.pos[b][1]).powi(2)).sqrt()
        };
        assert!(d(0, 1) < d(0, 3));
    }

    #[test]
    fn pinned_nodes_stay() {
        let mut l = ForceLayout::new(&["a", "b"], vec![(0, 1)]);
        l.pinned[0] = true;
        let p = l.pos[0];
        l.run(50);
        assert_eq!(l.pos[0], p);
    }
}
