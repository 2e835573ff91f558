//! Projects named before a shared ending (A和B项目; 武川县、和林格尔县、清水河县风电项目; 韵达、申通电商物流项目;
//! 引绰济辽一期、二期工程): each part before the ending is a project too.

use super::lexicon::LEXICON;
use super::phrase::name_start;
use super::project_companies::enterprise_prefix;
use super::project_lists::park_town;
use super::project_names::{proper, water_name};
use super::project_places::route_places;
use super::project_roads::{road_alone, road_prefix};
use super::project_words::HEAD;
use super::projects::{ProjectHit, is_phase, make, shared_phase_name};

/// The projects the parts before a name's shared ending name: `start..end` is the name found before its head
/// (`head`, a byte range), `hit` the project it gives (if any). Walks back over 和 / 及 / 、 while the part
/// before names one.
pub(super) fn shared_ending(
    text: &str,
    start: usize,
    end: usize,
    head: (usize, usize),
    hit: Option<&ProjectHit>,
) -> Vec<ProjectHit> {
    let mut out = Vec::new();
    let (head_start, head_end) = head;
    let head_word = &text[head_start..head_end];
    let lex = &*LEXICON;
    let place_prefix = lex
        .gaz
        .find(&text[start..end])
        .filter(|m| m.start() == 0)
        .map(|m| m.end());
    // 呼伦湖、贝尔湖流域综合治理: a river, lake or mountain like the one the name starts with.
    let feature_prefix = lex
        .features
        .find(&text[start..end])
        .filter(|m| m.start() == 0)
        .map(|m| m.end());
    // 乌素图沟、霍寨沟、东白石头沟整治提升工程: waters the lexicon does not know, the last named with its works.
    let water_prefix = hit
        .and_then(|_| super::project_names::water_prefix(&text[start..head_start], head_word))
        .filter(|&w| w < end - start);
    let is_feature = |s: &str| {
        lex.features
            .find(s)
            .is_some_and(|m| m.start() == 0 && m.end() == s.len())
    };
    let mut cursor = start;
    while let Some(sep) = text[..cursor]
        .chars()
        .next_back()
        .filter(|c| matches!(c, '和' | '及' | '、'))
    {
        let prev_end = cursor - sep.len_utf8();
        let prev_start = name_start(text, prev_end, 30);
        let prev = &text[prev_start..prev_end];
        if prev_start >= prev_end
            || HEAD.is_match(prev)
            // (新城区第一实验小学和…学校: a school named whole, not before the ending; a district is a place.)
            || prev.ends_with(['园', '区', '港', '站', '场', '馆', '城', '学', '校', '院'])
                && lex.resolve_norm(prev).is_none()
                && super::project_places::last_of_places(prev).is_none()
        {
            break;
        }
        // 乌梁素海…一体化保护和修复工程: when the words after 和 name nothing alone, both halves describe one
        // project.
        if sep != '、'
            && hit.is_none()
            && text[start..head_start].chars().count() <= 8
            && let Some(one) = make(text, prev_start, end)
        {
            out.push(one);
            break;
        }
        // 引绰济辽一期、二期工程: the first phase is a project of that head too.
        if is_phase(&text[start..head_start]) {
            if hit.is_some() && shared_phase_name(&text[..cursor]).is_some() {
                let name = format!("{prev}{head_word}");
                out.push(ProjectHit {
                    connects: route_places(&name),
                    name,
                    start: prev_start,
                    end: prev_end,
                });
            }
            break;
        }
        // 包头市九原区哈林格尔镇、麻池镇污水处理厂, 清水河老牛湾和武川县通用机场: a place under its parents is
        // an item as a place alone is.
        // 满洲里、二连浩特、甘其毛都、策克、珠恩嘎达布其口岸: each place's port, whatever names the last.
        let port = head_word == "口岸" && end == head_end;
        let joined = if let Some(f) = feature_prefix.filter(|_| is_feature(prev)) {
            format!("{prev}{}", &text[start + f..end])
        } else if let Some(w) = water_prefix.filter(|_| sep == '、' && water_name(prev)) {
            // 乌素图沟、霍寨沟、东白石头沟整治提升工程: each gully's works.
            format!("{prev}{}", &text[start + w..end])
        } else if let Some(own) = town_park(text, start, head_start, head_word)
            .filter(|_| hit.is_some() && sep == '、' && park_town(prev))
        {
            // 蒙西、棋盘井、大路工业园区: parks named by their towns' short names, each town's.
            format!("{prev}{}", &text[start + own..end])
        } else if lex.resolve_norm(prev).is_some()
            || super::project_places::last_of_places(prev).is_some()
            || port
                && (super::project_lists::port_town(prev)
                    || sep == '、' && hit.is_some() && super::project_lists::port_item(prev))
        {
            match place_prefix {
                // (神木市、府谷县、榆阳区大型煤矿: when the last place's is no project, neither are the others'.)
                Some(_) if hit.is_none() => break,
                Some(p) if start + p < end => format!("{prev}{}", &text[start + p..end]),
                _ if port => format!("{prev}{head_word}"),
                _ => break,
            }
        } else if let Some(r) =
            (hit.and_then(|_| road_prefix(&text[start..head_start]))).filter(|_| road_alone(prev))
        {
            // 驼峰路、肤施路改造提升工程: each road's works.
            format!("{prev}{}", &text[start + r..end])
        } else if hit.is_some()
            && (sep != '、' || place_prefix.is_some() && led_by_place(prev))
            && proper(prev, "")
        {
            // 达拉特旗光伏制氢、准格尔旗纳日松光伏制氢项目: items each led by its place are each a project.
            // (毛乌素沙地治理和无定河流域综合治理: an item that ends in the head's own work is whole.)
            let work = head_word
                .char_indices()
                .nth(2)
                .map_or("", |(i, _)| &head_word[i..]);
            if !work.is_empty() && prev.ends_with(work) {
                prev.to_string()
            } else {
                format!("{prev}{head_word}")
            }
        } else if super::project_lists::ROUTE_HEADS.contains(&head_word)
            && super::project_lists::listed_route(prev)
        {
            // 包头至银川、乌海至玛沁高速公路(乌海段): a route before another of the same kind, named with the
            // other's words after its destination (蒙西至天津南、上海庙至山东特高压电力外送通道).
            let kind = text[start..head_start]
                .char_indices()
                .find(|(_, c)| matches!(c, '至' | '—'))
                .map(|(i, c)| start + i + c.len_utf8())
                .and_then(|to| {
                    lex.gaz
                        .find(&text[to..head_start])
                        .filter(|m| m.start() == 0)
                        .map(|m| to + m.end())
                })
                .map_or(head_word, |e| &text[e..head_end]);
            format!("{prev}{kind}")
        } else if let Some(owner) =
            super::project_companies::company_length(&text[start..head_start])
                .filter(|&o| hit.is_some() && sep == '、' && start + o < end && led_by_place(prev))
        {
            // 赤峰云铜、金剑铜业技改项目: a company named by its place before one named by its kind, each with
            // the same works.
            format!("{prev}{}", &text[start + owner..end])
        } else if let (Some(p), Some(owner)) = (hit, enterprise_prefix(&text[start..end]))
            && enterprise_prefix(prev) == Some(prev.len())
            && p.name.len() > owner
        {
            // 韵达、申通电商物流项目: each enterprise's own project of that kind.
            format!("{prev}{}", &text[start + owner..end])
        } else {
            break;
        };
        out.push(ProjectHit {
            connects: route_places(&joined),
            name: joined,
            start: prev_start,
            end: prev_end,
        });
        cursor = prev_start;
    }
    out
}

