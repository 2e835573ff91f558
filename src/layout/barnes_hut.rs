//! Barnes-Hut repulsion: a quadtree over the node positions, each cell summarised by its total mass and centre
//! of mass, so a node feels a far-away cluster as one body. O(n log n) per step instead of O(n²).
//!
//! The tree is built in a fixed order from the positions alone, so the same positions always give the same
//! forces (the layout stays deterministic); the force pass can be split across threads without changing it.

/// Cells deeper than this are not split (coincident points share a leaf).
const MAX_DEPTH: u32 = 24;
const NONE: u32 = u32::MAX;

#[derive(Debug, Clone, Copy)]
struct Cell {
    /// Centre of the square and half its side.
    cx: f32,
    cy: f32,
    half: f32,
    /// Total mass (number of bodies) and mass-weighted position sum, then centre of mass.
    mass: f32,
    mx: f32,
    my: f32,
    /// First child (four consecutive cells), or NONE for a leaf.
    child: u32,
    /// A leaf's single body, or NONE.
    body: u32,
}

impl Cell {
    fn new(cx: f32, cy: f32, half: f32) -> Cell {
        Cell {
            cx,
            cy,
            half,
            mass: 0.0,
            mx: 0.0,
            my: 0.0,
            child: NONE,
            body: NONE,
        }
    }
}

/// The quadtree of one step.
#[derive(Debug, Clone, Default)]
pub struct QuadTree {
    cells: Vec<Cell>,
    /// Bodies in Z-order (Morton order of their positions): inserting and visiting them in this order keeps
    /// neighbouring bodies' cells close in memory, which roughly halves the force pass at 20k nodes.
    order: Vec<u32>,
    keys: Vec<(u64, u32)>,
}

impl QuadTree {
    /// Builds the tree over `pos` (reusing the arena of the previous step).
    pub fn build(&mut self, pos: &[[f32; 2]]) {
        self.cells.clear();
        if pos.is_empty() {
            return;
        }
        let (mut lo, mut hi) = ([f32::MAX; 2], [f32::MIN; 2]);
        for p in pos {
            for a in 0..2 {
                lo[a] = lo[a].min(p[a]);
                hi[a] = hi[a].max(p[a]);
            }
        }
        let half = ((hi[0] - lo[0]).max(hi[1] - lo[1]) / 2.0).max(1.0) * 1.001;
        self.cells.push(Cell::new(
            (lo[0] + hi[0]) / 2.0,
            (lo[1] + hi[1]) / 2.0,
            half,
        ));
        let scale = 65535.0 / (half * 2.0);
        self.keys.clear();
        self.keys.extend(
            pos.iter()
                .enumerate()
                .filter(|(_, p)| p[0].is_finite() && p[1].is_finite())
                .map(|(i, p)| {
                    let x = ((p[0] - lo[0]) * scale) as u32;
                    let y = ((p[1] - lo[1]) * scale) as u32;
                    (spread(x) | (spread(y) << 1), i as u32)
                }),
        );
        self.keys.sort_unstable();
        self.order.clear();
        self.order.extend(self.keys.iter().map(|&(_, i)| i));
        for k in 0..self.order.len() {
            let i = self.order[k];
            self.insert(i, pos[i as usize], pos);
        }
        // Sums → centres of mass.
        for c in &mut self.cells {
            if c.mass > 0.0 {
                c.mx /= c.mass;
                c.my /= c.mass;
            }
        }
    }

    fn insert(&mut self, body: u32, p: [f32; 2], pos: &[[f32; 2]]) {
        let mut at = 0usize;
        let mut depth = 0;
        loop {
            let c = &mut self.cells[at];
            c.mass += 1.0;
            c.mx += p[0];
            c.my += p[1];
            if c.child != NONE {
                at = c.child as usize + quadrant(c, p);
                depth += 1;
                continue;
            }
            if c.body == NONE && c.mass == 1.0 {
                c.body = body;
                return;
            }
            if depth >= MAX_DEPTH {
                // Coincident points: the leaf just counts them.
                return;
            }
            // Split: push the resident body one level down, then continue with the new one.
            let (cx, cy, h) = (c.cx, c.cy, c.half / 2.0);
            let resident = c.body;
            let first = self.cells.len() as u32;
            self.cells[at].child = first;
            self.cells[at].body = NONE;
            self.cells.push(Cell::new(cx - h, cy - h, h));
            self.cells.push(Cell::new(cx + h, cy - h, h));
            self.cells.push(Cell::new(cx - h, cy + h, h));
            self.cells.push(Cell::new(cx + h, cy + h, h));
            if resident != NONE {
                let rp = pos[resident as usize];
                let q = first as usize + quadrant(&self.cells[at], rp);
                let r = &mut self.cells[q];
                r.mass = 1.0;
                r.mx = rp[0];
                r.my = rp[1];
                r.body = resident;
            }
            at = first as usize + quadrant(&self.cells[at], p);
            depth += 1;
        }
    }

