//! Everything drawn with egui: theme (colours, fonts), and — as the GUI grows — the graph view adapter and
//! one file per panel. Panels return commands; they never edit the model.

pub mod graph_view;
pub mod paint;
pub mod panels;
pub mod theme;
