//! One document → its share of the graph: document node, tasks with responsibility notes, departments,
//! places (with parent chains), industries, projects and citations, every one with byte-span evidence.

use super::decode::{DecodeError, decode};
use super::departments::{GovContext, Unit, UnitKind, parse_units};
use super::industries::find_industries;
use super::lexicon::LEXICON;
use super::notes::{Note, deadline_date, lead_rule, parse_label_line, parse_note};
use super::places::find_places;
use super::projects::find_projects;
use super::structure::{Header, citations, header, heading_level, short_title};
use super::text::{Para, paragraphs};
use crate::model::{DocumentMeta, EdgeKind, Evidence, Mention, Node, NodeKind, Role, Shared};
use sha2::{Digest, Sha256};

/// An edge by node ids, before it enters a graph.
#[derive(Debug, Clone)]
pub struct EdgeSpec {
    /// Source id.
    pub source: String,
    /// Target id.
    pub target: String,
    /// Kind.
    pub kind: EdgeKind,
    /// Role.
    pub role: Option<Role>,
    /// Evidence.
    pub evidence: Vec<Evidence>,
}

/// What one document contributes.
#[derive(Debug, Clone)]
pub struct DocGraph {
    /// Its metadata.
    pub meta: DocumentMeta,
    /// Nodes (same ids merge in the graph).
    pub nodes: Vec<Node>,
    /// Edges by id.
    pub edges: Vec<EdgeSpec>,
    /// Documents it cites: (title, number).
    pub cited: Vec<(String, Option<String>)>,
    /// The decoded text (what the mentions' byte offsets index into).
    pub text: String,
}

/// Passages kept per edge and document: a 50 MB file repeating a phrase needs no million quotes.
pub const MAX_EVIDENCE: usize = 50;

/// An edge by interned endpoint ids.
type EdgeKey = (u32, u32, EdgeKind, Option<Role>);

struct Ctx<'a> {
    doc: String,
    /// The document id, shared by every mention and passage.
    doc_sh: Shared,
    /// Quotes of the paragraph being read, by original sentence span (many passages share a sentence).
    quotes: rustc_hash::FxHashMap<(usize, usize), Shared>,
    /// Every id this document has used (node or edge end) → its number.
    ids: rustc_hash::FxHashMap<String, u32>,
    /// Per id number, its node in `out.nodes` (if it is a node of this document).
    node_of: Vec<Option<usize>>,
    edge_ix: rustc_hash::FxHashMap<EdgeKey, usize>,
    chained: rustc_hash::FxHashSet<String>,
    raw: &'a str,
    out: DocGraph,
    gov: GovContext,
    /// Heading path of the paragraph being read (for evidence).
    section: Shared,
}

