//! Scale harness (prints numbers; not a test):
//!
//!     cargo run --release --example perf -- [--nodes N] [--edges M] [--frames F] [--no-stock]
//!                                          [--stock-steps S] [--load-mb MB] [--skip-sizes]
//!
//! For each size (default 500, 2k, 5k and 20k nodes with 3× edges, plus the seeds graph) it builds a graph
//! with Chinese labels and renders headless frames (run_ui + tessellate at 1600×1000, bundled CJK font,
//! labels on) with our view and with the stock egui_graphs 0.32 GraphView + FruchtermanReingold, in the same
//! run and from the same start positions. One line per size:
//!
//!     perf nodes=… edges=… ours_frame_ms=… stock_frame_ms=… ours_layout_ms=… stock_layout_ms=… frame_ratio=… layout_ratio=…
//!
//! Medians over `--frames` (default 25) frames after 5 warm-up frames. `ours_frame_ms` is a frame whose
//! picture is rebuilt because the layout moved (the costly case); `ours_idle_ms` a frame where nothing
//! changed. Then: cold start on the seeds (extract + layout + fonts + first frame, in process), and
//! `--load-mb` MB of documents loaded through the app's background loader while frames keep being drawn.

use egui::{Pos2, RawInput, Rect, pos2, vec2};
use egui_graphs::{
    FruchtermanReingold, FruchtermanReingoldState, Graph, GraphView, LayoutForceDirected,
    SettingsNavigation, SettingsStyle,
};
use petgraph::stable_graph::StableGraph;
use policy_atlas::app::state::Atlas;
use policy_atlas::model::{EdgeKind, KnowledgeGraph, Node, NodeKind};
use policy_atlas::ui::graph_view::{self, Look, ViewState};
use std::time::Instant;

const SIZE: [f32; 2] = [1600.0, 1000.0];

type StockView = GraphView<FruchtermanReingoldState, LayoutForceDirected<FruchtermanReingold>>;

fn arg(name: &str) -> Option<String> {
    std::env::args().skip_while(|a| a != name).nth(1)
}

fn flag(name: &str) -> bool {
    std::env::args().any(|a| a == name)
}

fn median(mut v: Vec<f64>) -> f64 {
    if v.is_empty() {
        return f64::NAN;
    }
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

fn ms(t: Instant) -> f64 {
    t.elapsed().as_secs_f64() * 1e3
}

/// A small xorshift generator: the same graph every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const PLACES: [&str; 16] = [
    "呼和浩特",
    "包头",
    "鄂尔多斯",
    "乌海",
    "赤峰",
    "通辽",
    "呼伦贝尔",
    "巴彦淖尔",
    "乌兰察布",
    "锡林郭勒",
    "兴安",
    "阿拉善",
    "榆林",
    "土默特左旗",
    "达拉特旗",
    "准格尔旗",
];
const THINGS: [&str; 12] = [
    "新能源",
    "稀土新材料",
    "现代煤化工",
    "乳业",
    "大数据",
    "云计算",
    "现代物流",
    "文化旅游",
    "氢能",
    "储能",
    "装备制造",
    "生物医药",
];

