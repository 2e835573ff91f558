//! Tests of industries.rs.

use super::*;

fn names(t: &str) -> Vec<String> {
    let mut v: Vec<String> = find_industries(t, &[])
        .into_iter()
        .map(|h| h.name)
        .collect();
    v.sort();
    v.dedup();
    v
}

#[test]
fn enumerations_and_named_chains() {
    let v = names("推动乳、肉、薯、杂粮等重点产业继续向优势区域集中");
    for n in ["乳业", "肉业", "马铃薯", "杂粮"] {
        assert!(v.contains(&n.to_string()), "{n} in {v:?}");
    }
    // Wool, fodder and the count of the list's items (六大) after its last.
    let v = names("做大做强乳、肉、绒、草、薯、杂粮六大农牧产业");
    assert_eq!(v, ["乳业", "杂粮", "羊绒", "肉业", "饲草", "马铃薯"]);
    let v = names("推动钢铁、铝、铜等传统产业转型");
    assert_eq!(v, ["钢铁", "铜", "铝"]);
    let v = names("全产业链打造“风光氢储车”产业");
    assert!(v.contains(&"风光氢储车".to_string()), "{v:?}");
}

#[test]
fn items_of_a_list_the_verb_develops_and_more_verbs() {
    assert_eq!(
        names("推进稀土永磁电机、稀土储氢材料应用"),
        ["稀土储氢材料", "稀土永磁"]
    );
    assert_eq!(
        names("因地制宜推进风能、太阳能、生物质能、天然气等清洁能源开发利用"),
        ["天然气", "生物质能", "风电"]
    );
    assert_eq!(names("做优做精奶业,做特做长肉羊产业"), ["奶业", "肉羊"]);
    assert_eq!(names("发展首店经济、夜间经济"), ["夜间经济", "首发经济"]);
    // The core or the kin of a sector is the sector.
    assert_eq!(names("发展壮大数字经济核心产业"), ["数字经济"]);
    assert_eq!(names("引进光伏上下游产业"), ["光伏"]);
    // A breed of the taxonomy's kind is that sector, once.
    assert_eq!(
        names("壮大马铃薯、小杂粮、白绒山羊产业"),
        ["杂粮", "白绒山羊", "马铃薯"]
    );
    // Without a verb of development the list names no sector.
    assert!(names("统计电机、稀土储氢材料价格").is_empty());
}

#[test]
fn compounds_split() {
    let v = names("——大数据云计算产业集群。");
    assert!(
        v.contains(&"大数据".to_string()) && v.contains(&"云计算".to_string()),
        "{v:?}"
    );
}

#[test]
fn energy_chemicals_is_one_sector() {
    // 能源化工 is the region's name of one sector (榆林 / 鄂尔多斯 能源化工基地), not 能源 + 化工.
    assert_eq!(names("建设能源化工基地。"), ["能源化工"]);
}

#[test]
fn places_verbs_and_counts_in_lists_are_not_sectors() {
    let v = names("在凉城县、兴和县开展马铃薯、燕麦等特色产业数字化试点");
    assert!(v.contains(&"燕麦".to_string()), "{v:?}");
    assert!(
        v.iter().all(|n| !n.contains("凉城") && !n.contains("兴和")),
        "{v:?}"
    );
    let v = names("承接北京市大数据等产业转移,做强我市新材料等产业,培育五大产业");
    assert!(v.contains(&"大数据".to_string()), "{v:?}");
    assert!(v.contains(&"新材料".to_string()), "{v:?}");
    assert!(
        v.iter()
            .all(|n| !n.contains("北京") && !n.contains("我市") && n != "五大"),
        "{v:?}"
    );
}

#[test]
fn a_development_verb_frames_a_sector() {
    assert_eq!(names("(一)做强乳业。"), ["乳业"]);
}

