//! Roles stated in running text, for tasks without a note: 由市水利局牵头，市生态环境局、市住房和城乡建设局配合，
//! 实施…; 市生态环境局要会同市发展改革委、市工业和信息化局加快推进…; 市林业和草原局负责组织实施…. The verb
//! right after a unit (or a list of units joined by 、 和 及 与) gives their role; 会同 makes the units before it
//! lead and the list after it support. A unit in a description of a mechanism (建立由市政府牵头的工作机制) has
//! none.

use super::departments::Unit;
use crate::model::Role;
use regex::Regex;
use std::sync::LazyLock;

/// What a verb after units says of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Verb {
    /// 牵头.
    Lead,
    /// 会同 / 牵头会同: the units lead, those after it support.
    LeadWith,
    /// 配合, 协同, 协助, 参与.
    Support,
    /// 负责.
    Responsible,
    /// 按职责分工负责: responsible, or supporting beside a lead.
    Shared,
}

/// Verbs in the order they are tried (longest first where one starts another).
const VERBS: [(&str, Verb); 21] = [
    ("牵头会同", Verb::LeadWith),
    ("牵头负责", Verb::Lead),
    // 县发改局负总责: the overall charge, the lead.
    ("负总责", Verb::Lead),
    ("总牵头", Verb::Lead),
    ("按职责分工负责", Verb::Shared),
    ("按职责负责", Verb::Shared),
    ("分工负责", Verb::Shared),
    ("会同", Verb::LeadWith),
    ("联合", Verb::LeadWith),
    ("牵头", Verb::Lead),
    ("配合", Verb::Support),
    ("协同", Verb::Support),
    ("协助", Verb::Support),
    ("参与", Verb::Support),
    ("具体负责", Verb::Responsible),
    ("具体实施", Verb::Responsible),
    ("负责落实", Verb::Responsible),
    ("负责", Verb::Responsible),
    ("主责", Verb::Responsible),
    // 市财政局做好资金保障: its share of the work.
    ("做好", Verb::Shared),
    ("抓好", Verb::Shared),
];

/// Words between a unit and its verb that leave the verb its own (市生态环境局要会同, 市发改委等部门牵头).
const BEFORE_VERB: [&str; 10] = [
    "等有关部门",
    "等相关部门",
    "等部门",
    "等单位",
    // 区教育局、区卫健委分别牵头; 市教育局和市卫健委共同牵头 (unit_roles::SHARING).
    super::unit_roles::SHARING[0],
    super::unit_roles::SHARING[1],
    super::unit_roles::SHARING[2],
    "要",
    "将",
    "等",
];

/// What follows a verb when the units describe a mechanism rather than take a task (建立由市政府牵头的工作机制,
/// 构建由区应急管理局牵头，…共同参与的联席会议机制).
static MECHANISM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"的[\p{Han}]{0,8}(机制|体系|格局|模式|专班|小组|工作组|联席会议|制度)")
        .unwrap_or_else(|_| unreachable!("static regex"))
});

/// Units that drafted the document a text reports on (市工信局会同市发展改革委起草了《行动方案》: a policy reading's
/// background), not a task given to them.
static DRAFTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(起草|草拟|编制|制定|制订|印发|出台)了")
        .unwrap_or_else(|_| unreachable!("static regex"))
});

/// Joins between units of one list.
fn list_gap(gap: &str) -> bool {
    matches!(gap, "、" | "和" | "及" | "与" | "以及")
}

fn verb_after(after: &str) -> Option<(Verb, usize)> {
    let mut rest = after;
    while let Some(r) = BEFORE_VERB.iter().find_map(|w| rest.strip_prefix(w)) {
        rest = r;
    }
    let Some((word, verb)) = VERBS.iter().find(|(w, _)| rest.starts_with(w)) else {
        // 市住建局要在8月底完成…: a unit that is to do something is responsible for it (not 要求, what it asks
        // of others).
        if after.starts_with('要') && !after.starts_with("要求") && rest.len() < after.len() {
            let verb = if helps_in_sentence(after) {
                Verb::Support
            } else {
                Verb::Responsible
            };
            return Some((verb, '要'.len_utf8()));
        }
        // 市住建局是老旧小区改造的牵头单位, 各区政府为…的责任主体: the role the sentence names.
        if let Some(role) = named_role(after) {
            return Some(role);
        }
        // 赛罕区政府11月底启动…项目: a unit with a date and what it does by then.
        return dated_action(after).map(|end| (Verb::Responsible, end));
    };
    let end = after.len() - rest.len() + word.len();
    // 牵头的…: an attribute, not an assignment; 负责领导, 负责同志, 负责人: the person in charge; 负责解释: who
    // reads the document for others (本措施…由市发展改革委负责解释).
    if after[end..].starts_with('的')
        || verb == &Verb::Responsible
            && ["领导", "同志", "人", "解释"]
                .iter()
                .any(|w| after[end..].starts_with(w))
    {
        return None;
    }
    Some((*verb, end))
}

/// A role named after 是 / 为 within the clause (是管网改造的责任主体, 为牵头单位): lead for 牵头, else responsible.
static NAMED_ROLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:是|为)[^,，。;；]{0,20}?(牵头单位|牵头部门|责任主体|责任单位|主体责任单位|第一责任单位)(?:[,，。;；]|$)")
        .unwrap_or_else(|_| unreachable!("static regex"))
});

