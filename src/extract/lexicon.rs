//! Lexicons loaded from `assets/lexicon/*.tsv`: administrative places (Inner Mongolia and Yulin with short
//! names, the rest of China, towns and villages of the region, countries), development zones, department
//! name variants and the industry taxonomy. Built once; matched with Aho-Corasick (leftmost-longest).

use super::matcher::Dict;
use super::text::normalize;
use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

mod load;

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
    /// The parents of the other places a town's or village's name names (巴彦高勒镇 of 磴口县 and of 扎赉特旗):
    /// the place of the name holds the first in the tables.
    other_parents: HashMap<String, Vec<String>>,
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

/// Department codes of document numbers (农牧 in 通农牧发, 发改 in 榆发改发) and the departments they stand for.
pub static DOC_CODES: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    include_str!("../../assets/lexicon/doc_codes.tsv")
        .lines()
        .skip(1)
        .filter_map(|l| {
            let mut f = l.split('\t');
            Some((f.next()?, f.next()?))
        })
        .filter(|(c, d)| !c.is_empty() && !d.is_empty())
        .collect()
});

/// The shared lexicon.
pub static LEXICON: LazyLock<Lexicon> = LazyLock::new(Lexicon::load);

impl Lexicon {
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

    /// The parents of every place named `name`: its own first, then those of the others of its name.
    pub fn parents_of(&self, name: &str) -> Vec<&str> {
        let own = self.place(name).and_then(|p| p.parent.as_deref());
        own.into_iter()
            .chain(
                self.other_parents
                    .get(name)
                    .into_iter()
                    .flatten()
                    .map(String::as_str),
            )
            .collect()
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

    /// The town whose stem gazetteer pattern `pattern` is, when the text `before` it ends with its county
    /// (阿拉善左旗乌力吉).
    pub fn town_after_county(&self, pattern: usize, before: &str) -> Option<String> {
        let Key::Place { idx, .. } = self.gaz_keys[pattern] else {
            return None;
        };
        let county = self.places[idx].parent.as_deref()?;
        (self.resolve_place_suffix(super::text::suffix(before, 30)) == Some(county))
            .then(|| self.places[idx].name.clone())
    }

    /// The town whose stem a name holds, written without 镇/苏木/乡 (巴彦浩特沙产业示范园区 → 巴彦浩特镇); not the
    /// stem of a river's or gully's name (乌素图沟 is Hohhot's, 乌素图镇 Ulanqab's).
    pub fn town_by_stem(&self, name: &str) -> Option<&str> {
        self.gaz
            .find_iter(name)
            .find(|m| {
                self.town_stem[m.pattern()]
                    && !name[m.end()..].starts_with(['沟', '河', '湖', '川', '淖', '渠'])
            })
            .and_then(|m| match self.gaz_keys[m.pattern()] {
                Key::Place { idx, .. } => Some(self.places[idx].name.as_str()),
                Key::Zone(_) => None,
            })
    }

    /// The city of the cluster a one-character name stands for (呼 → 呼和浩特市), when it is a city (not 蒙, 陕).
    pub fn cluster_city(&self, c: char) -> Option<&str> {
        let name = self.cluster.get(&c)?;
        self.place(name)
            .is_some_and(|p| p.rank == Rank::Prefecture)
            .then_some(name.as_str())
    }

    /// The cities a run of the cluster's one-character names stands for (呼包鄂乌 → 呼和浩特市, 包头市,
    /// 鄂尔多斯市, 乌兰察布市); `None` unless every character is one and there are two or more.
    pub fn cluster_cities(&self, run: &str) -> Option<Vec<String>> {
        let cities: Option<Vec<String>> =
            run.chars().map(|c| self.cluster.get(&c).cloned()).collect();
        cities.filter(|c| c.len() >= 2)
    }

    /// The canonical core of a department name (发改委 → 发展和改革委员会); unknown names come back as is.
    /// Every department name the lexicon knows, full names and their variants (发展和改革委员会, 发改委).
    pub fn department_names(&self) -> impl Iterator<Item = &str> {
        self.dept_variants
            .iter()
            .flat_map(|(v, c)| [v.as_str(), c.as_str()])
    }

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

    #[test]
    fn a_town_s_stem_before_a_water_is_the_water_s_name() {
        let l = &*LEXICON;
        assert_eq!(l.town_by_stem("巴彦浩特沙产业示范园区"), Some("巴彦浩特镇"));
        assert_eq!(l.town_by_stem("乌素图沟整治提升工程"), None);
    }

    #[test]
    fn every_sector_is_named_by_its_own_row() {
        // An alias of one sector that is another's name (储能装备 under 储能) would make one text two sectors.
        let l = &*LEXICON;
        // (Names of one character, 铝 or 乳, are read by the patterns only.)
        for ind in l.industries.iter().filter(|i| i.name.chars().count() >= 2) {
            let found = l
                .ind
                .find(&ind.name)
                .filter(|m| m.start() == 0 && m.end() == ind.name.len())
                .map(|m| l.industries[l.ind_keys[m.pattern()]].name.as_str());
            assert_eq!(found, Some(ind.name.as_str()), "{}", ind.name);
        }
    }
}
