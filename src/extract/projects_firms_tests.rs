//! Tests of projects.rs: projects named by companies, phases, parks and zones, and works in the news.

use super::tests::{names, sorted_names};
use super::*;

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
    // Rare-earth firms by their short names; where in a chain, or new works, name none.
    assert_eq!(
        names("推动金蒙稀土永磁电机项目12月底前投产"),
        ["金蒙稀土永磁电机项目"]
    );
    assert!(names("支持下游稀土永磁电机项目落地,支持新上稀土永磁项目").is_empty());
    // The date after a head ends the name.
    assert_eq!(
        names("推进呼和浩特新机场2025年建成投用"),
        ["呼和浩特新机场"]
    );
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
fn water_transfers_and_pilot_zones() {
    assert_eq!(names("实施引绰济辽工程二期"), ["引绰济辽工程"]);
    assert_eq!(names("加快引嫩济锡工程前期工作"), ["引嫩济锡工程"]);
    assert_eq!(
        names("建设呼伦贝尔中俄蒙合作先导区"),
        ["呼伦贝尔中俄蒙合作先导区"]
    );
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
fn a_stem_that_starts_with_an_enterprise_is_named() {
    let v = names("加快通威高纯晶硅项目建设,推进蒙草生态修复工程,建设京东物流园");
    assert_eq!(v, ["通威高纯晶硅项目", "蒙草生态修复工程", "京东物流园"]);
    // A sector alone before the head names no project.
    assert!(names("加快高纯晶硅项目建设").is_empty());
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
fn a_park_named_by_its_enterprise_and_sector_after_a_verb_of_aim() {
    assert_eq!(
        names("盯紧钢焦产业链和宝武炭材料产业园这“一链一园”精耕细作"),
        ["宝武炭材料产业园"]
    );
    assert_eq!(names("瞄准呼和浩特新机场建设"), ["呼和浩特新机场"]);
}

#[test]
fn a_park_named_by_places_abbreviated_and_completed_in_brackets() {
    assert_eq!(
        names("支持准(格尔)托(克托)清(水河)工业园区开展城市间产业合作试点"),
        ["准托清工业园区"]
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
    // (The park inside the quotes, named by its firm, is the same project.)
    let ps = find_projects("是“卧龙永磁电机产业园”项目大干快建的火热场面。", &[]);
    let labels: std::collections::BTreeSet<&str> = ps.iter().map(|p| label(&p.name)).collect();
    assert_eq!(
        labels.into_iter().collect::<Vec<_>>(),
        ["卧龙永磁电机产业园"],
        "{ps:?}"
    );
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
fn a_title_s_words_before_a_zone() {
    assert_eq!(
        names("呼和浩特市人民政府关于印发和林格尔新区建设三年行动方案的通知"),
        ["内蒙古和林格尔新区"]
    );
}

#[test]
fn words_of_news_after_a_head_and_a_whole_city_s_parks() {
    assert_eq!(names("包头至银川高铁项目集中开工"), ["包头至银川高铁项目"]);
    assert!(names("对全市工业园区进行整合提升").is_empty());
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
fn partner_countries_and_a_named_complex() {
    // 中德, 中白: China and a partner country name the park.
    assert_eq!(
        names("支持达拉特旗打造中德隐形冠军产业园，推进中白工业园合作。"),
        ["中德隐形冠军产业园", "中白工业园"]
    );
    // A complex named by its place is one; a kind of complex is none.
    assert_eq!(
        names("建设包头万达城市综合体，打造一批商业综合体。"),
        ["包头万达城市综合体"]
    );
}

#[test]
fn works_in_a_park_named_by_its_sector_alone_are_no_project() {
    assert!(names("草畜一体化项目、肉羊产业园配套设施建设项目有序推进。").is_empty());
    assert_eq!(
        names("建设蒙牛乳业产业园配套设施项目。"),
        ["蒙牛乳业产业园配套设施项目"]
    );
}

#[test]
fn a_market_named_by_its_place() {
    assert_eq!(
        names("建设大板镇肉牛交易市场，建设一批农产品交易市场。"),
        ["大板镇肉牛交易市场"]
    );
}

#[test]
fn a_port_before_what_passes_it() {
    assert_eq!(
        names("推进珠恩嘎达布其口岸进口资源落地加工，建设满洲里口岸进口资源加工园区。"),
        ["珠恩嘎达布其口岸", "满洲里口岸进口资源加工园区"]
    );
}

#[test]
fn a_river_s_corridor() {
    assert_eq!(
        names("建设西辽河生态廊道，建设一批生态廊道，推进南部沿黄生态廊道建设。"),
        ["西辽河生态廊道"]
    );
}

#[test]
fn a_company_named_by_its_place_before_one_named_by_its_kind() {
    assert_eq!(
        sorted_names("推进赤峰云铜、金剑铜业技改项目"),
        ["赤峰云铜技改项目", "金剑铜业技改项目"]
    );
}

#[test]
fn the_region_s_biotech_and_polysilicon_firms_name_their_works() {
    assert_eq!(
        names("推进阜丰生物科技氨基酸扩产项目"),
        ["阜丰生物科技氨基酸扩产项目"]
    );
    assert_eq!(names("推进大全能源多晶硅项目建设"), ["大全能源多晶硅项目"]);
    // 梅花 alone is no firm: 梅花鹿 are deer.
    assert!(names("建设梅花鹿养殖基地").is_empty());
}