/// Whether a list item starts with a place of county level or above, with two or more characters of a name after
/// it (达拉特旗光伏制氢; not 呼市西).
fn led_by_place(item: &str) -> bool {
    let lex = &*LEXICON;
    // (A route, 锡林郭勒至山东, is read as the routes before a shared kind of route are.)
    !item.contains(['至', '—', '到'])
        && lex.gaz.find(item).is_some_and(|m| {
            m.start() == 0
                && item[m.end()..].chars().count() >= 2
                && matches!(lex.gaz_keys[m.pattern()], super::lexicon::Key::Place { idx, .. }
                if lex.places[idx].rank <= super::lexicon::Rank::County)
        })
}

/// The length of a town's short name that starts a park's name before its kind (大路 of 大路工业园区), when the
/// head is a park's.
fn town_park(text: &str, start: usize, head_start: usize, head: &str) -> Option<usize> {
    use super::project_parks::{STRONG_PARK_HEADS, WEAK_PARK_HEADS};
    if !STRONG_PARK_HEADS.contains(&head) && !WEAK_PARK_HEADS.contains(&head) {
        return None;
    }
    let stem = &text[start..head_start];
    stem.char_indices()
        .map(|(i, c)| i + c.len_utf8())
        .skip(1)
        .take(5)
        .find(|&i| park_town(&stem[..i]))
}
