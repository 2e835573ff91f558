//! Tests of projects.rs.

use super::*;

/// The names of the projects in `text`, sorted (for tests of the rules).
pub(in crate::extract) fn sorted_names(text: &str) -> Vec<String> {
    let mut v: Vec<String> = find_projects(text, &[])
        .into_iter()
        .map(|p| p.name)
        .collect();
    v.sort();
    v
}

pub(in crate::extract) fn names(t: &str) -> Vec<String> {
    find_projects(t, &[]).into_iter().map(|p| p.name).collect()
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
fn a_verb_after_the_head_ends_the_name() {
    let v = names("支持鄂尔多斯高新技术产业园区承接项目落地");
    assert_eq!(v, ["鄂尔多斯高新技术产业园区"]);
}

#[test]
fn generic_phrases_are_dropped() {
    assert!(names("继续实施一批重点生态环境系统治理工程项目").is_empty());
    assert!(names("创建国家4A级旅游景区,新增4A级景区2家").is_empty());
    assert!(names("争创国家5A级旅游景区,创成国家级旅游度假区").is_empty());
    assert!(names("推进项目建设,2024年底前完成主体工程。").is_empty());
    assert!(names("推进各工业园区污水处理项目建设").is_empty());
    assert_eq!(
        names("推进大路工业园区煤制烯烃项目建设"),
        ["大路工业园区煤制烯烃项目"]
    );
    assert!(names("建设互联共享的养老服务信息平台,全面实现共享").is_empty());
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
    // A phase in brackets after the head is a stage of that project.
    assert_eq!(
        label("包头稀土新材料产业园(一期)项目"),
        "包头稀土新材料产业园"
    );
    assert_eq!(
        label("达拉特旗光伏领跑者基地(三期)"),
        "达拉特旗光伏领跑者基地"
    );
    assert_eq!(label("中环(五期)项目"), "中环(五期)项目");
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
fn including_in_brackets_is_no_part_of_the_name() {
    assert_eq!(
        names("进一步提升呼包鄂地区(含和林格尔新区,下同)协同发展的质量和水平"),
        ["内蒙古和林格尔新区"]
    );
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
fn a_stage_after_a_project_s_head() {
    assert_eq!(
        names("推进陕煤榆林化学1500万吨煤炭分质清洁高效转化示范项目二阶段建设。"),
        ["陕煤榆林化学1500万吨煤炭分质清洁高效转化示范项目"]
    );
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
fn a_level_s_grade_after_a_level_is_a_category() {
    assert_eq!(
        names(
            "把呼和浩特经济技术开发区等国家级经开区打造成为示范区,推动自治区国家级经济技术开发区开放创新"
        ),
        ["呼和浩特经济技术开发区"]
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
        ["新城区第一实验小学", "呼和浩特市实验中学九年一贯制学校"]
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
    // A school named by its place and number; schools of a place in a list of partners, and counts: none.
    assert_eq!(
        names(
            "建设松山区第一中学,推动苏虎街实验小学、北垣小学与新营小学、保合少小学联盟办校,新建中学3所"
        ),
        ["松山区第一中学"]
    );
    // A town's clinic, a district's numbered kindergarten; kinds of them, none.
    assert_eq!(
        names("新建保合少镇卫生院、九原区第二幼儿园,改造苏木乡镇卫生院12所,推进普惠性幼儿园建设"),
        ["保合少镇卫生院", "九原区第二幼儿园"]
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
