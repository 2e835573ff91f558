//! Task tables laid out with spaces, as a PDF converted with its layout kept (pdftotext -layout) gives them:
//! a header row whose cells are separated by runs of spaces, then rows whose cells line up under it. A cell
//! may wrap onto lines above and below its row's number (cells centred vertically), so every line is split into
//! fragments, each fragment goes to the column it stands under, and each line to the row whose numbered line is
//! nearest. The paragraph builder rebuilds each row as a tab-separated paragraph for [`super::table`].

use super::table::{Col, col, header};
mod fragments;
use fragments::{Frag, fragments};

/// A row of cells, each a list of byte ranges of the original text; the header is the first row.
pub type Row = Vec<Vec<(usize, usize)>>;

/// A spaced table read from lines `at..end`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spaced {
    /// Header and rows.
    pub rows: Vec<Row>,
    /// One past its last line.
    pub end: usize,
}

/// Most lines between two numbered lines.
const ROW_MAX_LINES: usize = 8;
/// Most lines of the last row below its number.
const TRAILING_MAX_LINES: usize = 3;

fn is_number(s: &str) -> bool {
    let t = s.trim_end_matches(['.', '、']);
    !t.is_empty() && t.len() <= 3 && t.bytes().all(|b| b.is_ascii_digit())
}

