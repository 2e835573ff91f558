//! Units that administer a zone, park or port (管委会), named in full.

use super::departments::{GovContext, Unit, UnitKind};
use super::lexicon::{LEXICON, Rank};
use regex::Regex;
use std::sync::LazyLock;

/// The administration of a zone or port named in full without a place before it (满都拉口岸管委会,
/// 锦界工业园区管委会): its own name, not the carried-over government's; its place is the town it is named after
/// when the lexicon knows one (甘其毛都 → 乌拉特中旗), otherwise the document's.
pub fn named_zone_unit(
    rest: &str,
    written: &str,
    ctx: &GovContext,
    carry: Option<&String>,
) -> Option<Unit> {
    let lex = &*LEXICON;
    // A place before it is its government's; a town's stem (甘其毛都) is the zone's own name.
    if lex
        .gaz
        .find(rest)
        .is_some_and(|m| m.start() == 0 && !lex.town_stem[m.pattern()])
    {
        return None;
    }
    let core = ["管委会", "管理委员会"]
        .iter()
        .find_map(|w| rest.strip_suffix(w))?;
    let name_len = ZONE_WORDS
        .iter()
        .find_map(|z| core.strip_suffix(z).map(str::len))?;
    let name = &core[..name_len];
    let n = name.chars().count();
    if !(2..=8).contains(&n)
        || !name.chars().all(super::text::is_han)
        // 跨境经济合作区, 重点开发开放试验区, 综合保税区: kinds of zone, not names.
        || [
            "各", "有关", "相关", "经济", "工业", "产业", "物流", "跨境", "重点", "综合", "边境", "国家级", "高新",
            "现代", "特色", "循环", "绿色", "新型", "化工",
        ]
            .iter()
            .any(|g| name.starts_with(g) || name == *g)
    {
        return None;
    }
    let town = ["镇", "苏木", "乡", ""].iter().find_map(|suffix| {
        lex.place(&format!("{name}{suffix}"))
            .filter(|p| p.rank >= Rank::Town)
            .and_then(|p| p.parent.clone())
    });
    let jurisdiction = town.or_else(|| carry.cloned()).or_else(|| ctx.home.clone());
    Some(Unit::new(
        format!("{name}{}", lex.canonical_department(&rest[name_len..])),
        jurisdiction,
        UnitKind::Department,
        vec![written.to_string()],
    ))
}

/// A body named after the mountain, lake or desert it manages (贺兰山管理局, 乌梁素海保护区管理站): its own name, not
/// the carried-over government's; its place is the government carried over or the document's.
pub fn named_feature_unit(
    rest: &str,
    written: &str,
    ctx: &GovContext,
    carry: Option<&String>,
) -> Option<Unit> {
    let lex = &*LEXICON;
    let m = lex.features.find(rest).filter(|m| m.start() == 0)?;
    let body = &rest[m.end()..];
    let managed = ["管理局", "管理处", "管理站", "管理所", "管理中心"]
        .iter()
        .any(|w| body.ends_with(w));
    (managed && body.chars().count() <= 10 && body.chars().all(super::text::is_han)).then(|| {
        Unit::new(
            format!("{}{}", &rest[..m.end()], lex.canonical_department(body)),
            carry.cloned().or_else(|| ctx.home.clone()),
            UnitKind::Department,
            vec![written.to_string()],
        )
    })
}

/// Spans of zones' administrations written in running text by the zone's name alone (经济技术开发区管委会,
/// 和林格尔新区管委会, 锦界工业园区管委会), each starting where `clean` says a name may start (after punctuation
/// or a word such as 由 / 和 / 会同) and read as one unit by the list parser; the earliest such start wins, so
/// 和林格尔新区 is not cut at its 和.
pub fn zone_units_in_text(
    text: &str,
    ctx: &GovContext,
    clean: impl Fn(&str) -> bool,
) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for word in ["管委会", "管理委员会"] {
        for (at, _) in text.match_indices(word) {
            let before = &text[..at];
            if !ZONE_WORDS.iter().any(|z| before.ends_with(z)) {
                continue;
            }
            let e = at + word.len();
            // Back to the clause's start, at most twenty characters.
            let clause = super::text::suffix(before, 60);
            let clause = clause
                .rfind([
                    ',', '，', ';', '；', ':', '：', '。', '、', '(', '（', ')', '）',
                ])
                .map_or(clause, |i| {
                    &clause[i + clause[i..].chars().next().map_or(1, char::len_utf8)..]
                });
            let from = at - clause.len();
            let found = clause.char_indices().find_map(|(i, _)| {
                let s = from + i;
                let name = &text[s..at];
                // 济技术开发区 inside 经济技术开发区; 加快推进园区管委会改革: no zone's name.
                if !clean(&text[..s])
                    || ZONE_WORDS
                        .iter()
                        .any(|z| z.len() > name.len() && z.ends_with(name) && before.ends_with(z))
                    || super::running::VERBS.iter().any(|v| name.contains(v))
                    // 会同锦界工业园区: the word before the name, unless a place starts there (和林格尔新区).
                    || (1..=2).any(|n| {
                        let k = super::text::prefix_chars(name, n).len();
                        k < name.len() && clean(&text[..s + k])
                    }) && LEXICON.gaz.find(name).is_none_or(|m| m.start() != 0)
                {
                    return None;
                }
                let units = super::departments::parse_units(&text[s..e], ctx);
                let [u] = units.as_slice() else {
                    return None;
                };
                (u.kind == UnitKind::Department && u.start == 0 && u.end == e - s).then_some((s, e))
            });
            out.extend(found);
        }
    }
    out
}

