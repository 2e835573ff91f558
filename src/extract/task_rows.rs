//! A document's notes, paragraph by paragraph ([`read_notes`]), and the rows of a task table inside it: each
//! row's note (its unit and deadline cells) and where its task starts, its project cells, and the lead units a
//! row shares with the row above when those cells are merged.

use super::departments::GovContext;
use super::notes::{Assigned, LeadRule, Note, parse_label_line, parse_note};
use super::structure::heading_level;
use super::table::Merge;
use super::text::Para;

/// What the table rows of a document give, by paragraph.
pub(super) struct Rows {
    /// Where a row's task cell starts.
    pub(super) row_start: Vec<Option<usize>>,
    /// The lead units a row shares with a row above it (merged cells).
    pub(super) fills: Vec<Option<Fill>>,
    /// A project list's cells.
    pub(super) project_rows: Vec<Option<super::table::ProjectCells>>,
}

/// Reads the rows of every task table among `paras`, setting each row's note in `notes`.
pub(super) fn table_rows(
    paras: &[Para],
    notes: &mut [Option<Note>],
    gov: &GovContext,
    rule: &LeadRule,
) -> Rows {
    let mut row_start: Vec<Option<usize>> = vec![None; paras.len()];
    let mut fills: Vec<Option<Fill>> = vec![None; paras.len()];
    let mut project_rows: Vec<Option<super::table::ProjectCells>> = vec![None; paras.len()];
    let mut table: Option<super::table::Header> = None;
    // The last row with lead cells of its own: rows below with those cells empty share them (merged cells).
    let mut above: Option<usize> = None;
    let mut after_header = false;
    for (i, p) in paras.iter().enumerate() {
        if !p.text.contains('\t') {
            // A heading row of one merged cell (二、市场环境) inside the table ends a group of rows, not the
            // table.
            if table.is_none() || heading_level(&p.text).is_none() || p.text.chars().count() > 30 {
                table = None;
            }
            above = None;
            after_header = false;
            continue;
        }
        if let Some(h) = super::table::header(&p.text) {
            table = Some(h);
            above = None;
            after_header = true;
            continue;
        }
        // A second header row right under the first.
        if let Some(h) = table.as_mut()
            && std::mem::take(&mut after_header)
            && super::table::sub_header(&p.text, h)
        {
            continue;
        }
        let Some(h) = &table else { continue };
        if let Some((note, start)) = super::table::row_note(&p.text, h, gov, rule) {
            notes[i] = Some(note);
            row_start[i] = Some(start);
        }
        project_rows[i] = super::table::project_cells(&p.text, h);
        // A row under a merged task cell shares its merged deadline cell too.
        let above_deadline = i
            .checked_sub(1)
            .and_then(|j| notes[j].as_ref()?.deadline.clone());
        if super::table::sub_row(&p.text, h)
            && let Some(n) = notes[i].as_mut()
            && n.deadline.is_none()
        {
            n.deadline = above_deadline;
        }
        match super::table::merge(&p.text, h) {
            Merge::Filled => above = Some(i),
            Merge::Break => above = None,
            Merge::Empty => {
                if let Some(src) = above {
                    fills[i] = fill(
                        &mut notes[i],
                        &mut row_start[i],
                        p,
                        &paras[src],
                        src,
                        h,
                        gov,
                        rule,
                    );
                }
            }
        }
    }
    Rows {
        row_start,
        fills,
        project_rows,
    }
}

/// The lead units a table row shares with the row above it whose merged cells it lies under.
#[derive(Debug, Clone)]
pub(super) struct Fill {
    /// The row that names them.
    pub(super) src: usize,
    /// Their spans are in that row.
    pub(super) units: Vec<Assigned>,
    /// The row's cells with the merged ones filled, (from the row above, start, end): the quote.
    pub(super) cells: Vec<(bool, usize, usize)>,
}

/// What row `p` (its note and task start in `note`, `start`) shares with `up`, the row `src` whose lead cells are
/// merged down over it; the deadline too when its own is empty.
#[allow(clippy::too_many_arguments)]
fn fill(
    note: &mut Option<Note>,
    start: &mut Option<usize>,
    p: &Para,
    up: &Para,
    src: usize,
    h: &super::table::Header,
    gov: &GovContext,
    rule: &LeadRule,
) -> Option<Fill> {
    let units = super::table::merged_units(&up.text, h, gov, rule);
    if units.is_empty() {
        return None;
    }
    if note.is_none() {
        let (task, note_start) = super::table::task_and_note_start(&p.text, h)?;
        *note = Some(Note {
            start: note_start,
            end: p.text.len(),
            units: Vec::new(),
            deadline: None,
        });
        *start = Some(task);
    }
    if let Some(n) = note.as_mut()
        && n.deadline.is_none()
    {
        n.deadline = super::table::deadline_cell(&up.text, h);
    }
    Some(Fill {
        src,
        units,
        cells: super::table::filled_cells(&p.text, &up.text, h),
    })
}

/// A document's notes, table rows and label lines, paragraph by paragraph.
pub(super) struct Read {
    pub(super) notes: Vec<Option<Note>>,
    pub(super) rows: Rows,
    pub(super) label_lines: Vec<Option<Note>>,
}

pub(super) fn read_notes(paras: &[Para], gov: &GovContext, rule: &super::notes::LeadRule) -> Read {
    let mut notes: Vec<Option<Note>> = paras
        .iter()
        .map(|p| {
            // 1.市住建局：8月底前完成…: the units open the item.
            parse_note(&p.text, gov, rule)
                .or_else(|| super::unit_headings::leading_units(&p.text, gov, rule))
        })
        .collect();
    // Rows of a task table: the unit and deadline cells are the note, the task cell is where the task starts.
    let rows = table_rows(paras, &mut notes, gov, rule);
    // A paragraph that is only 责任单位：… / 完成时限：… (or that in brackets) belongs to the paragraph before it.
    // (责任单位:市卫生健康委等,各旗县(市、区)人民政府(管委会): a line opening with its label is one, whatever
    // bracket closes it.)
    let label_lines: Vec<Option<Note>> = paras
        .iter()
        .zip(&mut notes)
        .map(|(p, n)| {
            let opens = super::notes::is_label(&p.text);
            if !(opens || n.as_ref().is_none_or(|n| n.start == 0)) {
                return None;
            }
            let line = parse_label_line(&p.text, gov, rule);
            if opens && line.is_some() {
                *n = None;
            }
            line
        })
        .collect();
    Read {
        notes,
        rows,
        label_lines,
    }
}