    /// The repulsive displacement on body `i` at `p`: Σ k²·m·d/|d|² over cells that look small from `p`
    /// (side / distance < `theta`) and over single bodies otherwise.
    pub fn force(&self, i: usize, p: [f32; 2], k2: f32, theta: f32) -> [f32; 2] {
        let mut out = [0.0f32; 2];
        if self.cells.is_empty() {
            return out;
        }
        let theta2 = theta * theta;
        let mut stack: [u32; 128] = [0; 128];
        let mut top = 1usize;
        while top > 0 {
            top -= 1;
            let c = &self.cells[stack[top] as usize];
            if c.mass == 0.0 || c.body == i as u32 {
                continue;
            }
            let d = [p[0] - c.mx, p[1] - c.my];
            let dist2 = (d[0] * d[0] + d[1] * d[1]).max(0.01);
            let side = c.half * 2.0;
            let far = side * side < theta2 * dist2;
            if c.child == NONE || far {
                let f = k2 * c.mass / dist2;
                out[0] += d[0] * f;
                out[1] += d[1] * f;
            } else if top + 4 <= stack.len() {
                for q in 0..4 {
                    stack[top] = c.child + q;
                    top += 1;
                }
            }
        }
        out
    }
}

/// The bits of a 16-bit number spread to the even bit positions (for Morton codes).
fn spread(v: u32) -> u64 {
    let mut x = u64::from(v & 0xffff);
    x = (x | (x << 8)) & 0x00ff_00ff;
    x = (x | (x << 4)) & 0x0f0f_0f0f;
    x = (x | (x << 2)) & 0x3333_3333;
    (x | (x << 1)) & 0x5555_5555
}

fn quadrant(c: &Cell, p: [f32; 2]) -> usize {
    usize::from(p[0] >= c.cx) + 2 * usize::from(p[1] >= c.cy)
}

/// Repulsion on every node, added into `disp`, split over up to `threads` threads. Bodies are visited in the
/// tree's Z-order; non-finite positions get none.
pub fn repulsion(
    tree: &QuadTree,
    pos: &[[f32; 2]],
    disp: &mut [[f32; 2]],
    k2: f32,
    theta: f32,
    threads: usize,
) {
    let order = &tree.order;
    let mut forces = vec![[0.0f32; 2]; order.len()];
    let work = |start: usize, out: &mut [[f32; 2]]| {
        for (slot, &i) in out.iter_mut().zip(&order[start..]) {
            *slot = tree.force(i as usize, pos[i as usize], k2, theta);
        }
    };
    if threads <= 1 || order.len() < 4000 {
        work(0, &mut forces);
    } else {
        let chunk = order.len().div_ceil(threads);
        std::thread::scope(|s| {
            for (c, out) in forces.chunks_mut(chunk).enumerate() {
                s.spawn(move || work(c * chunk, out));
            }
        });
    }
    for (&i, f) in order.iter().zip(&forces) {
        if let Some(d) = disp.get_mut(i as usize) {
            d[0] += f[0];
            d[1] += f[1];
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn exact(pos: &[[f32; 2]], i: usize, k2: f32) -> [f32; 2] {
        let mut out = [0.0; 2];
        for (j, q) in pos.iter().enumerate() {
            if j == i {
                continue;
            }
            let d = [pos[i][0] - q[0], pos[i][1] - q[1]];
            let dist2 = (d[0] * d[0] + d[1] * d[1]).max(0.01);
            out[0] += d[0] * k2 / dist2;
            out[1] += d[1] * k2 / dist2;
        }
        out
    }

    fn points(n: usize) -> Vec<[f32; 2]> {
        let mut s: u64 = 7;
        (0..n)
            .map(|_| {
                s ^= s << 13;
                s ^= s >> 7;
                s ^= s << 17;
                let a = (s & 0xffff) as f32 / 65536.0;
                let b = ((s >> 16) & 0xffff) as f32 / 65536.0;
                [a * 1000.0 - 500.0, b * 800.0 - 400.0]
            })
            .collect()
    }

    #[test]
    fn theta_zero_is_exact_and_theta_one_is_close() {
        let pos = points(500);
        let mut t = QuadTree::default();
        t.build(&pos);
        for i in [0, 17, 250, 499] {
            let e = exact(&pos, i, 1600.0);
            let z = t.force(i, pos[i], 1600.0, 0.0);
            let a = t.force(i, pos[i], 1600.0, 1.0);
            let len = (e[0] * e[0] + e[1] * e[1]).sqrt();
            assert!((z[0] - e[0]).abs() < len * 1e-3 + 1e-2, "{z:?} vs {e:?}");
            assert!((z[1] - e[1]).abs() < len * 1e-3 + 1e-2);
            let err = ((a[0] - e[0]).powi(2) + (a[1] - e[1]).powi(2)).sqrt();
            assert!(err < len * 0.15 + 1.0, "theta 1 error {err} of {len}");
        }
    }

    #[test]
    fn coincident_points_and_threads_agree() {
        let mut pos = points(6000);
        pos[10] = pos[11];
        pos[12] = pos[11];
        let mut t = QuadTree::default();
        t.build(&pos);
        let mut one = vec![[0.0; 2]; pos.len()];
        let mut two = vec![[0.0; 2]; pos.len()];
        repulsion(&t, &pos, &mut one, 1600.0, 0.9, 1);
        repulsion(&t, &pos, &mut two, 1600.0, 0.9, 2);
        assert_eq!(one, two);
        assert!(one.iter().all(|f| f[0].is_finite() && f[1].is_finite()));
    }
}
