//! Task tables: a tab-separated header (序号 重点任务 牵头单位 配合单位 完成时限) and its rows, as plans saved
//! from Word or Excel write them. Each row is a task; its unit columns and deadline column are its note.

use super::departments::GovContext;
use super::notes::{Assigned, LeadRule, Note, add_units, responsible_lead_beside_support};

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Col {
    /// 序号.
    Index,
    /// The task text.
    Task,
    /// Units, with the label's role (牵头单位 → lead, 配合单位 → support, 责任单位 → by the document's rule).
    Units(&'static str),
    /// 完成时限.
    Deadline,
    /// Anything else (备注, 目标 …).
    Other,
}

/// The columns of a task table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    /// One per cell of the header row.
    pub cols: Vec<Col>,
}

/// Byte ranges of the tab-separated cells of a row.
pub fn cells(p: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in p.char_indices() {
        if c == '\t' {
            out.push((start, i));
            start = i + 1;
        }
    }
    out.push((start, p.len()));
    out
}

static CELL_DATE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"\d{4}年\d{1,2}月?(底|前)?").unwrap_or_else(|_| unreachable!("static regex"))
});

/// What a header cell labelled `label` holds.
pub fn col(label: &str) -> Col {
    let l = label.trim();
    let has = |ws: &[&str]| ws.iter().any(|w| l.contains(w));
    if has(&["序号", "编号"]) || l == "序" {
        Col::Index
    } else if has(&["牵头单位", "牵头部门", "牵头领导"]) {
        Col::Units("牵头单位")
    } else if has(&["配合单位", "配合部门", "协办单位", "参与单位"]) {
        Col::Units("配合单位")
    } else if has(&[
        "责任单位",
        "责任部门",
        "主责单位",
        "责任主体",
        "实施主体",
        "实施单位",
    ]) {
        Col::Units(if has(&["实施主体"]) {
            "实施主体"
        } else {
            "责任单位"
        })
    } else if has(&["完成时限", "完成时间", "时间节点", "时限"]) {
        Col::Deadline
    } else if has(&["任务", "事项", "措施", "内容", "项目名称", "工作"]) {
        Col::Task
    } else {
        Col::Other
    }
}

/// The header of a task table: a row with a task column and a unit column.
pub fn header(p: &str) -> Option<Header> {
    let cols: Vec<Col> = cells(p).into_iter().map(|(a, b)| col(&p[a..b])).collect();
    let has_task = cols.contains(&Col::Task);
    let has_units = cols.iter().any(|c| matches!(c, Col::Units(_)));
    (has_task && has_units).then_some(Header { cols })
}

/// A row under `h` as a note: its units with roles and its deadline; the note spans the unit and deadline
/// cells. Also gives where the task cell starts. `None` for a row without a task.
pub fn row_note(p: &str, h: &Header, ctx: &GovContext, rule: &LeadRule) -> Option<(Note, usize)> {
    let cs = cells(p);
    let mut task: Option<(usize, usize)> = None;
    let mut units: Vec<Assigned> = Vec::new();
    let mut deadline = None;
    let mut note_start = p.len();
    for (i, &(a, b)) in cs.iter().enumerate() {
        let text = &p[a..b];
        match h.cols.get(i).copied().unwrap_or(Col::Other) {
            // The first task column names the task (重点任务 before 具体措施).
            Col::Task if !text.trim().is_empty() && task.is_none() => task = Some((a, b)),
            Col::Units(label) => {
                note_start = note_start.min(a);
                add_units(&mut units, text, a, Some(label), ctx, rule);
            }
            Col::Deadline => {
                note_start = note_start.min(a);
                deadline = Some(text.trim().to_string()).filter(|d| !d.is_empty());
            }
            _ => {}
        }
    }
    let (ts, te) = task?;
    if te > note_start || units.is_empty() && deadline.is_none() {
        return None;
    }
    responsible_lead_beside_support(&mut units);
    // A date run into a unit cell by the table's conversion (…市交通运输局、 2025年12) when the deadline cell is
    // empty.
    if deadline.is_none() {
        deadline = cs
            .iter()
            .enumerate()
            .filter(|(i, _)| matches!(h.cols.get(*i), Some(Col::Units(_))))
            .find_map(|(_, &(a, b))| CELL_DATE.find(&p[a..b]).map(|m| m.as_str().to_string()));
    }
    Some((
        Note {
            start: note_start,
            end: p.len(),
            units,
            deadline,
        },
        ts,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Role;

    #[test]
    fn header_and_rows() {
        let h = header("序号\t重点任务\t牵头单位\t配合单位\t完成时限").expect("header");
        assert_eq!(
            h.cols,
            [
                Col::Index,
                Col::Task,
                Col::Units("牵头单位"),
                Col::Units("配合单位"),
                Col::Deadline
            ]
        );
        let ctx = GovContext {
            home: Some("临河区".into()),
        };
        let row = "1\t推进城市更新行动\t区住建局\t区发改委、区财政局\t2024年11月";
        let (n, task_start) = row_note(row, &h, &ctx, &LeadRule::None).expect("row");
        assert_eq!(&row[task_start..task_start + 6], "推进");
        let got = n.roles();
        assert_eq!(
            got,
            [
                ("临河区住房和城乡建设局".to_string(), Role::Lead),
                ("临河区发展和改革委员会".to_string(), Role::Support),
                ("临河区财政局".to_string(), Role::Support),
            ]
        );
        assert_eq!(n.deadline.as_deref(), Some("2024年11月"));
        assert_eq!(&row[n.units[1].unit.start..n.units[1].unit.end], "区发改委");
        assert!(header("一\t二\t三").is_none());
    }
}
