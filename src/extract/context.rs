//! The state of one document's extraction: its nodes and edges so far, keyed by interned ids, and the
//! evidence and mentions built from a paragraph's spans.

use super::departments::GovContext;
use super::document::{DocGraph, EdgeSpec, MAX_EVIDENCE};
use super::text::Para;
use crate::model::{EdgeKind, Evidence, Mention, Node, Role, Shared};

/// An edge by interned endpoint ids.
pub(super) type EdgeKey = (u32, u32, EdgeKind, Option<Role>);

pub(super) struct Ctx<'a> {
    pub(super) doc: String,
    /// The document id, shared by every mention and passage.
    pub(super) doc_sh: Shared,
    /// Quotes of the paragraph being read, by original sentence span (many passages share a sentence).
    pub(super) quotes: rustc_hash::FxHashMap<(usize, usize), Shared>,
    /// Every id this document has used (node or edge end) → its number.
    pub(super) ids: rustc_hash::FxHashMap<String, u32>,
    /// Per id number, its node in `out.nodes` (if it is a node of this document).
    pub(super) node_of: Vec<Option<usize>>,
    pub(super) edge_ix: rustc_hash::FxHashMap<EdgeKey, usize>,
    pub(super) chained: rustc_hash::FxHashSet<String>,
    /// Short titles the document gives the documents it cites (（以下简称《规划》）) → the cited document's id.
    /// (id, title, number); the document's own short title maps to its own id.
    pub(super) short_titles: rustc_hash::FxHashMap<String, (String, String, Option<String>)>,
    pub(super) raw: &'a str,
    pub(super) out: DocGraph,
    pub(super) gov: GovContext,
    /// Heading path of the paragraph being read (for evidence).
    pub(super) section: Shared,
    /// The document's year (its date's, or its title's 2025年), for deadlines that name none (年底前).
    pub(super) year: Option<String>,
    /// The document's own title as a citation key, as written and in Simplified (a plan citing itself), and its
    /// number's (empty when it has none).
    pub(super) own_keys: [String; 3],
}

impl Ctx<'_> {
    /// Adds a node, merging it into one of the same id already seen in this document.
    pub(super) fn node(&mut self, n: Node) {
        let k = self.intern(&n.id) as usize;
        match self.node_of[k] {
            Some(i) => self.out.nodes[i].merge(n),
            None => {
                self.node_of[k] = Some(self.out.nodes.len());
                self.out.nodes.push(n);
            }
        }
    }

    /// This document's node `id`, when it has one.
    pub(super) fn node_mut(&mut self, id: &str) -> Option<&mut Node> {
        let k = *self.ids.get(id)? as usize;
        let i = self.node_of[k]?;
        self.out.nodes.get_mut(i)
    }

    /// The number of an id, given on first use.
    pub(super) fn intern(&mut self, id: &str) -> u32 {
        if let Some(&k) = self.ids.get(id) {
            return k;
        }
        let k = self.node_of.len() as u32;
        self.ids.insert(id.to_string(), k);
        self.node_of.push(None);
        k
    }

    /// When this document already has node `id`: adds the mention, and `written` as an alias when it differs
    /// from the label, and returns true. What [`Ctx::node`] would do with a node carrying only those, without
    /// building one.
    /// Gives the mention back when the node is new.
    pub(super) fn touch(&mut self, id: &str, written: &str, mention: Mention) -> Option<Mention> {
        let Some(n) = self.seen(id) else {
            return Some(mention);
        };
        n.add_alias(written);
        n.mentions.insert(mention);
        None
    }

    /// The node `id` if this document already has it.
    pub(super) fn seen(&mut self, id: &str) -> Option<&mut Node> {
        let i = self.ids.get(id).and_then(|&k| self.node_of[k as usize])?;
        self.out.nodes.get_mut(i)
    }

    /// Adds an edge, or one more passage to the same edge (at most [`MAX_EVIDENCE`] per document).
    /// Turns every `responsible_for` edge into `task` with role `from` to role `to` (a lead named after those
    /// responsible: they support it).
    pub(super) fn reassign_roles(&mut self, task: &str, from: Role, to: Role) {
        let t = self.intern(task);
        let mut keys: Vec<(EdgeKey, usize)> = self
            .edge_ix
            .iter()
            .filter(|((_, tt, k, r), _)| {
                *tt == t && *k == EdgeKind::ResponsibleFor && *r == Some(from)
            })
            .map(|(k, &i)| (*k, i))
            .collect();
        keys.sort_unstable_by_key(|&(_, i)| i);
        for (key, i) in keys {
            self.edge_ix.remove(&key);
            self.out.edges[i].role = Some(to);
            self.edge_ix
                .entry((key.0, key.1, key.2, Some(to)))
                .or_insert(i);
        }
    }

    pub(super) fn edge(
        &mut self,
        s: &str,
        t: &str,
        kind: EdgeKind,
        role: Option<Role>,
        ev: Option<Evidence>,
    ) {
        let key = (self.intern(s), self.intern(t), kind, role);
        match self.edge_ix.get(&key) {
            Some(&i) => {
                let e = &mut self.out.edges[i];
                if e.evidence.len() < MAX_EVIDENCE {
                    e.evidence.extend(ev);
                }
            }
            None => {
                self.edge_ix.insert(key, self.out.edges.len());
                self.out.edges.push(EdgeSpec {
                    source: s.into(),
                    target: t.into(),
                    kind,
                    role,
                    evidence: ev.into_iter().collect(),
                });
            }
        }
    }

    pub(super) fn evidence(&mut self, para: &Para, start: usize, end: usize) -> Evidence {
        let (s, e) = para.orig_span(start, end);
        let span = sentence(para, start, end);
        let raw = self.raw;
        let quote = self
            .quotes
            .entry(span)
            .or_insert_with(|| {
                let q = raw.get(span.0..span.1).unwrap_or("");
                let q = super::text::prefix_chars(q, 160);
                if q.contains(['\n', '\r']) {
                    q.replace(['\n', '\r'], "").into()
                } else {
                    q.into()
                }
            })
            .clone();
        Evidence {
            doc: self.doc_sh.clone(),
            start: s,
            end: e,
            quote,
            section: self.section.clone(),
        }
    }

    pub(super) fn mention(&self, para: &Para, start: usize, end: usize) -> Mention {
        let (s, e) = para.orig_span(start, end);
        Mention {
            doc: self.doc_sh.clone(),
            start: s,
            end: e,
        }
    }
}

/// Original byte range of the sentence around a normalised span.
pub(super) fn sentence(para: &Para, start: usize, end: usize) -> (usize, usize) {
    let t = &para.text;
    let s = t[..start]
        .rfind(['。', ';', '!', '?'])
        .map(|i| i + t[i..].chars().next().map_or(1, char::len_utf8))
        .unwrap_or(0);
    let e = t[end..]
        .find(['。', ';', '!', '?'])
        .map(|i| end + i + t[end + i..].chars().next().map_or(0, char::len_utf8))
        .unwrap_or(t.len());
    para.orig_span(s, e.max(s + 1).min(t.len()))
}
