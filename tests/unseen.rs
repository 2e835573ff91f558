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
//! units include its offices, service centres and a city bureau's branch, and whose projects are buildings.
//! The rules must carry over to them.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use policy_atlas::extract::{self, Source};
use policy_atlas::model::{EdgeKind, KnowledgeGraph, NodeKind, Role};
use std::path::PathBuf;
use std::sync::LazyLock;

static G: LazyLock<KnowledgeGraph> = LazyLock::new(|| {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/unseen");
    let sources: Vec<Source> = extract::read_sources(&[dir]);
    assert_eq!(sources.len(), 45);
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

#[test]
fn lead_and_support_resolve_to_the_city() {
    let ndrc = roles("乌兰察布市发展和改革委员会");
    assert!(
        ndrc.contains(&("推进数据中心集群建设".into(), Some(Role::Lead))),
        "{ndrc:?}"
    );
    assert!(
        ndrc.contains(&("推进绿色算力与新能源融合发展".into(), Some(Role::Support))),
        "{ndrc:?}"
    );
    // 集宁区、察右前旗人民政府: two governments, the short form resolved.
    let qianqi = roles("察哈尔右翼前旗人民政府");
    assert_eq!(
        qianqi,
        [("推进数据中心集群建设".to_string(), Some(Role::Support))]
    );
    assert!(!roles("集宁区人民政府").is_empty());
    let customs = G
        .node("department:呼和浩特海关驻乌兰察布办事处")
        .expect("customs keeps its own name");
    assert_eq!(customs.kind, NodeKind::Department);
}

#[test]
fn district_label_lines_and_deadlines() {
    let kbs = roles("康巴什区政务服务局");
    assert_eq!(kbs.len(), 2, "{kbs:?}");
    assert!(kbs.iter().all(|(_, r)| *r == Some(Role::Responsible)));
    let t = G
        .graph
        .node_weights()
        .find(|n| n.kind == NodeKind::Task && n.label.starts_with("协助东胜区"))
        .expect("task");
    assert_eq!(t.deadline_date.as_deref(), Some("2023-09"));
    assert!(!roles("鄂尔多斯市公安局康巴什分局").is_empty());
    assert!(G.node("city:哈巴格希街道").is_some());
}

#[test]
fn yulin_projects_keep_their_full_names() {
    let p = labels(NodeKind::Project);
    for name in [
        "陕煤榆林化学1500万吨煤炭分质利用示范项目一期工程",
        "国家能源集团榆林循环经济煤炭综合利用项目",
        "鄂尔多斯高新技术产业园区",
        "乌兰察布至北京特高压输电通道工程",
    ] {
        assert!(p.contains(&name.to_string()), "{name} in {p:?}");
    }
    assert!(!p.iter().any(|n| n == "示范项目一期工程"), "{p:?}");
    let yulin = roles("榆林市能源局");
    assert!(
        yulin.contains(&("建设智能化煤矿".to_string(), Some(Role::Responsible))),
        "{yulin:?}"
    );
}

#[test]
fn sector_lists_hold_sectors_only() {
    let ind = labels(NodeKind::Industry);
    for name in ["燕麦", "云计算", "大数据", "氢能", "乳业"] {
        assert!(ind.contains(&name.to_string()), "{name} in {ind:?}");
    }
    assert!(
        ind.iter()
            .all(|n| !n.contains("凉城") && !n.contains("兴和")),
        "{ind:?}"
    );
}

#[test]
fn an_html_page_reads_as_its_text() {
    let meta = G
        .documents
        .iter()
        .find(|d| d.id == "doc:tumd_page")
        .expect("page loaded");
    assert_eq!(meta.title, "土默特左旗2024年政府工作报告");
    assert_eq!(meta.task_count, 3);
    let text = &G.texts["doc:tumd_page"];
    assert!(!text.contains('<') && !text.contains("&nbsp;"), "{text}");
    let p = labels(NodeKind::Project);
    assert!(
        p.contains(&"京藏高速土左旗段改扩建工程".to_string()),
        "{p:?}"
    );
    assert!(p.contains(&"呼和浩特至包头城际铁路".to_string()), "{p:?}");
    // 绿水青山 and navigation lines name no place (青山区 is another fixture's).
    let places: Vec<&str> = G
        .graph
        .node_weights()
        .filter(|n| {
            n.kind == NodeKind::City && n.mentions.iter().any(|m| *m.doc == *"doc:tumd_page")
        })
        .map(|n| n.label.as_str())
        .collect();
    assert!(places.contains(&"土默特左旗"), "{places:?}");
    assert!(!places.iter().any(|n| n.starts_with("青山")), "{places:?}");
    assert!(!places.contains(&"托克托县"), "{places:?}");
}

#[test]
fn role_clauses_give_lead_support_and_responsible() {
    let lead = roles("内蒙古自治区林业和草原局");
    assert!(
        lead.iter()
            .any(|(t, r)| t.starts_with("加强库布其沙漠") && *r == Some(Role::Lead)),
        "{lead:?}"
    );
    let league = roles("阿拉善盟行政公署");
    assert!(
        league.iter().all(|(_, r)| *r == Some(Role::Support)) && !league.is_empty(),
        "{league:?}"
    );
    // 由自治区交通运输厅牵头，自治区发展改革委、财政厅配合，乌海市人民政府负责落实。
    let rail = roles("内蒙古自治区交通运输厅");
    assert!(
        rail.iter()
            .any(|(t, r)| t.starts_with("加快建设包头至银川高铁") && *r == Some(Role::Lead)),
        "{rail:?}"
    );
    let wuhai = roles("乌海市人民政府");
    assert!(
        wuhai.iter().any(|(_, r)| *r == Some(Role::Responsible)),
        "{wuhai:?}"
    );
    // （…自然资源厅，巴彦淖尔市人民政府按职责分工负责）: every unit of the note.
    let bynr = roles("巴彦淖尔市人民政府");
    assert!(
        bynr.iter()
            .any(|(t, r)| t.starts_with("推进乌梁素海") && *r == Some(Role::Responsible)),
        "{bynr:?}"
    );
}

#[test]
fn a_task_table_gives_one_task_per_row() {
    let meta = G
        .documents
        .iter()
        .find(|d| d.id == "doc:linhe_2024_table")
        .expect("table loaded");
    assert_eq!(meta.title, "巴彦淖尔市临河区2024年重点工作任务分解表");
    assert_eq!(meta.task_count, 3);
    let lead = roles("临河区工业和信息化局");
    assert_eq!(
        lead,
        [("建设河套农产品加工产业园".to_string(), Some(Role::Lead))]
    );
    let support = roles("临河区财政局");
    assert_eq!(
        support,
        [("推进临河区城市更新行动".to_string(), Some(Role::Support))]
    );
    let t = G.node("task:linhe_2024_table:3").expect("row 3");
    assert_eq!(t.deadline.as_deref(), Some("持续推进"));
}

#[test]
fn traditional_and_gb18030_plans() {
    let d = roles("呼伦贝尔市文化旅游体育局");
    assert_eq!(d.len(), 2, "{d:?}");
    // The task keeps its Traditional label; the places are found through the Simplified copy.
    assert!(
        d.iter().any(|(t, _)| t.starts_with("推進海拉爾區")),
        "{d:?}"
    );
    assert!(G.node("city:额尔古纳市").is_some());
    // Its title is shown as written too.
    let hlbe = G
        .documents
        .iter()
        .find(|d| d.id == "doc:hlbe_traditional")
        .expect("Traditional plan");
    assert!(
        hlbe.title.starts_with("呼倫貝爾市人民政府關於"),
        "{}",
        hlbe.title
    );
    let gbk = G
        .documents
        .iter()
        .find(|d| d.id == "doc:xlgl_gbk")
        .expect("GB18030 plan");
    assert_eq!(gbk.encoding, "gb18030");
    assert_eq!(gbk.home.as_deref(), Some("锡林郭勒盟"));
    let lead = roles("锡林郭勒盟农牧局");
    assert_eq!(lead, [("建设优质奶源基地".to_string(), Some(Role::Lead))]);
    let p = labels(NodeKind::Project);
    assert!(p.contains(&"满洲里中俄互市贸易区".to_string()), "{p:?}");
    assert!(p.contains(&"正蓝旗奶食品产业园".to_string()), "{p:?}");
    // 在锡林郭勒盟布局乳制品加工项目: 布局 after a place is no unit.
    assert!(G.node("department:锡林郭勒盟布局").is_none());
    let sumu = G.node("city:宝绍岱苏木").expect("sumu");
    assert_eq!(sumu.jurisdiction.as_deref(), Some("正蓝旗"));
}

#[test]
fn inline_bracketed_and_unseparated_labels() {
    let task = |n: usize| {
        let id = format!("task:baotou_2024_inline:{n}");
        let units: Vec<(String, Option<Role>)> = G
            .neighbours(&id, &[EdgeKind::ResponsibleFor])
            .into_iter()
            .map(|x| (x.node.label.clone(), x.role))
            .collect();
        (G.node(&id).and_then(|t| t.deadline.clone()), units)
    };
    // …治理。责任单位：市水务局、市生态环境局；完成时限：2024年12月底。
    let (d, u) = task(1);
    assert_eq!(d.as_deref(), Some("2024年12月底"));
    assert_eq!(u.len(), 2, "{u:?}");
    // （牵头单位：市工业和信息化局　配合单位：稀土高新区管委会、市科技局）
    let (_, u) = task(2);
    assert!(
        u.contains(&("包头市工业和信息化局".into(), Some(Role::Lead))),
        "{u:?}"
    );
    assert!(
        u.contains(&("包头市科学技术局".into(), Some(Role::Support))),
        "{u:?}"
    );
    // 【责任单位】市自然资源局、市林草局【完成时限】2024年10月
    let (d, u) = task(3);
    assert_eq!(d.as_deref(), Some("2024年10月"));
    assert!(
        u.contains(&("包头市林业和草原局".into(), Some(Role::Responsible))),
        "{u:?}"
    );
    // 责任领导 names a person, not a unit.
    let (_, u) = task(4);
    assert_eq!(u.len(), 2, "{u:?}");
    let (_, u) = task(6);
    assert!(
        u.iter().any(|(l, _)| l == "市直各有关部门(包头市)"),
        "{u:?}"
    );
}

#[test]
fn signature_sets_home_and_running_text_names_units() {
    let meta = G
        .documents
        .iter()
        .find(|d| d.id == "doc:ordos_parks_signed")
        .expect("signed opinion");
    assert_eq!(meta.home.as_deref(), Some("鄂尔多斯市"));
    assert_eq!(meta.issuer.as_deref(), Some("鄂尔多斯市人民政府"));
    // 市工业和信息化局要会同市发展改革委、市自然资源局…: the task mentions all three; only the note's unit is
    // responsible.
    let mentioned: Vec<String> = G
        .neighbours("task:ordos_parks_signed:1", &[EdgeKind::Mentions])
        .into_iter()
        .filter(|n| n.node.kind == NodeKind::Department)
        .map(|n| n.node.label.clone())
        .collect();
    for d in ["鄂尔多斯市发展和改革委员会", "鄂尔多斯市自然资源局"] {
        assert!(mentioned.contains(&d.to_string()), "{d} in {mentioned:?}");
    }
    assert_eq!(
        roles_in("鄂尔多斯市工业和信息化局", "ordos_parks_signed"),
        [("推进园区整合".to_string(), Some(Role::Responsible))]
    );
    assert!(roles("鄂尔多斯市自然资源局").is_empty());
}

#[test]
fn villages_routes_and_sectors_in_a_hohhot_plan() {
    let v = G.node("city:恼包村").expect("village");
    assert_eq!(v.jurisdiction.as_deref(), Some("保合少镇"));
    assert_eq!(
        G.node("city:保合少镇")
            .and_then(|t| t.jurisdiction.clone())
            .as_deref(),
        Some("新城区")
    );
    let rail: Vec<String> = G
        .neighbours(
            "project:呼和浩特至乌兰察布至北京高铁",
            &[EdgeKind::Connects],
        )
        .into_iter()
        .map(|n| n.node.label.clone())
        .collect();
    assert_eq!(rail.len(), 3, "{rail:?}");
    // （一）做强乳业。: a development verb frames the sector.
    let dairy: Vec<String> = G
        .neighbours("industry:乳业", &[EdgeKind::Mentions])
        .into_iter()
        .map(|n| n.node.id.clone())
        .collect();
    assert!(
        dairy.contains(&"task:hohhot_2024_rural:1".to_string()),
        "{dairy:?}"
    );
    let leads = roles_in("呼和浩特市农牧局", "hohhot_2024_rural");
    assert_eq!(leads, [("做强乳业".to_string(), Some(Role::Lead))]);
}

#[test]
fn circled_and_bracketed_numbers_are_headings() {
    let labels: Vec<String> = (1..=4)
        .filter_map(|i| G.node(&format!("task:zhungeer_2024_numbering:{i}")))
        .map(|t| t.label.clone())
        .collect();
    assert_eq!(
        labels,
        [
            "推进大路工业园区煤制烯烃项目建设",
            "实施煤矿智能化改造",
            "发展新能源装备制造",
            "支持薛家湾镇、沙圪堵镇建设光伏治沙项目"
        ]
    );
    let p = labels_of(NodeKind::Project, "zhungeer");
    assert_eq!(p, ["大路工业园区煤制烯烃项目"]);
    assert_eq!(
        roles("准格尔旗能源局"),
        [("实施煤矿智能化改造".to_string(), Some(Role::Lead))]
    );
}

/// Labels of the nodes of `kind` mentioned in documents whose id contains `doc`.
fn labels_of(kind: NodeKind, doc: &str) -> Vec<String> {
    G.graph
        .node_weights()
        .filter(|n| n.kind == kind && n.mentions.iter().any(|m| m.doc.contains(doc)))
        .map(|n| n.label.clone())
        .collect()
}

#[test]
fn lead_marks_etc_and_road_sections() {
    // 市工信局（牵头）、市发改委、市能源局: the unmarked others support.
    assert_eq!(
        roles("乌海市工业和信息化局"),
        [("实施千里山钢铁产能置换项目".to_string(), Some(Role::Lead))]
    );
    assert!(roles("乌海市能源局").contains(&(
        "实施千里山钢铁产能置换项目".to_string(),
        Some(Role::Support)
    )));
    // 市生态环境局等部门 is the bureau.
    assert!(G.node("department:乌海市生态环境局").is_some());
    assert!(G.node("department:乌海市生态环境局等部门").is_none());
    let road: Vec<String> = G
        .neighbours("project:乌海至玛沁高速公路乌海段", &[EdgeKind::Connects])
        .into_iter()
        .map(|n| n.node.label.clone())
        .collect();
    assert_eq!(road.len(), 2, "{road:?}");
    assert!(road.contains(&"玛沁县".to_string()), "{road:?}");
}

#[test]
fn table_scraped_one_cell_per_line() {
    let meta = G
        .documents
        .iter()
        .find(|d| d.id == "doc:kdl_2024_web_table")
        .expect("scraped table loaded");
    assert_eq!(meta.task_count, 4);
    // Row 2 has no 配合单位 cell: its deadline is not taken for a unit.
    let t2 = G.node("task:kdl_2024_web_table:2").expect("row 2");
    assert_eq!(t2.deadline.as_deref(), Some("2024年9月"));
    let mut gov = roles("昆都仑区政务服务局");
    gov.sort();
    assert_eq!(
        gov,
        [
            (
                "建设昆都仑区政务服务中心综合窗口".to_string(),
                Some(Role::Lead)
            ),
            ("推行企业开办“一网通办”".to_string(), Some(Role::Support)),
        ]
    );
    // Row 3: the task runs over two lines and its 配合单位 list is cut after 、.
    let t3 = "推进包头钢铁（集团）有限责任公司周边道路改造".to_string();
    assert_eq!(
        roles("昆都仑区住房和城乡建设局"),
        [(t3.clone(), Some(Role::Lead))]
    );
    assert_eq!(roles("昆都仑区自然资源分局"), [(t3, Some(Role::Support))]);
    let t3_node = G.node("task:kdl_2024_web_table:3").expect("row 3");
    assert_eq!(t3_node.deadline.as_deref(), Some("持续推进"));
    // The span behind the lead edge is 区住建局 in the original text, and the quote is the row.
    let text = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/unseen/kdl_2024_web_table.txt"),
    )
    .expect("fixture");
    let (_, _, e) = G
        .edges_of("department:昆都仑区住房和城乡建设局")
        .into_iter()
        .find(|(_, t, _)| t == "task:kdl_2024_web_table:3")
        .expect("edge");
    let ev = e.evidence.iter().next().expect("evidence");
    assert_eq!(&text[ev.start..ev.end], "区住建局");
    assert!(
        ev.quote.contains("周边道路改造") && ev.quote.contains("持续推进"),
        "{}",
        &*ev.quote
    );
}

#[test]
fn parks_named_without_their_place() {
    let p = labels(NodeKind::Project);
    for park in [
        "金山高新技术产业开发区",
        "如意开发区",
        "沙尔沁工业园区",
        "托电工业园区",
        "金桥电子商务产业园",
    ] {
        assert!(p.contains(&park.to_string()), "{park} missing: {p:?}");
    }
    // Kinds of park are not parks (特色产业园, 现代农业产业园, 各类开发区, 省级开发区), and a year in the title
    // is not a park's name: the plan's projects are its named parks only.
    let in_plan = projects_in("hohhot_2025_parks");
    assert_eq!(
        in_plan,
        [
            "如意开发区",
            "托电工业园区",
            "林格尔经济开发区",
            "沙尔沁工业园区",
            // Named by its enterprise.
            "蒙草生态科技园",
            "金山高新技术产业开发区",
            "金桥电子商务产业园"
        ]
    );
    assert!(!p.iter().any(|x| x.contains("2025年")), "{p:?}");
}

#[test]
fn organisations_commissions_and_a_role_sentence_before_its_deadline() {
    let task = |n: usize| format!("task:ordos_2025_business:{n}");
    let units = |n: usize| -> Vec<(String, Option<Role>)> {
        let mut v: Vec<_> = G
            .neighbours(&task(n), &[EdgeKind::ResponsibleFor])
            .into_iter()
            .map(|x| (x.node.label.clone(), x.role))
            .collect();
        v.sort();
        v
    };
    let t1 = units(1);
    for name in [
        "共青团鄂尔多斯市委员会",
        "鄂尔多斯市国有资产监督管理委员会",
        "鄂尔多斯市妇女联合会",
        "鄂尔多斯市委机构编制委员会办公室",
    ] {
        assert!(
            t1.contains(&(name.to_string(), Some(Role::Support))),
            "{name}: {t1:?}"
        );
    }
    let t3 = units(3);
    assert!(
        t3.contains(&(
            "鄂尔多斯市委网络安全和信息化委员会办公室".to_string(),
            Some(Role::Lead)
        )),
        "{t3:?}"
    );
    assert!(
        t3.contains(&("鄂尔多斯市国防动员办公室".to_string(), Some(Role::Support))),
        "{t3:?}"
    );
    // 由…牵头，…配合，…负责落实。完成时限：年内完成。
    assert_eq!(
        units(4),
        [
            (
                "各旗区人民政府(鄂尔多斯市)".to_string(),
                Some(Role::Responsible)
            ),
            ("鄂尔多斯市交通运输局".to_string(), Some(Role::Support)),
            ("鄂尔多斯市住房和城乡建设局".to_string(), Some(Role::Lead)),
            ("鄂尔多斯市生态环境局".to_string(), Some(Role::Support)),
        ]
    );
    let t4 = G.node(&task(4)).expect("task 4");
    assert_eq!(t4.deadline.as_deref(), Some("年内完成"));
}

#[test]
fn issuer_from_the_number_and_phased_projects() {
    let issuer: Vec<String> = G
        .neighbours("doc:yulin_2025_energy", &[EdgeKind::IssuedBy])
        .into_iter()
        .map(|n| n.node.label.clone())
        .collect();
    assert_eq!(issuer, ["榆林市人民政府办公室"]);
    let p = labels(NodeKind::Project);
    for name in [
        "榆林机场三期扩建工程",
        "神木锦界工业园区",
        "府谷京府煤化工业园区",
        "西延高铁榆林段",
    ] {
        assert!(p.contains(&name.to_string()), "{name}: {p:?}");
    }
    let towns = G.node("city:大柳塔镇").expect("a Yulin town");
    assert_eq!(towns.jurisdiction.as_deref(), Some("神木市"));
}

#[test]
fn a_web_page_information_table_and_navigation() {
    let meta = G
        .documents
        .iter()
        .find(|d| d.id == "doc:wlcb_2024_page")
        .expect("page loaded");
    assert_eq!(
        meta.title,
        "乌兰察布市人民政府关于印发乌兰察布市推进算力产业高质量发展若干措施的通知"
    );
    assert_eq!(meta.doc_number.as_deref(), Some("乌政发〔2024〕8号"));
    assert_eq!(meta.date.as_deref(), Some("2024-04-12"));
    assert_eq!(meta.task_count, 2);
    // Nothing is found in the navigation and link lines around the notice.
    let text = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/unseen/wlcb_2024_page.txt"),
    )
    .expect("fixture");
    let links = text.find("相关链接").expect("links line");
    let in_links = G.graph.node_weights().any(|n| {
        n.mentions
            .iter()
            .any(|m| &*m.doc == "doc:wlcb_2024_page" && m.start >= links)
    });
    assert!(!in_links);
    assert!(G.node("industry:算力").is_some());
    assert!(G.node("project:华为云乌兰察布数据中心").is_some());
}

