//! The role an item of a list of units gives itself: a mark after it ((牵头), (配合)) or a verb closing its
//! clause (…牵头, …配合, …按职责分工负责); and the items that are dates, not units (2024年底前, 持续推进).

use regex::Regex;
use std::sync::LazyLock;

static ROLE_MARK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"[(（〔【\[](牵头|牵头单位|牵头部门|主责|负责|配合|配合单位|参与|协助|协办)[)）〕】\]]$",
    )
    .unwrap_or_else(|_| unreachable!("static regex"))
});

static DATE_ITEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\d{4}\s*年.{0,8}|\d{4}[./\-]\d{1,2}([./\-]\d{1,2})?.{0,3}|持续推进|长期坚持|长期推进|持续开展|逐年推进)$")
        .unwrap_or_else(|_| unreachable!("static regex"))
});

/// Whether a list item is a deadline rather than a unit (2024年底前, 持续推进).
pub fn is_date_item(item: &str) -> bool {
    DATE_ITEM.is_match(item.trim())
}

/// Role verbs that close a clause of units (自治区林草局牵头, 市财政局、市自然资源局配合, …按职责分工负责),
/// longest first.
const ROLE_VERBS: [(&str, crate::model::Role); 24] = {
    use crate::model::Role::{Lead, Responsible, Support};
    [
        ("按职责分工负责", Responsible),
        // 市生态环境局牵头落实, 市发改委牵头推进, 市财政局配合推进.
        ("牵头落实", Lead),
        ("牵头推进", Lead),
        ("牵头抓总", Lead),
        ("配合推进", Support),
        ("负责推进", Responsible),
        ("牵头负责", Lead),
        ("按职责负责", Responsible),
        ("协同推进", Support),
        ("分工负责", Responsible),
        ("负责落实", Responsible),
        ("具体负责", Responsible),
        ("共同负责", Responsible),
        ("配合落实", Support),
        // 市生态环境局牵头,各旗县市区政府落实: the governments carry it out beside the lead; so do those that bear
        // its duty where it lies (…人民政府落实属地责任).
        ("落实属地管理责任", Support),
        ("落实属地责任", Support),
        ("履行属地责任", Support),
        ("落实", Support),
        ("牵头", Lead),
        ("负责", Responsible),
        ("配合", Support),
        ("协助", Support),
        ("参与", Support),
        ("协同", Support),
    ]
};

/// Verbs that share a task out by duty (…按职责分工负责): responsible alone, supporting beside a lead.
pub(super) const SHARED_VERBS: [&str; 3] = ["按职责分工负责", "分工负责", "按职责负责"];

/// How units share the role their verb gives them, written between them and it (区教育局、区卫健委分别牵头,
/// 市教育局和市卫健委共同牵头): no part of the last unit's name.
pub(super) const SHARING: [&str; 3] = ["分别", "共同", "各自"];

/// `unit` without a [`SHARING`] word at its end.
pub(super) fn without_sharing(unit: &str) -> &str {
    SHARING
        .iter()
        .find_map(|w| unit.strip_suffix(w))
        .unwrap_or(unit)
}

/// Splits a role verb that closes a clause off its last item (and a 由 before the units): the role applies
/// to the clause's every unit.
pub(super) fn role_verb(item: &str) -> (&str, Option<crate::model::Role>) {
    for (verb, role) in ROLE_VERBS {
        if let Some(unit) = item.strip_suffix(verb) {
            let unit = unit.strip_prefix('由').unwrap_or(unit);
            let unit = without_sharing(unit);
            if !unit.is_empty() {
                return (unit, Some(role));
            }
        }
    }
    (item, None)
}

/// Whether a clause ends with a role verb after its units (…牵头, …配合, …负责落实).
pub fn has_role_verb(clause: &str) -> bool {
    role_verb(clause.trim()).1.is_some()
}

/// Splits a trailing (牵头) / (配合) mark, or a closing role verb, off an item.
pub(super) fn role_mark(item: &str) -> (&str, Option<crate::model::Role>) {
    let (item, verb) = role_verb(item);
    if verb.is_some() {
        return (item, verb);
    }
    match ROLE_MARK.captures(item) {
        Some(c) => {
            let at = c.get(0).map(|m| m.start()).unwrap_or(item.len());
            let mark = c.get(1).map(|m| m.as_str()).unwrap_or("");
            let role = if mark.starts_with("牵头") || mark == "主责" || mark == "负责" {
                crate::model::Role::Lead
            } else {
                crate::model::Role::Support
            };
            (item[..at].trim_end(), Some(role))
        }
        None => (item, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Role;

    #[test]
    fn a_closing_verb_and_how_units_share_it() {
        assert_eq!(role_verb("由市能源局牵头"), ("市能源局", Some(Role::Lead)));
        assert_eq!(
            role_verb("阿拉善盟人民政府落实属地责任"),
            ("阿拉善盟人民政府", Some(Role::Support))
        );
        assert_eq!(
            role_verb("区卫健委分别牵头"),
            ("区卫健委", Some(Role::Lead))
        );
        assert_eq!(
            role_verb("市财政局共同负责"),
            ("市财政局", Some(Role::Responsible))
        );
        assert_eq!(role_verb("市能源局"), ("市能源局", None));
    }
}
