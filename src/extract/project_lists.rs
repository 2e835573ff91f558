//! Projects named as the items of a list before a shared head: 通威二期、双良三期等项目, 北控煤制气、伊泰200万吨
//! 煤制油等项目, 金航大道、云港大街等桥梁道路工程, 张北至胜利、巴林至奈曼至阜新等工程, and places before a kind of
//! facility (呼和浩特、满洲里等国家物流枢纽).

use super::lexicon::LEXICON;
use super::phrase::name_start;
use super::project_companies::*;
use super::project_names::*;
use super::project_parks::*;
use super::project_places::route_places;
use super::project_words::*;
use super::projects::{ProjectHit, break_before};
use super::text::is_han;

/// Words between 等 and a shared head that qualify the list, not name its kind (等重点项目, 等一批工程).
const LIST_QUALIFIERS: [&str; 20] = [
    "重点",
    // 河套、镫口等大中型灌区
    "大中型",
    "中小型",
    "重大",
    "一批",
    "批",
    // 百亿级, 十亿元以上: the figures go with the counts.
    "亿级",
    "千亿级",
    "亿元以上",
    "标志性",
    "大型",
    "骨干",
    "龙头",
    "工业",
    "产业",
    "民生",
    "新建",
    "续建",
    "在建",
    "基础设施",
];

/// The projects a list names before 等 and a shared head (通威二期、双良三期等项目; 北控煤制气、伊泰200万吨煤制油等
/// 项目; 伊泰国电等坑口电厂项目): each item that names an enterprise or a scale or phase, with the kind and head
/// after 等 added to its name.
pub(super) fn listed(text: &str, head_start: usize, head_end: usize) -> Vec<ProjectHit> {
    let head = &text[head_start..head_end];
    // Other heads take a list of places (呼和浩特、乌兰察布—二连浩特、满洲里等国家物流枢纽: each place's hub).
    let of_places = !["项目", "工程"].contains(&head);
    let before = &text[..head_start];
    let Some(deng) = before
        .char_indices()
        .rev()
        .take(9)
        .take_while(|(_, c)| is_han(*c) || c.is_ascii_digit())
        .find(|(_, c)| *c == '等')
        .map(|(i, _)| i)
    else {
        return Vec::new();
    };
    // 等重点项目, 等234个工业项目: qualifiers and counts, not a kind.
    let mut kind = &before[deng + '等'.len_utf8()..];
    loop {
        let rest = kind.trim_start_matches(|c: char| {
            c.is_ascii_digit() || c == ' ' || "一二两三四五六七八九十百个条座处".contains(c)
        });
        let rest = LIST_QUALIFIERS
            .iter()
            .find_map(|q| rest.strip_prefix(q))
            .unwrap_or(rest);
        if rest.len() == kind.len() {
            break;
        }
        kind = rest;
    }
    // 等区域内通用机场, 等边境口岸: where, not what kind; 等地的大通道: the places are ends of something, not its sites.
    if of_places {
        kind = ["区域内", "境内", "地区", "区域", "边境"]
            .iter()
            .find_map(|w| kind.strip_prefix(w))
            .unwrap_or(kind);
        // 等综合枢纽口岸, 等重点专业口岸: the class of each port is no part of its name.
        kind = ["综合枢纽", "专业", "普通", "一类", "二类"]
            .iter()
            .find_map(|w| kind.strip_prefix(w))
            .unwrap_or(kind);
        if kind.contains('的') || kind.starts_with('地') {
            return Vec::new();
        }
    }
    // 标准化厂房、变电站以及相应雨污管线等配套设施工程: a park's supporting works, not named projects.
    if kind.contains("配套") {
        return Vec::new();
    }
    let mut out = Vec::new();
    // Items taken as a company's product (赛盛电子级碳化硅), and whether any item is a sector.
    let mut products = Vec::new();
    let mut sectors = false;
    let mut item_end = deng;
    for _ in 0..12 {
        let mut start = name_start(text, item_end, 30);
        // 成吉思汗大街东延伸段: a word inside the item (延伸) cut it short; the whole item after its 、 may name one.
        if !listed_item(&text[start..item_end])
            && let Some((i, '、')) = break_before(text, start)
            && listed_item(&text[i + '、'.len_utf8()..item_end])
        {
            start = i + '、'.len_utf8();
        }
        // 旭阳中燃300万吨焦化及制氢综合利用: works joined by 及 inside one item, the part after it no name alone.
        if !listed_item(&text[start..item_end])
            && let Some(sep) = ['及', '和', '与']
                .into_iter()
                .find(|&c| text[..start].ends_with(c))
        {
            let from = name_start(text, start - sep.len_utf8(), 30);
            if from < start - sep.len_utf8() && listed_item(&text[from..item_end]) {
                start = from;
            }
        }
        let item = &text[start..item_end];
        sectors |= LEXICON.industry(item).is_some();
        let plain = if of_places {
            listed_place(item)
                // (蒙西、棋盘井等化工园区: parks named by their towns' short names too.)
                || head == "口岸" && port_town(item)
                || (STRONG_PARK_HEADS.contains(&head) || WEAK_PARK_HEADS.contains(&head))
                    && park_town(item)
                || SHORT_NAMED.contains(&head) && short_name(item)
                // 包头至银川、呼和浩特至鄂尔多斯等高铁: routes before a kind of route.
                || ROUTE_HEADS.contains(&head) && listed_route(item)
        } else {
            listed_item(item)
        };
        let product = !of_places && !plain && listed_item_as(item, true);
        let fits = plain || product;
        if fits {
            // A road is its own name (金航大道); the words after 等 say what kind of works it takes.
            // 引绰济辽二期、内蒙古支线供水等水网骨干工程: a category of works is no part of each one's name.
            let category = [
                "骨干",
                "重点",
                "重大",
                "重要",
                "标志性",
                "关键",
                "基础设施",
                "民生",
            ]
            .iter()
            .any(|w| kind.contains(w));
            let name = if named_road(item) {
                item.to_string()
            } else if category {
                format!("{item}{head}")
            } else {
                format!("{item}{kind}{head}")
            };
            if product {
                products.push(start);
            }
            out.push(ProjectHit {
                connects: route_places(&name),
                name,
                start,
                end: item_end,
            });
        }
        // The item before: after 、 (the item may have stopped at a word inside it, 唯品会内蒙古运营总部), or
        // after 和 / 及 / 与 right before this one.
        // A dash inside an item (乌兰察布—二连浩特) does not end it.
        let mut brk = break_before(text, item_end);
        while let Some((i, '—')) = brk {
            brk = break_before(text, i);
        }
        match (text[..start].chars().next_back(), brk) {
            (Some(sep @ ('和' | '及' | '与')), _) if start > sep.len_utf8() => {
                item_end = start - sep.len_utf8();
            }
            (_, Some((i, '、'))) if i > 0 => item_end = i,
            _ => break,
        }
    }
    // 区块链、人工智能、智联网汽车等前沿项目: a list of sectors names no company's product.
    if sectors {
        out.retain(|p| !products.contains(&p.start));
    }
    out
}

