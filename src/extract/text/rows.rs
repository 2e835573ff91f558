//! Table rows as paragraphs: rows drawn with pipes, and the rows of a table written one cell per line.

use super::*;

/// The cells of a line of a table drawn with pipes (| a | b | c |), as byte ranges of the text (one piece each):
/// None when the line is no such row, empty for the rule under the header (| --- | :---: |).
pub(super) fn pipe_cells(line: &str, at: usize) -> Option<Vec<Vec<(usize, usize)>>> {
    let t = line.trim();
    let lead = line.len() - line.trim_start().len();
    let pipe = |c: char| c == '|' || c == '｜';
    if !t.starts_with(pipe) || t.matches(pipe).count() < 3 {
        return None;
    }
    let inner = t.trim_start_matches(pipe).trim_end_matches(pipe);
    // Where `inner` starts in the text.
    let base = at + lead + (t.len() - t.trim_start_matches(pipe).len());
    let mut cells = Vec::new();
    let mut from = 0;
    let bounds = inner
        .char_indices()
        .filter(|(_, c)| pipe(*c))
        .map(|(i, c)| (i, i + c.len_utf8()))
        .chain(std::iter::once((inner.len(), inner.len())));
    for (end, next) in bounds {
        let cell = &inner[from..end];
        let l = cell.len() - cell.trim_start().len();
        let c = cell.trim();
        cells.push(vec![(base + from + l, base + from + l + c.len())]);
        from = next;
    }
    if inner
        .chars()
        .all(|c| matches!(c, '-' | ':' | ' ' | '|' | '｜' | '—'))
    {
        return Some(Vec::new());
    }
    Some(cells)
}

pub(super) fn stacked_at(folded: &[String], at: usize) -> Option<super::super::stacked::Stacked> {
    use super::super::table::{Col, col};
    if !matches!(col(&folded[at]), Col::Index | Col::Task) {
        return None;
    }
    let ls: Vec<&str> = folded.iter().map(String::as_str).collect();
    super::super::stacked::read(&ls, at, |l| HEADING_LINE.is_match(l))
}

/// A table row as a paragraph: each cell's pieces (byte ranges of the original text, from one or more lines),
/// cells joined by tabs (a tab maps to the break before its cell). A stacked table's category line is a row of
/// one cell.
pub(super) fn row_para(text: &str, row: &[Vec<(usize, usize)>]) -> Builder {
    let mut b = Builder {
        keep_tabs: true,
        ..Builder::default()
    };
    let mut at = row.iter().flatten().next().map_or(0, |r| r.0);
    for (c, cell) in row.iter().enumerate() {
        if c > 0 {
            b.emit(
                '\t',
                cell.first().map_or(at, |r| r.0.saturating_sub(1)).max(at),
                0,
            );
        }
        for &(s, e) in cell {
            let piece = &text[s..e];
            b.push_line(piece, &fold_line(piece), s);
            at = e;
        }
    }
    b
}

/// A stacked table's part as the byte ranges of its cells.
pub(super) fn stacked_row(
    lines: &[Line],
    part: &super::super::stacked::Part,
) -> Vec<Vec<(usize, usize)>> {
    use super::super::stacked::Part;
    let range = |i: usize| (lines[i].start, lines[i].end);
    match part {
        Part::Line(i) => vec![vec![range(*i)]],
        Part::Row(cells) => cells
            .iter()
            .map(|cell| cell.iter().map(|&i| range(i)).collect())
            .collect(),
    }
}
