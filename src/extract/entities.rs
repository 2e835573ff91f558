//! The entities of one paragraph (places with their parent chains, industries, projects, zones, units in
//! running text, citations) as nodes and `mentions` edges of the paragraph's owner, and the units of notes.

use super::context::Ctx;
use super::departments::{Unit, UnitKind};
use super::document::title_key;
use super::industries::find_industries;
use super::lexicon::LEXICON;
use super::places::find_places;
use super::projects::find_projects;
use super::structure::citations;
use super::table::ProjectCells;
use super::text::Para;
use crate::model::{EdgeKind, Mention, Node, NodeKind};

pub(super) fn unit_node(cx: &mut Ctx, u: &Unit, mention: Option<Mention>) -> String {
    let kind = if u.kind == UnitKind::Group {
        NodeKind::Group
    } else {
        NodeKind::Department
    };
    let id = Node::id_for(kind, &u.label);
    // Seen before in this document: only the new names and the mention.
    if let Some(n) = cx.seen(&id) {
        for a in &u.aliases {
            n.add_alias(a);
        }
        n.mentions.extend(mention);
        return id;
    }
    let mut n = Node::new(kind, id.clone(), u.label.clone());
    n.aliases = u
        .aliases
        .iter()
        .filter(|a| **a != u.label)
        .cloned()
        .collect();
    n.jurisdiction = u.jurisdiction.clone();
    n.level = Some(match u.kind {
        UnitKind::Government => "government".into(),
        UnitKind::Group => "group".into(),
        UnitKind::Department => "department".into(),
    });
    n.mentions.extend(mention);
    cx.node(n);
    if let Some(j) = &u.jurisdiction
        && LEXICON.place(j).is_some()
    {
        place_chain(cx, j);
    }
    id
}

/// A zone written as a kind of zone, or by a shorthand the lexicon gives one zone of its city (经济技术开发区,
/// 装备制造基地): no name of its own.
fn placeless_zone(written: &str) -> bool {
    super::zone_units::ZONE_WORDS.contains(&written)
        || ["科技城", "装备制造基地", "空港园区", "空港物流园区"].contains(&written)
}

/// Adds the place node and its parent chain with `located_in` edges.
pub(super) fn place_chain(cx: &mut Ctx, name: &str) {
    if cx.chained.contains(name) {
        return;
    }
    cx.chained.insert(name.to_string());
    let lex = &*LEXICON;
    let mut child = name.to_string();
    let Some(p) = lex.place(name) else { return };
    city_node(cx, &p.name, &p.level, p.parent.clone());
    for a in lex.ancestors(name) {
        city_node(cx, &a.name, &a.level, a.parent.clone());
        located_in(cx, &child, &a.name);
        child = a.name.clone();
    }
}

/// A place's node: its name, level and the place above it.
fn city_node(cx: &mut Ctx, name: &str, level: &str, parent: Option<String>) {
    let mut n = Node::new(
        NodeKind::City,
        Node::id_for(NodeKind::City, name),
        name.to_string(),
    );
    n.level = Some(level.to_string());
    n.jurisdiction = parent;
    cx.node(n);
}

/// The edge from a place to the place it lies in.
fn located_in(cx: &mut Ctx, child: &str, parent: &str) {
    cx.edge(
        &Node::id_for(NodeKind::City, child),
        &Node::id_for(NodeKind::City, parent),
        EdgeKind::LocatedIn,
        None,
        None,
    );
}

/// A place in a parent the gazetteer does not give it — a village it does not hold, in the town written before
/// it, or a town or village of a name several places share — its node, and the parent's chain.
fn placed_under(cx: &mut Ctx, name: &str, parent: &str) {
    place_chain(cx, parent);
    if !cx.chained.insert(name.to_string()) {
        return;
    }
    let level = match LEXICON.place(name) {
        Some(p) => p.level.as_str(),
        None if name.ends_with('村') => "村",
        None if name.ends_with("社区") => "社区",
        None => "嘎查",
    };
    city_node(cx, name, level, Some(parent.to_string()));
    located_in(cx, name, parent);
}

