//! Responsible units named in a list: government prefixes (市 / 区 / 自治区 / a place name) resolved against the
//! document's own government, prefixes carried over list items that lack one, place lists sharing one
//! 人民政府, party bodies (市委…), generic groups, and abbreviation/full-name merging.

use super::lexicon::{Key, LEXICON, Rank};
use super::unit_groups::{
    bare_department, bracketed_levels, department_group, government_group, levels_alone,
};
use super::unit_items::ITEM_MARKS;
pub use super::unit_items::split_items;
use super::unit_one::{gov_core, parse_one};
use super::unit_roles::{SHARED_VERBS, role_mark, role_verb};
pub use super::unit_roles::{has_role_verb, is_date_item};
use regex::Regex;
use std::sync::LazyLock;

/// What sort of unit an item names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnitKind {
    /// A government department, office, committee, company …
    Department,
    /// A people's government (人民政府 / 行政公署).
    Government,
    /// A generic group (各旗县区人民政府, 市有关部门, 各成员单位).
    Group,
}

/// One unit of a list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unit {
    /// Canonical label (names its government).
    pub label: String,
    /// The government it belongs to.
    pub jurisdiction: Option<String>,
    /// Kind of unit.
    pub kind: UnitKind,
    /// Names it is known by (as written, and the bare core).
    pub aliases: Vec<String>,
    /// Byte range of the item inside the list string.
    pub start: usize,
    /// End of that range.
    pub end: usize,
    /// A role written next to the unit: 市发改委(牵头), 市财政局(配合).
    pub hint: Option<crate::model::Role>,
}

impl Unit {
    /// A unit as parsed, before its place in the list (`start`, `end`) and any role mark are known.
    pub fn new(
        label: String,
        jurisdiction: Option<String>,
        kind: UnitKind,
        aliases: Vec<String>,
    ) -> Unit {
        Unit {
            label,
            jurisdiction,
            kind,
            aliases,
            start: 0,
            end: 0,
            hint: None,
        }
    }
}

/// Where 市 / 区 / 旗 / 县 / 盟 point in this document.
#[derive(Debug, Clone, Default)]
pub struct GovContext {
    /// The document's own government place (包头市, 东胜区, 内蒙古自治区 …).
    pub home: Option<String>,
    /// The development zone whose document it is: its 区 (区经济发展局) is the zone.
    pub zone: Option<String>,
    /// The department whose own document it is (包头市发展和改革委员会): its sections named bare (投资科, 规划处)
    /// are that department's.
    pub dept: Option<String>,
    /// The zone the document is about, when no zone issues it: its administration named bare (新区管委会).
    pub subject_zone: Option<String>,
}

impl GovContext {
    /// The place a one-character prefix refers to.
    pub fn resolve_prefix(&self, prefix: &str) -> Option<String> {
        let lex = &*LEXICON;
        if prefix == "区"
            && let Some(z) = &self.zone
        {
            return Some(z.clone());
        }
        // 自治区 is the region's whatever the document's home.
        if prefix == "自治区" {
            return Some("内蒙古自治区".into());
        }
        let home = self.home.as_deref()?;
        let rank = lex.place(home).map(|p| p.rank)?;
        let up = |r: Rank| -> Option<String> {
            if rank == r {
                return Some(home.to_string());
            }
            lex.ancestors(home)
                .into_iter()
                .find(|p| p.rank == r)
                .map(|p| p.name.clone())
        };
        match prefix {
            "自治区" => Some("内蒙古自治区".into()),
            // In a county-level city's plan (神木市, 满洲里市) 市 is the city itself.
            "市" if rank == Rank::County && home.ends_with('市') => Some(home.to_string()),
            "市" | "盟" => up(Rank::Prefecture),
            "省" => up(Rank::Province),
            "区" if rank == Rank::Province => Some(home.to_string()),
            "区" | "旗" | "县" => up(Rank::County),
            _ => None,
        }
    }
}

