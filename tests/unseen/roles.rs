//! Who is responsible as sentences and signatures state it: role clauses (…牵头，…配合), role sentences with
//! their deadline after them, assignments in a news story, the home government a signature or a county-level
//! city gives, organisations and vertical bodies.

use super::*;

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
fn role_clauses_give_lead_support_and_responsible() {
    let lead = roles("内蒙古自治区林业和草原局");
    assert!(
        lead.iter()
            .any(|(t, r)| t.starts_with("加强库布其沙漠") && *r == Some(Role::Lead)),
        "{lead:?}"
    );
    let league = roles_in("阿拉善盟行政公署", "nmg_2023");
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
fn signature_sets_home_and_running_text_names_units() {
    let meta = G
        .documents
        .iter()
        .find(|d| d.id == "doc:ordos_parks_signed")
        .expect("signed opinion");
    assert_eq!(meta.home.as_deref(), Some("鄂尔多斯市"));
    assert_eq!(meta.issuer.as_deref(), Some("鄂尔多斯市人民政府"));
    // 市工业和信息化局要会同市发展改革委、市自然资源局…: the task mentions all three; only the note's unit is
    // responsible for it, and leads it, as the text says (会同).
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
        [("推进园区整合".to_string(), Some(Role::Lead))]
    );
    assert!(roles("鄂尔多斯市自然资源局").is_empty());
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
fn places_given_roles_by_their_names() {
    // 旗文旅体育局牵头，美岱召镇、旗财政局配合: the town's government supports, as in a note.
    let got = duties_in("tumr_2025_cluster");
    for duty in [
        lead("土默特右旗文旅体育局", "建设美岱召文化旅游区"),
        support("美岱召镇人民政府", "建设美岱召文化旅游区"),
        support("土默特右旗财政局", "建设美岱召文化旅游区"),
        support("萨拉齐镇人民政府", "承接包头市装备制造产业转移"),
        support("海子乡人民政府", "配合推进包头至土右旗快速通道建设"),
    ] {
        assert!(got.contains(&duty), "{duty:?} in {got:?}");
    }
    // 推进沟门镇、将军尧镇现代农牧业示范园区建设: where the work is done; the towns are responsible by the note.
    assert!(got.contains(&(
        "沟门镇人民政府".to_string(),
        "推进沟门镇、将军尧镇现代农牧业示范园区建设".to_string(),
        Some(Role::Responsible)
    )));
    // 由市林业局牵头，靖边县、定边县配合: counties of Yulin by name.
    let got = duties_in("yulin_2025_cluster_points");
    assert!(got.contains(&support("靖边县人民政府", "开展毛乌素沙地综合治理")));
    assert!(got.contains(&lead("榆林市林业局", "开展毛乌素沙地综合治理")));
}

#[test]
fn roles_stated_in_running_text() {
    let doc = "ordos_2025_eco_prose";
    let got = duties_in(doc);
    assert_eq!(
        got,
        [
            // 各旗区人民政府负责辖区内散煤治理: the group given its role.
            (
                "各旗区人民政府(鄂尔多斯市)".to_string(),
                "深入打好蓝天保卫战".to_string(),
                Some(Role::Responsible)
            ),
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
fn roles_written_bare_main_and_cooperating_and_joined_to_a_lead() {
    let doc = "baotou_2025_cooperation";
    let duties = duties_in(doc);
    let task1 = "与鄂尔多斯市乌审旗嘎鲁图镇、图克镇共建绿氢制备基地";
    let task2 = "支持九原区与德国企业合作建设中德隐形冠军产业园";
    let task3 = "推进黄河流域生态保护修复";
    let task4 = "开展跨区域用地指标调剂";
    for d in [
        lead("包头市能源局", task1),
        support("包头市工业和信息化局", task1),
        lead("包头市商务局", task2),
        support("九原区人民政府", task2),
        lead("包头市生态环境局", task3),
        support("包头市水务局", task3),
        lead("包头市自然资源局", task4),
        support("包头市发展和改革委员会", task4),
        support("包头市财政局", task4),
    ] {
        assert!(duties.contains(&d), "{d:?} not in {duties:?}");
    }
    // Groups of levels share their quantifier and government word; no bare level's government is a unit.
    let groups: Vec<&str> = duties.iter().map(|(u, _, _)| u.as_str()).collect();
    assert!(groups.contains(&"有关旗县人民政府(包头市)"), "{groups:?}");
    assert!(groups.contains(&"有关区人民政府(包头市)"), "{groups:?}");
    assert!(
        !groups.iter().any(|u| u.starts_with("区人民政府")),
        "{groups:?}"
    );
    // The attachment and the contact line are no tasks.
    let tasks: Vec<String> = G
        .graph
        .node_weights()
        .filter(|n| n.kind == NodeKind::Task && n.id.starts_with(&format!("task:{doc}:")))
        .map(|n| n.label.clone())
        .collect();
    assert_eq!(tasks.len(), 5, "{tasks:?}");
}

#[test]
fn a_hinggan_division_of_tasks_names_league_bodies() {
    let duties = duties_in("xam_2025_division");
    let task1 = "全年谋划实施5000万元以上重点项目260个以上";
    let task6 = "深化与吉林省白城市、松原市合作";
    for d in [
        lead("兴安盟发展和改革委员会", task1),
        support("兴安盟交通运输局", task1),
        lead("兴安盟商务局", task6),
        support("科尔沁右翼前旗人民政府", task6),
        support("突泉县人民政府", task6),
    ] {
        assert!(duties.contains(&d), "{d:?} not in {duties:?}");
    }
    let units: Vec<&str> = duties.iter().map(|(u, _, _)| u.as_str()).collect();
    assert!(units.contains(&"盟直有关部门(兴安盟)"), "{units:?}");
    assert!(units.contains(&"各旗县市人民政府(兴安盟)"), "{units:?}");
}

#[test]
fn a_tongliao_list_s_main_units_lead_beside_those_who_assist() {
    let doc = "tongliao_2025_business_list";
    // 主责单位 on one line, 协办单位 on the next: the first leads.
    assert_eq!(
        roles_in("通辽市政务服务和数据管理局", doc),
        [("全面推行“一件事一次办”".to_string(), Some(Role::Lead))]
    );
    assert!(
        roles_in("通辽市公安局", doc)
            .iter()
            .all(|(_, r)| *r == Some(Role::Support))
    );
    // 督办单位 checks on the task; it does not do it.
    assert!(roles_in("通辽市人民政府督查室", doc).is_empty());
}
