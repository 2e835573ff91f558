//! Places, projects and industries: full names kept, towns and villages, parks and zones, routes and
//! expressway sections, project boxes and work reports of projects in progress.

use super::*;

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
fn zones_named_before_their_industry() {
    // 榆神工业区、榆横工业区煤化工产业高端化发展: the sector after the second zone is its industry.
    let projects = projects_in("yulin_2025_cluster_points");
    for p in [
        "榆神工业区",
        "榆横工业区",
        "府谷县清水工业园区",
        "府谷至准格尔黄河大桥",
    ] {
        assert!(projects.contains(&p.to_string()), "{p} in {projects:?}");
    }
    assert!(
        labels_of(NodeKind::Industry, "yulin_2025_cluster_points").contains(&"煤化工".to_string())
    );
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
fn a_place_of_a_shared_ending_is_no_alias_of_the_project() {
    // 建设定边、靖边、榆阳风光储一体化基地 style lists: 靖边 is where the project is, not another name for it.
    let p = G.node("project:靖边百万千瓦级风光基地").expect("project");
    assert!(p.aliases.iter().all(|a| a != "靖边"), "{:?}", p.aliases);
}

#[test]
fn another_city_s_towns_after_their_banner_and_a_village_after_its_town() {
    let places = labels_of(NodeKind::City, "baotou_2025_cooperation");
    for p in ["乌审旗", "嘎鲁图镇", "图克镇", "梅林庙嘎查"] {
        assert!(places.contains(&p.to_string()), "{p} not in {places:?}");
    }
    let village = G.node("city:梅林庙嘎查").expect("village");
    assert_eq!(village.jurisdiction.as_deref(), Some("图克镇"));
    assert_eq!(
        projects_in("baotou_2025_cooperation"),
        ["中德隐形冠军产业园"]
    );
    let industries = labels_of(NodeKind::Industry, "baotou_2025_cooperation");
    assert!(industries.contains(&"燕麦".to_string()), "{industries:?}");
}

#[test]
fn hinggan_towns_shared_with_other_counties_lie_in_their_own() {
    let places = labels_of(NodeKind::City, "xam_2025_division");
    for p in [
        "巴彦高勒镇",
        "扎赉特旗",
        "好力保镇",
        "音德尔镇",
        "白狼镇",
        "科尔沁右翼前旗",
    ] {
        assert!(places.contains(&p.to_string()), "{p} not in {places:?}");
    }
    // 巴彦高勒镇 is the gazetteer's town of 磴口县 first; here it is 扎赉特旗's.
    assert!(!places.contains(&"磴口县".to_string()), "{places:?}");
    let town = G.node("city:巴彦高勒镇").expect("town");
    assert_eq!(town.jurisdiction.as_deref(), Some("扎赉特旗"));
    let parents: Vec<String> = G
        .neighbours("city:巴彦高勒镇", &[EdgeKind::LocatedIn])
        .iter()
        .filter(|n| n.side == policy_atlas::model::Side::Out)
        .map(|n| n.node.label.clone())
        .collect();
    assert_eq!(parents, ["扎赉特旗"]);
    let projects = projects_in("xam_2025_division");
    for p in [
        "乌兰浩特至阿尔山高速公路",
        "白阿铁路扩能改造工程",
        "扎赉特旗巴彦高勒镇光伏治沙项目",
        "乌兰浩特至白城城际铁路",
    ] {
        assert!(projects.contains(&p.to_string()), "{p} not in {projects:?}");
    }
}

#[test]
fn the_cluster_named_by_its_characters_mentions_its_cities() {
    // 通辽市…推进呼包鄂乌通协同发展: the four cities (通 is the home's own, 通辽 not being the cluster's).
    let places = labels_of(NodeKind::City, "tongliao_2025_division");
    for p in ["呼和浩特市", "包头市", "鄂尔多斯市", "乌兰察布市"] {
        assert!(places.contains(&p.to_string()), "{p} not in {places:?}");
    }
    // A city's one character is no other name of it.
    let hohhot = G.node("city:呼和浩特市").expect("Hohhot");
    assert!(
        hohhot.aliases.iter().all(|a| a.chars().count() >= 2),
        "{:?}",
        hohhot.aliases
    );
}

#[test]
fn hulunbuir_banners_by_short_names_ports_and_lakes() {
    let doc = "hlbe_2025_division";
    let places = labels_of(NodeKind::City, doc);
    for p in [
        "莫力达瓦达斡尔族自治旗",
        "陈巴尔虎旗",
        "新巴尔虎左旗",
        "新巴尔虎右旗",
        "满洲里市",
    ] {
        assert!(places.contains(&p.to_string()), "{p} not in {places:?}");
    }
    let projects = projects_in(doc);
    for p in [
        "满洲里口岸",
        "黑山头口岸",
        "室韦口岸",
        "满洲里综合保税区",
        "海拉尔机场改扩建工程",
        "大兴安岭森林草原防火能力提升工程",
        "呼伦湖流域综合治理",
        "贝尔湖流域综合治理",
    ] {
        assert!(projects.contains(&p.to_string()), "{p} not in {projects:?}");
    }
    // The verb before a port is no part of its name.
    assert!(
        !projects.iter().any(|p| p.starts_with("畅通")),
        "{projects:?}"
    );
}

#[test]
fn an_ordos_list_of_industrial_tasks_with_label_lines() {
    let doc = "ordos_2025_industry_lines";
    let projects = projects_in(doc);
    for p in [
        "达拉特旗光伏制氢项目",
        "准格尔旗纳日松光伏制氢项目",
        "宝丰煤制烯烃项目",
        "远景动力电池项目",
    ] {
        assert!(projects.contains(&p.to_string()), "{p} not in {projects:?}");
    }
    let duties = duties_in(doc);
    let task = "推进宝丰煤制烯烃、中煤鄂能化煤制烯烃等项目建设";
    for d in [
        lead("鄂尔多斯市工业和信息化局", task),
        support("鄂尔多斯市发展和改革委员会", task),
        support("准格尔旗人民政府", task),
        support("鄂托克旗人民政府", task),
    ] {
        assert!(duties.contains(&d), "{d:?} not in {duties:?}");
    }
    let first = G.node(&format!("task:{doc}:1")).expect("task 1");
    assert_eq!(first.deadline.as_deref(), Some("2025年12月"));
}

#[test]
fn a_yulin_district_report_names_its_mines_roads_and_crops() {
    let doc = "yulin_hengshan_2025_report";
    let projects = projects_in(doc);
    for p in [
        "杨伙盘煤矿",
        "元大滩煤矿",
        "包茂高速横山连接线",
        "榆横一级公路",
        "陕煤榆横煤制烯烃二期项目",
        "芦河综合治理二期工程",
    ] {
        assert!(projects.contains(&p.to_string()), "{p} not in {projects:?}");
    }
    let industries = labels_of(NodeKind::Industry, doc);
    // 小杂粮 after 山地苹果 (苹果 is also a company's name); 硅铁合金 once.
    for i in ["杂粮", "苹果", "兰炭", "硅铁合金"] {
        assert!(
            industries.contains(&i.to_string()),
            "{i} not in {industries:?}"
        );
    }
    assert!(
        !industries.contains(&"铁合金".to_string()),
        "{industries:?}"
    );
}
