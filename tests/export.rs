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

#[test]
fn json_round_trips_with_citations() {
    let sub = fgw_subgraph();
    let v: serde_json::Value = serde_json::from_slice(&bytes(Format::Json, &sub)).expect("JSON");
    assert_eq!(v["nodes"].as_array().map(Vec::len), Some(sub.node_count()));
    assert_eq!(v["links"].as_array().map(Vec::len), Some(sub.edge_count()));
    let docs = v["graph"]["documents"].as_array().expect("documents");
    assert!(
        docs.iter()
            .all(|d| d["sha256"].as_str().is_some_and(|s| s.len() == 64))
    );
    let links = v["links"].as_array().expect("links");
    let fgw: Vec<_> = links
        .iter()
        .filter(|l| l["source"] == FGW && l["kind"] == "responsible_for")
        .collect();
    assert!(fgw.len() >= 5, "{}", fgw.len());
    assert!(fgw.iter().all(|l| {
        l["evidence"][0]["quote"]
            .as_str()
            .is_some_and(|q| q.contains("发改委"))
    }));
    assert!(
        fgw.iter()
            .all(|l| l["evidence"][0]["section"].as_str().is_some())
    );
    let hostile = hostile_graph();
    let v: serde_json::Value =
        serde_json::from_slice(&bytes(Format::Json, &hostile)).expect("hostile JSON");
    let got: BTreeSet<String> = v["nodes"]
        .as_array()
        .expect("nodes")
        .iter()
        .map(|n| n["label"].as_str().unwrap_or_default().to_string())
        .collect();
    assert_eq!(got, labels_of(&hostile));
}

#[test]
fn graphml_round_trips() {
    let sub = fgw_subgraph();
    let root = parse_xml(&bytes(Format::Graphml, &sub));
    let nodes = root.find("node");
    let edges = root.find("edge");
    assert_eq!(
        (nodes.len(), edges.len()),
        (sub.node_count(), sub.edge_count())
    );
    // Every data key is declared with a type.
    let keys: BTreeMap<&str, &str> = root
        .find("key")
        .into_iter()
        .map(|k| (k.attr("id"), k.attr("attr.type")))
        .collect();
    for d in root.find("data") {
        assert!(
            keys.contains_key(d.attr("key")),
            "undeclared key {}",
            d.attr("key")
        );
    }
    let data = |e: &Elem, k: &str| {
        e.children
            .iter()
            .find(|c| c.attr("key") == k)
            .map(|c| c.text.clone())
    };
    let deadlines: Vec<String> = nodes
        .iter()
        .filter(|n| data(n, "n_kind").as_deref() == Some("task"))
        .filter_map(|n| data(n, "n_deadline"))
        .collect();
    assert!(deadlines.iter().any(|d| d == "持续推进"));
    assert!(deadlines.iter().any(|d| d == "2024年12月"));
    let fgw_edges = edges
        .iter()
        .filter(|e| {
            e.attr("source") == FGW && data(e, "e_kind").as_deref() == Some("responsible_for")
        })
        .count();
    assert!(fgw_edges >= 5);
    assert!(data(root.find("graph")[0], "g_sources").is_some_and(|s| s.contains("doc:002")));

    let hostile = hostile_graph();
    let root = parse_xml(&bytes(Format::Graphml, &hostile));
    let got: BTreeSet<String> = root
        .find("node")
        .iter()
        .filter_map(|n| data(n, "n_label"))
        .collect();
    assert_eq!(got, labels_of(&hostile));
    let ids: BTreeSet<&str> = root.find("node").iter().map(|n| n.attr("id")).collect();
    assert!(ids.contains(format!("task:5{}", HOSTILE[5]).as_str()));
}

#[test]
fn gexf_round_trips_with_viz() {
    let sub = fgw_subgraph();
    let root = parse_xml(&bytes(Format::Gexf, &sub));
    assert_eq!(root.find("gexf")[0].attr("version"), "1.3");
    let nodes = root.find("node");
    assert_eq!(
        (nodes.len(), root.find("edge").len()),
        (sub.node_count(), sub.edge_count())
    );
    for n in &nodes {
        let names: Vec<&str> = n.children.iter().map(|c| c.name.as_str()).collect();
        for viz in ["viz:color", "viz:size", "viz:position"] {
            assert!(names.contains(&viz), "{} lacks {viz}", n.attr("id"));
        }
    }
    let fgw = nodes.iter().find(|n| n.attr("id") == FGW).expect("fgw");
    let color = &fgw.find("viz:color")[0];
    assert_eq!(
        (color.attr("r"), color.attr("g"), color.attr("b")),
        ("242", "142", "43")
    );
    // The layout spread the nodes out.
    let xs: BTreeSet<String> = root
        .find("viz:position")
        .iter()
        .map(|p| p.attr("x").to_string())
        .collect();
    assert!(xs.len() > 1);

    let hostile = hostile_graph();
    let root = parse_xml(&bytes(Format::Gexf, &hostile));
    let got: BTreeSet<String> = root
        .find("node")
        .iter()
        .map(|n| n.attr("label").to_string())
        .collect();
    assert_eq!(got, labels_of(&hostile));
    let deadlines: BTreeSet<&str> = root
        .find("attvalue")
        .into_iter()
        .filter(|a| a.attr("for") == "deadline")
        .map(|a| a.attr("value"))
        .collect();
    assert!(deadlines.contains("两行\n第二行"));
}

