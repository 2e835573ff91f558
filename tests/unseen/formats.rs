//! Documents in other forms than plain text: web pages, Traditional Chinese and GB18030 text, Word (.docx, .doc,
//! .wps), PDF and CSV.

use super::*;

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
fn a_word_document_numbered_by_word() {
    // The headings and items are numbered by Word (numbering.xml, a heading style), not typed.
    let g = one_document("docx_numbered");
    let text = g.texts.values().next().expect("text");
    for line in [
        "一、重点任务",
        "（一）推进交通互联互通",
        "1.加快包银高铁鄂尔多斯段建设",
        "（二）共建现代产业体系",
        "2.发展现代煤化工产业",
        "二、保障措施",
    ] {
        assert!(text.contains(line), "{line} in {text}");
    }
    // A bullet is drawn as no number.
    assert!(text.contains("\n各旗区、各部门要加强组织领导"), "{text}");
    let tasks: Vec<(String, Option<String>)> = g
        .graph
        .node_weights()
        .filter(|n| n.kind == NodeKind::Task)
        .map(|n| (n.label.clone(), n.section.clone()))
        .collect();
    assert!(tasks.contains(&(
        "加快包银高铁鄂尔多斯段建设".to_string(),
        Some("重点任务 › 推进交通互联互通".to_string())
    )));
    // The label line after items 1 and 2 of （二） is both items'.
    for task in ["建设鄂尔多斯零碳产业园", "发展现代煤化工产业"] {
        assert!(
            roles_of(&g, "鄂尔多斯市能源局")
                .iter()
                .any(|(t, r)| t == task && *r == Some(Role::Responsible)),
            "{task}"
        );
    }
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
