//! Lexicons loaded from `assets/lexicon/*.tsv`: administrative places (Inner Mongolia and Yulin with short
//! names, the rest of China, towns and villages of the region, countries), development zones, department
//! name variants and the industry taxonomy. Built once; matched with Aho-Corasick (leftmost-longest).

use super::matcher::Dict;
use super::text::normalize;
use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

const REGION: &str = include_str!("../../assets/lexicon/divisions_region.tsv");
const CHINA: &str = include_str!("../../assets/lexicon/china_divisions.tsv");
const TOWNS: &str = include_str!("../../assets/lexicon/region_towns.tsv");
const VILLAGES: &str = include_str!("../../assets/lexicon/region_villages.tsv");
const COUNTRIES: &str = include_str!("../../assets/lexicon/countries.tsv");
const FOREIGN_CITIES: &str = include_str!("../../assets/lexicon/foreign_cities.tsv");
const DEPARTMENTS: &str = include_str!("../../assets/lexicon/departments.tsv");
const INDUSTRIES: &str = include_str!("../../assets/lexicon/industries.tsv");
const FEATURES: &str = include_str!("../../assets/lexicon/features.tsv");
const ENTERPRISES: &str = include_str!("../../assets/lexicon/enterprises.tsv");
const NATIONAL: &str = include_str!("../../assets/lexicon/national_bodies.tsv");

/// Administrative rank: smaller is higher.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Rank {
    /// A country.
    Country,
    /// Province or autonomous region.
    Province,
    /// League or prefecture-level city.
    Prefecture,
    /// Banner, county, district, county-level city.
    County,
    /// Town, sumu, township, subdistrict.
    Town,
    /// Village or gacha.
    Village,
}

/// A place of the gazetteer.
#[derive(Debug, Clone)]
pub struct Place {
    /// Full official name.
    pub name: String,
    /// Level as written in the table (地级市, 旗, 镇 …).
    pub level: String,
    /// Rank.
    pub rank: Rank,
    /// Parent place name.
    pub parent: Option<String>,
    /// Whether the same name names more than one place (towns, villages): needs context.
    pub ambiguous: bool,
}

/// A development zone, new area or park from the region table.
#[derive(Debug, Clone)]
pub struct Zone {
    /// Full name.
    pub name: String,
    /// Place it lies in.
    pub parent: Option<String>,
}

/// What a gazetteer key names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// A place (index into `places`); `short` when the key is a short form.
    Place { idx: usize, short: bool },
    /// A zone (index into `zones`).
    Zone(usize),
}

/// An industry of the taxonomy.
#[derive(Debug, Clone)]
pub struct Industry {
    /// Canonical name.
    pub name: String,
    /// Category (energy, materials …).
    pub category: String,
}

/// All lexicons.
pub struct Lexicon {
    /// Places.
    pub places: Vec<Place>,
    place_by_name: HashMap<String, usize>,
    /// Zones.
    pub zones: Vec<Zone>,
    /// Gazetteer keys in automaton pattern order.
    pub gaz_keys: Vec<Key>,
    /// Per gazetteer key: a town's stem written without 镇/苏木/乡 (巴彦浩特). It makes a project's or
    /// sector's name proper and places it, but is not itself a mention of the town: plans write the town's
    /// full name when they mean the town.
    pub town_stem: Vec<bool>,
    /// Gazetteer automaton over full names, short names and zone names.
    pub gaz: Dict,
    dept_variants: Vec<(String, String)>,
    /// The full names of departments the lexicon knows.
    dept_canon: std::collections::HashSet<String>,
    /// Industries.
    pub industries: Vec<Industry>,
    industry_by_name: HashMap<String, usize>,
    /// Industry automaton (names and aliases of two or more characters); pattern → industry index.
    pub ind: Dict,
    /// Industry index of each `ind` pattern.
    pub ind_keys: Vec<usize>,
    /// Natural features of the region (rivers, lakes, mountains, deserts) and regions named without a government (蒙东, 陕北, 京津冀): not places, but they make a
    /// project's name proper (大青山生态保护综合治理).
    pub features: Dict,
    /// Enterprises active in the region (通威, 伊泰, 国家电投): a stem that starts with one names a project
    /// (通威高纯晶硅项目, 北控煤制气).
    pub enterprises: Dict,
    /// The State Council, its ministries and national bodies, by any name (国家发改委 → 国家发展和改革委员会).
    national: HashMap<String, String>,
    /// The names of [`Lexicon::national`], (name, full name) in automaton pattern order.
    national_names: Vec<(String, String)>,
    national_dict: Dict,
    /// The one-character names the city cluster's cities go by together (呼包鄂乌: 呼 → 呼和浩特市).
    cluster: HashMap<char, String>,
}

