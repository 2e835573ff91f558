//! Routes named short by the first characters of the places they join (包银高铁 for 包头至银川高铁, 集大原高铁 for
//! 集宁至大同至原平高铁): where the graph holds the route by its full name, the short name is that route. And works
//! named after a city with its 市 and without (呼和浩特市临空产业园区, 呼和浩特临空产业园区): one project, by the
//! name without.

use crate::model::{KnowledgeGraph, Node, NodeKind};
use regex::Regex;
use std::collections::BTreeMap;
use std::sync::LazyLock;

/// A route by its places: two to four names joined by 至 (or a dash), then the kind of route.
static ROUTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(\p{Han}{2,8}?(?:[至—]\p{Han}{2,8}?){1,3})(高速铁路|城际铁路|高铁|铁路|高速公路|高速)$",
    )
    .unwrap_or_else(|_| unreachable!("static regex"))
});

/// The kind of a route as its short name writes it (高速铁路 is 高铁 short, 高速公路 高速).
fn kind_key(kind: &str) -> &str {
    match kind {
        "高速铁路" => "高铁",
        "高速公路" => "高速",
        k => k,
    }
}

/// The short name of a route: each place's first character, then its kind (包头至银川高铁 → 包银高铁).
fn short_name(label: &str) -> Option<String> {
    let c = ROUTE.captures(label)?;
    let places = c.get(1)?.as_str();
    let kind = kind_key(c.get(2)?.as_str());
    let mut short = String::new();
    for place in places.split(['至', '—']) {
        short.push(place.chars().next()?);
    }
    Some(format!("{short}{kind}"))
}

/// Short-named routes and the full-named route each stands for: ids of projects, sorted. A short name two
/// routes share (集通铁路 of 集宁至通辽 and 集宁至通州) stands for neither.
pub fn short_routes(g: &KnowledgeGraph) -> BTreeMap<String, String> {
    let mut full: BTreeMap<String, Vec<&str>> = BTreeMap::new();
    let projects = || {
        g.graph
            .node_weights()
            .filter(|n| n.kind == NodeKind::Project)
    };
    for n in projects() {
        if let Some(short) = short_name(&n.label) {
            full.entry(short).or_default().push(&n.id);
        }
    }
    let mut out = BTreeMap::new();
    for n in projects() {
        let Some((stem, kind)) = ["高速铁路", "城际铁路", "高铁", "铁路", "高速公路", "高速"]
            .iter()
            .find_map(|k| n.label.strip_suffix(k).map(|s| (s, kind_key(k))))
        else {
            continue;
        };
        if !(2..=4).contains(&stem.chars().count()) {
            continue;
        }
        if let Some(ids) = full.get(&format!("{stem}{kind}"))
            && let [id] = ids.as_slice()
            && *id != n.id
        {
            out.insert(n.id.clone(), id.to_string());
        }
    }
    out
}

/// Projects named after a city with its 市 (呼和浩特市临空产业园区) where the graph also holds the name without it
/// (呼和浩特临空产业园区), and that name's id.
fn written_with_city(g: &KnowledgeGraph) -> BTreeMap<String, String> {
    let lex = &*super::lexicon::LEXICON;
    g.graph
        .node_weights()
        .filter(|n| n.kind == NodeKind::Project)
        .filter_map(|n| {
            let at = n.label.find('市')?;
            let (city, rest) = n.label.split_at(at + '市'.len_utf8());
            if rest.chars().count() < 3 || lex.place(city).is_none() {
                return None;
            }
            let bare = Node::id_for(NodeKind::Project, &format!("{}{rest}", &n.label[..at]));
            g.index_of(&bare).is_some().then(|| (n.id.clone(), bare))
        })
        .collect()
}

/// Merges each short-named route into its full-named one, and each work named with its city's 市 into the one
/// named without: the name merged away becomes an alias, its mentions the kept one's. Returns the ids merged away
/// and the id each now is.
pub fn merge_project_aliases(g: &mut KnowledgeGraph) -> BTreeMap<String, String> {
    let mut map = short_routes(g);
    for (written, bare) in written_with_city(g) {
        map.entry(written).or_insert(bare);
    }
    for (short, full) in &map {
        if let Some(mut node) = g.remove_node(short) {
            node.aliases.insert(node.label.clone());
            node.id = full.clone();
            g.upsert_node(node);
        }
    }
    map
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_names_of_routes() {
        assert_eq!(short_name("包头至银川高铁").as_deref(), Some("包银高铁"));
        assert_eq!(
            short_name("集宁至大同至原平高铁").as_deref(),
            Some("集大原高铁")
        );
        assert_eq!(
            short_name("呼和浩特至包头高速铁路").as_deref(),
            Some("呼包高铁")
        );
        assert_eq!(short_name("乌兰察布新机场"), None);
    }

    #[test]
    fn a_short_name_merges_into_its_route() {
        let mut g = KnowledgeGraph::new();
        for label in [
            "包头至银川高铁",
            "包银高铁",
            "集宁至通辽铁路",
            "集宁至通州铁路",
            "集通铁路",
        ] {
            g.upsert_node(Node::new(
                NodeKind::Project,
                format!("project:{label}"),
                label,
            ));
        }
        let map = merge_project_aliases(&mut g);
        assert_eq!(
            map.into_iter().collect::<Vec<_>>(),
            [(
                "project:包银高铁".to_string(),
                "project:包头至银川高铁".to_string()
            )]
        );
        let route = g.node("project:包头至银川高铁").expect("route");
        assert!(route.aliases.contains("包银高铁"));
        assert!(g.node("project:包银高铁").is_none());
        // Two routes sharing a short name: it stands for neither.
        assert!(g.node("project:集通铁路").is_some());
    }

    #[test]
    fn a_work_named_with_its_city_s_shi_and_without_is_one() {
        let mut g = KnowledgeGraph::new();
        for label in [
            "呼和浩特临空产业园区",
            "呼和浩特市临空产业园区",
            "包头市稀土交易中心",
        ] {
            g.upsert_node(Node::new(
                NodeKind::Project,
                Node::id_for(NodeKind::Project, label),
                label,
            ));
        }
        let map = merge_project_aliases(&mut g);
        assert_eq!(map.len(), 1);
        let park = g
            .node(&Node::id_for(NodeKind::Project, "呼和浩特临空产业园区"))
            .expect("park");
        assert!(park.aliases.contains("呼和浩特市临空产业园区"));
        // Written one way only: kept as written.
        assert!(
            g.node(&Node::id_for(NodeKind::Project, "包头市稀土交易中心"))
                .is_some()
        );
    }
}
