//! CSV for Excel and Neo4j: `nodes.csv`, `edges.csv` and `documents.csv`, UTF-8 with a BOM (so Excel shows
//! Chinese), headers in neo4j-admin import form (`id:ID`, `:LABEL`, `:START_ID`, `:END_ID`, `:TYPE`). A cell
//! that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or CR) gets a leading `'`.

use super::table::{
    DOCUMENT_FIELDS, Docs, EDGE_FIELDS, Field, FieldType, NODE_FIELDS, document_values,
    edge_values, node_values,
};
use crate::model::{KnowledgeGraph, NodeKind};
use std::io::Write;
use std::path::{Path, PathBuf};

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// A text cell that cannot become a formula in Excel, LibreOffice or Google Sheets.
pub fn cell(s: &str) -> String {
    match s.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{s}"),
        _ => s.to_string(),
    }
}

fn header(name: &str, ty: FieldType) -> String {
    match ty {
        FieldType::Str => name.to_string(),
        FieldType::Int => format!("{name}:long"),
    }
}

/// The Neo4j label of a node kind (`Department`).
pub fn label(kind: NodeKind) -> String {
    let s = kind.as_str();
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
        .unwrap_or_default()
}

fn to_io(e: csv::Error) -> std::io::Error {
    std::io::Error::other(e)
}

/// Field values as cells: numbers as they are, text made formula-safe, missing values empty.
fn cells(fields: &[Field], values: Vec<Option<String>>) -> impl Iterator<Item = String> + '_ {
    fields.iter().zip(values).map(|(f, v)| match f.ty {
        FieldType::Int => v.unwrap_or_default(),
        FieldType::Str => cell(&v.unwrap_or_default()),
    })
}

/// Writes `nodes.csv`.
pub fn write_nodes(g: &KnowledgeGraph, mut w: impl Write) -> std::io::Result<()> {
    w.write_all(BOM)?;
    let mut c = csv::Writer::from_writer(w);
    let mut head = vec!["id:ID".to_string(), ":LABEL".to_string()];
    head.extend(NODE_FIELDS.iter().map(|f| header(f.name, f.ty)));
    c.write_record(&head).map_err(to_io)?;
    let docs = Docs::new(g);
    for n in g.nodes_sorted() {
        let mut row = vec![cell(&n.id), format!("Entity;{}", label(n.kind))];
        row.extend(cells(&NODE_FIELDS, node_values(n, &docs)));
        c.write_record(&row).map_err(to_io)?;
    }
    c.flush()
}

/// Writes `edges.csv`.
pub fn write_edges(g: &KnowledgeGraph, mut w: impl Write) -> std::io::Result<()> {
    w.write_all(BOM)?;
    let mut c = csv::Writer::from_writer(w);
    let mut head = vec![
        ":START_ID".to_string(),
        ":END_ID".to_string(),
        ":TYPE".to_string(),
    ];
    head.extend(EDGE_FIELDS.iter().map(|f| header(f.name, f.ty)));
    c.write_record(&head).map_err(to_io)?;
    let docs = Docs::new(g);
    for (s, t, e) in g.edges_sorted() {
        let mut row = vec![
            cell(&s.id),
            cell(&t.id),
            e.kind.as_str().to_ascii_uppercase(),
        ];
        row.extend(cells(&EDGE_FIELDS, edge_values(e, &docs)));
        c.write_record(&row).map_err(to_io)?;
    }
    c.flush()
}

/// Writes `documents.csv`: the sources every citation names.
pub fn write_documents(g: &KnowledgeGraph, mut w: impl Write) -> std::io::Result<()> {
    w.write_all(BOM)?;
    let mut c = csv::Writer::from_writer(w);
    c.write_record(DOCUMENT_FIELDS).map_err(to_io)?;
    for d in &g.documents {
        c.write_record(document_values(d).map(cell))
            .map_err(to_io)?;
    }
    c.flush()
}

/// Writes `nodes.csv`, `edges.csv` and `documents.csv` into a folder (created if needed); returns the files.
pub fn write_dir(g: &KnowledgeGraph, dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    std::fs::create_dir_all(dir)?;
    let files = [
        dir.join("nodes.csv"),
        dir.join("edges.csv"),
        dir.join("documents.csv"),
    ];
    let open = |p: &Path| std::fs::File::create(p).map(std::io::BufWriter::new);
    write_nodes(g, open(&files[0])?)?;
    write_edges(g, open(&files[1])?)?;
    write_documents(g, open(&files[2])?)?;
    Ok(files.to_vec())
}
