//! Tests of header.rs: titles — broken over lines, labelled, opened by the issuer, headlines and subtitles.

use super::*;
use crate::extract::text::paragraphs;

#[test]
fn a_title_labelled_with_a_space() {
    let raw = "标题 鄂尔多斯市人民政府关于下达2025年国民经济和社会发展计划的通知\n  • 发文字号\n  • 鄂府发〔2025〕1号\n";
    let h = header(&paragraphs(raw), raw);
    assert_eq!(
        h.title,
        "鄂尔多斯市人民政府关于下达2025年国民经济和社会发展计划的通知"
    );
    assert_eq!(h.doc_number.as_deref(), Some("鄂府发〔2025〕1号"));
    assert_eq!(h.home.as_deref(), Some("鄂尔多斯市"));
}

#[test]
fn a_title_broken_over_lines_and_a_site_heading_over_it() {
    let raw = "(内蒙古自治区)乌兰察布市察哈尔右翼中旗国民经济和社会发展十四五规划(2022年更新)\n察哈尔右翼中旗国民经济和社会发展\n第十四个五年规划和 2035 年远景\n目标纲要\n(2021 年3 月9 日察哈尔右翼中旗第十五届人民代表大会第五次会议通过)\n";
    let h = header(&paragraphs(raw), raw);
    assert_eq!(
        h.title,
        "察哈尔右翼中旗国民经济和社会发展第十四个五年规划和2035年远景目标纲要"
    );
    // Without the plan's own title, the site's heading is the title (without the site's region).
    let raw = "(内蒙古自治区)乌拉特后旗十四五规划(2022年更新)\n收藏\n“十四五”时期是我国全面建成小康社会的第一个五年。\n";
    assert_eq!(
        header(&paragraphs(raw), raw).title,
        "乌拉特后旗十四五规划(2022年更新)"
    );
    // Page words before a short title are no part of it.
    let raw = "收藏\n详情\n政府工作报告\n";
    assert_eq!(header(&paragraphs(raw), raw).title, "政府工作报告");
    let raw = "附件2\n重点任务分工方案\n";
    assert_eq!(header(&paragraphs(raw), raw).title, "重点任务分工方案");
    // A notice's line naming its attachment gives the attachment's title, without the label.
    let raw = "各盟行政公署、市人民政府:\n附件:关于推进落实口岸发展规划任务分工的具体措施\n2022年7月27日\n";
    assert_eq!(
        header(&paragraphs(raw), raw).title,
        "关于推进落实口岸发展规划任务分工的具体措施"
    );
}

#[test]
fn a_forum_post_s_title_and_a_report_s_meeting_over_two_lines() {
    let raw =
        "设为首页收藏本站\n[内蒙古] 2023年呼和浩特市玉泉区政府工作报告\n[复制链接]\n各位代表:\n";
    assert_eq!(
        header(&paragraphs(raw), raw).title,
        "2023年呼和浩特市玉泉区政府工作报告"
    );
    let raw = "政 府 工 作 报 告\n——2017年12月6日在昆都仑区第十六届\n人民代表大会第一次会议上\n区长 邵文祥\n各位代表:\n";
    let h = header(&paragraphs(raw), raw);
    assert_eq!(h.home.as_deref(), Some("昆都仑区"));
    assert_eq!(h.issuer.as_deref(), Some("昆都仑区人民政府"));
}

#[test]
fn a_title_opened_by_its_issuer_s_line() {
    let raw = "行政公署文件\n兴安盟行政公署关于表彰奖励\n乌力格尔艺术保护传承发展突出贡献者的决定\n(兴署发〔2019〕1号)\n各旗县市人民政府:\n";
    assert_eq!(
        header(&paragraphs(raw), raw).title,
        "兴安盟行政公署关于表彰奖励乌力格尔艺术保护传承发展突出贡献者的决定"
    );
}

#[test]
fn the_zone_a_title_names() {
    let raw = "呼和浩特市人民政府关于印发和林格尔新区建设三年行动方案的通知\n一、重点任务\n";
    let h = header(&paragraphs(raw), raw);
    assert_eq!(h.subject_zone.as_deref(), Some("内蒙古和林格尔新区"));
    assert_eq!(h.zone, None);
}

