//! policy-atlas (政策图谱): reads Chinese regional-policy documents and builds a knowledge graph of cities,
//! departments, industries and projects (with the tasks and documents that tie them), every node and edge
//! backed by the source passage.
//!
//! Data flows one way: documents → [`extract`] → [`model`] → ([`export`], [`app`]).

#[cfg(feature = "gui")]
pub mod app;
pub mod cli;
pub mod export;
pub mod extract;
pub mod layout;
pub mod model;
#[cfg(feature = "gui")]
pub mod ui;
pub mod workspace;
