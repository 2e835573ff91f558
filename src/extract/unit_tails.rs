//! Units in running text that the unit pattern of [`super::running`] stops short of or cannot see: an office
//! written after its government (县政府办, 市政府办公室), a branch written after its bureau
//! (市生态环境局靖边分局, 市公安局交警支队), and a government's service unit (县招商服务中心, 县农技推广站)
//! where it is given its role.

use regex::Regex;
use std::sync::LazyLock;

/// Offices of a government or a party committee, written right after it.
const OFFICES: [&str; 9] = [
    "办公厅",
    "办公室",
    "研究室",
    "督查室",
    "宣传部",
    "组织部",
    "统战部",
    "政法委",
    "编办",
];

/// What may follow a unit named in a list or given its role: the words that make 办 an office (县政府办、…;
/// 县政府办负责…), not a verb (市政府办理, 县政府办好民生实事).
fn ends_unit(after: &str) -> bool {
    after.chars().next().is_none_or(|c| !super::text::is_han(c))
        || ["和", "及", "与", "等", "联合"]
            .iter()
            .any(|w| after.starts_with(w))
        || given_role(after)
}

/// Whether a unit is given its role by the words after it (要…, 负责, 牵头, 配合 …; not 要求).
pub(super) fn given_role(after: &str) -> bool {
    ["要", "负责", "牵头", "配合", "会同", "协助", "按职责"]
        .iter()
        .any(|w| after.starts_with(w))
        && !after.starts_with("要求")
}

/// The end of a government's office written right after the unit that ends at `e` (a government or a party
/// committee), or `e`.
pub(super) fn office_after(text: &str, e: usize) -> usize {
    let after = &text[e..];
    if let Some(o) = OFFICES.iter().find(|o| after.starts_with(**o)) {
        return e + o.len();
    }
    // 县政府办: the office by its short name.
    if text[..e].ends_with("政府")
        && let Some(rest) = after.strip_prefix('办')
        && ends_unit(rest)
    {
        return e + '办'.len_utf8();
    }
    e
}

/// A branch of the bureau ending at `e`, written after it: a place's name or a few words, then 分局 / 支队 /
/// 大队 (市生态环境局靖边分局, 市公安局交警支队), followed by a list's join or a role.
static BRANCH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[\p{Han}]{0,8}?(?:分局|支队|大队)")
        .unwrap_or_else(|_| unreachable!("static regex"))
});

/// The end of a branch written after the bureau that ends at `e`, or `e`.
pub(super) fn branch_after(text: &str, e: usize) -> usize {
    if !text[..e].ends_with('局') {
        return e;
    }
    match BRANCH.find(&text[e..]) {
        Some(m) if ends_unit(&text[e + m.end()..]) => e + m.end(),
        _ => e,
    }
}

/// A government's service unit (中心, 站, 院, 馆, 所) at a clause's start or in a list of units, with its
/// prefix.
static SERVICE_UNIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:自治区|市|区|旗|县|盟)[\p{Han}]{2,10}?(?:中心|站|院|馆|所)")
        .unwrap_or_else(|_| unreachable!("static regex"))
});

/// The rest of a list of units and the role it is given (、县林业局等牵头部门,要…; 负责…).
static LIST_THEN_ROLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:[、和及与][\p{Han}]{2,20}?)*(?:等[\p{Han}]{0,4}?(?:部门|单位))?[,，]?(?:要[^求]|负责|牵头|配合|会同|协助|按职责)",
    )
    .unwrap_or_else(|_| unreachable!("static regex"))
});

/// Service units (县招商服务中心, 县农技推广站, 市人民医院) named at a clause's start or in a list whose role
/// follows (县发改局、县招商服务中心等牵头部门,要…): spans in `text`. Where none is given a role, the names are
/// the facilities' (建设市大数据中心), not units at work.
pub(super) fn service_units(
    text: &str,
    starts_clean: impl Fn(&str) -> bool,
) -> Vec<(usize, usize)> {
    if !super::text::contains_any(text, &["中心", "站", "院", "馆", "所"]) {
        return Vec::new();
    }
    let mut out = Vec::new();
    for m in SERVICE_UNIT.find_iter(text) {
        let before = super::text::suffix(&text[..m.start()], 12);
        let listed = before.ends_with('、');
        let core = m.as_str().strip_prefix("自治区").unwrap_or(m.as_str());
        if !(listed || starts_clean(before))
            || NOT_SERVICE.iter().any(|w| m.as_str().starts_with(w))
            // 县发改局负责…中心: another unit or a verb inside is no one name.
            || ["局", "厅", "委", "负责", "牵头", "配合", "建设"]
                .iter()
                .chain(super::running::VERBS.iter())
                .any(|w| core.contains(w))
        {
            continue;
        }
        let after = &text[m.end()..];
        let clause = after
            .find(['。', ';', '；', ':', '：'])
            .map_or(after, |i| &after[..i]);
        if LIST_THEN_ROLE.is_match(clause) {
            out.push((m.start(), m.end()));
        }
    }
    out
}

/// Prefix + next characters that make an ordinary word, not a unit's government (市民服务中心 is a hall).
const NOT_SERVICE: [&str; 10] = [
    "市民", "市场", "区域", "县域", "县城", "区位", "市区", "市县", "旗县", "市域",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offices_and_branches_after_their_unit() {
        let t = "县政府办、县发改局负责";
        assert_eq!(&t[..office_after(t, "县政府".len())], "县政府办");
        let t = "县政府办好民生实事";
        assert_eq!(office_after(t, "县政府".len()), "县政府".len());
        let t = "市政府办公室牵头";
        assert_eq!(&t[..office_after(t, "市政府".len())], "市政府办公室");
        let t = "市生态环境局靖边分局、县招商服务中心";
        assert_eq!(
            &t[..branch_after(t, "市生态环境局".len())],
            "市生态环境局靖边分局"
        );
        let t = "市公安局交警支队负责";
        assert_eq!(&t[..branch_after(t, "市公安局".len())], "市公安局交警支队");
        // A branch to be set up is no unit at work.
        let t = "市生态环境局设立分局的工作";
        assert_eq!(branch_after(t, "市生态环境局".len()), "市生态环境局".len());
    }

    #[test]
    fn service_units_where_given_a_role() {
        let clean = |b: &str| b.is_empty() || b.ends_with(['，', ',', '。']) || b.ends_with('由');
        let names = |t: &str| -> Vec<String> {
            service_units(t, clean)
                .into_iter()
                .map(|(s, e)| t[s..e].to_string())
                .collect()
        };
        assert_eq!(
            names("县发改局、县招商服务中心等牵头部门,要于每次调度会议前梳理进展"),
            ["县招商服务中心"]
        );
        assert_eq!(names("由县农技推广站负责技术指导"), ["县农技推广站"]);
        assert_eq!(names("县人民医院要在年底前完成改造"), ["县人民医院"]);
        // Facilities built, a hall, a list of facilities: no unit at work.
        assert!(names("建设市大数据中心、市政务服务中心等项目").is_empty());
        assert!(names("市民服务中心负责受理").is_empty());
        assert!(names(",市政务服务中心、市档案馆等场馆建成投用").is_empty());
    }
}
