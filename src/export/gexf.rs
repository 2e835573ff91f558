//! GEXF 1.3 for Gephi: typed attributes, and `viz` colour, size and position taken from the view, so the
//! file opens looking like the window. Sources go in the meta description; every edge carries citations.

use super::style::{kind_rgb, node_radius};
use super::table::{
    Docs, EDGE_FIELDS, FieldType, NODE_FIELDS, edge_values, node_values, source_lines,
};
use super::xml::{Writer, attr, text};
use crate::model::KnowledgeGraph;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, Event};
use std::collections::HashMap;
use std::io::Write;

fn type_name(t: FieldType) -> &'static str {
    match t {
        FieldType::Str => "string",
        FieldType::Int => "long",
    }
}

fn attributes<W: Write>(
    x: &mut Writer<W>,
    class: &str,
    fields: &[super::table::Field],
) -> std::io::Result<()> {
    x.write_event(Event::Start(
        BytesStart::new("attributes").with_attributes([("class", class)]),
    ))?;
    for f in fields {
        x.create_element("attribute")
            .with_attributes([("id", f.name), ("title", f.name), ("type", type_name(f.ty))])
            .write_empty()?;
    }
    x.write_event(Event::End(BytesEnd::new("attributes")))?;
    Ok(())
}

fn attvalues<W: Write>(
    x: &mut Writer<W>,
    fields: &[super::table::Field],
    values: Vec<Option<String>>,
) -> std::io::Result<()> {
    x.write_event(Event::Start(BytesStart::new("attvalues")))?;
    for (f, v) in fields.iter().zip(values) {
        if let Some(v) = v {
            let v = attr(&v);
            x.create_element("attvalue")
                .with_attributes([("for", f.name), ("value", v.as_str())])
                .write_empty()?;
        }
    }
    x.write_event(Event::End(BytesEnd::new("attvalues")))?;
    Ok(())
}

/// Writes GEXF 1.3. `positions` (layout units, y down as on screen) are written with y up as Gephi shows
/// them; nodes without a position are placed at the origin.
pub fn write(
    g: &KnowledgeGraph,
    positions: &HashMap<String, [f32; 2]>,
    w: impl Write,
) -> std::io::Result<()> {
    let mut x = Writer::new_with_indent(w, b' ', 1);
    x.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    x.write_event(Event::Start(BytesStart::new("gexf").with_attributes([
        ("xmlns", "http://gexf.net/1.3"),
        ("xmlns:viz", "http://gexf.net/1.3/viz"),
        ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
        (
            "xsi:schemaLocation",
            "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
        ),
        ("version", "1.3"),
    ])))?;
    x.write_event(Event::Start(BytesStart::new("meta")))?;
    x.create_element("creator")
        .write_text_content(text(concat!("policy-atlas ", env!("CARGO_PKG_VERSION"))))?;
    x.create_element("description")
        .write_text_content(text(&format!("sources:\n{}", source_lines(g))))?;
    x.write_event(Event::End(BytesEnd::new("meta")))?;
    x.write_event(Event::Start(BytesStart::new("graph").with_attributes([
        ("defaultedgetype", "directed"),
        ("mode", "static"),
    ])))?;
    attributes(&mut x, "node", &NODE_FIELDS)?;
    attributes(&mut x, "edge", &EDGE_FIELDS)?;
    let docs = Docs::new(g);
    x.write_event(Event::Start(BytesStart::new("nodes")))?;
    for n in g.nodes_sorted() {
        let (id, label) = (attr(&n.id), attr(&n.label));
        x.write_event(Event::Start(
            BytesStart::new("node")
                .with_attributes([("id", id.as_str()), ("label", label.as_str())]),
        ))?;
        attvalues(&mut x, &NODE_FIELDS, node_values(n, &docs))?;
        let [r, gr, b] = kind_rgb(n.kind);
        let degree = g
            .index_of(&n.id)
            .map_or(0, |ix| g.graph.neighbors_undirected(ix).count());
        let p = positions.get(&n.id).copied().unwrap_or([0.0, 0.0]);
        let (r, gr, b) = (r.to_string(), gr.to_string(), b.to_string());
        x.create_element("viz:color")
            .with_attributes([("r", r.as_str()), ("g", gr.as_str()), ("b", b.as_str())])
            .write_empty()?;
        let size = format!("{:.2}", node_radius(degree));
        x.create_element("viz:size")
            .with_attribute(("value", size.as_str()))
            .write_empty()?;
        let (px, py) = (format!("{:.2}", p[0]), format!("{:.2}", -p[1]));
        x.create_element("viz:position")
            .with_attributes([("x", px.as_str()), ("y", py.as_str()), ("z", "0.0")])
            .write_empty()?;
        x.write_event(Event::End(BytesEnd::new("node")))?;
    }
    x.write_event(Event::End(BytesEnd::new("nodes")))?;
    x.write_event(Event::Start(BytesStart::new("edges")))?;
    for (i, (s, t, e)) in g.edges_sorted().into_iter().enumerate() {
        let (id, source, target) = (i.to_string(), attr(&s.id), attr(&t.id));
        let label = match e.role {
            Some(r) => format!("{} ({})", e.kind.as_str(), r.as_str()),
            None => e.kind.as_str().to_string(),
        };
        x.write_event(Event::Start(BytesStart::new("edge").with_attributes([
            ("id", id.as_str()),
            ("source", source.as_str()),
            ("target", target.as_str()),
            ("label", label.as_str()),
        ])))?;
        attvalues(&mut x, &EDGE_FIELDS, edge_values(e, &docs))?;
        x.write_event(Event::End(BytesEnd::new("edge")))?;
    }
    x.write_event(Event::End(BytesEnd::new("edges")))?;
    x.write_event(Event::End(BytesEnd::new("graph")))?;
    x.write_event(Event::End(BytesEnd::new("gexf")))?;
    x.into_inner().write_all(b"\n")
}
