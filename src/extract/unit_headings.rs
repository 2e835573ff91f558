//! Units named ahead of their tasks, as a government's breakdown of its work report often writes them: a
//! heading over a group (一、市发展改革委牵头工作（8项） / 1.… / 2.…; （二）市住房和城乡建设局负责事项（6项）), whose
//! words say what the units do (牵头 → lead, 负责 / 承担 → responsible), or an item opened by its units and a
//! colon (1.市住建局：8月底前完成…).

use super::departments::{GovContext, looks_like_unit, parse_units};
use super::notes::{Assigned, LeadRule, Note, parse_content};
use super::unit_items::split_items;
use super::unit_roles::role_verb;
use crate::model::Role;
use regex::Regex;
use std::sync::LazyLock;

/// A count closing the heading: （8项）, (共12项), （3条）.
static COUNT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[(（]\s*共?\s*\d+\s*[项条件个]\s*[)）]$")
        .unwrap_or_else(|_| unreachable!("static regex"))
});

/// Verbs of a heading that a note's list does not close with (市住建局承担事项, …牵头落实的任务).
const HEADING_VERBS: [(&str, Role); 2] = [("牵头落实", Role::Lead), ("承担", Role::Responsible)];

/// Words naming the tasks after the verb, longest first (牵头的重点工作, 负责事项).
const TASK_WORDS: [&str; 8] = [
    "重点工作任务",
    "重点工作",
    "重点任务",
    "工作任务",
    "工作",
    "任务",
    "事项",
    "清单",
];

/// The units (spans in `body`, a heading's text without its number) that a heading gives the items under it,
/// with their role; `None` when the heading is not a unit's share of the work.
pub fn unit_heading(body: &str, gov: &GovContext) -> Option<Vec<Assigned>> {
    let mut t = body.trim_end().trim_end_matches([':', '：']).trim_end();
    if t.chars().count() > 70 || t.contains(['。', ';', '；']) {
        return None;
    }
    let counted = match COUNT.find(t) {
        Some(m) => {
            t = t[..m.start()].trim_end();
            true
        }
        None => false,
    };
    if let Some(w) = TASK_WORDS.iter().find(|w| t.ends_with(**w)) {
        t = t[..t.len() - w.len()].trim_end_matches('的');
    }
    // The verbs that close a list of units (…牵头, …负责, 由…牵头), as in notes; only those that give the work.
    let (units_part, role) = match role_verb(t) {
        (u, Some(role)) if matches!(role, Role::Lead | Role::Responsible) => (u, role),
        _ => match HEADING_VERBS.iter().find(|(v, _)| t.ends_with(v)) {
            Some((v, role)) => (t[..t.len() - v.len()].trim_start_matches('由'), *role),
            None if counted => (t, Role::Responsible),
            None => return None,
        },
    };
    // Spans are in `body`: the list starts where it stands in `t` (after a 由).
    let start = units_part.as_ptr() as usize - t.as_ptr() as usize;
    let list = units_part;
    let items = split_items(list);
    if items.is_empty() || items.iter().any(|&(a, b)| !looks_like_unit(&list[a..b])) {
        return None;
    }
    let units = parse_units(list, gov);
    if units.is_empty() {
        return None;
    }
    Some(
        units
            .into_iter()
            .map(|mut unit| {
                unit.start += start;
                unit.end += start;
                Assigned { unit, role }
            })
            .collect(),
    )
}

/// The units opening an item before a colon (1.市住建局：8月底前完成…; （三）赛罕区政府、市商务局：启动…), read as a
/// note before the task; `None` unless every item before the colon is a unit's name and a task follows.
pub fn leading_units(p: &str, gov: &GovContext, rule: &LeadRule) -> Option<Note> {
    // Most paragraphs have no colon: left at once.
    if !p.contains([':', '：']) {
        return None;
    }
    let start = super::structure::heading_level(p).map_or(0, |(_, len)| len);
    let body = &p[start..];
    let colon = body.find([':', '：'])?;
    let list = &body[..colon];
    let rest = &body[colon..];
    let colon_end = colon + rest.chars().next().map_or(1, char::len_utf8);
    if !(2..=60).contains(&list.chars().count()) || body[colon_end..].chars().count() < 6 {
        return None;
    }
    let items = split_items(list);
    // 联系单位：…, 主办单位：… are labels; 市发改委：联系人张三 is a contact.
    if items.is_empty()
        || items.iter().any(|&(a, b)| {
            let item = &list[a..b];
            !looks_like_unit(item) || item.ends_with("单位") || item.ends_with("部门")
        })
        || ["联系", "电话", "地址", "邮箱", "传真"]
            .iter()
            .any(|w| body[colon_end..].trim_start().starts_with(w))
    {
        return None;
    }
    let mut note = parse_content(p, start, start + colon, gov, rule, false)?;
    note.end = start + colon_end;
    (!note.units.is_empty()).then_some(note)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn got(body: &str) -> Option<Vec<(String, Role)>> {
        let gov = GovContext {
            home: Some("乌兰察布市".into()),
            ..Default::default()
        };
        unit_heading(body, &gov).map(|v| {
            v.into_iter()
                .map(|a| {
                    assert!(body[a.unit.start..a.unit.end].ends_with(['委', '局', '会', '府']));
                    (a.unit.label, a.role)
                })
                .collect()
        })
    }

    #[test]
    fn a_units_share_of_the_work() {
        assert_eq!(
            got("市发展改革委牵头工作(8项)"),
            Some(vec![("乌兰察布市发展和改革委员会".into(), Role::Lead)])
        );
        assert_eq!(
            got("市住房和城乡建设局、市自然资源局负责事项（6项）:"),
            Some(vec![
                ("乌兰察布市住房和城乡建设局".into(), Role::Responsible),
                ("乌兰察布市自然资源局".into(), Role::Responsible)
            ])
        );
        assert_eq!(
            got("由市工业和信息化局牵头的重点任务"),
            Some(vec![("乌兰察布市工业和信息化局".into(), Role::Lead)])
        );
        assert_eq!(
            got("集宁区人民政府(5项)"),
            Some(vec![("集宁区人民政府".into(), Role::Responsible)])
        );
    }

    #[test]
    fn other_headings_are_not() {
        for h in [
            "加强组织领导",
            "重点任务(12项)",
            "产业发展牵头工作",
            "推动工业园区高质量发展",
            "市发展改革委",
            "建立由市政府牵头的工作机制。各部门负责落实",
        ] {
            assert_eq!(got(h), None, "{h}");
        }
    }

    #[test]
    fn units_before_a_colon_open_their_task() {
        let gov = GovContext {
            home: Some("呼和浩特市".into()),
            ..Default::default()
        };
        let p = "3.赛罕区政府、市商务局:11月底启动内蒙古SKP旗舰店项目。";
        let n = leading_units(p, &gov, &LeadRule::None).expect("units");
        let got: Vec<&str> = n.units.iter().map(|a| a.unit.label.as_str()).collect();
        assert_eq!(got, ["赛罕区人民政府", "呼和浩特市商务局"]);
        assert_eq!(&p[n.end..], "11月底启动内蒙古SKP旗舰店项目。");
        for p in [
            "1.指导思想:以习近平新时代中国特色社会主义思想为指导",
            "(一)总体目标:到2025年,全市地区生产总值达到",
            "市发改委:",
            "联系单位:市发改委,联系电话:12345678。",
            "市发改委:联系人张三,电话0472-1234567。",
        ] {
            assert!(leading_units(p, &gov, &LeadRule::None).is_none(), "{p}");
        }
    }
}
