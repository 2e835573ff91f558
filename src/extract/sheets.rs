//! Spreadsheets (.xlsx, .xls, .ods — the 任务分工表 a plan attaches): each sheet's rows become tab-separated
//! lines, the form the table reader takes (as for a .csv or a table in a .docx). A cell merged down several
//! rows (a 牵头单位 shared by several tasks) is repeated in each; a cell merged across columns (a title row)
//! stands alone on its line; a date cell is written 2025-06-30; a cell's line breaks become spaces.

use calamine::{Data, Dimensions, Range, Reader, Sheets};
use std::io::Cursor;

/// Whether the bytes are an OLE compound file (an .xls of Excel 97–2003, or a .doc).
pub fn is_ole(bytes: &[u8]) -> bool {
    bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
}

/// The text of a workbook's sheets, or `None` when the bytes are no workbook or hold no cells.
pub fn to_text(bytes: &[u8]) -> Option<String> {
    let mut book = calamine::open_workbook_auto_from_rs(Cursor::new(bytes)).ok()?;
    let mut out = String::new();
    for name in book.sheet_names() {
        let Ok(range) = book.worksheet_range(&name) else {
            continue;
        };
        let merged = merged_cells(&mut book, &name);
        let lines = sheet_lines(&range, &merged);
        if lines.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push('\n');
        }
        for l in lines {
            out.push_str(&l);
            out.push('\n');
        }
    }
    (!out.trim().is_empty()).then_some(out)
}

fn merged_cells(book: &mut Sheets<Cursor<&[u8]>>, name: &str) -> Vec<Dimensions> {
    match book {
        Sheets::Xlsx(x) => x.merge_cells_by_sheet_name(name).unwrap_or_default(),
        Sheets::Xls(x) => x.merge_cells_by_sheet_name(name).unwrap_or_default(),
        _ => Vec::new(),
    }
}

/// A sheet's rows as lines (absolute cell positions in `merged`), empty rows left out.
fn sheet_lines(range: &Range<Data>, merged: &[Dimensions]) -> Vec<String> {
    let Some((row0, col0)) = range.start() else {
        return Vec::new();
    };
    let mut rows: Vec<Vec<String>> = range
        .rows()
        .map(|r| r.iter().map(cell_text).collect())
        .collect();
    // A cell merged down: its text in every row it covers (only the first holds it in the file).
    for m in merged.iter().filter(|m| m.end.0 > m.start.0) {
        let (r, c) = (
            m.start.0.saturating_sub(row0) as usize,
            m.start.1.saturating_sub(col0) as usize,
        );
        let Some(text) = rows.get(r).and_then(|row| row.get(c)).cloned() else {
            continue;
        };
        for k in r + 1..=(m.end.0.saturating_sub(row0) as usize) {
            if let Some(cell) = rows.get_mut(k).and_then(|row| row.get_mut(c))
                && cell.is_empty()
            {
                cell.clone_from(&text);
            }
        }
    }
    rows.into_iter()
        .filter_map(|mut cells| {
            while cells.last().is_some_and(String::is_empty) {
                cells.pop();
            }
            // Cells before the first written one (a table that starts in column B) are no cells of it.
            let first = cells.iter().position(|c| !c.is_empty())?;
            let line = if first > 0 && cells.len() == first + 1 {
                cells.swap_remove(first)
            } else {
                cells.join("\t")
            };
            Some(line)
        })
        .collect()
}

fn cell_text(d: &Data) -> String {
    match d {
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => {
            s.replace(['\n', '\r', '\t'], " ").trim().to_string()
        }
        // 1.0 is the row number 1.
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Int(i) => i.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(dt) if dt.is_datetime() => {
            let (y, m, d, ..) = dt.to_ymd_hms_milli();
            format!("{y}-{m:02}-{d:02}")
        }
        Data::DateTime(dt) => dt.as_f64().to_string(),
        Data::Error(_) | Data::Empty => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};

    /// A task list as planners keep it: a title merged across the columns, a lead unit merged down two rows,
    /// a deadline written as a date.
    pub(crate) fn task_list() -> Vec<u8> {
        let mut wb = Workbook::new();
        let ws = wb.add_worksheet();
        let f = Format::new();
        let date = Format::new().set_num_format("yyyy/m/d");
        let mut put = |r: u32, c: u16, s: &str| {
            let _ = ws.write_string(r, c, s);
        };
        put(1, 0, "序号");
        put(1, 1, "重点任务");
        put(1, 2, "牵头单位");
        put(1, 3, "配合单位");
        put(1, 4, "完成时限");
        put(2, 1, "加快包头至银川高铁建设");
        put(2, 3, "市自然资源局\n市交通运输局");
        put(3, 1, "推进稀土新材料产业发展");
        put(3, 3, "市科技局");
        put(3, 4, "持续推进");
        let _ = ws.write_number(2, 0, 1.0);
        let _ = ws.write_number(3, 0, 2.0);
        let _ = ws.merge_range(0, 0, 0, 4, "包头市2025年重点任务分工表", &f);
        let _ = ws.merge_range(2, 2, 3, 2, "市发改委", &f);
        if let Ok(d) = ExcelDateTime::from_ymd(2025, 12, 31) {
            let _ = ws.write_datetime_with_format(2, 4, d, &date);
        }
        wb.save_to_buffer().unwrap_or_default()
    }

    #[test]
    fn rows_become_tab_lines() {
        let text = to_text(&task_list()).unwrap_or_default();
        assert_eq!(
            text,
            "包头市2025年重点任务分工表\n序号\t重点任务\t牵头单位\t配合单位\t完成时限\n\
             1\t加快包头至银川高铁建设\t市发改委\t市自然资源局 市交通运输局\t2025-12-31\n\
             2\t推进稀土新材料产业发展\t市发改委\t市科技局\t持续推进\n"
        );
    }

    #[test]
    fn a_task_list_in_a_workbook_gives_its_roles_and_deadlines() {
        use crate::model::{NodeKind, Role};
        let Ok(d) =
            crate::extract::document::extract_document("doc:t", "/data/分工表.xlsx", &task_list())
        else {
            panic!("extracts");
        };
        assert_eq!(d.meta.title, "包头市2025年重点任务分工表");
        assert_eq!(d.meta.home.as_deref(), Some("包头市"));
        let got = crate::extract::document::responsibilities(&d);
        let want = |u: &str, t: &str, r| (u.to_string(), t.to_string(), Some(r));
        assert_eq!(
            got,
            [
                want("包头市交通运输局", "加快包头至银川高铁建设", Role::Support),
                want(
                    "包头市发展和改革委员会",
                    "加快包头至银川高铁建设",
                    Role::Lead
                ),
                want(
                    "包头市发展和改革委员会",
                    "推进稀土新材料产业发展",
                    Role::Lead
                ),
                want("包头市科学技术局", "推进稀土新材料产业发展", Role::Support),
                want("包头市自然资源局", "加快包头至银川高铁建设", Role::Support),
            ]
        );
        let deadlines: Vec<(&str, Option<&str>)> = d
            .nodes
            .iter()
            .filter(|n| n.kind == NodeKind::Task)
            .map(|n| {
                (
                    n.deadline.as_deref().unwrap_or(""),
                    n.deadline_date.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            deadlines,
            [("2025-12-31", Some("2025-12")), ("持续推进", None)]
        );
    }

    #[test]
    fn other_bytes_are_no_workbook() {
        assert_eq!(to_text(b"PK\x03\x04 not a zip"), None);
        assert_eq!(
            to_text(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]),
            None
        );
        assert!(is_ole(&[
            0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0
        ]));
    }
}