#[test]
fn kinds_and_undertakings_are_not_sectors() {
    let v = names("有效提升电力偏好性产业竞争力");
    assert!(!v.iter().any(|n| n.contains("偏好")), "{v:?}");
    let v = names("结合乡村振兴、新型城镇化建设和文化、体育、旅游等产业");
    assert_eq!(v, ["体育", "文化", "旅游"]);
    let v = names("积极促进网络零售、互联网医疗、线上课堂、在线娱乐等新产业");
    assert!(v.contains(&"在线娱乐".to_string()), "{v:?}");
}

#[test]
fn a_size_is_not_part_of_the_sector() {
    assert_eq!(names("打造千亿级新能源产业集群"), ["新能源"]);
    assert!(
        names("培育壮大新材料产业,打造千亿级产业集群")
            .iter()
            .all(|n| n != "千亿级")
    );
    assert_eq!(names("培育两个百亿级现代煤化工产业"), ["现代煤化工"]);
}

#[test]
fn generic_chains_are_not_industries() {
    let v = names("支持配套产业和重点产业发展,壮大县域经济");
    assert!(v.is_empty(), "{v:?}");
}

#[test]
fn sector_names_of_the_taxonomy() {
    assert_eq!(
        names("推动羊绒产业、马铃薯产业提质增效"),
        ["羊绒", "马铃薯"]
    );
    assert_eq!(
        names("做强肉牛、小米、杂粮杂豆等特色产业"),
        ["小米", "杂粮", "肉牛"]
    );
    assert_eq!(names("推动软件和信息技术服务业发展"), ["软件"]);
    assert_eq!(
        names("做大稀土永磁、稀土抛光、稀土储氢材料产业"),
        ["稀土储氢材料", "稀土抛光材料", "稀土永磁"]
    );
}

#[test]
fn a_region_before_a_sector_says_where() {
    assert_eq!(names("共建蒙东铝产业集群"), ["铝"]);
}

#[test]
fn kinds_of_industry_are_not_sectors() {
    for t in [
        "培育发展未来产业",
        "推动招商引资产业链招商",
        "发展接续产业和替代产业",
    ] {
        assert!(names(t).is_empty(), "{t}: {:?}", names(t));
    }
}

#[test]
fn statistical_categories_and_markets_are_no_sectors() {
    let names = |t: &str| -> Vec<String> {
        find_industries(t, &[])
            .into_iter()
            .map(|h| h.name)
            .collect()
    };
    assert!(names("新增规模以上服务业企业130户,为69户电力多边交易企业节约用电成本").is_empty());
    assert_eq!(names("实施乳业升级三年行动计划"), ["乳业"]);
    // A measure of a sector's use is no sector; a variant character of its name is the same sector.
    assert!(names("同步配备干熄焦装备以提升能源利用效率").is_empty());
    assert!(names("持续优化能源结构").is_empty());
    assert!(names("在提升文化软实力方面,增强文化自信").is_empty());
    assert_eq!(names("做大做强炭材料产业"), ["碳材料"]);
}

#[test]
fn the_stages_of_a_chain_are_no_sectors() {
    let names: Vec<String> =
        find_industries("加快建设从硅料到铸锭、拉晶、切片、组件等光伏产业链", &[])
            .into_iter()
            .map(|h| h.name)
            .collect();
    assert_eq!(names, ["光伏"]);
}

#[test]
fn a_sector_named_with_its_industry_word_merges() {
    let names = |t: &str| -> Vec<String> {
        find_industries(t, &[])
            .into_iter()
            .map(|h| h.name)
            .collect()
    };
    assert_eq!(names("推动发展临空产业"), ["临空经济"]);
    assert!(
        names("打造绿色农畜产业生产加工产业集群")
            .iter()
            .all(|n| n == "绿色农畜产品加工")
    );
    assert!(names("推动科教文卫等社会公共服务产业转移").is_empty());
}

