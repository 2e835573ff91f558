//! Plans written for these tests, not taken from the seeds: a city work plan with 牵头/配合 notes (乌兰察布),
//! a district task list with label lines (康巴什区), a Yulin plan with plain 责任单位 lists, a banner's
//! work report saved as an HTML page, a regional plan with role clauses (…牵头，…配合) and a district's
//! tab-separated task table, a Traditional Chinese plan (呼伦贝尔), a GB18030 one (锡林郭勒盟) and a Baotou
//! list with notes written inline, in 【】 and without separators, and an Ordos opinion signed at its end whose
//! text names units outside its notes, a Hohhot rural plan with villages, 首府 and a three-city railway, and a
//! banner's plan numbered ① and （1）, a Wuhai plan with (牵头) marks, 等部门 and a road section, and a
//! district's task table scraped from its web page one cell per line, and a Hohhot plan naming parks without
//! their place, and an Ordos notice whose units are people's organisations, vertical bodies and
//! commissions named through the government, a Yulin work plan known by its document number, and an
//! Ulanqab notice copied from its web page with the page's information table and navigation, and the project
//! box (专栏) of a Bayannur 十四五 plan, and a Dalad task table converted from PDF with its layout kept, and a
//! banner's government work report telling of projects in progress (…并网发电, …开工建设), and the task list
//! of 神木市, a county-level city of Yulin whose 市 is itself, and an Ordos list of work points whose notes
//! name a leading official (牵头领导) besides the units, and a Hohhot district's plan naming its towns (one of
//! them, 金河镇, shared with 根河市) and the city's new airport.
//! A Baotou list writes its notes before the task, after each clause, and on lines of their own; a 达茂旗
//! web page's task table puts a cell's units in paragraphs of their own; a Hohhot task table typeset as a PDF
//! is read from both of pdftotext's conversions, and a Baotou one that runs onto a second page with its header
//! repeated and its dates and unit names wrapped inside themselves (`tools/make_pdf_fixture.py`), and an Ordos
//! work report naming works in progress, parks named by their companies and tourist areas.
//! A Word document (.docx, made by `tools/make_docx_fixture.py`) is read with its task table; so is a PDF
//! (`tools/make_pdf_input.py`: a TrueType font embedded as office suites embed it) whose notes wrap across lines
//! and whose table's cells wrap and run onto a second page; and a Word 97–2003 document (.doc,
//! `tools/make_doc_fixture.sh`) with a hyperlink field and a table whose cells hold several paragraphs or none.
//! A Chifeng industry plan writes its roles as a sentence (由…牵头，…按职责分工负责) with the deadline in a
//! sentence after it; a Tongliao division plan puts 牵头单位 / 配合单位 / 完成时限 on lines of their own; a
//! Yulin energy plan names expressway sections, works on railways and industrial zones; an 阿鲁科尔沁旗 list
//! names people's organisations, vertical bodies and towns sharing one 人民政府; an Ordos task table without a
//! 序号 column, typeset as a PDF and converted by pdftotext both ways; a Wuhai task table copied from Word
//! whose merged cells (a lead unit, a deadline, a 重点任务 over several 具体措施) are written in their first row
//! only; two lists of projects (锡林郭勒盟 with 责任单位, 鄂尔多斯 with 项目业主) with their sites and construction
//! periods; the work points of a development zone (包头稀土高新区), whose 区 is the zone; an Ordos plan without
//! notes whose roles are stated in its sentences (由…牵头，…配合, …要会同…, …负责…); an 阿拉善右旗 分工方案 copied
//! from its web page, whose information table has no colons, whose indicators name the unit giving their
//! figures (数据提供单位), and whose projects are named after towns written without 镇; an Ordos news story
//! handing out the year's assignments sentence by sentence (市住建局要在9月底完成…。康巴什区政府6月中旬启动…。); a
//! Baotou district's division of tasks whose 责任单位 lines follow the lead's, one closed by a bracket, whose
//! units include its offices, service centres and a city bureau's branch, and whose projects are buildings;
//! a 土默特右旗 plan whose role sentences name its towns (美岱召镇、旗财政局配合) and a Yulin plan naming zones
//! before their industry (榆横工业区煤化工产业) and counties in a role sentence; a Baotou plan of cooperation
//! with its neighbours whose notes write roles bare (牵头:…;参与:…) or as main and cooperating units, whose
//! sentences join units to a lead (…牵头,会同…) and name another city's towns and a village, and whose notice
//! closes with its attachment and contact; a 兴安盟 division of tasks (行署, 盟直有关部门) naming towns whose
//! names other counties' towns share (巴彦高勒镇 of 扎赉特旗, not of 磴口县); a 呼伦贝尔 division of a
//! government work report naming banners by their short names (莫旗, 陈旗, 新左旗), ports, lakes and a customs
//! office; and an Ordos list of industrial tasks whose units stand on lines of their own under each task; a
//! 兴安盟 list of priorities naming reservoirs and water-control hubs by names the lexicon lacks and places that
//! build works no name of their own (支持扎赉特旗、科右前旗建设水稻产业园); and a regional list of measures for
//! ports whose notes name leagues' and cities' governments by the place alone (呼伦贝尔市、锡林郭勒盟…负责); a
//! Hohhot list of livelihood works naming schools, hospitals, a road's works and communities; and an Ulanqab
//! plan without notes written 一是…二是…三是…, its roles closing some items (由市能源局牵头，…配合); a 锡林郭勒盟 list
//! whose title (…重点工作任务) no rule knew the last word of, over an indented preamble; a 九原区 notice whose
//! items close with units sharing a role (由区教育局、区卫健委分别牵头) and a date for part of the works (10月底前主体
//! 完工); and a 托克托县 十五五 plan whose boxes of works (专栏) list short lines and the region's firms; a 府谷县
//! government's minutes, an 伊金霍洛旗 supervision bulletin, a 乌达区 table numbered 1 / 1.1, a 克什克腾旗 list of
//! tourism points and a 靖边县 list of livelihood works (kinds.rs); a 米脂县 division naming two-character towns, the
//! 呼包鄂榆 cluster's joint list, a 昆都仑区 list of projects, a Baotou policy reading, a 榆阳区 division naming roads'
//! works and a Chifeng list of measures by article (more_kinds.rs).
//! The rules must carry over to them.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use policy_atlas::extract::{self, Source};
use policy_atlas::model::{EdgeKind, KnowledgeGraph, NodeKind, Role};
use std::path::PathBuf;
use std::sync::LazyLock;

