//! Units that administer a zone, park or port (管委会), named in full.

use super::departments::{GovContext, Unit, UnitKind};
use super::lexicon::{LEXICON, Rank};

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
        || ["各", "有关", "相关", "经济", "工业", "产业", "物流", "跨境", "重点", "综合", "边境", "国家级"]
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