#[test]
fn a_headline_without_its_byline() {
    let raw = "陕西与内蒙古联合发文加快建设呼包鄂榆城市群\n2021-11-25 22:16  来源:西北信息报  字号:T|T\n为推动规划实施,近日两省区共同研究制定合作事项。\n";
    assert_eq!(
        header(&paragraphs(raw), raw).title,
        "陕西与内蒙古联合发文加快建设呼包鄂榆城市群"
    );
    let raw = "内蒙古乌海加快产业转型\nJing Ji Ri Bao·2025-12-27 22:01\n本报讯今年以来,乌海市加快转型步伐。\n";
    assert_eq!(
        header(&paragraphs(raw), raw).title,
        "内蒙古乌海加快产业转型"
    );
    // A site's column in brackets before the headline is no part of it.
    let raw = format!(
        "【乌海招商】500万吨焦化联产项目落地乌海\n{}\n",
        "本报讯今年以来,乌海市加快转型步伐,焦化产业重组整合取得成效。".repeat(4)
    );
    assert_eq!(
        header(&paragraphs(&raw), &raw).title,
        "500万吨焦化联产项目落地乌海"
    );
}

#[test]
fn a_department_heading_its_own_title_issues_it() {
    for (raw, issuer) in [
        (
            "包头市发展和改革委员会2025年重点工作任务分工\n一、项目建设\n",
            Some("包头市发展和改革委员会"),
        ),
        (
            "鄂尔多斯市能源局关于印发工作要点的通知\n",
            Some("鄂尔多斯市能源局"),
        ),
        // A place's plan names no department.
        ("呼和浩特市2025年重点工作任务分工\n", None),
    ] {
        assert_eq!(
            header(&paragraphs(raw), raw).issuer.as_deref(),
            issuer,
            "{raw}"
        );
    }
}

#[test]
fn a_subtitle_on_the_title_line() {
    for raw in [
        "政府工作报告——2023年1月1日在乌海市第十届人民代表大会第二次会议上\n各位代表:\n",
        "政府工作报告 2023年1月1日在乌海市第十届人民代表大会第二次会议上\n发布时间: 2023-01-06\n",
    ] {
        let h = header(&paragraphs(raw), raw);
        assert_eq!(h.title, "政府工作报告", "{raw}");
        assert_eq!(h.date.as_deref(), Some("2023-01-01"));
        assert_eq!(h.home.as_deref(), Some("乌海市"));
    }
    // A speech's title names its meeting.
    let raw = "王某同志在全市经济工作会议上的讲话\n";
    assert_eq!(header(&paragraphs(raw), raw).title, raw.trim());
}

#[test]
fn a_title_s_last_words_on_a_line_of_their_own_and_a_title_named_with_its_number() {
    let raw = "乌兰察布市人民政府关于印发重点产业布局调整和承接产业转移实施意见\n的通知\n正文:\n各旗县市区人民政府:\n";
    let ps = paragraphs(raw);
    let h = header(&ps, raw);
    assert_eq!(
        h.title,
        "乌兰察布市人民政府关于印发重点产业布局调整和承接产业转移实施意见的通知"
    );
    let raw = "乌兰察布市人民政府关于印发承接产业转移实施意见的通知-乌政发〔2015〕146号\n各旗县市区人民政府:\n";
    let ps = paragraphs(raw);
    let h = header(&ps, raw);
    assert_eq!(
        h.title,
        "乌兰察布市人民政府关于印发承接产业转移实施意见的通知"
    );
    assert_eq!(h.doc_number.as_deref(), Some("乌政发〔2015〕146号"));
}

#[test]
fn a_site_s_region_and_full_text_note_are_no_part_of_the_title() {
    let raw = "(内蒙古)2022年正蓝旗人民政府工作报告(全文)\n发布时间:2022-08-21 22:18   责任编辑:www\n2022年1月7日在正蓝旗第十六届人民代表大会第一次会议上\n各位代表:\n";
    let ps = paragraphs(raw);
    let h = header(&ps, raw);
    assert_eq!(h.title, "2022年正蓝旗人民政府工作报告");
    assert_eq!(h.issuer.as_deref(), Some("正蓝旗人民政府"));
}

#[test]
fn the_addressees_are_no_title() {
    let raw = "各盟行政公署、市人民政府,自治区各委、办、厅、局:\n为加速推动自治区国家级经济技术开发区开放创新,现提出如下意见。\n一、指导思想\n";
    let h = header(&paragraphs(raw), raw);
    assert!(h.title.starts_with("为加速推动"), "{}", h.title);
}

#[test]
fn a_news_agency_s_dateline_is_no_part_of_a_fallback_title() {
    let raw = "人民网呼和浩特1月14日电 (记者 张聿修)1月14日上午,内蒙古自治区第十四届人民代表大会第三次会议在呼和浩特市开幕。\n";
    let h = header(&paragraphs(raw), raw);
    assert!(
        h.title.starts_with("1月14日上午,内蒙古自治区"),
        "{}",
        h.title
    );
}

