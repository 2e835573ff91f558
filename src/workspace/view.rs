//! A saved view: what the explorer showed, by node id (egui-free, serialised in workspaces).

use crate::model::NodeKind;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One saved view. Nodes are named by id, so a scene survives re-extraction (missing ids are skipped).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SavedView {
    /// Name (the title on stage).
    pub name: String,
    /// Caption shown under the title.
    #[serde(default)]
    pub caption: String,
    /// Camera: layout point at the centre and zoom (pixels per layout unit).
    pub centre: [f32; 2],
    /// Zoom.
    pub zoom: f32,
    /// Size of the graph view it was saved in (points): on a bigger or smaller screen the zoom is scaled so
    /// the same part of the graph fills it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub view_size: Option<[f32; 2]>,
    /// Hidden kinds.
    #[serde(default)]
    pub hidden_kinds: Vec<NodeKind>,
    /// Hidden documents (ids).
    #[serde(default)]
    pub hidden_docs: Vec<String>,
    /// Place filter (city id).
    #[serde(default)]
    pub place: Option<String>,
    /// Focus: centre id and depth.
    #[serde(default)]
    pub focus: Option<(String, usize)>,
    /// Nodes hidden by hand.
    #[serde(default)]
    pub hidden: Vec<String>,
    /// Expanded nodes.
    #[serde(default)]
    pub expanded: Vec<String>,
    /// The inspected node.
    #[serde(default)]
    pub selected: Option<String>,
    /// Every selected node.
    #[serde(default)]
    pub multi: Vec<String>,
    /// Frozen positions by id.
    #[serde(default)]
    pub positions: BTreeMap<String, [f32; 2]>,
}
