//! The nodes and edges [`super::document`] adds for one document: the document with its issuers, a task with
//! its section, deadline and evidence, and the units a note or a table row makes responsible for it.

use super::context::Ctx;
use super::departments::{GovContext, parse_units};
use super::entities::unit_node;
use super::header::Header;
use super::notes::{Assigned, Note, deadline_date_in};
use super::structure::short_title;
use super::text::Para;
use crate::model::{EdgeKind, Evidence, Mention, Node, NodeKind, Role, Shared};

/// Where the issuer's name is read: the document's government and zone, before its own department is known.
pub(super) fn issuer_context(head: &Header) -> GovContext {
    GovContext {
        home: head.home.clone(),
        zone: head.zone.clone(),
        ..Default::default()
    }
}

/// The document's node and its issuers.
pub(super) fn document_node(cx: &mut Ctx, head: &Header) {
    let mut n = Node::new(NodeKind::Document, cx.doc.clone(), head.title.clone());
    n.doc = Some(cx.doc.clone());
    if let Some(no) = &head.doc_number {
        n.aliases.insert(no.clone());
    }
    n.jurisdiction = head.home.clone();
    cx.node(n);
    if let Some(issuer) = &head.issuer {
        // A joint issue (…党委、…人民政府) is issued by each.
        let mut labels: Vec<String> = Vec::new();
        for u in parse_units(issuer, &issuer_context(head))
            .into_iter()
            .take(3)
        {
            labels.push(u.label.clone());
            let id = unit_node(cx, &u, None);
            let doc = cx.doc.clone();
            cx.edge(&doc, &id, EdgeKind::IssuedBy, None, None);
        }
        // The issuer as its government names it when written without a place (市发展和改革委员会 in a Hohhot
        // page's table → 呼和浩特市…) or shortened (锡市发改委 → 锡林浩特市发展和改革委员会).
        let lex = &*crate::extract::lexicon::LEXICON;
        let placed_in_full = lex.gaz.find(issuer).is_some_and(|m| {
            m.start() == 0
                && matches!(
                    lex.gaz_keys[m.pattern()],
                    crate::extract::lexicon::Key::Place { short: false, .. }
                )
        });
        if !labels.is_empty() && !placed_in_full {
            cx.out.meta.issuer = Some(labels.join("、"));
        }
    }
}