#[test]
fn a_project_box_of_a_five_year_plan() {
    let in_plan = projects_in("bayannur_14th_plan");
    for name in [
        "巴彦淖尔天吉泰机场",
        "甘其毛都口岸加工园区",
        "河套灌区",
        "临河至哈密铁路",
        "G7京新高速临白段",
        "磴口县光伏治沙项目",
    ] {
        assert!(in_plan.contains(&name.to_string()), "{name}: {in_plan:?}");
    }
    // A box line is a task named by its label and its first item, not by the label alone.
    let t = G.node("task:bayannur_14th_plan:3").expect("third box line");
    assert_eq!(t.label, "机场：巴彦淖尔天吉泰机场改扩建");
    // The box's own title is a heading, not a project.
    assert!(!in_plan.iter().any(|p| p.contains("专栏")), "{in_plan:?}");
    let rail: Vec<String> = G
        .neighbours("project:巴彦淖尔至银川铁路", &[EdgeKind::Connects])
        .into_iter()
        .map(|n| n.node.label.clone())
        .collect();
    assert!(rail.contains(&"银川市".to_string()), "{rail:?}");
}

#[test]
fn a_table_laid_out_with_spaces() {
    let meta = G
        .documents
        .iter()
        .find(|d| d.id == "doc:dalad_2024_pdf_layout")
        .expect("layout table loaded");
    assert_eq!(meta.title, "达拉特旗2024年工业经济稳增长重点任务分解表");
    assert_eq!(meta.task_count, 3);
    // Row 1 is centred: its task starts on the line above its number, its 配合单位 ends on the line below.
    let t1 = G.node("task:dalad_2024_pdf_layout:1").expect("row 1");
    assert_eq!(t1.label, "推进达拉特经济开发区污水处理厂建设");
    assert_eq!(t1.deadline.as_deref(), Some("2024年10月"));
    let mut units: Vec<(String, Option<Role>)> = G
        .neighbours("task:dalad_2024_pdf_layout:1", &[EdgeKind::ResponsibleFor])
        .into_iter()
        .map(|x| (x.node.label.clone(), x.role))
        .collect();
    units.sort();
    assert_eq!(
        units,
        [
            ("达拉特旗住房和城乡建设局".to_string(), Some(Role::Support)),
            ("达拉特旗工业和信息化局".to_string(), Some(Role::Lead)),
            ("达拉特旗生态环境分局".to_string(), Some(Role::Support)),
        ]
    );
    // Row 3's task starts on the line above its number; row 2's runs on below it.
    let t3 = G.node("task:dalad_2024_pdf_layout:3").expect("row 3");
    assert_eq!(t3.label, "培育壮大现代煤化工、新材料产业");
    assert_eq!(t3.deadline.as_deref(), Some("持续推进"));
    let (_, _, e) = G
        .edges_of("department:达拉特旗林业和草原局")
        .into_iter()
        .find(|(_, t, _)| t == "task:dalad_2024_pdf_layout:2")
        .expect("row 2 support");
    let quote = &*e.evidence.iter().next().expect("evidence").quote;
    assert!(quote.contains("引进光伏组件制造企业"), "{quote}");
}