impl Ctx<'_> {
    /// Adds a node, merging it into one of the same id already seen in this document.
    fn node(&mut self, n: Node) {
        let k = self.intern(&n.id) as usize;
        match self.node_of[k] {
            Some(i) => self.out.nodes[i].merge(n),
            None => {
                self.node_of[k] = Some(self.out.nodes.len());
                self.out.nodes.push(n);
            }
        }
    }

    /// The number of an id, given on first use.
    fn intern(&mut self, id: &str) -> u32 {
        if let Some(&k) = self.ids.get(id) {
            return k;
        }
        let k = self.node_of.len() as u32;
        self.ids.insert(id.to_string(), k);
        self.node_of.push(None);
        k
    }

    /// When this document already has node `id`: adds the mention, and `written` as an alias when it differs
    /// from the label, and returns true. What [`Ctx::node`] would do with a node carrying only those, without
    /// building one.
    /// Gives the mention back when the node is new.
    fn touch(&mut self, id: &str, written: &str, mention: Mention) -> Option<Mention> {
        let Some(i) = self.ids.get(id).and_then(|&k| self.node_of[k as usize]) else {
            return Some(mention);
        };
        let n = &mut self.out.nodes[i];
        if written != n.label && !n.aliases.contains(written) {
            n.aliases.insert(written.to_string());
        }
        n.mentions.insert(mention);
        None
    }

    /// Adds an edge, or one more passage to the same edge (at most [`MAX_EVIDENCE`] per document).
    fn edge(&mut self, s: &str, t: &str, kind: EdgeKind, role: Option<Role>, ev: Option<Evidence>) {
        let key = (self.intern(s), self.intern(t), kind, role);
        match self.edge_ix.get(&key) {
            Some(&i) => {
                let e = &mut self.out.edges[i];
                if e.evidence.len() < MAX_EVIDENCE {
                    e.evidence.extend(ev);
                }
            }
            None => {
                self.edge_ix.insert(key, self.out.edges.len());
                self.out.edges.push(EdgeSpec {
                    source: s.into(),
                    target: t.into(),
                    kind,
                    role,
                    evidence: ev.into_iter().collect(),
                });
            }
        }
    }

    fn evidence(&mut self, para: &Para, start: usize, end: usize) -> Evidence {
        let (s, e) = para.orig_span(start, end);
        let span = sentence(para, start, end);
        let raw = self.raw;
        let quote = self
            .quotes
            .entry(span)
            .or_insert_with(|| {
                let q = raw.get(span.0..span.1).unwrap_or("");
                let q = super::text::prefix_chars(q, 160);
                if q.contains(['\n', '\r']) {
                    q.replace(['\n', '\r'], "").into()
                } else {
                    q.into()
                }
            })
            .clone();
        Evidence {
            doc: self.doc_sh.clone(),
            start: s,
            end: e,
            quote,
            section: self.section.clone(),
        }
    }

    fn mention(&self, para: &Para, start: usize, end: usize) -> Mention {
        let (s, e) = para.orig_span(start, end);
        Mention {
            doc: self.doc_sh.clone(),
            start: s,
            end: e,
        }
    }
}

/// Original byte range of the sentence around a normalised span.
fn sentence(para: &Para, start: usize, end: usize) -> (usize, usize) {
    let t = &para.text;
    let s = t[..start]
        .rfind(['。', ';', '!', '?'])
        .map(|i| i + t[i..].chars().next().map_or(1, char::len_utf8))
        .unwrap_or(0);
    let e = t[end..]
        .find(['。', ';', '!', '?'])
        .map(|i| end + i + 3.min(t.len() - end - i))
        .unwrap_or(t.len());
    let e = if t.is_char_boundary(e) { e } else { t.len() };
    para.orig_span(s, e.max(s + 1).min(t.len()))
}

/// A title with its brackets and spaces removed, for matching citations to documents.
pub fn title_key(title: &str) -> String {
    let t = title.trim();
    let inner = t
        .find("关于印发")
        .map(|i| &t[i + "关于印发".len()..])
        .map(|r| r.strip_suffix("的通知").unwrap_or(r))
        .unwrap_or(t);
    inner
        .chars()
        .filter(|c| !matches!(c, '《' | '》' | '〈' | '〉' | '“' | '”' | ' '))
        .collect()
}

/// The `doc:…` id of a source path: `doc:002` for `002_75e6d92d6f71610a.txt`, else `doc:` + file stem.
pub fn doc_id(source: &str) -> String {
    let file = source.rsplit(['/', '\\']).next().unwrap_or(source);
    let stem = file.rsplit_once('.').map(|(s, _)| s).unwrap_or(file);
    match stem.split_once('_') {
        Some((n, _)) if n.len() == 3 && n.chars().all(|c| c.is_ascii_digit()) => format!("doc:{n}"),
        _ => format!("doc:{stem}"),
    }
}