#[test]
fn the_whole_country_is_no_part_of_a_sector() {
    let names: Vec<String> = find_industries("“全国肉牛产业第一重镇”建设取得积极进展", &[])
        .into_iter()
        .map(|h| h.name)
        .collect();
    assert_eq!(names, ["肉牛"]);
}

#[test]
fn a_word_ending_in_hua_before_works_is_no_chemical_industry() {
    let v = names(
        "推进防沙治沙和风电光伏一体化工程、六类市场化消纳新能源项目和配套新能源装备制造项目建设",
    );
    assert!(!v.iter().any(|n| n.contains("化工")), "{v:?}");
    assert!(v.contains(&"风电".to_string()), "{v:?}");
    assert_eq!(
        names("发展现代煤化工和精细化工。"),
        ["现代煤化工", "精细化工"]
    );
}

#[test]
fn a_town_before_a_sector_says_where() {
    assert_eq!(names("建设巴彦浩特沙产业示范园区"), ["沙产业"]);
}

#[test]
fn projects_listed_before_a_sector_word_are_no_sectors() {
    let v = names(
        "开工建设的榆林零碳产业园氢能(制氢)示范项目、金凤科技定边产业园等一批补链强链产业转型升级项目",
    );
    assert!(
        v.iter().all(|n| !n.ends_with("项目") && !n.ends_with('园')),
        "{v:?}"
    );
}

#[test]
fn coal_power_is_a_sector_and_a_plant_is_none() {
    assert_eq!(names("千万千瓦级煤电产业集群加快构建"), ["煤电"]);
    // 燃煤电厂, 火电厂: the plants a measure applies to.
    assert!(names("实施燃煤电厂超低排放改造").is_empty());
    assert!(names("关停落后火电厂机组").is_empty());
}

#[test]
fn a_sector_pushed_forward_and_its_whole_chain() {
    assert_eq!(names("1.推进绿色农畜产品加工。"), ["绿色农畜产品加工"]);
    assert_eq!(names("推进肉羊全产业链发展"), ["肉羊"]);
}

#[test]
fn a_region_before_a_sector_is_no_part_of_it() {
    assert_eq!(
        names("锚定建设西北地区固态电池产业创新高地目标"),
        ["固态电池"]
    );
}

#[test]
fn modern_is_how_not_which() {
    assert_eq!(names("承办了全盟推进现代化肉牛产业发展现场会"), ["肉牛"]);
    assert!(names("推进现代化工产业").contains(&"现代化工".to_string()));
}

#[test]
fn a_company_among_companies_is_no_sector() {
    assert!(
        names("推动苹果、华为、阿里巴巴等数据中心项目落地")
            .iter()
            .all(|n| n != "苹果")
    );
    assert!(names("引进华为、苹果等企业").iter().all(|n| n != "苹果"));
    // Among fruits, the fruit.
    assert!(names("发展苹果、梨等特色林果产业").contains(&"苹果".to_string()));
    // 硅铁 (another name of 铁合金) inside 硅铁合金: one sector, not two.
    assert_eq!(names("延伸发展金属镁、硅铁合金产业链"), ["硅铁合金", "镁"]);
    // A company named as a fruit is no company among crops.
    assert_eq!(
        names("发展壮大山地苹果、小杂粮等特色产业"),
        ["杂粮", "苹果"]
    );
}

#[test]
fn protecting_the_environment_is_no_industry() {
    // 生态环保 among areas of work; 环保 as the sector (发展环保产业, 环保设备制造) stays.
    assert!(
        names("促进投资向现代服务业、生态环保、公共服务等领域倾斜")
            .iter()
            .all(|n| n != "节能环保")
    );
    assert!(names("将重大项目、生态环保、问题整改等重点工作纳入调度").is_empty());
    assert_eq!(names("积极发展环保产业"), ["节能环保"]);
}