/// The task of a paragraph whose `body` starts at byte `body_start`; its title from `work` bytes into the
/// body on (past the unit and date of one of a paragraph's assignments).
pub(super) fn task_node(
    cx: &mut Ctx,
    para: &Para,
    (body, body_start): (&str, usize),
    work: usize,
    section: &str,
    n: usize,
    note: Option<&Note>,
) -> String {
    let short = cx.doc.trim_start_matches("doc:").to_string();
    let id = format!("task:{short}:{n}");
    let (s, e) = para.orig_range();
    let title_src = match note {
        Some(nt) if nt.start > body_start => &para.text[body_start..nt.start],
        // A note before the task ([责任单位:…]推进…): the task follows it.
        Some(nt) if nt.end < para.text.len() && nt.start <= body_start => &para.text[nt.end..],
        _ => body.get(work..).filter(|w| !w.is_empty()).unwrap_or(body),
    };
    // The label is shown as written (Traditional stays Traditional): map the short title back to the original.
    let short_t = short_title(title_src);
    let label = match para.text[body_start..].find(&short_t) {
        Some(i) if !short_t.is_empty() => para
            .orig_text(cx.raw, body_start + i, body_start + i + short_t.len())
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect(),
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
    // A task whose note gives no deadline, or that has no note: its own last clause may give one
    // (…，2025年6月底前完成。; 市工业和信息化局牵头，…配合，年底前完成。), its first words (8月底前完成…), or a date
    // inside it followed by what is then done (…项目12月底前投产).
    let deadline = note
        .and_then(|nt| nt.deadline.clone())
        .or_else(|| super::notes::deadline_in_task(title_src))
        .or_else(|| super::notes::deadline_opening(title_src, cx.year.as_deref()))
        .or_else(|| super::notes::deadline_after_unit(title_src))
        .or_else(|| super::notes::deadline_within(title_src, cx.year.as_deref()));
    if let Some(d) = deadline {
        node.deadline_date = deadline_date_in(&d, cx.year.as_deref());
        node.deadline = Some(d);
    }
    cx.node(node);
    let first = para.text[body_start..]
        .chars()
        .next()
        .map_or(0, char::len_utf8);
    let ev = cx.evidence(para, body_start, body_start + first);
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
pub(super) fn attach_note(cx: &mut Ctx, para: &Para, task: &str, nt: &Note) {
    let quote: Shared = if para.text.contains('\t') {
        // A table row: the whole row, its cells (which may run over several lines) separated by tabs.
        super::table::cells(&para.text)
            .into_iter()
            .filter(|&(a, b)| b > a)
            .map(|(a, b)| para.orig_text(cx.raw, a, b))
            .collect::<Vec<_>>()
            .join("\t")
            .into()
    } else {
        raw_text(cx.raw, para.orig_span(nt.start, nt.end)).into()
    };
    let units = with_stated_roles(
        &para.text[..nt.start.min(para.text.len())],
        &nt.units,
        &cx.gov,
    );
    add_responsible(cx, para, &units, task, &quote);
}

/// A note that lists its units plainly (责任单位：市大数据局、市财政局) after a text that gives them their roles
/// (由市大数据局牵头，市财政局配合): each unit the text gives a role takes it; the others stay responsible.
fn with_stated_roles(text: &str, units: &[Assigned], gov: &GovContext) -> Vec<Assigned> {
    let mut out = units.to_vec();
    if text.is_empty()
        || !units.iter().all(|a| a.role == Role::Responsible)
        || !super::prose_roles::may_give_roles(text)
    {
        return out;
    }
    let found = super::running::find_units(text, gov, &[]);
    let roles = super::prose_roles::roles(text, &found);
    for a in &mut out {
        if let Some(r) = found
            .iter()
            .zip(&roles)
            .find_map(|(u, r)| (u.label == a.unit.label).then_some(*r).flatten())
        {
            a.role = r;
        }
    }
    out
}

/// Adds `units` (whose spans are in `para`) as responsible for `task`, each with its mention and `quote`.
pub(super) fn add_responsible(
    cx: &mut Ctx,
    para: &Para,
    units: &[Assigned],
    task: &str,
    quote: &Shared,
) {
    for a in units {
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

/// Adds the units a row shares with the row above (merged cells) as responsible for its task: the mention is
/// where the row above names them, the quote the row as it reads with the merged cells filled.
pub(super) fn attach_fill(
    cx: &mut Ctx,
    para: &Para,
    up: &Para,
    task: &str,
    f: &super::task_rows::Fill,
) {
    let quote: Shared = f
        .cells
        .iter()
        .map(|&(from_up, a, b)| {
            if from_up {
                up.orig_text(cx.raw, a, b)
            } else {
                para.orig_text(cx.raw, a, b)
            }
        })
        .collect::<Vec<_>>()
        .join("\t")
        .into();
    add_responsible(cx, up, &f.units, task, &quote);
}

/// The original text of a span, without the line breaks of its wrapped lines.
pub(super) fn raw_text(raw: &str, (s, e): (usize, usize)) -> String {
    raw.get(s..e).unwrap_or("").replace(['\n', '\r'], "")
}

/// Gives `task` its lines of labels from `j` on (责任单位：… / 完成时限：…, person lines passed over), or the note
/// of item `j` that covers it as one of a run of items (`note`, see [`super::covered`]). 牵头单位:区发改局 /
/// 责任单位:… (either way round): once a line names the lead, those named responsible are the others, who support
/// it; when no line names one but a line names who supports, those responsible lead.
pub(super) fn cover(
    cx: &mut Ctx,
    paras: &[Para],
    (j, note): (usize, Option<&Note>),
    label_lines: &[Option<Note>],
    person_lines: &[bool],
    task: &str,
) {
    let mut lines: Vec<(usize, &Note)> = Vec::new();
    match note {
        Some(n) => lines.push((j, n)),
        None => {
            for k in j..paras.len() {
                match &label_lines[k] {
                    Some(n) => lines.push((k, n)),
                    None if person_lines[k] => {}
                    None => break,
                }
            }
        }
    }
    for &(k, n) in &lines {
        attach_note(cx, &paras[k], task, n);
        // (A deadline line says when the task is due, whatever date its text names: 年内完成投资 over 完成时限：
        // 2026年12月.)
        if let Some(d) = &n.deadline {
            let date = deadline_date_in(d, cx.year.as_deref());
            match cx.node_mut(task) {
                Some(t) => (t.deadline, t.deadline_date) = (Some(d.clone()), date),
                None => set_deadline(cx, task, d),
            }
        }
    }
    let led = lines
        .iter()
        .any(|(_, n)| n.units.iter().any(|a| a.role == Role::Lead));
    if led && note.is_none() {
        cx.reassign_roles(task, Role::Responsible, Role::Support);
    }
    // 主责单位:…, then 协办单位:… on a line of its own: beside those who support, the responsible lead (as in
    // one note).
    let supported = lines
        .iter()
        .any(|(_, n)| n.units.iter().any(|a| a.role == Role::Support));
    if !led && supported && note.is_none() {
        cx.reassign_roles(task, Role::Responsible, Role::Lead);
    }
}

/// Sets `task`'s deadline as written, and its date (a month without a year is the document's year's).
pub(super) fn set_deadline(cx: &mut Ctx, task: &str, d: &str) {
    let mut t = Node::new(NodeKind::Task, task.to_string(), String::new());
    t.deadline_date = deadline_date_in(d, cx.year.as_deref());
    t.deadline = Some(d.to_string());
    cx.node(t);
}
