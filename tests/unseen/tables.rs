//! Task tables and lists of projects: rows from Word, web pages, pdftotext (with and without its layout) and
//! tables laid out with spaces, merged cells and cells of several paragraphs.

use super::*;

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
        roles_in("昆都仑区住房和城乡建设局", "kdl_2024_web_table"),
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
    // 乌海高新区管委会 is the administration of 乌海高新技术产业开发区, whose words are no industry.
    assert!(got.contains(&support("乌海高新技术产业开发区管理委员会", "保障用地用能")));
    let industries = labels_of(NodeKind::Industry, doc);
    assert!(
        !industries.contains(&"高新技术".to_string()),
        "{industries:?}"
    );
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
