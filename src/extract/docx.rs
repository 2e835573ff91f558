//! Word documents (.docx): the text of `word/document.xml`. Paragraphs become lines; a table's rows become
//! tab-separated lines (the form the table reader takes), the paragraphs of one cell joined by 、 where they
//! list items, a cell merged down several rows repeated in each, a cell over several columns followed by empty
//! ones; tabs and line breaks are kept; deleted text and field codes are left out. A paragraph Word numbers
//! itself (a list, or a heading style with numbering) gets the marker Word draws (一、, （一）, 1.).

use quick_xml::Reader;
use quick_xml::events::Event;
use std::io::Read;

mod numbering;
use numbering::Numbering;

/// The most text read from one document part (a 50 MB plan is far below it).
const MAX_XML: u64 = 256 << 20;

/// Whether the bytes are a zip archive (a .docx is one).
pub fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
}

/// The text of a .docx, or `None` when the bytes are not a Word document.
pub fn to_text(bytes: &[u8]) -> Option<String> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).ok()?;
    let mut read = |name: &str| {
        let part = archive.by_name(name).ok()?;
        let mut xml = String::new();
        part.take(MAX_XML).read_to_string(&mut xml).ok()?;
        Some(xml)
    };
    let xml = read("word/document.xml")?;
    let numbering = read("word/numbering.xml")
        .map(|n| Numbering::parse(&n, read("word/styles.xml").as_deref()));
    Some(document_text_numbered(&xml, numbering))
}

/// An attribute's value (`w:val` …).
fn attr(e: &quick_xml::events::BytesStart, name: &str) -> Option<String> {
    e.try_get_attribute(name)
        .ok()
        .flatten()
        .map(|a| a.value.into_owned())
}

/// A table open around the reader.
#[derive(Default)]
struct Table {
    /// The cells of the current row so far.
    cells: Vec<String>,
    /// The cell being filled.
    cell: String,
    /// Per column, the text of the cell that starts a vertical merge (a 牵头单位 shared by several rows).
    merged: Vec<String>,
    /// The current cell's vertical merge: `Some(true)` starts one, `Some(false)` continues the one above.
    vmerge: Option<bool>,
    /// How many columns the current cell spans.
    span: usize,
}

/// Text being built: the document, and the tables open around the reader (innermost last).
#[derive(Default)]
struct Out {
    text: String,
    para: String,
    tables: Vec<Table>,
    in_text: bool,
    /// The document's numbering, and the current paragraph's: its style, list and level.
    numbering: Option<Numbering>,
    style: Option<String>,
    num_id: Option<String>,
    ilvl: Option<usize>,
    /// Inside a tracked change of properties (the old ones, not in force).
    in_change: bool,
}

impl Out {
    /// A paragraph property: its style or its numbering.
    fn paragraph_property(&mut self, e: &quick_xml::events::BytesStart) {
        if self.in_change {
            return;
        }
        let val = attr(e, "w:val");
        match e.name().as_ref() {
            "w:pStyle" => self.style = val,
            "w:numId" => self.num_id = val,
            "w:ilvl" => self.ilvl = val.and_then(|v| v.parse().ok()),
            _ => {}
        }
    }

    fn end_paragraph(&mut self) {
        let mut para = std::mem::take(&mut self.para);
        let (style, num_id, ilvl) = (self.style.take(), self.num_id.take(), self.ilvl.take());
        // numId 0 takes the style's numbering off. Inside a table the count goes on but no marker is drawn:
        // a cell's numbered units (1.市发改委 2.市财政局) are read as its list.
        if num_id.as_deref() != Some("0")
            && !para.trim().is_empty()
            && let Some(marker) = self
                .numbering
                .as_mut()
                .and_then(|n| n.next(num_id.as_deref(), ilvl, style.as_deref()))
            && self.tables.is_empty()
        {
            para.insert_str(para.len() - para.trim_start().len(), &marker);
        }
        match self.tables.last_mut().map(|t| &mut t.cell) {
            Some(cell) => {
                let para = para.trim();
                if para.is_empty() {
                    return;
                }
                // A cell's paragraphs are usually items of a list (one unit per paragraph).
                if cell
                    .chars()
                    .next_back()
                    .is_some_and(|c| !"、，,；;。：:".contains(c))
                {
                    cell.push('、');
                }
                cell.push_str(para);
            }
            None => {
                self.text.push_str(para.trim_end());
                self.text.push('\n');
            }
        }
    }

