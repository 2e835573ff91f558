//! Roads named without a head word the rules of [`super::projects`] read: an expressway by the two places it
//! joins (京新高速, 包茂高速) and a national or provincial road by its number (338国道, 省道215线).

use super::lexicon::Rank;
use super::project_names::GENERIC_STEMS;
use super::project_words::*;
use super::projects::ProjectHit;
use super::text::is_han;

/// An expressway named by the two places it joins, written short (京新高速, 荣乌高速, 包茂高速), with a section or a
/// link road to a place (包茂高速横山连接线), standing alone or in a list: not 经济高速 (增长). So is a graded
/// highway (榆横一级公路).
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
    // (榆横一级公路, 包固一级公路: a graded highway so named.)
    let stem = &text[start..head];
    let head_word = ["一级公路", "二级公路"]
        .into_iter()
        .find(|g| text[head..].starts_with(g))
        .unwrap_or("高速");
    let head_end = head + head_word.len();
    let after = &text[end..];
    let alone = after
        .chars()
        .next()
        .is_none_or(|c| matches!(c, '、' | ',' | '。' | ';' | '和' | '及' | '与' | ')'))
        || WORKS_AFTER.iter().any(|w| after.starts_with(w));
    // (A graded highway's two characters are places' first ones: not 旗县一级公路, 城区一级公路.)
    let graded_by_places =
        head_word == "高速" || stem.chars().all(|c| REGION_INITIALS.contains(&c));
    (text[head..].starts_with(head_word)
        && graded_by_places
        && (end == head_end
            || ["段", "连接线", "联络线"]
                .iter()
                .any(|w| text[..end].ends_with(w)))
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

/// The first characters of the region's leagues, cities, banners and counties (and Yulin's), by which a road
/// between two of them is named short (榆横, 呼武, 包固).
static REGION_INITIALS: std::sync::LazyLock<rustc_hash::FxHashSet<char>> =
    std::sync::LazyLock::new(|| {
        let lex = &*super::lexicon::LEXICON;
        lex.places
            .iter()
            .filter(|p| matches!(p.rank, Rank::Prefecture | Rank::County))
            .filter(|p| lex.within(&p.name, "内蒙古自治区") || lex.within(&p.name, "榆林市"))
            .filter_map(|p| p.name.chars().next())
            .collect()
    });

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

/// A street's extension (阿尔丁大街西延线, 建华路北延工程, 民族东路东延段): the street by its name of two to four
/// characters, the way it is extended, and the works' word if written; not a kind of road (主干路北延, 快速路).
static STREET_EXTENSION: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"(\p{Han}{2,4})(?:大街|大道|路|街)[东西南北]延(?:伸)?(?:线|段|工程|项目)?")
        .unwrap_or_else(|_| unreachable!("static regex"))
});

/// The spans of streets' extensions written in `text` ([`STREET_EXTENSION`]).
pub(super) fn street_extensions(text: &str) -> Vec<(usize, usize)> {
    const KINDS: [&str; 14] = [
        "主干", "次干", "快速", "城市", "农村", "乡村", "高速", "国道", "省道", "县道", "公", "铁",
        "道", "支",
    ];
    if !text.contains('延') {
        return Vec::new();
    }
    STREET_EXTENSION
        .captures_iter(text)
        .filter_map(|c| {
            let whole = c.get(0)?;
            let stem = c.get(1)?;
            // The name starts after a verb or word the stem may have taken in (实施建华路 → 建华路).
            let start = super::phrase::name_start(text, stem.end(), 4).max(stem.start());
            let name = &text[start..stem.end()];
            (name.chars().count() >= 2 && !KINDS.iter().any(|k| name.ends_with(k)))
                .then_some((start, whole.end()))
        })
        .collect()
}

const ROADS: [&str; 5] = ["大街", "大道", "快速路", "路", "街"];
const ROAD_WORKS: [&str; 9] = [
    "快速路",
    "快速化",
    "改造",
    "提升",
    "拓宽",
    "延伸",
    "改扩建",
    "整治",
    "大修",
];
/// Kinds of road, not a road's name (乡村路, 背街, 主干路).
const ROAD_KINDS: [&str; 22] = [
    "乡村", "农村", "城市", "城区", "市政", "背街", "小巷", "县乡", "旅游", "产业", "资源", "通村",
    "通组", "街巷", "主干", "次干", "支", "断头", "老旧", "园区", "景区", "干线",
];

/// Whether `name`, written before 路, 街, 大街 or 大道, is a road's own name: two to four characters, no kind.
fn road_name(name: &str) -> bool {
    (2..=4).contains(&name.chars().count())
        && name.chars().all(is_han)
        && !ROAD_KINDS.iter().any(|k| name.contains(k))
        && !super::project_names::GENERIC_START
            .iter()
            .any(|g| name.starts_with(g))
}

/// The length of the road a road's works start with (驼峰路 of 驼峰路改造提升), when what is done to it follows.
pub(super) fn road_prefix(stem: &str) -> Option<usize> {
    ROADS.iter().find_map(|r| {
        stem.match_indices(r)
            .find(|(i, _)| {
                road_name(&stem[..*i])
                    && ROAD_WORKS
                        .iter()
                        .any(|w| stem[i + r.len()..].starts_with(w))
            })
            .map(|(i, _)| i + r.len())
    })
}

/// Whether `item` is a road named alone (肤施路 of 驼峰路、肤施路改造提升工程).
pub(super) fn road_alone(item: &str) -> bool {
    ROADS
        .iter()
        .any(|r| item.strip_suffix(r).is_some_and(road_name))
}

/// Works on a city's road named by its own name (昭君路快速路改造工程, 新华大街提升改造项目): two to four characters
/// before 路, 街, 大街 or 大道, then what is done to it; not a kind of road (乡村路, 背街, 主干路).
pub(super) fn road_works(stem: &str, head: &str) -> bool {
    matches!(head, "工程" | "项目") && road_prefix(stem).is_some()
}
