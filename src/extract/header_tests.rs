//! Tests of header.rs.

use super::*;
use crate::extract::text::paragraphs;

#[test]
fn issuer_from_the_document_number() {
    assert_eq!(
        issuer_of_number("榆政办发〔2025〕12号", Some("榆林市")).as_deref(),
        Some("榆林市人民政府办公室")
    );
    assert_eq!(
        issuer_of_number("内政办发〔2023〕5号", Some("内蒙古自治区")).as_deref(),
        Some("内蒙古自治区人民政府办公厅")
    );
    assert_eq!(
        issuer_of_number("锡署发〔2024〕3号", Some("锡林郭勒盟")).as_deref(),
        Some("锡林郭勒盟行政公署")
    );
    assert_eq!(
        issuer_of_number("国函〔2018〕16号", None).as_deref(),
        Some("国务院")
    );
    // A code that is not the home government's, or no government code at all.
    assert_eq!(issuer_of_number("包府发〔2024〕3号", Some("榆林市")), None);
}

#[test]
fn a_department_from_its_document_number() {
    let of = |n: &str, home: &str| issuer_of_number(n, Some(home));
    assert_eq!(
        of("榆发改发〔2024〕3号", "榆林市").as_deref(),
        Some("榆林市发展和改革委员会")
    );
    assert_eq!(
        of("通农牧发〔2023〕241号", "通辽市").as_deref(),
        Some("通辽市农牧局")
    );
    assert_eq!(
        of("内发改产业字〔2023〕5号", "内蒙古自治区").as_deref(),
        None
    );
    assert_eq!(
        of("内工信发〔2023〕5号", "内蒙古自治区").as_deref(),
        Some("内蒙古自治区工业和信息化厅")
    );
    assert_eq!(
        of("乌海工信发〔2024〕9号", "乌海市").as_deref(),
        Some("乌海市工业和信息化局")
    );
    // Another place's code, or words that are no department's.
    assert_eq!(of("包发改发〔2024〕3号", "榆林市"), None);
    assert_eq!(of("榆字〔2024〕3号", "榆林市"), None);
}

#[test]
fn header_of_a_notice() {
    let raw = "内蒙古自治区人民政府关于印发《呼包鄂榆城市群发展规划》内蒙古实施方案的通知\n\n内政发〔2018〕55号\n\n2018年12月29日\n";
    let ps = paragraphs(raw);
    let h = header(&ps, raw);
    assert_eq!(h.doc_number.as_deref(), Some("内政发〔2018〕55号"));
    assert_eq!(h.date.as_deref(), Some("2018-12-29"));
    assert_eq!(h.issuer.as_deref(), Some("内蒙古自治区人民政府"));
    assert_eq!(h.home.as_deref(), Some("内蒙古自治区"));
}

#[test]
fn the_region_written_as_bare_zi_zhi_qu_is_the_home() {
    let raw = "自治区召开2025年京蒙协作工作推进会\n发布时间：2025-04-02\n4月1日，自治区政府召开推进会。\n";
    let h = header(&paragraphs(raw), raw);
    assert_eq!(h.home.as_deref(), Some("内蒙古自治区"));
}

#[test]
fn two_fields_of_an_information_table_on_one_line() {
    let raw = "名  称: 包头市人民政府关于印发包头市行动计划的通知\n索 引 号: 011536003/2020-00158 文  号: 包府发〔2020〕54号\n发布日期: 2020年09月18日 成文日期: 2020年09月13日\n发布机构: 包头市人民政府 公文时效: 有效\n";
    let h = header(&paragraphs(raw), raw);
    assert_eq!(h.doc_number.as_deref(), Some("包府发〔2020〕54号"));
    assert_eq!(h.date.as_deref(), Some("2020-09-13"));
    assert_eq!(h.issuer.as_deref(), Some("包头市人民政府"));
    // 成文时间 (not 日期) after the number on its line.
    let raw = "索引号: 152900000000035/2023-00941 发布机构: 阿拉善右旗人民政府办公室\n发文字号: 阿右政办发〔2023〕23号 成文时间: 2023-06-28\n阿拉善右旗人民政府办公室关于批转分工方案的通知\n";
    let h = header(&paragraphs(raw), raw);
    assert_eq!(h.doc_number.as_deref(), Some("阿右政办发〔2023〕23号"));
    assert_eq!(h.date.as_deref(), Some("2023-06-28"));
}

