//! Tests of projects.rs.

use super::*;

fn names(t: &str) -> Vec<String> {
    find_projects(t, &[]).into_iter().map(|p| p.name).collect()
}

#[test]
fn rail_with_route() {
    let ps = find_projects(
        "实施包头至银川高铁项目,加快包头至鄂尔多斯至榆林高铁项目前期工作",
        &[],
    );
    assert_eq!(ps[0].name, "包头至银川高铁项目");
    assert_eq!(ps[0].connects, ["包头市", "银川市"]);
    assert_eq!(ps[1].connects, ["包头市", "鄂尔多斯市", "榆林市"]);
}

#[test]
fn a_route_written_with_dashes() {
    let ps = find_projects("建设鄂尔多斯—呼和浩特—张家口—北京煤制油管道", &[]);
    assert_eq!(ps[0].name, "鄂尔多斯—呼和浩特—张家口—北京煤制油管道");
    assert_eq!(
        ps[0].connects,
        ["鄂尔多斯市", "呼和浩特市", "张家口市", "北京市"]
    );
}

#[test]
fn shared_ending_gives_two() {
    let v = names("推进中环协鑫五期25GW单晶硅和神舟硅业万吨级多晶硅项目。");
    assert!(
        v.contains(&"中环协鑫五期25GW单晶硅项目".to_string()),
        "{v:?}"
    );
}

#[test]
fn a_road_section_is_part_of_the_name() {
    let ps = find_projects("推进乌海至玛沁高速公路乌海段建设", &[]);
    assert_eq!(ps[0].name, "乌海至玛沁高速公路乌海段");
    assert_eq!(ps[0].connects, ["乌海市", "玛沁县"]);
}

#[test]
fn a_verb_after_the_head_ends_the_name() {
    let v = names("支持鄂尔多斯高新技术产业园区承接项目落地");
    assert_eq!(v, ["鄂尔多斯高新技术产业园区"]);
}

#[test]
fn generic_phrases_are_dropped() {
    assert!(names("继续实施一批重点生态环境系统治理工程项目").is_empty());
    assert!(names("创建国家4A级旅游景区,新增4A级景区2家").is_empty());
    assert!(names("推进项目建设,2024年底前完成主体工程。").is_empty());
    assert!(names("推进各工业园区污水处理项目建设").is_empty());
    assert_eq!(
        names("推进大路工业园区煤制烯烃项目建设"),
        ["大路工业园区煤制烯烃项目"]
    );
    assert!(names("建设互联共享的养老服务信息平台,全面实现共享").is_empty());
}

#[test]
fn progress_after_a_name_ends_it() {
    assert_eq!(
        names("乌拉特前旗100万千瓦风光制氢一体化示范项目并网发电,京呼高铁开通"),
        ["乌拉特前旗100万千瓦风光制氢一体化示范项目", "京呼高铁"]
    );
    assert_eq!(
        names("G6京藏高速乌拉特前旗段改扩建工程开工建设"),
        ["G6京藏高速乌拉特前旗段改扩建工程"]
    );
    // A phase names the project when the stem has a name besides its sector.
    assert_eq!(
        names("明阳智能风电装备制造基地一期投产"),
        ["明阳智能风电装备制造基地"]
    );
    assert!(names("建设光伏产业园一期,推进风电装备制造基地二期").is_empty());
}

#[test]
fn plants_and_facilities_before_their_supporting_works() {
    assert_eq!(
        names("推进呼和浩特新机场配套道路建设,建设赛罕区餐厨垃圾处理厂"),
        ["呼和浩特新机场", "赛罕区餐厨垃圾处理厂"]
    );
}

#[test]
fn grades_open_quotes_and_verbs_are_not_names() {
    assert!(names("创建国家级创新中心,争创自治区级电子商务示范基地").is_empty());
    assert_eq!(
        names("建设国家稀土新材料技术创新中心"),
        ["国家稀土新材料技术创新中心"]
    );
    // A quote opened before the name and closed after it holds a list.
    assert!(names("三区即“科技创新示范区、数字应用先行区”").is_empty());
    assert!(names("推进城市运营中心建设成“决策指挥中心、运行管理中心”").is_empty());
    assert_eq!(
        names("继续做好包头保税物流中心(B型)建设,借助鄂尔多斯国际文化创意大会平台"),
        ["包头保税物流中心(B型)", "鄂尔多斯国际文化创意大会平台"]
    );
    assert_eq!(names("推动G6高速以北区域开发"), ["G6高速"]);
}

#[test]
fn projects_named_by_their_company() {
    assert_eq!(
        names("推动宝丰能源绿氢耦合煤制烯烃项目建成投产"),
        ["宝丰能源绿氢耦合煤制烯烃项目"]
    );
    assert!(names("建设清洁能源基地,发展新型化工项目,建设充电智能服务平台").is_empty());
    assert_eq!(
        names("推动天欣纸业环保包装项目达产达效"),
        ["天欣纸业环保包装项目"]
    );
    assert!(names("建设新型水泥项目,发展绿色纸业").is_empty());
    // Central companies known by their short names (中化学, 中储粮, 中铝).
    assert_eq!(
        names("推进中化学乙二醇项目、中储粮仓储项目建设"),
        ["中化学乙二醇项目", "中储粮仓储项目"]
    );
    // An irrigation district's programme: 续建配套 and the works joined to it by 与 are inside the name.
    assert_eq!(
        names("推进巴彦淖尔河套灌区续建配套与现代化改造项目"),
        ["巴彦淖尔河套灌区续建配套与现代化改造项目"]
    );
    // A hospital is no 中心.
    assert!(names("建成投用鄂尔多斯市中心医院康巴什部").is_empty());
    // Names longer than the look-back: not a character of the verb before them.
    assert_eq!(
        names("推进中煤鄂尔多斯能源化工有限公司图克一期100万吨/年煤制烯烃项目建设"),
        ["中煤鄂尔多斯能源化工有限公司图克一期100万吨/年煤制烯烃项目"]
    );
    assert_eq!(
        names("全面建成国家能源集团准格尔能源有限责任公司黑岱沟露天煤矿智能化改造工程"),
        ["国家能源集团准格尔能源有限责任公司黑岱沟露天煤矿智能化改造工程"]
    );
}

