//! Works named by what the lexicon lacks or by the places that build them, and the roles of governments named
//! by their place alone.

use super::*;

#[test]
fn hinggan_reservoirs_hubs_and_works_built_by_places() {
    let doc = "xam_2025_priorities";
    let projects = projects_in(doc);
    for p in [
        "绰勒水利枢纽下游灌区工程",
        "察尔森水库除险加固工程",
        "扎赉特旗水稻产业园",
        "科右前旗水稻产业园",
        "阿尔山机场改扩建工程",
        "乌兰浩特至阿尔山高速公路",
    ] {
        assert!(projects.contains(&p.to_string()), "{p} not in {projects:?}");
    }
    // The sector of works named only by the places that build them is one the plan develops.
    let industries = labels_of(NodeKind::Industry, doc);
    assert!(industries.contains(&"水稻".to_string()), "{industries:?}");
    // The tax bureau of the league leads beside its finance bureau; the grid company supports.
    let duties = duties_in(doc);
    for d in [
        lead("兴安盟税务局", "落实好减税降费政策"),
        lead("兴安盟财政局", "落实好减税降费政策"),
        support(
            "国网兴安供电公司",
            "推进科右中旗100万千瓦风电项目、突泉县50万千瓦光伏项目并网发电",
        ),
    ] {
        assert!(duties.contains(&d), "{d:?} not in {duties:?}");
    }
}

#[test]
fn regional_port_measures_name_governments_by_their_place() {
    let doc = "nmg_2025_ports";
    let projects = projects_in(doc);
    for p in [
        "满洲里边民互市贸易区",
        "二连浩特边民互市贸易区",
        "甘其毛都口岸跨境铁路",
        "策克口岸跨境铁路",
        "额济纳旗策克口岸进口煤炭储运中心",
        "满洲里综合保税区",
    ] {
        assert!(projects.contains(&p.to_string()), "{p} not in {projects:?}");
    }
    // 呼伦贝尔市、锡林郭勒盟、巴彦淖尔市、阿拉善盟行政公署: each league's or city's government.
    let task = "加快满洲里、二连浩特、甘其毛都、策克等重点口岸基础设施改造升级";
    let duties = duties_in(doc);
    for unit in [
        "呼伦贝尔市人民政府",
        "锡林郭勒盟行政公署",
        "巴彦淖尔市人民政府",
        "阿拉善盟行政公署",
        "内蒙古自治区商务厅",
        "内蒙古自治区交通运输厅",
    ] {
        let d = (unit.to_string(), task.to_string(), Some(Role::Responsible));
        assert!(duties.contains(&d), "{d:?} not in {duties:?}");
    }
    let places = labels_of(NodeKind::City, doc);
    for p in ["蒙古国", "俄罗斯", "额济纳旗", "乌拉特中旗"] {
        assert!(places.contains(&p.to_string()), "{p} not in {places:?}");
    }
}

#[test]
fn hohhot_livelihood_works_schools_roads_and_communities() {
    let doc = "hohhot_2025_livelihood";
    let projects = projects_in(doc);
    for p in [
        "呼和浩特市第四十五中学",
        "赛罕区第二实验小学",
        "呼和浩特市第一医院新院区",
        "昭君路快速路改造工程",
        "清水河县小香米产业园",
    ] {
        assert!(projects.contains(&p.to_string()), "{p} not in {projects:?}");
    }
    // 小召前街社区 lies in the district written before it; 光明路街道 is the gazetteer's.
    let community = G
        .node("city:小召前街社区")
        .expect("the community is a place");
    assert_eq!(community.jurisdiction.as_deref(), Some("玉泉区"));
    assert!(labels_of(NodeKind::City, doc).contains(&"光明路街道".to_string()));
    let duties = duties_in(doc);
    let d = responsible(
        "呼和浩特市城市管理委员会",
        "打通大学东街、锡林南路等断头路5条",
    );
    assert!(duties.contains(&d), "{d:?} not in {duties:?}");
}

fn responsible(unit: &str, task: &str) -> Duty {
    (unit.to_string(), task.to_string(), Some(Role::Responsible))
}