/// A graph shaped like the real ones: five kinds, Chinese labels, hubs (preferential attachment).
fn synthetic(nodes: usize, edges: usize) -> KnowledgeGraph {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut g = KnowledgeGraph::new();
    let mut ids = Vec::with_capacity(nodes);
    for i in 0..nodes {
        let place = PLACES[rng.below(PLACES.len())];
        let thing = THINGS[rng.below(THINGS.len())];
        let (kind, label) = match i % 5 {
            0 => (NodeKind::City, format!("{place}第{i}镇")),
            1 => (NodeKind::Department, format!("{place}市{thing}发展局{i}")),
            2 => (NodeKind::Industry, format!("{place}{thing}产业集群{i}")),
            3 => (NodeKind::Project, format!("{place}{thing}示范项目{i}号")),
            _ => (
                NodeKind::Task,
                format!("推进{place}{thing}高质量发展任务{i}"),
            ),
        };
        let id = Node::id_for(kind, &label);
        g.upsert_node(Node::new(kind, id.clone(), label));
        ids.push(id);
    }
    let mut ends: Vec<usize> = Vec::with_capacity(edges * 2);
    let mut made = 0;
    let mut tries = 0;
    while made < edges && nodes > 1 && tries < edges * 4 {
        tries += 1;
        let a = 1 + rng.below(nodes - 1);
        // Half the time a popular node (an end of an earlier edge), else any earlier node.
        let b = if !ends.is_empty() && rng.below(2) == 0 {
            ends[rng.below(ends.len())]
        } else {
            rng.below(a)
        };
        if a == b {
            continue;
        }
        if g.add_edge(&ids[a], &ids[b], EdgeKind::Mentions, None, None)
            .is_some()
        {
            ends.push(a);
            ends.push(b);
            made += 1;
        }
    }
    g
}

fn ctx() -> egui::Context {
    let ctx = egui::Context::default();
    ctx.set_fonts(policy_atlas::ui::theme::bundled_fonts());
    ctx
}

fn input(frame: u64) -> RawInput {
    RawInput {
        screen_rect: Some(Rect::from_min_size(Pos2::ZERO, vec2(SIZE[0], SIZE[1]))),
        time: Some(frame as f64 / 60.0),
        ..Default::default()
    }
}

/// One headless frame: run_ui + tessellate.
fn frame(ctx: &egui::Context, n: u64, mut body: impl FnMut(&mut egui::Ui)) -> f64 {
    let t = Instant::now();
    let out = ctx.run_ui(input(n), |ui| {
        egui::CentralPanel::default()
            .frame(egui::Frame::NONE)
            .show(ui, |ui| body(ui));
    });
    let prims = ctx.tessellate(out.shapes, out.pixels_per_point);
    std::hint::black_box(prims.len());
    ms(t)
}

struct Ours {
    frame: f64,
    idle: f64,
    layout: f64,
    build: f64,
    vertices: usize,
}

fn ours(graph: KnowledgeGraph, frames: usize) -> (Ours, Atlas) {
    let t = Instant::now();
    let mut atlas = Atlas::new(graph);
    let build = ms(t);
    let ctx = ctx();
    let mut view = ViewState::default();
    let look = Look::default();
    let mut n = 0;
    let (mut frame_ms, mut layout_ms, mut idle_ms) = (Vec::new(), Vec::new(), Vec::new());
    for i in 0..frames + 5 {
        let t = Instant::now();
        atlas.layout.reheat();
        atlas.layout.step();
        let step = ms(t);
        let f = frame(&ctx, n, |ui| {
            graph_view::show(ui, &atlas, &mut view, &look);
        });
        n += 1;
        atlas.fit_pending = false;
        let idle = frame(&ctx, n, |ui| {
            graph_view::show(ui, &atlas, &mut view, &look);
        });
        n += 1;
        if i >= 5 {
            layout_ms.push(step);
            frame_ms.push(f);
            idle_ms.push(idle);
        }
    }
    let vertices = view.cache.vertex_count();
    (
        Ours {
            frame: median(frame_ms),
            idle: median(idle_ms),
            layout: median(layout_ms),
            build,
            vertices,
        },
        atlas,
    )
}