#[test]
fn expressways_named_by_their_ends() {
    assert_eq!(
        names("依托京新高速、临策铁路,连接荣乌高速和包茂高速"),
        ["京新高速", "临策铁路", "荣乌高速", "包茂高速"]
    );
    assert!(names("保持经济高速增长,实现高速发展").is_empty());
}

#[test]
fn two_words_before_one_head_name_one_project() {
    assert_eq!(
        names("乌梁素海流域山水林田湖草沙一体化保护和修复工程持续推进"),
        ["乌梁素海流域山水林田湖草沙一体化保护和修复工程"]
    );
    assert_eq!(
        names("推进中环协鑫五期25GW单晶硅和神舟硅业万吨级多晶硅项目"),
        ["中环协鑫五期25GW单晶硅项目", "神舟硅业万吨级多晶硅项目"]
    );
}

#[test]
fn parks_named_before_their_kind() {
    assert_eq!(
        names("推动金山高新技术产业开发区、如意开发区和沙尔沁工业园区提质增效"),
        ["金山高新技术产业开发区", "如意开发区", "沙尔沁工业园区"]
    );
    assert_eq!(
        names("建设金桥电子商务产业园,推进荣丰数字经济产业园建设"),
        ["金桥电子商务产业园", "荣丰数字经济产业园"]
    );
    // Kinds, sectors alone, and phrases that run into the park are not names.
    assert!(
        names("依托特色产业园、现代农业产业园和各类开发区,支持职教园区、千亿级园区、区内外物流园区发展")
            .is_empty()
    );
    assert!(names("建设文化艺术产业园,完善生物科技产业园配套").is_empty());
    assert!(names("呼和浩特市2025年开发区建设工作要点").is_empty());
    // A district named like a zone is a place.
    assert!(names("上海浦东新区、天津滨海新区企业来包头投资").is_empty());
}

#[test]
fn named_platforms_and_roads() {
    let v = names(
        "依托“蒙科聚”创新驱动平台,建设分中心;加快建设G210白云鄂博至固阳至东河、G210古城湾黄河大桥通道",
    );
    assert!(v.contains(&"“蒙科聚”创新驱动平台".to_string()), "{v:?}");
    assert!(
        v.iter().any(|p| p.starts_with("G210白云鄂博至固阳至东河")),
        "{v:?}"
    );
    assert!(v.contains(&"G210古城湾黄河大桥通道".to_string()), "{v:?}");
}

#[test]
fn a_named_stem_ends_at_its_head_whatever_follows() {
    assert_eq!(
        names("提升鄂尔多斯草原旅游区品质,推动乌拉特前旗工业园区绿电直供"),
        ["鄂尔多斯草原旅游区", "乌拉特前旗工业园区"]
    );
    // …unless the head begins a longer word, or is inside a place's name.
    assert!(names("优化呼和浩特中心城区功能,拓宽包头机场路,借助内蒙古香港经贸推广周").is_empty());
    // 高铁 inside 高铁西站 is no head; the station is the project.
    assert_eq!(names("建设鄂尔多斯高铁西站"), ["鄂尔多斯高铁西站"]);
}

#[test]
fn works_on_a_named_route_are_the_project() {
    assert_eq!(
        names("加快集通铁路电气化改造工程建设"),
        ["集通铁路电气化改造工程"]
    );
    assert_eq!(
        names("推进赤峰至京哈高铁连接线前期工作"),
        ["赤峰至京哈高铁连接线"]
    );
    let ps = find_projects("建设锡林浩特至二连浩特铁路扩能改造项目", &[]);
    assert_eq!(ps[0].name, "锡林浩特至二连浩特铁路扩能改造项目");
    assert_eq!(ps[0].connects, ["锡林浩特市", "二连浩特市"]);
    // Works with no 工程 or 项目 leave the route's own name; a generic route stays nothing.
    assert_eq!(names("加快集通铁路电气化改造"), ["集通铁路"]);
    assert!(names("推进货运铁路电气化改造工程").is_empty());
}

#[test]
fn water_transfers_and_pilot_zones() {
    assert_eq!(names("实施引绰济辽工程二期"), ["引绰济辽工程"]);
    assert_eq!(names("加快引嫩济锡工程前期工作"), ["引嫩济锡工程"]);
    assert_eq!(
        names("建设呼伦贝尔中俄蒙合作先导区"),
        ["呼伦贝尔中俄蒙合作先导区"]
    );
}

#[test]
fn expressways_with_sections_and_works() {
    assert_eq!(names("实施包茂高速榆林段扩能改造"), ["包茂高速榆林段"]);
    assert_eq!(
        names("加快启动包茂高速扩容改造工程"),
        ["包茂高速扩容改造工程"]
    );
    assert_eq!(
        names("推进京藏高速呼和浩特段改扩建"),
        ["京藏高速呼和浩特段"]
    );
    assert!(names("推进经济高速发展").is_empty());
}

