//! Where projects meet places: the places along a route's name (包头至鄂尔多斯至榆林高铁), a zone named by its
//! canonical name or after its place, and names that are places rather than projects (浦东新区, 呼和浩特市—
//! 和林格尔新区).

use super::lexicon::{Key, LEXICON};
use super::project_words::HEAD;
use super::text::is_han;

/// Places along a route name (包头至鄂尔多斯至榆林高铁 → 包头市, 鄂尔多斯市, 榆林市).
pub(super) fn route_places(name: &str) -> Vec<String> {
    if !name.contains(['至', '到', '—']) {
        return Vec::new();
    }
    let lex = &*LEXICON;
    let mut out = Vec::new();
    // 包头至银川, 鄂尔多斯—呼和浩特—张家口—北京.
    for part in name.split(['至', '到', '—']) {
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
                .or_else(|| town_stem(part, true))
        } else {
            found
                .iter()
                .find(|(s, _, _)| *s == 0)
                .map(|(_, _, p)| p.clone())
                .or_else(|| county_stem(part))
                .or_else(|| town_stem(part, false))
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
    // 至东风航天城段: a stem that runs on into another name is not the county's (东风区 is in Heilongjiang).
    let rest = &part[stem.len()..];
    if !(rest.is_empty()
        || rest.starts_with(['段', '一', '二', '三', '方'])
        || HEAD.find(rest).is_some_and(|m| m.start() == 0))
    {
        return None;
    }
    ["县", "市", "旗", "区"]
        .iter()
        .map(|s| format!("{stem}{s}"))
        .find(|n| LEXICON.place(n).is_some())
}

/// A town of the region written without 镇 / 苏木 / 乡 at an end of a route (巴彦浩特至银川 → 巴彦浩特镇): the last
/// (first route part) or first (later parts) two to five characters, when one town alone has that name.
pub(super) fn town_stem(part: &str, at_end: bool) -> Option<String> {
    let cs: Vec<char> = part.chars().collect();
    (2..=cs.len().min(5)).rev().find_map(|n| {
        let stem: String = if at_end {
            cs[cs.len() - n..].iter().collect()
        } else {
            cs[..n].iter().collect()
        };
        // 蒙西 (a region: 蒙西至天津南通道) is no town's stem, though a town is named 蒙西镇.
        if !stem.chars().all(is_han)
            || LEXICON
                .features
                .find(&stem)
                .is_some_and(|m| m.start() == 0 && m.end() == stem.len())
        {
            return None;
        }
        ["镇", "苏木", "乡"].iter().find_map(|t| {
            let name = format!("{stem}{t}");
            LEXICON
                .place(&name)
                .filter(|p| p.rank == super::lexicon::Rank::Town && !p.ambiguous)
                .map(|p| p.name.clone())
        })
    })
}

/// The zone's canonical name when `name` is (an alias of) a lexicon zone.
/// A zone written after the place it lies in (阿拉善盟阿拉善高新技术产业开发区) is that zone too.
pub(super) fn zone_name(name: &str) -> Option<String> {
    let lex = &*LEXICON;
    let mut ms = lex.gaz.find_iter(name);
    let m = ms.next()?;
    match lex.gaz_keys[m.pattern()] {
        Key::Zone(z) if m.start() == 0 && m.end() == name.len() => Some(lex.zones[z].name.clone()),
        Key::Place { idx, .. } if m.start() == 0 => {
            let m2 = ms.next()?;
            match lex.gaz_keys[m2.pattern()] {
                Key::Zone(z)
                    if m2.start() == m.end()
                        && m2.end() == name.len()
                        && lex.zones[z]
                            .parent
                            .as_deref()
                            .is_some_and(|p| lex.within(p, &lex.places[idx].name)) =>
                {
                    Some(lex.zones[z].name.clone())
                }
                _ => None,
            }
        }
        _ => None,
    }
}

/// Places joined by dashes (呼和浩特市—和林格尔新区): a pair of places a corridor links, not a project.
pub(super) fn places_joined(name: &str) -> bool {
    let lex = &*LEXICON;
    name.contains('—')
        && name.split('—').all(|part| {
            lex.resolve_norm(part).is_some()
                || lex
                    .gaz
                    .find(part)
                    .is_some_and(|m| m.start() == 0 && m.end() == part.len())
        })
}

/// A district named like a zone (浦东新区, 上海浦东新区, 滨海新区): a place, not a project.
pub(super) fn is_place(name: &str) -> bool {
    // Only names ending as a district's do (浦东新区); most project names end otherwise.
    if !name.ends_with('区') {
        return false;
    }
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

/// Where the last place starts in words that are places and nothing else, two or more (包头市九原区哈林格尔镇 →
/// 哈林格尔镇).
pub(super) fn last_of_places(s: &str) -> Option<usize> {
    let lex = &*LEXICON;
    let mut at = 0;
    let mut last = None;
    for m in lex.gaz.find_iter(s) {
        if m.start() != at || !matches!(lex.gaz_keys[m.pattern()], Key::Place { .. }) {
            return None;
        }
        last = Some(m.start());
        at = m.end();
    }
    last.filter(|&l| at == s.len() && l > 0)
}

/// A city's new airport named bare (加快新机场建设, 新机场高速公路 in a Hohhot plan): the airport of the city the
/// document is about (`home`, or the city a county-level home lies in), 呼和浩特新机场. Each hit whose name
/// starts with 新机场 is renamed, and a bare 新机场 that no hit covers is added, in order.
pub(super) fn home_airport(text: &str, hits: &mut Vec<super::projects::ProjectHit>, home: &str) {
    const NEW: &str = "新机场";
    if !text.contains(NEW) {
        return;
    }
    let lex = &*LEXICON;
    let city = std::iter::once(lex.place(home))
        .flatten()
        .chain(lex.ancestors(home))
        .find(|p| p.rank == super::lexicon::Rank::Prefecture);
    let Some(short) = city.and_then(|c| c.name.strip_suffix('市')) else {
        return;
    };
    for h in hits.iter_mut() {
        if h.name.starts_with(NEW) && bare_at(text, h.start) {
            h.name = format!("{short}{}", h.name);
        }
    }
    for (i, _) in text.match_indices(NEW) {
        if bare_at(text, i) && !hits.iter().any(|h| h.start <= i && i < h.end) {
            let at = hits.partition_point(|h| h.start < i);
            hits.insert(
                at,
                super::projects::ProjectHit {
                    name: format!("{short}{NEW}"),
                    start: i,
                    end: i + NEW.len(),
                    connects: Vec::new(),
                },
            );
        }
    }
}

/// Whether nothing of a name runs into `at` from before (a verb, a mark or the start is before it).
fn bare_at(text: &str, at: usize) -> bool {
    super::phrase::name_start(text, at, 30) == at
}

#[cfg(test)]
mod tests {
    use super::super::projects::find_projects;
    use super::home_airport;

    fn airport(text: &str, home: &str) -> Vec<String> {
        let mut hits = find_projects(text, &[]);
        home_airport(text, &mut hits, home);
        hits.into_iter().map(|h| h.name).collect()
    }

    #[test]
    fn towns_before_a_shared_ending_under_their_county() {
        let mut got: Vec<String> = find_projects(
            "实施包头市九原区哈林格尔镇、麻池镇污水处理厂建设项目。",
            &[],
        )
        .into_iter()
        .map(|h| super::super::projects::label(&h.name).to_string())
        .collect();
        got.sort();
        assert_eq!(
            got,
            ["包头市九原区哈林格尔镇污水处理厂", "麻池镇污水处理厂"]
        );
    }

    #[test]
    fn a_bare_new_airport_is_the_home_citys() {
        assert_eq!(
            airport("加快新机场建设,推进新机场高速公路建设。", "呼和浩特市"),
            ["呼和浩特新机场", "呼和浩特新机场高速公路"]
        );
        // A county's plan: the airport of the city it lies in.
        assert_eq!(
            airport("配合做好新机场建设。", "和林格尔县"),
            ["呼和浩特新机场"]
        );
        // Another city's airport keeps its own name.
        assert_eq!(
            airport("推进鄂尔多斯新机场建设。", "包头市"),
            ["鄂尔多斯新机场"]
        );
    }
}
