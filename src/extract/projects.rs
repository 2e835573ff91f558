//! Named projects, facilities, parks, zones and platforms: a head word (项目, 高铁, 机场, 园区, 平台 …) with the
//! name before it, road codes (G210…), zones from the lexicon; shared endings split (A和B项目 → two projects);
//! generic phrases without a proper element (一批重点项目, 养老服务信息平台) dropped.

use super::lexicon::LEXICON;
use super::phrase::{is_clause_break, name_start};
use super::project_built::{built_after_place, built_by_place};
use super::project_counts::counted;
use super::project_heads::*;
pub use super::project_label::label;
use super::project_lists::listed;
use super::project_names::*;
use super::project_places::{is_place, places_joined, route_places, zone_name};
use super::project_roads::{expressway, road_numbers, street_extensions};
use super::project_shared::shared_ending;
use super::project_starts::{after_open_quote, after_other_end, after_owner, after_zone};
use super::project_words::*;
use super::text::is_han;

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

pub(super) fn make(text: &str, start: usize, end: usize) -> Option<ProjectHit> {
    let start = after_open_quote(text, start, end);
    let start = after_zone(text, start, end);
    let start = after_other_end(text, start, end);
    let start = after_owner(text, start, end);
    if let Some(hit) = built_by_place(text, start, end) {
        return hit;
    }
    let name: String = text[start..end].to_string();
    let head_m = HEAD.find_iter(&name).last();
    let head = head_m.map(|m| m.start()).unwrap_or(name.len());
    let stem = &name[..head];
    let head_word = head_m.map(|m| &name[m.start()..m.end()]).unwrap_or("");
    if is_place(&name) || places_joined(&name) {
        return None;
    }
    if let Some(first) = super::project_heads::made_into(stem, head_word) {
        return make(text, start, start + first);
    }
    // 引绰济辽一期、二期工程: a phase alone takes the name of the phase listed before it.
    if is_phase(stem) {
        let shared = shared_phase_name(&text[..start])?;
        let name = format!("{shared}{name}");
        return Some(ProjectHit {
            connects: route_places(&name),
            name,
            start,
            end,
        });
    }
    // 呼和浩特金山高新技术产业开发区科技城片区: an area of a zone is the zone's, which keeps its name.
    if head_word == "片区"
        && HEAD
            .find_iter(stem)
            .any(|m| zone_name(&stem[..m.end()]).is_some())
    {
        return None;
    }
    let zone = zone_name(&name);
    // 国家级稀土新材料技术创新中心: a sector's centre or laboratory with its grade is the nation's (or the
    // region's) one, named without 级 (国家稀土新材料技术创新中心); 国家级创新中心, 自治区级电子商务示范基地 stay grades.
    let graded = matches!(head_word, "中心" | "实验室")
        .then(|| {
            QUALIFIERS.iter().find_map(|q| {
                let rest = stem.strip_prefix(q)?.strip_prefix('级')?;
                (rest.chars().count() >= 4
                    && !rest.contains("示范")
                    && LEXICON.ind.find(rest).is_some_and(|m| m.start() == 0))
                .then(|| format!("{q}{rest}{head_word}"))
            })
        })
        .flatten();
    let phased = PHASE.is_match(&text[end..]) && named_with_phase(stem);
    // “雪亮工程”, “增牛减羊示范旗项目”: works or a project named in quotes, head and all (not a platform or
    // a zone so quoted: “绿色通道”, “法治政府建设示范区” are honours and slogans).
    let quoted = matches!(head_word, "工程" | "项目")
        && text[..start].ends_with('“')
        && text[end..].starts_with('”')
        && stem.chars().count() >= 2
        && !stem.contains(['“', '”'])
        // “六个工程”: a count of programmes, a slogan.
        && !COUNTED.is_match(stem);
    if zone.is_none() && graded.is_none() && !phased && !quoted && !proper(stem, head_word) {
        return None;
    }
    // 榆林市2026年能源革命创新示范区: the plan's year is no part of a zone's or park's name (a year's works keep it:
    // 额济纳旗2022年住宅小区建设项目).
    let name = match super::project_names::undated(stem) {
        Some(u) if u.len() < stem.len() && !matches!(head_word, "项目" | "工程") => {
            format!("{u}{}", &name[head..])
        }
        _ => name,
    };
    let canonical = zone.or(graded).unwrap_or_else(|| name.clone());
    Some(ProjectHit {
        connects: route_places(&canonical),
        name: canonical,
        start,
        end,
    })
}