#[test]
fn industrial_zones_and_parks_by_name() {
    assert_eq!(
        names("加快榆神工业区清水工业园建设"),
        ["榆神工业区清水工业园"]
    );
    assert_eq!(names("建设府谷京府工业园"), ["府谷京府工业园"]);
    assert!(names("推动老工业区改造").is_empty());
    // A sector after the zone's name: the zone's industry, not part of its name.
    assert_eq!(names("推动榆横工业区煤化工产业高端化发展"), ["榆横工业区"]);
    assert_eq!(
        names("支持鄂尔多斯高新区大数据产业园建设"),
        ["鄂尔多斯高新区大数据产业园"]
    );
}

#[test]
fn designated_zones_and_data_center_clusters() {
    assert_eq!(
        names("支持满洲里、二连浩特国家重点开发开放试验区建设"),
        [
            "满洲里国家重点开发开放试验区",
            "二连浩特国家重点开发开放试验区"
        ]
    );
    assert_eq!(
        names("推进全国一体化算力网络内蒙古枢纽节点乌兰察布数据中心集群建设"),
        ["乌兰察布数据中心集群"]
    );
}

#[test]
fn halves_joined_by_and_are_one_name_unless_the_second_is_one() {
    assert!(names("加快蒙西老工业城市和资源型城市产业转型升级示范区建设").is_empty());
    assert!(
        !names("推动色连等3座矿井和雪中情环保煤炭项目投产").contains(&"3座矿井项目".to_string())
    );
    assert!(names("推进蒙西地区其他电力外送通道论证").is_empty());
    assert_eq!(names("推进蒙西煤制气外输管道建设"), ["蒙西煤制气外输管道"]);
}

#[test]
fn a_chain_with_到_is_no_project() {
    assert!(
        !names("形成从多晶硅、单晶硅到太阳能电池组件到光伏电站的完整产业链")
            .iter()
            .any(|n| n.contains('到'))
    );
}

#[test]
fn a_system_built_by_a_named_programme() {
    assert_eq!(
        names("推进“三北”防护林体系建设工程"),
        ["“三北”防护林体系建设工程"]
    );
    assert!(names("推进现代物流体系建设项目").is_empty());
}

#[test]
fn a_route_written_with_到() {
    let ps = find_projects("开通呼和浩特到北京高铁", &[]);
    assert_eq!(ps[0].name, "呼和浩特到北京高铁");
    assert_eq!(ps[0].connects, ["呼和浩特市", "北京市"]);
}

#[test]
fn a_stem_that_starts_with_an_enterprise_is_named() {
    let v = names("加快通威高纯晶硅项目建设,推进蒙草生态修复工程,建设京东物流园");
    assert_eq!(v, ["通威高纯晶硅项目", "蒙草生态修复工程", "京东物流园"]);
    // A sector alone before the head names no project.
    assert!(names("加快高纯晶硅项目建设").is_empty());
}

#[test]
fn a_list_before_deng_names_each_project() {
    let ps = find_projects(
        "推进北控煤制气、伊泰200万吨煤制油、久泰煤制乙二醇等项目建设",
        &[],
    );
    let v: Vec<&str> = ps.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(
        v,
        [
            "北控煤制气项目",
            "伊泰200万吨煤制油项目",
            "久泰煤制乙二醇项目"
        ]
    );
    // The span is the item as written.
    let t = "推动通威二期、双良三期等重点项目建成投产";
    let ps = find_projects(t, &[]);
    assert_eq!(ps.len(), 2);
    assert_eq!(&t[ps[1].start..ps[1].end], "双良三期");
    assert_eq!(ps[1].name, "双良三期项目");
    // The kind after 等 belongs to each name.
    assert_eq!(
        names("加快推进伊泰国电、大东联等坑口电厂项目"),
        ["伊泰国电坑口电厂项目"]
    );
    // Sectors and places in the list are no projects.
    assert!(names("推进煤制油、煤制气等项目").is_empty());
    assert!(names("支持包头、鄂尔多斯等重点项目").is_empty());
}

#[test]
fn a_count_names_no_project() {
    assert!(names("支持蒙泰、国电两大热电联产龙头项目做大做强").is_empty());
}

#[test]
fn a_kind_of_power_plant_needs_a_name() {
    assert!(names("建设坑口电厂,推进集中并网光伏电站").is_empty());
    assert_eq!(
        names("推进托克托燃煤电厂、芝瑞抽水蓄能电站"),
        ["托克托燃煤电厂", "芝瑞抽水蓄能电站"]
    );
}

#[test]
fn ports_are_named_by_their_place() {
    assert_eq!(
        names("加强与天津港、曹妃甸港、黄骅港、锦州港合作,打通至唐山港的运输通道"),
        ["天津港", "曹妃甸港", "黄骅港", "锦州港", "唐山港"]
    );
    // Kinds of port are not ports.
    assert!(names("建设内陆港、无水港、航空港,打造国际陆港和出海港").is_empty());
    assert_eq!(names("建设二连浩特陆港"), ["二连浩特陆港"]);
}

#[test]
fn a_route_from_a_region_keeps_its_dash() {
    let ps = find_projects("推进陕北—湖北±800千伏特高压直流输电工程配套电源建设", &[]);
    assert_eq!(ps[0].name, "陕北—湖北±800千伏特高压直流输电工程");
}

#[test]
fn an_enterprise_and_a_phase_name_a_project() {
    assert_eq!(names("中环光伏四期建成投产,五期设备安装"), ["中环光伏四期"]);
    // With its head, the head finds it.
    assert_eq!(names("推动通威二期项目投产"), ["通威二期项目"]);
}

