//! Fonts and colours. Chinese renders from the bundled Noto Sans SC subset, added to both the Proportional and
//! the Monospace family (egui_graphs draws labels in Monospace); characters outside it fall back to system
//! CJK fonts when they are installed.

use std::sync::Arc;

pub use crate::export::style::{CJK_FONT, kind_name};

/// System fonts tried as a last resort, with their face index (Noto CJK face 2 is Simplified Chinese).
const SYSTEM_FALLBACKS: [(&str, u32); 3] = [
    ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),
    ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
];

/// Font definitions: egui's defaults for Latin, then the bundled CJK subset, then any system CJK font.
pub fn fonts() -> egui::FontDefinitions {
    let mut fonts = egui::FontDefinitions::default();
    fonts.font_data.insert(
        "noto-sc".into(),
        Arc::new(egui::FontData::from_static(CJK_FONT)),
    );
    let mut names = vec!["noto-sc".to_string()];
    // POLICY_ATLAS_NO_SYSTEM_FONTS=1 shows what the bundled font alone renders.
    let use_system = std::env::var_os("POLICY_ATLAS_NO_SYSTEM_FONTS").is_none();
    if use_system
        && let Some((path, index)) = SYSTEM_FALLBACKS
            .iter()
            .find(|(p, _)| std::path::Path::new(p).exists())
        && let Ok(bytes) = std::fs::read(path)
    {
        let mut data = egui::FontData::from_owned(bytes);
        data.index = *index;
        fonts.font_data.insert("system-cjk".into(), Arc::new(data));
        names.push("system-cjk".into());
    }
    for family in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
        fonts
            .families
            .entry(family)
            .or_default()
            .extend(names.iter().cloned());
    }
    fonts
}

/// egui's defaults and the bundled CJK subset only, never a system font (snapshots, screenshots).
pub fn bundled_fonts() -> egui::FontDefinitions {
    let mut fonts = egui::FontDefinitions::default();
    fonts.font_data.insert(
        "noto-sc".into(),
        Arc::new(egui::FontData::from_static(CJK_FONT)),
    );
    for family in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
        fonts
            .families
            .entry(family)
            .or_default()
            .push("noto-sc".into());
    }
    fonts
}

/// Installs [`fonts`] into a context.
pub fn install_fonts(ctx: &egui::Context) {
    ctx.set_fonts(fonts());
}

/// The colour of a node kind (legend, graph, reader highlights).
pub fn kind_color(kind: crate::model::NodeKind) -> egui::Color32 {
    let [r, g, b] = crate::export::style::kind_rgb(kind);
    egui::Color32::from_rgb(r, g, b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_character_of_the_seeds_and_lexicons_has_a_glyph() {
        let face = ttf_parser::Face::parse(CJK_FONT, 0).expect("font parses");
        let mut missing = std::collections::BTreeSet::new();
        let lexicons = [
            include_str!("../../assets/lexicon/divisions_region.tsv"),
            include_str!("../../assets/lexicon/industries.tsv"),
            include_str!("../../assets/lexicon/departments.tsv"),
        ];
        for text in crate::extract::SEEDS
            .iter()
            .map(|(_, t)| *t)
            .chain(lexicons)
        {
            for c in text
                .chars()
                .filter(|c| !c.is_whitespace() && !c.is_control() && *c != '\u{FEFF}')
            {
                if face.glyph_index(c).is_none() {
                    missing.insert(c);
                }
            }
        }
        assert!(missing.is_empty(), "no glyph for {missing:?}");
    }

    #[test]
    fn the_cjk_font_is_in_both_families() {
        let f = fonts();
        for fam in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
            assert!(f.families[&fam].contains(&"noto-sc".to_string()));
        }
    }
}
