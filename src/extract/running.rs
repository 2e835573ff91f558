//! Units named in running text, outside any note: 市工业和信息化局要会同市发展改革委、市自然资源局…,
//! 由包头市交通运输局负责. A government prefix (自治区 / 省 / 市 / 区 / 旗 / 县 / 盟, or a place's name) and a core
//! ending in a unit word (局, 厅, 委员会, 管委会, 办公室, 人民政府 …), with words such as 市场 and 区域 that only
//! look like a prefix left out.

use super::departments::{GovContext, Unit, UnitKind, parse_units};
use super::lexicon::{Key, LEXICON};
use super::text::contains_any;
use super::unit_tails::{branch_after, given_role, office_after, service_units};
use regex::Regex;
use std::sync::LazyLock;

/// A prefix, then up to fourteen characters, then a unit word (shortest first: 工业和信息化局要会同… stops at 局).
static UNIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(自治区|省|市|区|旗|县|盟)([\p{Han}]{1,14}?)(管理委员会|委员会|管委会|办公室|人民政府|行政公署|政府|局|厅|委|公司)")
        .unwrap_or_else(|_| unreachable!("static regex"))
});

/// The unit words of [`UNIT`], longest first.
const SUFFIXES: [&str; 11] = [
    "公司",
    "管理委员会",
    "委员会",
    "管委会",
    "办公室",
    "人民政府",
    "行政公署",
    "政府",
    "局",
    "厅",
    "委",
];

/// A company's name at a clause's start (after punctuation or 由) and the role it is given after it (要, 负责,
/// 牵头, 配合, 会同, or a date: 12月中旬全面开工).
static COMPANY_AT_WORK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[,，。;；:：])(由?[\p{Han}]{2,8}?(?:有限公司|公司|集团))(?:要[^求]|负责|牵头|配合|会同|\d{1,2}月)")
        .unwrap_or_else(|_| unreachable!("static regex"))
});

/// Departments by the names they go by without their government (住建局, 发改委, 财政局): the lexicon's names and
/// variants, and the departments document numbers name by code.
static BARE_DEPARTMENTS: LazyLock<super::matcher::Dict> = LazyLock::new(|| {
    let mut names: Vec<&str> = LEXICON
        .department_names()
        .chain(super::lexicon::DOC_CODES.iter().map(|(_, d)| *d))
        .filter(|n| {
            n.chars().count() >= 3
                && ["局", "委员会", "委", "厅"].iter().any(|w| n.ends_with(w))
                && !["管理委员会", "委员会", "管委会"].contains(n)
        })
        .collect();
    names.sort_unstable();
    names.dedup();
    super::matcher::Dict::new(names)
});

/// Governments named by their level alone (由市政府牵头): the home government at that level, or the region's.
const BARE_GOVERNMENTS: [&str; 7] = [
    "自治区政府",
    "市政府",
    "区政府",
    "旗政府",
    "县政府",
    "盟行署",
    "行署",
];

/// Words that end in a unit word but name no unit (布局 after a place: 在锡林郭勒盟布局; 榆林市重大项目布局).
const NOT_UNIT_WORDS: [&str; 15] = [
    "布局", "格局", "大局", "全局", "开局", "结局", "当局", "变局", "破局", "新局", "展厅", "大厅",
    "餐厅", "客厅", "歌厅",
];

/// Prefix + next characters that make an ordinary word, not a unit's government.
const NOT_PREFIX: [&str; 28] = [
    "省级", "省内", "省外", "省份", "市场", "市民", "市区", "市域", "市县", "市级", "市内", "市辖",
    "市直", "区域", "区位", "区级", "区内", "区县", "县域", "县城", "县级", "县乡", "旗县", "旗级",
    "盟市", "盟级", "市委", "区委",
];

/// Verbs that no unit's name holds (正蓝旗召开旗委…, 乌海市加快推进数字政府…).
pub(super) const VERBS: [&str; 18] = [
    "召开", "主持", "举行", "出席", "参加", "传达", "部署", "印发", "加快", "推进", "推动", "促进",
    "关于", "实施", "加强", "深化", "完善", "要求",
];

