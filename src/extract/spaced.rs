//! Task tables laid out with spaces, as a PDF converted with its layout kept (pdftotext -layout) gives them:
//! a header row whose cells are separated by runs of spaces, then rows whose cells line up under it. A cell
//! may wrap onto lines above and below its row's number (cells centred vertically), so every line is split into
//! fragments, each fragment goes to the column it stands under, and each line to the row whose numbered line is
//! nearest. The paragraph builder rebuilds each row as a tab-separated paragraph for [`super::table`].

use super::table::{Col, col, header};
use super::text::is_han;

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

/// A run of text within a line: byte range in the text and the display column it starts at.
#[derive(Debug, Clone, Copy)]
struct Frag {
    start: usize,
    end: usize,
    col: usize,
    width: usize,
}

/// Most lines between two numbered lines.
const ROW_MAX_LINES: usize = 8;
/// Most lines of the last row below its number.
const TRAILING_MAX_LINES: usize = 3;

fn width(c: char) -> usize {
    if is_han(c) || ('\u{3000}'..='\u{303F}').contains(&c) || ('\u{FF00}'..='\u{FFEF}').contains(&c)
    {
        2
    } else {
        1
    }
}

/// Splits the line `text[start..end]` (untrimmed, from its line break) at runs of two or more spaces, an
/// ideographic space or a tab.
fn fragments(text: &str, start: usize, end: usize) -> Vec<Frag> {
    let mut out: Vec<Frag> = Vec::new();
    let mut col = 0;
    let mut cur: Option<Frag> = None;
    let mut spaces = 0;
    for (i, c) in text[start..end].char_indices() {
        let at = start + i;
        let w = width(c);
        if c == ' ' || c == '\u{3000}' || c == '\t' {
            spaces += if c == ' ' { 1 } else { 2 };
            if spaces >= 2
                && let Some(f) = cur.take()
            {
                out.push(f);
            }
        } else {
            spaces = 0;
            match &mut cur {
                Some(f) => {
                    f.end = at + c.len_utf8();
                    f.width = col + w - f.col;
                }
                None => {
                    cur = Some(Frag {
                        start: at,
                        end: at + c.len_utf8(),
                        col,
                        width: w,
                    });
                }
            }
        }
        col += w;
    }
    out.extend(cur);
    // A single space inside a fragment stays; trailing ones were never added.
    out
}

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
    let joined: Vec<&str> = head.iter().map(|f| &text[f.start..f.end]).collect();
    let h = header(&joined.join("\t"))?;
    let index = h.cols.iter().position(|c| *c == Col::Index)?;
    let is_num = |f: &Frag| is_number(&text[f.start..f.end]);
    // The table's lines, up to a stop line or a run of lines with no row number.
    let mut cand: Vec<(usize, Vec<Frag>)> = Vec::new();
    let mut k = at + 1;
    let mut since_number = 0;
    while let Some(&(s, e)) = lines.get(k) {
        let frags = fragments(text, s, e);
        k += 1;
        if frags.is_empty() {
            continue;
        }
        if stop(text[s..e].trim()) || since_number > ROW_MAX_LINES {
            break;
        }
        since_number = if frags.first().is_some_and(is_num) {
            0
        } else {
            since_number + 1
        };
        cand.push((k - 1, frags));
    }
    // Where each column starts: the leftmost start of its cell over the lines that fill every column
    // (a label may be centred over its column, the cells start at its left edge); else the labels.
    let full: Vec<&Vec<Frag>> = cand
        .iter()
        .map(|(_, f)| f)
        .filter(|f| f.len() == head.len())
        .collect();
    let edges: Vec<usize> = (0..head.len())
        .map(|j| {
            full.iter()
                .map(|f| f[j].col)
                .min()
                .unwrap_or(head[j].col)
                .min(head[j].col)
        })
        .collect();
    let column = |c: usize| edges.iter().rposition(|&b| b <= c + 1).unwrap_or(0);
    // Lines of the table with their fragments, and which of them carry a row number; a line whose text runs
    // across columns is prose after the table.
    let mut body: Vec<(usize, Vec<Frag>)> = Vec::new();
    let mut numbered: Vec<usize> = Vec::new();
    for (k, frags) in cand {
        let wide = frags.iter().any(|f| {
            let limit = edges.get(column(f.col) + 1).copied().unwrap_or(usize::MAX);
            f.col + f.width > limit.saturating_add(2)
        });
        if wide {
            break;
        }
        if frags.iter().any(|f| column(f.col) == index && is_num(f)) {
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
    for (i, (_, frags)) in body.iter().enumerate() {
        // The nearest numbered line; a tie goes to the earlier row.
        let r = numbered
            .iter()
            .enumerate()
            .min_by_key(|(_, n)| (n.abs_diff(i), **n))
            .map_or(0, |(r, _)| r);
        for f in frags {
            rows[r + 1][column(f.col)].push((f.start, f.end));
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

/// Whether a line may be a spaced table's header (a cheap check before [`read`]).
pub fn may_be_header(line: &str) -> bool {
    line.len() < 300
        && (line.contains("  ") || line.contains('\u{3000}'))
        && col(line) != Col::Other
        && line.contains("单位")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(t: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut s = 0;
        for l in t.split('\n') {
            out.push((s, s + l.len()));
            s += l.len() + 1;
        }
        out
    }

    fn cell(t: &str, r: &Row, c: usize) -> String {
        r[c].iter().map(|&(a, b)| &t[a..b]).collect()
    }

    #[test]
    fn centred_rows_and_wrapped_cells() {
        let t = " 序号   重点任务             牵头单位    配合单位          完成时限\n        推进污水处理\n  1     厂建设             旗工信局    旗住建局、旗生态     2024年10月\n                                       环境分局\n  2     建设光伏产业园     旗发改委    旗能源局          2024年12月\n各单位要按时报送进展情况，确保各项任务落到实处，这一行很长很长很长很长很长。";
        let ls = lines(t);
        let s = read(t, &ls, 0, |_| false).expect("table");
        assert_eq!(s.rows.len(), 3);
        let r1 = &s.rows[1];
        assert_eq!(cell(t, r1, 1), "推进污水处理厂建设");
        assert_eq!(cell(t, r1, 2), "旗工信局");
        assert_eq!(cell(t, r1, 3), "旗住建局、旗生态环境分局");
        assert_eq!(cell(t, r1, 4), "2024年10月");
        assert_eq!(cell(t, &s.rows[2], 3), "旗能源局");
        assert_eq!(s.end, 5);
    }

    #[test]
    fn prose_with_spaces_is_no_table() {
        let t = "责任单位  工作要求  进度安排\n各单位要认真落实。";
        assert!(read(t, &lines(t), 0, |_| false).is_none());
    }
}
