//! GraphML with a typed `<key>` for every attribute (networkx, yEd, Gephi and Cytoscape read it). Document
//! sources go in a graph-level `sources` attribute; every edge carries its citations.

use super::table::{
    Docs, EDGE_FIELDS, FieldType, NODE_FIELDS, edge_values, node_values, source_lines,
};
use super::xml::{Writer, attr, text};
use crate::model::KnowledgeGraph;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, Event};
use std::io::Write;

fn type_name(t: FieldType) -> &'static str {
    match t {
        FieldType::Str => "string",
        FieldType::Int => "long",
    }
}

/// Writes the graph as GraphML (UTF-8, sorted, stable).
pub fn write(g: &KnowledgeGraph, w: impl Write) -> std::io::Result<()> {
    let mut x = Writer::new_with_indent(w, b' ', 1);
    x.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    x.write_event(Event::Start(BytesStart::new("graphml").with_attributes([
        ("xmlns", "http://graphml.graphdrawing.org/xmlns"),
        ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
        (
            "xsi:schemaLocation",
            "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd",
        ),
    ])))?;
    x.create_element("key")
        .with_attributes([
            ("id", "g_sources"),
            ("for", "graph"),
            ("attr.name", "sources"),
            ("attr.type", "string"),
        ])
        .write_empty()?;
    for (prefix, scope, fields) in [
        ("n_", "node", &NODE_FIELDS[..]),
        ("e_", "edge", &EDGE_FIELDS[..]),
    ] {
        for f in fields {
            let id = format!("{prefix}{}", f.name);
            x.create_element("key")
                .with_attributes([
                    ("id", id.as_str()),
                    ("for", scope),
                    ("attr.name", f.name),
                    ("attr.type", type_name(f.ty)),
                ])
                .write_empty()?;
        }
    }
    x.write_event(Event::Start(BytesStart::new("graph").with_attributes([
        ("id", "policy-atlas"),
        ("edgedefault", "directed"),
    ])))?;
    x.create_element("data")
        .with_attribute(("key", "g_sources"))
        .write_text_content(text(&source_lines(g)))?;
    let docs = Docs::new(g);
    for n in g.nodes_sorted() {
        let id = attr(&n.id);
        x.write_event(Event::Start(
            BytesStart::new("node").with_attributes([("id", id.as_str())]),
        ))?;
        for (f, v) in NODE_FIELDS.iter().zip(node_values(n, &docs)) {
            if let Some(v) = v {
                let key = format!("n_{}", f.name);
                x.create_element("data")
                    .with_attribute(("key", key.as_str()))
                    .write_text_content(text(&v))?;
            }
        }
        x.write_event(Event::End(BytesEnd::new("node")))?;
    }
    for (i, (s, t, e)) in g.edges_sorted().into_iter().enumerate() {
        let (id, source, target) = (format!("e{i}"), attr(&s.id), attr(&t.id));
        x.write_event(Event::Start(BytesStart::new("edge").with_attributes([
            ("id", id.as_str()),
            ("source", source.as_str()),
            ("target", target.as_str()),
        ])))?;
        for (f, v) in EDGE_FIELDS.iter().zip(edge_values(e, &docs)) {
            if let Some(v) = v {
                let key = format!("e_{}", f.name);
                x.create_element("data")
                    .with_attribute(("key", key.as_str()))
                    .write_text_content(text(&v))?;
            }
        }
        x.write_event(Event::End(BytesEnd::new("edge")))?;
    }
    x.write_event(Event::End(BytesEnd::new("graph")))?;
    x.write_event(Event::End(BytesEnd::new("graphml")))?;
    x.into_inner().write_all(b"\n")
}
