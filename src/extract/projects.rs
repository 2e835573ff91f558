//! Named projects, facilities, parks, zones and platforms: a head word (项目, 高铁, 机场, 园区, 平台 …) with the
//! name before it, road codes (G210…), zones from the lexicon; shared endings split (A和B项目 → two projects);
//! generic phrases without a proper element (一批重点项目, 养老服务信息平台) dropped.

use super::lexicon::{Key, LEXICON};
use super::matcher::Dict;
use super::phrase::{is_clause_break, name_start};
use super::text::is_han;
use regex::Regex;
use std::sync::LazyLock;

/// A project found in a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProjectHit {
    /// Canonical name.
    pub name: String,
    /// Start in the normalised paragraph.
    pub start: usize,
    /// End in the normalised paragraph.
    pub end: usize,
    /// Places a route links (A至B…), in order.
    pub connects: Vec<String>,
}

/// Head words that end a project's name (leftmost-longest: 高速铁路 over 高速, 产业园区 over 产业园).
const HEAD_WORDS: [&str; 59] = [
    "项目",
    "处理厂",
    "工程",
    "高速铁路",
    "城际铁路",
    "客运专线",
    "铁路",
    "高铁",
    "高速公路",
    "一级公路",
    "公路",
    "高速",
    "机场",
    "产业园区",
    "工业园区",
    "物流园区",
    "产业园",
    "科技园",
    "创业园",
    "园区",
    "基地",
    "中心",
    "平台",
    "新区",
    "小镇",
    "示范区",
    "试验区",
    "实验区",
    "先行区",
    "合作区",
    "开发区",
    "高新区",
    "保税区",
    "口岸",
    "通道",
    "大桥",
    "枢纽",
    "走廊",
    "系统",
    "综合治理",
    "实验室",
    "水库",
    "电厂",
    "电站",
    "管道",
    "专线",
    "公园",
    "物流港",
    "航空港",
    "陆港",
    "港",
    "贸易区",
    "旅游区",
    "度假区",
    "景区",
    "滑雪场",
    "物流园",
    "综合保税区",
    "灌区",
];
static HEAD: LazyLock<Dict> = LazyLock::new(|| Dict::new(HEAD_WORDS));
static SCALE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[一二三四五六七八九十百千万\d]+(万吨|吨|千瓦|兆瓦|期|号线|座|公里|千伏|万平方米)|集团|公司")
        .unwrap_or_else(|_| unreachable!("static regex"))
});
static ROAD_CODE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[GS]\d{1,4}[\p{Han}A-Za-z0-9至]{2,24}")
        .unwrap_or_else(|_| unreachable!("static regex"))
});
/// A phase right after a name (一期, 二期, 3期).
static PHASE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[一二三四五六七八九十\d]{1,2}期").unwrap_or_else(|_| unreachable!("static regex"))
});
/// What may follow a head word for it to end a name.
const AFTER_HEAD: [&str; 43] = [
    "建设",
    "企业",
    "配套",
    "项目",
    "和",
    "及",
    "等",
    "为",
    "的",
    "与",
    "开发",
    "改造",
    "前期",
    "工作",
    "扩容",
    "提标",
    "落地",
    "投产",
    "一期",
    "二期",
    "已",
    "将",
    "在",
    "运营",
    "规划",
    "试点",
    "创建",
    "升级",
    "发展",
    "作用",
    "提速",
    "扩能",
    "提质",
    "提档",
    "转型",
    "高质量",
    "做大",
    "做强",
    "集聚",
    "扩区",
    "基础设施",
    "改扩建",
    "续建",
];
/// Words of progress that follow a project's name in reports (…项目并网发电, …工程开工建设, …基地一期投产).
const STATUS_AFTER_HEAD: [&str; 36] = [
    "并网",
    "开工",
    "竣工",
    "完工",
    "建成",
    "投运",
    "投用",
    "通车",
    "达产",
    "开通",
    "获批",
    "主体",
    "顺利",
    "正式",
    "全面",
    "全线",
    "实现",
    "纳入",
    "列入",
    "入选",
    "成功",
    "稳步",
    "有序",
    "持续",
    "取得",
    "完成",
    "启动",
    "进入",
    "获得",
    "成为",
    "累计",
    "总投资",
    "预计",
    "力争",
    "年内",
    "基本",
];
/// Stems that make a project name generic.
const GENERIC_START: [&str; 15] = [
    "一批", "相关", "有关", "各类", "各", "重点", "该", "本", "其他", "若干", "一个", "多个",
    "专栏", "公司", "企业",
];
const QUALIFIERS: [&str; 9] = [
    "国家",
    "自治区",
    "中国",
    "国际",
    "中蒙",
    "中俄",
    "中欧",
    "京津冀",
    "黄河",
];
const CLUSTER: [char; 12] = [
    '呼', '包', '鄂', '榆', '乌', '京', '津', '冀', '蒙', '晋', '陕', '宁',
];

