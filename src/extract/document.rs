//! One document → its share of the graph: document node, tasks with responsibility notes, departments,
//! places (with parent chains), industries, projects and citations, every one with byte-span evidence.

use super::context::Ctx;
use super::decode::{DecodeError, decode};
use super::departments::{GovContext, parse_units};
use super::doc_nodes::*;
use super::doc_sections::{attachment_title, closing_line, reads_as_sentence, sets_no_tasks};
use super::entities::entities;
use super::header::{Header, header};
use super::notes::{Assigned, Note, lead_rule};
use super::structure::{heading_level, short_title};
use super::task_rows::{Read, read_notes};
use super::text::Para;
use crate::model::{DocumentMeta, EdgeKind, Evidence, Node, Role, Shared};
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
    let mut decoded = decode(bytes)?;
    // A table saved as CSV is read as a table pasted as text; so are a workbook's sheets.
    let table = if decoded.encoding == super::decode::SPREADSHEET {
        Some(std::mem::take(&mut decoded.text))
    } else if super::csv_table::is_csv_name(source) {
        super::csv_table::to_tab_lines(&decoded.text)
    } else {
        None
    };
    if let Some(t) = table {
        if super::csv_table::is_graph_export(&t) {
            return Err(DecodeError::GraphExport);
        }
        // Without a title row, the file's name is its title.
        decoded.text = match super::csv_table::title_from_name(source, &t) {
            Some(title) => format!("{title}\n{t}"),
            None => t,
        };
    }
    let raw = decoded.text.as_str();
    // Traditional text is matched through its Simplified copy; its title and headings are shown as written.
    let traditional = super::text::is_traditional(raw);
    let mut paras = super::text::paragraphs_in(raw, traditional);
    let mut head = header(&paras, raw);
    head.home_from_name(source);
    head.home_from_voice(raw);
    if traditional
        && let Some(t) = paras
            .iter()
            .take(25)
            .find_map(|p| as_written(p, raw, &head.title))
    {
        head.title = t;
    }
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
        short_titles: Default::default(),
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
            zone: head.zone.clone(),
            dept: issuing_department(&head),
            subject_zone: head.subject_zone.clone(),
        },
        section: "".into(),
        year: doc_year(&head),
        own_keys: [
            title_key(&head.title),
            title_key(&super::text::normalize(&head.title)),
            head.doc_number
                .as_deref()
                .map(title_key)
                .unwrap_or_default(),
        ],
    };
    document_node(&mut cx, &head);
    let all: String = paras
        .iter()
        .map(|p| p.text.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    let rule = lead_rule(&all);
    let mut read = read_notes(&paras, &cx.gov, &rule);
    let has_notes = read.notes.iter().zip(&paras).any(|(n, p)| {
        n.as_ref().is_some_and(|n| !n.units.is_empty())
            && !super::assignments::enumerates_in_sentences(&p.text)
    }) || read.label_lines.iter().any(Option::is_some);
    // Without notes, a paragraph handing out assignments sentence by sentence (市住建局要在8月底完成…。市教育局
    // 要…。) is read as one paragraph per assignment, with the date after its unit as the deadline.
    let mut pieces = vec![None; paras.len()];
    if !has_notes && let Some(split) = super::assignments::split_paras(&paras, &cx.gov) {
        (paras, pieces) = split.into_iter().unzip();
        read = read_notes(&paras, &cx.gov, &rule);
    }
    let Read {
        notes,
        rows:
            super::task_rows::Rows {
                row_start,
                fills,
                project_rows,
            },
        label_lines,
    } = read;
    let mut sections: Vec<(usize, String)> = Vec::new();
    // Headings that are tasks, by level: what the paragraphs under them that are no tasks speak of is theirs.
    let mut task_heads: Vec<(usize, String)> = Vec::new();
    let mut tasks = 0usize;
    // The level of the plan's box of works (专栏1 产业发展重点工程) the paragraphs are in: its lines are short.
    let mut in_box: Option<usize> = None;
    // A heading naming the units that carry the items under it (一、市发展改革委牵头工作（8项）): its level, its
    // paragraph and the units, with spans in that paragraph.
    let mut group: Option<(usize, usize, Vec<Assigned>)> = None;
    // 牵头领导：张三 between a task and its 牵头单位 line: people, not units; the task's lines run on past it.
    let person_lines: Vec<bool> = paras
        .iter()
        .map(|p| super::notes::is_person_line(&p.text))
        .collect();
    let covered = if has_notes {
        super::covered::covered_items(&super::covered::Lines {
            paras: &paras,
            notes: &notes,
            label_lines: &label_lines,
            person_lines: &person_lines,
            row_start: &row_start,
            raw,
            gov: &cx.gov,
        })
    } else {
        vec![None; paras.len()]
    };
    // The notes that cover runs of items (1.… 2.… 责任单位：…), as they were read.
    let covering: Vec<Option<Note>> = covered
        .iter()
        .map(|c| c.and_then(|j| notes[j].clone()))
        .collect();
    for (i, (para, note)) in paras.iter().zip(notes).enumerate() {
        if person_lines[i] {
            continue;
        }
        // A line of labels (责任单位：…) is read with the task above it (see `cover` below).
        if label_lines[i].is_some() {
            continue;
        }
        // The lines of labels right under it (person lines passed over): its note.
        let next_labels = (i + 1..paras.len())
            .find(|&j| !person_lines[j])
            .filter(|&j| label_lines[j].is_some());
        let closed_by_next = next_labels.is_some();
        let level = heading_level(&para.text);
        let body_start = row_start[i].unwrap_or(level.map(|(_, len)| len).unwrap_or(0));
        let body = &para.text[body_start..];
        let mut pushed_self = false;
        // 附件1 / 鄂尔多斯市2026年重点工作任务分工表: an attachment's title is the section of what follows it.
        if level.is_none()
            && attachment_title(i.checked_sub(1).map(|j| paras[j].text.as_str()), body)
        {
            sections.clear();
            sections.push((0, body.to_string()));
            task_heads.clear();
            (group, in_box) = (None, None);
            continue;
        }
        if let Some((lvl, _)) = level {
            if para.text.starts_with("专栏") {
                in_box = Some(lvl);
            } else if in_box.is_some_and(|b| lvl <= b) {
                in_box = None;
            }
            if group.as_ref().is_some_and(|g| lvl <= g.0) {
                group = None;
            }
            sections.retain(|(l, _)| *l < lvl);
            pushed_self = note.is_none();
            if note.is_none() {
                let t = short_title(body);
                let shown = traditional
                    .then(|| as_written(para, raw, &t))
                    .flatten()
                    .unwrap_or(t);
                sections.push((lvl, shown));
            }
        }
        let path = |n: usize| {
            sections[..n]
                .iter()
                .map(|(_, t)| t.as_str())
                .collect::<Vec<_>>()
                .join(" › ")
        };
        let section = path(sections.len());
        cx.quotes.clear();
        // A heading that runs on into its text ((一)壮大特色产业。做强乳业…, as work reports write).
        // So does an item that is a sentence, not a heading (1.加快推进…示范区建设,支持…开展…合作).
        let heading_with_body = level.is_some()
            && (body
                .find('。')
                .is_some_and(|i| body[i..].chars().count() > 20)
                || body.chars().count() > 40 && body.contains([',', ';']));
        let heads = level
            .filter(|_| note.is_none() && row_start[i].is_none())
            .and_then(|(lvl, _)| {
                let units = super::unit_headings::unit_heading(body, &cx.gov)?;
                Some((lvl, units))
            });
        // Under a unit's heading: its numbered items, and paragraphs that read as sentences (not a signature or a
        // date after the last group).
        let grouped = group.is_some()
            && heads.is_none()
            && body.chars().count() >= 4
            && (level.is_some() || reads_as_sentence(body));
        let is_task = closed_by_next
            || covered[i].is_some()
            || grouped
            || fills[i].is_some()
            || note
                .as_ref()
                .is_some_and(|n| !n.units.is_empty() || n.deadline.is_some())
            || (!has_notes
                && (level.is_none() || heading_with_body)
                && !sections.is_empty()
                && !sections.iter().any(|(_, t)| sets_no_tasks(t))
                && (para.text.chars().count() >= 20
                    // 铁路：呼准鄂铁路托克托段扩能改造: a line of a box of works, however short.
                    || in_box.is_some() && level.is_none() && body.chars().count() >= 6)
                && !closing_line(&para.text))
            // A story without sections or notes (市财政局负责保障资金; 市自然资源局牵头,会同各区政府…): a
            // paragraph that gives units their roles is their task.
            || (!has_notes
                && sections.is_empty()
                && level.is_none()
                && para.text.chars().count() >= 20
                && super::prose_roles::gives_roles(body, &cx.gov))
            // One of a paragraph's assignments (赛罕区政府11月底启动…项目。), however short.
            || (pieces[i].is_some() && super::prose_roles::gives_roles(body, &cx.gov))
            // (三)完善物流体系。由市商务局牵头，市交通运输局配合…: roles in the text of a numbered item, however
            // short, with notes elsewhere in the document or none.
            || (note.is_none()
                && level.is_some()
                && heads.is_none()
                && super::prose_roles::gives_roles(body, &cx.gov));
        if let Some((lvl, _)) = level {
            task_heads.retain(|(l, _)| *l < lvl);
        }
        // A numbered item that is a task is in the sections above it, not in its own.
        let section = if is_task && pushed_self {
            path(sections.len() - 1)
        } else {
            section
        };
        if *cx.section != *section {
            cx.section = section.as_str().into();
        }
        let owner = if is_task {
            tasks += 1;
            task_node(
                &mut cx,
                para,
                (body, body_start),
                pieces[i].as_ref().map_or(0, |p| p.work),
                &section,
                tasks,
                note.as_ref(),
            )
        } else {
            // An item under a heading that is a task ((一)推进交通互联互通（责任单位：…） over 1.… 2.…): the
            // heading's task; so is a sentence under it (推进…光伏项目建设，新增…), not a signature or a date.
            task_heads
                .last()
                .filter(|_| level.is_some() || reads_as_sentence(body) && !closing_line(&para.text))
                .map_or_else(|| cx.doc.clone(), |(_, t)| t.clone())
        };
        if is_task && let Some((lvl, _)) = level {
            task_heads.push((lvl, owner.clone()));
        }
        // The date after the unit of one of a paragraph's assignments (市住建局要在8月底完成…).
        if is_task && let Some(d) = pieces[i].as_mut().and_then(|p| p.deadline.take()) {
            set_deadline(&mut cx, &owner, &d);
        }
        if is_task && let Some(f) = &fills[i] {
            attach_fill(&mut cx, para, &paras[f.src], &owner, f);
        }
        if grouped
            // (A note naming only who supports (配合单位:市财政局) leaves the heading's units their role.)
            && note.as_ref().is_none_or(|n| {
                !n.units
                    .iter()
                    .any(|a| matches!(a.role, Role::Lead | Role::Responsible | Role::Implementer))
            })
            && let Some((_, at, units)) = &group
        {
            let head = &paras[*at];
            let quote: Shared = raw_text(cx.raw, head.orig_span(0, head.text.len())).into();
            add_responsible(&mut cx, head, units, &owner, &quote);
        }
        if let Some((lvl, mut units)) = heads {
            for a in &mut units {
                a.unit.start += body_start;
                a.unit.end += body_start;
            }
            group = Some((lvl, i, units));
        }
        // The note, and the units it names outside its span (a table's 建设单位 cell before the task's contents).
        let note_spans: Vec<(usize, usize)> = (note.iter())
            .flat_map(|n| {
                std::iter::once((n.start, n.end))
                    .chain(n.units.iter().map(|a| (a.unit.start, a.unit.end)))
            })
            .collect();
        // The roles the text states are read where no note names a unit (a note of groups alone:
        // 市自然资源局牵头,会同…。(责任单位:有关旗县人民政府)).
        let text_roles = note.as_ref().is_none_or(|n| {
            n.units
                .iter()
                .all(|a| a.unit.kind == super::departments::UnitKind::Group)
        });
        if !super::header::is_number_line(&para.text) {
            entities(
                &mut cx,
                para,
                (&owner, is_task, text_roles),
                &note_spans,
                project_rows[i],
            );
        }
        // The task's lines of labels, or the note that covers it as one of a run of items.
        let closing = next_labels
            .map(|j| (j, None))
            .or(covered[i].map(|j| (j, covering[i].as_ref())));
        if is_task && let Some(c) = closing {
            cover(&mut cx, &paras, c, &label_lines, &person_lines, &owner);
        }
    }
    cx.out.meta.task_count = tasks;
    let mut out = cx.out;
    out.text = decoded.text;
    Ok(out)
}