fn tsv(src: &str) -> impl Iterator<Item = Vec<&str>> {
    src.lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.split('\t').collect())
}

fn rank_of(level: &str) -> Rank {
    match level {
        "省级" => Rank::Province,
        "地级市" | "盟" | "地区" | "自治州" => Rank::Prefecture,
        "镇" | "乡" | "苏木" | "街道" => Rank::Town,
        "村" | "嘎查" => Rank::Village,
        _ => Rank::County,
    }
}

/// Stems of towns that are words or names of other things too (成吉思汗 of 成吉思汗镇).
const TOWN_STEM_WORDS: [&str; 1] = ["成吉思汗"];

/// 巴彦浩特 (镇), 吉兰泰 (镇), 大柳塔 (镇): the towns of the region that may be written without 镇, 苏木 or 乡 —
/// a stem of three characters or more that no other town shares and that starts no river, lake or desert's
/// name (查干淖尔, 巴丹吉林沙漠) — with each town's index.
fn town_stems(places: &[Place]) -> Vec<(String, usize)> {
    let feature_names: Vec<&str> = tsv(FEATURES).map(|r| r[0]).collect();
    let mut stems: std::collections::BTreeMap<&str, Option<usize>> = Default::default();
    for (i, p) in places.iter().enumerate() {
        if p.rank != Rank::Town || p.ambiguous {
            continue;
        }
        let Some(stem) = ["苏木", "镇", "乡"]
            .iter()
            .find_map(|t| p.name.strip_suffix(t))
        else {
            continue;
        };
        if stem.chars().count() < 3
            || !stem.chars().all(super::text::is_han)
            || stem
                .chars()
                .any(|c| "一二三四五六七八九十百号族".contains(c))
            || TOWN_STEM_WORDS.contains(&stem)
            || feature_names.iter().any(|f| f.starts_with(stem))
        {
            continue;
        }
        stems
            .entry(stem)
            .and_modify(|v| *v = None)
            .or_insert(Some(i));
    }
    stems
        .into_iter()
        .filter_map(|(s, i)| Some((s.to_string(), i?)))
        .collect()
}

/// A body's name without the term it opens with (十三届人民政府 → 人民政府).
fn strip_term(core: &str) -> &str {
    let rest = core.strip_prefix('第').unwrap_or(core);
    let digits = rest
        .char_indices()
        .find(|(_, c)| !"一二三四五六七八九十百〇零0123456789".contains(*c));
    match digits {
        Some((i, '届')) if i > 0 && rest.len() > i + '届'.len_utf8() => {
            &rest[i + '届'.len_utf8()..]
        }
        _ => core,
    }
}

/// The shared lexicon.
pub static LEXICON: LazyLock<Lexicon> = LazyLock::new(Lexicon::load);

