//! Tests of the names of works and parks (project_heads.rs, project_shared.rs) read through find_projects.

use super::super::projects::tests::{names, sorted_names};

#[test]
fn items_each_led_by_a_place_share_the_ending() {
    assert_eq!(
        sorted_names("推动达拉特旗光伏制氢、准格尔旗纳日松光伏制氢项目投产"),
        ["准格尔旗纳日松光伏制氢项目", "达拉特旗光伏制氢项目"]
    );
    // A place and a direction is no item's name (呼市西, a substation's).
    assert!(
        !names("建设呼市西、托克托千伏变电站")
            .iter()
            .any(|n| n.starts_with("呼市西"))
    );
    // Kinds of works listed before a named one are not named by its place.
    assert_eq!(names("推进风电、准格尔旗光伏项目"), ["准格尔旗光伏项目"]);
}

#[test]
fn works_named_after_a_river_or_mountain_of_the_region() {
    assert_eq!(names("实施昆河沿岸综合治理工程"), ["昆河沿岸综合治理工程"]);
    assert_eq!(names("推进桌子山生态修复工程"), ["桌子山生态修复工程"]);
}

#[test]
fn rivers_lakes_and_mountains_listed_share_the_works() {
    assert_eq!(
        sorted_names("持续开展呼伦湖、贝尔湖流域综合治理"),
        ["呼伦湖流域综合治理", "贝尔湖流域综合治理"]
    );
    assert_eq!(
        sorted_names("实施库布齐沙漠和毛乌素沙地综合治理工程"),
        ["库布齐沙漠综合治理工程", "毛乌素沙地综合治理工程"]
    );
}

#[test]
fn a_demonstration_park_named_by_its_town() {
    assert_eq!(
        names("建设海则滩镇现代农业示范园"),
        ["海则滩镇现代农业示范园"]
    );
    assert_eq!(
        names("建设沟门镇现代农牧业示范园区"),
        ["沟门镇现代农牧业示范园区"]
    );
    assert!(names("建设一批现代农业示范园").is_empty());
}

#[test]
fn what_a_named_work_is_made_into_is_no_part_of_its_name() {
    assert_eq!(
        sorted_names("推进满洲里、二连浩特口岸智慧口岸建设"),
        ["二连浩特口岸", "满洲里口岸"]
    );
    assert_eq!(names("推进包头机场智慧机场建设"), ["包头机场"]);
    assert!(names("建设智慧口岸").is_empty());
}

#[test]
fn mines_named_by_their_own_names() {
    assert_eq!(
        names("推动杨伙盘煤矿、元大滩煤矿智能化改造"),
        ["杨伙盘煤矿", "元大滩煤矿"]
    );
    assert_eq!(
        names("推进准能集团黑岱沟露天煤矿扩能"),
        ["准能集团黑岱沟露天煤矿"]
    );
    // A place's or a kind's mines, a count of them: none named.
    for t in [
        "推进神木市、府谷县、榆阳区大型煤矿智能化改造",
        "全市煤矿全部完成智能化改造",
        "建成国家级智能化示范煤矿10座",
        "推进煤矿智能化改造",
    ] {
        assert!(names(t).is_empty(), "{t}");
    }
}

#[test]
fn an_item_ending_in_the_head_s_own_work_is_whole() {
    let mut v = names("协同推进毛乌素沙地治理和无定河流域综合治理");
    v.sort();
    assert_eq!(v, ["无定河流域综合治理", "毛乌素沙地治理"]);
}

#[test]
fn waters_the_lexicon_does_not_know_named_before_their_works() {
    assert_eq!(names("实施都斯图河综合治理工程"), ["都斯图河综合治理工程"]);
    assert_eq!(
        sorted_names("全力推进乌素图沟、霍寨沟、东白石头沟整治提升工程"),
        [
            "东白石头沟整治提升工程",
            "乌素图沟整治提升工程",
            "霍寨沟整治提升工程"
        ]
    );
    // A kind of water, or where, names none.
    assert!(names("实施城区河道综合治理工程,推进小流域综合治理,实施沿河综合治理工程").is_empty());
}