static UNIT_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(局|厅|委|委员会|办|办公室|部|中心|公司|集团|政府|行署|公署|管委会|海关|支行|分行|银行|院|所|站|队|处|室|会|组|单位|部门|分局|总局|开发区|新区|园区)$")
        .unwrap_or_else(|_| unreachable!("static regex"))
});
/// Whether a text ends as a unit's name does (局, 委, 办公室, 政府 …).
pub(crate) fn ends_like_unit(t: &str) -> bool {
    UNIT_END.is_match(t)
}

pub(super) static GROUP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(各|有关|相关|其他|其它|[两二三四五六七八九十]+(盟市|旗县区|旗县|市|盟|旗|县|区))|有关部门|相关部门|成员单位|有关单位|相关单位|各部门|各单位|^(所属|下属|直属)(单位|部门|企业)$|各\p{Han}{0,6}(专班|工作组|小组|指挥部)$|各(乡镇|苏木镇|苏木乡镇|镇街道|镇街|镇|乡|苏木|街道|嘎查村|村|社区)$|^(苏木|乡镇|镇|乡|街道|嘎查|村|社区|居委会|村委会)+(\(\p{Han}{1,4}\))?$|^(旗县区|旗县市|县市区|旗县|县区|旗区|盟市)(人民政府|政府|行政公署)?$|^(沿黄|沿边|沿河|沿线|边境|所在|属地)(盟市|旗县市区|旗县区|旗县市|县市区|旗县|县区|旗区|旗市|苏木乡镇|乡镇)(人民政府|政府|行政公署)?$",
    )
    .unwrap_or_else(|_| unreachable!("static regex"))
});
/// A zone's administration named by its kind alone (开发区管委会, 园区管理委员会).
static BARE_ZONE_UNIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(经济技术开发区|经济开发区|高新技术产业开发区|高新区|开发区|工业园区|园区)(管委会|管理委员会)$")
        .unwrap_or_else(|_| unreachable!("static regex"))
});
/// A kind of local body named without a name (街道办事处, 社区, 嘎查村): after a group (各苏木镇、街道办事处), the
/// group's other half.
static BARE_LOCAL_UNIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(街道|街道办|街道办事处|苏木|乡|镇|乡镇|苏木镇|苏木乡镇|嘎查|村|嘎查村|社区|村委会|居委会|村（居）委会|村\(居\)委会)(人民政府|政府|办事处)?$")
        .unwrap_or_else(|_| unreachable!("static regex"))
});
/// The governments of cities named together by one character each (呼包鄂乌四市人民政府, 呼包鄂三市政府).
static CLUSTER_GOVS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\p{Han}{2,5}?)[两二三四五]?(?:市|城市|盟市)(?:人民政府|政府)$")
        .unwrap_or_else(|_| unreachable!("static regex"))
});
/// A date at the start of an item (2025年12, 2025年12月).
static LEADING_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*\d{4}\s*年\s*(\d{1,2}\s*月?)?(底|前)?")
        .unwrap_or_else(|_| unreachable!("static regex"))
});
/// A level's government named without a place (市人民政府, 旗县人民政府, 行政公署).
static LEVEL_GOV: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(盟|市|旗|县|区|旗县|旗县区|县区|旗县市区|市区)(人民政府|政府|行政公署|行署)$")
        .unwrap_or_else(|_| unreachable!("static regex"))
});
static RULE_TEXT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"牵头|首位|下同|按职责|根据需要|分工负责|进行调整|为配合|其他为|其余为|涉及|不再|列出|^以下|^上述")
        .unwrap_or_else(|_| unreachable!("static regex"))
});
pub(super) const GOV_CORES: [&str; 5] = ["人民政府", "政府", "行政公署", "行署", "公署"];

/// Whether a (normalised) item looks like the name of a unit (for validating bare lists).
pub fn looks_like_unit(item: &str) -> bool {
    let t = without_others(role_mark(item.trim()).0);
    !t.is_empty()
        && t.chars().count() <= 40
        && (UNIT_END.is_match(t) || GROUP.is_match(t) || LEXICON.resolve_norm(t).is_some())
}