impl Lexicon {
    fn load() -> Lexicon {
        let mut places: Vec<Place> = Vec::new();
        let mut by_name: HashMap<String, usize> = HashMap::default();
        let mut zones: Vec<Zone> = Vec::new();
        let mut keys: Vec<(String, Key)> = Vec::new();
        let add = |places: &mut Vec<Place>, by_name: &mut HashMap<String, usize>, p: Place| {
            if let Some(&i) = by_name.get(&p.name) {
                if places[i].rank >= Rank::Town && p.rank >= Rank::Town {
                    places[i].ambiguous = true;
                }
                return None;
            }
            places.push(p);
            let i = places.len() - 1;
            by_name.insert(places[i].name.clone(), i);
            Some(i)
        };
        // Countries, and the cities abroad the region trades and travels with (乌兰巴托, 后贝加尔斯克) under their
        // country (a third column). A country's aliases are short forms (俄); a city's are other names (海参崴).
        for (src, level, rank, short_aliases) in [
            (COUNTRIES, "国家", Rank::Country, true),
            (FOREIGN_CITIES, "外国城市", Rank::Prefecture, false),
        ] {
            for c in tsv(src) {
                let p = Place {
                    name: c[0].into(),
                    level: level.into(),
                    rank,
                    parent: c.get(2).map(|p| p.to_string()),
                    ambiguous: false,
                };
                let Some(i) = add(&mut places, &mut by_name, p) else {
                    continue;
                };
                keys.push((
                    c[0].into(),
                    Key::Place {
                        idx: i,
                        short: false,
                    },
                ));
                for a in c
                    .get(1)
                    .unwrap_or(&"")
                    .split('|')
                    .filter(|a| a.chars().count() >= 2)
                {
                    keys.push((
                        a.into(),
                        Key::Place {
                            idx: i,
                            short: short_aliases,
                        },
                    ));
                }
            }
        }
        let mut cluster = HashMap::default();
        for r in tsv(REGION) {
            let (name, shorts, level, parent) = (
                r[0],
                r.get(1).copied().unwrap_or(""),
                r.get(2).copied().unwrap_or(""),
                r.get(3).copied().unwrap_or(""),
            );
            if rank_of(level) == Rank::Prefecture {
                for a in r.get(5).copied().unwrap_or("").split('|') {
                    let mut cs = a.chars();
                    if let (Some(c), None) = (cs.next(), cs.next()) {
                        cluster.insert(c, name.to_string());
                    }
                }
            }
            if level.starts_with("功能区") {
                zones.push(Zone {
                    name: name.into(),
                    parent: Some(parent.into()),
                });
                let z = zones.len() - 1;
                keys.push((name.into(), Key::Zone(z)));
                for s in shorts.split('|').filter(|s| s.chars().count() >= 4) {
                    keys.push((s.into(), Key::Zone(z)));
                }
                // 内蒙古阿拉善高新技术产业开发区 is as often written without the region's name.
                if let Some(rest) = name
                    .strip_prefix("内蒙古自治区")
                    .or_else(|| name.strip_prefix("内蒙古"))
                    .filter(|r| r.chars().count() >= 6)
                {
                    keys.push((rest.into(), Key::Zone(z)));
                }
                continue;
            }
            let parent = (parent != "中华人民共和国")
                .then(|| parent.to_string())
                .or(Some("中国".into()));
            let p = Place {
                name: name.into(),
                level: level.into(),
                rank: rank_of(level),
                parent,
                ambiguous: false,
            };
            if let Some(i) = add(&mut places, &mut by_name, p) {
                keys.push((
                    name.into(),
                    Key::Place {
                        idx: i,
                        short: false,
                    },
                ));
                for s in shorts.split('|').filter(|s| s.chars().count() >= 2) {
                    keys.push((
                        s.into(),
                        Key::Place {
                            idx: i,
                            short: true,
                        },
                    ));
                }
                // 达拉特旗 → 达拉特, 固阳县 → 固阳; districts and cities keep their suffix (新城, 青山 are words).
                if let Some(stem) = name
                    .strip_suffix('旗')
                    .or_else(|| name.strip_suffix('县'))
                    .or_else(|| name.strip_suffix("矿区"))
                    && stem.chars().count() >= 2
                    && !shorts.split('|').any(|s| s == stem)
                {
                    keys.push((
                        stem.into(),
                        Key::Place {
                            idx: i,
                            short: true,
                        },
                    ));
                }
            }
        }
        for r in tsv(CHINA) {
            let (name, level, parent) = (
                r[0],
                r.get(1).copied().unwrap_or(""),
                r.get(2).copied().unwrap_or(""),
            );
            let parent = if parent == "中华人民共和国" {
                "中国"
            } else {
                parent
            };
            let p = Place {
                name: name.into(),
                level: level.into(),
                rank: rank_of(level),
                parent: Some(parent.into()),
                ambiguous: false,
            };
            let rank = p.rank;
            // 城区, 郊区, 矿区 (counties of 阳泉市 …) are ordinary words outside their city.
            const WORDS: [&str; 8] = [
                "老城区",
                "城中区",
                "城东区",
                "城西区",
                "城北区",
                "城南区",
                "市中区",
                "新市区",
            ];
            if rank == Rank::County && (name.chars().count() <= 2 || WORDS.contains(&name)) {
                continue;
            }
            if let Some(i) = add(&mut places, &mut by_name, p) {
                keys.push((
                    name.into(),
                    Key::Place {
                        idx: i,
                        short: false,
                    },
                ));
                if rank <= Rank::Prefecture
                    && let Some(stem) = short_of(name)
                {
                    keys.push((
                        stem,
                        Key::Place {
                            idx: i,
                            short: true,
                        },
                    ));
                }
            }
        }
        for (src, lvl_min) in [(TOWNS, 3), (VILLAGES, 3)] {
            for r in tsv(src) {
                let (name, level, parent) = (
                    r[0],
                    r.get(1).copied().unwrap_or(""),
                    r.get(2).copied().unwrap_or(""),
                );
                if name.chars().count() < lvl_min {
                    continue;
                }
                let p = Place {
                    name: name.into(),
                    level: level.into(),
                    rank: rank_of(level),
                    parent: Some(parent.into()),
                    ambiguous: false,
                };
                if let Some(i) = add(&mut places, &mut by_name, p) {
                    keys.push((
                        name.into(),
                        Key::Place {
                            idx: i,
                            short: false,
                        },
                    ));
                }
            }
        }
        // After every full name: a place or village of a stem's name comes first.
        let first_stem = keys.len();
        for (stem, idx) in town_stems(&places) {
            keys.push((stem, Key::Place { idx, short: true }));
        }
        // Keys: one per distinct string, the first (highest-priority) wins.
        let mut seen = HashMap::default();
        let mut town_stem: Vec<bool> = Vec::new();
        let mut i = 0;
        keys.retain(|(k, _)| {
            let keep = seen.insert(k.clone(), ()).is_none();
            if keep {
                town_stem.push(i >= first_stem);
            }
            i += 1;
            keep
        });
        let gaz = Dict::new(keys.iter().map(|(k, _)| k.as_str()));
        let dept_variants = load_departments();
        let (industries, industry_by_name, ind, ind_keys) = load_industries();
        let features = Dict::new(tsv(FEATURES).map(|r| r[0]));
        let enterprises = Dict::new(tsv(ENTERPRISES).map(|r| r[0]));
        let mut national = HashMap::default();
        let mut national_names: Vec<(String, String)> = Vec::new();
        for r in tsv(NATIONAL) {
            let aliases = r.get(1).copied().unwrap_or("");
            for n in std::iter::once(r[0]).chain(aliases.split('|').filter(|a| !a.is_empty())) {
                national.insert(n.to_string(), r[0].to_string());
                national_names.push((n.to_string(), r[0].to_string()));
            }
        }
        Lexicon {
            town_stem,
            places,
            place_by_name: by_name,
            zones,
            gaz_keys: keys.into_iter().map(|(_, k)| k).collect(),
            gaz,
            dept_canon: dept_variants.iter().map(|(_, c)| c.clone()).collect(),
            dept_variants,
            industries,
            industry_by_name,
            ind,
            ind_keys,
            features,
            enterprises,
            national_dict: Dict::new(national_names.iter().map(|(k, _)| k.as_str())),
            cluster,
            national_names,
            national,
        }
    }

