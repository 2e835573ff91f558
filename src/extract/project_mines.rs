//! Mines named by their own name (杨伙盘煤矿, 黑岱沟露天煤矿, 准能集团黑岱沟露天煤矿, 大柳塔煤矿), not a
//! place's or a kind's mines (府谷县大型煤矿, 井工煤矿, 智能化示范煤矿).

use super::lexicon::{LEXICON, Rank};
use super::project_companies::enterprise_prefix;
use super::project_names::GENERIC_START;
use super::project_parks::NOT_IN_NAME;
use super::text::is_han;

/// Words that say what kind of mine, or how many, not which one.
const KINDS: [&str; 23] = [
    "大型", "中型", "小型", "重点", "现有", "在产", "在建", "生产", "安全", "智能", "智慧", "示范",
    "先进", "优质", "标准", "国有", "地方", "整合", "关闭", "停产", "所有", "井工", "露天",
];

/// Whether `stem` (the words before 煤矿) names one mine: its own name of two to five characters, after the
/// place or company it belongs to and before its kind (露天, 井工), none of them a word of kind or count; a town
/// or village may name it (巴彦高勒煤矿), a banner, county or city names its mines.
pub(super) fn mine_named(stem: &str) -> bool {
    let lex = &*LEXICON;
    let mut own = stem;
    if let Some(n) = enterprise_prefix(own) {
        own = &own[n..];
    }
    for w in ["集团", "公司"] {
        if let Some(i) = own.find(w) {
            own = &own[i + w.len()..];
        }
    }
    if let Some(m) = lex.gaz.find(own).filter(|m| m.start() == 0) {
        if m.end() == own.len() {
            // A town's or village's mine, not a county's.
            return lex.resolve_place(own).is_some_and(|p| p.rank >= Rank::Town);
        }
        own = &own[m.end()..];
    }
    let own = own
        .strip_suffix("露天")
        .or_else(|| own.strip_suffix("井工"))
        .unwrap_or(own);
    (2..=5).contains(&own.chars().count())
        && own.chars().all(|c| is_han(c) && !NOT_IN_NAME.contains(&c))
        && !GENERIC_START.iter().any(|g| own.starts_with(g))
        && !KINDS.iter().any(|k| own.contains(k))
        && !own.ends_with(['座', '个', '处', '家', '批', '类', '型', '级', '化'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mines_by_their_names() {
        for s in ["杨伙盘", "黑岱沟露天", "大柳塔", "准能集团黑岱沟露天"] {
            assert!(mine_named(s), "{s}");
        }
        for s in [
            "府谷县大型",
            "府谷县",
            "井工",
            "智能化示范",
            "国家首批智能化示范",
            "全市",
            "重点",
            "露天",
        ] {
            assert!(!mine_named(s), "{s}");
        }
    }
}
