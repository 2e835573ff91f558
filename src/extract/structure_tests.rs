//! Tests of structure.rs.

use super::*;

#[test]
fn a_newspaper_is_no_document() {
    let p = "正北方网—《内蒙古日报》报道,根据《乌海市国土空间总体规划》和《政府工作报告》";
    let titles: Vec<String> = citations(p).into_iter().map(|c| c.title).collect();
    assert_eq!(titles, ["乌海市国土空间总体规划", "政府工作报告"]);
}

#[test]
fn outline_numbers() {
    // 1 产业转型升级 / 1.1 推动… / 1.1.1 …: a part, an item, an item's part (the space folded away).
    assert_eq!(heading_level("1产业转型升级"), Some((2, 1)));
    assert_eq!(heading_level("12 城市品质提升"), Some((2, 3)));
    assert_eq!(
        heading_level("1.1推动乌达工业园区氯碱化工产业延链补链。"),
        Some((4, 3))
    );
    assert_eq!(heading_level("2.10 推进项目建设。"), Some((4, 5)));
    assert_eq!(heading_level("1.1.2实施滨河区域综合整治。"), Some((5, 5)));
    // Decimals, counts and rows of a list are none.
    for p in [
        "1.5万吨乙二醇项目建成投产。",
        "2.3%的增速",
        "12月底前完成",
        "3个项目开工",
        "1呼和浩特新机场",
        "2伊金霍洛旗",
        "3市发展改革委",
        "1推进重点项目建设,完成投资。",
    ] {
        assert_eq!(heading_level(p), None, "{p}");
    }
}

#[test]
fn heading_levels() {
    assert_eq!(heading_level("第一章 总则").map(|x| x.0), Some(0));
    assert_eq!(heading_level("第二节发展环境").map(|x| x.0), Some(1));
    assert_eq!(heading_level("一、总体要求").map(|x| x.0), Some(2));
    assert_eq!(heading_level("(一)打造1小时").map(|x| x.0), Some(3));
    assert_eq!(
        heading_level("专栏1 产业发展重点工程").map(|x| x.0),
        Some(3)
    );
    assert_eq!(heading_level("专栏文章"), None);
    assert_eq!(heading_level("● 推进丙工作"), Some((4, "● ".len())));
    assert_eq!(heading_level("◆推进戊工作"), Some((4, "◆".len())));
    assert_eq!(
        heading_level("1.建设区域性中心城市。").map(|x| x.0),
        Some(4)
    );
    assert_eq!(heading_level("(1)发展新能源").map(|x| x.0), Some(5));
    assert_eq!(heading_level("①推进项目建设").map(|x| x.0), Some(6));
    assert_eq!(heading_level("——新能源产业集群。").map(|x| x.0), Some(7));
    assert_eq!(heading_level("2024年2月3日"), None);
    // A report's subtitle is no heading; a bullet on a year is one.
    assert_eq!(
        heading_level("——2025年1月16日在巴林右旗第十八届人民代表大会第四次会议上"),
        None
    );
    assert_eq!(
        heading_level("——2025年底前建成一批零碳园区。").map(|x| x.0),
        Some(7)
    );
    assert_eq!(heading_level("第二部分 重点任务").map(|x| x.0), Some(0));
    assert_eq!(
        heading_level("专项行动一:工业提升行动").map(|x| x.0),
        Some(2)
    );
    assert_eq!(heading_level("第四条 推进丁。"), Some((4, "第四条".len())));
}

#[test]
fn cites_with_number() {
    let c = citations("落实《国务院关于呼包鄂榆城市群发展规划的批复》(国函〔2018〕16号)精神");
    assert_eq!(c[0].number.as_deref(), Some("国函〔2018〕16号"));
}

#[test]
fn short_titles() {
    assert_eq!(short_title("一是推进戊。"), "推进戊");
    // What a sentence stands on and when are no title.
    assert_eq!(
        short_title("根据目标任务要求,今年,市住建局要在8月底完成57个村燃煤散烧综合治理任务。"),
        "市住建局要在8月底完成57个村燃煤散烧综合治理任务"
    );
    assert_eq!(
        short_title("依托锡林浩特经济技术开发区、二连浩特国际陆港，引进风机叶片等装备制造企业。"),
        "引进风机叶片等装备制造企业"
    );
    assert_eq!(short_title("依托园区，建设。"), "依托园区");
    // What a meeting's minutes say it did is no title either; nor who said it in the news.
    assert_eq!(
        short_title("杜汇良强调，要紧盯国家政策导向，全力推进重大项目建设。"),
        "要紧盯国家政策导向"
    );
    assert_eq!(
        short_title("会议要求，县水利局牵头抓好12个镇农村供水工程建设，9月底前全部完工。"),
        "县水利局牵头抓好12个镇农村供水工程建设"
    );
    assert_eq!(
        short_title("会议同意县住建局提出的城区供热管网改造实施方案。"),
        "会议同意县住建局提出的城区供热管网改造实施方案"
    );
    assert_eq!(
        short_title("2025年底前，完成老旧小区改造120个。"),
        "完成老旧小区改造120个"
    );
    // A first clause that only says who leads is no title alone.
    assert_eq!(
        short_title("市自然资源局牵头,会同各区政府做好规划调整工作。"),
        "市自然资源局牵头,会同各区政府做好规划调整工作"
    );
    assert_eq!(short_title("十二是加快城市更新,提升品质"), "加快城市更新");
    // A long list of who leads, and when it is due, are no title; the work after them is.
    assert_eq!(
        short_title(
            "县政府办、县发改局、县资源规划局、县林业局等牵头部门,要于每次调度会议前,将本领域工作任务进展情况梳理详实,并汇报分管县级领导。"
        ),
        "将本领域工作任务进展情况梳理详实"
    );
    assert_eq!(
        short_title("打造1小时铁路经济圈,公交化、常态化运营"),
        "打造1小时铁路经济圈"
    );
    assert_eq!(
        short_title("构建协调发展的城镇格局。依托呼包鄂榆发展轴"),
        "构建协调发展的城镇格局"
    );
    // A table row: the task cell, not the measures beside it.
    assert_eq!(
        short_title("提升政务服务效能\t推行“一件事一次办”,年内实现…"),
        "提升政务服务效能"
    );
}

#[test]
fn documents_cited_by_their_number_alone() {
    let got: Vec<(String, Option<String>)> = citations(
        "落实包府发〔2025〕3号文件和内政办发〔2024〕5号要求，按照和政发〔2024〕1号执行，依据《意见》(国发〔2023〕16号)",
    )
    .into_iter()
    .map(|c| (c.title, c.number))
    .collect();
    let numbers: Vec<&str> = got.iter().filter_map(|(_, n)| n.as_deref()).collect();
    assert_eq!(
        numbers,
        [
            "包府发〔2025〕3号",
            "内政办发〔2024〕5号",
            "和政发〔2024〕1号",
            "国发〔2023〕16号"
        ]
    );
    // A number in a titled citation is that citation's.
    assert_eq!(got[3].0, "意见");
}