/// Whether a stem is only a phase (二期, 第三期).
pub(super) fn is_phase(stem: &str) -> bool {
    let s = stem.strip_prefix('第').unwrap_or(stem);
    PHASE.find(s).is_some_and(|m| m.end() == s.len())
}

/// The name a list of phases shares (引绰济辽 of 引绰济辽一期、): the text before ends with 、 after a name and its
/// phase.
pub(super) fn shared_phase_name(before: &str) -> Option<&str> {
    let item = before.strip_suffix('、')?;
    let start = name_start(item, item.len(), 30);
    let item = &item[start..];
    let phase_at = item.rfind(|c: char| !"一二三四五六七八九十0123456789期第".contains(c))?;
    let phase_at = phase_at + item[phase_at..].chars().next()?.len_utf8();
    let (name, phase) = item.split_at(phase_at);
    let name = name.strip_suffix('第').unwrap_or(name);
    (is_phase(phase) && name.chars().count() >= 2 && name.chars().all(is_han)).then_some(name)
}

/// The clause break nearest before `at` (within 30 characters), with its position.
pub(super) fn break_before(text: &str, at: usize) -> Option<(usize, char)> {
    text[..at]
        .char_indices()
        .rev()
        .take(30)
        .find(|(_, c)| is_clause_break(*c))
}

/// Projects known by an enterprise and a phase, without a head word (中环光伏四期建成投产, 通威二期投产).
fn enterprise_phases(text: &str, exclude: &[(usize, usize)]) -> Vec<ProjectHit> {
    let mut out = Vec::new();
    // No phase, no such project: most paragraphs are left at once.
    if !text.contains('期') {
        return out;
    }
    for m in LEXICON.enterprises.find_iter(text) {
        if name_start(text, m.end(), 30) != m.start()
            || exclude.iter().any(|(a, b)| m.start() < *b && m.end() > *a)
        {
            continue;
        }
        let rest = &text[m.end()..];
        let run: usize = rest
            .char_indices()
            .take(12)
            .take_while(|(_, c)| is_han(*c) || c.is_ascii_alphanumeric())
            .last()
            .map_or(0, |(i, c)| i + c.len_utf8());
        let Some(p) = PHASE_IN.find(&rest[..run]) else {
            continue;
        };
        // 君正集团可降解塑料项目分二期建设: a head word before the phase names the project; 分二期 is how it is
        // built, not which phase.
        if HEAD.find(&rest[..p.start()]).is_some() || rest[..p.start()].ends_with('分') {
            continue;
        }
        let end = m.end() + p.end();
        // 通威二期项目: the head word finds it with its head.
        if HEAD.find(&text[end..]).is_some_and(|h| h.start() == 0) {
            continue;
        }
        out.push(ProjectHit {
            name: text[m.start()..end].to_string(),
            start: m.start(),
            end,
            connects: Vec::new(),
        });
    }
    out
}

/// The project a list of projects names in its 项目名称 cell (`start..end`): the whole cell, whatever its words.
pub fn named(text: &str, start: usize, end: usize) -> ProjectHit {
    let name = text[start..end].to_string();
    ProjectHit {
        connects: route_places(&name),
        name,
        start,
        end,
    }
}

/// Marks that start the items of a list (- 神木能源产业园区, • …).
const BULLETS: [char; 11] = ['-', '•', '·', '*', '●', '○', '■', '□', '◆', '▪', ' '];

/// The run of places abbreviated and completed in brackets that ends at `at`, in order.
fn completed_before(text: &str, at: usize) -> Option<Vec<super::places::PlaceHit>> {
    if !text[..at].ends_with(')') {
        return None;
    }
    let mut run = Vec::new();
    let mut end = at;
    for h in super::places::completed_abbreviations(text)
        .into_iter()
        .rev()
    {
        if h.end == end {
            end = h.start;
            run.push(h);
        }
    }
    run.reverse();
    (!run.is_empty()).then_some(run)
}

