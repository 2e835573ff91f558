//! Works named after the document's own government by its level alone (县委党校新校区, 旗人民医院, 县第五小学,
//! 县职业教育中心产教融合实训基地): named in full with that government's place (靖边县委党校新校区), as a unit
//! written 县发改局 is named 靖边县发展和改革局.

use super::departments::GovContext;

/// The levels a government is written by.
const LEVELS: [&str; 5] = ["市", "盟", "旗", "县", "区"];

/// What may follow a level that makes it part of another word (市场, 区域, 县城, 市级, 旗直 …), not a government.
const NOT_AFTER: [&str; 22] = [
    "级", "直", "属", "场", "政", "民", "域", "城", "区", "县", "旗", "市", "盟", "镇", "乡", "内",
    "外", "位", "块", "舰", "下", "长",
];

/// Buildings' heads (project_words' BUILDING_HEADS) that are no government's own works: a town's clinic, a market,
/// a complex, a zoo or garden, an area and an institute. Nor 中心 or 平台, which are no building heads: a government's
/// agencies are so named (旗大数据中心, 市公路中心, 区招商服务中心).
const NOT_OWN: [&str; 9] = [
    "卫生院",
    "交易市场",
    "综合体",
    "动物园",
    "植物园",
    "街区",
    "片区",
    "研究院",
    "研究所",
];

/// Whether a name ends with the head of a building or site a government builds for itself (a building's head, a
/// base or a park).
fn own_head(rest: &str) -> Option<&'static str> {
    super::project_words::BUILDING_HEADS
        .into_iter()
        .filter(|h| !NOT_OWN.contains(h))
        .chain(["基地", "公园"])
        .find(|h| rest.ends_with(h))
}

/// The level and the rest of a work's name written after the document's government by its level alone; the rest
/// has at least two characters before its head (县医院 alone is any county's hospital).
pub(super) fn by_level(name: &str) -> Option<(&'static str, &str)> {
    let level = LEVELS.iter().find(|l| name.starts_with(**l))?;
    let rest = &name[level.len()..];
    // 县委党校: the county's Party school (not 县委 as such).
    let party_school = rest.starts_with("委党校");
    if !party_school && (rest.starts_with('委') || NOT_AFTER.iter().any(|w| rest.starts_with(w))) {
        return None;
    }
    let head = own_head(rest)?;
    (rest[..rest.len() - head.len()].chars().count() >= 2 && rest.chars().all(super::text::is_han))
        .then_some((level, rest))
}

/// The name in full of a work written after the document's government by its level alone; None when the level
/// is no government the document names (区 in a city's plan).
pub(super) fn in_full(name: &str, gov: &GovContext) -> Option<String> {
    let (level, rest) = by_level(name)?;
    gov.resolve_prefix(level)
        .map(|place| format!("{place}{rest}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gov(home: &str) -> GovContext {
        GovContext {
            home: Some(home.into()),
            ..Default::default()
        }
    }

    #[test]
    fn works_of_the_documents_government() {
        let g = gov("靖边县");
        assert_eq!(
            in_full("县委党校新校区", &g).as_deref(),
            Some("靖边县委党校新校区")
        );
        assert_eq!(
            in_full("县职业教育中心产教融合实训基地", &g).as_deref(),
            Some("靖边县职业教育中心产教融合实训基地")
        );
        assert_eq!(in_full("县第五小学", &g).as_deref(), Some("靖边县第五小学"));
        // In a district's plan, 市 is its city's.
        assert_eq!(
            in_full("市人民医院", &gov("九原区")).as_deref(),
            Some("包头市人民医院")
        );
    }

    #[test]
    fn other_words_and_agencies_are_not() {
        for n in [
            "县医院",
            "市场监管服务中心",
            "区域医疗中心",
            "县城第二小学",
            "市级示范基地",
            "旗直机关幼儿园",
            "旗大数据中心",
            "县委宣传部",
            "市重点项目",
        ] {
            assert_eq!(by_level(n), None, "{n}");
        }
    }
}