/// Reads a spaced table whose header is `lines[at]`; `lines` are (start, end) of each line in `text`,
/// untrimmed, empty ones included. `stop` tells a line that ends the table (a heading).
pub fn read(
    text: &str,
    lines: &[(usize, usize)],
    at: usize,
    stop: impl Fn(&str) -> bool,
) -> Option<Spaced> {
    let (hs, he) = *lines.get(at)?;
    let head = fragments(text, hs, he);
    if head.len() < 3 {
        return None;
    }
    let mut joined: Vec<&str> = head.iter().map(|f| &text[f.start..f.end]).collect();
    let mut h = header(&joined.join("\t"))?;
    let mut head = head;
    let mut first_body = at + 1;
    // A second header row under a label merged across columns (责任单位 over 牵头单位 配合单位): its labels take
    // the merged one's place.
    if let Some(&(s, e)) = lines.get(at + 1)
        && let Some(merged) = sub_header(text, &head, &fragments(text, s, e))
    {
        head = merged;
        joined = head.iter().map(|f| &text[f.start..f.end]).collect();
        h = header(&joined.join("\t"))?;
        first_body = at + 2;
    }
    // A narrow 序号 column wraps its label: 序 on the line above the others, 号 on the line below.
    let line = |k: Option<usize>| {
        k.and_then(|k| lines.get(k))
            .map_or("", |&(s, e)| text[s..e].trim())
    };
    let (above, below) = (line(at.checked_sub(1)), line(Some(at + 1)));
    let wrapped_index = !h.cols.contains(&Col::Index)
        && (above == "序" && below == "号" || above == "序号" || below == "序号")
        && head[0].col >= 2;
    // Rows are anchored on their number; in a table without a 序号 column whose last column is its deadline,
    // on their deadline.
    let indexed = h.cols.contains(&Col::Index) || wrapped_index;
    if !indexed && h.cols.last() != Some(&Col::Deadline) {
        return None;
    }
    if wrapped_index {
        head.insert(
            0,
            Frag {
                start: hs,
                end: hs,
                col: 0,
                width: 1,
            },
        );
        h.cols.insert(0, Col::Index);
        if below == "号" || below == "序号" {
            first_body = at + 2;
        }
    }
    let anchor_col = if indexed {
        h.cols.iter().position(|c| *c == Col::Index)?
    } else {
        h.cols.len() - 1
    };
    let is_anchor = |f: &Frag| {
        let t = &text[f.start..f.end];
        if indexed {
            is_number(t)
        } else {
            super::stacked::is_deadline(t)
        }
    };
    // The table's lines, up to a stop line or a run of lines with no anchor (row number or deadline).
    let mut cand: Vec<(usize, Vec<Frag>)> = Vec::new();
    // Lines after the header repeated on a new page start a new part: they belong to no row before it.
    let mut part_of: Vec<usize> = Vec::new();
    let mut part = 0;
    let mut k = first_body;
    let mut since_anchor = 0;
    while let Some(&(s, e)) = lines.get(k) {
        let frags = fragments(text, s, e);
        k += 1;
        if frags.is_empty() {
            continue;
        }
        if stop(text[s..e].trim()) || since_anchor > ROW_MAX_LINES {
            break;
        }
        // The header repeated after a page break (with its wrapped 序 / 号) is not part of a row.
        let line = text[s..e].trim();
        if line == "序" || line == "号" || line == "序号" || header_again(text, &frags, &joined)
        {
            part += 1;
            continue;
        }
        let anchored = if indexed {
            frags.first().is_some_and(is_anchor)
        } else {
            frags.iter().any(is_anchor)
        };
        since_anchor = if anchored { 0 } else { since_anchor + 1 };
        cand.push((k - 1, frags));
        part_of.push(part);
    }
    // Where each column starts: the leftmost start of its cell over the lines that fill every column
    // (a label may be centred over its column, the cells start at its left edge); else the labels.
    let full: Vec<&Vec<Frag>> = cand
        .iter()
        .map(|(_, f)| f)
        .filter(|f| f.len() == head.len())
        .collect();
    let mut edges: Vec<usize> = (0..head.len())
        .map(|j| {
            full.iter()
                .map(|f| f[j].col)
                .min()
                .unwrap_or(head[j].col)
                .min(head[j].col)
        })
        .collect();
    let overlap = |j: usize, f: &Frag| overlap_at(&edges, j, f);
    let column = |f: &Frag| column_at(&edges, f);
    // Lines of the table with their fragments, and which of them carry a row number; a line whose text runs
    // across columns is prose after the table.
    let mut body: Vec<(usize, Vec<Frag>)> = Vec::new();
    let mut numbered: Vec<usize> = Vec::new();
    for (k, frags) in cand.into_iter() {
        // Prose runs over three columns or more; a long task may spill into the next one.
        let wide = frags.iter().any(|f| {
            (0..edges.len())
                .filter(|&j| {
                    let span = edges
                        .get(j + 1)
                        .map_or(usize::MAX, |&hi| hi.saturating_sub(edges[j]));
                    overlap(j, f) >= span.saturating_sub(1).clamp(1, 6)
                })
                .count()
                >= 3
        });
        // Without row numbers to end it, a table ends at a line of prose after a row: one piece of text that
        // starts at the first column's edge and runs well past the column, which no cell can.
        let prose_after = !indexed
            && !numbered.is_empty()
            && frags.len() == 1
            && edges.get(1).is_some_and(|&second| {
                frags[0].col <= edges[0] + 4 && frags[0].col + frags[0].width > second + 4
            });
        if wide || prose_after {
            break;
        }
        // A deadline may stand off its column (pdftotext spaces each line by its own measure): its text tells.
        if frags
            .iter()
            .any(|f| is_anchor(f) && (!indexed || column(f) == anchor_col))
        {
            numbered.push(body.len());
        }
        body.push((k, frags));
    }
    if numbered.is_empty() {
        return None;
    }
    // Lines after the last numbered one that are too far from it belong to no row.
    let last = *numbered.last()?;
    body.truncate(last + 1 + TRAILING_MAX_LINES);
    let end = body.last().map_or(at + 1, |(k, _)| k + 1);
    let mut rows: Vec<Row> = vec![head.iter().map(|f| vec![(f.start, f.end)]).collect()];
    for _ in &numbered {
        rows.push(vec![Vec::new(); head.len()]);
    }
    let place = |edges: &[usize]| -> Vec<Vec<usize>> {
        body.iter()
            .map(|(_, frags)| {
                assign(
                    text,
                    frags,
                    &h.cols,
                    &|j, f| overlap_at(edges, j, f),
                    &|f| column_at(edges, f),
                )
            })
            .collect()
    };
    let mut placed = place(&edges);
    // A line with few fragments keeps them where they stand on the page; one with many pushes them right. So
    // each column starts where the leftmost text placed in it by what it says starts, and the lines are placed
    // again.
    let mut learned = edges.clone();
    for ((_, frags), cols) in body.iter().zip(&placed) {
        for (f, &c) in frags.iter().zip(cols) {
            if c > 0 && fits(&text[f.start..f.end], h.cols[c], true) {
                learned[c] = learned[c].min(f.col);
            }
        }
    }
    for j in 1..learned.len() {
        learned[j] = learned[j].max(learned[j - 1] + 1);
    }
    if learned != edges {
        edges = learned;
        placed = place(&edges);
    }
    for (i, (_, frags)) in body.iter().enumerate() {
        // The nearest numbered line; a tie goes to the earlier row, unless that row's numbered line already
        // fills every column this line would (a row written on one line wraps nothing).
        let mut near: Vec<(usize, usize)> = numbered.iter().copied().enumerate().collect();
        if near.iter().any(|&(_, n)| part_of[n] == part_of[i]) {
            near.retain(|&(_, n)| part_of[n] == part_of[i]);
        }
        near.sort_by_key(|&(_, n)| (n.abs_diff(i), n));
        let r = match near.as_slice() {
            [(r0, n0), (r1, n1), ..] if n0.abs_diff(i) == n1.abs_diff(i) && n0 < n1 => {
                let above = &body[*n0].1;
                let whole_line = above.len() == head.len();
                // Every column this line fills is already there, and ends, on the earlier numbered line.
                let done = placed[i].iter().all(|&c| {
                    placed[*n0]
                        .iter()
                        .zip(above)
                        .filter(|(pc, _)| **pc == c)
                        .any(|(_, f)| ends_cell(&text[f.start..f.end], h.cols[c], whole_line))
                });
                // A unit's tail wrapped onto this line (九原区 / 人民政府) cannot open a cell of the row below.
                let tail = frags.iter().zip(&placed[i]).any(|(f, &c)| {
                    matches!(h.cols[c], Col::Units(_))
                        && UNIT_TAILS.contains(&text[f.start..f.end].trim())
                });
                if done && !tail { *r1 } else { *r0 }
            }
            [(r0, _), ..] => *r0,
            [] => 0,
        };
        for (f, &c) in frags.iter().zip(&placed[i]) {
            rows[r + 1][c].push((f.start, f.end));
        }
    }
    // The first unit column (牵头单位) is written in every row: a row whose only units landed in a later column
    // had them pushed right by its own spacing.
    let unit_cols: Vec<usize> = (0..h.cols.len())
        .filter(|&i| matches!(h.cols[i], Col::Units(_)))
        .collect();
    if let [first, second, ..] = unit_cols.as_slice() {
        for row in rows.iter_mut().skip(1) {
            if row[*first].is_empty() && !row[*second].is_empty() {
                row[*first] = std::mem::take(&mut row[*second]);
            }
        }
    }
    let has_units = |r: &Row| {
        h.cols
            .iter()
            .enumerate()
            .any(|(i, c)| matches!(c, Col::Units(_)) && !r[i].is_empty())
    };
    (rows.iter().skip(1).any(has_units)).then_some(Spaced { rows, end })
}