/// Finds projects in a normalised paragraph, skipping byte ranges in `exclude` (responsibility notes).
pub fn find_projects(text: &str, exclude: &[(usize, usize)]) -> Vec<ProjectHit> {
    let mut out: Vec<ProjectHit> = Vec::new();
    let inside = |s: usize, e: usize| exclude.iter().any(|(a, b)| s < *b && e > *a);
    // Items of counted lists: a road's number among them (G6、G7两条高速公路…) is no name of its own.
    let mut counted_items: Vec<(usize, usize)> = Vec::new();
    for h in HEAD.find_iter(text) {
        let mut end = h.end();
        let works = WORKS_HEADS
            .contains(&&text[h.start()..end])
            .then(|| WORKS.find(&text[end..]))
            .flatten()
            .map(|m| end + m.end());
        if works.is_none() && !head_ends_name(text, end) {
            // 乌海至玛沁高速公路乌海段: a section of a road or railway is part of its name.
            match section_end(text, &text[h.start()..h.end()], end) {
                Some(e) if head_ends_name(text, e) => end = e,
                _ if &text[h.start()..end] != "港"
                    && !BUILDING_HEADS.contains(&&text[h.start()..end])
                    && named_before(text, h.start())
                    && !continues_head(&text[end..]) => {}
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
        // 准(格尔)托(克托)清(水河)工业园区: places abbreviated and completed in brackets name it.
        // A railway or road so named (呼(和浩特)鄂(尔多斯)榆(林)高速铁路) connects them.
        if let Some(pieces) = completed_before(text, h.start()) {
            let first = pieces.first().map_or(h.start(), |p| p.start);
            let name: String = text[first..end]
                .split_inclusive(')')
                .map(|p| p.split('(').next().unwrap_or(p))
                .collect();
            let route = [
                "铁路", "高铁", "公路", "高速", "城际", "通道", "管道", "专线", "线",
            ]
            .iter()
            .any(|w| text[h.start()..end].ends_with(w));
            out.push(ProjectHit {
                name,
                start: first,
                end,
                connects: if route {
                    pieces.into_iter().map(|p| p.name).collect()
                } else {
                    Vec::new()
                },
            });
            continue;
        }
        let mut start = name_start(text, h.start(), 30);
        // - 神木能源产业园区 (a list's bullet): not part of the name.
        let seg = &text[start..h.start()];
        start += seg.len() - seg.trim_start_matches(BULLETS).len();
        // (如太绥高铁 (for example), (含和林格尔新区 (including): not part of the name.
        if text[..start].ends_with(['(', '（'])
            && let Some(w) = ["如", "含", "包括", "包含", "不含"]
                .iter()
                .find(|w| text[start..h.start()].starts_with(*w))
        {
            start += w.len();
        }
        // 原神府经济开发区: the former name is still the name (but 原平 is a city).
        if text[start..h.start()].starts_with('原')
            && text[start..h.start()].chars().count() >= 4
            && LEXICON
                .gaz
                .find(&text[start..h.start()])
                .is_none_or(|m| m.start() > 0)
        {
            start += '原'.len_utf8();
        }
        // 打通至天津港: the destination is the name.
        if let Some(c) = text[start..h.start()]
            .chars()
            .next()
            .filter(|c| matches!(c, '至' | '到'))
        {
            start += c.len_utf8();
        }
        // 呼和浩特至包头、包头至鄂尔多斯2条城际铁路: the counted items are the projects, the count no part of a name.
        if let Some(items) = counted(text, h.start(), works.unwrap_or(end)) {
            counted_items.extend(items.iter().map(|p| (p.start, p.end)));
            out.extend(items.into_iter().filter(|p| !inside(p.start, p.end)));
            continue;
        }
        out.extend(
            listed(text, h.start(), h.end())
                .into_iter()
                .filter(|p| !inside(p.start, p.end)),
        );
        // 等国家物流枢纽: the kind of the items listed before 等, not a name.
        if start >= h.start() || inside(start, end) || text[..start].ends_with('等') {
            continue;
        }
        let mut built = Vec::new();
        let hit = make(text, start, end)
            .or_else(|| expressway(text, start, h.start(), end))
            .or_else(|| {
                built = built_after_place(text, start, end);
                built.pop()
            });
        out.append(&mut built);
        // The works on a named route are the project (集通铁路电气化改造工程).
        let hit = match (hit, works) {
            (Some(route), Some(w)) => Some(ProjectHit {
                name: format!("{}{}", route.name, &text[end..w]),
                end: w,
                ..route
            }),
            (hit, _) => hit,
        };
        // A和B项目 / 武川县、和林格尔县、清水河县风电项目: each part before the shared ending is a project too.
        out.extend(shared_ending(
            text,
            start,
            end,
            (h.start(), h.end()),
            hit.as_ref(),
        ));
        out.extend(hit);
    }
    for p in enterprise_phases(text, exclude) {
        if !out.iter().any(|o| o.start < p.end && p.start < o.end) {
            out.push(p);
        }
    }
    for (s, e) in road_numbers(text)
        .into_iter()
        .chain(street_extensions(text))
    {
        if inside(s, e) || out.iter().any(|p| p.start < e && s < p.end) {
            continue;
        }
        out.push(ProjectHit {
            name: text[s..e].to_string(),
            start: s,
            end: e,
            connects: Vec::new(),
        });
    }
    // 呼和浩特地铁3号线、4号线: the lines listed after the first.
    let siblings = super::project_lists::sibling_lines(text, &out);
    out.extend(siblings.into_iter().filter(|p| !inside(p.start, p.end)));
    // 临哈线, 集二线: a railway line by its short name.
    for p in super::project_railways::short_lines(text) {
        if !inside(p.start, p.end) && !out.iter().any(|o| o.start < p.end && p.start < o.end) {
            out.push(p);
        }
    }
    for m in ROAD_CODE.find_iter(text) {
        if inside(m.start(), m.end())
            || out.iter().any(|p| p.start <= m.start() && p.end >= m.end())
            || counted_items
                .iter()
                .any(|&(s, e)| s <= m.start() && m.start() < e)
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
            // G331全线贯通: without a head, the name ends where what happens to it begins.
            .unwrap_or_else(|| {
                let code = m.start()
                    + 1
                    + text[m.start() + 1..]
                        .find(|c: char| !c.is_ascii_digit())
                        .unwrap_or(0);
                // (G110呼和浩特至包头段改扩建: not inside a place's name, whose 和 is no 和.)
                let places: Vec<(usize, usize)> = LEXICON
                    .gaz
                    .find_iter(&text[code..end])
                    .map(|p| (code + p.start(), code + p.end()))
                    .collect();
                text[code..end]
                    .char_indices()
                    .map(|(i, _)| code + i)
                    .find(|&i| {
                        let next = &text[i..];
                        !places.iter().any(|&(s, e)| s < i && i < e)
                            && (STATUS_AFTER_HEAD.iter().any(|w| next.starts_with(w))
                                || AFTER_HEAD.iter().any(|w| next.starts_with(w)))
                    })
                    .unwrap_or(end)
            });
        if let Some(hit) = make(text, m.start(), end) {
            out.push(hit);
        }
    }
    out.sort_by(|a, b| {
        (a.start, std::cmp::Reverse(a.end)).cmp(&(b.start, std::cmp::Reverse(b.end)))
    });
    // Keep the longest of the hits that share a start (包头至银川高铁项目 over 包头至银川高铁).
    out.dedup_by(|b, a| a.start == b.start);
    // 扎鲁特至青州特高压输电通道配套新能源基地: the works the project supports are a project too.
    let supported: Vec<ProjectHit> = out
        .iter()
        .filter_map(|p| {
            let at = p.name.find("配套")?;
            let works = &p.name[..at];
            HEAD.find_iter(works).last().filter(|h| {
                h.end() == works.len()
                    && ["通道", "工程", "铁路", "线路"].contains(&&works[h.start()..])
            })?;
            let name = works.to_string();
            Some(ProjectHit {
                connects: route_places(&name),
                start: p.start,
                end: p.start + at,
                name,
            })
        })
        .collect();
    out.extend(supported);
    out.sort_by(|a, b| {
        (a.start, std::cmp::Reverse(a.end)).cmp(&(b.start, std::cmp::Reverse(b.end)))
    });
    out
}

#[cfg(test)]
#[path = "projects_firms_tests.rs"]
mod firms_tests;
#[cfg(test)]
#[path = "projects_routes_tests.rs"]
mod routes_tests;
#[cfg(test)]
#[path = "projects_tests.rs"]
pub(super) mod tests;