/// Heads whose name is specific by nature (a port, an airport, a railway has one name).
const STRONG_HEADS: [&str; 10] = [
    "口岸",
    "机场",
    "高铁",
    "高速铁路",
    "铁路",
    "高速公路",
    "大桥",
    "水库",
    "电厂",
    "电站",
];
/// Stems that stay generic even before a strong head.
const GENERIC_STEMS: [&str; 25] = [
    "通用",
    "支线",
    "干线",
    "边境",
    "航空",
    "陆路",
    "沿边",
    "国际",
    "城际",
    "既有",
    "现有",
    "大型",
    "新",
    "区域",
    "货运",
    "客运",
    "重要",
    "主要",
    "枢纽",
    "口岸",
    "主备降",
    "基地",
    "变",
    "并网",
    "电池组件到",
];

/// A grade is a category, not a name (4A级景区, 国家AAAA级旅游景区, 五星级).
static GRADE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(国家)?([1-5]A|A{1,5}|[一二三四五]星|[1-5]星)级|\d{4}年")
        .unwrap_or_else(|_| unreachable!("static regex"))
});

/// Kinds of park that say nothing of which park it is.
const PARK_TYPES: [&str; 14] = [
    "经济技术",
    "经济",
    "空港",
    "高新技术",
    "循环经济",
    "现代农业",
    "工业",
    "产业",
    "物流",
    "科技",
    "化工",
    "能源",
    "农业",
    "生态",
];

/// A named park inside the stem (大路工业园区煤制烯烃 → 大路): a name of two characters or more before the
/// park's kind.
fn named_park(stem: &str) -> bool {
    let Some(at) = ["园区", "开发区", "高新区", "产业园", "新区"]
        .iter()
        .filter_map(|h| stem.rfind(h))
        .max()
    else {
        return false;
    };
    let mut name = &stem[..at];
    while let Some(rest) = PARK_TYPES.iter().find_map(|t| name.strip_suffix(t)) {
        name = rest;
    }
    name.chars().count() >= 2
        && name.chars().all(super::text::is_han)
        && !GENERIC_START.iter().any(|g| name.starts_with(g))
        && !QUALIFIERS.contains(&name)
}

/// Heads of parks whose name alone is enough (如意开发区, 托电工业园区); before other park heads the name must
/// come with a sector (金桥电子商务产业园), or 特色产业园, 职教园区 would be names too.
const STRONG_PARK_HEADS: [&str; 4] = ["开发区", "高新区", "工业园区", "物流园区"];
const WEAK_PARK_HEADS: [&str; 6] = ["产业园区", "产业园", "科技园", "创业园", "园区", "物流园"];
/// Words before a park's kind that say what sort of park it is, not which.
const PARK_ADJECTIVES: [&str; 31] = [
    "特色",
    "现代",
    "省级",
    "国家级",
    "自治区级",
    "市级",
    "盟级",
    "县级",
    "新型",
    "综合",
    "专业",
    "示范",
    "创新",
    "绿色",
    "智慧",
    "数字",
    "低碳",
    "零碳",
    "大型",
    "配套",
    "承接",
    "周边",
    "园中",
    "城市",
    "功能",
    "标准化",
    "专业化",
    "现有",
    "合作",
    "一流",
    "临空",
];
/// Characters that do not occur in a park's own name but do in the phrase before it (了, 的, 区内外 …).
const NOT_IN_NAME: [char; 22] = [
    '了', '的', '之', '其', '在', '与', '和', '及', '或', '等', '为', '被', '把', '将', '内', '外',
    '往', '向', '从', '对', '于', '级',
];