fn read_csv(path: &Path) -> (Vec<String>, Vec<Vec<String>>) {
    let data = std::fs::read(path).expect("csv file");
    assert!(data.starts_with(b"\xEF\xBB\xBF"), "UTF-8 BOM for Excel");
    let mut r = csv::Reader::from_reader(&data[3..]);
    let head = r
        .headers()
        .expect("header")
        .iter()
        .map(str::to_string)
        .collect();
    let rows = r
        .records()
        .map(|rec| rec.expect("record").iter().map(str::to_string).collect())
        .collect();
    (head, rows)
}

#[test]
fn csv_has_neo4j_headers_and_no_formulas() {
    let dir = tempfile::tempdir().expect("tempdir");
    let sub = fgw_subgraph();
    export::write_file(Format::Csv, &sub, &Extras::default(), dir.path()).expect("writes");
    let (head, nodes) = read_csv(&dir.path().join("nodes.csv"));
    assert_eq!(&head[..2], ["id:ID", ":LABEL"]);
    assert_eq!(nodes.len(), sub.node_count());
    let (head, edges) = read_csv(&dir.path().join("edges.csv"));
    assert_eq!(&head[..3], [":START_ID", ":END_ID", ":TYPE"]);
    assert_eq!(edges.len(), sub.edge_count());
    assert!(
        edges
            .iter()
            .any(|e| e[0] == FGW && e[2] == "RESPONSIBLE_FOR")
    );
    let (_, docs) = read_csv(&dir.path().join("documents.csv"));
    assert_eq!(docs.len(), sub.documents.len());

    let dir = tempfile::tempdir().expect("tempdir");
    let hostile = hostile_graph();
    export::write_file(Format::Csv, &hostile, &Extras::default(), dir.path()).expect("writes");
    let (head, nodes) = read_csv(&dir.path().join("nodes.csv"));
    let col = head
        .iter()
        .position(|h| h == "label")
        .expect("label column");
    let got: BTreeSet<String> = nodes.iter().map(|r| r[col].clone()).collect();
    let want: BTreeSet<String> = labels_of(&hostile)
        .iter()
        .map(|l| policy_atlas::export::csv::cell(l))
        .collect();
    assert_eq!(got, want);
    for row in nodes.iter() {
        for c in row {
            assert!(
                !matches!(c.chars().next(), Some('=' | '+' | '-' | '@')),
                "formula-like cell {c:?}"
            );
        }
    }
    assert!(got.contains("'=SUM(A1:A9)") && got.contains("两行\n第二行"));
}

#[test]
fn xlsx_sheets_read_back() {
    use calamine::{Data, Reader, Xlsx};
    let sub = fgw_subgraph();
    let mut wb: Xlsx<_> =
        calamine::open_workbook_from_rs(std::io::Cursor::new(bytes(Format::Xlsx, &sub)))
            .expect("xlsx");
    assert_eq!(
        wb.sheet_names(),
        ["Nodes", "Edges", "Responsibilities", "Sources"]
    );
    let nodes = wb.worksheet_range("Nodes").expect("Nodes");
    assert_eq!(nodes.height() - 1, sub.node_count());
    let edges = wb.worksheet_range("Edges").expect("Edges");
    assert_eq!(edges.height() - 1, sub.edge_count());
    let resp = wb
        .worksheet_range("Responsibilities")
        .expect("Responsibilities");
    let rows: Vec<Vec<String>> = resp
        .rows()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect();
    assert_eq!(
        rows[0],
        [
            "department",
            "role",
            "task",
            "deadline",
            "document",
            "section",
            "quote"
        ]
    );
    let fgw: Vec<&Vec<String>> = rows
        .iter()
        .filter(|r| r[0] == "包头市发展和改革委员会")
        .collect();
    assert!(fgw.len() >= 5);
    assert!(fgw.iter().any(|r| r[3] == "2024年12月"));
    assert!(
        fgw.iter()
            .all(|r| r[4].contains("包头市") && r[6].contains("发改委"))
    );
    let sources = wb.worksheet_range("Sources").expect("Sources");
    assert!(sources.rows().skip(1).all(|r| r[5].to_string().len() == 64));

    let hostile = hostile_graph();
    let data = bytes(Format::Xlsx, &hostile);
    let mut wb: Xlsx<_> =
        calamine::open_workbook_from_rs(std::io::Cursor::new(data)).expect("hostile xlsx");
    let nodes = wb.worksheet_range("Nodes").expect("Nodes");
    let got: BTreeSet<String> = nodes
        .rows()
        .skip(1)
        .map(|r| match &r[2] {
            Data::String(s) => s.clone(),
            other => panic!("label cell is not text: {other:?}"),
        })
        .collect();
    assert_eq!(got, labels_of(&hostile));
    let formulas = wb.worksheet_formula("Nodes").expect("formulas");
    assert!(
        formulas.used_cells().all(|(_, _, f)| f.is_empty()),
        "no formulas"
    );
}

