//! Place mentions: gazetteer matches filtered by context (short forms that are ordinary words, road names,
//! towns and villages that need a nearby parent), plus 首府 for Hohhot in Inner Mongolia texts.

use super::lexicon::{Key, LEXICON, Rank};
pub(super) use super::place_forms::completed_abbreviations;
use super::place_forms::retyped_towns;
use super::text::is_han;

/// A place found in a paragraph (normalised byte span).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlaceHit {
    /// Full name of the place.
    pub name: String,
    /// Start in the normalised paragraph.
    pub start: usize,
    /// End in the normalised paragraph.
    pub end: usize,
    /// The place it lies in when that is not the gazetteer's: the town of a village the gazetteer does not hold
    /// (written just before it), or the county or town of a town or village whose name names several places.
    pub parent: Option<String>,
}

impl PlaceHit {
    /// Whether it is written by one character: a city of the cluster named with the others (呼 of 呼包鄂乌).
    pub fn by_its_character(&self, text: &str) -> bool {
        text[self.start..self.end].chars().nth(1).is_none()
    }
}

/// A zone (development zone / new area) found in a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ZoneHit {
    /// Index into the lexicon's zones.
    pub zone: usize,
    /// Start in the normalised paragraph.
    pub start: usize,
    /// End in the normalised paragraph.
    pub end: usize,
}

/// Characters after a short form that make it part of a street, park, river or other non-place word.
const NOT_PLACE_NEXT: [&str; 18] = [
    "路", "街", "大街", "大道", "桥", "小区", "花园", "广场", "公园", "巷", "胡同", "沟", "湖",
    "流域", "干流", "支流", "河道", "两岸",
];
/// Short forms of the region's places that run into a common word across their edge: the stem, what may not
/// come right before it, what may not come right after it (乡村振兴和城乡 is no 兴和, 森林西部 no 林西, 五原则 no
/// 五原, 多伦多 no 多伦, 强化德治 no 化德, 农业和林业 no 和林, 电商都 no 商都, 接二连三 no 二连).
const WORD_EDGES: [(&str, &str, &[&str]); 8] = [
    ("二连", "接", &["三"]),
    ("兴和", "振复新中繁", &[]),
    ("林西", "森丛园竹", &[]),
    ("五原", "", &["则"]),
    ("多伦", "", &["多"]),
    (
        "化德",
        "强文美教转优深净绿亮硬细量规序制",
        &["治", "育", "行"],
    ),
    ("和林", "", &["业", "草", "地", "区"]),
    ("商都", "电", &["市"]),
];

/// Whether a short form at `s..e` is the edge of a common word ([`WORD_EDGES`]).
fn word_edge(text: &str, s: usize, e: usize) -> bool {
    let stem = &text[s..e];
    WORD_EDGES.iter().any(|(w, before, after)| {
        *w == stem
            && (text[..s]
                .chars()
                .next_back()
                .is_some_and(|c| before.contains(c))
                || after.iter().any(|a| text[e..].starts_with(a)))
    })
}

/// Short forms of places outside the region are only taken next to these (lists, routes, 市 …).
const ROUTE_PREV: [char; 12] = [
    '至', '、', '和', '与', '到', '经', '及', '同', '对', '往', '连', '接',
];
const ROUTE_NEXT: [char; 16] = [
    '至', '、', '和', '与', '等', '的', '及', '到', '经', '段', '方', '高', ',', '。', ';', ')',
];
/// What may follow a province's short name (山西北部, 北京非首都功能) — not 上海庙, a town.
const PROVINCE_NEXT: [&str; 14] = [
    "北部",
    "南部",
    "东部",
    "西部",
    "中部",
    "地区",
    "方面",
    "等",
    "市",
    "省",
    "非首都",
    "企业",
    "高校",
    "沿黄",
];
/// What may follow any place's short name in a list of partners (与吉林市、长春合作).
const PARTNER_NEXT: [&str; 11] = [
    "合作",
    "协同",
    "交流",
    "对接",
    "协作",
    "联动",
    "一体化",
    "对口",
    "结对",
    "帮扶",
    "援建",
];
/// Stems of places elsewhere in China that are ordinary words.
const WORD_STEMS: [&str; 14] = [
    "长治", "白银", "来宾", "大理", "阿里", "大庆", "中山", "北海", "黄山", "普洱", "安康", "大同",
    "三明", "永安",
];

