//! Every export format parsed back with a reader made for it: the same node and edge counts as the subgraph
//! exported, concrete attributes (包头市发展和改革委员会's responsibilities with their deadlines), citations, and
//! hostile labels that survive every format. Also the `export` command line.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use policy_atlas::export::scope::Scope;
use policy_atlas::export::{self, Extras, Format};
use policy_atlas::model::{
    DocumentMeta, EdgeKind, Evidence, KnowledgeGraph, Node, NodeKind, Role, SearchIndex,
};
use quick_xml::events::Event;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::LazyLock;

mod cli;
mod tables;
mod tools;
mod xml;

static SEEDS: LazyLock<KnowledgeGraph> = LazyLock::new(policy_atlas::extract::seed_graph);

const FGW: &str = "department:包头市发展和改革委员会";

/// 包头市发改委 and everything one hop away.
fn fgw_subgraph() -> KnowledgeGraph {
    let idx = SearchIndex::new(&SEEDS);
    let id = export::scope::resolve_node(&SEEDS, &idx, "包头市发展和改革委员会").expect("found");
    assert_eq!(id, FGW);
    Scope {
        nodes: Some([id].into()),
        depth: 1,
        ..Scope::default()
    }
    .apply(&SEEDS)
}

fn bytes(format: Format, g: &KnowledgeGraph) -> Vec<u8> {
    let mut out = Vec::new();
    export::write(format, g, &Extras::default(), &mut out).expect("writes");
    out
}

/// Labels no format may break on.
const HOSTILE: [&str; 8] = [
    "<b>&amp; \"引号\" 'single'</b>",
    "=SUM(A1:A9)",
    "+1 加号",
    "-2 减号",
    "@cmd 命令",
    "两行\n第二行",
    "反斜杠结尾\\",
    "'}) DETACH DELETE n; //",
];

fn hostile_graph() -> KnowledgeGraph {
    let mut g = KnowledgeGraph::new();
    g.documents.push(DocumentMeta {
        id: "doc:h".into(),
        title: "测试<文件>&\"".into(),
        issuer: Some("=HYPERLINK(\"x\")".into()),
        date: Some("2024-01-01".into()),
        doc_number: Some("内政发〔2018〕55号".into()),
        source: "fixtures/h.txt".into(),
        sha256: "ab".repeat(32),
        ..DocumentMeta::default()
    });
    let mut doc = Node::new(NodeKind::Document, "doc:h", "测试<文件>&\"");
    doc.doc = Some("doc:h".into());
    g.upsert_node(doc);
    for (i, label) in HOSTILE.iter().enumerate() {
        let kind = if i % 2 == 0 {
            NodeKind::Department
        } else {
            NodeKind::Task
        };
        let mut n = Node::new(kind, format!("{}:{i}{label}", kind.as_str()), *label);
        n.aliases.insert(format!("{label} 别名"));
        if kind == NodeKind::Task {
            n.deadline = Some(label.to_string());
            n.doc = Some("doc:h".into());
        }
        g.upsert_node(n);
    }
    let ids: Vec<String> = g.nodes_sorted().iter().map(|n| n.id.clone()).collect();
    for w in ids.windows(2) {
        g.add_edge(
            &w[0],
            &w[1],
            EdgeKind::ResponsibleFor,
            Some(Role::Lead),
            Some(Evidence {
                doc: "doc:h".into(),
                start: 0,
                end: 3,
                quote: format!("引文 {}", HOSTILE[1]).into(),
                section: "一、<总体>&要求".into(),
            }),
        );
    }
    g
}

// ---------------------------------------------------------------------------------------------------------
// A small XML tree read with quick-xml (entities and character references resolved).

#[derive(Debug, Default)]
struct Elem {
    name: String,
    attrs: BTreeMap<String, String>,
    text: String,
    children: Vec<Elem>,
}

impl Elem {
    fn all<'a>(&'a self, name: &str, out: &mut Vec<&'a Elem>) {
        if self.name == name {
            out.push(self);
        }
        for c in &self.children {
            c.all(name, out);
        }
    }

    fn find(&self, name: &str) -> Vec<&Elem> {
        let mut v = Vec::new();
        self.all(name, &mut v);
        v
    }

    fn attr(&self, k: &str) -> &str {
        self.attrs.get(k).map_or("", String::as_str)
    }
}

fn parse_xml(data: &[u8]) -> Elem {
    let mut reader = quick_xml::Reader::from_reader(data);
    let mut stack = vec![Elem::default()];
    let mut buf = Vec::new();
    let start = |e: &quick_xml::events::BytesStart| Elem {
        name: e.name().as_ref().to_string(),
        attrs: e
            .attributes()
            .map(|a| {
                let a = a.expect("attribute");
                (
                    a.key.as_ref().to_string(),
                    a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                        .expect("value")
                        .into_owned(),
                )
            })
            .collect(),
        ..Elem::default()
    };
    loop {
        match reader.read_event_into(&mut buf).expect("well-formed XML") {
            Event::Start(e) => stack.push(start(&e)),
            Event::Empty(e) => {
                let el = start(&e);
                stack.last_mut().expect("parent").children.push(el);
            }
            Event::End(_) => {
                let el = stack.pop().expect("open element");
                stack.last_mut().expect("parent").children.push(el);
            }
            Event::Text(t) => stack
                .last_mut()
                .expect("open")
                .text
                .push_str(&t.xml10_content()),
            Event::GeneralRef(r) => {
                let c = match r.resolve_char_ref().expect("char ref") {
                    Some(c) => c.to_string(),
                    None => match r.xml10_content().as_ref() {
                        "amp" => "&".into(),
                        "lt" => "<".into(),
                        "gt" => ">".into(),
                        "quot" => "\"".into(),
                        "apos" => "'".into(),
                        other => panic!("unknown entity {other}"),
                    },
                };
                stack.last_mut().expect("open").text.push_str(&c);
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    assert_eq!(stack.len(), 1, "every element closed");
    stack.pop().expect("root")
}

// ---------------------------------------------------------------------------------------------------------

fn labels_of(g: &KnowledgeGraph) -> BTreeSet<String> {
    g.graph.node_weights().map(|n| n.label.clone()).collect()
}
