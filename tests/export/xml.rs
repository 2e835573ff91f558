//! GraphML and GEXF read back with an XML reader: counts, attributes, citations, hostile labels.

use super::*;

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