/// Lines named after one with their system's name (呼和浩特地铁3号线、4号线 → 呼和浩特地铁4号线): each number
/// listed right after a hit that ends in a numbered line.
pub(super) fn sibling_lines(text: &str, hits: &[ProjectHit]) -> Vec<ProjectHit> {
    let mut out = Vec::new();
    for h in hits {
        let Some(stem) = h.name.strip_suffix("号线") else {
            continue;
        };
        let system = stem.trim_end_matches(|c: char| c.is_ascii_digit());
        if system.len() == stem.len() || system.is_empty() {
            continue;
        }
        let mut at = h.end;
        loop {
            let rest = &text[at..];
            let Some(sep) = ['、', '和', '及', '与']
                .into_iter()
                .find(|&c| rest.starts_with(c))
            else {
                break;
            };
            let after = &rest[sep.len_utf8()..];
            let digits = after.len() - after.trim_start_matches(|c: char| c.is_ascii_digit()).len();
            if digits == 0 || !after[digits..].starts_with("号线") {
                break;
            }
            let start = at + sep.len_utf8();
            let end = start + digits + "号线".len();
            out.push(ProjectHit {
                name: format!("{system}{}", &text[start..end]),
                start,
                end,
                connects: Vec::new(),
            });
            at = end;
        }
    }
    out
}

/// Heads of routes, which take a list of routes (A至B) as well as of places.
pub(super) const ROUTE_HEADS: [&str; 11] = [
    "铁路",
    "高铁",
    "高速铁路",
    "城际铁路",
    "客运专线",
    "公路",
    "高速公路",
    "高速",
    "通道",
    "管道",
    "专线",
];