#[test]
fn enterprises_share_an_ending() {
    assert_eq!(
        names("开工建设韵达、申通电商物流项目"),
        ["韵达电商物流项目", "申通电商物流项目"]
    );
    // A name of its own before 、 shares nothing.
    assert_eq!(
        names("支持伊利现代智慧健康谷、蒙牛中国乳业产业园建设"),
        ["伊利现代智慧健康谷", "蒙牛中国乳业产业园"]
    );
    assert_eq!(names("5月底建成投用王府井奥莱小镇"), ["王府井奥莱小镇"]);
}

#[test]
fn bullets_examples_and_a_place_s_projects_of_a_kind() {
    assert_eq!(
        names("- 神木能源产业园区:重点发展煤化工。"),
        ["神木能源产业园区"]
    );
    assert_eq!(
        names("跨区域规划衔接不足(如太绥高铁、包鄂榆高铁的线路走向)"),
        ["太绥高铁", "包鄂榆高铁"]
    );
    assert!(names("榆林市重大项目布局").is_empty());
    assert!(names("加快呼市重点项目建设").is_empty());
    // 如意开发区 keeps its 如.
    assert_eq!(names("推动如意开发区发展"), ["如意开发区"]);
}

#[test]
fn companies_in_a_list_of_projects() {
    assert_eq!(
        names("实施北方稀土绿色冶炼升级改造二期、厦门钨业磁材、汇川技术电机等45个项目"),
        [
            "北方稀土绿色冶炼升级改造二期项目",
            "厦门钨业磁材项目",
            "汇川技术电机项目"
        ]
    );
    // Outside a list, 技术 and 科技 name a field.
    assert!(names("建设工程技术中心和生命科技研发应用基地").is_empty());
}

#[test]
fn verbs_of_progress_end_the_words_before_a_name() {
    assert_eq!(
        names("全区已经建成运营呼和浩特至张家口高铁"),
        ["呼和浩特至张家口高铁"]
    );
    assert!(names("力争铁路建设规模达到1700公里").is_empty());
    // An item cut short inside its words does not end the list before 等…项目.
    let v = names("推动京东亚洲一号、唯品会内蒙古运营总部等项目落地");
    assert!(v.contains(&"京东亚洲一号项目".to_string()), "{v:?}");
}

#[test]
fn named_roads_and_airports() {
    assert_eq!(
        names(
            "建设昭乌达高架与南二环互通立交、成吉思汗大街东延伸段、金航大道、云港大街等桥梁道路工程"
        ),
        [
            "昭乌达高架",
            "南二环互通立交",
            "成吉思汗大街东延伸段",
            "金航大道",
            "云港大街"
        ]
    );
    assert_eq!(names("盛乐国际机场建成通航"), ["盛乐国际机场"]);
    assert!(names("对标一流打造绿色低碳国际机场").is_empty());
}

#[test]
fn generic_names_and_routes_with_one_end_known() {
    for t in [
        "规范推进PPP项目",
        "建设国际国内一流研发平台",
        "开通国际快件通道",
        "建设国际化健康产业示范区",
        "组织实施自治区重大科技计划项目",
        "引导呼和浩特市—和林格尔新区一体化发展",
    ] {
        assert!(names(t).is_empty(), "{t}: {:?}", names(t));
    }
    assert_eq!(names("建设国际羊绒工程中心"), ["国际羊绒工程中心"]);
    assert_eq!(
        names("推动上海庙—山东特高压输电通道配送新能源项目建设"),
        ["上海庙—山东特高压输电通道配送新能源项目"]
    );
    let ps = find_projects("推进鄂尔多斯—安平—沧州输气管道建设", &[]);
    assert_eq!(ps[0].name, "鄂尔多斯—安平—沧州输气管道");
    assert_eq!(
        ps[0].connects.first().map(String::as_str),
        Some("鄂尔多斯市")
    );
}

#[test]
fn counts_and_technologies_name_no_project() {
    assert!(names("新建5处生态休闲公园").is_empty());
    assert!(names("推进5G示范项目建设").is_empty());
    assert_eq!(
        names("实施东方日升源网荷储一期2GW等项目"),
        ["东方日升源网荷储一期2GW项目"]
    );
}

#[test]
fn a_closing_quote_ends_a_name_and_counts_are_no_kind() {
    assert_eq!(
        names("深入实施“浑善达克沙地综合治理产业发展项目”"),
        ["浑善达克沙地综合治理产业发展项目"]
    );
    assert_eq!(
        names("扎铝二期、龙马储能装备等234个工业项目开工建设"),
        ["扎铝二期项目", "龙马储能装备项目"]
    );
}

#[test]
fn ports_across_the_border_and_kinds_of_storage() {
    assert_eq!(
        names("中蒙策克—西伯库伦口岸进出口货运量突破2600万吨"),
        ["中蒙策克—西伯库伦口岸"]
    );
    assert!(names("加快建设电源侧、电网侧独立储能电站").is_empty());
    assert!(names("推进配套新能源装备制造项目建设").is_empty());
}

#[test]
fn metro_lines_and_stations() {
    assert_eq!(
        names("推进呼和浩特地铁2号线、呼和浩特东站改造"),
        ["呼和浩特地铁2号线", "呼和浩特东站"]
    );
    assert!(names("完善加油站、服务站").is_empty());
}

#[test]
fn a_town_at_a_route_s_end() {
    let ps = find_projects("开工建设巴彦浩特至银川快速铁路", &[]);
    assert_eq!(ps[0].connects, ["巴彦浩特镇", "银川市"]);
    let ps = find_projects("推动上海庙—山东特高压输电通道配送新能源项目建设", &[]);
    assert_eq!(ps[0].connects, ["上海庙镇", "山东省"]);
}

