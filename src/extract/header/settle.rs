//! What a document's head lines leave open, settled from its title and the rest of the head: the issuer, the
//! home government, the development zone a document speaks for, a date posted on the page.

use super::*;

/// What the lines leave open, from the title and the rest of the head: the issuer, the home government, the
/// zone, a date posted on the page.
pub(super) fn settle(h: &mut Header, head: &[Para], raw: &str) {
    // The title's own issuer (鄂尔多斯市人民政府关于下达…的通知) over the page's 发文机关 (市人民政府办公室, the
    // office that posted it).
    if let Some(c) = ISSUER_IN_TITLE.captures(&h.title) {
        h.issuer = Some(c[1].to_string());
    }
    if h.date.is_none()
        && let Some(c) =
            POSTED.captures(&super::super::text::prefix(raw, 4000).replace('\u{FF1A}', ":"))
    {
        h.date = Some(format!("{}-{:0>2}-{:0>2}", &c[1], &c[2], &c[3]));
    }
    // A notice without its title line that hands on a plan (经市政府同意,现将《…任务分解》印发给你们): the plan's
    // title.
    if h.title.is_empty()
        && let Some(c) = head
            .iter()
            .take(6)
            .find_map(|p| HANDED_ON.captures(&p.text))
    {
        h.title = c[1].to_string();
    }
    // A plan without its title line whose preamble says what it is (…制定《…远景目标纲要》): that plan.
    if h.title.is_empty()
        && let Some(c) = head
            .iter()
            .filter(|p| !META.is_match(&p.text))
            .take(3)
            .find_map(|p| DRAWN_UP.captures(&p.text))
    {
        h.title = c[1].to_string();
    }
    if h.title.is_empty() {
        // A page's headline, without the date and source line run into it (…城市群2021-11-25 22:16来源:…).
        // (Not the addressees' line: 各盟行政公署、市人民政府…:; not a line of an information table.)
        h.title = head
            .iter()
            .find(|p| !p.text.trim_end().ends_with([':', '：']) && !META.is_match(&p.text))
            .map(|p| {
                // 人民网呼和浩特1月14日电(记者 张聿修): a news agency's dateline before the story.
                let t = p.text.as_str();
                let t = match DATELINE.find(t) {
                    // 本报讯(记者…)日前,《…规划》印发。…: the story's first sentence, when it is short.
                    Some(m) => {
                        let story = &t[m.end()..];
                        story
                            .find('。')
                            .filter(|&i| story[..i].chars().count() <= 40)
                            .map_or(story, |i| &story[..i])
                    }
                    None => t,
                };
                // [乌海招商]500万吨焦化联产项目落地乌海: the site's column before the headline.
                let t = t
                    .strip_prefix('[')
                    .and_then(|r| r.split_once(']'))
                    .filter(|(col, rest)| col.chars().count() <= 8 && rest.chars().count() >= 6)
                    .map_or(t, |(_, rest)| rest);
                let t = PAGE_BYLINE
                    .find(t)
                    .filter(|m| t[..m.start()].chars().count() >= 4)
                    .map_or(t, |m| &t[..m.start()]);
                // …产业转型Jing Ji Ri Bao·: a source in letters before the date.
                let t = match t
                    .trim_end_matches(|c: char| c.is_ascii_alphabetic() || " ·|".contains(c))
                {
                    head if head.len() < t.len() && head.ends_with(super::super::text::is_han) => {
                        head
                    }
                    _ => t,
                };
                t.chars().take(40).collect()
            })
            .unwrap_or_default();
    }
    if h.issuer.is_none()
        && let Some(c) = DEPT_IN_TITLE.captures(&h.title)
        && super::super::lexicon::LEXICON
            .gaz
            .find(&c[1])
            .is_some_and(|m| m.start() == 0 && m.end() < c[1].len())
    {
        h.issuer = Some(c[1].to_string());
    }
    // A report whose page lost its title: its dateline (——2023年2月18日在呼伦贝尔市第五届人民代表大会第三次会议上)
    // and its speaker (呼伦贝尔市人民政府市长 及永乾) say it is the government's work report.
    if h.title.starts_with('—')
        && head.iter().take(3).any(|p| p.text.contains("人民代表大会"))
        && head.iter().take(6).any(|p| SPEAKER.is_match(&p.text))
    {
        h.title = "政府工作报告".to_string();
    }
    h.home = home_of(h.issuer.as_deref().unwrap_or("")).or_else(|| home_of(&h.title));
    // 自治区召开…推进会, 自治区人民政府关于…: the region's 自治区 is written without its name.
    if h.home.is_none()
        && [h.title.as_str(), h.issuer.as_deref().unwrap_or("")]
            .iter()
            .any(|t| t.starts_with("自治区"))
    {
        h.home = Some("内蒙古自治区".to_string());
    }
    // A town's own plan (树林召镇2026年重点工作计划): the town is its home (镇农业农村办公室 is the town's), its
    // government the issuer.
    // (Not a zone named after a town: 巴彦浩特经济开发区 is the zone's.)
    let lex = &*super::super::lexicon::LEXICON;
    if h.home.is_none()
        && let Some(m) = lex.gaz.find(&h.title).filter(|m| m.start() == 0)
        && !lex.town_stem[m.pattern()]
        && let Some(town) = town_of(&h.title[..m.end()])
    {
        h.home = Some(town.name.clone());
        h.issuer
            .get_or_insert_with(|| format!("{}人民政府", town.name));
    }
    // A work report names its government in its head (在东乌珠穆沁旗第十六届人民代表大会…上, 东乌旗人民政府代旗长).
    if h.home.is_none() && h.title.contains("工作报告") {
        // The meeting may be broken over two lines (在昆都仑区第十六届 / 人民代表大会第一次会议上).
        h.home = head
            .iter()
            .zip(head.iter().skip(1).map(|p| p.text.as_str()).chain([""]))
            .map(|(p, next)| format!("{}{next}", p.text))
            .filter(|t| t.contains("人民代表大会") || t.contains("人民政府"))
            .find_map(|t| home_of(&t));
        // A town's report (在伊金霍洛镇第四届人民代表大会…上): the town's government reports, in its county.
        if h.home.is_none()
            && h.issuer.is_none()
            && let Some(town) = head
                .iter()
                .filter(|p| p.text.contains("人民代表大会"))
                .find_map(|p| town_of(&p.text))
        {
            h.home = town.parent.clone();
            h.issuer = Some(format!("{}人民政府", town.name));
        }
    }
    // A zone's own document: issued by its administration, or without an issuer and titled by it.
    let zone = match h.issuer.as_deref() {
        Some(i) => zone_of(i),
        None => zone_of(&h.title),
    };
    if let Some((zone, parent)) = zone {
        h.home = h.home.take().or(parent);
        h.zone = Some(zone);
    } else {
        let lex = &*LEXICON;
        h.subject_zone =
            lex.gaz
                .find_iter(&h.title)
                .find_map(|m| match lex.gaz_keys[m.pattern()] {
                    super::super::lexicon::Key::Zone(z) => Some(lex.zones[z].name.clone()),
                    super::super::lexicon::Key::Place { .. } => None,
                });
    }
    if h.issuer.is_none() {
        h.issuer = h
            .doc_number
            .as_deref()
            .and_then(|n| issuer_of_number(n, h.home.as_deref()));
    }
    // A national body's document (国务院关于推动内蒙古…的意见) speaks for no government of the region.
    if h.national() {
        h.home = None;
    }
    // A government work report is the government's own (乌拉特前旗2025年政府工作报告 → 乌拉特前旗人民政府), not
    // the office's that posted it (发布机构: 海拉尔区人民政府办公室).
    if h.title.ends_with("政府工作报告")
        && !h.title.contains('《')
        && h.issuer
            .as_deref()
            .is_some_and(|i| i.ends_with("办公室") || i.ends_with("办公厅"))
    {
        h.issuer = None;
    }
    if h.issuer.is_none()
        && h.title.contains("政府工作报告")
        && let Some(home) = &h.home
    {
        let league = LEXICON.place(home).is_some_and(|p| p.level == "盟");
        h.issuer = Some(if league {
            format!("{home}行政公署")
        } else {
            format!("{home}人民政府")
        });
    }
}