#[test]
fn a_date_in_figures_alone_on_its_line() {
    let raw = "国务院关于推动某项工作的意见\n国发〔2023〕16号\n2023-10-05\n各省、自治区、直辖市人民政府:\n";
    let h = header(&paragraphs(raw), raw);
    assert_eq!(h.date.as_deref(), Some("2023-10-05"));
    assert_eq!(h.doc_number.as_deref(), Some("国发〔2023〕16号"));
}

#[test]
fn a_plan_s_date_of_approval_under_its_title() {
    let raw = "包头市国民经济和社会发展第十五个五年规划纲要\n（2026年2月5日包头市第十七届人民代表大会第六次会议批准）\n第一章 发展基础\n";
    let h = header(&paragraphs(raw), raw);
    assert_eq!(h.date.as_deref(), Some("2026-02-05"));
    assert_eq!(h.title, "包头市国民经济和社会发展第十五个五年规划纲要");
}

#[test]
fn a_date_in_chinese_numerals() {
    let raw = "中共某旗委员会关于推动某项工作的意见\n各苏木镇党委:\n现印发给你们。\n中共某旗委员会\n二〇二五年三月十八日\n";
    let h = header(&paragraphs(raw), raw);
    assert_eq!(h.date.as_deref(), Some("2025-03-18"));
}

#[test]
fn header_of_a_work_report_and_of_a_national_document() {
    let raw = "政府工作报告\n\n——在东乌珠穆沁旗第十六届人民代表大会第一次会议上\n\n东乌旗人民政府代旗长 周玉龙\n\n(2022年1月5日)\n\n各位代表:\n";
    let h = header(&paragraphs(raw), raw);
    assert_eq!(h.home.as_deref(), Some("东乌珠穆沁旗"));
    assert_eq!(h.issuer.as_deref(), Some("东乌珠穆沁旗人民政府"));
    assert_eq!(h.date.as_deref(), Some("2022-01-05"));
    // Posted by the government's office: the report is still the government's.
    let raw = "发布机构: 海拉尔区人民政府办公室 主题分类: 综合政务\n海拉尔区2025年政府工作报告\n——2025年1月20日在海拉尔区第十六届人民代表大会第五次会议上\n各位代表:\n";
    let h = header(&paragraphs(raw), raw);
    assert_eq!(h.issuer.as_deref(), Some("海拉尔区人民政府"));
    // A page without the title: the dateline and the speaker make it the work report.
    let raw = "——2023年2月18日在呼伦贝尔市第五届人民代表大会第三次会议上\n呼伦贝尔市人民政府市长 及永乾\n各位代表:\n";
    let h = header(&paragraphs(raw), raw);
    assert_eq!(h.title, "政府工作报告");
    assert_eq!(h.issuer.as_deref(), Some("呼伦贝尔市人民政府"));
    let raw = "国务院关于推动内蒙古高质量发展奋力书写中国式现代化新篇章的意见\n国发〔2023〕16号\n";
    let h = header(&paragraphs(raw), raw);
    assert_eq!(h.issuer.as_deref(), Some("国务院"));
    assert_eq!(h.home, None);
}

#[test]
fn a_labelled_issuer_may_be_any_unit() {
    let raw = "标题:锡林浩特市国民经济和社会发展第十二个五年规划纲要\n索引号:01166760-1/2007-00001 发文字号:\n发文机构:锡市发改委 信息分类:历史规划\n概述:锡林浩特市国民经济和社会发展第十二个五年规划纲要\n成文日期:2011-04-19 00:00:00 公开日期:2011-04-19 11:28:38 废止日期: 有 效 性:有效\n";
    let h = header(&paragraphs(raw), raw);
    assert_eq!(h.issuer.as_deref(), Some("锡市发改委"));
    assert_eq!(h.date.as_deref(), Some("2011-04-19"));
    assert_eq!(h.home.as_deref(), Some("锡林浩特市"));
    let Ok(d) = crate::extract::document::extract_document("doc:t", "t.txt", raw.as_bytes()) else {
        panic!("extracts");
    };
    assert_eq!(d.meta.issuer.as_deref(), Some("锡林浩特市发展和改革委员会"));
}

#[test]
fn a_file_number_and_a_date_of_issue() {
    let raw = "名    称:通辽市人民政府办公室关于印发《重点任务分工方案》的通知\n\n文件编号:通政办发〔2019〕10号\n\n发文日期:2019-03-18\n\n主    题:综合政务\n";
    let h = header(&paragraphs(raw), raw);
    assert_eq!(h.doc_number.as_deref(), Some("通政办发〔2019〕10号"));
    assert_eq!(h.date.as_deref(), Some("2019-03-18"));
}

