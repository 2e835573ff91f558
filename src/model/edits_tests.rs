use super::*;
use crate::model::EdgeKind;

fn seeds() -> KnowledgeGraph {
    crate::extract::seed_graph()
}

const FGW: &str = "department:包头市发展和改革委员会";
const BT: &str = "city:包头市";

#[test]
fn rename_keeps_the_id_and_the_old_name_as_alias() {
    let mut g = seeds();
    g.apply_edit(&Edit::Rename {
        id: FGW.into(),
        label: "包头市发改委（改名）".into(),
    })
    .expect("rename");
    let n = g.node(FGW).expect("same id");
    assert_eq!(n.label, "包头市发改委（改名）");
    assert!(n.aliases.contains("包头市发展和改革委员会"));
}

#[test]
fn merge_combines_aliases_edges_and_evidence() {
    let mut g = seeds();
    let other = "department:包头市工业和信息化局";
    let before_keep = g.edges_of(FGW).len();
    let before_other = g.edges_of(other).len();
    let evidence: usize = g.edges_of(other).iter().map(|e| e.2.evidence.len()).sum();
    assert!(before_other > 0 && evidence > 0);
    g.apply_edit(&Edit::Merge {
        keep: FGW.into(),
        remove: other.into(),
    })
    .expect("merge");
    assert!(g.node(other).is_none());
    let n = g.node(FGW).expect("kept");
    assert!(n.aliases.contains("包头市工业和信息化局"));
    let after = g.edges_of(FGW);
    // Shared neighbours fold into one edge each, so at most the sum and more than before.
    assert!(after.len() > before_keep && after.len() <= before_keep + before_other);
    let kept_evidence: usize = after.iter().map(|e| e.2.evidence.len()).sum();
    assert!(kept_evidence >= evidence);
    assert!(
        g.apply_edit(&Edit::Merge {
            keep: FGW.into(),
            remove: FGW.into()
        })
        .is_err()
    );
}

#[test]
fn split_alias_takes_its_mentions_along() {
    let mut g = seeds();
    // An alias the text actually spells in some mention.
    let n = g.node(FGW).expect("node");
    let spelled: Vec<String> = n
        .mentions
        .iter()
        .filter_map(|m| {
            g.texts
                .get(&*m.doc)?
                .get(m.start..m.end)
                .map(str::to_string)
        })
        .collect();
    let alias = n
        .aliases
        .iter()
        .find(|a| spelled.contains(a))
        .cloned()
        .expect("an alias with mentions");
    let mentions = g.node(FGW).map_or(0, |n| n.mentions.len());
    g.apply_edit(&Edit::SplitAlias {
        id: FGW.into(),
        alias: alias.clone(),
    })
    .expect("split");
    let new = g.node(&split_id(FGW, &alias)).expect("new node");
    assert_eq!(new.kind, NodeKind::Department);
    assert!(!new.mentions.is_empty(), "mentions spelled {alias} moved");
    let left = g.node(FGW).map_or(0, |n| n.mentions.len());
    assert_eq!(left + new.mentions.len(), mentions);
    assert!(!g.node(FGW).expect("kept").aliases.contains(&alias));
}

#[test]
fn kind_edges_hide_and_a_replay_that_skips_what_is_gone() {
    let mut g = seeds();
    g.apply_edit(&Edit::SetKind {
        id: FGW.into(),
        kind: NodeKind::Group,
    })
    .expect("kind");
    assert_eq!(g.node(FGW).map(|n| n.kind), Some(NodeKind::Group));
    let edges = g.edge_count();
    g.apply_edit(&Edit::AddEdge {
        source: FGW.into(),
        target: BT.into(),
        kind: EdgeKind::LocatedIn,
        note: "市政府组成部门".into(),
    })
    .expect("add");
    assert_eq!(g.edge_count(), edges + 1);
    let added = g
        .edges_of(FGW)
        .into_iter()
        .find(|e| e.1 == BT && e.2.kind == EdgeKind::LocatedIn)
        .expect("added edge");
    assert!(
        added
            .2
            .evidence
            .iter()
            .any(|e| &*e.doc == USER_DOC && &*e.quote == "市政府组成部门")
    );
    g.apply_edit(&Edit::RemoveEdge {
        source: BT.into(),
        target: FGW.into(),
        kind: EdgeKind::LocatedIn,
        note: String::new(),
    })
    .expect("remove, either direction");
    assert_eq!(g.edge_count(), edges);
    let problems = g.replay(&[
        Edit::Hide { id: BT.into() },
        Edit::Rename {
            id: "city:没有这个地方".into(),
            label: "x".into(),
        },
        Edit::Hide { id: BT.into() },
    ]);
    assert!(g.node(BT).is_none());
    assert_eq!(problems.len(), 2, "{problems:?}");
}

#[test]
fn edits_round_trip_through_json() {
    let log = vec![
        Edit::Merge {
            keep: "a".into(),
            remove: "b".into(),
        },
        Edit::SetKind {
            id: "c".into(),
            kind: NodeKind::Project,
        },
    ];
    let text = serde_json::to_string(&log).expect("json");
    assert!(text.contains("\"op\":\"merge\""));
    let back: Vec<Edit> = serde_json::from_str(&text).expect("back");
    assert_eq!(back, log);
}
