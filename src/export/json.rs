//! Node-link JSON, the project's public contract (see README): loads with networkx
//! `node_link_graph(d, edges="links")`; sorted and stable so two runs give identical bytes.

use crate::model::{KnowledgeGraph, Node};
use serde::Serialize;
use serde_json::Value;
use std::io::Write;

#[derive(Serialize)]
struct Link<'a> {
    source: &'a str,
    target: &'a str,
    kind: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    role: Option<&'a str>,
    evidence: Vec<&'a crate::model::Evidence>,
}

#[derive(Serialize)]
struct Meta<'a> {
    generator: &'static str,
    documents: &'a [crate::model::DocumentMeta],
    warnings: &'a [crate::model::Warning],
}

#[derive(Serialize)]
struct NodeLink<'a> {
    directed: bool,
    multigraph: bool,
    graph: Meta<'a>,
    nodes: Vec<&'a Node>,
    links: Vec<Link<'a>>,
}

fn node_link(g: &KnowledgeGraph) -> NodeLink<'_> {
    let links = g
        .edges_sorted()
        .into_iter()
        .map(|(s, t, e)| Link {
            source: &s.id,
            target: &t.id,
            kind: e.kind.as_str(),
            role: e.role.map(|r| r.as_str()),
            evidence: e.evidence.iter().collect(),
        })
        .collect();
    NodeLink {
        directed: true,
        multigraph: true,
        graph: Meta {
            generator: concat!("policy-atlas ", env!("CARGO_PKG_VERSION")),
            documents: &g.documents,
            warnings: &g.warnings,
        },
        nodes: g.nodes_sorted(),
        links,
    }
}

/// The node-link document as a JSON value.
pub fn to_value(g: &KnowledgeGraph) -> Value {
    serde_json::to_value(node_link(g)).unwrap_or(Value::Null)
}

/// Writes the node-link JSON (pretty-printed, UTF-8, Chinese unescaped), streaming: no copy of the graph.
pub fn write(g: &KnowledgeGraph, mut w: impl Write) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut w, &node_link(g))?;
    w.write_all(b"\n")
}