/// A park named before its kind (金山高新技术产业开发区, 如意开发区, 金桥电子商务产业园): the stem, without the
/// park's kind words and sectors, keeps a name of two to five characters.
fn park_named_by_stem(stem: &str, head: &str) -> bool {
    let strong = STRONG_PARK_HEADS.contains(&head);
    if !strong && !WEAK_PARK_HEADS.contains(&head) {
        return false;
    }
    let lex = &*LEXICON;
    let mut name = stem;
    let mut sector = false;
    loop {
        // A sector before the kind (电子商务产业园): strip it when something stays before it.
        if let Some(m) = lex.ind.find_iter(name).last()
            && m.end() == name.len()
            && m.start() > 0
        {
            name = &name[..m.start()];
            sector = true;
            continue;
        }
        match PARK_TYPES.iter().find_map(|t| name.strip_suffix(t)) {
            Some(rest) => name = rest,
            None => break,
        }
    }
    let n = name.chars().count();
    (strong || sector)
        && (2..=5).contains(&n)
        && name.chars().all(|c| is_han(c) && !NOT_IN_NAME.contains(&c))
        && !GENERIC_START.iter().any(|g| name.starts_with(g))
        && !PARK_ADJECTIVES.iter().any(|g| name.ends_with(g))
        && !QUALIFIERS.contains(&name)
        && lex
            .ind
            .find(name)
            .is_none_or(|m| m.start() > 0 || m.end() < name.len())
}

/// What a stem names once the sectors and kinds of work at its end are taken off (明阳智能风电装备制造 → 明阳智能).
fn name_before_sector(stem: &str) -> &str {
    const WORK: [&str; 6] = ["制造", "加工", "生产", "研发", "装备", "产业"];
    let lex = &*LEXICON;
    let mut name = stem;
    loop {
        if let Some(m) = lex.ind.find_iter(name).last()
            && m.end() == name.len()
            && m.start() > 0
        {
            name = &name[..m.start()];
            continue;
        }
        match PARK_TYPES
            .iter()
            .chain(WORK.iter())
            .find_map(|t| name.strip_suffix(t).filter(|r| !r.is_empty()))
        {
            Some(rest) => name = rest,
            None => return name,
        }
    }
}

/// Kinds of business a company's name ends in (宝丰能源, 君正化工, 开沃新能源).
const COMPANY_KINDS: [&str; 13] = [
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
];
/// Words of two characters that stand before those kinds without naming a company (清洁能源, 新型化工).
const NOT_COMPANY: [&str; 40] = [
    "清洁", "绿色", "新型", "传统", "现代", "先进", "高端", "特色", "优势", "重点", "新兴", "战略",
    "未来", "数字", "智慧", "低碳", "零碳", "地方", "本地", "区域", "可再", "化石", "常规", "综合",
    "储备", "节能", "应急", "安全", "公共", "基础", "农村", "城市", "城乡", "国有", "民营", "龙头",
    "骨干", "大型", "中小", "精细",
];