#[test]
fn a_report_dated_before_its_meeting() {
    let raw = "政 府 工 作 报 告\n\n——2024年1月30日在内蒙古自治区第十四届人民代表大会第二次会议上\n\n自治区主席 王莉霞\n";
    let h = header(&paragraphs(raw), raw);
    assert_eq!(h.date.as_deref(), Some("2024-01-30"));
    assert_eq!(h.home.as_deref(), Some("内蒙古自治区"));
}

#[test]
fn a_joint_issue() {
    let raw = "内蒙古自治区党委、自治区人民政府关于学习运用“千村示范、万村整治”工程经验有力有效推进乡村全面振兴的实施意见\n一、总体要求\n";
    let h = header(&paragraphs(raw), raw);
    assert_eq!(
        h.issuer.as_deref(),
        Some("内蒙古自治区党委、自治区人民政府")
    );
    assert_eq!(h.home.as_deref(), Some("内蒙古自治区"));
}

#[test]
fn header_of_a_zone_document() {
    let raw = "包头稀土高新区2025年稀土产业高质量发展工作要点\n\n包头稀土高新技术产业开发区管理委员会\n2025年2月18日\n";
    let h = header(&paragraphs(raw), raw);
    assert_eq!(h.zone.as_deref(), Some("包头稀土高新技术产业开发区"));
    assert_eq!(h.home.as_deref(), Some("包头市"));
    // A regional plan about a zone is not the zone's.
    let raw = "关于支持内蒙古和林格尔新区建设的意见\n\n内蒙古自治区人民政府\n2025年2月18日\n";
    let h = header(&paragraphs(raw), raw);
    assert_eq!(h.zone, None);
    assert_eq!(h.home.as_deref(), Some("内蒙古自治区"));
}

#[test]
fn an_information_table_without_colons() {
    let raw = "索 引 号 1150100011520132020140T/2023-00005 主题分类 其他\n发文机构 市发展和改革委员会 文  号\n成文日期 2022-12-30 公文时效 有效\n\n关于呼和浩特市2022年国民经济和社会发展计划执行情况的报告\n\n——2022年12月30日在呼和浩特市第十六届人民代表大会第二次会议上\n";
    let h = header(&paragraphs(raw), raw);
    assert_eq!(
        h.title,
        "关于呼和浩特市2022年国民经济和社会发展计划执行情况的报告"
    );
    assert_eq!(h.date.as_deref(), Some("2022-12-30"));
    assert_eq!(h.home.as_deref(), Some("呼和浩特市"));
}

#[test]
fn a_number_line() {
    assert!(is_number_line("乌海政办发〔2025〕21号"));
    assert!(!is_number_line(
        "根据乌海政办发〔2025〕21号文件精神,推进乌海市建设"
    ));
}

#[test]
fn an_information_table_run_into_one_paragraph() {
    // A scraped page whose fields (发文日期, 主题词 among them) run on without breaks.
    let raw = "索引号: 011746318/2019-00884 主题分类: 国家经济管理\n发布机构: 内蒙古自治区人民政府 发文日期: 2019-01-07\n标  题: 内蒙古自治区人民政府印发《关于加快推进呼包鄂协同发展的若干政策措施》的通知\n文  号: 内政发〔2019〕2号 主 题 词:\n";
    let ps = paragraphs(raw);
    let h = header(&ps, raw);
    assert_eq!(h.issuer.as_deref(), Some("内蒙古自治区人民政府"));
    assert_eq!(h.date.as_deref(), Some("2019-01-07"));
    assert_eq!(h.doc_number.as_deref(), Some("内政发〔2019〕2号"));
}

#[test]
fn a_town_s_work_report() {
    let raw = "政府工作报告(草案)在伊金霍洛镇第四届人民代表大会第三次会议上\n字号:\n——在伊金霍洛镇第四届人民代表大会第三次会议上\n伊金霍洛镇党委副书记、政府镇长提名人选     苏利军\n(2023年4月20日)\n各位代表、同志们:\n";
    let ps = paragraphs(raw);
    let h = header(&ps, raw);
    assert_eq!(h.title, "政府工作报告(草案)");
    assert_eq!(h.issuer.as_deref(), Some("伊金霍洛镇人民政府"));
    assert_eq!(h.home.as_deref(), Some("伊金霍洛旗"));
    assert_eq!(h.date.as_deref(), Some("2023-04-20"));
}