/// The entities of `para`, owned by `owner` (`own`: the paragraph is the owner's own text, whose role sentences
/// give the owner's roles; not a paragraph under a task's heading); `note` is the span of its responsibility
/// note and of the units it names, `row` the project and site cells when the paragraph is a row of a list of projects.
pub(super) fn entities(
    cx: &mut Ctx,
    para: &Para,
    (owner, own, text_roles): (&str, bool, bool),
    note: &[(usize, usize)],
    row: Option<ProjectCells>,
) {
    let home = cx.gov.home.clone();
    let (places, zones) = find_places(&para.text, home.as_deref());
    let excl: Vec<(usize, usize)> = note.to_vec();
    let owner = owner.to_string();
    for p in &places {
        match &p.parent {
            Some(parent) => placed_under(cx, &p.name, parent),
            None => place_chain(cx, &p.name),
        }
        let id = Node::id_for(NodeKind::City, &p.name);
        // 包(头): an abbreviation completed in brackets is no other name.
        // (Nor is a city's one character in a run of the cluster's: 呼 of 呼包鄂乌.)
        let written = Some(&para.text[p.start..p.end])
            .filter(|w| !w.contains('(') && !p.by_its_character(&para.text))
            .unwrap_or(&p.name);
        let m = cx.mention(para, p.start, p.end);
        if let Some(m) = cx.touch(&id, written, m) {
            let mut n = Node::new(NodeKind::City, id.clone(), p.name.clone());
            if written != p.name {
                n.aliases.insert(written.to_string());
            }
            n.mentions.insert(m);
            cx.node(n);
        }
        let ev = cx.evidence(para, p.start, p.end);
        cx.edge(&owner, &id, EdgeKind::Mentions, None, Some(ev));
    }
    let mut projects = find_projects(&para.text, &excl);
    if let Some(h) = home.as_deref() {
        super::project_places::home_airport(&para.text, &mut projects, h);
    }
    // 县委党校新校区 in 靖边县's plan: 靖边县委党校新校区 (dropped where the level is no government of the document).
    projects.retain_mut(|p| {
        if super::project_home::by_level(&p.name).is_none() {
            return true;
        }
        super::project_home::in_full(&p.name, &cx.gov)
            .map(|n| p.name = n)
            .is_some()
    });
    // A list of projects names one in each row's 项目名称 cell: the whole cell, in place of what the rules found
    // inside it; it lies where the 建设地点 cell says.
    let mut sites: Vec<String> = Vec::new();
    if let Some(r) = row {
        let (a, b) = r.name;
        projects.retain(|p| p.end <= a || p.start >= b);
        let at = projects.partition_point(|p| p.start < a);
        projects.insert(at, super::projects::named(&para.text, a, b));
        if let Some((sa, sb)) = r.site {
            sites = places
                .iter()
                .filter(|p| p.start >= sa && p.end <= sb)
                .map(|p| p.name.clone())
                .collect();
            sites.dedup();
        }
    }
    // Units named in the running text (会同市发展改革委…): the passage mentions them; in a task without a note,
    // those the text gives a role (由市水利局牵头，…配合) are responsible for it.
    let units = super::running::find_units(&para.text, &cx.gov, &excl);
    let mut ind_excl = excl.clone();
    // Words inside a project's name (包头保税物流中心) are not industries the text sets out to develop, unless
    // works named only by the places that build them (扎赉特旗建设水稻产业园: 水稻).
    ind_excl.extend(
        projects
            .iter()
            .filter(|p| !para.text[p.start..p.end].contains("建设") || p.name.contains("建设"))
            .map(|p| (p.start, p.end)),
    );
    // Nor inside a unit's name (区文旅局, 市能源局).
    ind_excl.extend(units.iter().map(|u| (u.start, u.end)));
    // Nor inside a zone's (乌海高新技术产业开发区), unless a kind of zone is all there is (西部装备制造基地).
    ind_excl.extend(
        zones
            .iter()
            .filter(|z| !placeless_zone(&para.text[z.start..z.end]))
            .map(|z| (z.start, z.end)),
    );
    for h in find_industries(&para.text, &ind_excl) {
        let id = Node::id_for(NodeKind::Industry, &h.name);
        let m = cx.mention(para, h.start, h.end);
        // The written form is not an alias of an industry: its aliases are the taxonomy's.
        if let Some(m) = cx.touch(&id, &h.name, m) {
            let mut n = Node::new(NodeKind::Industry, id.clone(), h.name.clone());
            n.level = LEXICON.industry(&h.name).map(|i| i.category.clone());
            n.aliases.extend(LEXICON.industry_aliases(&h.name));
            n.mentions.insert(m);
            cx.node(n);
        }
        let ev = cx.evidence(para, h.start, h.end);
        cx.edge(&owner, &id, EdgeKind::Mentions, None, Some(ev));
    }
    for pr in &projects {
        let own = row.is_some_and(|r| r.name == (pr.start, pr.end));
        project(
            cx,
            para,
            &owner,
            pr,
            &places,
            if own { &sites } else { &[] },
        );
    }
    for z in &zones {
        let zone = &LEXICON.zones[z.zone];
        let before = &para.text[..z.start];
        let starts_name = before
            .chars()
            .next_back()
            .is_none_or(|c| !super::text::is_han(c))
            || super::phrase::BOUNDARY_WORDS
                .iter()
                .any(|w| before.ends_with(w));
        // 和林格尔新区管委会, …党工委: the zone's administration, a unit, not the zone.
        let administration = ["管委会", "管理委员会", "党工委", "工委"]
            .iter()
            .any(|w| para.text[z.end..].starts_with(w));
        // 经济技术开发区 written bare names Hohhot's only in a Hohhot document: a short form without a place.
        let lex = &*LEXICON;
        // (A kind of zone, or a shorthand the lexicon gives one zone of its city.)
        let written = &para.text[z.start..z.end];
        let placeless = placeless_zone(written);
        let elsewhere = placeless
            && zone
                .parent
                .as_deref()
                .is_some_and(|parent| home.as_deref().is_none_or(|h| !lex.within(h, parent)));
        if !starts_name
            || administration
            || elsewhere
            || projects
                .iter()
                .any(|p| p.start <= z.start && p.end >= z.end)
            || excl.iter().any(|(a, b)| z.start >= *a && z.end <= *b)
        {
            continue;
        }
        let hit = super::projects::ProjectHit {
            name: zone.name.clone(),
            start: z.start,
            end: z.end,
            connects: vec![],
        };
        project(cx, para, &owner, &hit, &places, &[]);
    }
    let roles = if text_roles && own && owner.starts_with("task:") {
        super::prose_roles::roles(&para.text, &units)
    } else {
        vec![None; units.len()]
    };
    for (u, role) in units.iter().zip(roles) {
        let m = cx.mention(para, u.start, u.end);
        let id = unit_node(cx, u, Some(m));
        let ev = cx.evidence(para, u.start, u.end);
        match role {
            Some(r) => cx.edge(&id, &owner, EdgeKind::ResponsibleFor, Some(r), Some(ev)),
            None => cx.edge(&owner, &id, EdgeKind::Mentions, None, Some(ev)),
        }
    }
    for mut c in citations(&para.text) {
        // A short title given earlier (以下简称《规划》) is that document again.
        let known = c
            .number
            .is_none()
            .then(|| cx.short_titles.get(&c.title).cloned())
            .flatten();
        let id = match known {
            Some((id, title, number)) => {
                (c.title, c.number) = (title, number);
                id
            }
            None if c.number.is_none() && c.title.chars().nth(3).is_none() => continue,
            None => {
                let key = c.number.clone().unwrap_or_else(|| title_key(&c.title));
                format!("doc:{key}")
            }
        };
        // The document names itself (特编制《…纲要》, 制定形成《…》) or is cited by its own title.
        let self_named = [
            "特编制",
            "特制定",
            "特制订",
            "制定形成",
            "编制形成",
            "特制定了",
        ]
        .iter()
        .any(|w| para.text[..c.start].ends_with(w));
        // …纲要(草案): the draft of the document itself.
        let cited_key = title_key(&c.title);
        let undrafted = ["(草案)", "(征求意见稿)", "(送审稿)", "(审议稿)"]
            .iter()
            .find_map(|d| cited_key.strip_suffix(d))
            .unwrap_or(&cited_key);
        let own = id == cx.doc || self_named || cx.own_keys.iter().any(|k| k == undrafted);
        if let Some(short) = &c.short {
            let to = if own { cx.doc.clone() } else { id.clone() };
            cx.short_titles
                .insert(short.clone(), (to, c.title.clone(), c.number.clone()));
        }
        if own {
            continue;
        }
        let mut n = Node::new(NodeKind::Document, id.clone(), c.title.clone());
        n.aliases.extend(c.number.iter().chain(&c.short).cloned());
        n.mentions.insert(cx.mention(para, c.start, c.end));
        cx.node(n);
        let ev = cx.evidence(para, c.start, c.end);
        let doc = cx.doc.clone();
        cx.edge(&doc, &id, EdgeKind::Cites, None, Some(ev));
        cx.out.cited.push((c.title, c.number));
    }
}

