//! One panel per file. Each takes the state read-only and returns commands.

pub mod edge;
pub mod edit;
pub mod export;
pub mod inspector;
pub mod left;
pub mod reader;
pub mod scenes;
