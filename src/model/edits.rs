//! User edits of the graph, as a log replayed over the extracted graph: after re-extraction (documents added
//! or re-read) the same log gives the same corrections. Ids stay stable through edits (a renamed node keeps
//! its id), so later edits and saved views keep pointing at it. An edit whose nodes no longer exist is
//! skipped with a message, never a failure of the rest.

use super::graph::KnowledgeGraph;
use super::types::{EdgeKind, Evidence, Node, NodeKind};
use serde::{Deserialize, Serialize};

/// The document id of evidence that a user wrote (an edge added by hand, with its note).
pub const USER_DOC: &str = "user";

/// One correction.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum Edit {
    /// Give a node another label (the old one becomes an alias).
    Rename {
        /// Node id.
        id: String,
        /// New label.
        label: String,
    },
    /// Fold `remove` into `keep`: its label and aliases become aliases, its mentions, edges and evidence
    /// move over.
    Merge {
        /// The node that stays.
        keep: String,
        /// The node that goes.
        remove: String,
    },
    /// Take an alias out of a node as a node of its own (same kind), with the mentions spelled that way.
    SplitAlias {
        /// Node id.
        id: String,
        /// The alias.
        alias: String,
    },
    /// Change a node's kind (its id stays).
    SetKind {
        /// Node id.
        id: String,
        /// New kind.
        kind: NodeKind,
    },
    /// Add an edge, with a note saying why (kept as its evidence).
    AddEdge {
        /// Source id.
        source: String,
        /// Target id.
        target: String,
        /// Kind.
        kind: EdgeKind,
        /// Why.
        note: String,
    },
    /// Remove every edge of a kind between two nodes (either direction), with a note.
    RemoveEdge {
        /// One end.
        source: String,
        /// The other end.
        target: String,
        /// Kind.
        kind: EdgeKind,
        /// Why.
        #[serde(default)]
        note: String,
    },
    /// Leave a node out of the graph (and every export).
    Hide {
        /// Node id.
        id: String,
    },
}

impl Edit {
    /// A short description for the history list.
    pub fn describe(&self) -> String {
        match self {
            Edit::Rename { id, label } => format!("重命名 rename {id} → {label}"),
            Edit::Merge { keep, remove } => format!("合并 merge {remove} → {keep}"),
            Edit::SplitAlias { id, alias } => format!("拆分 split {alias} out of {id}"),
            Edit::SetKind { id, kind } => format!("类型 kind {id} → {}", kind.as_str()),
            Edit::AddEdge {
                source,
                target,
                kind,
                ..
            } => format!("添加 add {source} —{}→ {target}", kind.as_str()),
            Edit::RemoveEdge {
                source,
                target,
                kind,
                ..
            } => format!("删除 remove {source} —{}— {target}", kind.as_str()),
            Edit::Hide { id } => format!("隐藏 hide {id}"),
        }
    }
}

/// The id a split-out alias gets.
pub fn split_id(id: &str, alias: &str) -> String {
    let kind = id.split(':').next().unwrap_or("node");
    format!("{kind}:{alias}")
}

impl KnowledgeGraph {
    /// Applies one edit; `Err` says why it could not be (the graph is then unchanged).
    pub fn apply_edit(&mut self, e: &Edit) -> Result<(), String> {
        let missing = |id: &str| format!("no node {id}");
        match e {
            Edit::Rename { id, label } => {
                let n = self.node_mut(id).ok_or_else(|| missing(id))?;
                if label.trim().is_empty() {
                    return Err("empty label".into());
                }
                let old = std::mem::replace(&mut n.label, label.trim().to_string());
                n.aliases.insert(old);
                n.aliases.remove(&n.label.clone());
            }
            Edit::Merge { keep, remove } => {
                if keep == remove {
                    return Err("a node cannot be merged into itself".into());
                }
                if self.node(keep).is_none() {
                    return Err(missing(keep));
                }
                let gone = self.node(remove).cloned().ok_or_else(|| missing(remove))?;
                let moved = self.edges_of(remove);
                self.remove_node(remove);
                for (s, t, edge) in moved {
                    let s = if s == *remove { keep.clone() } else { s };
                    let t = if t == *remove { keep.clone() } else { t };
                    if s == t {
                        continue;
                    }
                    if let Some(ix) = self.add_edge(&s, &t, edge.kind, edge.role, None)
                        && let Some(w) = self.graph.edge_weight_mut(ix)
                    {
                        w.evidence.extend(edge.evidence);
                    }
                }
                if let Some(n) = self.node_mut(keep) {
                    n.aliases.insert(gone.label.clone());
                    n.aliases.extend(gone.aliases.iter().cloned());
                    n.mentions.extend(gone.mentions.iter().cloned());
                    n.aliases.remove(&n.label.clone());
                }
            }
            Edit::SplitAlias { id, alias } => {
                let n = self.node_mut(id).ok_or_else(|| missing(id))?;
                if !n.aliases.remove(alias) {
                    return Err(format!("{id} has no alias {alias}"));
                }
                let kind = n.kind;
                let jurisdiction = n.jurisdiction.clone();
                let texts = self.texts.clone();
                let n = self.node_mut(id).ok_or_else(|| missing(id))?;
                let (theirs, ours): (Vec<_>, Vec<_>) =
                    std::mem::take(&mut n.mentions).into_iter().partition(|m| {
                        texts
                            .get(&*m.doc)
                            .and_then(|t| t.get(m.start..m.end))
                            .is_some_and(|s| s == alias)
                    });
                n.mentions = ours.into_iter().collect();
                let new_id = split_id(id, alias);
                let mut split = Node::new(kind, new_id, alias.clone());
                split.jurisdiction = jurisdiction;
                split.mentions = theirs.into_iter().collect();
                self.upsert_node(split);
            }
            Edit::SetKind { id, kind } => {
                self.node_mut(id).ok_or_else(|| missing(id))?.kind = *kind;
            }
            Edit::AddEdge {
                source,
                target,
                kind,
                note,
            } => {
                let ev = Evidence {
                    doc: USER_DOC.into(),
                    start: 0,
                    end: 0,
                    quote: note.as_str().into(),
                    section: "用户编辑 user edit".into(),
                };
                self.add_edge(source, target, *kind, None, Some(ev))
                    .ok_or_else(|| format!("no edge possible between {source} and {target}"))?;
            }
            Edit::RemoveEdge {
                source,
                target,
                kind,
                ..
            } => {
                let n = self.remove_edges_between(source, target, *kind);
                if n == 0 {
                    return Err(format!(
                        "no {} edge between {source} and {target}",
                        kind.as_str()
                    ));
                }
            }
            Edit::Hide { id } => {
                self.remove_node(id).ok_or_else(|| missing(id))?;
            }
        }
        Ok(())
    }

    /// Applies a log in order; returns a message for each edit that could not be applied.
    pub fn replay(&mut self, log: &[Edit]) -> Vec<String> {
        log.iter()
            .filter_map(|e| {
                self.apply_edit(e)
                    .err()
                    .map(|why| format!("{}: {why}", e.describe()))
            })
            .collect()
    }
}

#[cfg(test)]
#[path = "edits_tests.rs"]
mod tests;