/// The stock widget on the same graph, nodes starting where ours start.
fn stock(atlas: &Atlas, frames: usize, steps: usize) -> (f64, f64, usize) {
    let mut sg: StableGraph<(), ()> = StableGraph::new();
    let ix: Vec<_> = (0..atlas.nodes.len()).map(|_| sg.add_node(())).collect();
    for (a, ns) in atlas.adjacency.iter().enumerate() {
        for &b in ns {
            if a < b {
                sg.add_edge(ix[a], ix[b], ());
            }
        }
    }
    let mut g: Graph<(), ()> = Graph::from(&sg);
    for (i, &x) in ix.iter().enumerate() {
        if let Some(node) = g.node_mut(x) {
            node.set_label(atlas.nodes.labels[i].clone());
            let p = atlas.layout.pos[i];
            node.set_location(pos2(p[0], p[1]));
        }
    }
    let ctx = ctx();
    let style = SettingsStyle::new().with_labels_always(true);
    let nav = SettingsNavigation::new().with_fit_to_screen_enabled(true);
    let set_running = |ui: &mut egui::Ui, running: bool| {
        let mut s: FruchtermanReingoldState = egui_graphs::get_layout_state(ui, None);
        s.is_running = running;
        egui_graphs::set_layout_state(ui, s, None);
    };
    let mut n = 0;
    let mut frame_ms = Vec::new();
    for i in 0..frames + 5 {
        let f = frame(&ctx, n, |ui| {
            set_running(ui, false);
            StockView::new()
                .with_styles(&style)
                .with_navigations(&nav)
                .show(ui, &mut g);
        });
        n += 1;
        if i >= 5 {
            frame_ms.push(f);
        }
    }
    let mut layout_ms = Vec::new();
    for _ in 0..steps {
        let mut step = 0.0;
        frame(&ctx, n, |ui| {
            set_running(ui, true);
            let t = Instant::now();
            StockView::fast_forward(ui, &mut g, 1, None);
            step = ms(t);
            set_running(ui, false);
        });
        n += 1;
        layout_ms.push(step);
    }
    (median(frame_ms), median(layout_ms), steps)
}

fn rss_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

fn run_size(name: &str, graph: KnowledgeGraph, frames: usize, stock_steps: Option<usize>) {
    let (nodes, edges) = (graph.node_count(), graph.edge_count());
    let (o, atlas) = ours(graph, frames);
    let rss = rss_mb();
    let line = format!(
        "perf graph={name} nodes={nodes} edges={edges} ours_frame_ms={:.2} ours_idle_ms={:.2} ours_layout_ms={:.2} ours_build_ms={:.0} ours_vertices={} rss_mb={rss:.0}",
        o.frame, o.idle, o.layout, o.build, o.vertices
    );
    match stock_steps {
        None => println!("{line}"),
        Some(steps) => {
            let steps = if steps == 0 {
                if nodes > 5000 { 3 } else { 20 }
            } else {
                steps
            };
            let (sf, sl, steps) = stock(&atlas, frames, steps);
            println!(
                "{line} stock_frame_ms={sf:.2} stock_layout_ms={sl:.2} stock_layout_steps={steps} frame_ratio={:.3} layout_ratio={:.4}",
                o.frame / sf,
                o.layout / sl
            );
        }
    }
}

fn cold_start() {
    let t = Instant::now();
    let graph = policy_atlas::extract::build_graph(&policy_atlas::extract::seed_sources());
    let extracted = ms(t);
    let mut atlas = Atlas::new(graph);
    let laid = ms(t);
    let ctx = ctx();
    let mut view = ViewState::default();
    frame(&ctx, 0, |ui| {
        graph_view::show(ui, &atlas, &mut view, &Look::default());
    });
    atlas.fit_pending = false;
    println!(
        "cold_start extract_ms={extracted:.0} layout_ms={:.0} first_frame_ms={:.0} (in process, fonts included)",
        laid - extracted,
        ms(t)
    );
}

