//! Merging extracted documents into one graph. Documents are merged in source order, each as soon as it and
//! those before it are done ([`extract_merged`]), so the merge overlaps the extraction; citations of loaded
//! documents are resolved once all are in.

use super::document::{self, DocGraph, EdgeSpec};
use super::{Extracted, Source};
use crate::model::{KnowledgeGraph, NodeKind};
use std::collections::{BTreeMap, HashMap};

/// A graph being built from documents given in order.
#[derive(Default)]
pub struct Assembler {
    g: KnowledgeGraph,
    edges: Vec<EdgeSpec>,
    /// `doc:{number}` and `doc:{title}` of each loaded document → its id.
    by_number: HashMap<String, String>,
}

impl Assembler {
    /// Adds the next document (or its warning): its nodes now, its edges at [`Assembler::finish`].
    pub fn add(&mut self, r: Extracted) {
        let d: DocGraph = match r {
            Ok(d) => d,
            Err(w) => {
                self.g.warnings.push(w);
                return;
            }
        };
        if let Some(n) = &d.meta.doc_number {
            self.by_number.insert(format!("doc:{n}"), d.meta.id.clone());
        }
        // A Traditional title (shown as written) is cited in Simplified too.
        for title in [d.meta.title.clone(), super::text::normalize(&d.meta.title)] {
            self.by_number.insert(
                format!("doc:{}", document::title_key(&title)),
                d.meta.id.clone(),
            );
        }
        for n in d.nodes {
            self.g.upsert_node(n);
        }
        self.edges.extend(d.edges);
        self.g
            .texts
            .insert(d.meta.id.clone(), std::sync::Arc::from(d.text));
        self.g.documents.push(d.meta);
    }

    /// The graph: a document cited by number or title that was loaded is that document (its stand-in node
    /// goes), then every edge, its passages added in bulk.
    pub fn finish(mut self) -> KnowledgeGraph {
        let mut stand_ins: Vec<&String> = self
            .by_number
            .keys()
            .filter(|k| self.g.index_of(k).is_some())
            .collect();
        stand_ins.sort();
        for id in stand_ins {
            self.g.remove_node(id);
        }
        // 包银高铁 where 包头至银川高铁 is in the graph: the route, by its short name (and 呼和浩特市临空产业园区
        // where 呼和浩特临空产业园区 is: the park).
        let mut short = super::route_aliases::merge_project_aliases(&mut self.g);
        short.extend(merge_titled_citations(&mut self.g));
        for e in self.edges {
            let target = self
                .by_number
                .get(&e.target)
                .or_else(|| short.get(&e.target))
                .map_or(e.target.as_str(), String::as_str);
            let source = short.get(&e.source).unwrap_or(&e.source);
            // One lookup per edge; its passages are added in bulk.
            if let Some(ix) = self.g.add_edge(source, target, e.kind, e.role, None)
                && let Some(w) = self.g.graph.edge_weight_mut(ix)
            {
                w.evidence.extend(e.evidence);
            }
        }
        self.g
    }
}

/// A document cited by its title alone (《…行动方案》政策解读) where another citation gives the same title with its
/// number (《…行动方案》（包府办发〔2026〕21号）) is that document: the title's node merges into the number's.
/// Returns the ids merged away and the id each now is. A title two numbered documents share merges into neither.
fn merge_titled_citations(g: &mut KnowledgeGraph) -> BTreeMap<String, String> {
    let mut numbered: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for n in g
        .graph
        .node_weights()
        .filter(|n| n.kind == NodeKind::Document)
    {
        let titled = format!("doc:{}", document::title_key(&n.label));
        let number = n.id.strip_prefix("doc:").unwrap_or_default();
        if titled != n.id && n.aliases.contains(number) {
            numbered.entry(titled).or_default().push(n.id.clone());
        }
    }
    let mut map = BTreeMap::new();
    for (titled, ids) in numbered {
        if let [id] = ids.as_slice()
            && let Some(mut node) = g.remove_node(&titled)
        {
            node.id = id.clone();
            g.upsert_node(node);
            map.insert(titled, id.clone());
        }
    }
    map
}

/// Merges extracted documents (and warnings) into one graph, resolving citations to loaded documents.
pub fn assemble(results: Vec<Extracted>) -> KnowledgeGraph {
    let mut a = Assembler::default();
    for r in results {
        a.add(r);
    }
    a.finish()
}

/// Extracts every source on all cores and merges each document as soon as it and those before it are done
/// (on the calling thread, while the others extract). `tick` as in [`super::extract_all`]. The same graph as
/// `assemble(extract_all(..))`.
pub fn extract_merged(sources: &[Source], tick: &(dyn Fn() -> bool + Sync)) -> KnowledgeGraph {
    let mut asm = Assembler::default();
    super::extract_in_order(sources, tick, |r| asm.add(r));
    asm.finish()
}