fn project(
    cx: &mut Ctx,
    para: &Para,
    owner: &str,
    pr: &super::projects::ProjectHit,
    places: &[super::places::PlaceHit],
    sites: &[String],
) {
    let lex = &*LEXICON;
    let label = super::projects::label(&pr.name);
    let id = Node::id_for(NodeKind::Project, label);
    let written = &para.text[pr.start..pr.end];
    let m = cx.mention(para, pr.start, pr.end);
    if let Some(m) = cx.touch(&id, written, m) {
        let mut n = Node::new(NodeKind::Project, id.clone(), label.to_string());
        // The written form names it too (通威二期 for 通威二期项目), unless it is only the place of a list that
        // shares the ending (定边 of 定边、靖边风光储一体化基地); so does the name with its 项目.
        if written != label && lex.resolve_norm(written).is_none() {
            n.aliases.insert(written.to_string());
        }
        if pr.name != label {
            n.aliases.insert(pr.name.clone());
        }
        if let Some(z) = lex.zones.iter().find(|z| z.name == pr.name) {
            n.jurisdiction = z.parent.clone();
        }
        n.mentions.insert(m);
        cx.node(n);
    }
    let ev = cx.evidence(para, pr.start, pr.end);
    cx.edge(owner, &id, EdgeKind::Mentions, None, Some(ev.clone()));
    for p in &pr.connects {
        place_chain(cx, p);
        cx.edge(
            &id,
            &Node::id_for(NodeKind::City, p),
            EdgeKind::Connects,
            None,
            Some(ev.clone()),
        );
    }
    // Where a list of projects says it is built (建设地点: 锡林浩特市、阿巴嘎旗).
    for place in sites.iter().filter(|_| pr.connects.is_empty()) {
        place_chain(cx, place);
        cx.edge(
            &id,
            &Node::id_for(NodeKind::City, place),
            EdgeKind::LocatedIn,
            None,
            Some(ev.clone()),
        );
    }
    if pr.connects.is_empty() && sites.is_empty() {
        // A foreign country in the name names a partner or where the idea came from (芬兰芬碳环保设备制造项目 is
        // built here), not where the project lies.
        let inner = places
            .iter()
            .filter(|p| {
                lex.place(&p.name)
                    .is_none_or(|pl| pl.rank != super::lexicon::Rank::Country)
            })
            // Nor does the cluster's run of one-character names (呼包鄂榆铁路 lies in no one of its cities).
            .filter(|p| !p.by_its_character(&para.text))
            .find(|p| p.start >= pr.start && p.end <= pr.end)
            .map(|p| p.name.clone())
            // 县委党校新校区: the document's government's.
            .or_else(|| {
                super::project_home::by_level(written).and_then(|(l, _)| cx.gov.resolve_prefix(l))
            })
            .or_else(|| lex.town_by_stem(&pr.name).map(str::to_string));
        let zone_parent = lex
            .zones
            .iter()
            .find(|z| z.name == pr.name)
            .and_then(|z| z.parent.clone());
        // A route with one end known (陕北至湖北…输电工程) reaches that place; it does not lie in it.
        let route = pr.name.contains(['至', '到', '—']);
        if let Some(place) = inner.or(zone_parent) {
            place_chain(cx, &place);
            cx.edge(
                &id,
                &Node::id_for(NodeKind::City, &place),
                if route {
                    EdgeKind::Connects
                } else {
                    EdgeKind::LocatedIn
                },
                None,
                Some(ev.clone()),
            );
        }
    }
    // The sectors its name says (敖汉旗小米产业园, 100万千瓦风电项目), by the taxonomy; not inside an enterprise's
    // name (国家能源集团…氢能项目 is no 能源 project).
    let firms: Vec<(usize, usize)> = lex
        .enterprises
        .find_iter(&pr.name)
        .map(|m| (m.start(), m.end()))
        .collect();
    let mut sectors: Vec<String> = lex
        .ind
        .find_iter(&pr.name)
        .filter(|m| !firms.iter().any(|&(a, b)| m.start() < b && m.end() > a))
        .map(|m| lex.industries[lex.ind_keys[m.pattern()]].name.clone())
        .collect();
    sectors.sort();
    sectors.dedup();
    for name in sectors {
        cx.edge(
            &id,
            &Node::id_for(NodeKind::Industry, &name),
            EdgeKind::InIndustry,
            None,
            Some(ev.clone()),
        );
    }
}
