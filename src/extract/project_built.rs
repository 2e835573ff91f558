//! Places that build the works (支持土左旗察素齐镇建设物流园区, 支持满洲里、二连浩特建设边民互市贸易区): the works are
//! named by the places, and 建设 is no part of the name.

use super::lexicon::{Key, LEXICON};
use super::project_names::{GENERIC_START, proper};
use super::project_places::route_places;
use super::project_words::HEAD;
use super::projects::ProjectHit;

/// 土左旗察素齐镇建设物流园区: places that build the works, not part of a name with 建设 in it; the works are named
/// by the places (察素齐镇物流园区) if that makes a name. `None` when the words are not so written.
pub(super) fn built_by_place(text: &str, start: usize, end: usize) -> Option<Option<ProjectHit>> {
    let n = &text[start..end];
    let mut p = 0;
    while let Some(m) = LEXICON.gaz.find(&n[p..]).filter(|m| m.start() == 0) {
        p += m.end();
    }
    let rest = n[p..]
        .strip_prefix("建设")
        .filter(|r| p > 0 && r.chars().count() >= 2)?;
    let name = format!("{}{rest}", &n[..p]);
    let Some(h) = HEAD.find_iter(&name).last() else {
        return Some(None);
    };
    Some(
        proper(&name[..h.start()], &name[h.start()..h.end()]).then(|| ProjectHit {
            connects: route_places(&name),
            name,
            start,
            end,
        }),
    )
}

/// 支持扎赉特旗建设水稻产业园: works no name of their own (水稻产业园) after the places that build them, when their
/// start is right after 建设; named by the places (扎赉特旗水稻产业园), each of a list of places its own
/// (支持满洲里、二连浩特建设边民互市贸易区). Not a designation or a phrase (全国重要的稀土产业基地, 建设成为…).
/// The last place's comes last.
pub(super) fn built_after_place(text: &str, start: usize, end: usize) -> Vec<ProjectHit> {
    let Some(verb) = text[..start].strip_suffix("建设") else {
        return Vec::new();
    };
    let works = &text[start..end];
    if works.contains('的')
        || works.chars().count() > 12
        || GENERIC_START.iter().any(|g| works.starts_with(g))
        || ["成", "为", "全国", "全区", "国家", "世界", "区域", "自治区"]
            .iter()
            .any(|w| works.starts_with(w))
    {
        return Vec::new();
    }
    let Some(at) = places_ending_at(verb, verb.len()) else {
        return Vec::new();
    };
    let Some(last) = built_by_place(text, at, end).flatten() else {
        return Vec::new();
    };
    let mut out = vec![last];
    // The places listed before it (满洲里、), each with the same works.
    let mut cursor = at;
    while let Some(item_end) = text[..cursor].strip_suffix('、').map(str::len)
        && let Some(item_start) = places_ending_at(text, item_end)
        && text[..item_start].chars().next_back().is_none_or(|c| {
            c == '、' || !super::text::is_han(c) || verb_before(&text[..item_start])
        })
    {
        let name = format!("{}{works}", &text[item_start..item_end]);
        out.insert(
            0,
            ProjectHit {
                connects: route_places(&name),
                name,
                start: item_start,
                end: item_end,
            },
        );
        cursor = item_start;
    }
    out
}

/// Where places one after another, ending at `end`, start (土左旗察素齐镇 of …土左旗察素齐镇建设).
fn places_ending_at(text: &str, end: usize) -> Option<usize> {
    let from = text[..end]
        .char_indices()
        .rev()
        .nth(20)
        .map_or(0, |(i, _)| i);
    let found: Vec<(usize, usize)> = LEXICON
        .gaz
        .find_iter(&text[from..end])
        .filter(|m| matches!(LEXICON.gaz_keys[m.pattern()], Key::Place { .. }))
        .map(|m| (from + m.start(), from + m.end()))
        .collect();
    let mut at = end;
    while let Some(&(s, _)) = found.iter().find(|&&(_, e)| e == at) {
        at = s;
    }
    (at < end).then_some(at)
}

/// Whether a verb of support or 在 ends the text before a list of places (支持, 推动, 在).
fn verb_before(before: &str) -> bool {
    ["支持", "推动", "鼓励", "指导", "推进", "加快", "在"]
        .iter()
        .any(|v| before.ends_with(v))
}
