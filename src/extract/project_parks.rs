//! Parks and zones among project names: kinds of park that say nothing of which park it is (高新技术,
//! 电子商务), the adjectives before them, and whether a stem names one park (金山高新技术产业开发区) or a kind.

use super::lexicon::LEXICON;
use super::project_names::*;
use super::text::is_han;

/// Kinds of park that say nothing of which park it is.
pub(super) const PARK_TYPES: [&str; 14] = [
    "经济技术",
    "经济",
    "空港",
    "高新技术",
    "循环经济",
    "现代农业",
    "工业",
    "产业",
    "物流",
    "科技",
    "化工",
    "能源",
    "农业",
    "生态",
];

/// A named park inside the stem (大路工业园区煤制烯烃 → 大路): a name of two characters or more before the
/// park's kind.
pub(super) fn named_park(stem: &str) -> bool {
    let Some(at) = [
        "园区",
        "开发区",
        "高新区",
        "产业园",
        "工业园",
        "工业区",
        "新区",
    ]
    .iter()
    .filter_map(|h| stem.rfind(h))
    .max() else {
        return false;
    };
    let mut name = &stem[..at];
    while let Some(rest) = PARK_TYPES.iter().find_map(|t| name.strip_suffix(t)) {
        name = rest;
    }
    name.chars().count() >= 2
        && name.chars().all(super::text::is_han)
        // 城区至园区(公路): a route's end, not a park's name.
        && !name.contains(['至', '到'])
        && !GENERIC_START.iter().any(|g| name.starts_with(g))
        && !QUALIFIERS.contains(&name)
        // 肉羊产业园配套设施: a park named by its sector alone is a kind of park.
        && LEXICON
            .ind
            .find(name)
            .is_none_or(|m| m.start() > 0 || m.end() < name.len())
}

/// Heads of parks whose name alone is enough (如意开发区, 托电工业园区); before other park heads the name must
/// come with a sector (金桥电子商务产业园), or 特色产业园, 职教园区 would be names too.
pub(super) const STRONG_PARK_HEADS: [&str; 6] = [
    "开发区",
    "高新区",
    "工业园区",
    "物流园区",
    "工业园",
    "工业区",
];
pub(super) const WEAK_PARK_HEADS: [&str; 6] =
    ["产业园区", "产业园", "科技园", "创业园", "园区", "物流园"];
/// Words before a park's kind that say what sort of park it is, not which.
pub(super) const PARK_ADJECTIVES: [&str; 31] = [
    "特色",
    "现代",
    "省级",
    "国家级",
    "自治区级",
    "市级",
    "盟级",
    "县级",
    "新型",
    "综合",
    "专业",
    "示范",
    "创新",
    "绿色",
    "智慧",
    "数字",
    "低碳",
    "零碳",
    "大型",
    "配套",
    "承接",
    "周边",
    "园中",
    "城市",
    "功能",
    "标准化",
    "专业化",
    "现有",
    "合作",
    "一流",
    "临空",
];
/// Characters that do not occur in a park's own name but do in the phrase before it (了, 的, 区内外 …).
pub(super) const NOT_IN_NAME: [char; 22] = [
    '了', '的', '之', '其', '在', '与', '和', '及', '或', '等', '为', '被', '把', '将', '内', '外',
    '往', '向', '从', '对', '于', '级',
];

/// A park named before its kind (金山高新技术产业开发区, 如意开发区, 金桥电子商务产业园): the stem, without the
/// park's kind words and sectors, keeps a name of two to five characters.
pub(super) fn park_named_by_stem(stem: &str, head: &str) -> bool {
    let strong = STRONG_PARK_HEADS.contains(&head);
    if !strong && !WEAK_PARK_HEADS.contains(&head) {
        return false;
    }
    let lex = &*LEXICON;
    let (name, sector) = strip_kinds(stem, &[]);
    // 经济开发区, 工业园区: a kind alone names no park.
    if PARK_TYPES.contains(&name) {
        return false;
    }
    let n = name.chars().count();
    (strong || sector)
        && (2..=5).contains(&n)
        && name.chars().all(|c| is_han(c) && !NOT_IN_NAME.contains(&c))
        && !GENERIC_START.iter().any(|g| name.starts_with(g))
        && !PARK_ADJECTIVES.iter().any(|g| name.ends_with(g))
        && !QUALIFIERS.contains(&name)
        && lex
            .ind
            .find(name)
            .is_none_or(|m| m.start() > 0 || m.end() < name.len())
}

/// What a stem names once the sectors and kinds of work at its end are taken off (明阳智能风电装备制造 → 明阳智能).
pub(super) fn name_before_sector(stem: &str) -> &str {
    strip_kinds(
        stem,
        &["制造", "加工", "生产", "研发", "装备", "产业", "示范"],
    )
    .0
}

/// The stem without the sectors (电子商务), park kinds (高新技术) and `extra` words at its end, something always
/// left before them; and whether a sector was among them.
pub(super) fn strip_kinds<'a>(stem: &'a str, extra: &[&str]) -> (&'a str, bool) {
    let lex = &*LEXICON;
    let mut name = stem;
    let mut sector = false;
    loop {
        if let Some(m) = lex.ind.find_iter(name).last()
            && m.end() == name.len()
            && m.start() > 0
        {
            name = &name[..m.start()];
            sector = true;
            continue;
        }
        match PARK_TYPES
            .iter()
            .chain(extra.iter())
            .find_map(|t| name.strip_suffix(t).filter(|r| !r.is_empty()))
        {
            Some(rest) => name = rest,
            None => return (name, sector),
        }
    }
}
