//! The label a project is known by, whichever way a text writes its name (包头至银川高铁项目 and 包头至银川高铁 are
//! one project).

use super::project_words::{HEAD, PHASE};

/// The label a project is known by: its name without a 项目 (or 建设工程) that follows another head (包头至银川高铁
/// 项目 → 包头至银川高铁, 府谷民用机场项目 → 府谷民用机场), so that texts writing it either way name one project.
pub fn label(name: &str) -> &str {
    // “卧龙永磁电机产业园”项目: the quoted name of a facility, its 项目 the project of building it.
    if let Some(inner) = name
        .strip_prefix('“')
        .and_then(|n| n.strip_suffix("”项目"))
        .filter(|n| {
            !n.contains(['“', '”']) && HEAD.find_iter(n).last().is_some_and(|m| m.end() == n.len())
        })
    {
        return inner;
    }
    // 包头稀土新材料产业园(一期)项目: a phase in brackets after the head, like a phase after it (金山电厂二期), is a
    // stage of the works named before it.
    let name = name
        .strip_suffix("项目")
        .or_else(|| name.strip_suffix("工程"))
        .unwrap_or(name)
        .strip_suffix(')')
        .and_then(|n| n.rsplit_once('('))
        .filter(|(stem, phase)| {
            PHASE.find(phase).is_some_and(|m| m.end() == phase.len())
                && HEAD
                    .find_iter(stem)
                    .last()
                    .is_some_and(|m| m.end() == stem.len())
        })
        .map_or(name, |(stem, _)| stem);
    // …林果基地建设工程: the building of a base is that base's project.
    let name = ["建设工程", "建设项目"]
        .iter()
        .find_map(|w| name.strip_suffix(w))
        .filter(|stem| {
            HEAD.find_iter(stem).last().is_some_and(|m| {
                m.end() == stem.len() && !["项目", "工程"].contains(&&stem[m.start()..])
            })
        })
        .unwrap_or(name);
    match name.strip_suffix("项目") {
        Some(stem)
            if stem.chars().count() >= 4
                && HEAD
                    .find_iter(stem)
                    .last()
                    .is_some_and(|m| m.end() == stem.len() && &stem[m.start()..] != "项目") =>
        {
            stem
        }
        _ => name,
    }
}
