//! The graph as flat records, shared by the tabular and attribute-carrying formats (GraphML, GEXF, CSV,
//! XLSX, Cypher): one schema of node and edge fields, values as text, citations spelled out.

use crate::model::{DocumentMeta, Edge, KnowledgeGraph, Node};
use std::collections::HashMap;

/// The type of a field, for formats that declare types.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldType {
    /// Text.
    Str,
    /// Integer.
    Int,
}

/// A named, typed field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Field {
    /// Attribute name.
    pub name: &'static str,
    /// Its type.
    pub ty: FieldType,
}

const fn s(name: &'static str) -> Field {
    Field {
        name,
        ty: FieldType::Str,
    }
}

const fn i(name: &'static str) -> Field {
    Field {
        name,
        ty: FieldType::Int,
    }
}

/// Node attributes (besides the id), in this order in every format.
pub const NODE_FIELDS: [Field; 16] = [
    s("kind"),
    s("label"),
    s("aliases"),
    s("jurisdiction"),
    s("level"),
    s("section"),
    s("deadline"),
    s("deadline_date"),
    s("doc"),
    s("text"),
    i("mentions"),
    s("documents"),
    s("issuer"),
    s("date"),
    s("doc_number"),
    s("sha256"),
];

/// Edge attributes (besides source and target), in this order in every format.
pub const EDGE_FIELDS: [Field; 7] = [
    s("kind"),
    s("role"),
    i("evidence_count"),
    s("doc"),
    s("section"),
    s("quote"),
    s("citations"),
];

/// Separator of list values (aliases, documents) inside one text field.
pub const LIST_SEP: &str = " | ";

/// Lookup of document metadata by id.
pub struct Docs<'a>(HashMap<&'a str, &'a DocumentMeta>);

impl<'a> Docs<'a> {
    /// Indexes a graph's documents.
    pub fn new(g: &'a KnowledgeGraph) -> Docs<'a> {
        Docs(g.documents.iter().map(|d| (d.id.as_str(), d)).collect())
    }

    /// A document's title (its id when unknown).
    pub fn title(&self, id: &'a str) -> &'a str {
        self.0.get(id).map_or(id, |d| d.title.as_str())
    }

    fn get(&self, id: &str) -> Option<&'a DocumentMeta> {
        self.0.get(id).copied()
    }
}

/// A node's values in [`NODE_FIELDS`] order; `None` where it has no value.
pub fn node_values(n: &Node, docs: &Docs) -> Vec<Option<String>> {
    let meta = (n.kind == crate::model::NodeKind::Document)
        .then(|| docs.get(&n.id))
        .flatten();
    let join = |v: Vec<&str>| (!v.is_empty()).then(|| v.join(LIST_SEP));
    vec![
        Some(n.kind.as_str().to_string()),
        Some(n.label.clone()),
        join(n.aliases.iter().map(String::as_str).collect()),
        n.jurisdiction.clone(),
        n.level.clone(),
        n.section.clone(),
        n.deadline.clone(),
        n.deadline_date.clone(),
        n.doc.clone(),
        n.text.clone(),
        Some(n.mentions.len().to_string()),
        join(n.docs().into_iter().collect()),
        meta.and_then(|m| m.issuer.clone()),
        meta.and_then(|m| m.date.clone()),
        meta.and_then(|m| m.doc_number.clone()),
        meta.map(|m| m.sha256.clone()),
    ]
}

/// One citation: `《title》 section：quote`.
pub fn citation(docs: &Docs, ev: &crate::model::Evidence) -> String {
    let mut c = format!("《{}》", docs.title(&ev.doc));
    if !ev.section.is_empty() {
        c.push(' ');
        c.push_str(&ev.section);
    }
    c.push('：');
    c.push_str(&ev.quote);
    c
}

/// An edge's values in [`EDGE_FIELDS`] order; `None` where it has no value. The first passage gives `doc`,
/// `section` and `quote`; `citations` lists every passage, one per line.
pub fn edge_values(e: &Edge, docs: &Docs) -> Vec<Option<String>> {
    let first = e.evidence.iter().next();
    let cites: Vec<String> = e.evidence.iter().map(|ev| citation(docs, ev)).collect();
    vec![
        Some(e.kind.as_str().to_string()),
        e.role.map(|r| r.as_str().to_string()),
        Some(e.evidence.len().to_string()),
        first.map(|ev| ev.doc.to_string()),
        first
            .map(|ev| ev.section.to_string())
            .filter(|s| !s.is_empty()),
        first.map(|ev| ev.quote.to_string()),
        (!cites.is_empty()).then(|| cites.join("\n")),
    ]
}

/// Columns of the document list (Sources sheet, `documents.csv`, `sources` lines).
pub const DOCUMENT_FIELDS: [&str; 7] = [
    "id",
    "title",
    "issuer",
    "date",
    "doc_number",
    "sha256",
    "source",
];

/// A document's values in [`DOCUMENT_FIELDS`] order (empty where unknown).
pub fn document_values(d: &DocumentMeta) -> [&str; 7] {
    [
        d.id.as_str(),
        d.title.as_str(),
        d.issuer.as_deref().unwrap_or(""),
        d.date.as_deref().unwrap_or(""),
        d.doc_number.as_deref().unwrap_or(""),
        d.sha256.as_str(),
        d.source.as_str(),
    ]
}

/// One line per document: `id | title | issuer | date | 文号 | sha256 | source`.
pub fn source_lines(g: &KnowledgeGraph) -> String {
    g.documents
        .iter()
        .map(|d| document_values(d).join(LIST_SEP))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Text that XML 1.0 can carry: control characters other than tab, newline and carriage return removed.
pub fn xml_safe(s: &str) -> String {
    s.chars()
        .filter(|&c| !c.is_control() || matches!(c, '\t' | '\n' | '\r') || c as u32 >= 0x80)
        .filter(|&c| !matches!(c, '\u{FFFE}' | '\u{FFFF}'))
        .collect()
}
