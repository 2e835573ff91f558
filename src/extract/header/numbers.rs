//! The issuer a document number names: a government's code (榆政办发, 锡署发, 国函) or a department's (通农牧发,
//! 榆发改发).

use super::super::lexicon::{DOC_CODES, LEXICON, Rank};
use super::super::structure::re;
use regex::Regex;
use std::sync::LazyLock;

/// The issuer's code at the head of a document number: 榆政办发, 包府发, 锡署发, 国函.
static DOC_NO_ISSUER: LazyLock<Regex> =
    LazyLock::new(|| re(r"^([\p{Han}]{1,3}?)(政|府|署)?(办)?(发|函|字|电|规|明电)〔"));

/// The issuer a document number names: 国函 → 国务院; 榆政办发 in a Yulin plan → 榆林市人民政府办公室. The
/// code's first character must start the home government's name (内 for 内蒙古自治区).
pub(super) fn issuer_of_number(number: &str, home: Option<&str>) -> Option<String> {
    let Some(c) = DOC_NO_ISSUER.captures(number) else {
        return department_of_number(number, home?);
    };
    let code = c.get(1)?.as_str();
    let office = c.get(3).is_some();
    if code == "国" {
        return Some(
            if office {
                "国务院办公厅"
            } else {
                "国务院"
            }
            .to_string(),
        );
    }
    let Some(_) = c.get(2) else {
        return department_of_number(number, home?);
    };
    let home = home?;
    let first = code.chars().next()?;
    if !home.starts_with(first) {
        return None;
    }
    let place = LEXICON.place(home);
    let league = place.is_some_and(|p| p.level == "盟");
    let province = place.is_some_and(|p| p.rank == Rank::Province);
    Some(match (office, league, province) {
        (false, true, _) => format!("{home}行政公署"),
        (false, false, _) => format!("{home}人民政府"),
        (true, true, _) => format!("{home}行政公署办公室"),
        (true, false, true) => format!("{home}人民政府办公厅"),
        (true, false, false) => format!("{home}人民政府办公室"),
    })
}

/// The home government's department a document number names (通农牧发 in a Tongliao plan → 通辽市农牧局, 榆发改发
/// → 榆林市发展和改革委员会, 内工信发 → 内蒙古自治区工业和信息化厅): the home's short name (or its first
/// character), then a department's code ([`DOC_CODES`]) and nothing else before 发 / 函 / 字 / 规.
fn department_of_number(number: &str, home: &str) -> Option<String> {
    let code = &number[..number.find('〔')?];
    let code = ["发", "函", "字", "规"]
        .iter()
        .find_map(|w| code.strip_suffix(w))?;
    let place = LEXICON.place(home)?;
    let short = ["自治区", "市", "盟", "旗", "县", "区"]
        .iter()
        .find_map(|w| home.strip_suffix(w))
        .filter(|s| s.chars().count() >= 2 && code.starts_with(s));
    let abbr = match short {
        Some(s) => &code[s.len()..],
        None => code.strip_prefix(home.chars().next()?)?,
    };
    let dept = DOC_CODES.iter().find(|(c, _)| *c == abbr)?.1;
    // A region's departments are 厅 (工业和信息化厅); a county's commissions are 局 (发展和改革局, 卫生健康局).
    let dept = match place.rank {
        Rank::Province => dept
            .strip_suffix('局')
            .map_or(dept.to_string(), |d| format!("{d}厅")),
        Rank::County if dept == "发展和改革委员会" => "发展和改革局".to_string(),
        Rank::County if dept == "卫生健康委员会" => "卫生健康局".to_string(),
        _ => dept.to_string(),
    };
    Some(format!("{home}{dept}"))
}