/// Loads `mb` MB through the app's background loader while drawing the seeds graph, then swaps the new
/// graph in and keeps drawing with the layout running: the longest frame of each phase.
fn load_at_scale(mb: usize, frames: usize) {
    let ctx = ctx();
    let mut atlas = Atlas::new(policy_atlas::extract::build_graph(
        &policy_atlas::extract::seed_sources(),
    ));
    let mut view = ViewState::default();
    let look = Look::default();
    // 100 documents: the swapped seed copies joined into larger files.
    let copies = policy_atlas::extract::synthetic::swapped_seeds(mb << 20);
    let mut joined: Vec<Vec<u8>> = vec![Vec::new(); 100.min(copies.len())];
    let count = joined.len();
    for (k, copy) in copies.iter().enumerate() {
        if let Ok(b) = &copy.bytes {
            joined[k % count].extend_from_slice(b);
            joined[k % count].extend_from_slice(b"\n\n");
        }
    }
    let sources: Vec<policy_atlas::extract::Source> = joined
        .into_iter()
        .enumerate()
        .map(|(i, bytes)| policy_atlas::extract::Source {
            name: format!("gen/{i:03}.txt"),
            bytes: Ok(bytes),
        })
        .collect();
    let (docs, bytes) = (
        sources.len(),
        sources
            .iter()
            .map(|s| s.bytes.as_ref().map_or(0, Vec::len))
            .sum::<usize>(),
    );
    let t = Instant::now();
    let previous = atlas.positions();
    let Some(job) =
        policy_atlas::app::loader::Job::start(sources, Vec::new(), previous, ctx.clone())
    else {
        println!("load could not start a thread");
        return;
    };
    let mut during = Vec::new();
    let mut n = 0;
    let loaded = loop {
        if let Some(l) = job.poll() {
            break l;
        }
        during.push(frame(&ctx, n, |ui| {
            atlas.tick_layout(&ctx);
            graph_view::show(ui, &atlas, &mut view, &look);
        }));
        n += 1;
        std::thread::sleep(std::time::Duration::from_millis(4));
    };
    let load_s = t.elapsed().as_secs_f64();
    let swap = Instant::now();
    atlas = loaded.atlas;
    let swap_ms = ms(swap);
    let mut after = Vec::new();
    for _ in 0..frames {
        // As the window does: the layout runs on its thread, each frame draws its latest positions.
        after.push(frame(&ctx, n, |ui| {
            atlas.tick_layout(&ctx);
            graph_view::show(ui, &atlas, &mut view, &look);
        }));
        atlas.fit_pending = false;
        n += 1;
        std::thread::sleep(std::time::Duration::from_millis(8));
    }
    let max = |v: &[f64]| v.iter().copied().fold(0.0, f64::max);
    println!(
        "load docs={docs} mb={:.1} load_s={load_s:.2} frames_during={} max_frame_during_ms={:.1} median_frame_during_ms={:.2} swap_ms={swap_ms:.1} nodes_after={} first_frame_after_ms={:.1} max_frame_after_ms={:.1} median_frame_after_ms={:.2}",
        bytes as f64 / (1 << 20) as f64,
        during.len(),
        max(&during),
        median(during.clone()),
        atlas.nodes.len(),
        after.first().copied().unwrap_or(f64::NAN),
        max(&after[1.min(after.len())..]),
        median(after.clone()),
    );
}

fn main() {
    let frames: usize = arg("--frames").and_then(|v| v.parse().ok()).unwrap_or(25);
    let stock_steps = if flag("--no-stock") {
        None
    } else {
        Some(
            arg("--stock-steps")
                .and_then(|v| v.parse().ok())
                .unwrap_or(0),
        )
    };
    if !flag("--skip-sizes") {
        let sizes: Vec<usize> = match arg("--nodes").and_then(|v| v.parse().ok()) {
            Some(n) => vec![n],
            None => vec![500, 2000, 5000, 20_000],
        };
        for n in sizes {
            let m = arg("--edges").and_then(|v| v.parse().ok()).unwrap_or(n * 3);
            run_size("synthetic", synthetic(n, m), frames, stock_steps);
        }
        if arg("--nodes").is_none() {
            let seeds = policy_atlas::extract::build_graph(&policy_atlas::extract::seed_sources());
            run_size("seeds", seeds, frames, stock_steps);
        }
    }
    cold_start();
    if let Some(mb) = arg("--load-mb").and_then(|v| v.parse().ok()) {
        load_at_scale(mb, frames);
    }
}