/// A stem that starts with a company's name (宝丰能源绿氢耦合煤制烯烃, 开沃新能源汽车整车装配): two characters
/// of name, then the kind of business.
fn company_named(stem: &str) -> bool {
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

/// A stem before a head followed by a phase (…风电装备制造基地一期投产): a phase makes the project one, if the
/// stem keeps a name of its own besides its sector (not 光伏产业园一期).
fn named_with_phase(stem: &str) -> bool {
    let name = name_before_sector(stem);
    name.len() < stem.len()
        && (2..=6).contains(&name.chars().count())
        && name.chars().all(|c| is_han(c) && !NOT_IN_NAME.contains(&c))
        && !GENERIC_START.iter().any(|g| name.starts_with(g))
        && !PARK_ADJECTIVES.iter().any(|g| name.ends_with(g))
        && !QUALIFIERS.contains(&name)
        && LEXICON.ind.find(name).is_none()
}

fn proper(stem: &str, head: &str) -> bool {
    let lex = &*LEXICON;
    if stem.chars().count() < 2
        || GENERIC_START.iter().any(|g| stem.starts_with(g))
        || GRADE.is_match(stem)
    {
        return false;
    }
    // 国家级高新区, 自治区级开发区: categories, not names.
    let unqualified = QUALIFIERS
        .iter()
        .find_map(|q| stem.strip_prefix(q))
        .unwrap_or(stem);
    if unqualified.trim_start_matches('级').chars().count() < 2 {
        return false;
    }
    if STRONG_HEADS.contains(&head) && !GENERIC_STEMS.iter().any(|g| stem.ends_with(g)) {
        return true;
    }
    let cluster_run = stem
        .chars()
        .collect::<Vec<_>>()
        .windows(2)
        .any(|w| CLUSTER.contains(&w[0]) && CLUSTER.contains(&w[1]));
    stem.contains('“')
        || SCALE.is_match(stem)
        || stem.chars().any(|c| c.is_ascii_alphanumeric())
        // 国家稀土新材料技术创新中心 is named; 国家级创新中心, 自治区级电子商务示范基地 are grades.
        || QUALIFIERS
            .iter()
            .any(|q| stem.strip_prefix(q).is_some_and(|r| !r.starts_with('级')))
        || cluster_run
        || lex.gaz.find(stem).is_some()
        || lex.features.is_match(stem)
        || named_park(stem)
        || park_named_by_stem(stem, head)
        || company_named(stem)
        || named_port_or_airport(stem)
}

/// A port or airport named inside the stem (甘其毛都口岸加工园区): the facility makes the name proper.
fn named_port_or_airport(stem: &str) -> bool {
    ["口岸", "机场"].iter().any(|h| {
        stem.find(h).is_some_and(|i| {
            let name = &stem[..i];
            name.chars().count() >= 2
                && name.chars().all(is_han)
                && !GENERIC_STEMS.iter().any(|g| name.ends_with(g))
                && !GENERIC_START.iter().any(|g| name.starts_with(g))
        })
    })
}

/// The end of a section name (…乌海段) right after a road or railway head.
fn section_end(text: &str, head: &str, end: usize) -> Option<usize> {
    const ROUTES: [&str; 7] = [
        "高速公路",
        "高速",
        "公路",
        "铁路",
        "高铁",
        "高速铁路",
        "城际铁路",
    ];
    if !ROUTES.contains(&head) {
        return None;
    }
    let rest = &text[end..];
    let (i, _) = rest
        .char_indices()
        .take(9)
        .take_while(|(_, c)| is_han(*c))
        .find(|(_, c)| *c == '段')?;
    (i >= 3).then(|| end + i + '段'.len_utf8())
}

fn head_ends_name(text: &str, end: usize) -> bool {
    let next = &text[end..];
    match next.chars().next() {
        None => true,
        Some(c) if !is_han(c) => is_clause_break(c) || c.is_ascii_whitespace(),
        // A verb after the head (产业园区承接项目落地) ends the name too.
        Some(_) => {
            AFTER_HEAD.iter().any(|w| next.starts_with(w))
                || STATUS_AFTER_HEAD.iter().any(|w| next.starts_with(w))
                || super::phrase::BOUNDARY_WORDS
                    .iter()
                    .any(|w| w.len() > 3 && next.starts_with(w))
        }
    }
}

/// Places along a route name (包头至鄂尔多斯至榆林高铁 → 包头市, 鄂尔多斯市, 榆林市).
fn route_places(name: &str) -> Vec<String> {
    if !name.contains(['至', '—']) {
        return Vec::new();
    }
    let lex = &*LEXICON;
    let mut out = Vec::new();
    // 包头至银川, 鄂尔多斯—呼和浩特—张家口—北京.
    for part in name.split(['至', '—']) {
        let found: Vec<(usize, usize, String)> = lex
            .gaz
            .find_iter(part)
            .filter_map(|m| match lex.gaz_keys[m.pattern()] {
                Key::Place { idx, .. } => Some((m.start(), m.end(), lex.places[idx].name.clone())),
                Key::Zone(_) => None,
            })
            .collect();
        // The place that ends the first part, and the one that starts each later part (乌海至玛沁高速公路乌海段:
        // 玛沁, not 乌海 again).
        let pick = if out.is_empty() {
            found
                .iter()
                .rfind(|(_, e, _)| *e == part.len())
                .map(|(_, _, p)| p.clone())
        } else {
            found
                .iter()
                .find(|(s, _, _)| *s == 0)
                .map(|(_, _, p)| p.clone())
                .or_else(|| county_stem(part))
        };
        if let Some(p) = pick {
            out.push(p);
        }
    }
    if out.len() >= 2 { out } else { Vec::new() }
}

/// A county written by its two-character stem where a route names it (…至玛沁 → 玛沁县): such stems are not
/// in the gazetteer, being ordinary words too often.
fn county_stem(part: &str) -> Option<String> {
    let stem: String = part.chars().take(2).collect();
    if stem.chars().count() < 2 || !stem.chars().all(is_han) {
        return None;
    }
    ["县", "市", "旗", "区"]
        .iter()
        .map(|s| format!("{stem}{s}"))
        .find(|n| LEXICON.place(n).is_some())
}

/// The zone's canonical name when `name` is (an alias of) a lexicon zone.
fn zone_name(name: &str) -> Option<String> {
    let lex = &*LEXICON;
    let m = lex.gaz.find(name)?;
    match lex.gaz_keys[m.pattern()] {
        Key::Zone(z) if m.start() == 0 && m.end() == name.len() => Some(lex.zones[z].name.clone()),
        _ => None,
    }
}

/// An expressway named by the two places it joins, written short (京新高速, 荣乌高速, 包茂高速) and standing alone or
/// in a list: not 经济高速 (增长).
fn expressway(text: &str, start: usize, head: usize, end: usize) -> Option<ProjectHit> {
    const NOT_NAMES: [&str; 8] = [
        "经济", "保持", "实现", "继续", "持续", "全面", "较快", "城市",
    ];
    let stem = &text[start..head];
    let alone = text[end..]
        .chars()
        .next()
        .is_none_or(|c| matches!(c, '、' | ',' | '。' | ';' | '和' | '及' | '与' | ')'));
    (&text[head..end] == "高速"
        && alone
        && stem.chars().count() == 2
        && stem.chars().all(is_han)
        && !NOT_NAMES.contains(&stem)
        && !GENERIC_STEMS.contains(&stem))
    .then(|| ProjectHit {
        name: text[start..end].to_string(),
        start,
        end,
        connects: Vec::new(),
    })
}

/// A district named like a zone (浦东新区, 上海浦东新区, 滨海新区): a place, not a project.
fn is_place(name: &str) -> bool {
    let lex = &*LEXICON;
    if lex.place(name).is_some() {
        return true;
    }
    lex.gaz.find(name).is_some_and(|m| {
        m.start() == 0
            && matches!(lex.gaz_keys[m.pattern()], Key::Place { .. })
            && lex.place(&name[m.end()..]).is_some()
    })
}

/// Where a name starts once a quote opened before it and not closed in it is left out (“‘两山’理论实践基地,
/// 建设成“决策指挥中心: the quote holds a list or a phrase, not this name).
fn after_open_quote(text: &str, start: usize, end: usize) -> usize {
    let name = &text[start..end];
    let mut open: Vec<usize> = Vec::new();
    for (i, c) in name.char_indices() {
        match c {
            '“' | '‘' => open.push(i + c.len_utf8()),
            '”' | '’' => {
                open.pop();
            }
            _ => {}
        }
    }
    open.last().map_or(start, |&i| start + i)
}

fn make(text: &str, start: usize, end: usize) -> Option<ProjectHit> {
    let start = after_open_quote(text, start, end);
    let name: String = text[start..end].to_string();
    let head_m = HEAD.find_iter(&name).last();
    let head = head_m.map(|m| m.start()).unwrap_or(name.len());
    let stem = &name[..head];
    let head_word = head_m.map(|m| &name[m.start()..m.end()]).unwrap_or("");
    if is_place(&name) {
        return None;
    }
    let zone = zone_name(&name);
    let phased = PHASE.is_match(&text[end..]) && named_with_phase(stem);
    if zone.is_none() && !phased && !proper(stem, head_word) {
        return None;
    }
    let canonical = zone.unwrap_or_else(|| name.clone());
    Some(ProjectHit {
        connects: route_places(&canonical),
        name: canonical,
        start,
        end,
    })
}

/// Finds projects in a normalised paragraph, skipping byte ranges in `exclude` (responsibility notes).
pub fn find_projects(text: &str, exclude: &[(usize, usize)]) -> Vec<ProjectHit> {
    let mut out: Vec<ProjectHit> = Vec::new();
    let inside = |s: usize, e: usize| exclude.iter().any(|(a, b)| s < *b && e > *a);
    for h in HEAD.find_iter(text) {
        let mut end = h.end();
        if !head_ends_name(text, end) {
            // 乌海至玛沁高速公路乌海段: a section of a road or railway is part of its name.
            match section_end(text, &text[h.start()..h.end()], end) {
                Some(e) if head_ends_name(text, e) => end = e,
                _ => continue,
            }
        }
        // 包头保税物流中心(B型): keep a short type note in the name.
        if let Some(rest) = text[end..].strip_prefix('(')
            && let Some(close) = rest.find(')')
            && rest[..close].chars().count() <= 4
        {
            end += close + 2;
        }
        let start = name_start(text, h.start(), 30);
        if start >= h.start() || inside(start, end) {
            continue;
        }
        let head_word = &text[h.start()..h.end()];
        let hit = make(text, start, end).or_else(|| expressway(text, start, h.start(), end));
        // A和B项目 / 武川县、和林格尔县、清水河县风电项目: each part before the shared ending is a project too.
        let lex = &*LEXICON;
        let place_prefix = lex
            .gaz
            .find(&text[start..end])
            .filter(|m| m.start() == 0)
            .map(|m| m.end());
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
                || prev.ends_with(['园', '区', '港', '站', '场', '馆', '城'])
            {
                break;
            }
            // 乌梁素海…一体化保护和修复工程: when the words after 和 name nothing alone, both halves describe one
            // project.
            if sep != '、'
                && hit.is_none()
                && text[start..h.start()].chars().count() <= 6
                && let Some(one) = make(text, prev_start, end)
            {
                out.push(one);
                break;
            }
            let joined = if lex.resolve_norm(prev).is_some() {
                match place_prefix {
                    Some(p) if start + p < end => format!("{prev}{}", &text[start + p..end]),
                    _ => break,
                }
            } else if sep != '、' && proper(prev, "") {
                format!("{prev}{head_word}")
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
        out.extend(hit);
    }
    for m in ROAD_CODE.find_iter(text) {
        if inside(m.start(), m.end())
            || out.iter().any(|p| p.start <= m.start() && p.end >= m.end())
        {
            continue;
        }
        let end = text[m.start()..]
            .char_indices()
            .find(|(_, c)| is_clause_break(*c))
            .map(|(i, _)| m.start() + i)
            .unwrap_or(m.end())
            .min(m.end());
        // G6京藏高速…改扩建工程开工建设: the name ends at its last head word that ends a name.
        let end = HEAD
            .find_iter(&text[m.start()..end])
            .map(|h| m.start() + h.end())
            .filter(|&e| head_ends_name(text, e))
            .last()
            // G6高速以北: at its last head when none ends a name.
            .or_else(|| {
                HEAD.find_iter(&text[m.start()..end])
                    .last()
                    .map(|h| m.start() + h.end())
            })
            .unwrap_or(end);
        if let Some(hit) = make(text, m.start(), end) {
            out.push(hit);
        }
    }
    out.sort_by(|a, b| {
        (a.start, std::cmp::Reverse(a.end)).cmp(&(b.start, std::cmp::Reverse(b.end)))
    });
    // Keep the longest of the hits that share a start (包头至银川高铁项目 over 包头至银川高铁).
    out.dedup_by(|b, a| a.start == b.start);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(t: &str) -> Vec<String> {
        find_projects(t, &[]).into_iter().map(|p| p.name).collect()
    }

    #[test]
    fn rail_with_route() {
        let ps = find_projects(
            "实施包头至银川高铁项目,加快包头至鄂尔多斯至榆林高铁项目前期工作",
            &[],
        );
        assert_eq!(ps[0].name, "包头至银川高铁项目");
        assert_eq!(ps[0].connects, ["包头市", "银川市"]);
        assert_eq!(ps[1].connects, ["包头市", "鄂尔多斯市", "榆林市"]);
    }

    #[test]
    fn a_route_written_with_dashes() {
        let ps = find_projects("建设鄂尔多斯—呼和浩特—张家口—北京煤制油管道", &[]);
        assert_eq!(ps[0].name, "鄂尔多斯—呼和浩特—张家口—北京煤制油管道");
        assert_eq!(
            ps[0].connects,
            ["鄂尔多斯市", "呼和浩特市", "张家口市", "北京市"]
        );
    }

    #[test]
    fn shared_ending_gives_two() {
        let v = names("推进中环协鑫五期25GW单晶硅和神舟硅业万吨级多晶硅项目。");
        assert!(
            v.contains(&"中环协鑫五期25GW单晶硅项目".to_string()),
            "{v:?}"
        );
    }

    #[test]
    fn a_road_section_is_part_of_the_name() {
        let ps = find_projects("推进乌海至玛沁高速公路乌海段建设", &[]);
        assert_eq!(ps[0].name, "乌海至玛沁高速公路乌海段");
        assert_eq!(ps[0].connects, ["乌海市", "玛沁县"]);
    }

    #[test]
    fn a_verb_after_the_head_ends_the_name() {
        let v = names("支持鄂尔多斯高新技术产业园区承接项目落地");
        assert_eq!(v, ["鄂尔多斯高新技术产业园区"]);
    }

    #[test]
    fn generic_phrases_are_dropped() {
        assert!(names("继续实施一批重点生态环境系统治理工程项目").is_empty());
        assert!(names("创建国家4A级旅游景区,新增4A级景区2家").is_empty());
        assert!(names("推进项目建设,2024年底前完成主体工程。").is_empty());
        assert!(names("推进各工业园区污水处理项目建设").is_empty());
        assert_eq!(
            names("推进大路工业园区煤制烯烃项目建设"),
            ["大路工业园区煤制烯烃项目"]
        );
        assert!(names("建设互联共享的养老服务信息平台,全面实现共享").is_empty());
    }

    #[test]
    fn progress_after_a_name_ends_it() {
        assert_eq!(
            names("乌拉特前旗100万千瓦风光制氢一体化示范项目并网发电,京呼高铁开通"),
            ["乌拉特前旗100万千瓦风光制氢一体化示范项目", "京呼高铁"]
        );
        assert_eq!(
            names("G6京藏高速乌拉特前旗段改扩建工程开工建设"),
            ["G6京藏高速乌拉特前旗段改扩建工程"]
        );
        // A phase names the project when the stem has a name besides its sector.
        assert_eq!(
            names("明阳智能风电装备制造基地一期投产"),
            ["明阳智能风电装备制造基地"]
        );
        assert!(names("建设光伏产业园一期,推进风电装备制造基地二期").is_empty());
    }

    #[test]
    fn plants_and_facilities_before_their_supporting_works() {
        assert_eq!(
            names("推进呼和浩特新机场配套道路建设,建设赛罕区餐厨垃圾处理厂"),
            ["呼和浩特新机场", "赛罕区餐厨垃圾处理厂"]
        );
    }

    #[test]
    fn grades_open_quotes_and_verbs_are_not_names() {
        assert!(names("创建国家级创新中心,争创自治区级电子商务示范基地").is_empty());
        assert_eq!(
            names("建设国家稀土新材料技术创新中心"),
            ["国家稀土新材料技术创新中心"]
        );
        // A quote opened before the name and closed after it holds a list.
        assert!(names("三区即“科技创新示范区、数字应用先行区”").is_empty());
        assert!(names("推进城市运营中心建设成“决策指挥中心、运行管理中心”").is_empty());
        assert_eq!(
            names("继续做好包头保税物流中心(B型)建设,借助鄂尔多斯国际文化创意大会平台"),
            ["包头保税物流中心(B型)", "鄂尔多斯国际文化创意大会平台"]
        );
        assert_eq!(names("推动G6高速以北区域开发"), ["G6高速"]);
    }

    #[test]
    fn projects_named_by_their_company() {
        assert_eq!(
            names("推动宝丰能源绿氢耦合煤制烯烃项目建成投产"),
            ["宝丰能源绿氢耦合煤制烯烃项目"]
        );
        assert!(names("建设清洁能源基地,发展新型化工项目,建设充电智能服务平台").is_empty());
    }

    #[test]
    fn expressways_named_by_their_ends() {
        assert_eq!(
            names("依托京新高速、临策铁路,连接荣乌高速和包茂高速"),
            ["京新高速", "临策铁路", "荣乌高速", "包茂高速"]
        );
        assert!(names("保持经济高速增长,实现高速发展").is_empty());
    }

    #[test]
    fn two_words_before_one_head_name_one_project() {
        assert_eq!(
            names("乌梁素海流域山水林田湖草沙一体化保护和修复工程持续推进"),
            ["乌梁素海流域山水林田湖草沙一体化保护和修复工程"]
        );
        assert_eq!(
            names("推进中环协鑫五期25GW单晶硅和神舟硅业万吨级多晶硅项目"),
            ["中环协鑫五期25GW单晶硅项目", "神舟硅业万吨级多晶硅项目"]
        );
    }

    #[test]
    fn parks_named_before_their_kind() {
        assert_eq!(
            names("推动金山高新技术产业开发区、如意开发区和沙尔沁工业园区提质增效"),
            ["金山高新技术产业开发区", "如意开发区", "沙尔沁工业园区"]
        );
        assert_eq!(
            names("建设金桥电子商务产业园,推进荣丰数字经济产业园建设"),
            ["金桥电子商务产业园", "荣丰数字经济产业园"]
        );
        // Kinds, sectors alone, and phrases that run into the park are not names.
        assert!(
            names("依托特色产业园、现代农业产业园和各类开发区,支持职教园区、千亿级园区、区内外物流园区发展")
                .is_empty()
        );
        assert!(names("建设文化艺术产业园,完善生物科技产业园配套").is_empty());
        assert!(names("呼和浩特市2025年开发区建设工作要点").is_empty());
        // A district named like a zone is a place.
        assert!(names("上海浦东新区、天津滨海新区企业来包头投资").is_empty());
    }

    #[test]
    fn named_platforms_and_roads() {
        let v = names(
            "依托“蒙科聚”创新驱动平台,建设分中心;加快建设G210白云鄂博至固阳至东河、G210古城湾黄河大桥通道",
        );
        assert!(v.contains(&"“蒙科聚”创新驱动平台".to_string()), "{v:?}");
        assert!(
            v.iter().any(|p| p.starts_with("G210白云鄂博至固阳至东河")),
            "{v:?}"
        );
        assert!(v.contains(&"G210古城湾黄河大桥通道".to_string()), "{v:?}");
    }
}