fn named_role(after: &str) -> Option<(Verb, usize)> {
    let c = NAMED_ROLE.captures(after)?;
    let word = c.get(1)?;
    let verb = if word.as_str().starts_with("牵头") {
        Verb::Lead
    } else {
        Verb::Responsible
    };
    Some((verb, word.end()))
}

/// What a unit does by a date (启动, 建成投用, 全面开工 …).
const ACTIONS: [&str; 16] = [
    "完成", "启动", "开工", "建成", "投用", "投产", "实现", "开展", "新建", "改造", "出台", "制定",
    "编制", "印发", "上线", "举办",
];

/// The end of a date that opens `after` when an action follows it (11月底启动, 5月底建成投用, 12月中旬全面开工).
fn dated_action(after: &str) -> Option<usize> {
    let date = super::notes::date_at_start(after)?;
    let rest = &after[date.len()..];
    let rest = ["前", "全面", "基本", "力争", "正式"]
        .iter()
        .fold(rest, |r, w| r.strip_prefix(w).unwrap_or(r));
    ACTIONS
        .iter()
        .any(|w| rest.starts_with(w))
        .then_some(date.len())
}

/// The end of the sentence or clause group that starts at `at` (the next 。 ； or the paragraph's end).
/// 各镇人民政府要落实属地责任，配合做好…: a unit to do its part that then helps with the work (what follows the
/// unit says so in a later clause of its sentence) is the work's support.
pub(super) fn helps_in_sentence(after: &str) -> bool {
    let sentence = &after[..sentence_end(after, 0)];
    ["，配合", ",配合", "，协助", ",协助", "，协同", ",协同"]
        .iter()
        .any(|w| sentence.contains(w))
}

fn sentence_end(text: &str, at: usize) -> usize {
    text[at..]
        .find(['。', ';', '；', '!', '?'])
        .map_or(text.len(), |i| at + i)
}

/// The role running text gives each of `units` (spans in `text`, in order); `None` for a unit it only names.
pub fn roles(text: &str, units: &[Unit]) -> Vec<Option<Role>> {
    let n = units.len();
    let mut out: Vec<Option<Role>> = vec![None; n];
    let mut shared: Vec<bool> = vec![false; n];
    let mut i = 0;
    while i < n {
        let mut j = i;
        while j + 1 < n
            && units[j].end <= units[j + 1].start
            && list_gap(&text[units[j].end..units[j + 1].start])
        {
            j += 1;
        }
        let after = &text[units[j].end..];
        let Some((verb, verb_end)) = verb_after(after) else {
            i = j + 1;
            continue;
        };
        let sentence = &text[units[i].start..sentence_end(text, units[j].end + verb_end)];
        if MECHANISM.is_match(sentence) || DRAFTED.is_match(sentence) {
            i = j + 1;
            continue;
        }
        let role = match verb {
            Verb::Lead | Verb::LeadWith => Role::Lead,
            Verb::Support => Role::Support,
            Verb::Responsible | Verb::Shared => Role::Responsible,
        };
        for k in i..=j {
            out[k] = Some(role);
            shared[k] = verb == Verb::Shared;
        }
        // 会同市发展改革委、市工业和信息化局: the list right after 会同 supports; so does one after a clause's
        // lead (市市场监管局牵头,会同市应急管理局…; 由市住建局负责,联合市城管局…).
        let mut next = j + 1;
        let with_after = |at: usize| {
            let rest = &text[at..];
            let rest = rest.strip_prefix([',', '，']).unwrap_or(rest);
            ["会同", "联合"]
                .iter()
                .find_map(|w| rest.strip_prefix(w))
                .map(|r| text.len() - r.len())
        };
        let list_at = if verb == Verb::LeadWith {
            Some(units[j].end + verb_end)
        } else if verb == Verb::Lead || verb == Verb::Responsible {
            with_after(units[j].end + verb_end)
        } else {
            None
        };
        if list_at.is_some_and(|at| next < n && units[next].start == at) {
            out[next] = Some(Role::Support);
            while next + 1 < n
                && units[next].end <= units[next + 1].start
                && list_gap(&text[units[next].end..units[next + 1].start])
            {
                next += 1;
                out[next] = Some(Role::Support);
            }
            next += 1;
        }
        i = next;
    }
    // 由市交通运输局牵头，市发展改革委按职责分工负责: beside a lead, the units sharing the work support it.
    if out.contains(&Some(Role::Lead)) {
        for (r, s) in out.iter_mut().zip(shared) {
            if s {
                *r = Some(Role::Support);
            }
        }
    }
    out
}

/// Whether `text` holds a word that gives a unit its role (a cheap test before looking for units).
pub fn may_give_roles(text: &str) -> bool {
    [
        "牵头",
        "负责",
        "会同",
        "要",
        "月底",
        "旬",
        "责任主体",
        "责任单位",
        "负总责",
        "具体实施",
    ]
    .iter()
    .any(|w| text.contains(w))
}

/// Whether running text gives units a role (由市商务局牵头，市交通运输局配合): a numbered paragraph without a note
/// that says so is a task even in a document whose other tasks have notes.
pub fn gives_roles(text: &str, gov: &super::departments::GovContext) -> bool {
    if !may_give_roles(text) {
        return false;
    }
    // (A group given a role, 各旗县区政府负责…, makes no paragraph a task: every plan says it of every part.)
    let mut units = super::running::find_units(text, gov, &[]);
    units.retain(|u| u.kind != super::departments::UnitKind::Group);
    roles(text, &units).iter().any(Option::is_some)
}

#[cfg(test)]
#[path = "prose_roles_tests.rs"]
mod tests;