/// Cypher statements split at top-level `;`, with their string literals unescaped.
fn cypher_statements(script: &str) -> Vec<(String, Vec<String>)> {
    let mut out = Vec::new();
    let mut stmt = String::new();
    let mut lits = Vec::new();
    let mut chars = script.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\'' => {
                let mut lit = String::new();
                loop {
                    match chars.next().expect("unterminated string literal") {
                        '\\' => match chars.next().expect("escape") {
                            'n' => lit.push('\n'),
                            'r' => lit.push('\r'),
                            't' => lit.push('\t'),
                            'u' => {
                                let hex: String = (0..4).filter_map(|_| chars.next()).collect();
                                let v = u32::from_str_radix(&hex, 16).expect("hex");
                                lit.push(char::from_u32(v).expect("char"));
                            }
                            other => lit.push(other),
                        },
                        '\'' => break,
                        other => lit.push(other),
                    }
                }
                stmt.push_str("'…'");
                lits.push(lit);
            }
            '/' if chars.peek() == Some(&'/') => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        break;
                    }
                }
            }
            ';' => {
                out.push((stmt.trim().to_string(), std::mem::take(&mut lits)));
                stmt.clear();
            }
            c => stmt.push(c),
        }
    }
    assert!(stmt.trim().is_empty(), "trailing text {stmt:?}");
    out
}

#[test]
fn cypher_merges_every_node_and_edge_and_cannot_be_broken_out_of() {
    let sub = fgw_subgraph();
    let script = String::from_utf8(bytes(Format::Cypher, &sub)).expect("UTF-8");
    let stmts = cypher_statements(&script);
    let nodes = stmts
        .iter()
        .filter(|(s, _)| s.starts_with("MERGE (n:Entity"))
        .count();
    let edges = stmts
        .iter()
        .filter(|(s, _)| s.starts_with("MATCH (a:Entity"))
        .count();
    assert_eq!((nodes, edges), (sub.node_count(), sub.edge_count()));
    assert!(
        stmts
            .iter()
            .any(|(s, _)| s.starts_with("CREATE CONSTRAINT"))
    );
    assert!(
        stmts
            .iter()
            .any(|(s, l)| s.contains("RESPONSIBLE_FOR")
                && l.first().map(String::as_str) == Some(FGW))
    );

    let hostile = hostile_graph();
    let script = String::from_utf8(bytes(Format::Cypher, &hostile)).expect("UTF-8");
    let stmts = cypher_statements(&script);
    let mut got = BTreeSet::new();
    for (s, lits) in &stmts {
        // Outside literals only our own keywords, fixed labels and property names remain.
        assert!(!s.contains("DETACH") && !s.contains("DELETE"), "{s}");
        if s.starts_with("MERGE (n:Entity") {
            let (_, after) = s.split_once("n.label = ").expect("label");
            let before_label = s.len() - after.len();
            let index = s[..before_label].matches("'…'").count();
            got.insert(lits[index].clone());
        }
    }
    assert_eq!(got, labels_of(&hostile));
}

fn dot_available() -> bool {
    let found = Command::new("dot").arg("-V").output().is_ok();
    if !found && std::env::var_os("CI").is_some() {
        panic!("graphviz `dot` must be installed in CI (.ci/run installs it)");
    }
    found
}

