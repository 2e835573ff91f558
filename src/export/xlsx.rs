//! An Excel workbook: sheets Nodes, Edges, Responsibilities (department, role, task, deadline, document,
//! section, quote) and Sources (documents with issuer, date, 文号, sha256). Every text cell is written as a
//! string, so nothing a label says can become a formula.

use super::table::{
    DOCUMENT_FIELDS, Docs, EDGE_FIELDS, FieldType, NODE_FIELDS, citation, document_values,
    edge_values, node_values,
};
use crate::model::{EdgeKind, KnowledgeGraph, NodeKind};
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, Worksheet, XlsxError};
use std::io::Write;

/// Excel's limit on the characters of one cell.
const CELL_MAX: usize = 32_767;

fn clip(s: &str) -> String {
    if s.chars().count() <= CELL_MAX {
        s.to_string()
    } else {
        s.chars().take(CELL_MAX - 1).chain(['…']).collect()
    }
}

struct Sheet<'a> {
    ws: &'a mut Worksheet,
    row: u32,
}

impl Sheet<'_> {
    fn header(&mut self, names: &[&str], widths: &[f64]) -> Result<(), XlsxError> {
        let bold = Format::new().set_bold();
        for (c, name) in names.iter().enumerate() {
            self.ws
                .write_string_with_format(0, c as u16, *name, &bold)?;
            let width = widths.get(c).copied().unwrap_or(14.0);
            self.ws.set_column_width(c as u16, width)?;
        }
        self.ws.set_freeze_panes(1, 0)?;
        self.row = 1;
        Ok(())
    }

    fn cells(&mut self, values: &[(FieldType, Option<String>)]) -> Result<(), XlsxError> {
        for (c, (ty, v)) in values.iter().enumerate() {
            let Some(v) = v else { continue };
            match (ty, v.parse::<f64>()) {
                (FieldType::Int, Ok(n)) => self.ws.write_number(self.row, c as u16, n)?,
                _ => self.ws.write_string(self.row, c as u16, clip(v))?,
            };
        }
        self.row += 1;
        Ok(())
    }

    fn finish(&mut self, cols: usize) -> Result<(), XlsxError> {
        if cols > 0 {
            self.ws
                .autofilter(0, 0, self.row.saturating_sub(1), (cols - 1) as u16)?;
        }
        Ok(())
    }
}

fn strs(v: Vec<Option<String>>) -> Vec<(FieldType, Option<String>)> {
    v.into_iter().map(|s| (FieldType::Str, s)).collect()
}

fn build(g: &KnowledgeGraph) -> Result<Workbook, XlsxError> {
    let mut wb = Workbook::new();
    // A fixed creation time keeps the file byte-for-byte the same for the same graph.
    let props = DocProperties::new()
        .set_title("policy-atlas export")
        .set_creation_datetime(&ExcelDateTime::from_ymd(2024, 1, 1)?);
    wb.set_properties(&props);
    let docs = Docs::new(g);

    let mut s = Sheet {
        ws: wb.add_worksheet().set_name("Nodes")?,
        row: 0,
    };
    let mut head = vec!["id"];
    head.extend(NODE_FIELDS.iter().map(|f| f.name));
    s.header(&head, &[34.0, 11.0, 30.0, 20.0, 14.0])?;
    for n in g.nodes_sorted() {
        let mut row = vec![(FieldType::Str, Some(n.id.clone()))];
        row.extend(NODE_FIELDS.iter().map(|f| f.ty).zip(node_values(n, &docs)));
        s.cells(&row)?;
    }
    s.finish(head.len())?;

    let mut s = Sheet {
        ws: wb.add_worksheet().set_name("Edges")?,
        row: 0,
    };
    let mut head = vec!["source", "target", "source_label", "target_label"];
    head.extend(EDGE_FIELDS.iter().map(|f| f.name));
    s.header(&head, &[30.0, 30.0, 24.0, 24.0, 16.0])?;
    for (a, b, e) in g.edges_sorted() {
        let mut row = strs(vec![
            Some(a.id.clone()),
            Some(b.id.clone()),
            Some(a.label.clone()),
            Some(b.label.clone()),
        ]);
        row.extend(EDGE_FIELDS.iter().map(|f| f.ty).zip(edge_values(e, &docs)));
        s.cells(&row)?;
    }
    s.finish(head.len())?;

    let mut s = Sheet {
        ws: wb.add_worksheet().set_name("Responsibilities")?,
        row: 0,
    };
    let head = [
        "department",
        "role",
        "task",
        "deadline",
        "document",
        "section",
        "quote",
    ];
    s.header(&head, &[30.0, 10.0, 50.0, 14.0, 36.0, 30.0, 60.0])?;
    for (unit, task, e) in g.edges_sorted() {
        if e.kind != EdgeKind::ResponsibleFor || task.kind != NodeKind::Task {
            continue;
        }
        let doc = task
            .doc
            .clone()
            .or_else(|| e.evidence.iter().next().map(|ev| ev.doc.to_string()));
        let quotes: Vec<String> = e.evidence.iter().map(|ev| citation(&docs, ev)).collect();
        s.cells(&strs(vec![
            Some(unit.label.clone()),
            e.role.map(|r| r.as_str().to_string()),
            Some(task.text.clone().unwrap_or_else(|| task.label.clone())),
            task.deadline.clone(),
            doc.map(|d| docs.title(&d).to_string()),
            task.section.clone(),
            (!quotes.is_empty()).then(|| quotes.join("\n")),
        ]))?;
    }
    s.finish(head.len())?;

    let mut s = Sheet {
        ws: wb.add_worksheet().set_name("Sources")?,
        row: 0,
    };
    s.header(
        &DOCUMENT_FIELDS,
        &[10.0, 50.0, 24.0, 12.0, 20.0, 66.0, 40.0],
    )?;
    for d in &g.documents {
        let row: Vec<Option<String>> = document_values(d)
            .iter()
            .map(|v| (!v.is_empty()).then(|| v.to_string()))
            .collect();
        s.cells(&strs(row))?;
    }
    s.finish(DOCUMENT_FIELDS.len())?;
    Ok(wb)
}

/// Writes the workbook.
pub fn write(g: &KnowledgeGraph, mut w: impl Write) -> std::io::Result<()> {
    let bytes = build(g)
        .and_then(|mut wb| wb.save_to_buffer())
        .map_err(std::io::Error::other)?;
    w.write_all(&bytes)
}
