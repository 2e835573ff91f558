use super::*;

fn names(t: &str, home: Option<&str>) -> Vec<String> {
    find_places(t, home).0.into_iter().map(|p| p.name).collect()
}

#[test]
fn a_district_s_short_name_in_its_own_city() {
    let v = names("推动科区龙马铸锻件产品下线", Some("通辽市"));
    assert_eq!(v, ["科尔沁区"]);
    assert!(names("推动科区龙马铸锻件产品下线", Some("包头市")).is_empty());
}

#[test]
fn a_town_by_its_stem_after_its_county() {
    let v = names("推动阿拉善左旗乌力吉200万千瓦风光基地项目并网", None);
    assert_eq!(v, ["阿拉善左旗", "乌力吉苏木"]);
    let v = names("推动准格尔旗纳日松光伏制氢项目投产", None);
    assert_eq!(v, ["准格尔旗", "纳日松镇"]);
    // Not after another county.
    let v = names("推动达拉特旗纳日松光伏制氢项目投产", None);
    assert_eq!(v, ["达拉特旗"]);
}

#[test]
fn a_town_written_as_the_other_kind_of_town() {
    let v = names("推进巴彦花苏木、绍根苏木基础设施建设", Some("阿鲁科尔沁旗"));
    assert!(v.contains(&"巴彦花镇".to_string()), "{v:?}");
    assert!(v.contains(&"绍根镇".to_string()), "{v:?}");
    // Only under the document's own government.
    let v = names("推进巴彦花苏木基础设施建设", Some("包头市"));
    assert!(!v.contains(&"巴彦花镇".to_string()), "{v:?}");
}

#[test]
fn short_forms_resolve() {
    assert_eq!(
        names("实施包头至银川高铁项目", Some("包头市")),
        ["包头市", "银川市"]
    );
    assert_eq!(
        names("推进包头市至达拉特旗客运", Some("包头市")),
        ["包头市", "达拉特旗"]
    );
    assert_eq!(
        names("发挥首府的辐射带动作用", Some("呼和浩特市")),
        ["呼和浩特市"]
    );
}

#[test]
fn villages_by_the_names_they_are_written_with() {
    // The lexicon's villages are named as texts write them (磴口村), not with the 村 of 村委会 (磴口村村).
    assert_eq!(
        names("推进河东镇磴口村、王家圪旦村人居环境整治", Some("东河区")),
        ["河东镇", "磴口村", "王家圪旦村"]
    );
}

#[test]
fn a_town_after_a_place_above_its_county() {
    // Its city or province written just before a town no other place shares names it, in any document.
    for (t, town) in [
        (
            "在鄂尔多斯市乌兰木伦镇和榆林市大柳塔镇共建蒙陕合作实验区",
            "大柳塔镇",
        ),
        (
            "支持内蒙古乌兰木伦镇与陕西大柳塔镇共建合作试验区",
            "乌兰木伦镇",
        ),
    ] {
        assert!(names(t, None).contains(&town.to_string()), "{t}");
    }
}

#[test]
fn a_short_village_name_inside_a_longer_one() {
    // 高尧峁村 (not in the lexicon) starting a caption is no 尧峁村; 以水磨村 and 支持恼包村 are.
    assert!(
        !names("高尧峁村沿黄土石山区生态绿化建设项目", Some("府谷县"))
            .contains(&"尧峁村".to_string())
    );
    assert!(names("以水磨村、恼包村为重点", Some("新城区")).contains(&"水磨村".to_string()));
    assert!(names("支持恼包村发展乡村旅游", Some("新城区")).contains(&"恼包村".to_string()));
}