#[test]
fn a_work_report_of_projects_in_progress() {
    let projects = labels(NodeKind::Project);
    for p in [
        "乌拉特前旗100万千瓦风光制氢一体化示范项目",
        "G6京藏高速乌拉特前旗段改扩建工程",
        "明阳智能风电装备制造基地",
        "乌梁素海流域山水林田湖草沙一体化保护和修复工程",
        "中广核乌拉特前旗40万千瓦风电项目",
    ] {
        assert!(projects.contains(&p.to_string()), "{p} in {projects:?}");
    }
    assert!(
        !projects.iter().any(|p| p.ends_with("开工建设")),
        "{projects:?}"
    );
    let industries = labels(NodeKind::Industry);
    for i in ["番茄", "向日葵", "肉羊", "新能源"] {
        assert!(industries.contains(&i.to_string()), "{i} in {industries:?}");
    }
    assert!(
        !industries.iter().any(|i| i.contains("千亿级")),
        "{industries:?}"
    );
    // 旗政协委员 are members of a body, not a unit.
    let units = labels(NodeKind::Department);
    assert!(!units.iter().any(|u| u.contains("政协委")), "{units:?}");
    let ndrc = roles("乌拉特前旗发展和改革委员会");
    assert_eq!(ndrc.len(), 1, "{ndrc:?}");
    // A government work report is issued by that government.
    let issuer: Vec<String> = G
        .neighbours("doc:wlqq_2025_report", &[EdgeKind::IssuedBy])
        .into_iter()
        .map(|n| n.node.label.clone())
        .collect();
    assert_eq!(issuer, ["乌拉特前旗人民政府"]);
    assert_eq!(ndrc[0].0, "全力壮大新能源产业");
}