    fn end_cell(&mut self) {
        let Some(t) = self.tables.last_mut() else {
            return;
        };
        // Tabs and breaks inside a cell would split it.
        let clean: String = t
            .cell
            .chars()
            .map(|c| if c == '\t' || c == '\n' { ' ' } else { c })
            .collect();
        let mut text = clean.trim().to_string();
        let col = t.cells.len();
        if t.merged.len() <= col {
            t.merged.resize(col + 1, String::new());
        }
        match t.vmerge.take() {
            Some(true) => t.merged[col] = text.clone(),
            Some(false) => text = t.merged[col].clone(),
            None => {}
        }
        t.cells.push(text);
        // A cell over several columns leaves the others empty, so later cells stay under their headers.
        for _ in 1..std::mem::replace(&mut t.span, 1).max(1) {
            t.cells.push(String::new());
        }
        t.cell.clear();
    }

    fn end_row(&mut self) {
        let Some(t) = self.tables.last_mut() else {
            return;
        };
        let row = std::mem::take(&mut t.cells).join("\t");
        if row.trim().is_empty() {
            return;
        }
        // A nested table's row is text of the cell around it.
        if self.tables.len() >= 2 {
            let outer = self.tables.len() - 2;
            let cell = &mut self.tables[outer].cell;
            if !cell.is_empty() {
                cell.push(' ');
            }
            cell.push_str(row.trim());
        } else {
            self.text.push_str(&row);
            self.text.push('\n');
        }
    }

    /// A cell property: a vertical merge (`w:vMerge`, restarting when its value says so) or a column span.
    fn cell_property(&mut self, e: &quick_xml::events::BytesStart) {
        let Some(t) = self.tables.last_mut() else {
            return;
        };
        let val = attr(e, "w:val");
        match e.name().as_ref() {
            "w:vMerge" => t.vmerge = Some(val.as_deref() == Some("restart")),
            "w:gridSpan" => t.span = val.and_then(|v| v.parse().ok()).unwrap_or(1).min(20),
            _ => {}
        }
    }

    fn push(&mut self, s: &str) {
        if self.in_text {
            self.para.push_str(s);
        }
    }
}

/// The text of `word/document.xml`.
pub fn document_text(xml: &str) -> String {
    document_text_numbered(xml, None)
}