#[test]
fn a_time_or_state_after_the_head_ends_the_name() {
    assert_eq!(
        names("正大集团食品加工项目当年开工,当年投产"),
        ["正大集团食品加工项目"]
    );
    assert_eq!(
        names("和林格尔新区大数据产业园已建成投用"),
        ["和林格尔新区大数据产业园"]
    );
}

#[test]
fn a_project_after_another_head_is_known_without_it() {
    assert_eq!(label("包头至银川高铁项目"), "包头至银川高铁");
    assert_eq!(label("府谷民用机场项目"), "府谷民用机场");
    assert_eq!(label("伊泰国电坑口电厂项目"), "伊泰国电坑口电厂");
    // No other head before it: the 项目 stays.
    assert_eq!(label("中环五期项目"), "中环五期项目");
    assert_eq!(label("正大集团食品加工项目"), "正大集团食品加工项目");
}

#[test]
fn lists_of_a_count_and_a_scale_phases_and_bare_road_codes() {
    assert_eq!(
        names("加快推进中石化煤制烯烃、赛盛新材料、远景零碳电池等一批百亿级项目"),
        ["中石化煤制烯烃项目", "赛盛新材料项目", "远景零碳电池项目"]
    );
    let mut v = names("实现引绰济辽一期、二期工程全线通水");
    v.sort();
    assert_eq!(v, ["引绰济辽一期工程", "引绰济辽二期工程"]);
    assert!(names("建设二期工程").is_empty());
    assert_eq!(names("力争沿边国道G331全线贯通"), ["G331"]);
    let mut v = names("推动科右前旗、科右中旗、乌拉盖通用机场开工建设");
    v.sort();
    assert_eq!(
        v,
        ["乌拉盖通用机场", "科右中旗通用机场", "科右前旗通用机场"]
    );
}

#[test]
fn routes_in_a_list_of_works_and_works_on_a_railway() {
    let mut v = names("建成张北至胜利、巴林至奈曼至阜新等工程");
    v.sort();
    assert_eq!(v, ["巴林至奈曼至阜新工程", "张北至胜利工程"]);
    assert_eq!(names("开工白阿铁路动车改造项目"), ["白阿铁路动车改造项目"]);
}

#[test]
fn a_list_of_places_before_a_kind_of_facility() {
    let mut v = names("加快呼和浩特、乌兰察布—二连浩特、满洲里等国家物流枢纽建设");
    v.sort();
    assert_eq!(
        v,
        [
            "乌兰察布—二连浩特国家物流枢纽",
            "呼和浩特国家物流枢纽",
            "满洲里国家物流枢纽"
        ]
    );
    let mut v = names("积极推进清水河县、石拐区、固阳县等区域内通用机场建设");
    v.sort();
    assert_eq!(v, ["固阳县通用机场", "清水河县通用机场", "石拐区通用机场"]);
    // The places are a passage's ends, not its sites; the kind alone is no name.
    assert!(names("加快畅通联接太原、西安、郑州等地的大通道").is_empty());
}

#[test]
fn a_town_written_without_its_zhen_names_a_project() {
    assert_eq!(
        names("推进吉兰泰盐湖资源综合利用项目"),
        ["吉兰泰盐湖资源综合利用项目"]
    );
    assert_eq!(
        crate::extract::lexicon::LEXICON.town_by_stem("巴彦浩特沙产业示范园区"),
        Some("巴彦浩特镇")
    );
    // …but the stem is no mention of the town.
    let (places, _) =
        crate::extract::places::find_places("建设巴彦浩特沙产业示范园区", Some("阿拉善左旗"));
    assert!(places.is_empty(), "{places:?}");
}
#[test]
fn reports_of_works_in_progress() {
    assert_eq!(
        names("达电五期2台100万千瓦机组、亿利资源光伏项目正在进行前期工作"),
        ["亿利资源光伏项目"]
    );
    // A zone before an enterprise is where its project stands.
    assert_eq!(
        names("开工活动设在盟经济技术开发区中广核200万千瓦风电制氢一体化示范项目现场"),
        ["中广核200万千瓦风电制氢一体化示范项目"]
    );
    assert_eq!(
        names("投资104亿元的中煤蒙大50万吨工程塑料项目……一个个大项目次第展开"),
        ["中煤蒙大50万吨工程塑料项目"]
    );
    // 从…到…: two names, not a route.
    let mut v = names("从大路煤化工基地到达拉特经济开发区");
    v.sort();
    assert_eq!(v, ["达拉特经济开发区"]);
}

#[test]
fn a_verb_of_works_before_the_head_names_the_works() {
    assert_eq!(
        names("推进榆林市城区供水管网改造项目"),
        ["榆林市城区供水管网改造项目"]
    );
    // …but is not a name alone.
    assert!(names("推进改造项目").is_empty());
    assert_eq!(
        label("和林格尔县30万亩林果基地建设工程"),
        "和林格尔县30万亩林果基地"
    );
}

#[test]
fn a_road_by_its_number_in_words() {
    assert_eq!(
        names("府谷机场、338国道按下快进键"),
        ["府谷机场", "338国道"]
    );
    assert_eq!(
        names("改造国道210线和省道215线"),
        ["国道210线", "省道215线"]
    );
    // A figure with 国道 in a count is no road (新建国道100公里).
    assert!(names("新建国道100公里").is_empty());
}

