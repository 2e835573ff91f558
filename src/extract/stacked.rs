//! Task tables written one cell per line, as web pages scraped to text and PDFs read without their layout give
//! them: 序号 / 重点任务 / 牵头单位 / 配合单位 / 完成时限 each on a line of its own, then each row's number and cells.
//! A cell may run over several lines (a wrapped task, a unit list cut after 、) and an empty cell has no line at
//! all, so a row's lines are sorted into cells by what they hold: the first is the task, unit lists fill the unit
//! columns in order, a date or 持续推进 is the deadline. The paragraph builder rebuilds each row as a
//! tab-separated paragraph, which [`super::table`] then reads like any other task table.

use super::departments::{looks_like_unit, split_items};
use super::table::{Col, col};
use regex::Regex;
use std::sync::LazyLock;

/// A table's part: a row of cells (each a list of line indices, possibly empty) or a line that stays a
/// paragraph of its own (a category row such as （一）优化政务环境 between rows).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    /// Cells in the header's column order; the header itself is the first row.
    Row(Vec<Vec<usize>>),
    /// A line between rows.
    Line(usize),
}

/// A table read from lines `start..end`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stacked {
    /// Its rows and category lines, in order.
    pub parts: Vec<Part>,
    /// One past its last line.
    pub end: usize,
}

static DEADLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\d{4}\s*年|\d{4}[-./]\d{1,2}|持续|长期|常态|每年|每季度|每月|年底|[上下]半年|[一二三四]季度|\d{1,2}月)")
        .unwrap_or_else(|_| unreachable!("static regex"))
});

/// Longest cell label that counts as a header line.
const HEADER_MAX_CHARS: usize = 10;
/// Most lines one row may take.
const ROW_MAX_LINES: usize = 12;

fn number(line: &str) -> Option<u32> {
    let t = line.trim_end_matches(['.', '、', '．']);
    (!t.is_empty() && t.len() <= 3 && t.bytes().all(|b| b.is_ascii_digit()))
        .then(|| t.parse().ok())
        .flatten()
}

/// Whether a text is the end of a date wrapped in a narrow cell (2025年12 / 月, 2025年 / 6月底).
pub(crate) fn is_date_tail(text: &str) -> bool {
    let t = text.trim();
    let d = t.trim_start_matches(|c: char| c.is_ascii_digit());
    t.chars().count() <= 4 && ["月", "日", "底", "前", "月底", "月底前", "年", "年底"].contains(&d)
}

/// Whether a cell's text is a deadline (2025年12月, 持续推进).
pub(crate) fn is_deadline(line: &str) -> bool {
    line.chars().count() <= 24 && !line.contains('。') && DEADLINE.is_match(line)
}

fn is_units(line: &str) -> bool {
    line.chars().count() <= 120
        && !line.contains('。')
        && split_items(line)
            .into_iter()
            .map(|(a, b)| line[a..b].trim())
            .filter(|t| !t.is_empty())
            .all(looks_like_unit)
}

/// Whether a line starts as a unit's name does: with a government's prefix or a place (市工业和信息化…).
pub(crate) fn starts_like_unit(line: &str) -> bool {
    line.starts_with(['市', '区', '旗', '县', '盟', '省', '各'])
        || line.starts_with("自治区")
        || super::lexicon::LEXICON
            .gaz
            .find(line)
            .is_some_and(|m| m.start() == 0)
}

/// How many lines from `k` (two or three) make one unit list when joined, a name wrapped inside itself.
fn wrapped_units(lines: &[&str], k: usize) -> Option<usize> {
    let mut joined = lines.get(k)?.to_string();
    for n in 2..=3 {
        let next = lines.get(k + n - 1)?;
        if number(next).is_some() || is_deadline(next) {
            return None;
        }
        joined.push_str(next);
        if is_units(&joined) {
            return Some(n);
        }
    }
    None
}

/// Whether a list cut after its separator goes on to the next line.
fn cut_after_separator(line: &str) -> bool {
    line.ends_with(['、', ',', '，', ';', '；'])
}