#[test]
fn places_that_build_the_works_are_not_a_name_with_building_in_it() {
    assert_eq!(
        names("支持土左旗察素齐镇建设物流园区"),
        ["土左旗察素齐镇物流园区"]
    );
    // 建设 inside a designation's name stays.
    assert_eq!(
        names("推进国家生态文明建设示范区创建"),
        ["国家生态文明建设示范区"]
    );
}

#[test]
fn reservoirs_and_water_hubs_named_inside_the_works_on_them() {
    assert_eq!(names("推进东台子水库工程"), ["东台子水库工程"]);
    assert_eq!(
        names("实施绰勒水利枢纽下游灌区工程"),
        ["绰勒水利枢纽下游灌区工程"]
    );
    // Sizes and kinds of reservoir name none.
    for generic in [
        "推进中小型水库建设项目",
        "实施病险水库除险加固工程",
        "新建小型水库工程",
        "推进重点水利枢纽工程",
        "推进大中型灌区续建配套与现代化改造项目",
    ] {
        assert!(names(generic).is_empty(), "{generic}");
    }
}

#[test]
fn works_named_only_by_the_places_that_build_them() {
    assert_eq!(names("支持扎赉特旗建设水稻产业园"), ["扎赉特旗水稻产业园"]);
    // Each place of a list builds its own.
    assert_eq!(
        names("支持满洲里、二连浩特建设边民互市贸易区"),
        ["满洲里边民互市贸易区", "二连浩特边民互市贸易区"]
    );
    // A name of its own keeps it; a phrase is no name.
    assert_eq!(
        names("支持包头市建设国家稀土新材料技术创新中心"),
        ["国家稀土新材料技术创新中心"]
    );
    assert!(names("推动包头建设全国重要的稀土产业基地").is_empty());
}

#[test]
fn a_name_before_china_and_its_partners_names_their_works() {
    assert_eq!(
        names("建设七苏木中欧班列集结中心"),
        ["七苏木中欧班列集结中心"]
    );
    assert_eq!(names("建设中欧班列集结中心"), ["中欧班列集结中心"]);
}

#[test]
fn districts_listed_before_a_shared_ending_each_name_one() {
    assert_eq!(
        sorted_names("推进海勃湾区、乌达区光伏项目建设"),
        ["乌达区光伏项目", "海勃湾区光伏项目"]
    );
}

#[test]
fn parks_named_by_their_towns_short_names_in_lists() {
    assert_eq!(
        sorted_names("推进蒙西、棋盘井、大路工业园区升级"),
        ["大路工业园区", "棋盘井工业园区", "蒙西工业园区"]
    );
    assert_eq!(
        sorted_names("加快蒙西、大路等化工园区扩区调区"),
        ["大路化工园区", "蒙西化工园区"]
    );
    // A city is no town's short name, whatever village shares it (包头嘎查).
    assert_eq!(names("推进包头、大路工业园区建设"), ["大路工业园区"]);
}

#[test]
fn a_conjunction_inside_a_desert_s_name_is_no_boundary() {
    assert_eq!(
        names("实施乌兰布和沙漠东缘锁边林草防护带建设工程"),
        ["乌兰布和沙漠东缘锁边林草防护带建设工程"]
    );
}

#[test]
fn a_building_moved_or_extended_ends_its_name() {
    assert_eq!(names("推进扎赉特旗中蒙医院迁建。"), ["扎赉特旗中蒙医院"]);
    assert_eq!(names("推进九原区人民医院整体迁建。"), ["九原区人民医院"]);
    assert_eq!(names("实施达拉特旗第一中学扩建。"), ["达拉特旗第一中学"]);
    // A building of a hospital or school.
    assert_eq!(
        names("推进乌达区人民医院综合楼建设。"),
        ["乌达区人民医院综合楼"]
    );
}

#[test]
fn a_place_and_a_town_by_its_stem_name_a_resort() {
    assert_eq!(
        names("推动阿尔山—柴河国家级旅游度假区创建。"),
        ["阿尔山—柴河国家级旅游度假区"]
    );
    // Not a dash after a place before a word that is no town's name.
    assert!(names("包头市—全国重点旅游度假区").is_empty());
}