#[test]
fn a_park_named_by_its_enterprise_and_sector_after_a_verb_of_aim() {
    assert_eq!(
        names("盯紧钢焦产业链和宝武炭材料产业园这“一链一园”精耕细作"),
        ["宝武炭材料产业园"]
    );
    assert_eq!(names("瞄准呼和浩特新机场建设"), ["呼和浩特新机场"]);
}

#[test]
fn oil_and_gas_fields_and_rail_works() {
    assert_eq!(
        names("新疆玛湖油田、内蒙古苏里格气田等油气重点项目产能建设规模正在不断扩大"),
        ["新疆玛湖油田", "内蒙古苏里格气田"]
    );
    assert!(names("加快鄂尔多斯盆地油田开发").is_empty());
    assert_eq!(names("哈伊高铁正线全长318公里"), ["哈伊高铁"]);
    assert_eq!(
        names("哈伊高铁控制性工程——铁力呼兰河铁路特大桥架梁完成"),
        ["哈伊高铁", "铁力呼兰河铁路特大桥"]
    );
    // 的 ends the words before a name even after one character (在建的…); so does a superlative.
    assert_eq!(
        names("西部地区在建的装机最大抽水蓄能电站——青海哇让抽水蓄能电站地下厂房"),
        ["青海哇让抽水蓄能电站"]
    );
    assert_eq!(
        names("金风零碳乌鲁木齐达坂城100兆瓦/400兆瓦时独立共享储能项目也正式开工"),
        ["金风零碳乌鲁木齐达坂城100兆瓦/400兆瓦时独立共享储能项目"]
    );
}

#[test]
fn a_park_named_by_places_abbreviated_and_completed_in_brackets() {
    assert_eq!(
        names("支持准(格尔)托(克托)清(水河)工业园区开展城市间产业合作试点"),
        ["准托清工业园区"]
    );
}

#[test]
fn including_in_brackets_is_no_part_of_the_name() {
    assert_eq!(
        names("进一步提升呼包鄂地区(含和林格尔新区,下同)协同发展的质量和水平"),
        ["内蒙古和林格尔新区"]
    );
}

#[test]
fn a_railway_named_by_places_abbreviated_and_completed_in_brackets() {
    let ps = find_projects(
        "规划建设呼(和浩特)鄂(尔多斯)榆(林)高速铁路,打造区域性高铁枢纽",
        &[],
    );
    assert_eq!(ps[0].name, "呼鄂榆高速铁路");
    assert_eq!(ps[0].connects, ["呼和浩特市", "鄂尔多斯市", "榆林市"]);
}

#[test]
fn a_former_name_is_the_name() {
    assert_eq!(
        names("在原神府经济开发区的基础上进一步拓展板块"),
        ["神府经济开发区"]
    );
}

#[test]
fn a_category_of_works_after_a_list_is_no_part_of_each_name() {
    assert_eq!(
        names("加快引绰济辽二期、内蒙古支线供水等水网骨干工程建设"),
        ["引绰济辽二期工程", "内蒙古支线供水工程"]
    );
    assert!(names("推进包头风电、鄂尔多斯光伏等项目").is_empty());
}

#[test]
fn a_name_in_quotes_head_and_all() {
    assert_eq!(names("推进“雪亮工程”建设"), ["雪亮工程"]);
    assert_eq!(
        names("实施“农牧业产业强镇建设项目”和“雪亮工程”"),
        ["农牧业产业强镇建设项目", "雪亮工程"]
    );
    assert_eq!(names("实施“三北”工程攻坚战"), ["“三北”工程"]);
}

#[test]
fn ports_by_class_and_plans_by_period_are_none() {
    // A period names no port; a plan's title in 〈〉 inside another title ends the words before a name.
    assert!(
        names("落实《海关总署关于印发〈国家“十四五”口岸发展规划〉任务分工的通知》和《内蒙古自治区“十四五”口岸发展规划》")
            .is_empty()
    );
    // Classes and qualities of port are no port; each port of a list is named without its class.
    assert!(
        names("以推动建设安全、效能、智慧、法治、绿色口岸为目标,分为重点专业口岸和普通口岸")
            .is_empty()
    );
    assert_eq!(
        names("甘其毛都、满都拉等重点专业口岸的通关查验水平显著提升"),
        ["甘其毛都口岸", "满都拉口岸"]
    );
    // A port named by its town's two-character short name (策克镇).
    assert_eq!(
        names("推进二连浩特、策克等口岸建设"),
        ["二连浩特口岸", "策克口岸"]
    );
}

#[test]
fn an_honour_won_and_a_level_of_airport() {
    assert_eq!(
        names("2023年,府谷县荣获陕西省营商环境创新示范区"),
        ["陕西省营商环境创新示范区"]
    );
    // 县级机场: the level of an airport, named elsewhere.
    assert!(names("作为全省首个县级机场,将有效破解交通瓶颈").is_empty());
    assert_eq!(
        names("府谷民用机场项目今年将完成总投资的60%"),
        ["府谷民用机场项目"]
    );
}

#[test]
fn projects_in_news_of_investment() {
    // 分二期建设 is how the project is built, not its phase; 计划 after the head ends the name.
    assert_eq!(
        names("其中,总投资207亿元的君正集团可降解塑料项目分二期建设。"),
        ["君正集团可降解塑料项目"]
    );
    assert_eq!(
        names("\"乌海清陶项目计划总投资70亿元,分期建设年产5万吨固态电池专用材料。\""),
        ["乌海清陶项目"]
    );
    // An area or an output in figures is no name; 了 and 补齐 end the words before one.
    assert!(names("乌海市规划建设了1700余亩固态电池产业园").is_empty());
    assert!(names("分期建设10吉瓦时固态电池及储能系统").is_empty());
    assert_eq!(names("可补齐乌海高铁建设短板"), ["乌海高铁"]);
    // A road's number is its name.
    assert_eq!(names("实施310国道改造工程"), ["310国道改造工程"]);
}