#[test]
fn the_last_item_of_a_list_set_out_to_develop() {
    let v = names("大力发展肉牛、肉羊、奶业、番茄、河套蜜瓜产业。");
    assert!(v.contains(&"河套蜜瓜".to_string()), "{v:?}");
    // A zone that takes in industries is no industry (京津冀产业承接区).
    let v = names("将西部城区打造成为乡村振兴战略实践区、京津冀产业承接区");
    assert!(!v.iter().any(|n| n.contains("京津冀")), "{v:?}");
}

#[test]
fn material_before_processing_is_not_a_sector_of_its_own() {
    // 玉米 is what 玉米深加工 works on; 煤炭 is what 煤炭机械 is made for.
    assert_eq!(names("推动玉米深加工产业集群发展。"), ["玉米深加工"]);
    let v = names("发展工程机械、煤炭机械等装备制造产业。");
    assert!(!v.contains(&"煤炭".to_string()), "{v:?}");
    // A term beside another or naming a kind stays: 商贸 in 商贸会展, 旅游 in 休闲旅游.
    let v = names("加强在商贸会展、休闲旅游等领域合作,发展相关产业。");
    assert!(v.contains(&"旅游".to_string()), "{v:?}");
    let v = names("发展玉米种植产业和玉米深加工产业。");
    assert!(v.contains(&"玉米".to_string()), "{v:?}");
}

#[test]
fn a_sector_to_revive_is_named() {
    // 乳业振兴: the clause speaks of the sector's development.
    assert_eq!(names("实施乳业振兴行动,支持龙头企业做强做优。"), ["乳业"]);
}

#[test]
fn a_term_across_a_sector_s_name_and_its_head() {
    // 沙产业 reads across 光伏治沙|产业; 文化 is a term of its own inside 马文化产业.
    assert_eq!(names("发展光伏治沙产业"), ["光伏", "光伏治沙"]);
    assert!(names("发展马文化产业").contains(&"文化".to_string()));
    assert_eq!(names("推进沙产业发展"), ["沙产业"]);
}

#[test]
fn the_second_of_two_sectors_joined_by_and() {
    assert_eq!(
        names("支持杭锦旗发展新材料产业和绿色高载能产业。"),
        ["新材料", "高载能"]
    );
}

#[test]
fn a_word_of_its_kind_between_the_verb_and_the_sector() {
    assert_eq!(names("做强现代畜牧业。"), ["畜牧业"]);
}

#[test]
fn a_sector_named_with_its_industry_word_is_framed_by_it() {
    // The taxonomy writes 燕麦产业 whole: its 产业 frames it whatever the clause says.
    assert_eq!(names("深化马铃薯、燕麦产业合作。"), ["燕麦", "马铃薯"]);
}

#[test]
fn a_chain_built_with_a_neighbour() {
    assert_eq!(names("共建风光氢储车产业集群"), ["风光氢储车"]);
    assert_eq!(
        names("联合包头市发展稀土新材料、新能源汽车及零部件产业"),
        ["新能源汽车", "稀土新材料"]
    );
}

#[test]
fn a_sector_s_capacity_and_a_sector_right_after_a_developed_one() {
    assert_eq!(
        names("支持北方稀土、包钢集团扩大稀土冶炼分离产能"),
        ["稀土"]
    );
    assert_eq!(names("提升钢铁铝业竞争力"), ["钢铁", "铝"]);
    // Sectors coupled or demonstrated; crops grown.
    assert_eq!(names("开展绿氢耦合煤化工示范"), ["煤化工", "绿氢"]);
    assert_eq!(
        names("扩大梭梭—肉苁蓉、白刺—锁阳种植规模"),
        ["梭梭", "肉苁蓉", "锁阳"]
    );
    // A term alone in a clause that develops nothing is none.
    assert!(names("钢铁价格回落").is_empty());
}

#[test]
fn enlarging_a_data_centre_is_no_big_data() {
    assert!(names("支持华为、阿里巴巴等企业扩大数据中心规模").is_empty());
    assert_eq!(names("发展大数据产业"), ["大数据"]);
}
