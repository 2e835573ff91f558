//! Whether the words before a project's head word name one project (包头至银川高铁, 金山高新技术产业开发区,
//! 宝丰能源…项目) or a kind of thing (一批重点项目, 特色产业园, 国家级创新中心).

use super::lexicon::LEXICON;
use super::project_companies::*;
use super::project_parks::*;
use super::text::is_han;
use regex::Regex;
use std::sync::LazyLock;

/// A scale, phase or company in the stem (25GW, 三期, 集团) makes a name proper.
pub(super) static SCALE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[一二三四五六七八九十百千万\d]+(万吨|吨|千瓦|兆瓦|期|号线|座|公里|千伏|万平方米)|集团|公司")
        .unwrap_or_else(|_| unreachable!("static regex"))
});
/// A count of things (两大, 三个): the stem counts projects named elsewhere, it names none.
pub(super) static COUNTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[两三四五六七八九十几多]大|[两三四五六七八九十几多]个|\d+个|^[\d一二三四五六七八九十两几多]+(处|座|条|所|家|批)")
        .unwrap_or_else(|_| unreachable!("static regex"))
});
/// A plan's period (“十四五”, 十五五时期): a time, not a name.
static PERIOD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"“?十[一二三四五六七八九]五”?(时期|期间)?")
        .unwrap_or_else(|_| unreachable!("static regex"))
});
/// What a place's projects are called as a kind (榆林市重大项目, 包头市续建项目).
const KINDS_OF_PROJECT: [&str; 16] = [
    "重大",
    "重点",
    "一批",
    "新建",
    "续建",
    "在建",
    "各类",
    "大型",
    "民生",
    "招商引资",
    "政府投资",
    "中央预算内",
    "专项债",
    "基础设施",
    "重大产业",
    "重点产业",
];
/// Stems that make a project name generic.
/// (全市工业园区: the city's parks, not one; 全国一体化算力网络内蒙古枢纽节点 is one.)
pub(super) const GENERIC_START: [&str; 20] = [
    "一批", "相关", "有关", "各类", "各", "重点", "该", "本", "其他", "若干", "一个", "多个",
    "专栏", "公司", "企业", "全市", "全区", "全旗", "全县", "全盟",
];
pub(super) const QUALIFIERS: [&str; 9] = [
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
pub(super) const CLUSTER: [char; 12] = [
    '呼', '包', '鄂', '榆', '乌', '京', '津', '冀', '蒙', '晋', '陕', '宁',
];

/// Heads whose name is specific by nature (a port, an airport, a railway has one name).
pub(super) const STRONG_HEADS: [&str; 11] = [
    "口岸",
    "港",
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
pub(super) const GENERIC_STEMS: [&str; 56] = [
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
    // Kinds of port (内陆港, 无水港, 出海港, 物流港): a place names one.
    "陆",
    "无水",
    "出海",
    "物流",
    "自由",
    "商贸",
    "数字",
    "数据",
    "保税",
    "信息",
    "内河",
    // 县级机场, 省级口岸: a level, not a name.
    "级",
    // 重点专业口岸, 普通口岸, 智慧口岸, 绿色口岸: classes and qualities of port.
    "专业",
    "普通",
    "智慧",
    "绿色",
    "平安",
    "一类",
    "二类",
    "开放",
    // 电网侧独立储能电站, 共享储能电站: kinds of plant.
    "独立",
    "侧",
    "共享",
    "集中式",
    "分布式",
    // 中小型水库, 大中型灌区, 病险水库, 调蓄水库, 应急备用水库, 山区水库: sizes and kinds of reservoir.
    "小型",
    "中型",
    "病险",
    "调蓄",
    "备用",
    "山区",
];
/// Kinds of power plant (坑口电厂, 燃煤电厂, 抽水蓄能电站): only a name before the kind (托克托燃煤电厂, 芝瑞抽水
/// 蓄能电站) makes one plant.
const PLANT_KINDS: [&str; 13] = [
    "坑口",
    "燃煤",
    "燃气",
    "自备",
    "热电",
    "热",
    "火",
    "抽水蓄能",
    "蓄能",
    "光热",
    "光伏",
    "储能",
    "生物质",
];

/// A water transfer named by its source and destination (引绰济辽, 引黄入呼, 引嫩济锡).
static WATER_TRANSFER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^引\p{Han}{1,3}[济入灌到]\p{Han}{1,3}$")
        .unwrap_or_else(|_| unreachable!("static regex"))
});

