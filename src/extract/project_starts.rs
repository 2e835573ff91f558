//! Where a project's name starts: after a quote opened before it, the government whose project it is and the
//! role it is given, a zone it only stands in, or another name it runs from.

use super::lexicon::LEXICON;
use super::project_words::HEAD;

/// Where a name starts once a quote opened before it and not closed in it is left out (“‘两山’理论实践基地,
/// 建设成“决策指挥中心: the quote holds a list or a phrase, not this name).
pub(super) fn after_open_quote(text: &str, start: usize, end: usize) -> usize {
    let name = &text[start..end];
    if !name.contains(['“', '‘']) {
        return start;
    }
    // 是“卧龙永磁电机产业园”项目: a word of one character before a quoted name is the sentence's.
    if let Some(q) = name.find('“')
        && let Some(c) = name[..q].chars().next()
        && name[..q].chars().count() == 1
        && "是为将把对在的和及与从向以即".contains(c)
    {
        return start + q;
    }
    let mut open: Vec<usize> = Vec::new();
    for (i, c) in name.char_indices() {
        match c {
            '“' | '‘' => open.push(i + c.len_utf8()),
            '”' | '’' => {
                open.pop();
            }
            _ => {}
        }
    }
    open.last().map_or(start, |&i| start + i)
}

/// Where a name starts after the government whose project it is (自治区政府乌梁素海流域…工程), and the role it
/// is given (市政府牵头铁路:…).
pub(super) fn after_owner(text: &str, start: usize, end: usize) -> usize {
    let from = text[start..end]
        .rfind("政府")
        .map_or(start, |i| start + i + "政府".len());
    let role = ["牵头", "负责", "配合", "会同", "统筹", "要"]
        .iter()
        .find(|w| text[from..end].starts_with(**w))
        .map_or(0, |w| w.len());
    // 市城投公司牵头实验中学东河校区: whoever is given a role, and the role, are no part of a name.
    let from = from + role;
    ["牵头", "负责", "配合", "会同"]
        .iter()
        .filter_map(|w| text[from..end].rfind(*w).map(|i| from + i + w.len()))
        .max()
        .unwrap_or(from)
}

/// Where a name starts when a zone or park before it is only where it stands (盟经济技术开发区中广核200万千瓦
/// 风电制氢一体化示范项目: the enterprise's project, in the zone): at the enterprise right after a head.
pub(super) fn after_zone(text: &str, start: usize, end: usize) -> usize {
    let name = &text[start..end];
    LEXICON
        .enterprises
        .find_iter(name)
        .find(|m| {
            m.start() > 0
                && HEAD
                    .find_iter(&name[..m.start()])
                    .last()
                    .is_some_and(|h| h.end() == m.start())
        })
        .map_or(start, |m| start + m.start())
}

/// Where a name starts after another named place it runs from (从大路煤化工基地到达拉特经济开发区: 到 after a head
/// ends the first name; the second starts after it).
pub(super) fn after_other_end(text: &str, start: usize, end: usize) -> usize {
    let name = &text[start..end];
    // Only after 从 (a route between facilities, 满都拉口岸至包头公路, is one name).
    if !text[..start].ends_with('从') {
        return start;
    }
    name.match_indices('到')
        .rfind(|(i, _)| {
            HEAD.find_iter(&name[..*i])
                .last()
                .is_some_and(|h| h.end() == *i)
        })
        .map_or(start, |(i, w)| start + i + w.len())
}