#[test]
fn a_park_under_construction_in_the_news() {
    // A quoted facility's project, after 是, is the facility; 大干快建 ends its name.
    let ps = find_projects("是“卧龙永磁电机产业园”项目大干快建的火热场面。", &[]);
    assert_eq!(ps.len(), 1, "{ps:?}");
    assert_eq!(label(&ps[0].name), "卧龙永磁电机产业园");
    // A park's supporting works and a voltage class are no named projects; 7.2 is one number.
    assert!(
        names("目前,7.2万平方米标准化厂房、220KV变电站以及相应雨污管线等配套设施工程已全面启动。")
            .is_empty()
    );
}

#[test]
fn a_zone_written_with_or_without_its_place() {
    for t in [
        "推进阿拉善高新技术产业开发区建设",
        "推进阿拉善盟阿拉善高新技术产业开发区建设",
        "推进内蒙古阿拉善高新技术产业开发区建设",
    ] {
        assert_eq!(names(t), ["内蒙古阿拉善高新技术产业开发区"], "{t}");
    }
    // A period in quotes names no zone; a party body's name is no project's.
    assert!(names("“十四五”时期是高新区、示范区加快跃升的关键五年").is_empty());
    assert_eq!(
        names("中共阿拉善盟阿拉善高新技术产业开发区工作委员会第二十五次会议"),
        ["内蒙古阿拉善高新技术产业开发区"]
    );
}

#[test]
fn projects_by_how_they_are_paid_for_are_none() {
    assert!(names("印发《内蒙古自治区农牧厅中央预算内投资补助农业建设项目实施细则》").is_empty());
    assert!(names("争取包头市专项债券项目资金").is_empty());
}

#[test]
fn a_photo_caption_names_no_project() {
    assert_eq!(
        names("木瓜镇王家峁村高标准农田建设 供图 府谷县融媒体中心"),
        Vec::<String>::new()
    );
    assert_eq!(names("正在建设的清水川电厂三期  摄影 刘某"), ["清水川电厂"]);
}

#[test]
fn a_converter_station_on_a_route() {
    assert_eq!(
        names("陕北—湖北特高压换流站启动送电。"),
        ["陕北—湖北特高压换流站"]
    );
    assert!(names("建设一批换流站").is_empty());
}

#[test]
fn a_title_s_words_before_a_zone() {
    assert_eq!(
        names("呼和浩特市人民政府关于印发和林格尔新区建设三年行动方案的通知"),
        ["内蒙古和林格尔新区"]
    );
}

#[test]
fn a_stage_after_a_project_s_head() {
    assert_eq!(
        names("推进陕煤榆林化学1500万吨煤炭分质清洁高效转化示范项目二阶段建设。"),
        ["陕煤榆林化学1500万吨煤炭分质清洁高效转化示范项目"]
    );
}

#[test]
fn words_of_news_after_a_head_and_a_whole_city_s_parks() {
    assert_eq!(names("包头至银川高铁项目集中开工"), ["包头至银川高铁项目"]);
    assert!(names("对全市工业园区进行整合提升").is_empty());
}

#[test]
fn a_place_s_project_dated_by_its_year() {
    assert_eq!(
        names("实施额济纳旗2022年住宅小区建设项目、额济纳旗2021年森林植被恢复项目。"),
        [
            "额济纳旗2022年住宅小区建设项目",
            "额济纳旗2021年森林植被恢复项目"
        ]
    );
    // A year's work, or a year before the place, is no project.
    assert!(names("实施2024年老旧小区改造项目").is_empty());
    assert!(names("呼和浩特市2025年开发区建设工作要点").is_empty());
}

#[test]
fn what_a_list_says_before_its_items() {
    assert_eq!(
        names("主要包括额济纳旗劳务市场建设项目、额济纳旗601服务区建设项目。"),
        ["额济纳旗劳务市场建设项目", "额济纳旗601服务区建设项目"]
    );
}

#[test]
fn and_inside_a_company_s_name() {
    assert_eq!(
        names("内蒙古中和新材料有限责任公司精细化工项目"),
        ["内蒙古中和新材料有限责任公司精细化工项目"]
    );
    // 等 ends a list of companies whatever follows.
    assert!(names("推进蒙能、国龙、明阳等公司MW风电清洁能源供暖项目建设").is_empty());
}

#[test]
fn a_head_and_its_phase_name_nothing() {
    assert!(names("翻建)项目二期工程").is_empty());
}

#[test]
fn a_county_s_stem_running_on_into_another_name() {
    let ps = find_projects("国道213线达来呼布至东风航天城段公路", &[]);
    assert!(
        ps.iter()
            .all(|p| !p.connects.contains(&"东风区".to_string())),
        "{:?}",
        ps.iter().map(|p| &p.connects).collect::<Vec<_>>()
    );
    let ps = find_projects("乌海至玛沁高速公路乌海段", &[]);
    assert_eq!(ps[0].connects, ["乌海市", "玛沁县"]);
}

#[test]
fn a_quoted_count_of_programmes_is_a_slogan() {
    assert!(names("深化“六个工程”、推进“六个行动”").is_empty());
    assert_eq!(names("实施“雪亮工程”"), ["雪亮工程"]);
}

#[test]
fn a_government_s_kind_of_project_by_its_level_alone() {
    assert!(names("印发自治区重大项目谋划行动实施方案").is_empty());
    assert!(names("加快市重点项目建设").is_empty());
}