fn dot_to_svg(dot: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut child = Command::new("dot")
        .arg("-Tsvg")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("dot runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(dot)
        .expect("write dot");
    let out = child.wait_with_output().expect("dot finishes");
    assert!(
        out.status.success(),
        "dot rejected the file: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

#[test]
fn dot_renders_with_graphviz() {
    let sub = fgw_subgraph();
    let dot = bytes(Format::Dot, &sub);
    let text = String::from_utf8(dot.clone()).expect("UTF-8");
    assert_eq!(text.matches(" -> ").count(), sub.edge_count());
    assert!(text.contains("fontname=\"Noto Sans CJK SC\""));
    if !dot_available() {
        eprintln!("graphviz not installed: skipping the dot -Tsvg check");
        return;
    }
    let svg = parse_xml(&dot_to_svg(&dot));
    let texts: BTreeSet<String> = svg.find("text").iter().map(|t| t.text.clone()).collect();
    assert!(texts.contains("包头市发展和改革委员会"));
    assert_eq!(
        svg.find("g")
            .iter()
            .filter(|g| g.attr("class") == "node")
            .count(),
        sub.node_count()
    );

    let hostile = hostile_graph();
    let svg = parse_xml(&dot_to_svg(&bytes(Format::Dot, &hostile)));
    let texts: BTreeSet<String> = svg.find("text").iter().map(|t| t.text.clone()).collect();
    for label in HOSTILE {
        for line in label.split('\n') {
            assert!(texts.contains(line), "{line:?} not drawn; drawn: {texts:?}");
        }
    }
}

#[test]
fn svg_and_png_pictures() {
    let sub = fgw_subgraph();
    let svg = parse_xml(&bytes(Format::Svg, &sub));
    let root = &svg.find("svg")[0];
    assert!(root.attr("font-family").contains("Noto Sans CJK SC"));
    let discs = svg
        .find("g")
        .into_iter()
        .find(|g| g.attr("id") == "nodes")
        .expect("nodes group")
        .find("title")
        .len();
    assert_eq!(discs, sub.node_count());
    let texts: Vec<String> = svg.find("text").iter().map(|t| t.text.clone()).collect();
    assert!(texts.iter().any(|t| t == "包头市发展和改革委员会"));
    assert!(texts.iter().any(|t| t.contains("部门")), "legend");
    assert!(svg.find("desc")[0].text.contains("doc:002"));

    for scale in [1.0, 2.0] {
        let mut png = Vec::new();
        let extras = Extras {
            scale: Some(scale),
            ..Extras::default()
        };
        export::write(Format::Png, &sub, &extras, &mut png).expect("png");
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
        let width = u32::from_be_bytes([png[16], png[17], png[18], png[19]]);
        assert_eq!(width, (1600.0 * scale) as u32);
    }
    let hostile = hostile_graph();
    let svg = parse_xml(&bytes(Format::Svg, &hostile));
    let texts: BTreeSet<String> = svg.find("text").iter().map(|t| t.text.clone()).collect();
    for label in HOSTILE.iter().filter(|l| !l.contains('\n')) {
        let drawn = policy_atlas::export::picture::short_label(label);
        assert!(texts.contains(&drawn), "{drawn:?} not in {texts:?}");
    }
}

#[test]
fn networkx_reads_json_graphml_and_gexf() {
    let probe = Command::new("python3")
        .args(["-c", "import networkx"])
        .output();
    if !probe.is_ok_and(|o| o.status.success()) {
        assert!(
            std::env::var_os("CI").is_none(),
            "networkx must be installed in CI (.ci/run installs it)"
        );
        eprintln!("networkx not installed: skipping");
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    for g in [fgw_subgraph(), hostile_graph()] {
        let mut paths = Vec::new();
        for f in [Format::Json, Format::Graphml, Format::Gexf] {
            let p = dir.path().join(format!("g.{}", f.as_str()));
            export::write_file(f, &g, &Extras::default(), &p).expect("writes");
            paths.push(p);
        }
        let script = r#"
import json, sys, networkx as nx
j = nx.node_link_graph(json.load(open(sys.argv[1], encoding="utf-8")), edges="links")
m = nx.read_graphml(sys.argv[2])
x = nx.read_gexf(sys.argv[3])
print(j.number_of_nodes(), j.number_of_edges(), m.number_of_nodes(), m.number_of_edges(),
      x.number_of_nodes(), x.number_of_edges())
"#;
        let out = Command::new("python3")
            .arg("-c")
            .arg(script)
            .args(&paths)
            .output()
            .expect("python runs");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let counts: Vec<usize> = String::from_utf8_lossy(&out.stdout)
            .split_whitespace()
            .map(|s| s.parse().expect("number"))
            .collect();
        let (n, e) = (g.node_count(), g.edge_count());
        assert_eq!(counts, [n, e, n, e, n, e]);
    }
}

// ---------------------------------------------------------------------------------------------------------
// The command line.

fn cli(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_policy-atlas"))
        .args(args)
        .output()
        .expect("runs")
}

fn out_path(dir: &Path, name: &str) -> PathBuf {
    dir.join(name)
}

#[test]
fn cli_exports_a_focus_by_pinyin_with_kinds() {
    let dir = tempfile::tempdir().expect("tempdir");
    let json = out_path(dir.path(), "bt.json");
    let o = cli(&[
        "export",
        "--format",
        "json",
        "--focus",
        "baotou",
        "--depth",
        "1",
        "--kinds",
        "city,project",
        "-o",
        json.to_str().expect("path"),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&json).expect("file")).expect("JSON");
    let nodes = v["nodes"].as_array().expect("nodes");
    assert!(nodes.iter().any(|n| n["id"] == "city:包头市"));
    assert!(nodes.iter().any(|n| n["kind"] == "project"));
    assert!(
        nodes
            .iter()
            .all(|n| n["kind"] == "city" || n["kind"] == "project")
    );
    let sub = Scope {
        nodes: Some(["city:包头市".to_string()].into()),
        depth: 1,
        kinds: vec![NodeKind::City, NodeKind::Project],
        docs: vec![],
    }
    .apply(&SEEDS);
    assert_eq!(nodes.len(), sub.node_count());
    assert_eq!(v["links"].as_array().map(Vec::len), Some(sub.edge_count()));
}

#[test]
fn cli_writes_every_format() {
    let dir = tempfile::tempdir().expect("tempdir");
    for f in Format::ALL {
        let p = out_path(dir.path(), &format!("out.{}", f.as_str()));
        let o = cli(&[
            "export",
            "--focus",
            "包头市发展和改革委员会",
            "--docs",
            "002",
            "-o",
            p.to_str().expect("path"),
        ]);
        assert!(
            o.status.success(),
            "{f:?}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        assert!(String::from_utf8_lossy(&o.stderr).contains("wrote"));
        let written = if f == Format::Csv {
            p.join("nodes.csv")
        } else {
            p
        };
        assert!(
            std::fs::metadata(&written).is_ok_and(|m| m.len() > 100),
            "{f:?}"
        );
    }
}

#[test]
fn cli_reports_bad_requests() {
    let dir = tempfile::tempdir().expect("tempdir");
    let p = out_path(dir.path(), "x.json");
    let p = p.to_str().expect("path");
    let o = cli(&["export", "--format", "pdf", "-o", p]);
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("unknown format"));
    let o = cli(&["export", "--focus", "完全不存在的名字xyz", "-o", p]);
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("no node matches"));
    let o = cli(&["export", "--kinds", "widgets", "-o", p]);
    assert!(!o.status.success());
    assert!(std::fs::metadata(p).is_err(), "nothing written on error");
}

#[test]
fn cli_reads_a_workspace_and_refuses_a_broken_one_by_name() {
    let dir = tempfile::tempdir().expect("tempdir");
    let fixture = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/workspace_v1.patlas"
    );
    let json = out_path(dir.path(), "ws.json");
    let o = cli(&[
        "extract",
        "--workspace",
        fixture,
        "-o",
        json.to_str().expect("utf-8"),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json).expect("written")).expect("json");
    assert_eq!(v["graph"]["documents"].as_array().map(Vec::len), Some(5));
    let xlsx = out_path(dir.path(), "ws.xlsx");
    let o = cli(&[
        "export",
        "--workspace",
        fixture,
        "--focus",
        "baotou",
        "-o",
        xlsx.to_str().expect("utf-8"),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(xlsx.exists());
    let broken = out_path(dir.path(), "broken.patlas");
    std::fs::write(&broken, "{\"version\": 1, \"documents\": [").expect("write");
    let o = cli(&["extract", "--workspace", broken.to_str().expect("utf-8")]);
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("broken.patlas"), "{err}");
}

#[test]
fn cli_exports_include_the_workspace_edits() {
    let dir = tempfile::tempdir().expect("tempdir");
    let fixture = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/workspace_v2.patlas"
    );
    let json = out_path(dir.path(), "edited.json");
    let o = cli(&[
        "extract",
        "--workspace",
        fixture,
        "-o",
        json.to_str().expect("utf-8"),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let text = std::fs::read_to_string(&json).expect("written");
    assert!(text.contains("\"包头市发改委\""), "renamed label exported");
    assert!(
        !text.contains("\"department:包头市工业和信息化局\""),
        "merged node gone"
    );
    assert!(
        text.contains("市政府组成部门"),
        "the added edge's note is its evidence"
    );
}