#[test]
fn the_government_a_text_speaks_as() {
    let raw = "为贯彻落实《若干意见》,根据我市实际情况,特制定本实施方案。\n为建设富饶美丽幸福新赤峰提供强大支撑。\n(1)打造清洁能源输出基地。赤峰市建设京津冀清洁能源输出基地,加快赤峰至锦州特高压外送通道建设。\n";
    let mut h = Header::default();
    h.home_from_voice(raw);
    assert_eq!(h.home.as_deref(), Some("赤峰市"));
    // Two cities named as often: no guess.
    let raw = "根据我市实际。包头市和赤峰市合作,包头、赤峰共建。\n";
    let mut h = Header::default();
    h.home_from_voice(raw);
    assert_eq!(h.home, None);
}

#[test]
fn an_information_table_with_each_value_under_its_label() {
    let raw = "标题 鄂尔多斯市人民政府关于印发鄂尔多斯市重大项目谋划行动方案的通知\n  • 发文字号\n  • 鄂府发〔2025〕11号\n  • 成文日期\n  • 2025-03-21\n  • 信息分类\n  • 工业、交通\n各旗区人民政府:\n";
    let h = header(&paragraphs(raw), raw);
    assert_eq!(h.date.as_deref(), Some("2025-03-21"));
    assert_eq!(h.doc_number.as_deref(), Some("鄂府发〔2025〕11号"));
    assert_eq!(
        h.title,
        "鄂尔多斯市人民政府关于印发鄂尔多斯市重大项目谋划行动方案的通知"
    );
}

#[test]
fn an_information_table_drawn_as_a_table() {
    let raw = "| 标 题 | 乌海市人民政府关于印发《乌海市加快推进数字政府建设实施方案》的通知 | ||||||||\n| 索 引 号 | 111503000115543089/2026-00097 | 发文字号 | 乌海政发〔2025〕14号 | ||||||\n| 发文机构 | 市人民政府 | 信息分类 | 决策预公开 | ||||||\n| 成文日期 | 2025-12-31 00:00:00 | 公开日期 | 2025-12-31 10:31:32 | 废止日期 | 有效性 | 有效 | |||\n各区人民政府,市直各部门:\n";
    let h = header(&paragraphs(raw), raw);
    assert_eq!(
        h.title,
        "乌海市人民政府关于印发《乌海市加快推进数字政府建设实施方案》的通知"
    );
    assert_eq!(h.doc_number.as_deref(), Some("乌海政发〔2025〕14号"));
    assert_eq!(h.date.as_deref(), Some("2025-12-31"));
    // The title names the issuer in full (the table's 发文机构 writes 市人民政府).
    assert_eq!(h.issuer.as_deref(), Some("乌海市人民政府"));
    // Without the outer pipes, as a page's text copy has it.
    let raw = "标 题 | 乌海市人民政府办公室关于印发乌海市促进服务业高质量发展三年攻坚行动实施方案的通知 | ||||||||\n索 引 号 | 111503000115543089/2025-02387 | 发文字号 | 乌海政办发〔2025〕16号 | ||||||\n发文机构 | 市人民政府办公室 | 信息分类 | 规范性文件 | ||||||\n成文日期 | 2025-05-31 00:00:00 | 公开日期 | 2025-05-31 10:11:28 | 公文时效 | 有效 |\n(此件删减后公开)\n乌海市促进服务业高质量发展三年攻坚\n行动实施方案\n";
    let h = header(&paragraphs(raw), raw);
    assert!(
        h.title.starts_with("乌海市人民政府办公室关于印发"),
        "{}",
        h.title
    );
    assert_eq!(h.doc_number.as_deref(), Some("乌海政办发〔2025〕16号"));
    assert_eq!(h.date.as_deref(), Some("2025-05-31"));
}

#[test]
fn a_news_page_is_dated_when_it_was_posted() {
    for raw in [
        "鄂尔多斯市明确今年重点任务完成时限\n发布时间:2024-03-12 09:30  来源:鄂尔多斯日报\n正文\n",
        "鄂尔多斯市明确今年重点任务完成时限\n发布日期：2024年3月12日\n正文\n",
    ] {
        assert_eq!(
            header(&paragraphs(raw), raw).date.as_deref(),
            Some("2024-03-12"),
            "{raw}"
        );
    }
}

#[test]
fn a_standing_committee_s_decision() {
    let raw =
        "榆林市人大常委会关于加快推进榆林长城沿线城镇带建设的决定\n\n会议要求,市政府要高度重视。\n";
    assert_eq!(
        header(&paragraphs(raw), raw).issuer.as_deref(),
        Some("榆林市人大常委会")
    );
}
