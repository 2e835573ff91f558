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
    /// The task column that names a project (项目名称), in a list of projects.
    pub project: Option<usize>,
    /// The column that says where it is built (建设地点).
    pub site: Option<usize>,
}

/// The cells of a project list's row that name its project and its site.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ProjectCells {
    /// Byte range of the project's name.
    pub name: (usize, usize),
    /// Byte range of its site, when the list has one.
    pub site: Option<(usize, usize)>,
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
    } else if has(&["领导", "责任人", "负责人", "联系人"]) && !has(&["单位", "部门", "主体"])
    {
        // 牵头领导, 责任人: people, not units.
        Col::Other
    } else if has(&["督办", "督查", "督导"]) {
        // 督办单位: who checks on the task, not who does it.
        Col::Other
    } else if has(&[
        "牵头单位",
        "牵头部门",
        "牵头处室",
        "牵头科室",
        "牵头责任单位",
    ]) {
        Col::Units("牵头单位")
    } else if has(&[
        "配合单位",
        "配合部门",
        "配合责任单位",
        "协办单位",
        "参与单位",
        "配合处室",
        "协办处室",
        "配合科室",
        "协办部门",
        "协同单位",
        "协同部门",
        "协助单位",
    ]) {
        Col::Units("配合单位")
    } else if has(&[
        "责任单位",
        "责任部门",
        "主责单位",
        "责任主体",
        "实施主体",
        "实施单位",
        "建设单位",
        "项目单位",
        "业主单位",
        "项目业主",
        "数据提供单位",
        "承办单位",
        "落实单位",
        "责任处室",
        "责任科室",
        "主办单位",
        "主办部门",
        "主责部门",
    ]) {
        Col::Units(if has(&["实施主体"]) {
            "实施主体"
        } else {
            "责任单位"
        })
    } else if has(&[
        "完成时限",
        "完成时间",
        "完成日期",
        "截止时间",
        "时间节点",
        "完成节点",
        "时间安排",
        "进度安排",
        "时间要求",
        "时限",
        "建设年限",
        "建设期限",
        "起止年限",
        "建设周期",
        "实施年限",
        // 开工/竣工时间, 计划竣工时间: when it is finished.
        "竣工",
    ]) {
        Col::Deadline
    } else if has(&["任务", "事项", "措施", "内容", "项目名称", "工作"]) {
        Col::Task
    } else {
        Col::Other
    }
}

/// The header of a task table: a row with a task column and a unit column.
pub fn header(p: &str) -> Option<Header> {
    let labels: Vec<&str> = cells(p).into_iter().map(|(a, b)| p[a..b].trim()).collect();
    let cols: Vec<Col> = labels.iter().map(|l| col(l)).collect();
    let has_task = cols.contains(&Col::Task);
    let has_units = cols.iter().any(|c| matches!(c, Col::Units(_)));
    let project = labels
        .iter()
        .position(|l| l.contains("项目名称") || *l == "项目");
    let site = labels.iter().position(|l| {
        [
            "建设地点",
            "项目地点",
            "实施地点",
            "建设位置",
            "所在地",
            "项目地址",
            "建设地址",
        ]
        .iter()
        .any(|w| l.contains(w))
    });
    let project = project.filter(|&i| cols[i] == Col::Task);
    // A list of projects may name no unit: its name and its site or construction period make it a table.
    let project_list = project.is_some() && (site.is_some() || cols.contains(&Col::Deadline));
    (has_task && (has_units || project_list)).then_some(Header {
        cols,
        project,
        site: project.and(site),
    })
}