/// The text of `word/document.xml`, numbered paragraphs with their markers.
fn document_text_numbered(xml: &str, numbering: Option<Numbering>) -> String {
    let mut reader = Reader::from_str(xml);
    let mut out = Out {
        numbering,
        ..Out::default()
    };
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) => match e.name().as_ref() {
                "w:t" => out.in_text = true,
                "w:tbl" => out.tables.push(Default::default()),
                "w:vMerge" | "w:gridSpan" => out.cell_property(&e),
                "w:p" => out.para.clear(),
                "w:pPrChange" => out.in_change = true,
                _ => {}
            },
            Ok(Event::Empty(e)) => match e.name().as_ref() {
                "w:tab" => out.para.push('\t'),
                "w:br" | "w:cr" => out.para.push('\n'),
                "w:vMerge" | "w:gridSpan" => out.cell_property(&e),
                "w:pStyle" | "w:numId" | "w:ilvl" => out.paragraph_property(&e),
                _ => {}
            },
            Ok(Event::End(e)) => match e.name().as_ref() {
                "w:t" => out.in_text = false,
                "w:p" => out.end_paragraph(),
                "w:pPrChange" => out.in_change = false,
                "w:tc" => out.end_cell(),
                "w:tr" => out.end_row(),
                "w:tbl" => {
                    out.tables.pop();
                }
                _ => {}
            },
            Ok(Event::Text(t)) => out.push(&t.xml10_content()),
            Ok(Event::CData(t)) => out.push(&t),
            Ok(Event::GeneralRef(r)) => {
                let c = match r.resolve_char_ref() {
                    Ok(Some(c)) => Some(c),
                    _ => match &*r {
                        "amp" => Some('&'),
                        "lt" => Some('<'),
                        "gt" => Some('>'),
                        "quot" => Some('"'),
                        "apos" => Some('\''),
                        _ => None,
                    },
                };
                if let Some(c) = c {
                    out.push(c.encode_utf8(&mut [0; 4]));
                }
            }
            Ok(Event::Eof) | Err(_) => break,
            Ok(_) => {}
        }
    }
    out.text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(body: &str) -> String {
        format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>"#
        )
    }

    #[test]
    fn paragraphs_runs_and_tables() {
        let xml = doc(concat!(
            "<w:p><w:r><w:t>包头市2025年</w:t></w:r><w:r><w:t xml:space=\"preserve\">重点任务</w:t></w:r></w:p>",
            "<w:p><w:r><w:delText>删去的字</w:delText><w:t>一、总体要求 &amp; 目标</w:t></w:r></w:p>",
            "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>序号</w:t></w:r></w:p></w:tc>",
            "<w:tc><w:p><w:r><w:t>重点任务</w:t></w:r></w:p></w:tc>",
            "<w:tc><w:p><w:r><w:t>责任单位</w:t></w:r></w:p></w:tc></w:tr>",
            "<w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc>",
            "<w:tc><w:p><w:r><w:t>推进甲任务</w:t></w:r></w:p></w:tc>",
            "<w:tc><w:p><w:r><w:t>市发改委</w:t></w:r></w:p><w:p><w:r><w:t>市财政局</w:t></w:r></w:p></w:tc></w:tr></w:tbl>",
            "<w:p><w:r><w:t>完成时限</w:t><w:tab/><w:t>2025年</w:t></w:r></w:p>",
        ));
        assert_eq!(
            document_text(&xml),
            "包头市2025年重点任务\n一、总体要求 & 目标\n序号\t重点任务\t责任单位\n1\t推进甲任务\t市发改委、市财政局\n完成时限\t2025年\n"
        );
    }

    #[test]
    fn merged_cells_repeat_down_and_span_across() {
        let cell = |props: &str, text: &str| {
            format!("<w:tc><w:tcPr>{props}</w:tcPr><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>")
        };
        let xml = doc(&format!(
            "<w:tbl><w:tr>{}{}{}</w:tr><w:tr>{}{}{}</w:tr><w:tr>{}{}</w:tr></w:tbl>",
            cell("", "1"),
            cell("", "推进甲任务"),
            cell("<w:vMerge w:val=\"restart\"/>", "市发改委"),
            cell("", "2"),
            cell("", "推进乙任务"),
            cell("<w:vMerge/>", ""),
            cell("<w:gridSpan w:val=\"2\"/>", "（二）分类"),
            cell("", "备注"),
        ));
        assert_eq!(
            document_text(&xml),
            "1\t推进甲任务\t市发改委\n2\t推进乙任务\t市发改委\n（二）分类\t\t备注\n"
        );
    }

    #[test]
    fn numbered_paragraphs_get_their_markers_but_not_in_a_table() {
        let numbering = concat!(
            r#"<w:numbering><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>"#,
            r#"<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>"#,
            r#"<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>"#
        );
        let numbered = |t: &str| {
            format!(
                "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>{t}</w:t></w:r></w:p>"
            )
        };
        let xml = doc(&format!(
            "{}{}<w:tbl><w:tr><w:tc>{}</w:tc><w:tc>{}{}</w:tc></w:tr></w:tbl>",
            numbered("推进甲任务"),
            numbered("推进乙任务"),
            numbered("推进丙任务"),
            numbered("市发改委"),
            numbered("市财政局"),
        ));
        assert_eq!(
            document_text_numbered(&xml, Some(Numbering::parse(numbering, None))),
            "1.推进甲任务\n2.推进乙任务\n推进丙任务\t市发改委、市财政局\n"
        );
    }

    #[test]
    fn not_a_word_document() {
        assert!(to_text(b"PK\x03\x04 not really a zip").is_none());
        assert!(!is_zip("包头市".as_bytes()));
    }
}
