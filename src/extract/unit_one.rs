//! One item of a list of units read as a unit: its government (a prefix, a place's name, the document's
//! home or the prefix carried over from the item before), its canonical name, and the special forms (团市委,
//! national bodies, zones' administrations, towns, companies, groups, a department's own sections).

use super::departments::{GOV_CORES, GROUP, GovContext, Unit, UnitKind};
use super::lexicon::{Key, LEXICON, Rank};
use regex::Regex;
use std::sync::LazyLock;

/// The administration of a zone, park or port: 工业园区管委会, 高新区管理委员会, 口岸管委会.
static ZONE_UNIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\p{Han}{0,6}?(工业园区|产业园区|物流园区|园区|工业园|经济技术开发区|经济开发区|高新技术产业开发区|高新区|经开区|开发区|新区|口岸|综合保税区|保税区|试验区|合作区|示范区)(管委会|管理委员会)$")
        .unwrap_or_else(|_| unreachable!("static regex"))
});
/// The end of a town's, subdistrict's or village's name.
static TOWN_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[\p{Han}]+(镇|乡|苏木|街道|街道办事处|嘎查|村)$")
        .unwrap_or_else(|_| unreachable!("static regex"))
});

/// Units named by a place inside them rather than a government prefix (vertical bodies, companies).
const SELF_NAMED: [&str; 12] = [
    "海关",
    "支队",
    "大队",
    "总队",
    "公司",
    "集团",
    "支行",
    "分行",
    "银行",
    "监管局",
    "分局",
    "税务局",
];

/// The name of a place's government: a league (盟) has a 行政公署, a subdistrict (街道) an 办事处, every other
/// place a 人民政府.
pub(super) fn gov_core(place: &str) -> &'static str {
    match LEXICON.place(place) {
        Some(p) if p.level == "盟" => "行政公署",
        // A subdistrict is run by its office (巴音门克街道办事处).
        Some(p) if p.level == "街道" => "办事处",
        _ => "人民政府",
    }
}

/// A section of a department named without it (投资科, 规划处, 督查室): two to six characters ending in 科, 处,
/// 股 or 室, not 办公室 and no department the lexicon knows.
fn bare_section(name: &str) -> bool {
    (2..=6).contains(&name.chars().count())
        && name.chars().all(super::text::is_han)
        && name.ends_with(['科', '处', '股', '室'])
        && !name.ends_with("办公室")
        && LEXICON.canonical_department(name) == name
}