#[test]
fn a_county_level_city_is_its_own_市() {
    let lead = roles("神木市行政审批服务局");
    // The 重点任务 column names the task, not the 具体措施 beside it.
    assert_eq!(lead, [("提升政务服务效能".to_string(), Some(Role::Lead))]);
    let ndrc = roles("神木市发展和改革局");
    assert_eq!(ndrc.len(), 2, "{ndrc:?}");
    assert!(
        !labels(NodeKind::Department)
            .iter()
            .any(|d| d.starts_with("榆林市行政审批") || d.starts_with("榆林市司法局")),
        "市 in a 神木市 plan is 神木市"
    );
    let t = G.node("task:shenmu_2025_business:1").expect("row 1");
    assert_eq!(t.deadline.as_deref(), Some("2025年6月底"));
    let projects = labels(NodeKind::Project);
    for p in [
        "锦界工业园区",
        "神木至府谷高速公路",
        "神木高新技术产业开发区",
    ] {
        assert!(projects.contains(&p.to_string()), "{p} in {projects:?}");
    }
    let industries = labels(NodeKind::Industry);
    assert!(industries.contains(&"兰炭".to_string()), "{industries:?}");
}

#[test]
fn a_leading_official_is_not_a_unit() {
    let units = labels(NodeKind::Department);
    assert!(
        !units
            .iter()
            .any(|u| u.contains("李明") || u.contains("副市长")),
        "{units:?}"
    );
    let energy = roles_in("鄂尔多斯市能源局", "ordos_2025_points");
    let tasks: Vec<&str> = energy.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(tasks, ["推进煤炭稳产保供", "加快新能源规模化发展"]);
    // 达拉特旗、杭锦旗、乌审旗人民政府: three governments.
    for gov in ["达拉特旗人民政府", "杭锦旗人民政府", "乌审旗人民政府"] {
        assert_eq!(
            roles_in(gov, "ordos_2025_points"),
            [("加快新能源规模化发展".to_string(), Some(Role::Responsible))],
            "{gov}"
        );
    }
    let industries = labels(NodeKind::Industry);
    for i in ["煤制油", "煤制气", "煤制烯烃", "铝合金"] {
        assert!(industries.contains(&i.to_string()), "{i} in {industries:?}");
    }
    let projects = labels(NodeKind::Project);
    for p in [
        "乌审旗图克镇50万千瓦风光制氢项目",
        // Named by its company.
        "宝丰能源绿氢耦合煤制烯烃项目",
    ] {
        assert!(projects.contains(&p.to_string()), "{p} in {projects:?}");
    }
}

#[test]
fn a_district_plan_with_its_towns() {
    let places = labels(NodeKind::City);
    for p in ["金河镇", "黄合少镇", "榆林镇", "大学西路街道"] {
        assert!(places.contains(&p.to_string()), "{p} in {places:?}");
    }
    let jinhe = G.node("city:金河镇").expect("金河镇");
    assert!(
        G.neighbours(&jinhe.id, &[EdgeKind::LocatedIn])
            .iter()
            .any(|n| n.node.label == "赛罕区"),
        "金河镇 is 赛罕区's"
    );
    assert_eq!(
        roles_in("赛罕区住房和城乡建设局", "saihan_2025"),
        [("实施老旧小区改造".to_string(), Some(Role::Lead))]
    );
    let t = G.node("task:saihan_2025:1").expect("task 1");
    assert_eq!(t.deadline.as_deref(), Some("2025年10月底"));
    let projects = labels(NodeKind::Project);
    for p in [
        "呼和浩特新机场",
        "赛罕区餐厨垃圾处理厂",
        "赛罕区至和林格尔新区快速通道",
    ] {
        assert!(projects.contains(&p.to_string()), "{p} in {projects:?}");
    }
}

#[test]
fn a_word_document_with_a_task_table() {
    let g = one_document("docx");
    let meta = &g.documents[0];
    assert_eq!(meta.doc_number.as_deref(), Some("乌海政办发〔2025〕21号"));
    assert_eq!(meta.task_count, 2);
    let roles = |dept: &str| roles_of(&g, dept);
    assert_eq!(
        roles("乌海市发展和改革委员会"),
        [(
            "推进乌海经济开发区低碳园区建设".to_string(),
            Some(Role::Lead)
        )]
    );
    // A cell's paragraphs are its list: two district governments support row 2.
    for gov in ["海南区人民政府", "乌达区人民政府"] {
        assert_eq!(roles(gov).len(), 1, "{gov}");
        assert_eq!(roles(gov)[0].1, Some(Role::Support), "{gov}");
    }
    let t = g.node("task:wuhai_2025_table:2").expect("row 2");
    assert_eq!(t.deadline.as_deref(), Some("持续推进"));
    // The reader shows the table as tab-separated rows.
    let text = g.texts.values().next().expect("text");
    assert!(text.contains(
        "1\t推进乌海经济开发区低碳园区建设\t市发展改革委\t市工信局、市生态环境局\t2025年12月"
    ));
}