#[test]
fn a_company_s_two_products_in_one_project_and_a_dairy_company() {
    assert_eq!(
        names("实施内蒙古润琪生物科技有限公司腐植酸复合肥及腐植酸新型肥料项目。"),
        ["内蒙古润琪生物科技有限公司腐植酸复合肥及腐植酸新型肥料项目"]
    );
    assert_eq!(
        names("实施中利乳业奶粉加工项目。"),
        ["中利乳业奶粉加工项目"]
    );
    assert!(names("发展现代乳业加工项目").is_empty());
}

#[test]
fn a_phase_and_a_size_name_nothing_and_a_company_s_short_name_with_a_sector_in_it() {
    assert!(names("加快推进一期110万千瓦新能源项目建设").is_empty());
    assert_eq!(
        names("加快推进霍煤鸿骏循环经济示范工程六期等重点项目建设"),
        ["霍煤鸿骏循环经济示范工程"]
    );
}

#[test]
fn a_level_s_grade_after_a_level_is_a_category() {
    assert_eq!(
        names(
            "把呼和浩特经济技术开发区等国家级经开区打造成为示范区,推动自治区国家级经济技术开发区开放创新"
        ),
        ["呼和浩特经济技术开发区"]
    );
}

#[test]
fn a_valley_and_a_company_s_plant() {
    assert_eq!(
        names("伊利现代智慧健康谷加快建设。"),
        ["伊利现代智慧健康谷"]
    );
    assert_eq!(
        names("蒙牛乳业产业园鲜奶工厂当年开工。"),
        ["蒙牛乳业产业园鲜奶工厂"]
    );
    // Kinds of plants are no one's.
    assert!(names("推动企业建设智能工厂和数字化车间,建设绿色工厂20家。").is_empty());
}

#[test]
fn the_works_a_project_supports_are_a_project_too() {
    assert_eq!(
        names("推进扎鲁特至青州特高压输电通道配套新能源基地建设。"),
        [
            "扎鲁特至青州特高压输电通道配套新能源基地",
            "扎鲁特至青州特高压输电通道"
        ]
    );
    assert_eq!(
        names("建设锡盟至山东特高压交流输变电工程配套风电项目。"),
        [
            "锡盟至山东特高压交流输变电工程配套风电项目",
            "锡盟至山东特高压交流输变电工程"
        ]
    );
}

#[test]
fn public_buildings_named_by_place_or_name() {
    assert_eq!(
        names("建成陕北民歌博物馆、邓宝珊将军纪念馆等精品文化工程,打造榆林野生动物园"),
        ["陕北民歌博物馆", "榆林野生动物园"]
    );
    assert_eq!(
        names("加快推进新城区第一实验小学和呼和浩特市实验中学九年一贯制学校建设"),
        ["呼和浩特市实验中学九年一贯制学校"]
    );
    // A hospital's branch in a zone is the branch, not the zone; a new building of one too.
    assert_eq!(
        names("建成榆林市第一医院高新区分院,推进鄂尔多斯市第二人民医院新院区建设"),
        ["榆林市第一医院高新区分院", "鄂尔多斯市第二人民医院新院区"]
    );
    // An institute a place names; one named by its field alone is none.
    assert_eq!(
        names("推动稀土研究院和包头稀土研究院发展"),
        ["包头稀土研究院"]
    );
    // Kinds of buildings, and a market named after a zoo: none.
    assert!(names("实施公立医院和学校改造,建设县医院、县中医院").is_empty());
    assert!(names("推进北京动物园服装批发市场发展").is_empty());
}

#[test]
fn a_sector_s_centre_with_its_grade_is_the_nation_s() {
    assert_eq!(
        names("全力创建国家级稀土新材料技术创新中心"),
        ["国家稀土新材料技术创新中心"]
    );
    assert!(names("创建国家级创新中心,创建自治区级电子商务示范基地").is_empty());
}

#[test]
fn a_designations_rank_is_no_name() {
    // 国家重要…基地: the region's strategic role, not a project (国家稀土新材料技术创新中心 is one).
    assert!(
        names("把内蒙古建设成为国家重要能源和战略资源基地、国家重要农畜产品生产基地").is_empty()
    );
    assert_eq!(
        names("建设国家稀土新材料技术创新中心"),
        ["国家稀土新材料技术创新中心"]
    );
}

#[test]
fn the_government_before_a_project_is_its_owner() {
    assert_eq!(
        names("自治区政府乌梁素海流域山水林田湖草沙一体化保护和修复工程持续推进"),
        ["乌梁素海流域山水林田湖草沙一体化保护和修复工程"]
    );
    assert!(names("赛罕区政府畅通文化馆、综合文化站的三级文化网络").is_empty());
    assert!(names("市政府牵头铁路:推进前期工作").is_empty());
    // Whoever is given a role before a project, and the role, are no part of its name.
    assert_eq!(
        names("市城投公司牵头实验中学东河校区建设"),
        ["实验中学东河校区"]
    );
}

#[test]
fn an_area_named_after_what_stood_there() {
    assert_eq!(names("推进回民区电厂片区改造提升"), ["回民区电厂片区"]);
    // An area of a zone is no project of its own: the zone (from the lexicon) keeps its name; kinds of areas
    // are none.
    assert!(
        names("以呼和浩特金山高新技术产业开发区科技城片区建设为载体")
            .iter()
            .all(|n| !n.ends_with("片区"))
    );
    assert!(names("推进老旧小区片区化改造,实施城中村片区改造").is_empty());
}
