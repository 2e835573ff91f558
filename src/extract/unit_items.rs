//! A list of units split into its items: on 、 , ; 。 and a slash outside brackets, on 及 and 和 between two
//! units' names, and where units run together without a separator (市发改委市财政局, 昆区稀土高新区管委会).

use super::departments::ends_like_unit;

/// Marks written beside a unit in a list (市发改委*): the lead, by the document's legend.
pub(super) const ITEM_MARKS: [char; 6] = ['*', '★', '☆', '※', '▲', '△'];

/// Splits a list on 、 , ; 。 at bracket depth 0; returns (start, end) byte ranges, trimmed.
pub fn split_items(s: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let (mut depth, mut start) = (0i32, 0usize);
    for (i, c) in s.char_indices() {
        match c {
            '(' | '（' | '〔' | '[' => depth += 1,
            ')' | '）' | '〕' | ']' => depth -= 1,
            // A slash between units (市发改委/市财政局), not inside a date (2025/06).
            '/' | '／' if depth > 0 || s[..i].ends_with(|c: char| c.is_ascii_digit()) => {}
            '、' | ',' | '，' | ';' | '；' | '。' | '/' | '／' if depth <= 0 => {
                out.push((start, i));
                start = i + c.len_utf8();
            }
            // 市发展改革委员会及各旗县区: 及 after a unit's name joins two units.
            '及' if depth <= 0
                && i + c.len_utf8() < s.len()
                && ends_like_unit(s[start..i].trim_end_matches('以')) =>
            {
                let end = if s[..i].ends_with('以') {
                    i - '以'.len_utf8()
                } else {
                    i
                };
                out.push((start, end));
                start = i + c.len_utf8();
            }
            // 环保厅和内蒙古电力监管办: 和 between two units' names joins them (but 发展和改革委员会 is one).
            '和' if depth <= 0 && ends_like_unit(&s[start..i]) && {
                let next = &s[i + c.len_utf8()..];
                let seg = next
                    .find(['、', ',', '，', ';', '；', '。', '(', '（', '及', '和'])
                    .map_or(next, |e| &next[..e]);
                let seg = ["配合", "牵头", "负责", "参与", "协助"]
                    .iter()
                    .find_map(|w| seg.strip_suffix(w))
                    .unwrap_or(seg);
                // 和区卫健委共同牵头: how the two share the role.
                let seg = super::unit_roles::without_sharing(seg);
                // 各旗县区党委和政府: the group's governments, not the document's.
                let groups_own = s[start..i].trim_start().starts_with('各')
                    && ["政府", "人民政府"].contains(&seg);
                seg.chars().count() >= 2 && ends_like_unit(seg) && !groups_own
            } =>
            {
                out.push((start, i));
                start = i + c.len_utf8();
            }
            _ => {}
        }
    }
    out.push((start, s.len()));
    out.into_iter()
        .filter_map(|(a, b)| {
            let item = &s[a..b];
            // 市发改委*, ★市能源局: a mark (of the lead unit) is no part of the name.
            let mark = |c: char| c.is_whitespace() || ITEM_MARKS.contains(&c);
            let lead = item.len() - item.trim_start_matches(mark).len();
            let t = item.trim_matches(mark);
            // 主抓单位:市发改委, 责任单位(部门):…: a label no rule knows before the units.
            let label = t
                .find([':', '：'])
                .filter(|&c| {
                    let l = t[..c].trim_end_matches([')', '）']);
                    t[..c].chars().count() <= 10
                        && ["单位", "部门", "处室", "科室", "股室"]
                            .iter()
                            .any(|w| l.ends_with(w))
                })
                .map_or(0, |c| c + t[c..].chars().next().map_or(1, char::len_utf8));
            let t = &t[label..];
            (!t.is_empty()).then_some((a + lead + label, a + lead + label + t.len()))
        })
        .flat_map(|(a, b)| run_together(s, a, b))
        .flat_map(|(a, b)| place_then_zone(s, a, b))
        .collect()
}

/// A place run into the administration of a zone that is not the place's own (昆区稀土高新区管委会: 昆区 and
/// 稀土高新区管委会, the city's zone): two units. (九原工业园区管委会, 满洲里综合保税区管委会: the place names
/// the zone.)
fn place_then_zone(s: &str, a: usize, b: usize) -> Vec<(usize, usize)> {
    use super::lexicon::{Key, LEXICON};
    let lex = &*LEXICON;
    let item = &s[a..b];
    let split = lex
        .gaz
        .find(item)
        .filter(|m| m.start() == 0)
        .and_then(|m| match lex.gaz_keys[m.pattern()] {
            Key::Place { idx, .. } => Some((m.end(), &lex.places[idx].name)),
            Key::Zone(_) => None,
        })
        .filter(|&(at, place)| {
            let rest = &item[at..];
            lex.gaz.find(rest).is_some_and(|z| {
                z.start() == 0
                    && ["管委会", "管理委员会"].contains(&&rest[z.end()..])
                    // (锡林郭勒经济技术开发区管委会: a kind of zone after the place is the place's zone.)
                    && !super::zone_units::ZONE_WORDS.contains(&&rest[..z.end()])
                    && matches!(lex.gaz_keys[z.pattern()], Key::Zone(i)
                        if lex.zones[i].parent.as_deref().is_some_and(|p| p != place.as_str() && !lex.within(p, place)))
            })
        });
    match split {
        Some((at, _)) => vec![(a, a + at), (a + at, b)],
        None => vec![(a, b)],
    }
}

/// Units written one after another without a separator (a space the text lost: 市发改委 市财政局 → 市发改委市财政局):
/// split where a unit's ending word is followed by a government's prefix.
fn run_together(s: &str, a: usize, b: usize) -> Vec<(usize, usize)> {
    const ENDS: [&str; 12] = [
        "局",
        "委",
        "办",
        "厅",
        "室",
        "中心",
        "政府",
        "公司",
        "集团",
        "管委会",
        "支队",
        "海关",
    ];
    const PREFIXES: [&str; 6] = ["自治区", "市", "区", "旗", "县", "盟"];
    let mut out = Vec::new();
    let mut from = a;
    for (i, c) in s[a..b].char_indices().map(|(i, c)| (a + i, c)) {
        if !matches!(c, '自' | '市' | '区' | '旗' | '县' | '盟') {
            continue;
        }
        let (before, after) = (&s[from..i], &s[i..b]);
        let ends_unit = ENDS.iter().any(|e| before.ends_with(e)) && before.chars().count() >= 3;
        let starts_unit = PREFIXES.iter().any(|p| {
            after
                .strip_prefix(p)
                .is_some_and(|r| r.chars().count() >= 2 && !r.starts_with(['场', '域']))
        }) && !after.starts_with("市场")
            && !after.starts_with("区域")
            // 市卫健委市场监管局: the market regulator named without its prefix.
            || after.starts_with("市场监");
        if ends_unit && starts_unit {
            out.push((from, i));
            from = i;
        }
    }
    out.push((from, b));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(s: &str) -> Vec<&str> {
        split_items(s).into_iter().map(|(a, b)| &s[a..b]).collect()
    }

    #[test]
    fn units_joined_by_and() {
        assert_eq!(items("环保厅和市能源局配合"), ["环保厅", "市能源局配合"]);
        assert_eq!(
            items("区教育局和区卫健委共同牵头"),
            ["区教育局", "区卫健委共同牵头"]
        );
        assert_eq!(items("市发展和改革委员会"), ["市发展和改革委员会"]);
        assert_eq!(
            items("各旗县区党委和政府、市财政局"),
            ["各旗县区党委和政府", "市财政局"]
        );
    }
}