/// The header's fragments with those of a second header row `sub` in place of the label they stand under,
/// when every fragment of `sub` is a label of units or of the deadline.
fn sub_header(text: &str, head: &[Frag], sub: &[Frag]) -> Option<Vec<Frag>> {
    let first = sub.first()?;
    let last = sub.last()?;
    if !sub.iter().all(|f| {
        matches!(
            col(text[f.start..f.end].trim()),
            Col::Units(_) | Col::Deadline
        )
    }) {
        return None;
    }
    let (from, to) = (first.col, last.col + last.width);
    // The labels above the second row's span (their middle within it) give way to it.
    let mut out: Vec<Frag> = head
        .iter()
        .filter(|f| {
            let mid = f.col + f.width / 2;
            mid < from || mid >= to
        })
        .copied()
        .collect();
    if out.len() == head.len() {
        return None;
    }
    out.extend_from_slice(sub);
    out.sort_by_key(|f| f.col);
    Some(out)
}

/// How much of a fragment lies over column `j` (display columns).
fn overlap_at(edges: &[usize], j: usize, f: &Frag) -> usize {
    let lo = edges[j];
    let hi = edges.get(j + 1).copied().unwrap_or(usize::MAX);
    (f.col + f.width).min(hi).saturating_sub(f.col.max(lo))
}

/// The column a fragment covers most (a unit centred in its cell may start left of the header's label).
fn column_at(edges: &[usize], f: &Frag) -> usize {
    let by_start = edges.iter().rposition(|&b| b <= f.col + 1).unwrap_or(0);
    (0..edges.len())
        .max_by_key(|&j| (overlap_at(edges, j, f), j == by_start))
        .filter(|&j| overlap_at(edges, j, f) > 0)
        .unwrap_or(by_start)
}

/// The words that end a unit's name and name none alone: wrapped onto a line of their own, they end the cell
/// above.
const UNIT_TAILS: [&str; 8] = [
    "人民政府",
    "政府",
    "行政公署",
    "管委会",
    "管理委员会",
    "委员会",
    "办公室",
    "办事处",
];

/// Whether a line repeats the header's labels (a table continued on the next page).
fn header_again(text: &str, frags: &[Frag], labels: &[&str]) -> bool {
    frags.len() >= 2
        && frags
            .iter()
            .filter(|f| labels.contains(&&text[f.start..f.end]))
            .count()
            >= 2
}

