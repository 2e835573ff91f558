//! Groups of governments in a list of units: the quantifier and levels of 各盟行政公署 / 有关盟市 that the
//! group's other half (、市人民政府, 、旗县人民政府) leaves out, and levels written in brackets (旗县(市、区)).

use super::departments::GOV_CORES;

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
