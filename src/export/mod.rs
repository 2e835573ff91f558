//! Exporters: one file per format, each `write(&KnowledgeGraph, impl Write)`. Free of egui.

pub mod json;