#[test]
fn a_pdf_with_notes_and_a_task_table() {
    let g = one_document("pdf");
    let meta = &g.documents[0];
    assert_eq!(meta.encoding, "PDF");
    assert_eq!(
        meta.title,
        "巴彦淖尔市2025年推动现代农牧业和绿色能源发展重点任务分工方案"
    );
    // Two tasks in prose, seven table rows.
    assert_eq!(meta.task_count, 9);
    let roles = |dept: &str| roles_of(&g, dept);
    // A note wrapped across lines is read whole: its lead, its supporters, its deadline.
    assert_eq!(
        roles("巴彦淖尔市水利局"),
        [("实施河套灌区现代化改造工程".to_string(), Some(Role::Lead))]
    );
    assert!(roles("五原县人民政府").contains(&(
        "推进临河区、五原县肉羊全产业链建设".to_string(),
        Some(Role::Support)
    )));
    // Table cells wrapped inside themselves, the last rows on page two: each unit in its column.
    let mut energy = roles("巴彦淖尔市能源局");
    energy.sort();
    assert_eq!(
        energy,
        [
            (
                "推进乌拉特中旗风光制氢一体化项目建设".to_string(),
                Some(Role::Lead)
            ),
            (
                "推进乌拉特后旗、磴口县沙漠光伏治沙项目并网发电".to_string(),
                Some(Role::Lead)
            ),
        ]
    );
    // Two cells a hair apart, parted by the table's ruling.
    assert!(
        roles("五原县人民政府")
            .contains(&("支持五原县建设向日葵产业园".to_string(), Some(Role::Lead)))
    );
    assert!(roles("巴彦淖尔市商务局").contains(&(
        "支持五原县建设向日葵产业园".to_string(),
        Some(Role::Support)
    )));
    let row = g
        .graph
        .node_weights()
        .find(|n| n.label == "推进巴彦淖尔至阿拉善高速公路前期工作")
        .expect("row 7");
    assert_eq!(row.deadline.as_deref(), Some("2025年12月"));
    for p in ["河套灌区现代化改造工程", "临河至哈密铁路扩能改造工程"] {
        assert!(g.node(&format!("project:{p}")).is_some(), "{p}");
    }
}

#[test]
fn a_word_97_document_with_a_task_table() {
    let g = one_document("doc");
    let meta = &g.documents[0];
    assert_eq!(meta.encoding, "DOC");
    assert_eq!(meta.doc_number.as_deref(), Some("锡署办发〔2025〕18号"));
    assert_eq!(meta.task_count, 4);
    let roles = |dept: &str| roles_of(&g, dept);
    // The prose task's note.
    assert_eq!(
        roles("锡林郭勒盟商务局"),
        [(
            "实施二连浩特公路口岸货运通道改造工程".to_string(),
            Some(Role::Lead)
        )]
    );
    // A cell of two paragraphs is a list of two units; an empty cell gives none.
    assert_eq!(
        roles("苏尼特右旗人民政府"),
        [(
            "推进苏尼特右旗风电基地项目建设".to_string(),
            Some(Role::Support)
        )]
    );
    assert_eq!(
        roles("锡林浩特市人民政府"),
        [(
            "加快锡林浩特市绿色算力产业园建设".to_string(),
            Some(Role::Lead)
        )]
    );
    let text = g.texts.values().next().expect("text");
    // A hyperlink shows its text, not its field code.
    assert!(text.contains("详见盟行署门户网站,") || text.contains("详见盟行署门户网站，"));
    assert!(!text.contains("HYPERLINK"));
    assert!(text.contains(
        "3\t开工建设锡林浩特至太仆寺旗高速公路\t盟交通运输局\t盟发展改革委、太仆寺旗人民政府\t2025年9月"
    ));
}

#[test]
fn a_wps_file_in_a_folder_is_read_as_a_word_document() {
    // WPS Office writes .wps in Word 97–2003's form: a folder's .wps is read, as its .doc is.
    let dir = tempfile::tempdir().expect("temp dir");
    let doc =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/doc/xilingol_2025_plan.doc");
    std::fs::copy(&doc, dir.path().join("方案.wps")).expect("copy");
    let sources = extract::read_sources(&[dir.path().to_path_buf()]);
    assert_eq!(sources.len(), 1);
    let g = extract::build_graph(&sources);
    assert!(g.warnings.is_empty(), "{:?}", g.warnings);
    assert_eq!(g.documents[0].task_count, 4);
}

#[test]
fn a_pdf_without_text_is_a_warning() {
    // A PDF whose pages hold no text (a scan): no graph from it, a warning that says why.
    let pdf = b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
    let g = extract::build_graph(&[Source {
        name: "scan.pdf".into(),
        bytes: Ok(pdf.to_vec()),
    }]);
    assert_eq!(g.warnings.len(), 1);
    assert!(g.warnings[0].message.contains("PDF"), "{:?}", g.warnings);
}

#[test]
fn notes_before_the_task_and_after_each_clause() {
    let doc = "baotou_2025_placed_notes";
    // [责任单位:市发改委]推进甲任务建设…: the task follows its note.
    let t1 = G.node(&format!("task:{doc}:1")).expect("task 1");
    assert_eq!(t1.label, "推进甲任务建设");
    assert_eq!(
        roles_in("包头市发展和改革委员会", doc),
        [("推进甲任务建设".to_string(), Some(Role::Responsible))]
    );
    // 推进丙任务建设(市工信局负责),完善丁机制(市财政局负责)。: one item, both units.
    for unit in ["包头市工业和信息化局", "包头市财政局"] {
        assert_eq!(
            roles_in(unit, doc),
            [("推进丙任务建设".to_string(), Some(Role::Responsible))],
            "{unit}"
        );
    }
    let t4 = G.node(&format!("task:{doc}:4")).expect("task 4");
    assert_eq!(t4.deadline.as_deref(), Some("2025年10月"));
}

#[test]
fn a_web_table_whose_cells_hold_paragraphs() {
    let doc = "damao_2025_page";
    let mut units = roles_in("满都拉口岸管理委员会", doc);
    units.extend(roles_in("达尔罕茂明安联合旗交通运输局", doc));
    assert_eq!(
        units,
        [
            ("推进满都拉口岸扩能改造".to_string(), Some(Role::Support)),
            ("推进满都拉口岸扩能改造".to_string(), Some(Role::Support)),
        ]
    );
    let port = G
        .node("department:满都拉口岸管理委员会")
        .expect("port committee");
    assert_eq!(port.jurisdiction.as_deref(), Some("达尔罕茂明安联合旗"));
    let t = G.node(&format!("task:{doc}:1")).expect("row 1");
    assert_eq!(t.deadline.as_deref(), Some("2025年10月"));
}