/// A road, street or interchange named in a list of works (成吉思汗大街东延伸段, 金航大道, 昭乌达高架与南二环互通
/// 立交): a name of two or more characters before the kind of road.
fn named_road(item: &str) -> bool {
    const ROADS: [&str; 10] = [
        "大街",
        "大道",
        "街",
        "路",
        "立交",
        "大桥",
        "桥",
        "高架",
        "延伸段",
        "快速路",
    ];
    let item = item
        .strip_suffix("延伸段")
        .map_or(item, |r| r.trim_end_matches(['东', '西', '南', '北']));
    ROADS.iter().any(|r| {
        item.strip_suffix(r).is_some_and(|n| {
            n.chars().count() >= 2 && !GENERIC_START.iter().any(|g| n.starts_with(g))
        })
    })
}

/// An item of a list before 等…项目 that names a project: an enterprise, a scale or a phase, or a capacity in
/// figures; not a sector alone, and not an item with a head of its own (found by that head).
fn listed_item(item: &str) -> bool {
    listed_item_as(item, false)
}

/// [`listed_item`], taking a company's product ([`company_product`]) as a name when `products`.
fn listed_item_as(item: &str, products: bool) -> bool {
    let n = item.chars().count();
    (2..=24).contains(&n)
        && item
            .chars()
            .all(|c| is_han(c) || c.is_ascii_alphanumeric() || c == '.')
        && item.chars().any(is_han)
        && !GENERIC_START.iter().any(|g| item.starts_with(g))
        && LEXICON.industry(item).is_none()
        && (named_road(item)
            || !HEAD.is_match(item)
                && (listed_company(item)
                    || products && company_product(item)
                    || SCALE.is_match(item)
                    || listed_route(item)
                    || placed_item(item)))
}

/// An item that starts with a place and names something of it (内蒙古支线供水): two or more characters after
/// the place, not a sector.
fn placed_item(item: &str) -> bool {
    let lex = &*LEXICON;
    lex.gaz.find(item).is_some_and(|m| {
        let rest = &item[m.end()..];
        m.start() == 0
            && matches!(lex.gaz_keys[m.pattern()], super::lexicon::Key::Place { .. })
            && rest.chars().count() >= 2
            && lex.industry(rest).is_none()
            // 阿拉善盟与乌海市区域能源合作等项目: a cooperation between places is no project's name.
            && !["合作", "协作", "交流", "对接"].iter().any(|w| rest.ends_with(w))
            && lex.resolve_norm(rest).is_none()
    })
}

/// A place, or places joined by a dash (乌兰察布—二连浩特), as an item of a list before a kind of facility.
fn listed_place(item: &str) -> bool {
    let lex = &*LEXICON;
    item.split('—')
        .all(|p| !p.is_empty() && lex.resolve_norm(p).is_some())
}

/// Heads whose places are named in lists by a short name of their own, no place's (河套、镫口等大中型灌区;
/// 红山、莫力庙等水库; 长庆、华北等油田).
const SHORT_NAMED: [&str; 5] = ["灌区", "水库", "油田", "气田", "景区"];

/// A short name in such a list: two to six Chinese characters, no sector, no generic or function word.
fn short_name(item: &str) -> bool {
    (2..=6).contains(&item.chars().count())
        && item.chars().all(|c| is_han(c) && !NOT_IN_NAME.contains(&c))
        && !GENERIC_START.iter().any(|g| item.starts_with(g))
        && LEXICON.industry(item).is_none()
}

/// A port named by its town's short name (…甘其毛都、策克等口岸: 策克镇): two to six characters that with 镇, 苏木,
/// 乡 or 嘎查 name a place the lexicon knows.
pub(super) fn port_town(item: &str) -> bool {
    short_town(item, &["镇", "苏木", "乡", "嘎查"])
}

/// A park named by its town's short name (棋盘井 of 棋盘井镇, 蒙西 of 蒙西镇): two to six characters that with 镇,
/// 苏木 or 乡 name a place the lexicon knows, and name no county or city alone (包头 is a city, whatever village
/// shares it).
pub(super) fn park_town(item: &str) -> bool {
    short_town(item, &["镇", "苏木", "乡"])
        && LEXICON
            .resolve_norm(item)
            .is_none_or(|p| p.rank > super::lexicon::Rank::County)
}

/// Two to six Chinese characters that with one of `suffixes` name a place the lexicon knows.
fn short_town(item: &str, suffixes: &[&str]) -> bool {
    (2..=6).contains(&item.chars().count())
        && item.chars().all(is_han)
        && suffixes
            .iter()
            .any(|s| LEXICON.place(&format!("{item}{s}")).is_some())
}