#[test]
fn ordinary_words_are_not_places() {
    assert!(names("坚持绿水青山就是金山银山", Some("包头市")).is_empty());
    assert!(names("共同实施大青山生态保护综合治理", Some("包头市")).is_empty());
    assert!(names("拓宽东河路和东胜大街", Some("包头市")).is_empty());
    assert!(names("实现长治久安", Some("包头市")).is_empty());
    assert!(names("发展大理石加工", Some("包头市")).is_empty());
    for t in [
        "推动乡村振兴和城乡融合发展",
        "保护大兴安岭森林西部生态",
        "推进五原则落实",
        "加强与多伦多的交流",
        "强化德治教化",
        "发展农业和林业",
        "项目接二连三落地",
    ] {
        assert!(names(t, Some("包头市")).is_empty(), "{t}");
    }
    assert_eq!(
        names("推进兴和、多伦、和林、五原建设", Some("包头市")),
        ["兴和县", "多伦县", "和林格尔县", "五原县"]
    );
    // Abbreviations completed in brackets.
    assert_eq!(
        names(
            "支持准(格尔)托(克托)清(水河)工业园区开展合作",
            Some("包头市")
        ),
        ["准格尔旗", "托克托县", "清水河县"]
    );
    assert!(names("推进三(期)工(程)建设", Some("包头市")).is_empty());
    // Such a stem names its place among places in a list or after its province.
    assert_eq!(
        names("云南曲靖、楚雄、大理、保山等州市", Some("包头市")),
        [
            "云南省",
            "曲靖市",
            "楚雄彝族自治州",
            "大理白族自治州",
            "保山市"
        ]
    );
    assert_eq!(
        names("增强与乌兰察布、大同等周边城市的协作", Some("呼和浩特市")),
        ["乌兰察布市", "大同市"]
    );
    // Streets named after leagues, and an old league's name.
    assert!(
        names(
            "改造锡林郭勒南路、呼伦贝尔北路、兴安北路和鄂尔多斯大街",
            Some("呼和浩特市")
        )
        .is_empty()
    );
    assert!(names("建设昭乌达高架", Some("呼和浩特市")).is_empty());
}

#[test]
fn a_far_district_after_its_city() {
    assert_eq!(
        names("北京市朝阳区对口帮扶科尔沁右翼中旗", Some("兴安盟")),
        ["北京市", "朝阳区", "科尔沁右翼中旗"]
    );
    assert_eq!(
        names("上海浦东新区企业来包头投资", Some("包头市")),
        ["上海市", "浦东新区", "包头市"]
    );
}

#[test]
fn a_town_name_shared_by_two_counties_in_one_of_them() {
    // 金河镇 is in 赛罕区 and in 根河市.
    assert_eq!(names("推进金河镇垃圾分类", Some("赛罕区")), ["金河镇"]);
    assert!(names("推进金河镇垃圾分类", Some("包头市")).is_empty());
    // Only one of them in the prefecture: a plan of the city names it too.
    assert_eq!(names("推进金河镇垃圾分类", Some("呼和浩特市")), ["金河镇"]);
}

fn placed_in(t: &str, home: Option<&str>) -> Vec<(String, Option<String>)> {
    find_places(t, home)
        .0
        .into_iter()
        .map(|p| (p.name, p.parent))
        .collect()
}

#[test]
fn a_shared_town_name_lies_in_the_county_written_before_it() {
    // 巴彦高勒镇 is a town of 磴口县 (the gazetteer's first) and of 扎赉特旗.
    let v = placed_in("推动扎赉特旗巴彦高勒镇光伏治沙项目并网", Some("兴安盟"));
    assert!(
        v.contains(&("巴彦高勒镇".into(), Some("扎赉特旗".into()))),
        "{v:?}"
    );
    let v = placed_in("推动磴口县巴彦高勒镇光伏治沙项目并网", Some("兴安盟"));
    assert!(v.contains(&("巴彦高勒镇".into(), None)), "{v:?}");
    // The league written before it holds one of them.
    let v = placed_in("兴安盟巴彦高勒镇", None);
    assert!(
        v.contains(&("巴彦高勒镇".into(), Some("扎赉特旗".into()))),
        "{v:?}"
    );
    // Written alone: the one in the document's league.
    let v = placed_in("支持巴彦高勒镇建设光伏电站", Some("兴安盟"));
    assert_eq!(v, [("巴彦高勒镇".into(), Some("扎赉特旗".into()))]);
    let v = placed_in("支持巴彦高勒镇建设光伏电站", Some("巴彦淖尔市"));
    assert_eq!(v, [("巴彦高勒镇".into(), None)]);
    // 城关镇 of 和林格尔县 and of 清水河县, both in Hohhot: not told apart without the county.
    assert!(names("推进城关镇供热改造", Some("呼和浩特市")).is_empty());
    let v = placed_in("推进清水河县城关镇供热改造", Some("呼和浩特市"));
    assert!(
        v.contains(&("城关镇".into(), Some("清水河县".into()))),
        "{v:?}"
    );
    assert_eq!(
        placed_in("推进城关镇供热改造", Some("兴和县")),
        [("城关镇".into(), Some("兴和县".into()))]
    );
}