/// Characters next to a country's name that leave it a name (赴俄罗斯, 在蒙古国, 向欧洲, 法国企业).
const COUNTRY_EDGE: [char; 11] = [
    '在', '赴', '自', '从', '向', '对', '于', '企', '客', '市', '投',
];

/// Whether the place's short form stands among items of two characters that start with a direction
/// (东融、西联、南通、北开).
fn direction_slogan(text: &str, s: usize, e: usize) -> bool {
    let direction = |w: &str| {
        let cs: Vec<char> = w.chars().collect();
        cs.len() == 2 && matches!(cs[0], '东' | '西' | '南' | '北')
    };
    let stem = &text[s..e];
    let before = text[..s]
        .strip_suffix('、')
        .map(|b| super::text::suffix(b, 2));
    let after = text[e..]
        .strip_prefix('、')
        .map(|a| a.chars().take(2).collect::<String>());
    direction(stem)
        && (before.is_some_and(|b| direction(b) && LEXICON.resolve_norm(b).is_none())
            || after.is_some_and(|a| direction(&a) && LEXICON.resolve_norm(&a).is_none()))
}

/// Finds places in a normalised paragraph. `home` is the document's own government place.
pub fn find_places(text: &str, home: Option<&str>) -> (Vec<PlaceHit>, Vec<ZoneHit>) {
    let lex = &*LEXICON;
    let mut places = Vec::new();
    let mut zones = Vec::new();
    // A place written inside a feature's name after its start (乌达 in 昭乌达, an old league's name) is no place;
    // the features are looked up once a place follows a character of a word.
    let mut features: Option<Vec<(usize, usize)>> = None;
    for m in lex.gaz.find_iter(text) {
        let (s, e) = (m.start(), m.end());
        if lex.town_stem[m.pattern()] {
            // 阿拉善左旗乌力吉(风光基地): a town written by its stem right after its banner or county.
            if let Some(name) = lex.town_after_county(m.pattern(), &text[..s]) {
                let parent = None;
                places.push(PlaceHit {
                    name,
                    start: s,
                    end: e,
                    parent,
                });
            }
            continue;
        }
        if text[..s].chars().next_back().is_some_and(is_han)
            && features
                .get_or_insert_with(|| {
                    lex.features
                        .find_iter(text)
                        .map(|f| (f.start(), f.end()))
                        .collect()
                })
                .iter()
                .any(|&(a, b)| a < s && e <= b)
        {
            continue;
        }
        match lex.gaz_keys[m.pattern()] {
            Key::Zone(z) => {
                zones.push(ZoneHit {
                    zone: z,
                    start: s,
                    end: e,
                });
                // 巴彦淖尔经济技术开发区: the place its name starts with is named too.
                if let Some((name, len)) = zone_place(&lex.zones[z], &text[s..e]) {
                    places.push(PlaceHit {
                        name,
                        start: s,
                        end: s + len,
                        parent: None,
                    });
                }
            }
            Key::Place { idx, short } => {
                let p = &lex.places[idx];
                if p.rank == Rank::Country && p.name == "中国" {
                    continue;
                }
                let next = &text[e..];
                let prev = text[..s].chars().next_back();
                // 锡林郭勒南路, 鄂尔多斯大街: a street named after a place.
                let street = next
                    .strip_prefix(['东', '西', '南', '北', '中'])
                    .is_some_and(|r| {
                        ["路", "大街", "大道", "街"]
                            .iter()
                            .any(|w| r.starts_with(w))
                    });
                if short
                    && (street
                        || NOT_PLACE_NEXT.iter().any(|w| next.starts_with(w))
                        || word_edge(text, s, e))
                {
                    continue;
                }
                let in_region =
                    lex.within(&p.name, "内蒙古自治区") || lex.within(&p.name, "榆林市");
                // Places elsewhere in China written short (银川), or counties written in full (海城市 in 沿海城市群,
                // 新建区 in 新建区域), stand in a list or on a route: a boundary on both sides.
                let far_county = !in_region && p.rank == Rank::County;
                if short && !in_region || far_county {
                    let stem = &text[s..e];
                    // Its city or province written just before (北京市朝阳区, 上海浦东新区) names it whatever follows.
                    let parent_written = parent_before(&p.name, &text[..s]);
                    // The first of a list of places (推动银川、石嘴山…): the next item is a place too.
                    let list_head = next.strip_prefix('、').is_some_and(|rest| {
                        lex.gaz.find(rest).is_some_and(|m2| {
                            m2.start() == 0
                                && matches!(lex.gaz_keys[m2.pattern()], Key::Place { .. })
                        })
                    });
                    let before_ok = prev.is_none_or(|c| ROUTE_PREV.contains(&c) || !is_han(c))
                        || parent_written
                        || list_head;
                    let after_ok = next
                        .chars()
                        .next()
                        .is_none_or(|c| ROUTE_NEXT.contains(&c) || !is_han(c))
                        || p.rank == Rank::Province
                            && PROVINCE_NEXT.iter().any(|w| next.starts_with(w))
                        || PARTNER_NEXT.iter().any(|w| next.starts_with(w))
                        || child_after(&p.name, next);
                    // Provinces and the four municipalities are written short anywhere (承接北京非首都功能).
                    let before_ok = before_ok || p.rank <= Rank::Province;
                    // A route (包头至银川, 至沧州) names a place whatever follows it.
                    let route =
                        prev.is_some_and(|c| matches!(c, '至' | '到' | '经' | '往' | '—' | '-'));
                    // A stem that is also a word (大理, 大庆) names the place after its province (云南大理) or among
                    // places in a list (楚雄、大理、保山).
                    let word_named = parent_written
                        || list_head
                        || text[..s].strip_suffix('、').is_some_and(|b| {
                            lex.gaz.find_iter(super::text::suffix(b, 24)).any(|m| {
                                m.end() == super::text::suffix(b, 24).len()
                                    && matches!(lex.gaz_keys[m.pattern()], Key::Place { .. })
                            })
                        });
                    // A county written in full after a boundary (与青州市开展合作) names it unless the level
                    // character starts the next word (晋江市场, 新建区域).
                    let full_named = !short
                        && prev.is_some_and(|c| ROUTE_PREV.contains(&c))
                        && !next.starts_with([
                            '场', '民', '域', '块', '位', '级', '委', '政', '直', '属', '长', '县',
                            '区',
                        ]);
                    if WORD_STEMS.contains(&stem) && !word_named
                        || !(route
                            || before_ok && after_ok
                            || parent_written && !short
                            || full_named)
                    {
                        continue;
                    }
                }
                // A two-character country inside a word on both sides (伊泰国电, a company) is not named.
                if p.rank == Rank::Country && e - s <= 6 {
                    let loose = |c: Option<char>, edge: &[char]| {
                        c.is_none_or(|c| {
                            !is_han(c) || edge.contains(&c) || COUNTRY_EDGE.contains(&c)
                        })
                    };
                    if !loose(prev, &ROUTE_PREV) && !loose(next.chars().next(), &ROUTE_NEXT) {
                        continue;
                    }
                }
                // 东融、西联、南通、北开: a slogan of directions, not the city of 南通.
                if short && !in_region && direction_slogan(text, s, e) {
                    continue;
                }
                // A district's short form (东河, 昆区) is used in its own city; elsewhere only on a route or in a list.
                // (A former full name, 康巴什新区, names the district anywhere.)
                if short
                    && p.level == "市辖区"
                    && !(text[s..e].ends_with('区') && text[s..e].chars().count() >= 4)
                    && !same_prefecture(&p.name, home)
                {
                    let ctx = prev.is_some_and(|c| ROUTE_PREV.contains(&c))
                        || next.chars().next().is_some_and(|c| ROUTE_NEXT.contains(&c));
                    if !ctx {
                        continue;
                    }
                }
                let parent = if p.rank >= Rank::Town {
                    match super::place_home::placed(&p.name, p.rank, home, &text[..s]) {
                        Some(parent) => parent,
                        None => continue,
                    }
                } else {
                    None
                };
                places.push(PlaceHit {
                    name: p.name.clone(),
                    start: s,
                    end: e,
                    parent,
                });
            }
        }
    }
    let retyped = retyped_towns(text, home, &places);
    places.extend(retyped);
    places.extend(completed_abbreviations(text));
    places.extend(super::place_forms::cluster_runs(text));
    let villages = super::place_forms::villages_after_towns(text, &places);
    places.extend(villages);
    if home.is_some_and(|h| lex.within(h, "内蒙古自治区")) {
        for (i, _) in text.match_indices("首府") {
            places.push(PlaceHit {
                name: "呼和浩特市".into(),
                start: i,
                end: i + "首府".len(),
                parent: None,
            });
        }
    }
    places.sort_by_key(|p| p.start);
    (places, zones)
}