/// A second header row under `h`, naming the columns under a label merged across them (序号 重点任务 责任单位
/// 完成时限 over 牵头单位 配合单位): its labels take those columns. Whether `p` is one. (A row that repeats the
/// labels merged down, as Word and web pages write it, is a whole header row of its own.)
pub fn sub_header(p: &str, h: &mut Header) -> bool {
    let labels: Vec<(usize, Col)> = cells(p)
        .into_iter()
        .map(|(a, b)| p[a..b].trim())
        .enumerate()
        .filter(|(_, l)| !l.is_empty())
        .map(|(i, l)| (i, col(l)))
        .collect();
    if labels.is_empty()
        || !labels
            .iter()
            .all(|(_, c)| matches!(c, Col::Units(_) | Col::Deadline))
    {
        return false;
    }
    for (i, c) in labels {
        if i >= h.cols.len() {
            h.cols.resize(i + 1, Col::Other);
        }
        h.cols[i] = c;
    }
    true
}

/// The project's name and site cells of a row of a project list (see [`Header::project`]).
pub fn project_cells(p: &str, h: &Header) -> Option<ProjectCells> {
    let cs = cells(p);
    let trimmed = |(a, b): (usize, usize)| {
        let t = &p[a..b];
        let lead = t.len() - t.trim_start().len();
        (a + lead, a + lead + t.trim().len())
    };
    let name = trimmed(*cs.get(h.project?)?);
    let site = h.site.and_then(|i| cs.get(i).copied()).map(trimmed);
    (p[name.0..name.1].chars().count() >= 4).then_some(ProjectCells {
        name,
        site: site.filter(|(a, b)| b > a),
    })
}

/// A row under `h` as a note: its units with roles and its deadline; the note spans the unit and deadline
/// cells. Also gives where the task cell starts. `None` for a row without a task.
pub fn row_note(p: &str, h: &Header, ctx: &GovContext, rule: &LeadRule) -> Option<(Note, usize)> {
    let cs = cells(p);
    let mut task: Option<(usize, usize)> = None;
    let mut units: Vec<Assigned> = Vec::new();
    let mut deadline = None;
    // Where the unit and deadline cells start, and where the last task cell with text ends: a unit cell before
    // a task's contents (项目名称 建设单位 建设内容 … 责任单位) leaves the contents out of the note.
    let mut note_cells: Vec<usize> = Vec::new();
    let mut last_task_end = 0;
    for (i, &(a, b)) in cs.iter().enumerate() {
        let text = &p[a..b];
        match h.cols.get(i).copied().unwrap_or(Col::Other) {
            Col::Task if !text.trim().is_empty() => {
                // The first task column names the task (重点任务 before 具体措施).
                task.get_or_insert((a, b));
                last_task_end = b;
            }
            Col::Units(label) => {
                note_cells.push(a);
                add_units(&mut units, text, a, Some(label), ctx, rule);
            }
            Col::Deadline => {
                note_cells.push(a);
                deadline = Some(text.trim().to_string()).filter(|d| !d.is_empty());
            }
            _ => {}
        }
    }
    let note_start = (note_cells.iter().copied())
        .filter(|&a| a >= last_task_end)
        .min()
        .or(note_cells.iter().copied().min())
        .unwrap_or(p.len());
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

/// Whether a column's empty cell repeats the cell above it: a lead or responsible unit cell merged down the
/// rows of a group of tasks (Word and Excel write a merged cell's text in its first row only). A 配合单位 cell may
/// be empty because no one supports.
fn fills_down(c: Col) -> bool {
    matches!(c, Col::Units(l) if l != "配合单位")
}

/// How a row under a header stands towards the merged cells above it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Merge {
    /// A row of its own lead units: the rows after it with empty lead cells share them.
    Filled,
    /// A task row with every lead cell empty: it shares the units of the last [`Merge::Filled`] row.
    Empty,
    /// A heading inside the table (二、产业发展 with no other cell), or a row without a task: merged cells end.
    Break,
}

