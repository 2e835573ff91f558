//! Companies among project names: the kinds of business a company's name ends in (宝丰能源, 君正化工), words
//! that only look like one, and whether a stem is a company's name or its product.

use super::lexicon::LEXICON;
use super::project_names::*;
use super::project_parks::*;
use super::text::is_han;

/// Kinds of business a company's name ends in (宝丰能源, 君正化工, 开沃新能源).
pub(super) const COMPANY_KINDS: [&str; 31] = [
    "能源",
    "集团",
    "化工",
    "新材料",
    "煤业",
    "矿业",
    "电力",
    "股份",
    "控股",
    "实业",
    "硅业",
    "钢铁",
    "新能源",
    "钨业",
    "铝业",
    "铜业",
    "镁业",
    // 中利乳业奶粉加工项目.
    "乳业",
    "药业",
    "制药",
    "糖业",
    // 天欣纸业环保包装项目, 北方重工…, 优然牧业….
    "纸业",
    "重工",
    "电气",
    "水泥",
    "特钢",
    "牧业",
    // 金蒙稀土永磁电机项目, 天和磁材…, 英思特磁业…: Baotou's rare-earth firms.
    "稀土",
    "磁材",
    "磁业",
    "永磁",
];
/// Words of two characters that stand before those kinds without naming a company (清洁能源, 新型化工).
pub(super) const NOT_COMPANY: [&str; 80] = [
    "清洁", "绿色", "新型", "传统", "现代", "先进", "高端", "特色", "优势", "重点", "新兴", "战略",
    "未来", "数字", "智慧", "低碳", "零碳", "地方", "本地", "区域", "可再", "化石", "常规", "综合",
    "储备", "节能", "应急", "安全", "公共", "基础", "农村", "城市", "城乡", "国有", "民营", "龙头",
    "骨干", "大型", "中小", "精细", "信息", "关键", "核心", "共性", "前沿", "实用", "适用", "智能",
    "生物", "农业", "工业", "环保", "医疗", "通用", "高新", "科学", "配套", "新增", "保障", "市场",
    "存量", "增量", "外送", "就地", "消纳", "分布", "集中", "示范", "支撑", "调峰", "规模",
    // Where in a chain, and works not yet built (下游稀土永磁电机项目, 新上稀土永磁项目).
    "上游", "中游", "下游", "新上", "新建", "续建", "扩建", "改建", "拟建",
];

/// The length of the enterprise of the region a name starts with (申通 of 申通电商物流项目).
pub(super) fn enterprise_prefix(name: &str) -> Option<usize> {
    LEXICON
        .enterprises
        .find(name)
        .filter(|m| m.start() == 0)
        .map(|m| m.end())
}

/// Kinds of business that make a company's name only among the items of a list of projects (汇川技术电机、
/// 中晶科技…等项目); elsewhere they are as often a field (工程技术中心, 生命科技研发应用基地).
pub(super) const LIST_COMPANY_KINDS: [&str; 2] = ["科技", "技术"];

/// A company named as an item of a list of projects: [`company_named`], or two characters of name before
/// [`LIST_COMPANY_KINDS`].
pub(super) fn listed_company(item: &str) -> bool {
    company_named(item)
        || item.char_indices().nth(2).is_some_and(|(i, _)| {
            let (name, rest) = item.split_at(i);
            name.chars().all(|c| is_han(c) && !NOT_IN_NAME.contains(&c))
                && !NOT_COMPANY.contains(&name)
                && LEXICON.industry(name).is_none()
                && LIST_COMPANY_KINDS.iter().any(|k| rest.starts_with(k))
        })
}

/// A company named by two characters before its product, a sector at the item's end (赛盛电子级碳化硅, 远景零碳
/// 电池 in …等一批百亿级项目). Only among items that are not sectors themselves (区块链、人工智能、智联网汽车等前沿
/// 项目 lists sectors).
pub(super) fn company_product(item: &str) -> bool {
    item.char_indices().nth(2).is_some_and(|(i, _)| {
        let (name, rest) = item.split_at(i);
        name.chars().all(|c| is_han(c) && !NOT_IN_NAME.contains(&c))
            && !NOT_COMPANY.contains(&name)
            && !GENERIC_START.iter().any(|g| name.starts_with(g))
            && LEXICON.industry(name).is_none()
            && LEXICON.gaz.find(item).is_none_or(|m| m.start() > 0)
            && ends_in_product(rest)
    })
}

/// Words after a company's name that end with a sector of two or more characters, with at most four
/// characters of grade or kind before it (电子级碳化硅, 零碳电池, 碳化硅).
pub(super) fn ends_in_product(rest: &str) -> bool {
    let n = rest.chars().count();
    (2..=9).contains(&n)
        && rest.char_indices().take(5).any(|(i, _)| {
            let sector = &rest[i..];
            sector.chars().count() >= 2 && LEXICON.industry(sector).is_some()
        })
}

/// A stem that starts with a company's name: one in the lexicon of the region's enterprises (通威高纯晶硅), or
/// two characters of name, then the kind of business (宝丰能源绿氢耦合煤制烯烃, 开沃新能源汽车整车装配).
/// The length of the company [`company_named`] finds at the start of `stem`, its kind and all (金剑铜业 of
/// 金剑铜业技改).
pub(super) fn company_length(stem: &str) -> Option<usize> {
    if let Some(e) = enterprise_prefix(stem) {
        return Some(e);
    }
    let (i, _) = stem.char_indices().nth(2)?;
    let kind = COMPANY_KINDS.iter().find(|k| stem[i..].starts_with(*k))?;
    company_named(stem).then_some(i + kind.len())
}

pub(super) fn company_named(stem: &str) -> bool {
    if enterprise_prefix(stem).is_some() {
        return true;
    }
    let Some((i, _)) = stem.char_indices().nth(2) else {
        return false;
    };
    let (name, rest) = stem.split_at(i);
    name.chars().all(|c| is_han(c) && !NOT_IN_NAME.contains(&c))
        && !NOT_COMPANY.contains(&name)
        && !GENERIC_START.iter().any(|g| name.starts_with(g))
        && LEXICON.industry(name).is_none()
        && COMPANY_KINDS.iter().any(|k| rest.starts_with(k))
}