#[test]
fn a_pdf_table_converted_both_ways() {
    // Centred cells, 序/号 wrapped over the header line, unit names wrapped inside a name (市工业和信息化 / 局).
    for doc in ["hohhot_2025_pdftotext_layout", "hohhot_2025_pdftotext_raw"] {
        let got = duties_in(doc);
        let (t1, t2, t3) = (
            "推进和林格尔新区大数据产业基地建设",
            "实施呼和浩特新机场配套道路工程",
            "培育壮大乳业、现代煤化工、新材料产业",
        );
        let mut want = vec![
            lead("呼和浩特市发展和改革委员会", t1),
            support("呼和浩特市工业和信息化局", t1),
            support("呼和浩特市自然资源局", t1),
            support("呼和浩特市生态环境局", t1),
            support("内蒙古和林格尔新区管理委员会", t1),
            lead("呼和浩特市交通运输局", t2),
            support("呼和浩特市财政局", t2),
            lead("呼和浩特市工业和信息化局", t3),
            support("呼和浩特市农牧局", t3),
            support("呼和浩特市商务局", t3),
            support("呼和浩特市科学技术局", t3),
            support("各旗县区人民政府(呼和浩特市)", t3),
        ];
        want.sort();
        assert_eq!(got, want, "{doc}");
        let t3 = G.node(&format!("task:{doc}:3")).expect("row 3");
        assert_eq!(t3.deadline.as_deref(), Some("持续推进"), "{doc}");
    }
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

#[test]
fn a_pdf_table_over_two_pages() {
    a_pdf_table_over_two_pages_as("baotou_2025_pdftotext_pages", "2025年12月");
    // Without the layout the header's last label comes after the first rows, the header repeats on page
    // two, and a date runs into the units before it (市交通运输局、 2025年12 / 九原区人民政府 / 月).
    a_pdf_table_over_two_pages_as("baotou_2025_pdftotext_pages_raw", "2025年12");
}

fn a_pdf_table_over_two_pages_as(doc: &str, first_deadline: &str) {
    let meta = G
        .documents
        .iter()
        .find(|d| d.id == format!("doc:{doc}"))
        .expect("loaded");
    assert_eq!(meta.task_count, 6);
    let got = duties_in(doc);
    let t = [
        "推进包头至银川高铁包头段建设",
        "加快包头机场改扩建工程前期工作",
        "实施稀土新材料产业链延链补链行动",
        "建设黄河国家湿地公园",
        "推进昆都仑区城市更新示范区建设",
        "培育乳业、肉羊产业",
    ];
    let mut want = vec![
        lead("包头市发展和改革委员会", t[0]),
        support("包头市自然资源局", t[0]),
        support("包头市交通运输局", t[0]),
        support("九原区人民政府", t[0]),
        // Its only units, pushed right by the line's spacing, are its lead.
        lead("包头市交通运输局", t[1]),
        lead("包头市工业和信息化局", t[2]),
        support("包头稀土高新技术产业开发区管理委员会", t[2]),
        support("包头市科学技术局", t[2]),
        lead("包头市林业和草原局", t[3]),
        support("东河区人民政府", t[3]),
        support("九原区人民政府", t[3]),
        support("包头市生态环境局", t[3]),
        support("包头市水务局", t[3]),
        lead("昆都仑区人民政府", t[4]),
        support("包头市住房和城乡建设局", t[4]),
        lead("包头市农牧局", t[5]),
        support("固阳县人民政府", t[5]),
    ];
    want.sort();
    assert_eq!(got, want, "{doc}");
    // 2025年12 / 月: a date wrapped in its narrow column.
    let t1 = G.node(&format!("task:{doc}:1")).expect("row 1");
    assert_eq!(t1.deadline.as_deref(), Some(first_deadline), "{doc}");
    let t4 = G.node(&format!("task:{doc}:4")).expect("row 4");
    assert_eq!(t4.deadline.as_deref(), Some("2025年10月"), "{doc}");
}

#[test]
fn an_ordos_work_report() {
    let projects = labels(NodeKind::Project);
    for p in [
        "蒙西基地库布其200万千瓦光伏治沙项目",
        "库布其沙漠基地先导工程",
        "鄂尔多斯伊金霍洛国际机场",
        "G65包茂高速公路扩容改造工程",
        "隆基绿能光伏产业园",
        "鄂尔多斯草原旅游区",
    ] {
        assert!(projects.contains(&p.to_string()), "{p} in {projects:?}");
    }
    let issuer: Vec<String> = G
        .neighbours("doc:ordos_2025_report", &[EdgeKind::IssuedBy])
        .into_iter()
        .map(|n| n.node.label.clone())
        .collect();
    assert_eq!(issuer, ["鄂尔多斯市人民政府"]);
}

#[test]
fn a_role_sentence_with_its_deadline_after_it() {
    let got = duties_in("chifeng_2025_industry");
    for d in [
        lead("赤峰市交通运输局", "推进交通项目建设"),
        lead("赤峰市能源局", "加快新能源产业发展"),
        support("阿鲁科尔沁旗人民政府", "加快新能源产业发展"),
        lead("赤峰市农牧局", "发展绿色农畜产品加工业"),
        support("赤峰市商务局", "发展绿色农畜产品加工业"),
    ] {
        assert!(got.contains(&d), "{d:?} in {got:?}");
    }
    assert!(
        got.iter()
            .any(|(u, t, _)| u == "赤峰市自然资源局" && t == "推进交通项目建设"),
        "{got:?}"
    );
    let task = G
        .graph
        .node_weights()
        .find(|n| n.kind == NodeKind::Task && n.label == "推进交通项目建设")
        .expect("task");
    assert_eq!(task.deadline.as_deref(), Some("2025年底前"));
    let projects = projects_in("chifeng_2025_industry");
    for p in [
        "集通铁路电气化改造工程",
        "赤峰至京哈高铁连接线",
        "赤峰玉龙机场改扩建工程",
        "克什克腾旗200万千瓦风光储一体化项目",
        "赤峰—锡林郭勒500千伏输变电工程",
    ] {
        assert!(projects.contains(&p.to_string()), "{p} in {projects:?}");
    }
    // The sector a project's name says is its industry.
    let sectors: Vec<String> = G
        .neighbours("project:敖汉旗小米产业园", &[EdgeKind::InIndustry])
        .into_iter()
        .map(|n| n.node.label.clone())
        .collect();
    assert_eq!(sectors, ["小米"]);
}

#[test]
fn labels_on_lines_of_their_own() {
    let got = duties_in("tongliao_2025_division");
    for d in [
        lead("通辽市交通运输局", "加快通辽至京沈高铁连接线建设"),
        support("通辽市自然资源局", "加快通辽至京沈高铁连接线建设"),
        lead("通辽市发展和改革委员会", "推进霍林郭勒至白音华铁路扩能改造"),
        support("扎鲁特旗人民政府", "推进霍林郭勒至白音华铁路扩能改造"),
    ] {
        assert!(got.contains(&d), "{d:?} in {got:?}");
    }
    let industries = labels(NodeKind::Industry);
    for i in ["铝", "玉米"] {
        assert!(industries.contains(&i.to_string()), "{i}");
    }
}

#[test]
fn a_yulin_plan_with_zones_and_expressway_sections() {
    let projects = projects_in("yulin_2025_base");
    for p in [
        "榆神工业区清水工业园",
        "锦界工业园区",
        "延榆高铁",
        "榆林至鄂尔多斯铁路",
        "包茂高速榆林段",
        "榆林榆阳机场三期改扩建工程",
    ] {
        assert!(projects.contains(&p.to_string()), "{p} in {projects:?}");
    }
    let got = duties_in("yulin_2025_base");
    assert!(got.contains(&lead("榆林市交通运输局", "完善交通基础设施")));
    assert!(
        got.iter()
            .any(|(u, t, _)| u == "神木市人民政府" && t == "推进煤炭清洁高效利用")
    );
}

#[test]
fn towns_sharing_one_government_word() {
    let got = duties_in("ar_horqin_2025_business");
    for unit in [
        "天山镇人民政府",
        "绍根镇人民政府",
        "共青团阿鲁科尔沁旗委员会",
        "国家税务总局阿鲁科尔沁旗税务局",
        "中国人民银行阿鲁科尔沁旗支行",
    ] {
        assert!(got.iter().any(|(u, _, _)| u == unit), "{unit} in {got:?}");
    }
    assert!(
        !got.iter().any(|(u, _, _)| u.contains("镇巴彦花")),
        "{got:?}"
    );
}

#[test]
fn a_pdf_table_without_row_numbers() {
    a_pdf_table_without_row_numbers_as("ordos_2025_pdftotext_noindex_raw");
    a_pdf_table_without_row_numbers_as("ordos_2025_pdftotext_noindex_layout");
}

fn a_pdf_table_without_row_numbers_as(doc: &str) {
    let got = duties_in(doc);
    assert_eq!(got.len(), 8, "{doc}: {got:?}");
    assert!(got.contains(&lead(
        "鄂尔多斯市能源局",
        "推动乌审旗、鄂托克前旗光伏治沙项目并网"
    )));
    assert!(got.contains(&support(
        "鄂托克前旗人民政府",
        "推动乌审旗、鄂托克前旗光伏治沙项目并网"
    )));
    assert!(got.iter().any(|(u, t, _)| u == "鄂尔多斯市工业和信息化局"
        && t == "推进鄂尔多斯国家级现代煤化工产业示范区建设"));
    let deadlines: Vec<Option<String>> = G
        .graph
        .node_weights()
        .filter(|n| {
            n.kind == NodeKind::Task && n.mentions.iter().any(|m| *m.doc == *format!("doc:{doc}"))
        })
        .map(|n| n.deadline.clone())
        .collect();
    assert_eq!(deadlines.len(), 3);
    for d in ["2025年12月", "2025年10月", "持续推进"] {
        assert!(
            deadlines.contains(&Some(d.to_string())),
            "{d} in {deadlines:?}"
        );
    }
}

#[test]
fn merged_cells_of_a_table_are_shared_by_the_rows_under_them() {
    let doc = "wuhai_2025_merged_table";
    let got = duties_in(doc);
    let lead_of = |task: &str| -> Vec<String> {
        got.iter()
            .filter(|(_, t, r)| t == task && *r == Some(Role::Lead))
            .map(|(u, _, _)| u.clone())
            .collect()
    };
    // Rows 2 and 3 leave 牵头单位 (and 完成时限) empty under row 1's merged cells; row 3 leaves every cell
    // but its measure empty, its trailing tabs kept.
    for task in [
        "推进“高效办成一件事”",
        "推进政务服务事项全程网办",
        "优化12345政务服务便民热线运行机制",
    ] {
        assert_eq!(lead_of(task), ["乌海市政务服务局"], "{task}");
    }
    assert!(got.contains(&support("乌海市大数据中心", "推进政务服务事项全程网办")));
    // 配合单位 is not merged: row 3 has no supporting unit, row 2's is its own.
    assert!(
        !got.iter()
            .any(|(_, t, r)| t == "优化12345政务服务便民热线运行机制" && *r == Some(Role::Support))
    );
    // A heading row (二、优化市场环境) ends the merge: row 4 leads with its own unit, and row 5 with row 4's.
    assert_eq!(lead_of("推广远程异地评标"), ["乌海市发展和改革委员会"]);
    assert_eq!(lead_of("统筹能耗指标"), ["乌海市能源局"]);
    let deadline = |n: usize| {
        G.node(&format!("task:{doc}:{n}"))
            .and_then(|t| t.deadline.clone())
            .unwrap_or_default()
    };
    assert_eq!(deadline(3), "2025年6月底前");
    assert_eq!(deadline(5), "2025年12月底前");
    // Row 8 has a lead of its own, but its deadline cell is merged with row 7's under one 重点任务.
    assert_eq!(deadline(8), "2025年12月底前");
    // The shared unit's evidence is where the row above names it, and the quote is the row as it reads.
    let text = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("tests/fixtures/unseen/{doc}.txt")),
    )
    .expect("fixture");
    let (_, _, e) = G
        .edges_of("department:乌海市政务服务局")
        .into_iter()
        .find(|(_, t, _)| *t == format!("task:{doc}:3"))
        .expect("edge");
    let ev = e.evidence.iter().next().expect("evidence");
    assert_eq!(&text[ev.start..ev.end], "市政务服务局");
    assert!(text[..ev.start].ends_with("集成服务范围\t"));
    assert!(
        ev.quote.starts_with("3\t优化12345") && ev.quote.contains("\t市政务服务局\t2025年6月底前"),
        "{}",
        &*ev.quote
    );
}