/// The unit without the 'and others' after it (市生态环境局等部门, 市发展改革委等市直有关部门 → the 局 / 委).
fn without_others(item: &str) -> &str {
    if let Some(r) = ["等有关部门", "等相关部门", "等部门", "等单位", "等"]
        .iter()
        .find_map(|w| item.strip_suffix(w).filter(|r| !r.is_empty()))
    {
        return r;
    }
    match item.find('等') {
        Some(i)
            if i > 0 && {
                let rest = &item[i + '等'.len_utf8()..];
                GROUP.is_match(rest) || rest.ends_with("部门") || rest.ends_with("单位")
            } =>
        {
            &item[..i]
        }
        _ => item,
    }
}

/// Parses a list of units (normalised text) in a document's context.
pub fn parse_units(list: &str, ctx: &GovContext) -> Vec<Unit> {
    parse_units_under(list, ctx, false)
}

/// Parses a list of units under a label; `lead_label` when the label names the lead (牵头单位：A，B、C按职责分工
/// 负责: A leads, so B and C, sharing the work out, support it).
pub fn parse_units_under(list: &str, ctx: &GovContext, lead_label: bool) -> Vec<Unit> {
    let items: Vec<(usize, usize)> = split_items(list)
        .into_iter()
        .filter(|(a, b)| {
            let unit = role_mark(&list[*a..*b]).0;
            // 其他部门按职责分工负责, 以下各项任务均涉及…，不再列出: the document's rule, not a unit.
            !RULE_TEXT.is_match(unit)
                && !["其他", "其余", "其它"].iter().any(|w| unit.starts_with(w))
                && !is_date_item(&list[*a..*b])
        })
        .collect();
    // A verb closing a clause (A、B牵头, C配合) gives its role to the clause's units before it.
    let mut hints: Vec<Option<crate::model::Role>> = Vec::with_capacity(items.len());
    let mut shared: Vec<usize> = Vec::new();
    let mut open_from = 0;
    for (i, (a, b)) in items.iter().enumerate() {
        // A verb closes its clause only (A，B、C按职责分工负责: not A).
        let prev_end = i.checked_sub(1).map_or(0, |j| items[j].1);
        if list[prev_end..*a].contains([',', '，', ';', '；']) {
            open_from = open_from.max(i);
        }
        let (_, verb) = role_verb(&list[*a..*b]);
        let (_, mark) = role_mark(&list[*a..*b]);
        // 市发改委*、市能源局: a star beside a unit marks the lead (带*号的为牵头单位).
        let starred = list[*b..].starts_with(ITEM_MARKS) || list[..*a].ends_with(ITEM_MARKS);
        hints.push(mark.or(starred.then_some(crate::model::Role::Lead)));
        if let Some(role) = verb {
            for h in hints[open_from..i].iter_mut().filter(|h| h.is_none()) {
                *h = Some(role);
            }
            if SHARED_VERBS.iter().any(|v| list[*a..*b].ends_with(v)) {
                shared.extend(open_from..=i);
            }
            open_from = i + 1;
        }
    }
    // 由市交通运输局牵头，市发展改革委、市自然资源局按职责分工负责: beside a lead, the others support it.
    if hints.contains(&Some(crate::model::Role::Lead)) || lead_label && hints.contains(&None) {
        for &i in &shared {
            if hints[i] == Some(crate::model::Role::Responsible) {
                hints[i] = Some(crate::model::Role::Support);
            }
        }
    }
    let mut out = Vec::new();
    let mut carry: Option<String> = None;
    let mut group_open: Option<(&str, String)> = None;
    let mut dept_group: Option<String> = None;
    // A group of levels written without its government word (有关盟市 of 有关盟市、旗县人民政府): its place in
    // `out` and its words, to take the word the next item ends with.
    let mut bare_group: Option<(usize, String)> = None;
    let mut bare_places: Vec<(String, usize, usize, Option<crate::model::Role>)> = Vec::new();
    let zone_words = super::zone_units::shared_zone_words(list, &items);
    for (((a, b), hint), zone_word) in items.into_iter().zip(hints).zip(zone_words) {
        let (item, _) = role_mark(&list[a..b]);
        let item = item.strip_prefix('由').unwrap_or(item);
        let item = without_others(item);
        // 2025年12九原区人民政府: a date run into the unit by a table's conversion is not part of it.
        let item = match LEADING_DATE.find(item) {
            Some(m) if m.end() < item.len() => item[m.end()..].trim_start(),
            _ => item,
        };
        // `item` is a slice of `list`: its own byte range there.
        let a = (item.as_ptr() as usize).saturating_sub(list.as_ptr() as usize);
        let b = a + item.len();
        let (item, other) = other_name(item);
        let with_word;
        let item = match zone_word {
            Some(w) => {
                with_word = format!("{item}{w}");
                with_word.as_str()
            }
            None => item,
        };
        // 旗县(市、区)人民政府: the levels in brackets are the levels of the group.
        let levels_written = bracketed_levels(item);
        let item = levels_written.as_deref().unwrap_or(item);
        let lex = &*LEXICON;
        // 呼包鄂乌四市人民政府, 呼包鄂三市政府: the cluster's cities by their one-character names, each its
        // government.
        if let Some(c) = CLUSTER_GOVS.captures(item)
            && let Some(cities) = lex.cluster_cities(&c[1])
        {
            for city in cities {
                out.push(Unit {
                    hint,
                    ..government_or_unit(&city, "人民政府", a, b)
                });
            }
            continue;
        }
        if let Some(p) = lex.resolve_norm(item).filter(|p| p.rank >= Rank::Province) {
            bare_places.push((p.name.clone(), a, b, hint));
            continue;
        }
        // 各盟行政公署、市人民政府, 有关盟行政公署、市人民政府: a level's government after a group of
        // governments is the group's other half (each city's government), not one city's; so is a bare
        // government word after one (相关盟市行政公署、人民政府, 各盟市人民政府、行政公署).
        // (各旗县市区人民政府、开发区管委会: each zone's administration, named by no zone, is the group's too.)
        // 四市发展改革委、交通运输局: a department named alone after a group of departments is the group's too.
        let in_group;
        let item = match dept_group.take().filter(|_| bare_department(item)) {
            Some(govs) => {
                in_group = format!("{govs}{item}");
                in_group.as_str()
            }
            None => item,
        };
        dept_group = department_group(item).map(|(govs, _)| govs.to_string());
        let parsed = match &group_open {
            Some((quantifier, _))
                if LEVEL_GOV.is_match(item)
                    || BARE_ZONE_UNIT.is_match(item)
                    || BARE_LOCAL_UNIT.is_match(item) =>
            {
                parse_one(&format!("{quantifier}{item}"), ctx, None)
            }
            Some((_, levels)) if GOV_CORES.contains(&item) => {
                parse_one(&format!("{levels}{item}"), ctx, None)
            }
            _ => parse_one(item, ctx, carry.as_ref()),
        };
        let Some((unit, prefix)) = parsed else {
            continue;
        };
        if let Some((i, words)) = bare_group.take()
            && group_open.is_some()
            && LEVEL_GOV.is_match(item)
            && let Some(core) = GOV_CORES.iter().find(|g| item.ends_with(*g))
            && let Some((whole, _)) = parse_one(&format!("{words}{core}"), ctx, None)
        {
            let old = &out[i];
            out[i] = Unit {
                start: old.start,
                end: old.end,
                hint: old.hint,
                ..whole
            };
        }
        if unit.kind == UnitKind::Group && levels_alone(item) {
            bare_group = Some((out.len(), item.to_string()));
        }
        group_open = if unit.kind == UnitKind::Group {
            government_group(item)
        } else {
            group_open.filter(|_| LEVEL_GOV.is_match(item) || GOV_CORES.contains(&item))
        };
        if unit.kind == UnitKind::Government || unit.kind == UnitKind::Department {
            // 呼和浩特市、包头市、鄂尔多斯市人民政府: the tail applies to every bare place before it.
            // 天山镇、绍根镇、巴彦花苏木人民政府: a government shares only its government word.
            // 罕台镇、巴音门克街道、万水泉镇: a unit that names no place shares nothing with the places before it.
            let tail = match GOV_CORES.iter().find(|g| item.ends_with(*g)) {
                Some(g) => Some(g.to_string()),
                _ => unit_tail(item),
            };
            let shared = if tail.is_some() {
                std::mem::take(&mut bare_places)
            } else {
                Vec::new()
            };
            for (place, pa, pb, h) in shared {
                let tail = tail.as_deref().unwrap_or_default();
                out.push(Unit {
                    hint: h,
                    ..government_or_unit(&place, tail, pa, pb)
                });
            }
        }
        if let Some(p) = prefix {
            carry = Some(p);
        }
        let mut unit = unit;
        unit.aliases.extend(other.map(str::to_string));
        out.push(Unit {
            start: a,
            end: b,
            hint,
            ..unit
        });
    }
    // A bare place left over is that place's government.
    for (place, pa, pb, h) in bare_places {
        out.push(Unit {
            hint: h,
            ..government_or_unit(&place, "人民政府", pa, pb)
        });
    }
    out.sort_by_key(|u| u.start);
    out
}

