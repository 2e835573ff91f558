//! Which part of the graph an export takes: everything, a set of nodes (what the view shows, the selection)
//! plus k hops around it, optionally only some node kinds and documents.

use crate::model::{KnowledgeGraph, NodeKind, SearchIndex};
use std::collections::BTreeSet;

/// A part of the graph.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Scope {
    /// Start from these node ids (None: the whole graph).
    pub nodes: Option<BTreeSet<String>>,
    /// Add everything within this many hops of `nodes` (edges followed both ways).
    pub depth: usize,
    /// Keep only nodes of these kinds (empty: all). The start nodes themselves are always kept.
    pub kinds: Vec<NodeKind>,
    /// Keep only nodes mentioned in these documents (ids; empty: all). Start nodes are always kept.
    pub docs: Vec<String>,
}

/// Why a scope could not be resolved.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum ScopeError {
    /// No node matches a name.
    #[error("no node matches “{0}” (try a label, an alias or its pinyin)")]
    NoMatch(String),
    /// No document matches.
    #[error(
        "no document matches “{0}” (use its id such as doc:002, a file name or words of its title)"
    )]
    NoDocument(String),
    /// An unknown node kind.
    #[error("unknown kind “{0}” (city, department, group, industry, project, task, document)")]
    NoKind(String),
}

impl Scope {
    /// The subgraph this scope takes, with the documents its nodes and evidence cite.
    pub fn apply(&self, g: &KnowledgeGraph) -> KnowledgeGraph {
        let base: Option<BTreeSet<String>> = self.nodes.as_ref().map(|start| {
            let seeds: Vec<&str> = start.iter().map(String::as_str).collect();
            g.k_hop(&seeds, self.depth)
        });
        let start = self.nodes.clone().unwrap_or_default();
        let docs: Vec<&str> = self.docs.iter().map(String::as_str).collect();
        let mut out = g.subgraph(|n| {
            if base.as_ref().is_some_and(|b| !b.contains(&n.id)) {
                return false;
            }
            if start.contains(&n.id) {
                return true;
            }
            let kind_ok = self.kinds.is_empty() || self.kinds.contains(&n.kind);
            let doc_ok = docs.is_empty()
                || docs.contains(&n.id.as_str())
                || n.docs().iter().any(|d| docs.contains(d));
            kind_ok && doc_ok
        });
        let cited: BTreeSet<String> = out
            .graph
            .node_weights()
            .flat_map(|n| n.docs().into_iter().map(str::to_string))
            .chain(
                out.graph
                    .edge_weights()
                    .flat_map(|e| e.evidence.iter().map(|ev| ev.doc.to_string())),
            )
            .collect();
        out.documents.retain(|d| cited.contains(&d.id));
        out.texts.retain(|id, _| cited.contains(id));
        out.warnings.clear();
        out
    }
}

/// The node a name means, as the search box would find it: exact label or alias first, then pinyin or
/// initials; ties go to the best-connected node.
pub fn resolve_node(
    g: &KnowledgeGraph,
    index: &SearchIndex,
    name: &str,
) -> Result<String, ScopeError> {
    let degree = |id: &str| {
        g.index_of(id)
            .map_or(0, |ix| g.graph.neighbors_undirected(ix).count())
    };
    if let Some(n) = g.find_by_name(name.trim()).first() {
        return Ok(n.id.clone());
    }
    if g.node(name.trim()).is_some() {
        return Ok(name.trim().to_string());
    }
    index
        .search(name, degree, 1)
        .into_iter()
        .next()
        .ok_or_else(|| ScopeError::NoMatch(name.to_string()))
}

/// The document a name means: its id (`doc:002` or `002`), its file name, or words of its title.
pub fn resolve_document(g: &KnowledgeGraph, name: &str) -> Result<String, ScopeError> {
    let name = name.trim();
    let found = g
        .documents
        .iter()
        .find(|d| d.id == name || d.id.strip_prefix("doc:") == Some(name))
        .or_else(|| {
            g.documents.iter().find(|d| {
                let file = std::path::Path::new(&d.source)
                    .file_name()
                    .and_then(|f| f.to_str());
                file == Some(name) || d.source == name
            })
        })
        .or_else(|| {
            g.documents
                .iter()
                .find(|d| !name.is_empty() && d.title.contains(name))
        });
    found
        .map(|d| d.id.clone())
        .ok_or_else(|| ScopeError::NoDocument(name.to_string()))
}

/// A node kind by name (`department`, `departments`, `部门`).
pub fn resolve_kind(name: &str) -> Result<NodeKind, ScopeError> {
    let n = name.trim().to_ascii_lowercase();
    NodeKind::ALL
        .into_iter()
        .find(|k| {
            n == k.as_str()
                || n.strip_suffix('s') == Some(k.as_str())
                || (k.as_str() == "city" && n == "cities")
                || (k.as_str() == "industry" && n == "industries")
                || super::style::kind_name(*k).starts_with(name.trim())
        })
        .ok_or_else(|| ScopeError::NoKind(name.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn focus_with_depth_and_kinds() {
        let g = crate::extract::seed_graph();
        let idx = SearchIndex::new(&g);
        let id = resolve_node(&g, &idx, "baotou").expect("found");
        assert_eq!(id, "city:包头市");
        let one = Scope {
            nodes: Some([id.clone()].into()),
            depth: 1,
            ..Scope::default()
        }
        .apply(&g);
        assert!(one.node(&id).is_some());
        assert!(one.node_count() > 5 && one.node_count() < g.node_count());
        let cities = Scope {
            nodes: Some([id.clone()].into()),
            depth: 1,
            kinds: vec![NodeKind::City],
            docs: vec![],
        }
        .apply(&g);
        assert!(
            cities
                .graph
                .node_weights()
                .all(|n| n.kind == NodeKind::City)
        );
        assert!(cities.node_count() < one.node_count());
        assert!(!one.documents.is_empty());
    }

    #[test]
    fn names_of_documents_and_kinds() {
        let g = crate::extract::seed_graph();
        assert_eq!(resolve_document(&g, "002"), Ok("doc:002".to_string()));
        assert!(resolve_document(&g, "no such document").is_err());
        assert_eq!(resolve_kind("departments"), Ok(NodeKind::Department));
        assert_eq!(resolve_kind("cities"), Ok(NodeKind::City));
        assert_eq!(resolve_kind("部门"), Ok(NodeKind::Department));
        assert!(resolve_kind("widgets").is_err());
    }
}