/// Extracts one document.
pub fn extract_document(id: &str, source: &str, bytes: &[u8]) -> Result<DocGraph, DecodeError> {
    let decoded = decode(bytes)?;
    let raw = decoded.text.as_str();
    let paras = paragraphs(raw);
    let head = header(&paras, raw);
    let meta = DocumentMeta {
        id: id.to_string(),
        title: head.title.clone(),
        issuer: head.issuer.clone(),
        date: head.date.clone(),
        doc_number: head.doc_number.clone(),
        source: source.to_string(),
        sha256: format!("{:x}", Sha256::digest(bytes)),
        home: head.home.clone(),
        task_count: 0,
        encoding: decoded.encoding.to_string(),
    };
    let mut cx = Ctx {
        doc: id.to_string(),
        doc_sh: id.into(),
        quotes: Default::default(),
        ids: Default::default(),
        node_of: Vec::new(),
        edge_ix: Default::default(),
        chained: Default::default(),
        raw,
        out: DocGraph {
            meta,
            nodes: Vec::new(),
            edges: Vec::new(),
            cited: Vec::new(),
            text: String::new(),
        },
        gov: GovContext {
            home: head.home.clone(),
        },
        section: "".into(),
    };
    document_node(&mut cx, &head);
    let all: String = paras
        .iter()
        .map(|p| p.text.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    let rule = lead_rule(&all);
    let mut notes: Vec<Option<Note>> = paras
        .iter()
        .map(|p| parse_note(&p.text, &cx.gov, &rule))
        .collect();
    // Rows of a task table: the unit and deadline cells are the note, the task cell is where the task starts.
    let mut row_start: Vec<Option<usize>> = vec![None; paras.len()];
    let mut table: Option<super::table::Header> = None;
    for (i, p) in paras.iter().enumerate() {
        if !p.text.contains('\t') {
            table = None;
            continue;
        }
        if let Some(h) = super::table::header(&p.text) {
            table = Some(h);
            continue;
        }
        if let Some(h) = &table
            && let Some((note, start)) = super::table::row_note(&p.text, h, &cx.gov, &rule)
        {
            notes[i] = Some(note);
            row_start[i] = Some(start);
        }
    }
    // A paragraph that is only 责任单位：… / 完成时限：… belongs to the paragraph before it.
    let label_lines: Vec<Option<Note>> = paras
        .iter()
        .zip(&notes)
        .map(|(p, n)| {
            if n.is_none() {
                parse_label_line(&p.text, &cx.gov, &rule)
            } else {
                None
            }
        })
        .collect();
    let has_notes = notes.iter().flatten().any(|n| !n.units.is_empty())
        || label_lines.iter().any(Option::is_some);
    let mut last_task: Option<String> = None;
    let mut sections: Vec<(usize, String)> = Vec::new();
    let mut tasks = 0usize;
    for (i, (para, note)) in paras.iter().zip(notes).enumerate() {
        if let Some(line) = &label_lines[i] {
            if let Some(task) = last_task.clone() {
                attach_note(&mut cx, para, &task, line);
                if let Some(d) = &line.deadline {
                    let mut n = Node::new(NodeKind::Task, task.clone(), String::new());
                    n.deadline_date = deadline_date(d);
                    n.deadline = Some(d.clone());
                    cx.node(n);
                }
            }
            continue;
        }
        let closed_by_next = label_lines.get(i + 1).is_some_and(Option::is_some);
        let level = heading_level(&para.text);
        let body_start = row_start[i].unwrap_or(level.map(|(_, len)| len).unwrap_or(0));
        let body = &para.text[body_start..];
        if let Some((lvl, _)) = level {
            sections.retain(|(l, _)| *l < lvl);
            if note.is_none() {
                sections.push((lvl, short_title(body)));
            }
        }
        let section = sections
            .iter()
            .map(|(_, t)| t.as_str())
            .collect::<Vec<_>>()
            .join(" › ");
        if *cx.section != *section {
            cx.section = section.as_str().into();
        }
        cx.quotes.clear();
        // A heading that runs on into its text ((一)壮大特色产业。做强乳业…, as work reports write).
        let heading_with_body = level.is_some()
            && body
                .find('。')
                .is_some_and(|i| body[i..].chars().count() > 20);
        let is_task = closed_by_next
            || note
                .as_ref()
                .is_some_and(|n| !n.units.is_empty() || n.deadline.is_some())
            || (!has_notes
                && (level.is_none() || heading_with_body)
                && !sections.is_empty()
                && para.text.chars().count() >= 20);
        let owner = if is_task {
            tasks += 1;
            task_node(
                &mut cx,
                para,
                body,
                body_start,
                &section,
                tasks,
                note.as_ref(),
            )
        } else {
            cx.doc.clone()
        };
        last_task = is_task.then(|| owner.clone());
        let note_span = note.as_ref().map(|n| (n.start, n.end));
        entities(&mut cx, para, &owner, note_span);
    }
    cx.out.meta.task_count = tasks;
    let mut out = cx.out;
    out.text = decoded.text;
    Ok(out)
}

fn document_node(cx: &mut Ctx, head: &Header) {
    let mut n = Node::new(NodeKind::Document, cx.doc.clone(), head.title.clone());
    n.doc = Some(cx.doc.clone());
    if let Some(no) = &head.doc_number {
        n.aliases.insert(no.clone());
    }
    n.jurisdiction = head.home.clone();
    cx.node(n);
    if let Some(issuer) = &head.issuer {
        let gov = GovContext {
            home: head.home.clone(),
        };
        if let Some(u) = parse_units(issuer, &gov).into_iter().next() {
            let id = unit_node(cx, &u, None);
            let doc = cx.doc.clone();
            cx.edge(&doc, &id, EdgeKind::IssuedBy, None, None);
        }
    }
}

fn unit_node(cx: &mut Ctx, u: &Unit, mention: Option<Mention>) -> String {
    let kind = if u.kind == UnitKind::Group {
        NodeKind::Group
    } else {
        NodeKind::Department
    };
    let id = Node::id_for(kind, &u.label);
    // Seen before in this document: only the new names and the mention.
    if let Some(i) = cx.ids.get(&id).and_then(|&k| cx.node_of[k as usize]) {
        let n = &mut cx.out.nodes[i];
        for a in &u.aliases {
            if *a != n.label && !n.aliases.contains(a) {
                n.aliases.insert(a.clone());
            }
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

fn task_node(
    cx: &mut Ctx,
    para: &Para,
    body: &str,
    body_start: usize,
    section: &str,
    n: usize,
    note: Option<&Note>,
) -> String {
    let short = cx.doc.trim_start_matches("doc:").to_string();
    let id = format!("task:{short}:{n}");
    let (s, e) = para.orig_range();
    let title_src = match note {
        Some(nt) if nt.start > body_start => &para.text[body_start..nt.start],
        _ => body,
    };
    // The label is shown as written (Traditional stays Traditional): map the short title back to the original.
    let short_t = short_title(title_src);
    let label = match para.text[body_start..].find(&short_t) {
        Some(i) if !short_t.is_empty() => {
            let (s, e) = para.orig_span(body_start + i, body_start + i + short_t.len());
            cx.raw
                .get(s..e)
                .map(|t| t.chars().filter(|c| !c.is_whitespace()).collect())
                .unwrap_or(short_t)
        }
        _ => short_t,
    };
    let mut node = Node::new(NodeKind::Task, id.clone(), label);
    node.text = cx.raw.get(s..e).map(|t| t.to_string());
    node.section = (!section.is_empty()).then(|| section.to_string());
    node.doc = Some(cx.doc.clone());
    node.mentions.insert(Mention {
        doc: cx.doc_sh.clone(),
        start: s,
        end: e,
    });
    if let Some(d) = note.and_then(|nt| nt.deadline.clone()) {
        node.deadline_date = deadline_date(&d);
        node.deadline = Some(d);
    }
    cx.node(node);
    let ev = cx.evidence(para, body_start, para.text.len().min(body_start + 3));
    let doc = cx.doc.clone();
    cx.edge(
        &id,
        &doc,
        EdgeKind::PartOf,
        None,
        Some(Evidence {
            quote: cx.section.clone(),
            ..ev
        }),
    );
    if let Some(nt) = note {
        attach_note(cx, para, &id, nt);
    }
    id
}

/// Adds the units of a note (whose spans are in `para`) as responsible for `task`.
fn attach_note(cx: &mut Ctx, para: &Para, task: &str, nt: &Note) {
    let (ns, ne) = para.orig_span(nt.start, nt.end);
    let quote: Shared = cx
        .raw
        .get(ns..ne)
        .unwrap_or("")
        .replace(['\n', '\r'], "")
        .into();
    for a in &nt.units {
        let m = cx.mention(para, a.unit.start, a.unit.end);
        let uid = unit_node(cx, &a.unit, Some(m.clone()));
        let ev = Evidence {
            doc: cx.doc_sh.clone(),
            start: m.start,
            end: m.end,
            quote: quote.clone(),
            section: cx.section.clone(),
        };
        cx.edge(&uid, task, EdgeKind::ResponsibleFor, Some(a.role), Some(ev));
    }
}

/// Adds the place node and its parent chain with `located_in` edges.
fn place_chain(cx: &mut Ctx, name: &str) {
    if cx.chained.contains(name) {
        return;
    }
    cx.chained.insert(name.to_string());
    let lex = &*LEXICON;
    let mut child = name.to_string();
    let Some(p) = lex.place(name) else { return };
    let mut n = Node::new(
        NodeKind::City,
        Node::id_for(NodeKind::City, &p.name),
        p.name.clone(),
    );
    n.level = Some(p.level.clone());
    n.jurisdiction = p.parent.clone();
    cx.node(n);
    for a in lex.ancestors(name) {
        let mut n = Node::new(
            NodeKind::City,
            Node::id_for(NodeKind::City, &a.name),
            a.name.clone(),
        );
        n.level = Some(a.level.clone());
        n.jurisdiction = a.parent.clone();
        cx.node(n);
        cx.edge(
            &Node::id_for(NodeKind::City, &child),
            &Node::id_for(NodeKind::City, &a.name),
            EdgeKind::LocatedIn,
            None,
            None,
        );
        child = a.name.clone();
    }
}

fn entities(cx: &mut Ctx, para: &Para, owner: &str, note: Option<(usize, usize)>) {
    let home = cx.gov.home.clone();
    let (places, zones) = find_places(&para.text, home.as_deref());
    let excl: Vec<(usize, usize)> = note.into_iter().collect();
    let owner = owner.to_string();
    for p in &places {
        place_chain(cx, &p.name);
        let id = Node::id_for(NodeKind::City, &p.name);
        let written = &para.text[p.start..p.end];
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
    let projects = find_projects(&para.text, &excl);
    let mut ind_excl = excl.clone();
    // Words inside a project's name (包头保税物流中心) are not industries the text sets out to develop.
    ind_excl.extend(projects.iter().map(|p| (p.start, p.end)));
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
        project(cx, para, &owner, pr, &places);
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
        if !starts_name
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
        project(cx, para, &owner, &hit, &places);
    }
    // Units named in the running text (会同市发展改革委…): the passage mentions them.
    for u in super::running::find_units(&para.text, &cx.gov, &excl) {
        let m = cx.mention(para, u.start, u.end);
        let id = unit_node(cx, &u, Some(m));
        let ev = cx.evidence(para, u.start, u.end);
        cx.edge(&owner, &id, EdgeKind::Mentions, None, Some(ev));
    }
    for c in citations(&para.text) {
        let key = c.number.clone().unwrap_or_else(|| title_key(&c.title));
        let id = format!("doc:{key}");
        if id == cx.doc || c.title == cx.out.meta.title {
            continue;
        }
        let mut n = Node::new(NodeKind::Document, id.clone(), c.title.clone());
        if let Some(no) = &c.number {
            n.aliases.insert(no.clone());
        }
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
) {
    let lex = &*LEXICON;
    let id = Node::id_for(NodeKind::Project, &pr.name);
    let written = &para.text[pr.start..pr.end];
    let m = cx.mention(para, pr.start, pr.end);
    if let Some(m) = cx.touch(&id, written, m) {
        let mut n = Node::new(NodeKind::Project, id.clone(), pr.name.clone());
        if written != pr.name {
            n.aliases.insert(written.to_string());
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
    if pr.connects.is_empty() {
        let inner = places
            .iter()
            .find(|p| p.start >= pr.start && p.end <= pr.end)
            .map(|p| p.name.clone());
        let zone_parent = lex
            .zones
            .iter()
            .find(|z| z.name == pr.name)
            .and_then(|z| z.parent.clone());
        if let Some(place) = inner.or(zone_parent) {
            place_chain(cx, &place);
            cx.edge(
                &id,
                &Node::id_for(NodeKind::City, &place),
                EdgeKind::LocatedIn,
                None,
                Some(ev.clone()),
            );
        }
    }
    for h in find_industries(&pr.name, &[]) {
        if lex.industry(&h.name).is_some() {
            cx.edge(
                &id,
                &Node::id_for(NodeKind::Industry, &h.name),
                EdgeKind::InIndustry,
                None,
                Some(ev.clone()),
            );
        }
    }
}
