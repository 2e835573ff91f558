//! Where a project's name ends at its head word (…高铁, …园区, …项目): what may follow the head (a verb, a
//! phase, a stage, a boundary word, a sector after an area's name), a road's or railway's section (…乌海段)
//! that runs on, and names strong enough to end at their head whatever follows.

use super::lexicon::LEXICON;
use super::phrase::{is_clause_break, name_start};
use super::project_words::*;
use super::text::is_han;

/// The end of a section name (…乌海段) right after a road or railway head.
pub(super) fn section_end(text: &str, head: &str, end: usize) -> Option<usize> {
    const ROUTES: [&str; 7] = [
        "高速公路",
        "高速",
        "公路",
        "铁路",
        "高铁",
        "高速铁路",
        "城际铁路",
    ];
    if !ROUTES.contains(&head) {
        return None;
    }
    // (…高速横山连接线: a link road to a place, like a section through it.)
    let rest = &text[end..];
    let (i, len) = rest
        .char_indices()
        .take(9)
        .take_while(|(_, c)| is_han(*c))
        .find_map(|(i, c)| {
            if c == '段' {
                return Some((i, c.len_utf8()));
            }
            ["连接线", "联络线"]
                .iter()
                .find(|w| rest[i..].starts_with(**w))
                .map(|w| (i, w.len()))
        })?;
    (i >= 3).then(|| end + i + len)
}

/// A stage after a project's head (二阶段, 第一阶段).
pub(super) static STAGE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"^第?[一二三四五六七八九十\d]{1,2}阶段")
        .unwrap_or_else(|_| unreachable!("static regex"))
});

pub(super) fn head_ends_name(text: &str, end: usize) -> bool {
    let next = &text[end..];
    match next.chars().next() {
        None => true,
        // “农牧业产业强镇建设项目”: a closing quote ends the name.
        Some('”' | '’' | '」' | '』' | '…') => true,
        // …电机项目12月底前投产, …工程2025年建成: the date the works are due by.
        Some(c) if c.is_ascii_digit() => {
            super::notes::date_at_start(next).is_some()
                || super::project_names::YEAR
                    .find(next)
                    .is_some_and(|m| m.start() == 0)
        }
        Some(c) if !is_han(c) => is_clause_break(c) || c.is_ascii_whitespace(),
        // A verb after the head (产业园区承接项目落地) ends the name too.
        Some(_) => {
            AFTER_HEAD.iter().any(|w| next.starts_with(w))
                // …电厂三期, …示范项目二阶段: a phase or stage of the named works.
                || PHASE.is_match(next)
                || STAGE.is_match(next)
                || STATUS_AFTER_HEAD.iter().any(|w| next.starts_with(w))
                || super::phrase::BOUNDARY_WORDS
                    .iter()
                    .any(|w| w.len() > 3 && next.starts_with(w))
                || sector_after_area(text, end)
        }
    }
}

/// An area's head followed by a sector of the taxonomy as an industry (榆横工业区煤化工产业高端化发展,
/// …园区新能源产业发展): the area's name ends there. Not where the sector names a park or base of the area
/// (高新区大数据产业园).
pub(super) fn sector_after_area(text: &str, end: usize) -> bool {
    const AREAS: [&str; 8] = [
        "工业区",
        "园区",
        "开发区",
        "高新区",
        "新区",
        "经济区",
        "工业园",
        "产业园",
    ];
    if !AREAS.iter().any(|a| text[..end].ends_with(a)) {
        return false;
    }
    let mut next = super::text::prefix(&text[end..], 60);
    // (…园区氯碱化工、精细化工产业链延伸: a list of sectors.)
    loop {
        let Some(m) = LEXICON.ind.find(next).filter(|m| m.start() == 0) else {
            return false;
        };
        match next[m.end()..].strip_prefix(['、', '和']) {
            Some(r) => next = r,
            None => {
                next = &next[m.end()..];
                break;
            }
        }
    }
    let Some(rest) = next.strip_prefix("产业") else {
        return false;
    };
    ![
        "园",
        "基地",
        "示范",
        "中心",
        "项目",
        "集聚区",
        "聚集区",
        "孵化",
    ]
    .iter()
    .any(|w| rest.starts_with(w))
}

pub(super) fn continues_head(next: &str) -> bool {
    CONTINUATIONS.iter().any(|w| next.starts_with(w))
        // 综合治理工程: the name runs on to the next head.
        || HEAD.find(next).is_some_and(|m| m.start() == 0)
}

/// Whether the words just before a head (back to the clause's start) begin with a place or a river, lake or
/// mountain: a name strong enough to end at its head whatever follows (鄂尔多斯草原旅游区品质).
pub(super) fn named_before(text: &str, head: usize) -> bool {
    let start = name_start(text, head, 30);
    let stem = &text[start..head];
    let lex = &*LEXICON;
    // The head inside a place's name (香港) is no head.
    let inside_place = lex
        .gaz
        .find_iter(&text[start..])
        .any(|m| start + m.start() < head && start + m.end() > head);
    !inside_place
        && stem.chars().count() >= 2
        && (lex.gaz.find(stem).is_some_and(|m| m.start() == 0)
            || lex.features.find(stem).is_some_and(|m| m.start() == 0))
}

/// 二连浩特口岸智慧口岸(建设): what a named work is made into follows its name; the work is the project. The
/// length of the work's name (its stem and head) when `stem` runs on past it.
pub(super) fn made_into(stem: &str, head_word: &str) -> Option<usize> {
    const MANNERS: [&str; 8] = [
        "智慧", "数字", "绿色", "平安", "文明", "无废", "海绵", "韧性",
    ];
    MANNERS
        .iter()
        .find_map(|q| stem.strip_suffix(q))
        .and_then(|s| s.strip_suffix(head_word))
        .filter(|s| !head_word.is_empty() && !s.is_empty())
        .map(|s| s.len() + head_word.len())
}

#[cfg(test)]
#[path = "projects_works_tests.rs"]
mod works_tests;