/// Reads a stacked table whose header starts at `lines[at]` (folded lines; empty lines already dropped).
pub fn read(lines: &[&str], at: usize, heading: impl Fn(&str) -> bool) -> Option<Stacked> {
    // A table without a 序号 column starts with its task column; its rows are told apart by their deadline.
    let first_col = col(lines.get(at)?);
    let indexed = first_col == Col::Index;
    if !indexed && first_col != Col::Task {
        return None;
    }
    let mut cols = vec![first_col];
    let mut header_cells: Vec<Vec<usize>> = vec![vec![at]];
    let mut k = at + 1;
    // 序 / 号: a narrow index column's label wrapped onto two lines.
    if indexed && lines[at].trim() == "序" && lines.get(k).is_some_and(|l| l.trim() == "号") {
        header_cells[0].push(k);
        k += 1;
    }
    while let Some(l) = lines.get(k) {
        let n = l.chars().count();
        if n > HEADER_MAX_CHARS || number(l).is_some() || heading(l) {
            break;
        }
        let c = col(l);
        if c == Col::Index || !indexed && c == Col::Task {
            return None;
        }
        if c == Col::Other && n > 4 {
            break;
        }
        cols.push(c);
        header_cells.push(vec![k]);
        k += 1;
    }
    // 责任单位 merged over 牵头单位 and 配合单位, its two header rows read as one (序号 重点任务 责任单位 完成时限
    // 牵头单位 配合单位): the sub-labels take the merged label's place.
    if let Some(g) = cols.iter().position(|c| *c == Col::Units("责任单位")) {
        let subs: Vec<usize> = (g + 1..cols.len())
            .filter(|&i| matches!(cols[i], Col::Units("牵头单位" | "配合单位")))
            .collect();
        let both = [Col::Units("牵头单位"), Col::Units("配合单位")]
            .iter()
            .all(|c| subs.iter().any(|&i| cols[i] == *c));
        if both {
            let sub_cols: Vec<Col> = subs.iter().map(|&i| cols[i]).collect();
            let sub_cells: Vec<Vec<usize>> =
                subs.iter().map(|&i| header_cells[i].clone()).collect();
            for &i in subs.iter().rev() {
                cols.remove(i);
                header_cells.remove(i);
            }
            cols.splice(g..=g, sub_cols);
            header_cells.splice(g..=g, sub_cells);
        }
    }
    // A converter may put the header's last label after the first rows (完成时限 among them): take it as the
    // header's, and skip it where it stands.
    let mut late_label: Option<usize> = None;
    if !cols.contains(&Col::Deadline)
        && let Some(j) = (k..lines.len().min(k + 60))
            .find(|&j| lines[j].chars().count() <= 6 && col(lines[j]) == Col::Deadline)
    {
        cols.push(Col::Deadline);
        header_cells.push(vec![j]);
        late_label = Some(j);
    }
    // Lines that repeat the header's labels (a table continued on the next page) are part of no row.
    let labels: Vec<&str> = header_cells
        .iter()
        .flatten()
        .map(|&j| lines[j].trim())
        .collect();
    let is_label = |j: usize| Some(j) == late_label || labels.contains(&lines[j].trim());
    let unit_cols: Vec<usize> = (0..cols.len())
        .filter(|&i| matches!(cols[i], Col::Units(_)))
        .collect();
    let task_col = cols.iter().position(|c| *c == Col::Task)?;
    if unit_cols.is_empty() {
        return None;
    }
    let deadline_col = cols.iter().position(|c| *c == Col::Deadline);
    // Without row numbers, a row ends at its deadline: the table must end with that column.
    if !indexed && deadline_col != Some(cols.len() - 1) {
        return None;
    }
    let other_col = cols.iter().position(|c| *c == Col::Other);
    let mut parts = vec![Part::Row(header_cells)];
    let mut expect: Option<u32> = None;
    loop {
        while k < lines.len() && is_label(k) {
            k += 1;
        }
        let mut cells: Vec<Vec<usize>> = vec![Vec::new(); cols.len()];
        let n = if indexed {
            // A category line between rows, when the next row follows it.
            let category = lines
                .get(k)
                .is_some_and(|l| number(l).is_none() && l.chars().count() <= 30)
                && lines
                    .get(k + 1)
                    .and_then(|l| number(l))
                    .is_some_and(|n| n == 1 || Some(n) == expect);
            if category {
                parts.push(Part::Line(k));
                k += 1;
            }
            let Some(n) = lines.get(k).and_then(|l| number(l)) else {
                break;
            };
            if expect.is_some_and(|e| n != e && !(category && n == 1)) {
                break;
            }
            expect = Some(n + 1);
            cells[0].push(k);
            k += 1;
            n
        } else {
            if lines
                .get(k)
                .is_none_or(|l| heading(l) || number(l).is_some())
            {
                break;
            }
            0
        };
        let mut units_seen = 0usize;
        let mut last_units = false;
        let mut taken = 0usize;
        while let Some(l) = lines.get(k) {
            let ends = indexed && number(l).is_some_and(|m| m == n + 1) || taken > 0 && heading(l);
            if ends || taken >= ROW_MAX_LINES {
                break;
            }
            if taken > 0 && is_label(k) {
                k += 1;
                continue;
            }
            // The end of a date wrapped in a narrow column (2025年10 / 月) goes with it, or with nothing.
            if taken > 0 && !is_deadline(l) && is_date_tail(l) {
                if let Some(d) = deadline_col.filter(|&d| !cells[d].is_empty()) {
                    cells[d].push(k);
                }
                k += 1;
                taken += 1;
                continue;
            }
            let first = taken == 0;
            if first {
                cells[task_col].push(k);
            } else if is_deadline(l) && deadline_col.is_some_and(|d| cells[d].is_empty()) {
                if let Some(d) = deadline_col {
                    cells[d].push(k);
                }
            } else if last_units && k > 0 && cut_after_separator(lines[k - 1]) && is_units(l) {
                let c = unit_cols[(units_seen - 1).min(unit_cols.len() - 1)];
                cells[c].push(k);
            } else if is_units(l) {
                let c = unit_cols[units_seen.min(unit_cols.len() - 1)];
                cells[c].push(k);
                units_seen += 1;
                last_units = true;
                taken += 1;
                k += 1;
                continue;
            } else if let Some(n_lines) = (!first && starts_like_unit(l))
                .then(|| wrapped_units(lines, k))
                .flatten()
            {
                // A list wrapped inside a unit's name (市工业和信息化 / 局, …各旗 / 县区人民政府).
                let c = unit_cols[units_seen.min(unit_cols.len() - 1)];
                cells[c].extend(k..k + n_lines);
                units_seen += 1;
                last_units = true;
                taken += n_lines;
                k += n_lines;
                continue;
            } else if units_seen == 0 && deadline_col.is_none_or(|d| cells[d].is_empty()) {
                // A wrapped task.
                cells[task_col].push(k);
            } else if let Some(o) = other_col {
                cells[o].push(k);
            } else {
                break;
            }
            last_units = false;
            taken += 1;
            k += 1;
            // The deadline closes the row when it is the last column (with the end of a wrapped date).
            if let Some(d) = deadline_col.filter(|&d| d == cols.len() - 1 && !cells[d].is_empty()) {
                if lines
                    .get(k)
                    .is_some_and(|l| !is_deadline(l) && is_date_tail(l))
                {
                    cells[d].push(k);
                    k += 1;
                }
                break;
            }
        }
        if units_seen == 0 && deadline_col.is_none_or(|d| cells[d].is_empty()) {
            // Not a task row after all: stop before it.
            k = match cells[0].first() {
                Some(&s) => s,
                None => k,
            };
            break;
        }
        parts.push(Part::Row(cells));
    }
    if matches!(parts.last(), Some(Part::Line(_))) {
        parts.pop();
        k -= 1;
    }
    (parts.len() > 1).then_some(Stacked { parts, end: k })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(s: &str) -> Vec<&str> {
        s.lines().map(str::trim).filter(|l| !l.is_empty()).collect()
    }

    #[test]
    fn rows_with_missing_and_wrapped_cells() {
        let text = "序号\n重点任务\n牵头单位\n配合单位\n完成时限\n1\n推行企业开办一网通办\n区市场监管局\n区税务局、区政务服务局\n2024年6月底前\n2\n建设政务服务中心\n区政务服务局\n2024年9月\n3\n推进道路改造,\n完善园区配套设施\n区住建局\n区交通运输局、\n区自然资源分局\n持续推进\n二、保障措施\n各单位要明确专人负责。";
        let ls = lines(text);
        let t = read(&ls, 0, |l| l.starts_with("二、")).expect("table");
        assert_eq!(t.parts.len(), 4);
        assert_eq!(ls[t.end], "二、保障措施");
        assert_eq!(
            t.parts[2],
            Part::Row(vec![vec![10], vec![11], vec![12], vec![], vec![13]])
        );
        assert_eq!(
            t.parts[3],
            Part::Row(vec![
                vec![14],
                vec![15, 16],
                vec![17],
                vec![18, 19],
                vec![20]
            ])
        );
    }

    #[test]
    fn a_merged_label_over_two_columns() {
        // 责任单位 over 牵头单位 and 配合单位: a PDF's text gives the second header row after the first.
        let text = "序号\n重点任务\n责任单位\n完成时限\n牵头单位\n配合单位\n1\n推进包银高铁建设\n市交通运输局\n市发改委、九原区人民政府\n2025年12月";
        let ls = lines(text);
        let t = read(&ls, 0, |_| false).expect("table");
        assert_eq!(
            t.parts[0],
            Part::Row(vec![vec![0], vec![1], vec![4], vec![5], vec![3]])
        );
        assert_eq!(
            t.parts[1],
            Part::Row(vec![vec![6], vec![7], vec![8], vec![9], vec![10]])
        );
    }

    #[test]
    fn category_lines_between_rows() {
        let text = "序号\n工作任务\n责任单位\n完成时限\n（一）优化政务环境\n1\n压缩审批时限\n市政务服务局\n2024年底\n（二）优化市场环境\n1\n清理隐性壁垒\n市市场监管局\n持续推进\n附件2";
        let ls = lines(text);
        let t = read(&ls, 0, |_| false).expect("table");
        assert_eq!(t.parts.len(), 5, "{:?}", t.parts);
        assert_eq!(t.parts[1], Part::Line(4));
        assert_eq!(t.parts[3], Part::Line(9));
        assert_eq!(ls[t.end], "附件2");
    }

    #[test]
    fn a_converters_order_and_wraps() {
        // 序/号 wrapped; 完成时限 after the first row; the header repeated; a name wrapped over three lines;
        // a date wrapped in its cell.
        let text = "序\n号\n重点任务\n牵头单位\n配合单位\n1\n加快机场前期工作\n市交通运输局\n2025年9月\n完成时限\n序\n号\n重点任务\n牵头单位\n配合单位\n完成时限\n2\n建设湿地公园\n市林草局\n东河区人民政府、九原区人民\n政府、市生态环境局、市水务\n局\n2025年10\n月\n二、保障措施";
        let ls = lines(text);
        let t = read(&ls, 0, |l| l.starts_with("二、")).expect("table");
        let rows: Vec<&Part> = t.parts.iter().collect();
        assert_eq!(rows.len(), 3, "{rows:?}");
        assert_eq!(
            *rows[0],
            Part::Row(vec![vec![0, 1], vec![2], vec![3], vec![4], vec![9]])
        );
        assert_eq!(
            *rows[2],
            Part::Row(vec![
                vec![16],
                vec![17],
                vec![18],
                vec![19, 20, 21],
                vec![22, 23]
            ])
        );
    }

    #[test]
    fn not_a_table() {
        let ls = lines("序号\n名称\n数量\n1\n风电\n3");
        assert!(read(&ls, 0, |_| false).is_none());
    }

    #[test]
    fn rows_without_numbers_end_at_their_deadline() {
        let text = "重点任务\n责任单位\n完成时限\n推进示范区建\n设,加快项目建设\n市发展改革委、市工业和信息化\n局、市能源局\n2025年12月\n加快城市更新\n康巴什区人民政府\n持续推进\n各责任单位要于每季度末报送工作进展。";
        let ls = lines(text);
        let t = read(&ls, 0, |_| false).expect("table");
        assert_eq!(t.parts.len(), 3);
        assert_eq!(t.parts[1], Part::Row(vec![vec![3, 4], vec![5, 6], vec![7]]));
        assert_eq!(t.parts[2], Part::Row(vec![vec![8], vec![9], vec![10]]));
        assert_eq!(t.end, 11);
        // Without a deadline as its last column, a table without numbers cannot be read.
        let ls = lines("重点任务\n完成时限\n责任单位\n推进示范区建设\n2025年12月\n市发展改革委");
        assert!(read(&ls, 0, |_| false).is_none());
    }
}