    /// The full name of a national body written in any of its names (国家发改委 → 国家发展和改革委员会).
    pub fn national(&self, name: &str) -> Option<&str> {
        self.national.get(name).map(String::as_str)
    }

    /// A national body's office in a place, named after both (国家能源局内蒙古监管办, 国家统计局包头调查队): the
    /// body's full name and the rest as written.
    pub fn national_office<'a>(&'a self, name: &'a str) -> Option<(&'a str, &'a str)> {
        let m = self.national_dict.find(name).filter(|m| m.start() == 0)?;
        let rest = &name[m.end()..];
        (rest.chars().count() >= 3 && self.gaz.find(rest).is_some_and(|p| p.start() == 0))
            .then(|| (self.national_names[m.pattern()].1.as_str(), rest))
    }

    /// The place with this full name.
    pub fn place(&self, name: &str) -> Option<&Place> {
        self.place_by_name.get(name).map(|&i| &self.places[i])
    }

    /// The chain of ancestors of a place, nearest first (excluding the place).
    pub fn ancestors(&self, name: &str) -> Vec<&Place> {
        let mut out = Vec::new();
        let mut cur = self.place(name).and_then(|p| p.parent.clone());
        while let Some(n) = cur {
            match self.place(&n) {
                Some(p) if out.len() < 8 => {
                    cur = p.parent.clone();
                    out.push(p);
                }
                _ => break,
            }
        }
        out
    }

    /// Whether `place` lies in (or is) `area`.
    pub fn within(&self, place: &str, area: &str) -> bool {
        place == area || self.ancestors(place).iter().any(|p| p.name == area)
    }

    /// Resolves a written place name (full or short) to its full name.
    pub fn resolve_place(&self, written: &str) -> Option<&Place> {
        self.resolve_norm(&normalize(written))
    }

    /// [`Lexicon::resolve_place`] for text that is already normalised.
    pub fn resolve_norm(&self, w: &str) -> Option<&Place> {
        if let Some(p) = self.place(w) {
            return Some(p);
        }
        let m = self.gaz.find(w)?;
        if m.start() != 0 || m.end() != w.len() {
            return None;
        }
        match self.gaz_keys[m.pattern()] {
            Key::Place { idx, .. } => Some(&self.places[idx]),
            Key::Zone(_) => None,
        }
    }

    /// The full name of the place written at the very end of `text`, if any.
    pub fn resolve_place_suffix(&self, text: &str) -> Option<&str> {
        let m = self
            .gaz
            .find_iter(text)
            .filter(|m| m.end() == text.len())
            .last()?;
        match self.gaz_keys[m.pattern()] {
            Key::Place { idx, .. } => Some(self.places[idx].name.as_str()),
            Key::Zone(_) => None,
        }
    }

    /// The town whose stem a name holds, written without 镇/苏木/乡 (巴彦浩特沙产业示范园区 → 巴彦浩特镇).
    pub fn town_by_stem(&self, name: &str) -> Option<&str> {
        self.gaz
            .find_iter(name)
            .find(|m| self.town_stem[m.pattern()])
            .and_then(|m| match self.gaz_keys[m.pattern()] {
                Key::Place { idx, .. } => Some(self.places[idx].name.as_str()),
                Key::Zone(_) => None,
            })
    }

    /// The cities a run of the cluster's one-character names stands for (呼包鄂乌 → 呼和浩特市, 包头市,
    /// 鄂尔多斯市, 乌兰察布市); `None` unless every character is one and there are two or more.
    pub fn cluster_cities(&self, run: &str) -> Option<Vec<String>> {
        let cities: Option<Vec<String>> =
            run.chars().map(|c| self.cluster.get(&c).cloned()).collect();
        cities.filter(|c| c.len() >= 2)
    }

    /// The canonical core of a department name (发改委 → 发展和改革委员会); unknown names come back as is.
    pub fn canonical_department(&self, core: &str) -> String {
        // 旗十三届人民政府, 市十五届人大常委会: a body's term is not part of its name.
        let core = strip_term(core);
        // 发改委产业科: a section of a department, under the department's full name.
        if let Some((dept, section)) = self.department_section(core) {
            return format!("{}{section}", self.canonical_department(dept));
        }
        // 经济和信息化委: a commission named without its 员会.
        if core.ends_with('委') && self.dept_canon.contains(&format!("{core}员会")) {
            return format!("{core}员会");
        }
        let mut s = core.to_string();
        for (variant, canon) in &self.dept_variants {
            // 文化旅游广电局 is itself a full name: do not rewrite its 广电局.
            if !s.ends_with(variant.as_str()) {
                continue;
            }
            let is_full = self
                .dept_variants
                .iter()
                .any(|(_, c)| c.len() >= variant.len() && s.ends_with(c.as_str()));
            if !is_full {
                // 住房公积金中心 → 住房公积金管理中心: the words before the variant that start the full name
                // are the full name's own.
                let mut before = &s[..s.len() - variant.len()];
                if let Some(k) = (1..=before.len())
                    .rev()
                    .filter(|&k| before.is_char_boundary(before.len() - k))
                    .find(|&k| canon.starts_with(&before[before.len() - k..]))
                {
                    before = &before[..before.len() - k];
                }
                // 营商环境局 is no 营商生态环境局: a variant that is the end of its full name (环境局) with other
                // words before it names another unit.
                if canon.ends_with(variant.as_str()) && !before.is_empty() {
                    break;
                }
                s = format!("{before}{canon}");
                break;
            }
        }
        s
    }

    /// A department's section written after the department's name (发改委产业科 → (发改委, 产业科)): a known name
    /// or abbreviation, then two to six characters ending in 科, 处, 股 or 室 (not 办公室, a unit of its own).
    fn department_section<'a>(&self, core: &'a str) -> Option<(&'a str, &'a str)> {
        if !core.ends_with(['科', '处', '股', '室']) || core.ends_with("办公室") {
            return None;
        }
        self.dept_variants
            .iter()
            .flat_map(|(v, c)| [v.as_str(), c.as_str()])
            .filter(|name| core.len() > name.len() && core.starts_with(name))
            .max_by_key(|name| name.len())
            .map(|name| core.split_at(name.len()))
            .filter(|(_, section)| {
                (2..=6).contains(&section.chars().count())
                    && section.chars().all(super::text::is_han)
            })
    }

    /// Every alias the taxonomy gives an industry name.
    pub fn industry_aliases(&self, name: &str) -> Vec<String> {
        let Some(&i) = self.industry_by_name.get(name) else {
            return Vec::new();
        };
        self.industry_by_name
            .iter()
            .filter(|(k, v)| **v == i && k.as_str() != name)
            .map(|(k, _)| k.clone())
            .collect()
    }

    /// The industry with this name or alias.
    pub fn industry(&self, name: &str) -> Option<&Industry> {
        self.industry_by_name
            .get(name)
            .map(|&i| &self.industries[i])
    }
}