/// How row `p` stands towards merged cells (see [`Merge`]).
pub fn merge(p: &str, h: &Header) -> Merge {
    let cs = cells(p);
    let col = |i: usize| h.cols.get(i).copied().unwrap_or(Col::Other);
    let text = |&(a, b): &(usize, usize)| p[a..b].trim();
    let Some(task) = cs
        .iter()
        .enumerate()
        .find(|(i, c)| col(*i) == Col::Task && !text(c).is_empty())
        .map(|(_, c)| text(c))
    else {
        return Merge::Break;
    };
    // Cells left empty at the end of a row may be cut off with their tabs: they count as empty.
    let fill: Vec<&str> = (0..h.cols.len().max(cs.len()))
        .filter(|&i| fills_down(col(i)))
        .map(|i| cs.get(i).map_or("", text))
        .collect();
    if fill.iter().any(|t| !t.is_empty()) {
        return Merge::Filled;
    }
    let others = cs
        .iter()
        .enumerate()
        .any(|(i, c)| col(i) != Col::Task && !text(c).is_empty());
    let heading = super::structure::heading_level(task).is_some() && task.chars().count() <= 25;
    if fill.is_empty() || task.chars().count() < 8 || heading && !others {
        Merge::Break
    } else {
        Merge::Empty
    }
}

/// Whether a row continues the task group above it: its first task cell (重点任务) is empty, merged down from the
/// row above, while a later one (具体措施) has text. Its empty deadline cell is merged down too.
pub fn sub_row(p: &str, h: &Header) -> bool {
    let cs = cells(p);
    let tasks: Vec<bool> = (h.cols.iter().enumerate())
        .filter(|(_, c)| **c == Col::Task)
        .map(|(i, _)| cs.get(i).is_some_and(|&(a, b)| !p[a..b].trim().is_empty()))
        .collect();
    tasks.len() >= 2 && !tasks[0] && tasks[1..].iter().any(|t| *t)
}

/// The units of the lead and responsible cells of a row (what an [`Merge::Empty`] row below repeats).
pub fn merged_units(p: &str, h: &Header, ctx: &GovContext, rule: &LeadRule) -> Vec<Assigned> {
    let mut units = Vec::new();
    for (i, &(a, b)) in cells(p).iter().enumerate() {
        if let Some(c @ Col::Units(label)) = h.cols.get(i).copied()
            && fills_down(c)
        {
            add_units(&mut units, &p[a..b], a, Some(label), ctx, rule);
        }
    }
    responsible_lead_beside_support(&mut units);
    units
}

/// The deadline cell of a row, when it has text.
pub fn deadline_cell(p: &str, h: &Header) -> Option<String> {
    cells(p)
        .into_iter()
        .enumerate()
        .find(|(i, _)| h.cols.get(*i) == Some(&Col::Deadline))
        .map(|(_, (a, b))| p[a..b].trim().to_string())
        .filter(|d| !d.is_empty())
}

/// Where the task cell of a row starts and where its first unit or deadline cell does (its note).
pub fn task_and_note_start(p: &str, h: &Header) -> Option<(usize, usize)> {
    let cs = cells(p);
    let task = cs
        .iter()
        .enumerate()
        .find(|&(i, &(a, b))| h.cols.get(i) == Some(&Col::Task) && !p[a..b].trim().is_empty())
        .map(|(_, &(a, _))| a)?;
    let note = cs
        .iter()
        .enumerate()
        .filter(|(i, _)| matches!(h.cols.get(*i), Some(Col::Units(_) | Col::Deadline)))
        .map(|(_, &(a, _))| a)
        .min()
        .unwrap_or(p.len());
    (note > task).then_some((task, note))
}

/// Row `p` as it reads with its empty merged cells (units, deadline) filled from row `above`, for a quote: each cell with text as
/// (from `above`, start, end).
pub fn filled_cells(p: &str, above: &str, h: &Header) -> Vec<(bool, usize, usize)> {
    let up = cells(above);
    cells(p)
        .into_iter()
        .enumerate()
        .map(|(i, (a, b))| match (h.cols.get(i), up.get(i)) {
            (Some(&c), Some(&(ua, ub)))
                if p[a..b].trim().is_empty() && (fills_down(c) || c == Col::Deadline) =>
            {
                (true, ua, ub)
            }
            _ => (false, a, b),
        })
        .filter(|&(up, a, b)| !(if up { above } else { p })[a..b].trim().is_empty())
        .collect()
}

#[cfg(test)]
#[path = "table_tests.rs"]
mod tests;