#[test]
fn a_list_of_projects_names_one_in_each_row() {
    // Every 项目名称 cell is a project, named or not (城区集中供热管网改造工程), and no cell before it (序号) is
    // part of its name.
    let xlgl = projects_in("xlgl_2025_projects");
    assert_eq!(xlgl.len(), 7, "{xlgl:?}");
    assert!(xlgl.contains(&"城区集中供热管网改造工程".to_string()));
    assert!(labels(NodeKind::Project).iter().all(|p| !p.contains('\t')));
    let sites = |project: &str| -> Vec<String> {
        let mut v: Vec<String> = G
            .neighbours(&format!("project:{project}"), &[EdgeKind::LocatedIn])
            .into_iter()
            .map(|n| n.node.label.clone())
            .collect();
        v.sort();
        v
    };
    // It lies where 建设地点 says: both places of a project built in two, the city of one whose name says none.
    assert_eq!(
        sites("锡林郭勒盟特高压外送配套风电项目"),
        ["锡林浩特市", "阿巴嘎旗"]
    );
    assert_eq!(sites("城区集中供热管网改造工程"), ["锡林浩特市"]);
    // (The Ordos work points name the same base, written without 项目, in its city: one project, three places.)
    assert_eq!(
        sites("库布其沙漠鄂尔多斯中北部新能源基地"),
        ["杭锦旗", "达拉特旗", "鄂尔多斯市"]
    );
    // A route still connects its ends.
    let ends: Vec<String> = G
        .neighbours(
            "project:集宁至二连浩特铁路扩能改造工程",
            &[EdgeKind::Connects],
        )
        .into_iter()
        .map(|n| n.node.label.clone())
        .collect();
    assert!(ends.contains(&"二连浩特市".to_string()), "{ends:?}");
    // 建设年限 is the row's deadline; the period ends in its last year.
    let t = G.node("task:xlgl_2025_projects:1").expect("row 1");
    assert_eq!(t.deadline.as_deref(), Some("2024-2026"));
    assert_eq!(t.deadline_date.as_deref(), Some("2026"));
    assert_eq!(
        roles_in("锡林郭勒盟能源局", "xlgl_2025_projects"),
        [(
            "锡林郭勒盟特高压外送配套风电项目".to_string(),
            Some(Role::Responsible)
        )]
    );
    // A list without 责任单位 is still a table; its 项目业主 are responsible, enterprises under their own names.
    let ordos = duties_in("ordos_2025_energy_projects");
    assert_eq!(ordos.len(), 3, "{ordos:?}");
    assert!(ordos.contains(&(
        "远景科技集团".to_string(),
        "伊金霍洛旗零碳产业园储能电站项目".to_string(),
        Some(Role::Responsible)
    )));
    let company = G.node("department:远景科技集团").expect("owner");
    assert_eq!(company.jurisdiction, None);
}

#[test]
fn a_zone_s_own_document() {
    let doc = "baotou_zone_2025_rare_earth";
    let got = duties_in(doc);
    // 区 is the zone that issues it, 市 the city it lies in.
    assert!(got.contains(&lead(
        "包头稀土高新技术产业开发区经济发展局",
        "扩大稀土永磁材料产能"
    )));
    assert!(got.contains(&support("包头市财政局", "扩大稀土永磁材料产能")));
    // 牵头单位：A，B、C按职责分工负责: A leads, the towns support; an unknown town is its government.
    assert!(got.contains(&lead(
        "包头稀土高新技术产业开发区营商环境建设局",
        "推行“企业服务专员”制度"
    )));
    assert!(got.contains(&support("万水泉镇人民政府", "推行“企业服务专员”制度")));
    assert!(got.contains(&support("稀土路街道办事处", "推行“企业服务专员”制度")));
    assert!(
        !got.iter()
            .any(|(u, _, _)| u == "经济发展局" || u.contains("镇万水泉")),
        "{got:?}"
    );
    let unit = G
        .node("department:包头稀土高新技术产业开发区招商局")
        .expect("unit");
    assert_eq!(
        unit.jurisdiction.as_deref(),
        Some("包头稀土高新技术产业开发区")
    );
    // Projects named by their enterprise in a list before 等…项目.
    let p = projects_in(doc);
    for name in ["金力永磁二期项目", "英思特稀土永磁器件项目"] {
        assert!(p.contains(&name.to_string()), "{name}: {p:?}");
    }
}

#[test]
fn roles_stated_in_running_text() {
    let doc = "ordos_2025_eco_prose";
    let got = duties_in(doc);
    assert_eq!(
        got,
        [
            support("鄂尔多斯市住房和城乡建设局", "深入打好碧水保卫战"),
            support("鄂尔多斯市发展和改革委员会", "深入打好蓝天保卫战"),
            support("鄂尔多斯市工业和信息化局", "深入打好蓝天保卫战"),
            (
                "鄂尔多斯市林业和草原局".to_string(),
                "推进库布其沙漠治理".to_string(),
                Some(Role::Responsible)
            ),
            lead("鄂尔多斯市水利局", "深入打好碧水保卫战"),
            support("鄂尔多斯市生态环境局", "深入打好碧水保卫战"),
            lead("鄂尔多斯市生态环境局", "深入打好蓝天保卫战"),
        ]
    );
    // The unit that leads a standing mechanism (建立由市生态环境局牵头…的联席会议制度) is only named there.
    assert!(!got.iter().any(|(_, t, _)| t == "健全工作机制"));
}