#[test]
fn a_shared_village_name_lies_in_the_town_written_before_it() {
    // 金山村 is a village of 巴日嘎斯台乡 (科右前旗) and of 音德尔镇 (扎赉特旗).
    let v = placed_in("扎赉特旗音德尔镇金山村发展庭院经济", Some("兴安盟"));
    assert!(
        v.contains(&("金山村".into(), Some("音德尔镇".into()))),
        "{v:?}"
    );
    let v = placed_in("支持金山村发展庭院经济", Some("扎赉特旗"));
    assert_eq!(v, [("金山村".into(), Some("音德尔镇".into()))]);
    assert!(names("支持金山村发展庭院经济", Some("兴安盟")).is_empty());
}

#[test]
fn words_that_hold_a_place_name() {
    assert!(
        names(
            "构建“东融、西联、南通、北开”全方位开放格局",
            Some("呼和浩特市")
        )
        .is_empty()
    );
    assert!(names("加快推进伊泰国电等项目", Some("鄂尔多斯市")).is_empty());
    assert_eq!(
        names("赴俄罗斯、蒙古国开展合作,吸引法国企业", Some("包头市")),
        ["俄罗斯", "蒙古国", "法国"]
    );
    assert_eq!(
        names("对接江苏南通、浙江宁波", Some("包头市")),
        ["江苏省", "南通市", "浙江省", "宁波市"]
    );
}

#[test]
fn a_river_is_not_its_county() {
    let got = names("实施清水河流域治理,支持清水河县发展", Some("包头市"));
    assert_eq!(got, ["清水河县"]);
}

#[test]
fn far_places_with_a_child_or_as_partners() {
    let got = names("学习广东深圳经验,深化与吉林市、长春合作", Some("包头市"));
    for p in ["广东省", "深圳市", "吉林市", "长春市"] {
        assert!(got.contains(&p.to_string()), "{p}: {got:?}");
    }
}

#[test]
fn far_places_need_a_boundary() {
    assert!(names("加强与东部沿海城市群合作", Some("呼和浩特市")).is_empty());
    assert!(
        names(
            "推进大黑河、浑河治理,完善新建区域服务功能",
            Some("呼和浩特市")
        )
        .is_empty()
    );
    assert_eq!(
        names("建设鄂尔多斯—安平—沧州输气管道", Some("内蒙古自治区")),
        ["鄂尔多斯市", "沧州市"]
    );
    assert_eq!(
        names("承接北京非首都功能,辐射山西北部", Some("内蒙古自治区")),
        ["北京市", "山西省"]
    );
    assert!(!names("上海庙至山东特高压", Some("内蒙古自治区")).contains(&"上海市".to_string()));
    // A county written in full after a boundary names it; its level character starting a word does not.
    assert_eq!(
        names("与青州市开展合作,与晋江市场主体对接", Some("包头市")),
        ["青州市"]
    );
}

#[test]
fn towns_need_context() {
    assert_eq!(
        names("重点建设呼和浩特市保合少镇", Some("内蒙古自治区")),
        ["呼和浩特市", "保合少镇"]
    );
    assert_eq!(names("东胜区罕台镇", Some("东胜区")), ["东胜区", "罕台镇"]);
}

#[test]
fn cities_abroad_and_lists_of_far_cities() {
    let v = names(
        "加强与乌兰巴托、扎门乌德、后贝加尔斯克合作,开通至杜伊斯堡、满洲里至汉堡的班列",
        Some("内蒙古自治区"),
    );
    for n in ["乌兰巴托", "扎门乌德", "后贝加尔斯克", "杜伊斯堡", "汉堡"] {
        assert!(v.contains(&n.to_string()), "{n} in {v:?}");
    }
    assert_eq!(
        super::super::lexicon::LEXICON
            .place("乌兰巴托")
            .and_then(|p| p.parent.clone())
            .as_deref(),
        Some("蒙古国")
    );
    let v = names("推动银川、石嘴山、朔州协同", Some("包头市"));
    assert_eq!(v, ["银川市", "石嘴山市", "朔州市"]);
    // 黄河内蒙古段 names no Hanoi.
    assert_eq!(
        names("推进黄河内蒙古段治理", Some("内蒙古自治区")),
        ["内蒙古自治区"]
    );
}

#[test]
fn towns_of_a_county_named_earlier_in_the_sentence() {
    // In a Baotou plan, Ordos towns need their banner: written before the first, it holds for the list.
    let v = names(
        "推进乌审旗嘎鲁图镇、图克镇、苏力德苏木建设。推进图克镇建设。",
        Some("包头市"),
    );
    assert_eq!(v, ["乌审旗", "嘎鲁图镇", "图克镇", "苏力德苏木"]);
}