/// The lowest-ranked place named in `s` (鄂尔多斯市东胜区人民政府 → 东胜区).
pub(super) fn home_of(s: &str) -> Option<String> {
    let lex = &*LEXICON;
    let mut best: Option<(&str, Rank)> = None;
    for m in lex.gaz.find_iter(s) {
        if let super::super::lexicon::Key::Place { idx, .. } = lex.gaz_keys[m.pattern()] {
            let p = &lex.places[idx];
            if p.rank <= Rank::County
                && p.rank >= Rank::Province
                && best.is_none_or(|(_, r)| p.rank >= r)
            {
                best = Some((p.name.as_str(), p.rank));
            }
        }
    }
    best.map(|(n, _)| n.to_string())
}

/// The one town (镇, 乡, 苏木) a line names, when its name is the region's only town of that name.
fn town_of(s: &str) -> Option<&'static super::super::lexicon::Place> {
    let lex = &*LEXICON;
    lex.gaz
        .find_iter(s)
        .filter_map(|m| match lex.gaz_keys[m.pattern()] {
            super::super::lexicon::Key::Place { idx, .. } => Some(&lex.places[idx]),
            super::super::lexicon::Key::Zone(_) => None,
        })
        .find(|p| p.rank == Rank::Town && !p.ambiguous && p.parent.is_some())
}

/// The development zone a name starts with (包头稀土高新区2025年…, 包头稀土高新技术产业开发区管理委员会), with the
/// place it lies in.
fn zone_of(s: &str) -> Option<(String, Option<String>)> {
    let lex = &*LEXICON;
    let m = lex.gaz.find(s.trim()).filter(|m| m.start() == 0)?;
    match lex.gaz_keys[m.pattern()] {
        super::super::lexicon::Key::Zone(z) => {
            let zone = &lex.zones[z];
            Some((zone.name.clone(), zone.parent.clone()))
        }
        super::super::lexicon::Key::Place { .. } => None,
    }
}