/// A grade is a category, not a name (4A级景区, 国家AAAA级旅游景区, 五星级).
pub(super) static GRADE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(国家)?([1-5]A|A{1,5}|[一二三四五]星|[1-5]星)级")
        .unwrap_or_else(|_| unreachable!("static regex"))
});

/// A year in a name (2025年, 2024年度).
pub(super) static YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\d{4}年度?").unwrap_or_else(|_| unreachable!("static regex")));

/// A stem without the year a place dates its project by (额济纳旗2022年住宅小区建设 → 额济纳旗住宅小区建设); None
/// when a year stands anywhere else (2025年开发区建设, 呼和浩特市2025年开发区建设工作要点 as a title): a year's
/// work, not a project.
pub(super) fn undated(stem: &str) -> Option<std::borrow::Cow<'_, str>> {
    let Some(y) = stem.contains('年').then(|| YEAR.find(stem)).flatten() else {
        return Some(stem.into());
    };
    let place_end = LEXICON
        .gaz
        .find(stem)
        .filter(|m| m.start() == 0)
        .map(|m| m.end())?;
    let rest = &stem[y.end()..];
    (y.start() == place_end && !YEAR.is_match(rest) && rest.chars().count() >= 2)
        .then(|| format!("{}{rest}", &stem[..place_end]).into())
}

/// A stem before a head followed by a phase (…风电装备制造基地一期投产): a phase makes the project one, if the
/// stem keeps a name of its own besides its sector (not 光伏产业园一期).
pub(super) fn named_with_phase(stem: &str) -> bool {
    let name = name_before_sector(stem);
    name.len() < stem.len()
        && (2..=6).contains(&name.chars().count())
        && name.chars().all(|c| is_han(c) && !NOT_IN_NAME.contains(&c))
        && !GENERIC_START.iter().any(|g| name.starts_with(g))
        && !PARK_ADJECTIVES.iter().any(|g| name.ends_with(g))
        && !QUALIFIERS.contains(&name)
        // (A sector inside a company's short name, 霍煤鸿骏, does not make it a sector.)
        && LEXICON.ind.find(name).is_none_or(|m| m.start() > 0)
}

