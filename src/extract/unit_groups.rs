//! Groups of governments in a list of units: the quantifier and levels of 各盟行政公署 / 有关盟市 that the
//! group's other half (、市人民政府, 、旗县人民政府) leaves out, and levels written in brackets (旗县(市、区)).

use super::departments::{GOV_CORES, GROUP, ends_like_unit};
use super::lexicon::LEXICON;
use regex::Regex;
use std::sync::LazyLock;

/// A group's levels with some in brackets (旗县(市、区)人民政府 → 旗县市区人民政府), or `None`.
pub(super) fn bracketed_levels(item: &str) -> Option<String> {
    let open = item.find('(')?;
    let close = open + item[open..].find(')')?;
    let inner = &item[open + 1..close];
    (!inner.is_empty() && inner.chars().all(|c| "盟市旗县区、".contains(c))).then(|| {
        format!(
            "{}{}{}",
            &item[..open],
            inner.replace('、', ""),
            &item[close + 1..]
        )
    })
}

/// A group of governments (各盟行政公署, 相关盟市人民政府): its quantifier and the words before its
/// government word (相关盟市), which the group's other half may leave out.
pub(super) fn government_group(item: &str) -> Option<(&'static str, String)> {
    let quantifier = ["各", "有关", "相关"]
        .into_iter()
        .find(|q| item.starts_with(q))?;
    // 各苏木镇、街道办事处: a group of local bodies named by their kind, without a government word.
    // 有关盟市、旗县人民政府: levels alone, their government word after the next item.
    let levels_only = levels_alone(item);
    let core = GOV_CORES
        .iter()
        .find(|g| item.ends_with(*g))
        .map(|g| g.len())
        .or_else(|| {
            (levels_only
                || ["镇", "乡", "苏木", "街道", "嘎查", "村", "社区", "办事处"]
                    .iter()
                    .any(|w| item.ends_with(w)))
            .then_some(0)
        })?;
    Some((quantifier, item[..item.len() - core].to_string()))
}

/// A group named by its quantifier and levels alone, without a government word (有关盟市, 各旗县).
pub(super) fn levels_alone(item: &str) -> bool {
    ["各", "有关", "相关"]
        .iter()
        .find_map(|q| item.strip_prefix(q))
        .is_some_and(|r| !r.is_empty() && r.chars().all(|c| "盟市旗县区".contains(c)))
}

/// A group of departments named by the governments they serve (各旗县区发展改革委, 有关盟市能源局, 四市医疗保障局):
/// the words naming the governments and the department's own name.
static DEPARTMENT_GROUP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^((?:各|有关|相关)(?:盟市|旗县市区|旗县区|旗县市|县市区|旗县|县区|旗区|旗市|市|盟|旗|县|区)|[两二三四五六七八九十]+(?:盟市|旗县区|旗县|市|盟|旗|县|区))(\p{Han}.*)$",
    )
    .unwrap_or_else(|_| unreachable!("static regex"))
});

/// The governments' words and the department of a group of departments (四市发展改革委 → 四市, 发展改革委), or
/// `None` (各旗县区人民政府, 有关部门, 各区县政府, 各市场主体).
pub(super) fn department_group(item: &str) -> Option<(&str, &str)> {
    let c = DEPARTMENT_GROUP.captures(item)?;
    let (govs, rest) = (c.get(1)?.as_str(), c.get(2)?.as_str());
    let department = rest.chars().count() >= 2
        && !rest.starts_with(['盟', '市', '旗', '县', '区', '直', '级', '场', '域', '属'])
        && ends_like_unit(rest)
        && !GROUP.is_match(rest)
        && !GOV_CORES.iter().any(|g| rest.starts_with(g));
    department.then_some((govs, rest))
}

/// Whether an item names a department by its name alone, with no government, place or group before it
/// (交通运输局 of 四市发展改革委、交通运输局): it belongs to what the item before it belongs to.
pub(super) fn bare_department(item: &str) -> bool {
    let levelled = [
        "自治区",
        "省",
        "市",
        "区",
        "旗",
        "县",
        "盟",
        "各",
        "有关",
        "相关",
        "中共",
        "团",
    ]
    .iter()
    .any(|p| item.starts_with(p))
        && !item.starts_with("市场")
        && !item.starts_with("区域");
    !levelled
        && ends_like_unit(item)
        && !GROUP.is_match(item)
        && !GOV_CORES.iter().any(|g| item.ends_with(g))
        && LEXICON.gaz.find(item).is_none_or(|m| m.start() > 0)
        && LEXICON.national(item).is_none()
}