/// `part` of a paragraph's normalised text as the original writes it (Traditional stays Traditional), with
/// full-width forms folded as in the normalised text; None when `part` is not in the paragraph.
fn as_written(para: &Para, raw: &str, part: &str) -> Option<String> {
    let i = para.text.find(part).filter(|_| !part.is_empty())?;
    let shown: String = para
        .orig_text(raw, i, i + part.len())
        .chars()
        .map(super::text::fold_char)
        .collect();
    // Only a copy character for character: what the normalising took out or joined is not guessed back.
    (shown.chars().count() == part.chars().count()).then_some(shown)
}

/// The year a document speaks of: its title's (包头市2025年工作要点), else its date's.
fn doc_year(head: &Header) -> Option<String> {
    static TITLE_YEAR: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"(20\d\d)年").unwrap_or_else(|_| unreachable!("static regex"))
    });
    TITLE_YEAR
        .captures(&head.title)
        .map(|c| c[1].to_string())
        .or_else(|| {
            head.date
                .as_ref()
                .and_then(|d| d.get(..4))
                .map(str::to_string)
        })
}

/// The department that issues the document as its own (包头市发展和改革委员会…工作任务分工), not a government or
/// a joint issue: the sections its text names bare are its own.
fn issuing_department(head: &Header) -> Option<String> {
    match parse_units(head.issuer.as_deref()?, &issuer_context(head)).as_slice() {
        [u] if u.kind == super::departments::UnitKind::Department => Some(u.label.clone()),
        _ => None,
    }
}

/// The responsibilities a document states, as (unit, task, role) labels in order (for tests).
#[cfg(test)]
pub(crate) fn responsibilities(d: &DocGraph) -> Vec<(String, String, Option<Role>)> {
    let label = |id: &str| {
        d.nodes
            .iter()
            .find(|n| n.id == id)
            .map_or(String::new(), |n| n.label.clone())
    };
    let mut got: Vec<(String, String, Option<Role>)> = d
        .edges
        .iter()
        .filter(|e| e.kind == EdgeKind::ResponsibleFor)
        .map(|e| (label(&e.source), label(&e.target), e.role))
        .collect();
    got.sort();
    got
}

#[cfg(test)]
#[path = "document_items_tests.rs"]
mod items_tests;
#[cfg(test)]
#[path = "document_tests.rs"]
mod tests;