/// 银川市 → 银川, 宁夏回族自治区 → 宁夏, 海西蒙古族藏族自治州 → 海西.
fn short_of(name: &str) -> Option<String> {
    const SUFFIXES: [&str; 10] = [
        "维吾尔自治区",
        "壮族自治区",
        "回族自治区",
        "自治区",
        "特别行政区",
        "省",
        "市",
        "地区",
        "盟",
        "自治州",
    ];
    let mut stem = SUFFIXES
        .iter()
        .find_map(|s| name.strip_suffix(s))?
        .to_string();
    if name.ends_with("自治州") {
        stem = stem.chars().take(2).collect();
    }
    (stem.chars().count() >= 2).then_some(stem)
}

fn load_departments() -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = Vec::new();
    for r in tsv(DEPARTMENTS) {
        for var in r.get(1).unwrap_or(&"").split('|').filter(|s| !s.is_empty()) {
            v.push((var.to_string(), r[0].to_string()));
        }
    }
    // Longest variants first so 发展改革委员会 wins over 发展改革委.
    v.sort_by(|a, b| {
        b.0.chars()
            .count()
            .cmp(&a.0.chars().count())
            .then(a.0.cmp(&b.0))
    });
    v
}

type IndustryTables = (Vec<Industry>, HashMap<String, usize>, Dict, Vec<usize>);