#[test]
fn a_place_of_a_shared_ending_is_no_alias_of_the_project() {
    // 建设定边、靖边、榆阳风光储一体化基地 style lists: 靖边 is where the project is, not another name for it.
    let p = G.node("project:靖边百万千瓦级风光基地").expect("project");
    assert!(p.aliases.iter().all(|a| a != "靖边"), "{:?}", p.aliases);
}

#[test]
fn a_banner_s_division_plan_from_its_web_page() {
    const DOC: &str = "alxa_right_2025_division";
    // The information table has no colons: its lines are read, and none runs into the title.
    let meta = G
        .documents
        .iter()
        .find(|d| d.id == format!("doc:{DOC}"))
        .expect("loaded");
    assert_eq!(
        meta.title,
        "阿拉善右旗人民政府办公室关于印发《阿拉善右旗2025年重点工作分工方案》的通知"
    );
    assert_eq!(meta.date.as_deref(), Some("2025-03-12"));
    assert_eq!(meta.doc_number.as_deref(), Some("阿右政办发〔2025〕7号"));
    assert_eq!(meta.issuer.as_deref(), Some("阿拉善右旗人民政府办公室"));
    assert_eq!(meta.task_count, 7);
    // The unit giving an indicator's figures answers for it; 旗市监局 is the market regulator.
    assert_eq!(
        roles_in("阿拉善右旗统计局", DOC),
        [("地区生产总值增长6.5%".to_string(), Some(Role::Responsible))]
    );
    assert_eq!(roles_in("阿拉善右旗市场监督管理局", DOC).len(), 1);
    // A body with its other name in brackets is one unit; a government's term is no part of its name.
    let commerce = G.node("department:阿拉善右旗商务局").expect("one unit");
    assert!(
        commerce.aliases.contains("旗口岸办"),
        "{:?}",
        commerce.aliases
    );
    assert!(
        labels(NodeKind::Department)
            .iter()
            .all(|l| !l.contains("届") && !l.contains('〔')),
        "{:?}",
        labels(NodeKind::Department)
    );
    // Projects named after towns written without 镇 lie in those towns.
    let place_of = |project: &str| -> Vec<String> {
        G.neighbours(&format!("project:{project}"), &[EdgeKind::LocatedIn])
            .into_iter()
            .map(|n| n.node.label.clone())
            .collect()
    };
    assert_eq!(place_of("雅布赖盐湖资源综合利用项目"), ["雅布赖镇"]);
    assert_eq!(place_of("阿拉腾敖包生态旅游小镇"), ["阿拉腾敖包镇"]);
    assert_eq!(place_of("G570阿右旗段"), ["阿拉善右旗"]);
    assert_eq!(
        projects_in(DOC),
        [
            "G570阿右旗段",
            "巴丹吉林沙漠国家级旅游度假区",
            "阿拉善右旗至金昌铁路",
            "阿拉腾敖包生态旅游小镇",
            "雅布赖盐湖资源综合利用项目"
        ]
    );
    // 《方案》, the short title the notice gives its own plan, cites nothing.
    assert!(
        G.graph
            .node_weights()
            .filter(|n| n.kind == NodeKind::Document)
            .all(|n| n.label != "方案" && !n.aliases.contains("方案")),
    );
}

#[test]
fn a_task_list_saved_as_csv() {
    // Excel on a Chinese system saves CSV in GB18030; the first row is the header, so the file's name is the title.
    let g = one_document("csv");
    let meta = &g.documents[0];
    assert_eq!(meta.title, "赤峰市2025年重点任务清单");
    assert_eq!(meta.home.as_deref(), Some("赤峰市"));
    assert_eq!(meta.task_count, 3);
    let roles = |dept: &str| roles_of(&g, dept);
    assert_eq!(
        roles("赤峰市发展和改革委员会"),
        [("推进赤峰至京哈高铁连接线建设".to_string(), Some(Role::Lead))]
    );
    // A quoted cell keeps its comma; a slash separates units.
    assert_eq!(
        roles("赤峰市科学技术局"),
        [("发展有色金属精深加工产业".to_string(), Some(Role::Support))]
    );
    let t = g
        .graph
        .node_weights()
        .find(|n| n.kind == NodeKind::Task && n.label == "建设元宝山电厂灵活性改造项目")
        .expect("row 2");
    assert_eq!(t.deadline_date.as_deref(), Some("2025-10"));
}

#[test]
fn a_news_story_hands_out_assignments_sentence_by_sentence() {
    const DOC: &str = "ordos_2024_news_assignments";
    let tasks: Vec<(String, Option<String>, Option<String>)> = {
        let mut t: Vec<_> = G
            .graph
            .node_weights()
            .filter(|n| n.kind == NodeKind::Task && n.id.starts_with(&format!("task:{DOC}:")))
            .map(|n| (n.label.clone(), n.deadline.clone(), n.deadline_date.clone()))
            .collect();
        t.sort();
        t
    };
    let t = |label: &str, d: &str, date: &str| {
        (
            label.to_string(),
            Some(d.to_string()),
            Some(date.to_string()),
        )
    };
    // One task per assignment, its deadline the date after its unit (in the year the page was posted).
    assert_eq!(
        tasks,
        [
            ("保障资金".to_string(), None, None),
            t("加快推进国省干线公路建设", "11月底", "2024-11"),
            t("启动城市更新示范片区项目", "6月中旬", "2024-06"),
            t("完成老旧小区改造180个", "9月底", "2024-09"),
            t("建成投用东胜至康巴什快速通道", "12月底", "2024-12"),
            t("新建幼儿园6所、中小学4所", "8月底前", "2024-08"),
        ]
    );
    let r = |label: &str| (label.to_string(), Some(Role::Responsible));
    assert_eq!(
        roles_in("鄂尔多斯市住房和城乡建设局", DOC),
        [r("完成老旧小区改造180个")]
    );
    assert_eq!(
        roles_in("康巴什区人民政府", DOC),
        [r("启动城市更新示范片区项目")]
    );
    assert_eq!(
        roles_in("鄂尔多斯市城投公司", DOC),
        [r("建成投用东胜至康巴什快速通道")]
    );
    assert_eq!(roles_in("鄂尔多斯市财政局", DOC), [r("保障资金")]);
}

#[test]
fn a_district_s_division_with_lead_lines_branches_and_buildings() {
    const DOC: &str = "qingshan_2025_division";
    let meta = G
        .documents
        .iter()
        .find(|d| d.id == format!("doc:{DOC}"))
        .expect("the division");
    assert_eq!(meta.doc_number.as_deref(), Some("青府发〔2025〕6号"));
    assert_eq!(meta.date.as_deref(), Some("2025-03-14"));
    let duties = duties_in(DOC);
    let has = |d: Duty| assert!(duties.contains(&d), "{d:?} in {duties:#?}");
    // Under the lead's line, those responsible support it; the zone named by the district's stem is not the
    // district's again.
    has(lead("青山区发展和改革局", "地区生产总值增长7%左右"));
    has(support("青山区统计局", "地区生产总值增长7%左右"));
    has(support("青山装备制造产业园区", "地区生产总值增长7%左右"));
    has(support(
        "青山区招商服务中心",
        "推进青山装备制造产业园区扩区提质",
    ));
    // A 责任单位 line closed by a bracket is the task's note; bare kinds of places are groups.
    has((
        "包头市生态环境局青山区分局".to_string(),
        "加强生态环境保护督察问题整改".to_string(),
        Some(Role::Responsible),
    ));
    assert!(
        !duties
            .iter()
            .any(|(u, _, _)| u == "社区" || u.starts_with("青山区青山")),
        "{duties:#?}"
    );
    // Running text: the office by its short name, a service centre and a bureau's branch, before 等牵头部门.
    for unit in [
        "青山区人民政府办公室",
        "青山区发展和改革局",
        "青山区招商服务中心",
        "包头市生态环境局青山区分局",
    ] {
        has(lead(unit, "健全调度机制"));
    }
    assert_eq!(
        projects_in(DOC),
        [
            "包头青山儿童公园",
            "天安纸业环保包装项目",
            "青山区文化馆新馆",
            "青山装备制造产业园区"
        ]
    );
}
