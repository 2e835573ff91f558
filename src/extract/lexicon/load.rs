//! Building the lexicons from their tables in `assets/lexicon/` (once, at first use).

use super::*;

const REGION: &str = include_str!("../../../assets/lexicon/divisions_region.tsv");
const CHINA: &str = include_str!("../../../assets/lexicon/china_divisions.tsv");
const TOWNS: &str = include_str!("../../../assets/lexicon/region_towns.tsv");
const VILLAGES: &str = include_str!("../../../assets/lexicon/region_villages.tsv");
const COUNTRIES: &str = include_str!("../../../assets/lexicon/countries.tsv");
const FOREIGN_CITIES: &str = include_str!("../../../assets/lexicon/foreign_cities.tsv");
const DEPARTMENTS: &str = include_str!("../../../assets/lexicon/departments.tsv");
const INDUSTRIES: &str = include_str!("../../../assets/lexicon/industries.tsv");
const FEATURES: &str = include_str!("../../../assets/lexicon/features.tsv");
const ENTERPRISES: &str = include_str!("../../../assets/lexicon/enterprises.tsv");
const NATIONAL: &str = include_str!("../../../assets/lexicon/national_bodies.tsv");

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
            || !stem.chars().all(super::super::text::is_han)
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

impl Lexicon {
    pub(super) fn load() -> Lexicon {
        let mut places: Vec<Place> = Vec::new();
        let mut by_name: HashMap<String, usize> = HashMap::default();
        let mut other_parents: HashMap<String, Vec<String>> = HashMap::default();
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
        for (src, lvl_min) in [(TOWNS, 2), (VILLAGES, 3)] {
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
                let (rank, parent) = (p.rank, parent.to_string());
                if let Some(i) = add(&mut places, &mut by_name, p) {
                    keys.push((
                        name.into(),
                        Key::Place {
                            idx: i,
                            short: false,
                        },
                    ));
                } else if by_name.get(name).is_some_and(|&i| {
                    places[i].rank == rank && places[i].parent.as_deref() != Some(&parent)
                }) {
                    other_parents
                        .entry(name.to_string())
                        .or_default()
                        .push(parent);
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
            other_parents,
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
        let variants: Vec<&str> = r
            .get(1)
            .unwrap_or(&"")
            .split('|')
            .filter(|s| !s.is_empty())
            .collect();
        // A standard name without a short form (商务厅) is its own variant: a department the lexicon knows.
        if variants.is_empty() {
            v.push((r[0].to_string(), r[0].to_string()));
        }
        for var in variants {
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
