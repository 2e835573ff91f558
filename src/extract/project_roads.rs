//! Roads named without a head word the rules of [`super::projects`] read: an expressway by the two places it
//! joins (京新高速, 包茂高速) and a national or provincial road by its number (338国道, 省道215线).

use super::project_names::GENERIC_STEMS;
use super::project_words::*;
use super::projects::ProjectHit;
use super::text::is_han;

/// An expressway named by the two places it joins, written short (京新高速, 荣乌高速, 包茂高速) and standing alone or
/// in a list: not 经济高速 (增长).
pub(super) fn expressway(text: &str, start: usize, head: usize, end: usize) -> Option<ProjectHit> {
    const NOT_NAMES: [&str; 8] = [
        "经济", "保持", "实现", "继续", "持续", "全面", "较快", "城市",
    ];
    /// Works or progress after the name (包茂高速扩能改造, 京藏高速呼和浩特段改扩建).
    const WORKS_AFTER: [&str; 10] = [
        "改扩建",
        "扩能",
        "改造",
        "扩容",
        "建设",
        "前期",
        "续建",
        "开工",
        "通车",
        "全线",
    ];
    let stem = &text[start..head];
    let head_end = head + "高速".len();
    let after = &text[end..];
    let alone = after
        .chars()
        .next()
        .is_none_or(|c| matches!(c, '、' | ',' | '。' | ';' | '和' | '及' | '与' | ')'))
        || WORKS_AFTER.iter().any(|w| after.starts_with(w));
    (text[head..].starts_with("高速")
        && (end == head_end || text[..end].ends_with('段'))
        && alone
        && stem.chars().count() == 2
        && stem.chars().all(is_han)
        && !NOT_NAMES.contains(&stem)
        && !GENERIC_STEMS.contains(&stem))
    .then(|| ProjectHit {
        name: text[start..end].to_string(),
        start,
        end,
        connects: Vec::new(),
    })
}

/// Roads written by their number in words (338国道, 国道338线, 省道215线), not a length (新建国道100公里).
pub(super) fn road_numbers(text: &str) -> Vec<(usize, usize)> {
    // Most paragraphs name no such road: left at once.
    if !text.contains("国道") && !text.contains("省道") {
        return Vec::new();
    }
    ROAD_NUMBER
        .captures_iter(text)
        .filter_map(|c| c.get(1))
        .filter(|m| {
            let next = &text[m.end()..];
            !["公里", "千米", "km", "多", "余", "条", "万"]
                .iter()
                .any(|w| next.starts_with(w))
        })
        .map(|m| (m.start(), m.end()))
        .collect()
}