#[test]
fn scenic_places_named_by_a_name_no_lexicon_holds() {
    assert_eq!(
        names("推进阿斯哈图石阵景区提档升级。"),
        ["阿斯哈图石阵景区"]
    );
    assert_eq!(
        names("建设热水塘温泉康养度假区，完善配套。"),
        ["热水塘温泉康养度假区"]
    );
    assert_eq!(
        names("推进经棚镇历史文化街区保护利用。"),
        ["经棚镇历史文化街区"]
    );
    // Kinds alone are none.
    assert!(names("精心打造精品一日游、两日游景区，建设特色小镇和历史文化街区。").is_empty());
}

#[test]
fn a_plans_year_is_no_part_of_a_zones_name() {
    assert_eq!(
        names("推进榆林市2026年能源革命创新示范区建设。"),
        ["榆林市能源革命创新示范区"]
    );
    // A year's works keep it.
    assert_eq!(
        names("推进额济纳旗2022年住宅小区建设项目。"),
        ["额济纳旗2022年住宅小区建设项目"]
    );
}

#[test]
fn a_sector_holding_a_boundary_word_and_a_list_of_sectors_after_a_park() {
    // The 向 of 向日葵 starts no new phrase.
    assert_eq!(
        names("建设西小召镇向日葵产业园。"),
        ["西小召镇向日葵产业园"]
    );
    // A park, then the sectors it grows: the park's name ends before them.
    assert_eq!(
        names("推进九原工业园区氯碱化工、精细化工产业链延伸。"),
        ["九原工业园区"]
    );
}

#[test]
fn two_works_joined_by_yu_are_one_project() {
    assert_eq!(
        names("实施贺兰山生态保护与修复工程。"),
        ["贺兰山生态保护与修复工程"]
    );
    assert_eq!(
        names("实施达里湖生态保护与旅游开发项目。"),
        ["达里湖生态保护与旅游开发项目"]
    );
    // A goal joined by 与 is no works.
    assert!(names("推进黄河流域生态保护与高质量发展。").is_empty());
}

#[test]
fn flights_added_are_no_part_of_an_airport_s_name() {
    assert_eq!(
        sorted_names("加密鄂尔多斯伊金霍洛国际机场、榆林榆阳机场至京津冀航线"),
        ["榆林榆阳机场", "鄂尔多斯伊金霍洛国际机场"]
    );
}

#[test]
fn roads_listed_before_their_works_are_each_a_project() {
    assert_eq!(
        sorted_names("实施驼峰路、肤施路改造提升工程"),
        ["肤施路改造提升工程", "驼峰路改造提升工程"]
    );
    assert_eq!(
        sorted_names("实施长城路和人民路提升改造项目"),
        ["人民路提升改造项目", "长城路提升改造项目"]
    );
    // Kinds of road are no names.
    assert!(names("实施农村路、通村路改造提升工程").is_empty());
}

#[test]
fn firms_moving_in_are_no_part_of_a_park_s_name() {
    assert_eq!(
        names("引进中关村科技企业入驻乌兰察布大数据产业园"),
        ["乌兰察布大数据产业园"]
    );
}

#[test]
fn a_place_in_brackets_and_free_trade_are_inside_a_name() {
    assert_eq!(
        sorted_names("打造中国(内蒙古)自由贸易试验区、满洲里国家重点开发开放试验区"),
        ["中国(内蒙古)自由贸易试验区", "满洲里国家重点开发开放试验区"]
    );
    assert_eq!(
        names("加快推进中国移动(呼和浩特)数据中心二期项目建设"),
        ["中国移动(呼和浩特)数据中心二期项目"]
    );
    assert_eq!(names("申建内蒙古自由贸易试验区"), ["内蒙古自由贸易试验区"]);
}

#[test]
fn a_shantytown_s_renewal_is_part_of_a_name() {
    assert_eq!(
        names("建设包头市北梁棚户区改造安置房项目"),
        ["包头市北梁棚户区改造安置房项目"]
    );
    assert!(names("实施棚户区改造项目").is_empty());
}

#[test]
fn a_river_s_long_corridor_is_a_work() {
    assert_eq!(names("推进榆溪河生态长廊建设"), ["榆溪河生态长廊"]);
    assert!(names("打造城市文化长廊").is_empty());
}