/// The place a zone's written name starts with when it is the zone's own (巴彦淖尔 of 巴彦淖尔经济技术开发区,
/// 达拉特 of 达拉特经济开发区; not 腾格里, not 内蒙古 of 内蒙古和林格尔新区): its name and length.
fn zone_place(zone: &super::lexicon::Zone, written: &str) -> Option<(String, usize)> {
    let lex = &*LEXICON;
    let parent = zone.parent.as_deref()?;
    written
        .char_indices()
        .skip(2)
        .take(6)
        .filter_map(|(i, _)| {
            let p = lex.resolve_place(&written[..i])?;
            (p.name == parent).then(|| (p.name.clone(), i))
        })
        .last()
}

/// Whether a place inside `name` is written right after it (广东深圳, 河北沧州).
fn child_after(name: &str, next: &str) -> bool {
    let lex = &*LEXICON;
    lex.gaz.find(next).is_some_and(|m| {
        m.start() == 0
            && matches!(lex.gaz_keys[m.pattern()], Key::Place { idx, .. }
                if lex.places[idx].name != name && lex.within(&lex.places[idx].name, name))
    })
}

/// Whether the place's parent (or grandparent) is written just before it (河北安平县, 山西河曲县).
fn parent_before(name: &str, before: &str) -> bool {
    let lex = &*LEXICON;
    lex.ancestors(name).iter().take(2).any(|p| {
        before.ends_with(p.name.as_str())
            || lex
                .resolve_place_suffix(before)
                .is_some_and(|n| n == p.name)
    })
}

fn prefecture_of(name: &str) -> Option<String> {
    let lex = &*LEXICON;
    if lex.place(name).is_some_and(|p| p.rank == Rank::Prefecture) {
        return Some(name.to_string());
    }
    lex.ancestors(name)
        .into_iter()
        .find(|p| p.rank == Rank::Prefecture)
        .map(|p| p.name.clone())
}

fn same_prefecture(place: &str, home: Option<&str>) -> bool {
    match (prefecture_of(place), home.and_then(prefecture_of)) {
        (Some(a), Some(b)) => a == b,
        _ => false,
    }
}

#[cfg(test)]
#[path = "places_tests.rs"]
mod tests;