/// Words before a unit that leave its name alone (会同市发改委, 由市交通运输局).
fn starts_clean(before: &str) -> bool {
    let Some(c) = before.chars().next_back() else {
        return true;
    };
    if !super::text::is_han(c) {
        return true;
    }
    const BEFORE: [&str; 22] = [
        "会同", "由", "和", "与", "及", "同", "请", "联合", "协调", "组织", "督促", "指导", "要求",
        "配合", "协助", "支持", "推动", "牵头", "争取", "报请", "向", "经",
    ];
    BEFORE.iter().any(|w| before.ends_with(w))
}

/// Whether `s..e` is free: outside the excluded spans and every span taken so far.
fn free(exclude: &[(usize, usize)], spans: &[(usize, usize)], s: usize, e: usize) -> bool {
    !exclude.iter().chain(spans).any(|(a, b)| s < *b && e > *a)
}

/// Units written in a normalised paragraph outside `exclude` (note spans), with their spans.
pub fn find_units(text: &str, ctx: &GovContext, exclude: &[(usize, usize)]) -> Vec<Unit> {
    let lex = &*LEXICON;
    // Most paragraphs name no unit: look for a unit word first.
    let gov_words = contains_any(text, &["政府", "公署", "行署", "海关"]);
    if !(gov_words
        || contains_any(
            text,
            &[
                "局",
                "厅",
                "委",
                "办公室",
                "公司",
                "中心",
                "站",
                "院",
                "馆",
                "所",
            ],
        ))
    {
        return Vec::new();
    }
    let inside = |s: usize, e: usize| exclude.iter().any(|(a, b)| s < *b && e > *a);
    let mut spans: Vec<(usize, usize)> = Vec::new();
    // find_at, not captures: the DFA alone; the core is the match without its first character.
    let mut pos = 0;
    while let Some(m) = UNIT.find_at(text, pos) {
        // A match turned down may hide a unit that starts inside it (旗县区要加强与市发展改革委): look again from
        // its next character; one taken is passed whole.
        pos = m.start() + text[m.start()..].chars().next().map_or(1, char::len_utf8);
        let (mut s, mut e) = (m.start(), m.end());
        let whole = m.as_str();
        let core = whole.strip_prefix("自治区").unwrap_or_else(|| {
            let mut cs = whole.chars();
            cs.next();
            cs.as_str()
        });
        let core = SUFFIXES
            .iter()
            .find_map(|w| core.strip_suffix(w))
            .unwrap_or(core);
        // 准格尔旗等旗县人民政府, 呼和浩特市政府和新城区委: lists and groups, not one unit.
        if NOT_PREFIX
            .iter()
            .any(|w| whole.starts_with(w) && !whole.starts_with("市市场"))
            // 自治区主席王莉霞作政府工作报告: a person's title, not a unit.
            || [
                "主席", "书记", "市长", "旗长", "县长", "区长", "盟长", "局长", "厅长", "主任",
            ]
            .iter()
            .any(|w| core.contains(w))
            || [
                "等",
                "政府和",
                "政府及",
                "和市",
                "和区",
                "和县",
                "和旗",
                "各",
            ]
            .iter()
            .any(|w| core.contains(w))
        {
            continue;
        }
        // 市轨道交通公司要加快…: a city's own company (a state company the city runs), written with the prefix
        // 市 / 盟 and a short name; other companies are named in full where projects are.
        if whole.ends_with("公司")
            && !((whole.starts_with('市') || whole.starts_with('盟'))
                && (2..=8).contains(&core.chars().count())
                && starts_clean(&text[..s]))
        {
            continue;
        }
        // 在锡林郭勒盟布局…: a word ending in 局 after a place is not a unit.
        if NOT_UNIT_WORDS.iter().any(|w| whole.ends_with(w)) {
            continue;
        }
        // 正蓝旗召开旗委…会议: a verb inside is no unit's name; 旗委常委: a member, not a unit.
        if VERBS.iter().any(|w| core.contains(w))
            || whole.ends_with("常委") && !text[e..].starts_with('会')
        {
            continue;
        }
        // 政协委员, 人大代表: members, not units.
        if whole.ends_with('委') && text[e..].starts_with('员') && !text[e..].starts_with("员会")
        {
            continue;
        }
        // 人大常委 → 人大常委会 (not 市发展改革委会同…: 会同 is the verb after the unit).
        if whole.ends_with('委') && text[e..].starts_with('会') && !text[e..].starts_with("会同")
        {
            e += '会'.len_utf8();
        }
        // 自治区党委办公厅, 市人民政府办公室: an office of the government or the party body is the unit.
        if ["委", "委会", "政府", "行政公署"]
            .iter()
            .any(|w| text[..e].ends_with(w))
        {
            e = office_after(text, e);
        }
        // 市生态环境局靖边分局: the bureau's branch is the unit.
        e = branch_after(text, e);
        // 自治区 inside 内蒙古自治区…: take the full place name (looking back a few characters only).
        let mut from = s.saturating_sub(24);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let before = &text[from..s];
        if let Some(p) = lex.resolve_place_suffix(before)
            && let Some(pm) = before.rfind(p).or_else(|| {
                lex.gaz
                    .find_iter(before)
                    .filter(|h| h.end() == before.len())
                    .last()
                    .map(|h| h.start())
            })
        {
            s = from + pm;
        } else if !starts_clean(before) {
            // 科左后旗农牧局: a short name ending in the prefix's own character (科左后旗, not 科左后).
            let upto = &text[from..s + whole.chars().next().map_or(0, char::len_utf8)];
            match lex
                .gaz
                .find_iter(upto)
                .filter(|h| {
                    h.end() == upto.len()
                        && h.start() < before.len()
                        && matches!(lex.gaz_keys[h.pattern()], Key::Place { .. })
                })
                .last()
            {
                Some(h) => s = from + h.start(),
                None => continue,
            }
        }
        if inside(s, e) {
            continue;
        }
        // 各旗、县、区人民政府 (the addressees): a part of a group, not one unit.
        let clause = text[..s]
            .rfind([',', '，', ';', '；', ':', '：', '。'])
            .map_or(0, |i| {
                i + text[i..].chars().next().map_or(1, char::len_utf8)
            });
        let list = &text[clause..s];
        // (有关旗县、区人民政府 too.)
        if ["各", "有关", "相关"].iter().any(|q| list.starts_with(q))
            && list.ends_with('、')
            && list.chars().count() <= 16
        {
            continue;
        }
        pos = pos.max(e);
        spans.push((s, e));
    }
    // A zone's administration named by the zone alone (经济技术开发区管委会5月底建成…, 由和林格尔新区管委会负责);
    // not in the addressees' line (各旗、县、区人民政府,稀土高新区管委会…:), which names no one's work.
    let addressees = text.starts_with('各') && text.trim_end().ends_with([':', '：']);
    let zones = if addressees {
        Vec::new()
    } else {
        super::zone_units::zone_units_in_text(text, ctx, starts_clean)
    };
    for span in zones {
        if free(exclude, &spans, span.0, span.1) {
            spans.push(span);
        }
    }
    spans.sort_unstable();
    // A place's own name before a unit word (包头海关, 九原区人民政府) when no prefix caught it. `spans` is in
    // text order: the one that could overlap a hit is the last starting before the hit's end.
    let caught = spans.clone();
    let overlaps = |s: usize, e: usize| {
        let i = caught.partition_point(|(a, _)| *a < e);
        i > 0 && caught[i - 1].1 > s
    };
    for h in lex.gaz.find_iter(if gov_words { text } else { "" }) {
        if !matches!(lex.gaz_keys[h.pattern()], Key::Place { .. }) || overlaps(h.start(), h.end()) {
            continue;
        }
        let rest = &text[h.end()..];
        let core: String = rest.chars().take(3).collect();
        let end = ["人民政府", "行政公署", "海关"]
            .iter()
            .find(|w| rest.starts_with(**w))
            .map(|w| h.end() + w.len())
            .or_else(|| core.starts_with("政府").then(|| h.end() + "政府".len()));
        if let Some(e) = end.map(|e| office_after(text, e))
            && starts_clean(super::text::suffix(&text[..h.start()], 12))
            && !inside(h.start(), e)
        {
            spans.push((h.start(), e));
        }
    }
    // 由市政府牵头, 会同区政府: a government named by its level alone (no name between the prefix and 政府),
    // which the unit pattern cannot catch; 旗县区政府 and 各区政府 are groups, 包头市政府 the gazetteer's.
    if gov_words {
        for w in BARE_GOVERNMENTS {
            for (s, _) in text.match_indices(w) {
                let mut e = s + w.len();
                let after = &text[e..];
                // 市政府工作报告, 市政府常务会议: the government's report or meeting, not the government at work.
                if ["工作报告", "常务会", "会议", "网站", "令", "文件"]
                    .iter()
                    .any(|x| after.starts_with(x))
                {
                    continue;
                }
                e = office_after(text, e);
                let before = &text[..s];
                // (有关旗县、区人民政府: the other half of a group of levels.)
                let group = ["旗县", "县区", "旗区", "县市", "各"]
                    .iter()
                    .any(|g| before.ends_with(g))
                    || before
                        .strip_suffix('、')
                        .is_some_and(|b| b.ends_with(['盟', '市', '旗', '县', '区']));
                if !group
                    && starts_clean(super::text::suffix(before, 12))
                    && free(exclude, &spans, s, e)
                {
                    spans.push((s, e));
                }
            }
        }
    }
    // 住建局要在9月底前完成…,财政局负责保障资金: a department named without its government, where it is given
    // its role, is the home government's.
    for h in BARE_DEPARTMENTS.find_iter(text) {
        let (s, e) = (h.start(), h.end());
        let after = &text[e..];
        // (The last of a list of units: 自治区教育厅、商务厅汇报…, 教育厅、工信厅等部门.)
        let listed = text[..s]
            .strip_suffix(['、', '和'])
            .is_some_and(|b| spans.iter().any(|&(_, e0)| e0 == b.len()));
        let role = given_role(after)
            || after.starts_with(['、', '和', '等'])
            || listed
            || text[..s].ends_with("会同");
        if role && starts_clean(super::text::suffix(&text[..s], 12)) && free(exclude, &spans, s, e)
        {
            spans.push((s, e));
        }
    }
    // 青山文投公司要在6月下旬建成投用…, 蒙草集团牵头: a company named at a clause's start, where it is given its
    // role (as a note names it).
    if text.contains("公司") || text.contains("集团") {
        for c in COMPANY_AT_WORK.captures_iter(text) {
            let Some(m) = c.get(1) else { continue };
            let name = m.as_str();
            let s = m.start() + name.strip_prefix('由').map_or(0, |_| '由'.len_utf8());
            let e = m.end();
            let name = &text[s..e];
            if name.chars().count() < 4
                || ["各", "全", "本", "该", "其", "有关", "相关", "国有"]
                    .iter()
                    .any(|w| name.starts_with(w))
                || VERBS.iter().any(|w| name.contains(w))
                || name.contains('等')
                || !free(exclude, &spans, s, e)
            {
                continue;
            }
            spans.push((s, e));
        }
    }
    // 县招商服务中心负责…, 县发改局、县招商服务中心等牵头部门: a service unit given its role.
    for (s, e) in service_units(text, starts_clean) {
        if free(exclude, &spans, s, e) {
            spans.push((s, e));
        }
    }
    // 旗文旅体育局牵头，美岱召镇、旗财政局配合: a place given its role by its name alone.
    for (s, e) in super::place_units::places_given_roles(text, starts_clean) {
        if free(exclude, &spans, s, e) {
            spans.push((s, e));
        }
    }
    // 呼和浩特市、包头市、鄂尔多斯市人民政府要…: the places listed before a government share it (the list
    // parser reads them as three governments).
    for span in &mut spans {
        if !["人民政府", "政府", "行政公署"]
            .iter()
            .any(|w| text[span.0..span.1].ends_with(w))
        {
            continue;
        }
        while let Some(list) = text[..span.0].strip_suffix('、') {
            let from = list.char_indices().rev().nth(11).map_or(0, |(i, _)| i);
            match lex
                .gaz
                .find_iter(&list[from..])
                .filter(|h| {
                    from + h.end() == list.len()
                        && matches!(lex.gaz_keys[h.pattern()], Key::Place { .. })
                })
                .last()
            {
                Some(h) if !inside(from + h.start(), span.0) => span.0 = from + h.start(),
                _ => break,
            }
        }
    }
    // 各旗县区政府负责具体实施: a group given its role (groups only named are left out).
    let groups = super::place_units::groups_given_roles(text);
    for &(s, e) in &groups {
        if free(exclude, &spans, s, e) {
            spans.push((s, e));
        }
    }
    spans.sort_unstable();
    spans.dedup();
    let mut out = Vec::new();
    for (s, e) in spans {
        let group_at_work = groups.contains(&(s, e));
        for u in parse_units(&text[s..e], ctx) {
            if u.kind == UnitKind::Group && !group_at_work || u.label.chars().count() < 4 {
                continue;
            }
            out.push(Unit {
                start: u.start + s,
                end: u.end + s,
                ..u
            });
        }
    }
    out
}

#[cfg(test)]
#[path = "running_tests.rs"]
mod tests;
