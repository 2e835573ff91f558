//! SVG of a view ([`Picture`]): edges, nodes, labels, legend and title, text kept as text with a
//! `font-family` naming the CJK fonts, and the sources the picture rests on in `<desc>`.

use super::picture::{Picture, Rgba};
use super::style::CJK_FONT_FAMILIES;
use super::xml::{Writer, attr, text};
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, Event};
use std::io::Write;

fn hex(c: Rgba) -> String {
    format!("#{:02x}{:02x}{:02x}", c[0], c[1], c[2])
}

fn opacity(c: Rgba) -> String {
    format!("{:.3}", f32::from(c[3]) / 255.0)
}

fn n(v: f32) -> String {
    format!("{v:.1}")
}

fn write_text<W: Write>(
    x: &mut Writer<W>,
    at: [f32; 2],
    anchor: &str,
    size: f32,
    color: Rgba,
    body: &str,
) -> std::io::Result<()> {
    // The baseline sits about one em below the top for CJK faces.
    let (tx, ty, fs) = (n(at[0]), n(at[1] + size * 0.95), n(size));
    x.create_element("text")
        .with_attributes([
            ("x", tx.as_str()),
            ("y", ty.as_str()),
            ("text-anchor", anchor),
            ("font-size", fs.as_str()),
            ("fill", hex(color).as_str()),
        ])
        .write_text_content(text(body))?;
    Ok(())
}

/// Writes a picture as SVG. `label_size` is the label font size the picture was drawn with; `sources` goes
/// into `<desc>`.
pub fn write(pic: &Picture, label_size: f32, sources: &str, w: impl Write) -> std::io::Result<()> {
    let mut x = Writer::new_with_indent(w, b' ', 1);
    x.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    let (wd, ht) = (n(pic.width), n(pic.height));
    let view_box = format!("0 0 {wd} {ht}");
    x.write_event(Event::Start(BytesStart::new("svg").with_attributes([
        ("xmlns", "http://www.w3.org/2000/svg"),
        ("width", wd.as_str()),
        ("height", ht.as_str()),
        ("viewBox", view_box.as_str()),
        ("font-family", CJK_FONT_FAMILIES),
    ])))?;
    x.create_element("title")
        .write_text_content(text(pic.title.as_deref().unwrap_or("policy-atlas")))?;
    x.create_element("desc")
        .write_text_content(text(&format!("sources:\n{sources}")))?;
    x.create_element("rect")
        .with_attributes([
            ("width", wd.as_str()),
            ("height", ht.as_str()),
            ("fill", hex(pic.background).as_str()),
        ])
        .write_empty()?;
    x.write_event(Event::Start(
        BytesStart::new("g").with_attributes([("id", "edges"), ("stroke-linecap", "round")]),
    ))?;
    for l in &pic.lines {
        x.create_element("line")
            .with_attributes([
                ("x1", n(l.from[0]).as_str()),
                ("y1", n(l.from[1]).as_str()),
                ("x2", n(l.to[0]).as_str()),
                ("y2", n(l.to[1]).as_str()),
                ("stroke", hex(l.color).as_str()),
                ("stroke-opacity", opacity(l.color).as_str()),
                ("stroke-width", n(l.width).as_str()),
            ])
            .write_empty()?;
    }
    x.write_event(Event::End(BytesEnd::new("g")))?;
    x.write_event(Event::Start(
        BytesStart::new("g").with_attributes([("id", "nodes")]),
    ))?;
    for d in &pic.discs {
        let id = attr(&d.id);
        x.create_element("circle")
            .with_attributes([
                ("cx", n(d.at[0]).as_str()),
                ("cy", n(d.at[1]).as_str()),
                ("r", n(d.r).as_str()),
                ("fill", hex(d.color).as_str()),
                ("fill-opacity", opacity(d.color).as_str()),
            ])
            .write_inner_content(|x| {
                x.create_element("title").write_text_content(text(&id))?;
                Ok(())
            })?;
        if let Some(ring) = d.ring {
            x.create_element("circle")
                .with_attributes([
                    ("cx", n(d.at[0]).as_str()),
                    ("cy", n(d.at[1]).as_str()),
                    ("r", n(d.r + 3.0).as_str()),
                    ("fill", "none"),
                    ("stroke", hex(ring).as_str()),
                    ("stroke-width", "2.5"),
                ])
                .write_empty()?;
        }
    }
    x.write_event(Event::End(BytesEnd::new("g")))?;
    x.write_event(Event::Start(
        BytesStart::new("g").with_attributes([("id", "labels")]),
    ))?;
    for l in &pic.labels {
        x.create_element("rect")
            .with_attributes([
                ("x", n(l.at[0] - l.width / 2.0 - 1.0).as_str()),
                ("y", n(l.at[1] - 1.0).as_str()),
                ("width", n(l.width + 2.0).as_str()),
                ("height", n(l.size * 1.3 + 2.0).as_str()),
                ("rx", "2"),
                ("fill", hex(l.backdrop).as_str()),
                ("fill-opacity", opacity(l.backdrop).as_str()),
            ])
            .write_empty()?;
        write_text(&mut x, l.at, "middle", l.size, l.color, &l.text)?;
    }
    x.write_event(Event::End(BytesEnd::new("g")))?;
    let (frame, rows) = pic.legend_layout(label_size);
    if !rows.is_empty() {
        x.write_event(Event::Start(
            BytesStart::new("g").with_attributes([("id", "legend")]),
        ))?;
        let mut back = pic.background;
        back[3] = 220;
        x.create_element("rect")
            .with_attributes([
                ("x", n(frame[0]).as_str()),
                ("y", n(frame[1]).as_str()),
                ("width", n(frame[2] - frame[0]).as_str()),
                ("height", n(frame[3] - frame[1]).as_str()),
                ("rx", "4"),
                ("fill", hex(back).as_str()),
                ("fill-opacity", opacity(back).as_str()),
                ("stroke", hex(pic.ink).as_str()),
                ("stroke-opacity", "0.3"),
            ])
            .write_empty()?;
        for r in &rows {
            x.create_element("circle")
                .with_attributes([
                    ("cx", n(r.swatch[0]).as_str()),
                    ("cy", n(r.swatch[1]).as_str()),
                    ("r", n(r.r).as_str()),
                    ("fill", hex(r.color).as_str()),
                ])
                .write_empty()?;
            write_text(&mut x, r.text_at, "start", label_size, pic.ink, &r.text)?;
        }
        x.write_event(Event::End(BytesEnd::new("g")))?;
    }
    if let Some(title) = &pic.title {
        let size = label_size * 1.5;
        write_text(
            &mut x,
            [pic.width / 2.0, 12.0],
            "middle",
            size,
            pic.ink,
            title,
        )?;
    }
    x.write_event(Event::End(BytesEnd::new("svg")))?;
    x.into_inner().write_all(b"\n")
}