#[test]
fn an_announcement_s_title() {
    let raw = "乌海市行政审批政务服务与数据管理局 关于公开征求对《关于加快推进 数字乌海发展的意见》 意见的公告\n\n        为全面贯彻落实国家、自治区关于数字中国建设的重大决策部署,结合乌海市实际,市行政审批政务服务与数据管理局起草了《关于加快推进数字乌海发展的意见》,现向社会公开征求意见。\n";
    let h = header(&paragraphs(raw), raw);
    assert_eq!(
        h.title,
        "乌海市行政审批政务服务与数据管理局关于公开征求对《关于加快推进数字乌海发展的意见》意见的公告"
    );
    assert_eq!(
        h.issuer.as_deref(),
        Some("乌海市行政审批政务服务与数据管理局")
    );
}

#[test]
fn a_labelled_title_and_an_issuer_named_by_its_place() {
    let raw = "| 标题: 1-9月全市重点项目建设情况 | |||\n| 索引号:01166760-1/2025-00033 | 发文字号:——— | ||\n| 发文机构:锡林浩特市 | 信息分类:重大建设项目 | ||\n| 成文日期:2025-09-30 00:00:00 | 公开日期:2025-09-30 16:40:22 | 废止日期:——— | 有 效 性:有效 |\n2025年全市计划实施重点项目112个。\n";
    let h = header(&paragraphs(raw), raw);
    assert_eq!(h.title, "1-9月全市重点项目建设情况");
    assert_eq!(h.issuer.as_deref(), Some("锡林浩特市人民政府"));
    assert_eq!(h.home.as_deref(), Some("锡林浩特市"));
    assert_eq!(h.date.as_deref(), Some("2025-09-30"));
}

#[test]
fn a_number_in_brackets_under_the_title() {
    let raw = "兴安盟行政公署关于表彰奖励\n乌力格尔艺术保护传承发展突出贡献者的决定\n（兴署发〔2019〕1号）\n各旗县市人民政府,盟直有关部门:\n";
    let h = header(&paragraphs(raw), raw);
    assert_eq!(h.doc_number.as_deref(), Some("兴署发〔2019〕1号"));
    assert_eq!(h.issuer.as_deref(), Some("兴安盟行政公署"));
    assert!(is_number_line("（兴署发〔2019〕1号）"));
}

#[test]
fn a_notice_without_its_title_is_titled_by_the_plan_it_hands_on() {
    let raw = "各旗县区人民政府,市直各有关单位:\n经市政府同意,现将《2025年市<政府工作报告>任务分解》印发给你们。请各单位认真对照,抓好落实。\n乌兰察布市人民政府办公室\n2025年5月18日\n";
    let h = header(&paragraphs(raw), raw);
    assert_eq!(h.title, "2025年市<政府工作报告>任务分解");
}

#[test]
fn an_attachment_list_number_is_not_the_title_s() {
    let raw =
        "各旗县区人民政府:\n现将有关文件印发给你们。\n附件:1.2025年市《政府工作报告》任务清单\n";
    let h = header(&paragraphs(raw), raw);
    assert_eq!(h.title, "2025年市《政府工作报告》任务清单");
}

#[test]
fn a_title_broken_after_the_plan_it_quotes() {
    let raw = "鄂温克族自治旗人民政府办公室\n关于印发2022年《政府工作报告》\n重点任务责任落实分工的通知\n各苏木乡镇人民政府,旗政府各部门:\n";
    let h = header(&paragraphs(raw), raw);
    assert_eq!(
        h.title,
        "关于印发2022年《政府工作报告》重点任务责任落实分工的通知"
    );
    assert_eq!(h.issuer.as_deref(), Some("鄂温克族自治旗人民政府办公室"));
}

#[test]
fn brackets_inside_a_headline_are_kept() {
    let raw = "研究《2021年自治区〈政府工作报告〉重点任务责任落实分工》\n来源:内蒙古日报\n";
    let h = header(&paragraphs(raw), raw);
    assert_eq!(
        h.title,
        "研究《2021年自治区〈政府工作报告〉重点任务责任落实分工》"
    );
}

#[test]
fn a_news_headline_gives_way_to_the_notice_s_own_title() {
    let raw = "首页 > > 正文\n自治区人民政府发布通知\n内蒙古自治区人民政府关于下达2020年\n自治区国民经济和社会发展计划的通知\n各盟行政公署、市人民政府:\n";
    let h = header(&paragraphs(raw), raw);
    assert_eq!(
        h.title,
        "内蒙古自治区人民政府关于下达2020年自治区国民经济和社会发展计划的通知"
    );
    assert_eq!(h.issuer.as_deref(), Some("内蒙古自治区人民政府"));
}