/// 榆林高新区、榆横工业区、榆神工业区管委会: zones listed before the last one's administration share its word;
/// per item, the word it takes.
pub(super) fn shared_zone_words(list: &str, items: &[(usize, usize)]) -> Vec<Option<&'static str>> {
    let zone = |t: &str| ZONE_WORDS.iter().any(|z| t.ends_with(z));
    let mut out = vec![None; items.len()];
    let mut word: Option<&'static str> = None;
    for (i, &(a, b)) in items.iter().enumerate().rev() {
        let t = &list[a..b];
        if let Some(w) = ["管委会", "管理委员会"]
            .into_iter()
            .find(|w| t.ends_with(w))
        {
            word = zone(&t[..t.len() - w.len()]).then_some(w);
            continue;
        }
        let joined = items
            .get(i + 1)
            .is_some_and(|&(next, _)| list[b..next].trim() == "、");
        match word {
            Some(w) if joined && zone(t) => out[i] = Some(w),
            _ => word = None,
        }
    }
    out
}

/// Kinds of zone whose administration is a 管委会, longest first.
pub(super) const ZONE_WORDS: [&str; 21] = [
    "高新技术产业开发区",
    "经济技术开发区",
    "经济开发区",
    "综合保税区",
    "工业园区",
    "产业园区",
    "物流园区",
    "工业园",
    "工业区",
    "产业园",
    "物流园",
    "高新区",
    "经开区",
    "开发区",
    "保税区",
    "试验区",
    "合作区",
    "示范区",
    "园区",
    "口岸",
    "新区",
];

/// The endings of a zone's name, and of its administration's.
static ZONE_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(园区|产业园|工业园|开发区|高新区|新区|示范区|试验区|合作区|保税区)(管委会|管理委员会)?$",
    )
    .unwrap_or_else(|_| unreachable!("static regex"))
});

/// A zone (or its administration) whose name starts with its home's stem (青山 of 青山区: 青山装备制造产业园区),
/// which the stem alone does not resolve where it is an ordinary word: the unit as named, in the home.
pub(super) fn zone_named_by_home(rest: &str, home: &str, written: &str) -> Option<Unit> {
    let stem = home
        .strip_suffix(['区', '旗', '县', '市', '盟'])
        .filter(|s| s.chars().count() >= 2)?;
    let after = rest.strip_prefix(stem)?;
    let m = ZONE_NAME.find(after)?;
    if after.starts_with(['区', '旗', '县', '市', '盟'])
        || m.start() == 0 && m.end() == after.len() && m.as_str().chars().count() <= 2
    {
        return None;
    }
    let label = match after.strip_suffix("管委会") {
        Some(a) => format!("{stem}{a}管理委员会"),
        None => rest.to_string(),
    };
    Some(Unit::new(
        label,
        Some(home.to_string()),
        UnitKind::Department,
        vec![written.to_string()],
    ))
}

/// The administration of the one zone of its kind a place has, written by the kind alone (高新区管委会 in 榆林市's
/// plan → 榆林高新技术产业开发区管理委员会, not 榆林市高新技术产业开发区管理委员会).
pub(super) fn home_zone_administration(place: &str, core: &str) -> Option<String> {
    let kind = core.strip_suffix("管理委员会")?;
    if kind.chars().count() < 3 || place.is_empty() {
        return None;
    }
    let lex = &*LEXICON;
    let mut zones = lex
        .zones
        .iter()
        .filter(|z| z.name.ends_with(kind) && z.parent.as_deref() == Some(place));
    let zone = zones.next()?;
    zones
        .next()
        .is_none()
        .then(|| format!("{}管理委员会", zone.name))
}
