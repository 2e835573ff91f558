//! JSON, Cypher, Graphviz and pictures as the tools that take them read them: serde, a Cypher statement
//! splitter, dot, an SVG/PNG decoder and Python's networkx.

use super::*;

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
