//! The look shared by the window and the picture exports (SVG, PNG, GEXF `viz`): kind colours, kind names,
//! node sizes and the CJK font stack. Plain RGB, free of egui, so an export looks like the view.

use crate::model::NodeKind;

/// The colour of a node kind (legend, graph, reader highlights, exports).
pub fn kind_rgb(kind: NodeKind) -> [u8; 3] {
    use NodeKind as K;
    match kind {
        K::City => [0x4e, 0x9a, 0xf1],
        K::Department => [0xf2, 0x8e, 0x2b],
        K::Industry => [0x59, 0xa1, 0x4f],
        K::Project => [0xb0, 0x7a, 0xd9],
        K::Task => [0x9a, 0x9a, 0x9a],
        K::Document => [0xe1, 0x57, 0x59],
        K::Group => [0xc9, 0xa2, 0x27],
    }
}

/// `#rrggbb` for a kind.
pub fn kind_hex(kind: NodeKind) -> String {
    let [r, g, b] = kind_rgb(kind);
    format!("#{r:02x}{g:02x}{b:02x}")
}

/// The Chinese and English name of a node kind, for legends and panels.
pub fn kind_name(kind: NodeKind) -> &'static str {
    use NodeKind as K;
    match kind {
        K::City => "地区 city",
        K::Department => "部门 department",
        K::Industry => "产业 industry",
        K::Project => "项目 project",
        K::Task => "任务 task",
        K::Document => "文件 document",
        K::Group => "群组 group",
    }
}

/// A node's radius in points at zoom 1: grows with the square root of its degree.
pub fn node_radius(degree: usize) -> f32 {
    (4.0 + (degree as f32).sqrt() * 2.0).min(MAX_RADIUS)
}

/// Largest node radius: a hub of thousands of edges must not cover its neighbourhood.
pub const MAX_RADIUS: f32 = 30.0;

/// Font families for Chinese text in SVG and DOT, the bundled face first, then the usual system CJK faces.
pub const CJK_FONT_FAMILIES: &str = "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', \
     'Microsoft YaHei', 'PingFang SC', 'WenQuanYi Micro Hei', sans-serif";

/// The family name of the bundled CJK font ([`CJK_FONT`]).
pub const CJK_FONT_NAME: &str = "Noto Sans CJK SC";

/// The bundled Noto Sans CJK SC subset (GB2312, Big5 level 1, every character of the seeds and lexicons). OFL 1.1.
pub const CJK_FONT: &[u8] = include_bytes!("../../assets/fonts/NotoSansSC-Subset.otf");
