//! DOT for Graphviz (`dot -Tsvg graph.dot`): nodes filled in their kind's colour, labels in a CJK font,
//! edges labelled with their relation and role and carrying their first quote as a tooltip.
//!
//! Node names are generated (`n0`, `n1`, …); every text goes in a double-quoted attribute escaped by
//! [`quote`], which leaves nothing for the DOT lexer or Graphviz's escape sequences to act on.

use super::style::{CJK_FONT_NAME, kind_hex};
use super::table::{Docs, citation, source_lines};
use crate::model::KnowledgeGraph;
use std::collections::HashMap;
use std::io::Write;

/// A double-quoted DOT string: `&`, `\` and `"` as HTML entities (Graphviz decodes them in labels, and a
/// backslash before the closing quote could otherwise escape it), line breaks as `\n`.
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            // Graphviz decodes the entities first, then reads `\\` as one backslash.
            '\\' => out.push_str("&#92;&#92;"),
            '"' => out.push_str("&quot;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Writes a `digraph`.
pub fn write(g: &KnowledgeGraph, mut w: impl Write) -> std::io::Result<()> {
    let font = quote(CJK_FONT_NAME);
    writeln!(w, "digraph policy_atlas {{")?;
    writeln!(
        w,
        "  graph [charset=\"UTF-8\", fontname={font}, overlap=false, splines=true, rankdir=LR, comment={}];",
        quote(&format!("sources:\n{}", source_lines(g)))
    )?;
    writeln!(
        w,
        "  node [fontname={font}, shape=box, style=\"rounded,filled\", fontcolor=\"#111111\"];"
    )?;
    writeln!(
        w,
        "  edge [fontname={font}, fontsize=9, color=\"#888888\"];"
    )?;
    let docs = Docs::new(g);
    let mut name: HashMap<&str, String> = HashMap::new();
    for (i, n) in g.nodes_sorted().into_iter().enumerate() {
        let id = format!("n{i}");
        writeln!(
            w,
            "  {id} [label={}, fillcolor=\"{}\", kind={}, xid={}];",
            quote(&n.label),
            kind_hex(n.kind),
            quote(n.kind.as_str()),
            quote(&n.id)
        )?;
        name.insert(n.id.as_str(), id);
    }
    for (s, t, e) in g.edges_sorted() {
        let (Some(a), Some(b)) = (name.get(s.id.as_str()), name.get(t.id.as_str())) else {
            continue;
        };
        let label = match e.role {
            Some(r) => format!("{} ({})", e.kind.as_str(), r.as_str()),
            None => e.kind.as_str().to_string(),
        };
        let tip = e
            .evidence
            .iter()
            .next()
            .map(|ev| citation(&docs, ev))
            .unwrap_or_default();
        writeln!(
            w,
            "  {a} -> {b} [label={}, kind={}, tooltip={}];",
            quote(&label),
            quote(e.kind.as_str()),
            quote(&tip)
        )?;
    }
    writeln!(w, "}}")
}
