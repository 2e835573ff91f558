//! A Cypher script for Neo4j: a uniqueness constraint, then one `MERGE` per node and edge, so running it
//! twice changes nothing. Every string is a single-quoted literal with `\`, `'`, line breaks and control
//! characters escaped; labels and relationship types come from fixed enums, never from the text.

use super::csv::label;
use super::table::{
    DOCUMENT_FIELDS, Docs, EDGE_FIELDS, FieldType, NODE_FIELDS, document_values, edge_values,
    node_values,
};
use crate::model::KnowledgeGraph;
use std::fmt::Write as _;
use std::io::Write;

/// A Cypher string literal that cannot be broken out of.
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('\'');
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\'' => out.push_str("\\'"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('\'');
    out
}

fn props(fields: &[super::table::Field], values: Vec<Option<String>>, var: &str) -> String {
    let mut sets = Vec::new();
    for (f, v) in fields.iter().zip(values) {
        let Some(v) = v else { continue };
        let value = match f.ty {
            FieldType::Int => v
                .parse::<i64>()
                .map_or_else(|_| quote(&v), |n| n.to_string()),
            FieldType::Str => quote(&v),
        };
        sets.push(format!("{var}.{} = {value}", f.name));
    }
    sets.join(", ")
}

/// Writes the script (`:source`-able in cypher-shell: one statement per line, each ending with `;`).
pub fn write(g: &KnowledgeGraph, mut w: impl Write) -> std::io::Result<()> {
    writeln!(
        w,
        "// policy-atlas {} — run with: cypher-shell -f this.cypher",
        env!("CARGO_PKG_VERSION")
    )?;
    writeln!(
        w,
        "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;"
    )?;
    writeln!(
        w,
        "CREATE CONSTRAINT source_id IF NOT EXISTS FOR (d:Source) REQUIRE d.id IS UNIQUE;"
    )?;
    for d in &g.documents {
        let sets: Vec<String> = DOCUMENT_FIELDS
            .iter()
            .zip(document_values(d))
            .skip(1)
            .filter(|(_, v)| !v.is_empty())
            .map(|(k, v)| format!("d.{k} = {}", quote(v)))
            .collect();
        writeln!(
            w,
            "MERGE (d:Source {{id: {}}}) SET {};",
            quote(&d.id),
            sets.join(", ")
        )?;
    }
    let docs = Docs::new(g);
    for n in g.nodes_sorted() {
        writeln!(
            w,
            "MERGE (n:Entity {{id: {}}}) SET n:{}, {};",
            quote(&n.id),
            label(n.kind),
            props(&NODE_FIELDS, node_values(n, &docs), "n")
        )?;
    }
    for (s, t, e) in g.edges_sorted() {
        let role = e
            .role
            .map(|r| format!(" {{role: {}}}", quote(r.as_str())))
            .unwrap_or_default();
        writeln!(
            w,
            "MATCH (a:Entity {{id: {}}}), (b:Entity {{id: {}}}) MERGE (a)-[r:{}{}]->(b) SET {};",
            quote(&s.id),
            quote(&t.id),
            e.kind.as_str().to_ascii_uppercase(),
            role,
            props(&EDGE_FIELDS, edge_values(e, &docs), "r")
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_cannot_be_broken_out_of() {
        assert_eq!(quote("a'b"), r"'a\'b'");
        assert_eq!(
            quote("a\\'}) DETACH DELETE n //"),
            r"'a\\\'}) DETACH DELETE n //'"
        );
        assert_eq!(quote("x\ny"), r"'x\ny'");
        assert_eq!(quote("\u{1}"), r"'\u0001'");
    }
}