mod entities;
mod formats;
mod kinds;
mod more_kinds;
mod notes;
mod roles;
mod tables;
mod works;

static G: LazyLock<KnowledgeGraph> = LazyLock::new(|| {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/unseen");
    let sources: Vec<Source> = extract::read_sources(&[dir]);
    assert_eq!(sources.len(), 72);
    extract::build_graph(&sources)
});

fn labels(kind: NodeKind) -> Vec<String> {
    G.graph
        .node_weights()
        .filter(|n| n.kind == kind)
        .map(|n| n.label.clone())
        .collect()
}

/// The tasks of one fixture a unit is responsible for.
fn roles_in(dept: &str, doc: &str) -> Vec<(String, Option<Role>)> {
    roles_in_any(&format!("department:{dept}"), doc)
}

/// A unit (or group), a task and the unit's role in it.
type Duty = (String, String, Option<Role>);

/// Every unit's and group's task in one fixture, sorted.
fn duties_in(doc: &str) -> Vec<Duty> {
    let mut got: Vec<Duty> = G
        .graph
        .node_weights()
        .filter(|n| matches!(n.kind, NodeKind::Department | NodeKind::Group))
        .flat_map(|n| {
            roles_in_any(&n.id, doc)
                .into_iter()
                .map(|(t, r)| (n.label.clone(), t, r))
        })
        .collect();
    got.sort();
    got
}

fn lead(unit: &str, task: &str) -> Duty {
    (unit.to_string(), task.to_string(), Some(Role::Lead))
}

fn support(unit: &str, task: &str) -> Duty {
    (unit.to_string(), task.to_string(), Some(Role::Support))
}

/// The projects one fixture mentions, sorted.
fn projects_in(doc: &str) -> Vec<String> {
    let doc = format!("doc:{doc}");
    let mut in_plan: Vec<String> = G
        .graph
        .node_weights()
        .filter(|n| n.kind == NodeKind::Project && n.mentions.iter().any(|m| *m.doc == *doc))
        .map(|n| n.label.clone())
        .collect();
    in_plan.sort();
    in_plan
}

/// The graph of the one document in `tests/fixtures/<sub>`, read without a warning.
fn one_document(sub: &str) -> KnowledgeGraph {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(sub);
    let sources: Vec<Source> = extract::read_sources(&[dir]);
    assert_eq!(sources.len(), 1);
    let g = extract::build_graph(&sources);
    assert!(g.warnings.is_empty(), "{:?}", g.warnings);
    g
}

/// The tasks a department is responsible for in `g`, with its role.
fn roles_of(g: &KnowledgeGraph, dept: &str) -> Vec<(String, Option<Role>)> {
    g.neighbours(&format!("department:{dept}"), &[EdgeKind::ResponsibleFor])
        .into_iter()
        .map(|n| (n.node.label.clone(), n.role))
        .collect()
}

fn roles(dept: &str) -> Vec<(String, Option<Role>)> {
    roles_of(&G, dept)
}

/// Labels of the nodes of `kind` mentioned in documents whose id contains `doc`.
fn labels_of(kind: NodeKind, doc: &str) -> Vec<String> {
    G.graph
        .node_weights()
        .filter(|n| n.kind == kind && n.mentions.iter().any(|m| m.doc.contains(doc)))
        .map(|n| n.label.clone())
        .collect()
}

/// The tasks of one fixture a node (unit or group) is responsible for.
fn roles_in_any(id: &str, doc: &str) -> Vec<(String, Option<Role>)> {
    let prefix = format!("task:{doc}:");
    G.neighbours(id, &[EdgeKind::ResponsibleFor])
        .into_iter()
        .filter(|n| n.node.id.starts_with(&prefix))
        .map(|n| (n.node.label.clone(), n.role))
        .collect()
}
