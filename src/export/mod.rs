//! Exporters: one file per format, each writing a (sub)graph to `impl Write`. Free of egui. [`scope`]
//! chooses the part of the graph; [`write_file`] writes any format to a path for the CLI and the window.

pub mod csv;
pub mod cypher;
pub mod dot;
pub mod gexf;
pub mod graphml;
pub mod json;
pub mod nodes;
pub mod picture;
pub mod png;
pub mod scope;
pub mod style;
pub mod svg;
pub mod table;
pub mod xlsx;
mod xml;

use crate::model::KnowledgeGraph;
use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};

/// An export format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Format {
    /// Node-link JSON (networkx, the project's contract).
    Json,
    /// GraphML (networkx, yEd, Gephi, Cytoscape).
    Graphml,
    /// GEXF 1.3 (Gephi).
    Gexf,
    /// `nodes.csv`, `edges.csv`, `documents.csv` (Excel, neo4j-admin import).
    Csv,
    /// Cypher script (Neo4j).
    Cypher,
    /// DOT (Graphviz).
    Dot,
    /// Excel workbook.
    Xlsx,
    /// SVG picture of the view.
    Svg,
    /// PNG picture of the view.
    Png,
}

impl Format {
    /// Every format.
    pub const ALL: [Format; 9] = [
        Format::Json,
        Format::Graphml,
        Format::Gexf,
        Format::Csv,
        Format::Cypher,
        Format::Dot,
        Format::Xlsx,
        Format::Svg,
        Format::Png,
    ];

    /// Its name (also the file extension, except CSV, which writes a folder).
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Graphml => "graphml",
            Format::Gexf => "gexf",
            Format::Csv => "csv",
            Format::Cypher => "cypher",
            Format::Dot => "dot",
            Format::Xlsx => "xlsx",
            Format::Svg => "svg",
            Format::Png => "png",
        }
    }

    /// What it is for, in a few words.
    pub fn describe(self) -> &'static str {
        match self {
            Format::Json => "node-link JSON — Python / networkx",
            Format::Graphml => "GraphML — yEd, Gephi, Cytoscape, networkx",
            Format::Gexf => "GEXF 1.3 — Gephi, with colours and positions",
            Format::Csv => "CSV folder — Excel, neo4j-admin import",
            Format::Cypher => "Cypher script — Neo4j",
            Format::Dot => "DOT — Graphviz",
            Format::Xlsx => "Excel workbook — responsibilities and sources",
            Format::Svg => "SVG picture of the view",
            Format::Png => "PNG picture of the view",
        }
    }

    /// A format by name or file extension.
    pub fn parse(s: &str) -> Option<Format> {
        let s = s.trim().trim_start_matches('.').to_ascii_lowercase();
        let s = match s.as_str() {
            "xml" => "graphml",
            "gv" => "dot",
            "cql" => "cypher",
            other => other,
        };
        Format::ALL.into_iter().find(|f| f.as_str() == s)
    }

    /// Whether it is a picture (drawn from a view rather than listing the graph).
    pub fn is_picture(self) -> bool {
        matches!(self, Format::Svg | Format::Png)
    }
}

/// What an export writes besides the graph itself.
#[derive(Debug, Clone, Default)]
pub struct Extras<'a> {
    /// Node positions for GEXF (none: the seeded layout).
    pub positions: Option<&'a HashMap<String, [f32; 2]>>,
    /// The view to draw for SVG/PNG (none: the whole graph laid out and fitted).
    pub picture: Option<&'a picture::Picture>,
    /// Label size the picture was drawn with.
    pub label_size: Option<f32>,
    /// PNG scale (1, 2, 4…).
    pub scale: Option<f32>,
}

fn default_picture(g: &KnowledgeGraph) -> picture::Picture {
    picture::whole(
        g,
        [1600.0, 1000.0],
        picture::Theme::Dark,
        Some("政策图谱 policy-atlas".into()),
    )
}

/// Writes one format (not CSV, which is a folder: see [`csv::write_dir`]) to a writer.
pub fn write(
    format: Format,
    g: &KnowledgeGraph,
    extras: &Extras,
    mut w: impl Write,
) -> std::io::Result<()> {
    match format {
        Format::Json => json::write(g, w),
        Format::Graphml => graphml::write(g, w),
        Format::Cypher => cypher::write(g, w),
        Format::Dot => dot::write(g, w),
        Format::Xlsx => xlsx::write(g, w),
        Format::Gexf => match extras.positions {
            Some(p) => gexf::write(g, p, w),
            None => {
                let laid = crate::layout::GraphLayout::new(g, 300);
                gexf::write(g, &laid.positions(), w)
            }
        },
        Format::Svg | Format::Png => {
            let own;
            let pic = match extras.picture {
                Some(p) => p,
                None => {
                    own = default_picture(g);
                    &own
                }
            };
            let size = extras.label_size.unwrap_or(13.0);
            let sources = table::source_lines(g);
            if format == Format::Svg {
                svg::write(pic, size, &sources, w)
            } else {
                png::write(pic, size, &sources, extras.scale.unwrap_or(1.0), w)
            }
        }
        Format::Csv => {
            // A single stream holds the node table; write_file writes the whole folder.
            csv::write_nodes(g, &mut w)
        }
    }
}

/// Writes a format to a path: a file written to a temporary name and renamed (no half-written file is left
/// behind), or for CSV a folder of three files. Returns the files written.
pub fn write_file(
    format: Format,
    g: &KnowledgeGraph,
    extras: &Extras,
    path: &Path,
) -> std::io::Result<Vec<PathBuf>> {
    if format == Format::Csv {
        return csv::write_dir(g, path);
    }
    crate::workspace::atomic_write(path, |w| write(format, g, extras, w))?;
    Ok(vec![path.to_path_buf()])
}
