//! Tests of projects.rs: routes, roads, railways, airports and ports.

use super::tests::names;
use super::*;

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
fn a_road_section_is_part_of_the_name() {
    let ps = find_projects("推进乌海至玛沁高速公路乌海段建设", &[]);
    assert_eq!(ps[0].name, "乌海至玛沁高速公路乌海段");
    assert_eq!(ps[0].connects, ["乌海市", "玛沁县"]);
}

#[test]
fn plants_and_facilities_before_their_supporting_works() {
    assert_eq!(
        names("推进呼和浩特新机场配套道路建设,建设赛罕区餐厨垃圾处理厂"),
        ["呼和浩特新机场", "赛罕区餐厨垃圾处理厂"]
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
    // A link road to a place; a graded highway named by two places' first characters.
    assert_eq!(
        names("加快包茂高速横山连接线、榆横一级公路改造"),
        ["包茂高速横山连接线", "榆横一级公路"]
    );
    assert!(names("推进旗县一级公路建设,新建城区一级公路").is_empty());
}

#[test]
fn a_route_written_with_到() {
    let ps = find_projects("开通呼和浩特到北京高铁", &[]);
    assert_eq!(ps[0].name, "呼和浩特到北京高铁");
    assert_eq!(ps[0].connects, ["呼和浩特市", "北京市"]);
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
        "编制“十五五”口岸发展规划",
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
    // Towns at both ends, neither in the gazetteer by its stem: the route is named by them.
    let ps = find_projects("新建城川至昂素公路", &[]);
    assert_eq!(ps[0].name, "城川至昂素公路");
    assert_eq!(ps[0].connects, ["城川镇", "昂素镇"]);
    assert!(find_projects("新建城区至园区公路", &[]).is_empty());
    // An expressway between two places.
    let ps = find_projects("加快呼和浩特至托克托城际快速路建设", &[]);
    assert_eq!(ps[0].name, "呼和浩特至托克托城际快速路");
    assert!(find_projects("建设城市快速路", &[]).is_empty());
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
    // A place's 和 (呼和浩特) is no 和 between names.
    assert_eq!(
        names("推进G110呼和浩特至包头段改扩建"),
        ["G110呼和浩特至包头段"]
    );
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
fn a_railway_named_by_places_abbreviated_and_completed_in_brackets() {
    let ps = find_projects(
        "规划建设呼(和浩特)鄂(尔多斯)榆(林)高速铁路,打造区域性高铁枢纽",
        &[],
    );
    assert_eq!(ps[0].name, "呼鄂榆高速铁路");
    assert_eq!(ps[0].connects, ["呼和浩特市", "鄂尔多斯市", "榆林市"]);
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
fn a_converter_station_on_a_route() {
    assert_eq!(
        names("陕北—湖北特高压换流站启动送电。"),
        ["陕北—湖北特高压换流站"]
    );
    assert!(names("建设一批换流站").is_empty());
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
fn a_street_s_extension_is_a_project() {
    for (t, want) in [
        ("建设阿尔丁大街西延线", "阿尔丁大街西延线"),
        ("实施建华路北延工程", "建华路北延工程"),
        ("推进民族东路东延段建设", "民族东路东延段"),
    ] {
        assert_eq!(names(t), [want], "{t}");
    }
    // A kind of road, or a road alone, is no street's name.
    for t in ["实施城市主干路北延", "推进道路东延"] {
        assert!(names(t).is_empty(), "{t}");
    }
}

#[test]
fn routes_listed_before_a_shared_kind_of_route() {
    let mut v = names("加快锡林郭勒—山东、锡盟—泰州特高压外送通道建设");
    v.sort();
    assert_eq!(
        v,
        ["锡林郭勒—山东特高压外送通道", "锡盟—泰州特高压外送通道"]
    );
}

#[test]
fn ports_listed_before_what_a_port_does() {
    let mut v = names("提升满洲里、二连浩特、甘其毛都、策克、珠恩嘎达布其口岸通关能力");
    v.sort();
    assert_eq!(
        v,
        [
            "二连浩特口岸",
            "满洲里口岸",
            "珠恩嘎达布其口岸",
            "甘其毛都口岸",
            "策克口岸"
        ]
    );
}

#[test]
fn a_long_list_of_ports_and_lines_before_a_port() {
    let v = names(
        "提升满洲里、二连浩特、甘其毛都、策克、珠恩嘎达布其、满都拉、阿尔山、额布都格、阿日哈沙特、室韦、黑山头、胡列也吐、乌力吉、巴格毛都口岸通关能力",
    );
    assert_eq!(v.len(), 14, "{v:?}");
    // A railway line before a port is none of its names; kinds of port are no ports.
    let mut v = names("对接包兰、临哈交通干线和满都拉口岸及甘其毛都口岸");
    v.sort();
    assert_eq!(v, ["满都拉口岸", "甘其毛都口岸"]);
    assert!(names("完善航空、铁路、公路口岸功能").is_empty());
}

#[test]
fn works_on_a_road_named_by_its_own_name() {
    assert_eq!(names("实施昭君路快速路改造工程"), ["昭君路快速路改造工程"]);
    assert_eq!(names("推进锡林南路拓宽改造工程"), ["锡林南路拓宽改造工程"]);
    // Kinds of road name none.
    for t in [
        "实施乡村路改造工程",
        "推进城市主干路改造工程",
        "实施道路改造工程",
    ] {
        assert!(names(t).is_empty(), "{t}: {:?}", names(t));
    }
}
