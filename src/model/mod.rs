//! The knowledge graph: typed nodes and edges over a petgraph `StableGraph`, with stable string ids and the
//! queries the views need. Free of egui.

pub mod edits;
mod graph;
mod query;
mod search;
pub mod sorted_set;
mod types;

pub use edits::Edit;
pub use graph::{KnowledgeGraph, Warning};
pub use query::{Neighbour, Side};
pub use search::SearchIndex;
pub use sorted_set::SortedSet;
pub use types::{DocumentMeta, Edge, EdgeKind, Evidence, Mention, Node, NodeKind, Role, Shared};
