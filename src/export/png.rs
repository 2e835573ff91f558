//! PNG of a view: the SVG of [`super::svg`] rasterised by resvg at 1×, 2× or 4×, with the bundled CJK font
//! (no system fonts, so the picture is the same on every machine).

use super::picture::Picture;
use super::style::CJK_FONT;
use std::io::Write;
use std::sync::Arc;

/// Rasterises a picture at `scale` (pixels per point) and writes a PNG.
pub fn write(
    pic: &Picture,
    label_size: f32,
    sources: &str,
    scale: f32,
    mut w: impl Write,
) -> std::io::Result<()> {
    let mut svg = Vec::new();
    super::svg::write(pic, label_size, sources, &mut svg)?;
    let bytes = render(&svg, scale)?;
    w.write_all(&bytes)
}

/// Renders SVG bytes to PNG bytes at `scale`.
pub fn render(svg: &[u8], scale: f32) -> std::io::Result<Vec<u8>> {
    let mut db = resvg::usvg::fontdb::Database::new();
    db.load_font_data(CJK_FONT.to_vec());
    let options = resvg::usvg::Options {
        fontdb: Arc::new(db),
        font_family: super::style::CJK_FONT_NAME.to_string(),
        ..Default::default()
    };
    let tree = resvg::usvg::Tree::from_data(svg, &options).map_err(std::io::Error::other)?;
    let size = tree
        .size()
        .to_int_size()
        .scale_by(scale)
        .ok_or_else(|| std::io::Error::other(format!("cannot scale the picture by {scale}")))?;
    let mut pixmap = resvg::tiny_skia::Pixmap::new(size.width(), size.height())
        .ok_or_else(|| std::io::Error::other("picture too large to rasterise"))?;
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    pixmap.encode_png().map_err(std::io::Error::other)
}