fn load_industries() -> IndustryTables {
    let mut inds = Vec::new();
    let mut by_name = HashMap::default();
    let mut pats: Vec<(String, usize)> = Vec::new();
    for r in tsv(INDUSTRIES) {
        let i = inds.len();
        inds.push(Industry {
            name: r[0].into(),
            category: r.get(1).unwrap_or(&"other").to_string(),
        });
        by_name.insert(r[0].to_string(), i);
        pats.push((r[0].to_string(), i));
        for a in r.get(2).unwrap_or(&"").split('|').filter(|a| !a.is_empty()) {
            by_name.entry(a.to_string()).or_insert(i);
            pats.push((a.to_string(), i));
        }
    }
    pats.retain(|(p, _)| p.chars().count() >= 2);
    let mut seen = HashMap::default();
    pats.retain(|(p, _)| seen.insert(p.clone(), ()).is_none());
    let ac = Dict::new(pats.iter().map(|(p, _)| p.as_str()));
    (
        inds,
        by_name,
        ac,
        pats.into_iter().map(|(_, i)| i).collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn region_is_complete() {
        let l = &*LEXICON;
        let prefectures = l
            .places
            .iter()
            .filter(|p| p.rank == Rank::Prefecture && p.parent.as_deref() == Some("内蒙古自治区"))
            .count();
        assert_eq!(prefectures, 12);
        // The 103 county-level divisions, and 乌拉盖管理区, run as one though it is none.
        let counties = l
            .places
            .iter()
            .filter(|p| p.rank == Rank::County && l.within(&p.name, "内蒙古自治区"))
            .filter(|p| !p.level.starts_with("管理区"))
            .count();
        assert_eq!(counties, 103);
        assert_eq!(l.place("乌拉盖管理区").map(|p| p.rank), Some(Rank::County));
        let yulin = l
            .places
            .iter()
            .filter(|p| p.parent.as_deref() == Some("榆林市"))
            .count();
        assert_eq!(yulin, 12);
    }

    #[test]
    fn towns_link_to_parents() {
        let l = &*LEXICON;
        let chain: Vec<&str> = l
            .ancestors("罕台镇")
            .iter()
            .map(|p| p.name.as_str())
            .collect();
        assert_eq!(chain, ["东胜区", "鄂尔多斯市", "内蒙古自治区", "中国"]);
        assert_eq!(
            l.resolve_place("银川").map(|p| p.name.as_str()),
            Some("银川市")
        );
        assert_eq!(
            l.resolve_place("土左旗").map(|p| p.name.as_str()),
            Some("土默特左旗")
        );
    }

    #[test]
    fn department_variants_merge() {
        let l = &*LEXICON;
        assert_eq!(l.canonical_department("发改委"), "发展和改革委员会");
        assert_eq!(l.canonical_department("发展改革委"), "发展和改革委员会");
        assert_eq!(
            l.canonical_department("人力资源社会保障厅"),
            "人力资源和社会保障厅"
        );
        assert_eq!(l.canonical_department("市场监管局"), "市场监督管理局");
        assert_eq!(l.canonical_department("商务局"), "商务局");
    }
}
