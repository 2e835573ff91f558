//! Typed nodes, edges and document metadata of the knowledge graph.

use super::sorted_set::SortedSet;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::sync::Arc;

/// Shared immutable text: a document id, quote or section that many mentions and passages point at.
pub type Shared = Arc<str>;

fn is_empty(s: &Shared) -> bool {
    s.is_empty()
}

/// What a node stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NodeKind {
    /// A loaded policy document, or one that a loaded document cites.
    Document,
    /// A numbered item or paragraph of a document, usually closed by a responsibility note.
    Task,
    /// Any administrative place: country, province, league/city, banner/county/district, town, village.
    City,
    /// A responsible unit: department, government, management committee, company, customs.
    Department,
    /// A generic group of units such as 各旗县区人民政府 or 各成员单位.
    Group,
    /// A sector a document sets out to develop.
    Industry,
    /// A named project, facility, park, zone or platform.
    Project,
}

impl NodeKind {
    /// All kinds, in display order.
    pub const ALL: [NodeKind; 7] = [
        NodeKind::City,
        NodeKind::Department,
        NodeKind::Industry,
        NodeKind::Project,
        NodeKind::Task,
        NodeKind::Document,
        NodeKind::Group,
    ];

    /// The id prefix and JSON name of the kind.
    pub fn as_str(self) -> &'static str {
        match self {
            NodeKind::Document => "document",
            NodeKind::Task => "task",
            NodeKind::City => "city",
            NodeKind::Department => "department",
            NodeKind::Group => "group",
            NodeKind::Industry => "industry",
            NodeKind::Project => "project",
        }
    }

    /// Parses the JSON name of a kind.
    pub fn parse(s: &str) -> Option<NodeKind> {
        NodeKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// What an edge says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EdgeKind {
    /// department → task.
    ResponsibleFor,
    /// task → document.
    PartOf,
    /// task → city / industry / project.
    Mentions,
    /// place → parent place; project → place.
    LocatedIn,
    /// project → industry.
    InIndustry,
    /// transport project → each place it links.
    Connects,
    /// document → issuing government.
    IssuedBy,
    /// document → document it names.
    Cites,
}

impl EdgeKind {
    /// All kinds, in display order.
    pub const ALL: [EdgeKind; 8] = [
        EdgeKind::ResponsibleFor,
        EdgeKind::PartOf,
        EdgeKind::Mentions,
        EdgeKind::LocatedIn,
        EdgeKind::InIndustry,
        EdgeKind::Connects,
        EdgeKind::IssuedBy,
        EdgeKind::Cites,
    ];

    /// The JSON name of the kind.
    pub fn as_str(self) -> &'static str {
        match self {
            EdgeKind::ResponsibleFor => "responsible_for",
            EdgeKind::PartOf => "part_of",
            EdgeKind::Mentions => "mentions",
            EdgeKind::LocatedIn => "located_in",
            EdgeKind::InIndustry => "in_industry",
            EdgeKind::Connects => "connects",
            EdgeKind::IssuedBy => "issued_by",
            EdgeKind::Cites => "cites",
        }
    }
}

/// The part a unit plays in a task, as the document states it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// 牵头: leads (or listed first where the document says the first one leads).
    Lead,
    /// 配合: supports.
    Support,
    /// A government named as 实施主体.
    Implementer,
    /// A plain 责任单位 list that names no lead.
    Responsible,
}

impl Role {
    /// The JSON name of the role.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Lead => "lead",
            Role::Support => "support",
            Role::Implementer => "implementer",
            Role::Responsible => "responsible",
        }
    }
}

/// A byte span of a document's decoded text.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Mention {
    /// Document id (`doc:…`).
    pub doc: Shared,
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
}

/// The passage that supports an edge.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Evidence {
    /// Document id.
    pub doc: Shared,
    /// Byte offset of the mention that grounds the edge.
    pub start: usize,
    /// End of that mention.
    pub end: usize,
    /// The sentence (or note) that supports the edge, as written.
    pub quote: Shared,
    /// The heading path of the passage (`一、… › （二）…`); empty before the first heading.
    #[serde(default, skip_serializing_if = "is_empty")]
    pub section: Shared,
}