#[test]
fn a_village_the_gazetteer_lacks_after_its_town() {
    let hits = find_places(
        "推进乌审旗图克镇梅林庙嘎查、王爱召镇巴音村建设，树林召镇中心村和树林召镇村级组织。",
        Some("鄂尔多斯市"),
    )
    .0;
    let villages: Vec<(&str, Option<&str>)> = hits
        .iter()
        .filter(|h| h.parent.is_some())
        .map(|h| (h.name.as_str(), h.parent.as_deref()))
        .collect();
    assert_eq!(
        villages,
        [("梅林庙嘎查", Some("图克镇")), ("巴音村", Some("王爱召镇"))]
    );
}

#[test]
fn a_community_after_its_subdistrict_or_district() {
    let hits = find_places(
        "在东胜区交通街道林荫路社区、青山区少先路社区建设服务站，在青山区建设社区食堂，打造完整社区。",
        Some("鄂尔多斯市"),
    )
    .0;
    let communities: Vec<(&str, Option<&str>)> = hits
        .iter()
        .filter(|h| h.parent.is_some())
        .map(|h| (h.name.as_str(), h.parent.as_deref()))
        .collect();
    assert_eq!(
        communities,
        [
            ("林荫路社区", Some("交通街道")),
            ("少先路社区", Some("青山区"))
        ]
    );
}

#[test]
fn a_district_s_former_full_name_is_it_anywhere() {
    assert_eq!(names("完善康巴什新区功能", Some("包头市")), ["康巴什区"]);
    // A short name of a district is its own city's word.
    assert!(names("推动昆区发展", Some("呼和浩特市")).is_empty());
}

#[test]
fn a_zone_named_after_its_place_names_the_place() {
    let (places, zones) = find_places("推进巴彦淖尔经济技术开发区、腾格里经开区建设", None);
    let found: Vec<&str> = places.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(found, ["巴彦淖尔市"]);
    assert_eq!((places[0].start, places[0].end), (6, 18));
    let zones: Vec<&str> = zones
        .iter()
        .map(|z| LEXICON.zones[z.zone].name.as_str())
        .collect();
    assert_eq!(
        zones,
        ["巴彦淖尔经济技术开发区", "内蒙古腾格里经济技术开发区"]
    );
    // Not a place above the zone's own (内蒙古 of 内蒙古和林格尔新区).
    assert!(names("推动内蒙古和林格尔新区建设", None).is_empty());
}

#[test]
fn the_cluster_s_cities_by_their_one_character_names() {
    assert_eq!(
        names("推动呼包鄂乌一体化发展", None),
        ["呼和浩特市", "包头市", "鄂尔多斯市", "乌兰察布市"]
    );
    assert_eq!(
        names("深化呼包鄂榆城市群合作", None),
        ["呼和浩特市", "包头市", "鄂尔多斯市", "榆林市"]
    );
    // Two only before a word of the pair (呼包同城化); never a province's character, a repeat, or a word.
    assert_eq!(names("推进呼包同城化", None), ["呼和浩特市", "包头市"]);
    for t in ["推进呼包高速改造", "深化蒙陕合作", "包括包装产业", "呼呼包"] {
        assert!(names(t, None).is_empty(), "{t}");
    }
}

#[test]
fn cities_by_their_colloquial_short_names() {
    assert_eq!(
        names("推动呼市、鄂市现代煤化工协同发展", Some("包头市")),
        ["呼和浩特市", "鄂尔多斯市"]
    );
}

#[test]
fn a_town_s_plan_names_its_county_s_villages() {
    let v = names("扶持王爱召村、五股地村发展肉羊养殖", Some("树林召镇"));
    assert_eq!(v, ["王爱召村", "五股地村"]);
}

#[test]
fn a_town_of_two_characters_needs_its_county() {
    // 哈镇 (府谷县), 桃镇 and 龙镇 (米脂县): in their county's plan, or after their county.
    let v = names("在桃镇、龙镇建设谷子种植基地", Some("米脂县"));
    assert_eq!(v, ["桃镇", "龙镇"]);
    assert_eq!(names("推进府谷县哈镇集镇建设", None), ["府谷县", "哈镇"]);
    // Not in their city's plan by name alone, nor as a word (奈曼旗's 新镇) or the end of another town's name.
    assert!(names("在桃镇建设谷子种植基地", Some("榆林市")).is_empty());
    assert!(names("打造特色新镇", Some("奈曼旗")).is_empty());
    assert_eq!(
        names("推进王家店镇集镇建设", Some("佳县")),
        Vec::<String>::new()
    );
    assert_eq!(names("推进沙家店镇集镇建设", Some("米脂县")), ["沙家店镇"]);
}