/// An item of a list of ports joined by 、 (满洲里、…、胡列也吐、巴格毛都口岸) that no town names: a name of two
/// to six characters that is no kind of port (航空、铁路、公路口岸, 重点、边境口岸) and no line or road (包兰、临哈交通
/// 干线和满都拉口岸).
pub(super) fn port_item(item: &str) -> bool {
    const KINDS: [&str; 16] = [
        "公路", "铁路", "航空", "陆路", "水运", "边境", "重点", "专业", "沿边", "国际", "对外",
        "开放", "一类", "二类", "常年", "季节",
    ];
    (2..=6).contains(&item.chars().count())
        && item.chars().all(is_han)
        && !KINDS.iter().any(|k| item.contains(k))
        && !["各", "等", "及", "其他"]
            .iter()
            .any(|w| item.starts_with(w))
        && !item.ends_with(['线', '路', '道'])
}

/// A route in a list of works (张北至胜利、巴林至奈曼至阜新等工程, 陕北—武汉): two or more ends of two to six
/// characters.
pub(super) fn listed_route(item: &str) -> bool {
    let parts: Vec<&str> = item.split(['至', '—']).collect();
    parts.len() >= 2
        && parts
            .iter()
            .all(|p| (2..=6).contains(&p.chars().count()) && p.chars().all(is_han))
}

#[cfg(test)]
mod tests {
    use super::super::projects::tests::sorted_names as names;

    #[test]
    fn a_company_named_before_its_product_is_a_listed_project() {
        let got = names("加快推进赛盛电子级碳化硅、远景零碳电池等一批百亿级项目。");
        assert_eq!(got, ["赛盛电子级碳化硅项目", "远景零碳电池项目"]);
    }

    #[test]
    fn works_joined_inside_one_item() {
        assert_eq!(
            names("旭阳中燃300万吨焦化及制氢综合利用、久泰乙二醇等项目加快推进。"),
            ["久泰乙二醇项目", "旭阳中燃300万吨焦化及制氢综合利用项目"]
        );
        // Two items that each name one stay two.
        assert_eq!(
            names("推进北控煤制气和伊泰200万吨煤制油等项目。"),
            ["伊泰200万吨煤制油项目", "北控煤制气项目"]
        );
    }

    #[test]
    fn a_list_of_sectors_names_no_company() {
        let got = names("加快引进区块链、人工智能、工业机器人、智联网汽车等前沿项目。");
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn irrigation_districts_by_their_short_names() {
        assert_eq!(
            names("推进河套、镫口等大中型灌区现代化改造。"),
            ["河套灌区", "镫口灌区"]
        );
    }

    #[test]
    fn a_cooperation_between_places_is_no_listed_project() {
        let got = names("谋划阿拉善盟与乌海市区域能源合作等项目及配套外送通道。");
        assert!(got.iter().all(|n| !n.contains("合作")), "{got:?}");
    }

    #[test]
    fn numbered_lines_after_the_first_take_its_system() {
        assert_eq!(
            names("推进呼和浩特地铁3号线、4号线和5号线建设。"),
            [
                "呼和浩特地铁3号线",
                "呼和浩特地铁4号线",
                "呼和浩特地铁5号线"
            ]
        );
    }

    #[test]
    fn a_route_before_another_of_its_kind() {
        assert_eq!(
            names("加快推进包头至银川、乌海至玛沁高速公路乌海段建设。"),
            ["乌海至玛沁高速公路乌海段", "包头至银川高速公路"]
        );
    }

    #[test]
    fn a_route_takes_the_kind_after_the_next_routes_destination() {
        assert_eq!(
            names("建设榆横—潍坊、陕北—武汉等特高压电力外送通道。"),
            ["榆横—潍坊特高压电力外送通道", "陕北—武汉特高压电力外送通道"]
        );
        assert_eq!(
            names("建设蒙西—天津南、陕北—武汉特高压电力外送通道。"),
            [
                "蒙西—天津南特高压电力外送通道",
                "陕北—武汉特高压电力外送通道"
            ]
        );
        let got = names("建成蒙西至天津南、上海庙至山东特高压电力外送通道配套电源。");
        assert!(
            got.contains(&"蒙西至天津南特高压电力外送通道".to_string()),
            "{got:?}"
        );
    }

    #[test]
    fn ports_listed_before_a_shared_head() {
        assert_eq!(
            names("推进满洲里、二连浩特、甘其毛都、策克、珠恩嘎达布其口岸建设。"),
            [
                "二连浩特口岸",
                "满洲里口岸",
                "珠恩嘎达布其口岸",
                "甘其毛都口岸",
                "策克口岸"
            ]
        );
    }

    #[test]
    fn routes_before_deng_and_a_route_head() {
        assert_eq!(
            names("加快准格尔至朔州、蒙西至华中等铁路建设。"),
            ["准格尔至朔州铁路", "蒙西至华中铁路"]
        );
    }
}