/// A node of the graph.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Node {
    /// Stable id: `kind:canonical name` (tasks: `task:DOC:N`, documents: `doc:…`).
    pub id: String,
    /// Kind of node.
    pub kind: NodeKind,
    /// Canonical name.
    pub label: String,
    /// Other names it is written as.
    #[serde(default)]
    pub aliases: BTreeSet<String>,
    /// The government a department belongs to, or a place's parent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jurisdiction: Option<String>,
    /// Administrative level of a place (地级市, 旗, 镇 …) or kind of unit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<String>,
    /// Every place it is written.
    #[serde(default)]
    pub mentions: SortedSet<Mention>,
    /// Full text of a task.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Section path of a task (headings joined by ` › `).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    /// Deadline of a task, as written (2024年12月, 持续推进).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<String>,
    /// Deadline as `YYYY-MM` when it is a date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline_date: Option<String>,
    /// Document a task belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc: Option<String>,
}

impl Node {
    /// A node with only id, kind and label set.
    pub fn new(kind: NodeKind, id: impl Into<String>, label: impl Into<String>) -> Node {
        Node {
            id: id.into(),
            kind,
            label: label.into(),
            aliases: BTreeSet::new(),
            jurisdiction: None,
            level: None,
            mentions: SortedSet::new(),
            text: None,
            section: None,
            deadline: None,
            deadline_date: None,
            doc: None,
        }
    }

    /// The id a node of `kind` with canonical name `name` gets.
    pub fn id_for(kind: NodeKind, name: &str) -> String {
        format!("{}:{}", kind.as_str(), name)
    }

    /// Adds another name it is written as (not its label, not twice).
    pub fn add_alias(&mut self, name: &str) {
        if name != self.label && !self.aliases.contains(name) {
            self.aliases.insert(name.to_string());
        }
    }

    /// Merges names, mentions and unset attributes of `other` (same id) into `self`.
    pub fn merge(&mut self, other: Node) {
        self.aliases.extend(other.aliases);
        self.aliases.remove(&self.label);
        self.mentions.extend(other.mentions);
        fill(&mut self.jurisdiction, other.jurisdiction);
        fill(&mut self.level, other.level);
        fill(&mut self.text, other.text);
        fill(&mut self.section, other.section);
        fill(&mut self.deadline, other.deadline);
        fill(&mut self.deadline_date, other.deadline_date);
        fill(&mut self.doc, other.doc);
    }

    /// The documents this node is mentioned in.
    pub fn docs(&self) -> BTreeSet<&str> {
        let mut out: BTreeSet<&str> = self.mentions.iter().map(|m| &*m.doc).collect();
        if let Some(d) = &self.doc {
            out.insert(d);
        }
        out
    }
}

fn fill(slot: &mut Option<String>, value: Option<String>) {
    if slot.is_none() {
        *slot = value;
    }
}

/// An edge of the graph.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Edge {
    /// What the edge says.
    pub kind: EdgeKind,
    /// Role of a `responsible_for` edge.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<Role>,
    /// Passages that support it.
    #[serde(default)]
    pub evidence: SortedSet<Evidence>,
}

/// Facts about one loaded document.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DocumentMeta {
    /// `doc:…` id.
    pub id: String,
    /// Title.
    pub title: String,
    /// Issuing body.
    pub issuer: Option<String>,
    /// Issue date `YYYY-MM-DD` (or `YYYY-MM`).
    pub date: Option<String>,
    /// Document number such as 内政发〔2018〕55号.
    pub doc_number: Option<String>,
    /// Where it was read from (path, or `seeds/NAME` for the embedded corpus).
    pub source: String,
    /// SHA-256 of the raw bytes, hex.
    pub sha256: String,
    /// The government the document speaks for (市 / 区 resolve to it).
    pub home: Option<String>,
    /// Number of tasks found.
    pub task_count: usize,
    /// Name of the encoding the bytes were decoded from.
    pub encoding: String,
}