/// A body written with its other name in brackets after it (市商务局〔市口岸办〕, 市投资促进中心(市招商局)): the
/// name before the brackets, and the other. A bracket that says where or what part (呼和浩特海关(驻乌兰察布办事处))
/// is no other name.
fn other_name(item: &str) -> (&str, Option<&str>) {
    // (县委组织部(县委人才办), 县供销社(县供销合作社联合社), 县总工会.)
    const UNIT_ENDS: [&str; 15] = [
        "部",
        "社",
        "会",
        "局",
        "办",
        "委",
        "委员会",
        "中心",
        "办公室",
        "厅",
        "室",
        "院",
        "站",
        "所",
        "队",
    ];
    let Some(close) = item
        .chars()
        .next_back()
        .filter(|c| matches!(c, ')' | '〕' | ']' | '】'))
    else {
        return (item, None);
    };
    let open = match close {
        ')' => '(',
        '〕' => '〔',
        ']' => '[',
        _ => '【',
    };
    let Some(i) = item.rfind(open) else {
        return (item, None);
    };
    let before = &item[..i];
    let inner = &item[i + open.len_utf8()..item.len() - close.len_utf8()];
    let named = |s: &str| UNIT_ENDS.iter().any(|e| s.ends_with(e));
    // 鄂尔多斯市、阿拉善盟人民政府(行政公署): a list of cities and leagues names each one's government.
    if before.ends_with("政府") && ["行政公署", "行署"].contains(&inner) {
        return (before, None);
    }
    // 区文旅局（张某某）: the person who answers for the unit, no part of its name.
    if named(before) && super::persons::is_person(inner) {
        return (before, None);
    }
    let chars = inner.chars().count();
    if (2..=16).contains(&chars)
        && before.chars().count() >= 2
        && named(before)
        && named(inner)
        && !["驻", "含", "不含", "各", "下设", "所属"]
            .iter()
            .any(|w| inner.starts_with(w))
        && !inner.contains(['、', ',', '(', '〔'])
    {
        (before, Some(inner))
    } else {
        (item, None)
    }
}

/// What follows the place an item starts with (九原区住建局 → 住建局): the part places before it share.
fn unit_tail(item: &str) -> Option<String> {
    let lex = &*LEXICON;
    match lex.gaz.find(item) {
        // (稀土高新区管委会: a zone's administration is no place's; 昆区 before it is the district's government.)
        Some(m) if m.start() == 0 && matches!(lex.gaz_keys[m.pattern()], Key::Place { .. }) => {
            Some(item[m.end()..].to_string())
        }
        _ => None,
    }
}

fn government_or_unit(place: &str, tail: &str, start: usize, end: usize) -> Unit {
    let gov = GOV_CORES.contains(&tail);
    let core = if gov {
        gov_core(place).to_string()
    } else {
        LEXICON.canonical_department(tail)
    };
    let kind = if gov {
        UnitKind::Government
    } else {
        UnitKind::Department
    };
    Unit {
        start,
        end,
        ..Unit::new(
            format!("{place}{core}"),
            Some(place.to_string()),
            kind,
            vec![],
        )
    }
}

#[cfg(test)]
#[path = "departments_bodies_tests.rs"]
mod bodies_tests;
#[cfg(test)]
#[path = "departments_tests.rs"]
mod tests;