/// Parses one item; returns the unit and the prefix that later items may carry over.
pub(super) fn parse_one(
    item: &str,
    ctx: &GovContext,
    carry: Option<&String>,
) -> Option<(Unit, Option<String>)> {
    let lex = &*LEXICON;
    let written = item.to_string();
    // 市政府分管领导, 各部门主要负责同志: people in charge, not units.
    if [
        "领导",
        "负责同志",
        "负责人",
        "领导同志",
        "分管副市长",
        "分管副主席",
    ]
    .iter()
    .any(|w| item.ends_with(w))
    {
        return None;
    }
    // 团市委 / 团区委 / 团旗委: the Youth League committee of that government.
    if let Some(level) = item.strip_prefix('团').and_then(|r| r.strip_suffix('委'))
        && ["市", "区", "旗", "县", "盟"].contains(&level)
        && let Some(place) = ctx.resolve_prefix(level)
    {
        let unit = Unit::new(
            format!("共青团{place}委员会"),
            Some(place),
            UnitKind::Department,
            vec![written],
        );
        return Some((unit, None));
    }
    // 国务院, 国家发改委, 财政部: national bodies, under no government of the region.
    if let Some(full) = lex.national(item) {
        let unit = Unit::new(
            full.to_string(),
            Some("中国".into()),
            UnitKind::Department,
            vec![written],
        );
        return Some((unit, None));
    }
    // 国家能源局内蒙古监管办: a national body's office in a place, under 中国 like the body.
    if let Some((body, rest)) = lex.national_office(item) {
        let unit = Unit::new(
            format!("{body}{rest}"),
            Some("中国".into()),
            UnitKind::Department,
            vec![written],
        );
        return Some((unit, None));
    }
    // 新区管委会 in a plan for 和林格尔新区: the administration of the zone the document is about.
    if let Some(zone) = &ctx.subject_zone
        && let Some(kind) = ["管委会", "管理委员会"]
            .iter()
            .find_map(|w| item.strip_suffix(w))
        && super::zone_units::ZONE_WORDS.contains(&kind)
        && zone.ends_with(kind)
    {
        let sub = GovContext {
            subject_zone: None,
            ..ctx.clone()
        };
        return parse_one(&format!("{zone}管委会"), &sub, None).map(|(u, _)| {
            (
                Unit {
                    aliases: vec![written.clone()],
                    ..u
                },
                None,
            )
        });
    }
    let mut rest = item.strip_prefix("中共").unwrap_or(item);
    let mut place: Option<String> = None;
    let mut explicit = false;
    let mut self_named = false;
    let mut party = false;
    // A prefix the document gives no government for (市 in a document without a home): kept as written.
    let mut unresolved: Option<&str> = None;
    if let Some(unit) = super::zone_units::named_zone_unit(rest, &written, ctx, carry)
        .or_else(|| super::zone_units::named_feature_unit(rest, &written, ctx, carry))
    {
        return Some((unit, None));
    }
    // A town's stem (甘其毛都口岸管委会) names the unit, not its government.
    if let Some(m) = lex
        .gaz
        .find(rest)
        .filter(|m| m.start() == 0 && !lex.town_stem[m.pattern()])
    {
        match lex.gaz_keys[m.pattern()] {
            Key::Place { idx, short } => {
                let p = &lex.places[idx];
                place = Some(p.name.clone());
                explicit = true;
                // 呼和浩特海关(驻乌兰察布办事处), 包头稀土高新区税务局: the written name is the unit's own.
                self_named = short
                    && SELF_NAMED
                        .iter()
                        .any(|s| rest.ends_with(s) || rest[m.end()..].starts_with(s));
                // 九原工业园区管委会: a short place name before a zone is part of the zone's own name.
                if short && ZONE_UNIT.is_match(&rest[m.end()..]) {
                    let label = format!(
                        "{}{}",
                        &rest[..m.end()],
                        lex.canonical_department(&rest[m.end()..])
                    );
                    let unit = Unit::new(label, place, UnitKind::Department, vec![written]);
                    return Some((unit, None));
                }
                rest = &rest[m.end()..];
                // 呼市市委, 呼市市政府: the short name and then the government's level again.
                if short
                    && let Some(level) = p.name.chars().next_back()
                    && let Some(r) = rest.strip_prefix(level)
                    && ["委", "政府", "人民政府"].iter().any(|w| r.starts_with(w))
                {
                    rest = r;
                }
                // 鄂尔多斯市东胜区人民政府: the unit belongs to the lower place, written after its parent.
                while let Some(m2) = lex.gaz.find(rest).filter(|m2| m2.start() == 0)
                    && let Key::Place { idx: i2, short } = lex.gaz_keys[m2.pattern()]
                    && place
                        .as_deref()
                        .is_some_and(|p| lex.within(&lex.places[i2].name, p))
                    && m2.end() < rest.len()
                {
                    place = Some(lex.places[i2].name.clone());
                    // 包头市九原工业园区管委会: as 九原工业园区管委会 is named.
                    if short && ZONE_UNIT.is_match(&rest[m2.end()..]) {
                        let label = format!(
                            "{}{}",
                            &rest[..m2.end()],
                            lex.canonical_department(&rest[m2.end()..])
                        );
                        let unit = Unit::new(label, place, UnitKind::Department, vec![written]);
                        return Some((unit, None));
                    }
                    rest = &rest[m2.end()..];
                }
            }
            Key::Zone(z) => {
                let zone = &lex.zones[z];
                let tail = &rest[m.end()..];
                let core = if tail.is_empty() {
                    "管理委员会".to_string()
                } else {
                    lex.canonical_department(tail)
                };
                let unit = Unit::new(
                    format!("{}{}", zone.name, core),
                    zone.parent.clone(),
                    UnitKind::Department,
                    vec![written],
                );
                return Some((unit, None));
            }
        }
    } else if let Some(town) = ctx
        .home
        .as_deref()
        .filter(|h| lex.place(h).is_some_and(|p| p.rank == Rank::Town))
        && let Some(r) = ["苏木", "镇", "乡"]
            .iter()
            .find_map(|p| rest.strip_prefix(p))
            .filter(|r| {
                !r.is_empty()
                    && !["村", "镇", "区", "域", "级", "街"]
                        .iter()
                        .any(|w| r.starts_with(w))
            })
    {
        // 镇农业农村办公室 in a town's own plan: the town's.
        place = Some(town.to_string());
        explicit = true;
        rest = r;
    } else {
        for pre in ["自治区", "省", "市", "区", "旗", "县", "盟"] {
            let Some(r) = rest.strip_prefix(pre) else {
                continue;
            };
            // 市场监督管理局 (市监局) and 区域经济合作局 are names, not prefixes.
            if r.is_empty()
                || rest.starts_with("市场") && !rest.starts_with("市市场")
                || rest == "市监局"
                || rest.starts_with("区域")
            {
                break;
            }
            place = ctx.resolve_prefix(pre);
            explicit = place.is_some();
            unresolved = place.is_none().then_some(pre);
            rest = r;
            break;
        }
        // 行署, 行署办公室: only a league has one, whatever the home below it.
        if place.is_none() && unresolved.is_none() && rest.starts_with("行署") {
            place = ctx.resolve_prefix("盟");
            explicit = place.is_some();
            unresolved = place.is_none().then_some("盟");
        }
    }
    // 府谷县清水工业园区管委会: a zone's administration named after its government is named as the zone is
    // (清水工业园区管理委员会, as a list in the county writes it).
    if explicit
        && !self_named
        && let Some(p) = &place
        && let Some(mut unit) = super::zone_units::named_zone_unit(rest, &written, ctx, Some(p))
        && unit.jurisdiction.as_deref() == Some(p.as_str())
    {
        unit.aliases.push(format!("{p}{}", unit.label));
        return Some((unit, Some(p.clone())));
    }
    // 市政府国资委 is 市国资委: the government's commission, named without it.
    if explicit
        && let Some(r) = rest
            .strip_prefix("人民政府")
            .or_else(|| rest.strip_prefix("政府"))
            .filter(|r| {
                !r.starts_with('办')
                    && (r.ends_with('委') || r.ends_with("委员会") || r.ends_with('局'))
            })
    {
        rest = r;
    }
    if let Some(r) = rest
        .strip_prefix('委')
        .filter(|r| !r.is_empty() && explicit)
    {
        party = true;
        rest = r;
    }
    if rest.is_empty() {
        return None;
    }
    let group = GROUP.is_match(rest) || GROUP.is_match(item);
    let embedded = !explicit
        && lex.gaz.find(rest).is_some_and(|m| m.start() > 0)
        && SELF_NAMED.iter().any(|s| rest.ends_with(s))
        || !explicit
            && lex
                .gaz
                .find(rest)
                .is_some_and(|m| m.start() > 0 && rest[..m.start()].ends_with("管理局"));
    // 万水泉镇, 稀土路街道: a town or subdistrict the lexicon does not know is its government (万水泉镇人民政府,
    // 稀土路街道办事处), in the home place; a village is its own name.
    if !explicit && !group && rest.chars().count() >= 3 {
        let jur = carry.cloned().or_else(|| ctx.home.clone());
        let core = match TOWN_END.captures(rest).and_then(|c| c.get(1)) {
            Some(m) if m.as_str() == "街道" => Some("办事处"),
            Some(m) if ["镇", "乡", "苏木"].contains(&m.as_str()) => Some("人民政府"),
            Some(_) => Some(""),
            None => None,
        };
        if let Some(core) = core {
            let (label, kind) = if core.is_empty() {
                (written.clone(), UnitKind::Department)
            } else {
                (format!("{rest}{core}"), UnitKind::Government)
            };
            let unit = Unit::new(label, jur, kind, vec![written]);
            return Some((unit, None));
        }
    }
    // 远景科技集团, 内蒙古能源集团有限公司: an enterprise by its registered name belongs to no government.
    let company = !explicit
        && !group
        && ["公司", "集团"].iter().any(|s| rest.ends_with(s))
        && (LEXICON
            .enterprises
            .find(rest)
            .is_some_and(|m| m.start() == 0)
            || rest.contains("有限")
            || rest.contains("股份"));
    if company {
        let jur = lex
            .gaz
            .find(rest)
            .and_then(|m| match lex.gaz_keys[m.pattern()] {
                Key::Place { idx, .. } => Some(lex.places[idx].name.clone()),
                Key::Zone(_) => None,
            });
        let unit = Unit::new(written.clone(), jur, UnitKind::Department, vec![written]);
        return Some((unit, None));
    }
    if let Some(pre) = unresolved
        && !group
    {
        let label = format!("{pre}{}", lex.canonical_department(rest));
        let kind = if GOV_CORES.contains(&rest) {
            UnitKind::Government
        } else {
            UnitKind::Department
        };
        let unit = Unit::new(label, None, kind, vec![written]);
        return Some((unit, None));
    }
    if !explicit && !group {
        if let Some(p) = carry {
            place = Some(p.clone());
        } else {
            place = ctx.home.clone();
            // 青山装备制造产业园区 in 青山区's plan: a zone named by its home's stem is named in full already.
            if let Some(home) = &ctx.home
                && let Some(unit) = super::zone_units::zone_named_by_home(rest, home, &written)
            {
                return Some((unit, None));
            }
        }
    }
    if group {
        let jur = place.clone().or_else(|| ctx.home.clone());
        // 市直各有关部门, 县级相关部门, 旗县级有关单位: 直 and 级 need their level.
        let levels = item.trim_start_matches(['自', '治', '市', '区', '旗', '县', '盟']);
        // (旗县人民政府: the group is the item's, whose 旗 is no prefix.)
        let shown = if levels.starts_with(['直', '级']) && levels.len() < item.len()
            || !GROUP.is_match(rest)
        {
            item
        } else {
            rest
        };
        // 各旗县区发展改革委: the group's department by its full name (各旗县区发展和改革委员会).
        let canonical = super::unit_groups::department_group(item)
            .map(|(govs, dept)| format!("{govs}{}", lex.canonical_department(dept)));
        // 各旗区政府 is 各旗区人民政府.
        let full_gov = (shown.strip_suffix("政府"))
            .filter(|g| !g.ends_with("人民") && g.chars().count() >= 2)
            .map(|g| format!("{g}人民政府"));
        let shown = canonical
            .as_deref()
            .or(full_gov.as_deref())
            .unwrap_or(shown);
        let label = match &jur {
            Some(j) => format!("{shown}({j})"),
            None => shown.to_string(),
        };
        return Some((
            Unit::new(label, jur, UnitKind::Group, vec![written]),
            if explicit { place.clone() } else { None },
        ));
    }
    let gov = GOV_CORES.contains(&rest);
    // 牵头科室:投资科 in a department's own plan: the department's section.
    if !explicit
        && carry.is_none()
        && !gov
        && let Some(dept) = &ctx.dept
        && bare_section(rest)
    {
        let unit = Unit::new(
            format!("{dept}{rest}"),
            place.clone(),
            UnitKind::Department,
            vec![written],
        );
        return Some((unit, None));
    }
    let core = if gov {
        gov_core(place.as_deref().unwrap_or("")).to_string()
    } else {
        lex.canonical_department(rest)
    };
    let (label, jurisdiction) = if self_named || embedded {
        let jur = place.clone().or_else(|| {
            lex.gaz
                .find(rest)
                .and_then(|m| match lex.gaz_keys[m.pattern()] {
                    Key::Place { idx, .. } => Some(lex.places[idx].name.clone()),
                    Key::Zone(_) => None,
                })
        });
        (written.clone(), jur)
    } else {
        let p = place.clone().unwrap_or_default();
        let party_infix = if party { "委" } else { "" };
        let label = super::zone_units::home_zone_administration(&p, &core)
            .unwrap_or_else(|| format!("{p}{party_infix}{core}"));
        (label, place.clone())
    };
    let mut aliases = vec![written.clone()];
    // 办公室 of 区委办公室, 办事处 of 富强路街道办事处: a word every government has, no name of this one.
    const GENERIC: [&str; 6] = ["办公室", "办事处", "管委会", "管理委员会", "委员会", "办"];
    if !gov && rest != written && !GENERIC.contains(&rest) {
        aliases.push(rest.to_string());
    }
    let kind = if gov {
        UnitKind::Government
    } else {
        UnitKind::Department
    };
    // 中国铁路…公司: a country's name is no prefix for the items after it.
    let national = place
        .as_deref()
        .and_then(|p| lex.place(p))
        .is_some_and(|p| p.rank == Rank::Country);
    let next_carry = if explicit && !national {
        place.clone()
    } else {
        None
    };
    Some((Unit::new(label, jurisdiction, kind, aliases), next_carry))
}
