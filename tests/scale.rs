//! Large-graph behaviour: edge thinning in the window's picture (exports keep every edge) and the layout
//! thread of a large graph.
#![cfg(feature = "gui")]

use policy_atlas::app::state::{Atlas, Command};
use policy_atlas::export::nodes::NodeTable;
use policy_atlas::export::picture::{Scene, Style, Theme, draw};
use policy_atlas::layout::GraphLayout;
use policy_atlas::model::{EdgeKind, KnowledgeGraph, Node, NodeKind};
use std::time::{Duration, Instant};

/// A star of stars: `n` nodes, every node tied to its parent (i / 3) and to i / 7.
fn big(n: usize) -> KnowledgeGraph {
    let mut g = KnowledgeGraph::new();
    for i in 0..n {
        g.upsert_node(Node::new(
            NodeKind::Project,
            format!("p{i}"),
            format!("项目{i}"),
        ));
    }
    for i in 1..n {
        for j in [i / 3, i / 7] {
            g.add_edge(
                &format!("p{i}"),
                &format!("p{j}"),
                EdgeKind::Mentions,
                None,
                None,
            );
        }
    }
    g
}

#[test]
fn the_window_thins_a_hairball_but_keeps_the_highlighted_edges_and_exports_keep_all() {
    let g = big(4000);
    let laid = GraphLayout::new(&g, 0);
    let nodes = NodeTable::new(&g, &laid.ids, &laid.adjacency);
    let visible = vec![true; laid.ids.len()];
    let (min, max) = laid.layout.bounds();
    let (centre, zoom) = policy_atlas::export::picture::fit([1600.0, 1000.0], min, max);
    let focus = laid.index["p0"];
    let scene = Scene {
        nodes: &nodes,
        pos: &laid.layout.pos,
        adjacency: &laid.adjacency,
        visible: &visible,
        selected: &[focus],
        edge: None,
        focus: Some(focus),
        path: &[],
    };
    let mut style = Style {
        size: [1600.0, 1000.0],
        centre,
        zoom,
        label_size: 13.0,
        theme: Theme::Dark,
        legend: true,
        title: None,
        max_lines: None,
    };
    let all = draw(&scene, &style);
    let undirected: usize = laid.adjacency.iter().map(Vec::len).sum::<usize>() / 2;
    assert_eq!(all.lines.len(), undirected, "exports draw every edge");
    style.max_lines = Some(1000);
    let thin = draw(&scene, &style);
    let highlighted = |p: &policy_atlas::export::picture::Picture| {
        p.lines.iter().filter(|l| l.width > 1.0).count()
    };
    assert!(
        thin.lines.len() <= 1000 + highlighted(&all) + 1,
        "{}",
        thin.lines.len()
    );
    assert!(thin.lines.len() >= 900, "an even sample, not a handful");
    assert_eq!(highlighted(&thin), highlighted(&all));
    assert_eq!(highlighted(&all), laid.adjacency[focus].len());
    assert_eq!(thin.discs.len(), all.discs.len());
}

#[test]
fn a_large_graph_lays_out_on_its_own_thread_and_takes_a_dragged_node() {
    let mut atlas = Atlas::new(big(3500));
    let ctx = egui::Context::default();
    assert!(atlas.worker.is_none());
    let before = atlas.layout.version;
    let t = Instant::now();
    while atlas.layout.version == before && t.elapsed() < Duration::from_secs(30) {
        atlas.tick_layout(&ctx);
        std::thread::sleep(Duration::from_millis(5));
    }
    assert!(atlas.worker.is_some(), "3,500 nodes run on a layout thread");
    assert_ne!(
        atlas.layout.version, before,
        "positions arrive from the thread"
    );
    atlas.apply(Command::MoveNode {
        index: 5,
        pos: [1234.0, -321.0],
    });
    // The thread takes the move: a later step still has the node where it was put (pinned).
    let mark = atlas.layout.version;
    let t = Instant::now();
    while atlas.layout.version < mark + 3 && t.elapsed() < Duration::from_secs(30) {
        atlas.tick_layout(&ctx);
        std::thread::sleep(Duration::from_millis(5));
    }
    assert!(atlas.layout.version >= mark + 3, "the layout kept running");
    assert_eq!(atlas.layout.pos[5], [1234.0, -321.0]);
    // Pausing stops the positions.
    atlas.apply(Command::ToggleLayout);
    std::thread::sleep(Duration::from_millis(300));
    atlas.tick_layout(&ctx);
    let paused = atlas.layout.pos.clone();
    std::thread::sleep(Duration::from_millis(300));
    atlas.tick_layout(&ctx);
    assert_eq!(atlas.layout.pos, paused);
}