/// Whether a numbered line's fragment ends its cell: a unit list whose last item is a whole unit, a date; a
/// task only on a line that fills every column.
fn ends_cell(text: &str, col: Col, whole_line: bool) -> bool {
    use super::departments::{looks_like_unit, split_items};
    let t = text.trim();
    match col {
        Col::Units(_) => {
            !t.ends_with(['、', ',', '，'])
                && split_items(t)
                    .last()
                    .is_some_and(|&(a, b)| looks_like_unit(t[a..b].trim()))
        }
        Col::Deadline | Col::Index => true,
        Col::Task | Col::Other => whole_line,
    }
}

/// What a fragment holds, and so which columns it may fill.
fn fits(text: &str, col: Col, after_another: bool) -> bool {
    use super::departments::{looks_like_unit, split_items};
    let t = text.trim();
    let units = || {
        let items: Vec<&str> = split_items(t)
            .into_iter()
            .map(|(a, b)| t[a..b].trim())
            .collect();
        let n = items.len();
        // A list cut inside a name at either end (市工业和信息化局、市 / 生态环境局…): its inner items are units.
        items.iter().any(|i| looks_like_unit(i))
            && items.iter().enumerate().all(|(k, i)| {
                looks_like_unit(i) || (k == 0 || k + 1 == n) && i.chars().count() <= 10
            })
            || n == 1
                && t.chars().count() <= if after_another { 10 } else { 8 }
                && super::stacked::starts_like_unit(t)
    };
    // The end of a date wrapped in a narrow column (2025年12 / 月).
    let date_tail = || super::stacked::is_date_tail(t);
    match col {
        Col::Index => is_number(t),
        Col::Deadline => super::stacked::is_deadline(t) || date_tail(),
        Col::Units(_) => {
            !is_number(t) && !super::stacked::is_deadline(t) && !date_tail() && units()
        }
        Col::Task | Col::Other => {
            !is_number(t) && !super::stacked::is_deadline(t) && !date_tail() && !units()
        }
    }
}

/// The column of each fragment of one line: fragments stand in column order, each where its text fits (a date
/// under the deadline, a unit list under a unit column) and over as much of its column as can be. A line
/// converted with its layout spaces its fragments by its own measure, so text alone and order together place a
/// fragment better than its position alone.
fn assign(
    text: &str,
    frags: &[Frag],
    cols: &[Col],
    overlap: &dyn Fn(usize, &Frag) -> usize,
    column: &dyn Fn(&Frag) -> usize,
) -> Vec<usize> {
    let (n, m) = (frags.len(), cols.len());
    if n == 0 || n > m {
        return frags.iter().map(column).collect();
    }
    const FIT: usize = 1000;
    let score = |i: usize, c: usize| {
        let f = &frags[i];
        overlap(c, f)
            + if fits(&text[f.start..f.end], cols[c], i > 0) {
                FIT
            } else {
                0
            }
    };
    // best[i][c]: the best total for fragments 0..=i with fragment i in column c; from[i][c]: the column of i-1.
    let mut best = vec![vec![None::<usize>; m]; n];
    let mut from = vec![vec![0usize; m]; n];
    for (c, b) in best[0].iter_mut().enumerate() {
        *b = Some(score(0, c));
    }
    for i in 1..n {
        for c in i..m {
            let prev = (i - 1..c)
                .filter_map(|p| best[i - 1][p].map(|s| (s, p)))
                .max_by_key(|&(s, p)| (s, std::cmp::Reverse(p)));
            if let Some((s, p)) = prev {
                best[i][c] = Some(s + score(i, c));
                from[i][c] = p;
            }
        }
    }
    let Some(mut c) = (0..m)
        .filter(|&c| best[n - 1][c].is_some())
        .max_by_key(|&c| (best[n - 1][c], std::cmp::Reverse(c)))
    else {
        return frags.iter().map(column).collect();
    };
    let mut out = vec![0; n];
    for i in (0..n).rev() {
        out[i] = c;
        c = from[i][c];
    }
    out
}

/// Whether a line may be a spaced table's header (a cheap check before [`read`]).
pub fn may_be_header(line: &str) -> bool {
    line.len() < 300
        && (line.contains("  ") || line.contains('\u{3000}'))
        && col(line) != Col::Other
        && line.contains("单位")
}

#[cfg(test)]
#[path = "spaced_tests.rs"]
mod tests;