#[test]
fn an_enumeration_s_items_are_tasks_titled_by_their_work() {
    let doc = "wlcb_2025_enumerated";
    let titles: Vec<String> = (1..=5)
        .filter_map(|i| G.node(&format!("task:{doc}:{i}")))
        .map(|t| t.label.clone())
        .collect();
    assert_eq!(
        titles,
        [
            "加快风电光伏基地建设",
            "培育氢能产业",
            "发展储能产业",
            "推进国家算力枢纽节点乌兰察布数据中心集群建设",
            "支持华为、阿里巴巴、快手等企业扩大数据中心规模"
        ]
    );
    let duties = duties_in(doc);
    for d in [
        lead("乌兰察布市能源局", "加快风电光伏基地建设"),
        support("相关旗县市区人民政府(乌兰察布市)", "加快风电光伏基地建设"),
        lead("乌兰察布市工业和信息化局", "培育氢能产业"),
    ] {
        assert!(duties.contains(&d), "{d:?} not in {duties:?}");
    }
    // 三是发展储能产业: its station is its own task's, not the item's before it.
    let storage = G
        .neighbours(&format!("task:{doc}:3"), &[EdgeKind::Mentions])
        .into_iter()
        .any(|n| n.node.label == "集宁区新型储能电站");
    assert!(storage);
}

#[test]
fn a_title_with_no_known_last_word_stays_off_its_preamble() {
    let meta = G
        .documents
        .iter()
        .find(|d| d.id == "doc:xlgl_2026_energy")
        .expect("loaded");
    assert_eq!(meta.title, "锡林郭勒盟2026年新能源产业发展重点工作任务");
    // What the work builds on is no title; the work is.
    let duties = duties_in("xlgl_2026_energy");
    assert!(
        duties.contains(&(
            "锡林郭勒盟工业和信息化局".to_string(),
            "引进风机叶片、塔筒、储能电池等装备制造企业".to_string(),
            Some(Role::Responsible)
        )),
        "{duties:?}"
    );
    let projects = projects_in("xlgl_2026_energy");
    for p in [
        "正蓝旗上都电厂灵活性改造项目",
        "镶黄旗风光制氢一体化示范项目",
        "乌拉盖管理区100万千瓦风电项目",
    ] {
        assert!(projects.contains(&p.to_string()), "{p} not in {projects:?}");
    }
}

#[test]
fn units_sharing_a_role_and_works_done_in_part_by_a_date() {
    let doc = "jiuyuan_2026_projects";
    let duties = duties_in(doc);
    for d in [
        lead("九原区教育局", "社会事业项目"),
        lead("九原区卫生健康委员会", "社会事业项目"),
        support("九原区财政局", "社会事业项目"),
    ] {
        assert!(duties.contains(&d), "{d:?} not in {duties:?}");
    }
    assert!(
        !labels(NodeKind::Department)
            .iter()
            .any(|d| d.contains("分别")),
        "a unit named with 分别"
    );
    // 10月底前主体完工: the deadline of the works on the buildings.
    let task = G
        .graph
        .node_weights()
        .find(|n| n.id.starts_with("task:jiuyuan_2026_projects:") && n.label == "社会事业项目")
        .expect("task");
    assert_eq!(task.deadline.as_deref(), Some("10月底前"));
}

#[test]
fn a_plan_s_boxes_of_works_and_the_region_s_firms() {
    let doc = "tkt_15th_plan";
    let projects = projects_in(doc);
    for p in [
        "呼准鄂铁路托克托段",
        "呼和浩特至托克托城际快速路",
        "阜丰生物科技氨基酸扩产项目",
        "梅花生物科技玉米深加工项目",
        "S103线托克托至清水河段改扩建工程",
        "伍什家镇高标准农田建设项目",
    ] {
        assert!(projects.contains(&p.to_string()), "{p} not in {projects:?}");
    }
    // Each line of a box (专栏) is a task in the box's section, however short.
    let boxed: Vec<(String, Option<String>)> = G
        .graph
        .node_weights()
        .filter(|n| n.id.starts_with("task:tkt_15th_plan:") && n.label.starts_with("铁路"))
        .map(|n| (n.label.clone(), n.section.clone()))
        .collect();
    assert_eq!(boxed.len(), 1, "{boxed:?}");
    assert!(
        boxed[0]
            .1
            .as_deref()
            .is_some_and(|s| s.ends_with("交通基础设施重点工程")),
        "{boxed:?}"
    );
    // A firm's name is no sector of the plan.
    assert!(!labels_of(NodeKind::Industry, doc).contains(&"生物科技".to_string()));
}