#[test]
fn a_plan_without_its_title_line_is_the_plan_its_preamble_names() {
    let raw = "索 引 号 | 150102/2022-00016 | 主题分类 | |\n发布机构 | 政府办公室 | 文 号 | 无 |\n成文日期 | 2022-06-15 09:33:23 | 公文时限 | 有效 |\n“十四五”时期是关键时期。根据《中共苏尼特左旗委员会关于制定国民经济和社会发展第十四个五年规划和2035年远景目标的建议》,制定《苏尼特左旗国民经济和社会发展第十四个五年规划和2035年远景目标纲要》。\n";
    let h = header(&paragraphs(raw), raw);
    assert_eq!(
        h.title,
        "苏尼特左旗国民经济和社会发展第十四个五年规划和2035年远景目标纲要"
    );
    assert_eq!(h.date.as_deref(), Some("2022-06-15"));
    // Without such a preamble, a line of the information table is still no title.
    let raw = "索 引 号 | 150102/2022-00016 | 主题分类 | |\n全旗经济保持平稳健康运行。\n";
    assert_eq!(
        header(&paragraphs(raw), raw).title,
        "全旗经济保持平稳健康运行。"
    );
}

#[test]
fn a_title_run_on_over_a_line_ending_in_a_conjunction() {
    let raw = "九原区2024年国民经济和社会发展计划\n执行情况与2025年国民经济和\n社会发展计划(草案)的报告\n——2025年1月20日在九原区第十八届人民代表大会第四次会议上\n区发展和改革委员会\n各位代表:\n";
    let h = header(&paragraphs(raw), raw);
    assert_eq!(
        h.title,
        "九原区2024年国民经济和社会发展计划执行情况与2025年国民经济和社会发展计划(草案)的报告"
    );
    // A notice's title over the plan it hands on stays the notice's.
    let raw = "关于印发包头市2024年工作要点的通知\n包头市2024年工作要点\n各旗县区人民政府:\n";
    assert_eq!(
        header(&paragraphs(raw), raw).title,
        "关于印发包头市2024年工作要点的通知"
    );
}

#[test]
fn a_department_s_notice_titled_without_its_issuer() {
    let raw = "关于印发《通辽市2023年农牧业产业化重点工作方案》的通知\n通农牧发〔2023〕241号\n各旗县市区农牧局:\n";
    let h = header(&paragraphs(raw), raw);
    assert_eq!(h.doc_number.as_deref(), Some("通农牧发〔2023〕241号"));
    assert_eq!(h.home.as_deref(), Some("通辽市"));
    assert_eq!(h.issuer.as_deref(), Some("通辽市农牧局"));
}

#[test]
fn a_paper_s_story_without_its_headline() {
    let raw = "本报讯(记者程某)日前,《呼包鄂榆城市群发展规划》(以下简称《规划》)印发。《规划》强调,将城市群培育发展成为重要城市群。\n";
    assert_eq!(
        header(&paragraphs(raw), raw).title,
        "日前,《呼包鄂榆城市群发展规划》(以下简称《规划》)印发"
    );
}

#[test]
fn a_bulletin_and_minutes_are_titled() {
    let raw = "伊金霍洛旗人民政府督查室关于2026年第一季度重点工作推进情况的通报\n\n各苏木镇人民政府，旗直各部门：\n\n按照旗委、旗政府工作安排，旗政府督查室对重点工作推进情况进行了督查。\n";
    let h = header(&paragraphs(raw), raw);
    assert_eq!(
        h.title,
        "伊金霍洛旗人民政府督查室关于2026年第一季度重点工作推进情况的通报"
    );
    assert_eq!(h.home.as_deref(), Some("伊金霍洛旗"));
    let raw = "府谷县人民政府常务会议纪要\n〔2026〕第5期\n2026年3月12日，县长主持召开县政府第5次常务会议。\n";
    assert_eq!(
        header(&paragraphs(raw), raw).title,
        "府谷县人民政府常务会议纪要"
    );
}

#[test]
fn a_town_s_own_plan_is_at_home_in_the_town() {
    let raw = "树林召镇2026年重点工作计划\n\n一、产业发展\n\n1.推进高标准农田建设。责任单位：镇农业农村办公室\n";
    let h = header(&paragraphs(raw), raw);
    assert_eq!(h.home.as_deref(), Some("树林召镇"));
    assert_eq!(h.issuer.as_deref(), Some("树林召镇人民政府"));
}

#[test]
fn the_issuer_on_the_line_above_opens_the_title() {
    let raw = "内蒙古自治区人民政府办公厅文件\n\n内政办发〔2026〕12号\n\n内蒙古自治区人民政府办公厅\n关于印发《内蒙古自治区数据要素改革实施方案》的通知\n\n各盟行政公署、市人民政府：\n";
    let h = header(&paragraphs(raw), raw);
    assert_eq!(
        h.title,
        "内蒙古自治区人民政府办公厅关于印发《内蒙古自治区数据要素改革实施方案》的通知"
    );
    assert_eq!(h.doc_number.as_deref(), Some("内政办发〔2026〕12号"));
}