pub(super) fn proper(stem: &str, head: &str) -> bool {
    let lex = &*LEXICON;
    let Some(stem) = undated(stem) else {
        return false;
    };
    let stem = stem.as_ref();
    if head == "煤矿" {
        return super::project_mines::mine_named(stem);
    }
    // 松山区第一中学, 新城区第一实验小学: a school being built is named by its number or as an experimental one; a
    // village's school in a list of partners (保合少小学) is not a project.
    if ["中学", "小学"].contains(&head)
        && !stem.contains("实验")
        && !stem.split('第').skip(1).any(|r| {
            r.starts_with(|c: char| c.is_ascii_digit() || "一二三四五六七八九十".contains(c))
        })
    {
        return false;
    }
    if stem.chars().count() < 2
        || GENERIC_START.iter().any(|g| stem.starts_with(g))
        // 至天津港: a destination, not a route's name.
        || stem.starts_with(['至', '到'])
        // 项目二期(工程): a head and its phase, with no name before them; 一期110万千瓦新能源(项目): a phase and its
        // size, no name.
        || ["项目", "工程"].iter().any(|h| stem.starts_with(h))
        || super::project_words::PHASE.is_match(stem.strip_prefix('第').unwrap_or(stem))
        // 蒙西地区其他电力外送通道: the others of a kind are no one project.
        || ["其他", "其它", "其余", "有关", "相关"].iter().any(|g| stem.contains(g))
        // 蒙泰、国电两大热电联产龙头项目: a count of projects named before it.
        || COUNTED.is_match(stem)
        || GRADE.is_match(stem)
        // 鄂尔多斯盆地油田: the fields of a basin, not one.
        || stem.ends_with("盆地")
    {
        return false;
    }
    // 国家“十四五”口岸(发展规划), 内蒙古自治区“十四五”口岸: a period with no name beside it but a place or a
    // level.
    let timeless = PERIOD.replace_all(stem, "");
    if timeless.len() < stem.len()
        && (timeless.is_empty()
            || QUALIFIERS.contains(&timeless.as_ref())
            || lex.resolve_place(&timeless).is_some()
            // (编制“十五五”口岸(发展规划): the period's ports, whatever is written before it.)
            || PERIOD.find_iter(stem).last().is_some_and(|m| m.end() == stem.len()))
    {
        return false;
    }
    // 府谷县融媒体中心: a government's newsroom, not a project.
    if stem.ends_with("融媒体") {
        return false;
    }
    // 中央预算内投资补助农业建设项目, 专项债券项目: projects by how they are paid for, not one project.
    if ["预算内", "专项债", "以工代赈", "政府债券"]
        .iter()
        .any(|w| stem.contains(w))
    {
        return false;
    }
    // PPP项目, EPC项目: a way of financing or building, not a name.
    if stem.chars().all(|c| c.is_ascii_alphabetic()) {
        return false;
    }
    // 自治区重大科技计划项目: a programme's projects.
    if stem.ends_with("计划") {
        return false;
    }
    // 国际国内一流研发平台, 国际快件通道, 国际化健康产业示范区: 国际 alone names nothing; a sector or a place
    // after it does (国际羊绒工程中心).
    if let Some(rest) = stem.strip_prefix("国际")
        && (["国内", "一流", "先进", "化"]
            .iter()
            .any(|w| rest.starts_with(w))
            || lex.ind.find(rest).is_none() && lex.gaz.find(rest).is_none())
    {
        return false;
    }
    // 榆林市重大项目, 包头市重点项目: a place's projects of a kind, not one project.
    // (自治区重大项目, 市重点项目: a government written by its level alone.)
    let after_place = lex.gaz.find(stem).filter(|m| m.start() == 0).map_or_else(
        || {
            ["自治区", "省", "市", "盟", "旗", "县", "区"]
                .iter()
                .find_map(|l| stem.strip_prefix(l))
                .unwrap_or(stem)
        },
        |m| &stem[m.end()..],
    );
    if after_place.len() < stem.len() && KINDS_OF_PROJECT.contains(&after_place) {
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
    // 从…太阳能电池组件到光伏电站: a chain of things, not a route, unless places stand on both sides of 到.
    if stem.contains('到')
        && !stem
            .split('到')
            .all(|part| lex.gaz.find(part).is_some_and(|m| m.start() == 0))
    {
        return false;
    }
    let named = PLANT_KINDS
        .iter()
        .find_map(|k| stem.strip_suffix(k))
        .unwrap_or(stem);
    // 盛乐国际机场: a name before 国际 names the airport.
    let named = named
        .strip_suffix("国际")
        .filter(|n| n.chars().count() >= 2 && !NOT_COMPANY.iter().any(|w| n.starts_with(w)))
        .unwrap_or(named);
    if STRONG_HEADS.contains(&head)
        && named.chars().count() >= 2
        && !GENERIC_STEMS.iter().any(|g| named.ends_with(g))
    {
        return true;
    }
    let cluster_run = stem
        .chars()
        .collect::<Vec<_>>()
        .windows(2)
        .any(|w| CLUSTER.contains(&w[0]) && CLUSTER.contains(&w[1]));
    // A quote that only marks the period (“十四五”时期) names nothing.
    timeless.contains('“')
        || SCALE.is_match(stem)
        || ascii_name(stem)
        // 国家稀土新材料技术创新中心 is named; 国家级创新中心, 自治区级电子商务示范基地 are grades.
        // (自治区国家级经济技术开发区: a level's grade again, a category still.)
        || QUALIFIERS.iter().any(|q| {
            stem.strip_prefix(q).is_some_and(|r| {
                // 国家重要能源基地, 国家重点实验室: a designation's rank, not a name.
                !r.starts_with('级')
                    && !r.starts_with("重要")
                    && !r.starts_with("重点")
                    && !QUALIFIERS
                        .iter()
                        .any(|q2| r.strip_prefix(q2).is_some_and(|x| x.starts_with('级')))
            })
        })
        || cluster_run
        // 县委党校新校区, 旗人民医院: the document's government's own (named in full by entities).
        || super::project_home::by_level(&format!("{stem}{head}")).is_some()
        // 阿斯哈图石阵景区, 热水塘温泉康养度假区: a scenic place named by a name no lexicon holds.
        || super::project_scenic::scenic_named(stem, head)
        || partner_countries(stem)
        || named_before_partners(stem)
        || lex.gaz.find(stem).is_some()
        || lex.features.is_match(stem)
        || named_park(stem)
        || park_named_by_stem(stem, head)
        || company_named(stem)
        || named_facility(stem)
        || WATER_TRANSFER.is_match(stem)
        || named_water(stem, head)
        || super::project_roads::road_works(stem, head)
        // 城川至昂素(公路): a route between towns written without 镇.
        || super::project_places::route_places(stem).len() >= 2
}

/// Waters a name may end in, and the works done on them.
const WATERS: [&str; 6] = ["淖尔", "海子", "河", "湖", "沟", "川"];
const WATER_WORKS: [&str; 8] = [
    "综合治理",
    "生态修复",
    "治理",
    "修复",
    "保护",
    "整治",
    "清淤",
    "防洪",
];

/// Whether `name` is a river's, lake's or gully's name and nothing else: one to five characters before 河, 湖, 沟,
/// 川, 淖尔 or 海子 (霍寨沟, 都斯图河); not a kind of water (河道, 小流域) or where (沿河).
pub(super) fn water_name(name: &str) -> bool {
    let Some(own) = WATERS.iter().find_map(|w| name.strip_suffix(w)) else {
        return false;
    };
    (1..=5).contains(&own.chars().count())
        && name.chars().count() >= 3
        && own.chars().all(is_han)
        && !own.starts_with([
            '沿', '各', '全', '该', '本', '其', '小', '大', '主', '支', '城', '境',
        ])
        && !GENERIC_START.iter().any(|g| own.starts_with(g))
}

/// The length of the water's name `stem` starts with, when the works on it follow (都斯图河综合治理, 东白石头沟整治
/// 提升), or the whole stem when the head is the works (…河 + 综合治理).
pub(super) fn water_prefix(stem: &str, head: &str) -> Option<usize> {
    stem.char_indices()
        .map(|(i, _)| i)
        .find(|&i| water_name(&stem[..i]) && WATER_WORKS.iter().any(|w| stem[i..].starts_with(w)))
        .or_else(|| (head == "综合治理" && water_name(stem)).then_some(stem.len()))
}

/// A river, lake or gully the lexicon does not know, named before the works on it (都斯图河综合治理工程, 摩林河生态
/// 修复工程).
fn named_water(stem: &str, head: &str) -> bool {
    matches!(head, "工程" | "项目" | "综合治理") && water_prefix(stem, head).is_some()
}

/// China and a partner country written by their first characters at the start (中德隐形冠军产业园, 中白工业园,
/// 中蒙俄经济走廊): a name of its own.
fn partner_countries(stem: &str) -> bool {
    const PARTNERS: [char; 12] = [
        '德', '俄', '蒙', '欧', '日', '韩', '美', '法', '英', '哈', '白', '意',
    ];
    let mut cs = stem.chars();
    cs.next() == Some('中')
        && cs.next().is_some_and(|c| PARTNERS.contains(&c))
        && cs.next().is_some()
}

/// A name of two to four characters before China and its partners (七苏木中欧班列集结中心): the place the
/// partners' works stand in names them, whether or not the lexicon knows it.
fn named_before_partners(stem: &str) -> bool {
    ["中欧", "中蒙", "中俄"].iter().any(|q| {
        stem.find(q).is_some_and(|i| {
            let name = &stem[..i];
            (2..=4).contains(&name.chars().count())
                && name.chars().all(is_han)
                && !GENERIC_START.iter().any(|g| name.starts_with(g))
                && stem[i + q.len()..].chars().count() >= 2
        })
    })
}

/// Letters or figures in a stem that name something (25GW, B型, SKP), not a technology (5G示范项目, AI应用).
/// Figures alone are a size (1700余亩, 10吉瓦时), unless a road's number (310国道, 5号线).
fn ascii_name(stem: &str) -> bool {
    const TECH: [&str; 8] = ["5G", "4G", "AI", "IT", "TOD", "PPP", "VR", "AR"];
    let mut at = 0;
    stem.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| {
        let after = &stem[(at + w.len()).min(stem.len())..];
        at += w.len() + after.chars().next().map_or(0, char::len_utf8);
        // 220KV变电站, 500kV线路: a voltage, a kind of line or substation.
        let voltage = w
            .trim_end_matches(['K', 'k', 'V', 'v'])
            .chars()
            .all(|c| c.is_ascii_digit())
            && w.to_ascii_lowercase().ends_with("kv");
        !w.is_empty()
            && !TECH.contains(&w)
            && !voltage
            && (w.chars().any(|c| c.is_ascii_alphabetic())
                || ["国道", "省道", "号"].iter().any(|r| after.starts_with(r)))
    })
}

/// A port, airport, reservoir or water-control hub named inside the stem (甘其毛都口岸加工园区, 东台子水库除险加固,
/// 绰勒水利枢纽下游灌区): the facility makes the name proper.
pub(super) fn named_facility(stem: &str) -> bool {
    ["口岸", "机场", "水库", "水利枢纽"].iter().any(|h| {
        stem.find(h).is_some_and(|i| {
            let name = &stem[..i];
            name.chars().count() >= 2
                && name.chars().all(is_han)
                && !GENERIC_STEMS.iter().any(|g| name.ends_with(g))
                && !GENERIC_START.iter().any(|g| name.starts_with(g))
        })
    })
}
