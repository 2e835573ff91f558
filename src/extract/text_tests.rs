//! Tests of text.rs.

use super::*;

/// `word` in the paragraph's text maps back to the same word in the original.
fn assert_maps_back(raw: &str, p: &Para, word: &str) {
    let at = p.text.find(word).unwrap_or(0);
    let (s, e) = p.orig_span(at, at + word.len());
    assert_eq!(&raw[s..e], word);
}

#[test]
fn a_site_menu_is_left_out_and_a_numbered_list_is_kept() {
    let raw = "1. 目录\n2. 旗人民政府\n3. 旗人民政府办公室\n1. 旗政府工作部门\n2. 苏木镇人民政府\n1. 国民经济和社会发展规划\n2. 专项规划\n关于印发实施细则的通知\n";
    let ps = paragraphs(raw);
    assert_eq!(
        ps.len(),
        1,
        "{:?}",
        ps.iter().map(|p| &p.text).collect::<Vec<_>>()
    );
    assert_eq!(ps[0].text, "关于印发实施细则的通知");
    // A document's own numbered list counts on without starting again.
    let raw = "1. 推进高铁建设\n2. 推进机场建设\n3. 推进口岸建设\n4. 推进园区建设\n5. 推进水利建设\n6. 推进电网建设\n";
    assert_eq!(paragraphs(raw).len(), 6);
}

#[test]
fn a_table_drawn_with_pipes() {
    let raw = "| 序号 | 重点任务 | 牵头单位 |\n| --- | :---: | --- |\n｜ 1 ｜ 推进高铁建设 ｜ 市发改委 ｜\n";
    let ps = paragraphs(raw);
    let texts: Vec<&str> = ps.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(
        texts,
        ["序号\t重点任务\t牵头单位", "1\t推进高铁建设\t市发改委"]
    );
    // Offsets map back to the cells as written.
    let p = &ps[1];
    assert_maps_back(raw, p, "市发改委");
}

#[test]
fn markdown_marks_are_left_out() {
    let raw = "## 一、基础设施\n**（一）加快推进高铁建设。**（责任单位：市发改委）\n";
    let ps = paragraphs(raw);
    let texts: Vec<&str> = ps.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(
        texts,
        ["一、基础设施", "(一)加快推进高铁建设。(责任单位:市发改委)"]
    );
    let p = &ps[1];
    assert_maps_back(raw, p, "市发改委");
}

#[test]
fn a_traditional_page_s_boilerplate_is_recognised_in_simplified() {
    let raw = "巴彥淖爾市人民政府歡迎您\n當前位置:首頁>>政府信息公開>>政府信息公開目錄\n各盟行政公署、市人民政府:\n";
    let ps = paragraphs(raw);
    assert_eq!(
        ps.len(),
        1,
        "{:?}",
        ps.iter().map(|p| &p.text).collect::<Vec<_>>()
    );
    assert!(ps[0].text.starts_with("各盟行政公署"));
}

#[test]
fn information_lines_stand_alone() {
    let raw = "成文日期 2022-12-30 公文时效 有效\n\n关于呼和浩特市计划的报告\n资料来源:包头市人民政府 发布日期:2025-01-21 14:08 文件下载\n\n各旗、县、区人民政府,市直各部门:\n";
    let ps: Vec<String> = paragraphs(raw).into_iter().map(|p| p.text).collect();
    assert_eq!(ps.len(), 4, "{ps:?}");
    assert_eq!(ps[1], "关于呼和浩特市计划的报告");
    assert!(ps[3].starts_with("各旗"), "{ps:?}");
}

#[test]
fn page_wrap_is_rejoined_and_offsets_map_back() {
    let text = "（实施主体：呼和浩特市、包头市、鄂尔多斯市人民政府，自治区商务厅、交通运\n\n输厅、生态环境厅）\n";
    let ps = paragraphs(text);
    assert_eq!(ps.len(), 1);
    assert!(ps[0].text.contains("交通运输厅"), "{}", ps[0].text);
    let at = ps[0].text.find("交通运输厅").unwrap_or(0);
    let (s, e) = ps[0].orig_span(at, at + "交通运输厅".len());
    assert!(text[s..e].starts_with("交通运"));
    assert!(text[s..e].ends_with("输厅"));
}

#[test]
fn full_width_folds() {
    assert_eq!(normalize("（责任单位：市发改委）"), "(责任单位:市发改委)");
}

#[test]
fn traditional_is_matched_through_simplified() {
    let text = "包頭市發展和改革委員會負責推進鐵路建設。";
    let ps = paragraphs(text);
    assert!(ps[0].text.contains("包头市发展和改革委员会"));
    let (s, e) = ps[0].orig_span(0, "包头市".len());
    assert_eq!(&text[s..e], "包頭市");
}

#[test]
fn headings_are_not_joined_to_the_next_line() {
    let ps = paragraphs("第三节发展环境\n内蒙古的发展将会加快。\n");
    assert_eq!(ps.len(), 2);
}

#[test]
fn a_numbered_line_that_ends_inside_a_list_runs_on() {
    // A PDF's wrapped item: the heading's own sentence, then a list cut after 、.
    let ps = paragraphs(
        "1.推动开工。“十四五”期间,推动库布其—上海、腾格里—江西、\n乌兰布和—京津冀4条输电通道尽快开工。\n2.推动投产。\n",
    );
    assert_eq!(
        ps.len(),
        2,
        "{:?}",
        ps.iter().map(|p| &p.text).collect::<Vec<_>>()
    );
    assert!(
        ps[0]
            .text
            .ends_with("江西、乌兰布和—京津冀4条输电通道尽快开工。")
    );
}

#[test]
fn a_quote_closed_inside_a_wrapped_sentence_runs_on() {
    let ps = paragraphs(
        "积极谋划新建外送通道,推动输电通道尽早开工,继续推动锡林郭勒盟“绿电进京”\n或外送新能源基地及输电通道尽早纳规。\n",
    );
    assert_eq!(ps.len(), 1);
    // A quote that closes a sentence, or a long line's last quote, ends its paragraph.
    assert_eq!(
        paragraphs("他说:“要加快推进通道建设,尽早开工建设。”\n下一段。\n").len(),
        2
    );
    let long = format!(
        "{}讲好今昔“新城故事”\n加强民族文化设施建设。\n",
        "围绕全民阅读品牌活动,".repeat(8)
    );
    assert_eq!(paragraphs(&long).len(), 2);
}

#[test]
fn a_headline_over_a_long_paragraph_stands_alone() {
    let body =
        "2023年11月,总投资约132.68亿元的焦化联产项目在乌海经济开发区低碳产业园启动建设。".repeat(3);
    let ps = paragraphs(&format!(
        "【乌海招商】500万吨焦化联产项目落地乌海 引领产业绿色转型\n{body}\n"
    ));
    assert_eq!(ps.len(), 2);
    // A page's wrap inside a sentence is rejoined however long the line after it.
    let ps = paragraphs(&format!(
        "包头市积极推进产城融合、军民融合,开展国家新型城镇化\n{body}\n"
    ));
    assert_eq!(ps.len(), 1);
}

#[test]
fn an_indented_line_after_a_blank_line_opens_a_paragraph() {
    // A title whose last word no rule knows, over its preamble.
    let t = "锡林郭勒盟2026年新能源产业发展工作安排\n\n　　为贯彻落实自治区部署,现提出如下安排。\n";
    assert_eq!(paragraphs(t).len(), 2);
    // A line that wraps on with no blank line runs on.
    let t = "锡林郭勒盟2026年新能源产业发展工作安排\n　　为贯彻落实自治区部署,现提出如下安排。\n";
    assert_eq!(paragraphs(t).len(), 1);
}

#[test]
fn a_line_closed_by_its_labelled_list_ends_its_item() {
    let t = "推进甲项目建设，完善配套设施。责任单位：市发改委\n推进乙工作，加强政策支持力度。责任单位：市工信局、\n市财政局\n推进丙工作，完善丁机制建设。完成时限：2026年6月\n推进丁工作。\n";
    let ps: Vec<String> = paragraphs(t).into_iter().map(|p| p.text).collect();
    assert_eq!(ps.len(), 4, "{ps:?}");
    assert!(ps[1].ends_with("市财政局"), "{ps:?}");
    // A unit's name broken inside itself goes on.
    let t = "推进甲项目建设，完善配套设施。责任单位：市发改委、市商\n务局\n推进乙工作。\n";
    assert_eq!(paragraphs(t).len(), 2);
}

#[test]
fn spaces_inside_chinese_are_dropped() {
    let ps = paragraphs("呼和浩特市新城 区 国 民 经济规划。到 2035 年。");
    assert!(ps[0].text.starts_with("呼和浩特市新城区国民经济规划"));
}

#[test]
fn a_table_row_keeps_its_empty_end_cells() {
    let ps = paragraphs(
        "序号\t重点任务\t牵头单位\t完成时限\n\t推进甲任务\t市发改委\t\n3\t推进乙任务\t\t\n\t一、总体要求\n",
    );
    assert_eq!(ps[1].text, "\t推进甲任务\t市发改委\t");
    assert_eq!(ps[2].text, "3\t推进乙任务\t\t");
    // A line indented by a tab is no row.
    assert_eq!(ps[3].text, "一、总体要求");
}

#[test]
fn scraping_noise_is_left_out_and_offsets_stay() {
    let text = "（责任单位@@:自治區(qū)發(fā)展改革委@@@@、财政厅）\n";
    let ps = paragraphs(text);
    assert_eq!(ps[0].text, "(责任单位:自治区发展改革委、财政厅)");
    // The unit's span maps back to the original, noise and all.
    let a = ps[0].text.find("自治区").expect("unit");
    let b = a + "自治区发展改革委".len();
    let (s, e) = ps[0].orig_span(a, b);
    assert_eq!(&text[s..e], "自治區(qū)發(fā)展改革委");
    assert_eq!(ps[0].orig_text(text, a, b), "自治區發展改革委");
    // Letters in brackets that are no pinyin stay (包头保税物流中心(B型), (ab)).
    assert_eq!(
        paragraphs("物流中心(B型)和(ab)")[0].text,
        "物流中心(B型)和(ab)"
    );
}

#[test]
fn the_variant_of_shaan_reads_as_shaanxi() {
    let ps = paragraphs("支持內蒙古烏蘭木倫鎮與陜西大柳塔鎮共建合作區,建設陜北—武漢特高壓通道。\n");
    assert!(ps[0].text.contains("陕西大柳塔镇"), "{}", ps[0].text);
    assert!(ps[0].text.contains("陕北—武汉"), "{}", ps[0].text);
}

#[test]
fn a_note_wrapped_after_its_opening_bracket_stays_with_its_task() {
    // A page's wrap after （ and after 牵头单位： (a PDF's lines): the note is the task's.
    let raw = "1.推进甲项目建设，打造最优旅游目的地和旅游集散中心。（\n牵头部门：区旅游发展办）\n2.推进乙项目建设，年内新增新能源装机500万千瓦。（牵头单位：\n市能源局；完成时限：2025年底）\n";
    let ps = paragraphs(raw);
    let texts: Vec<&str> = ps.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(texts.len(), 2, "{texts:?}");
    assert!(texts[0].ends_with("(牵头部门:区旅游发展办)"), "{texts:?}");
    assert!(
        texts[1].ends_with("(牵头单位:市能源局;完成时限:2025年底)"),
        "{texts:?}"
    );
    // Over a blank line, an open bracket does not reach.
    let ps = paragraphs("推进丙工作，强化要素保障，完善配套政策体系。（见附件\n\n二、保障措施\n");
    assert_eq!(ps.len(), 2);
}

#[test]
fn a_paragraph_runs_on_over_a_page_s_number() {
    // A PDF's text: an item's first line breaks off inside its sentence, the page's number and a form feed
    // come between it and the rest.
    for number in ["— 3 —", "-3-", "第3页 共12页"] {
        let raw = format!(
            "包头市2025年重点任务\n1.推进甲项目建设，加快乙园区基础设施配套，年内完成投资5亿元，力争年底前建成投\n{number}\n\u{c}产。（牵头单位：市发改委）\n"
        );
        let texts: Vec<String> = paragraphs(&raw).into_iter().map(|p| p.text).collect();
        assert_eq!(texts.len(), 2, "{number}: {texts:?}");
        assert!(
            texts[1].ends_with("建成投产。(牵头单位:市发改委)"),
            "{texts:?}"
        );
    }
    // In a text whose lines are its paragraphs, a numbered line is still one of its own.
    let texts: Vec<String> =
        paragraphs("1.坚持统筹推进,强化协同联动和资源整合共享机制建设\n各地区要压实责任。\n")
            .into_iter()
            .map(|p| p.text)
            .collect();
    assert_eq!(texts.len(), 2, "{texts:?}");
}

#[test]
fn a_first_line_over_a_blank_is_a_paragraph_of_its_own() {
    let raw = "鄂尔多斯市召开2026年重大项目建设推进会\n\n3月18日，鄂尔多斯市召开推进会。\n";
    let ps = paragraphs(raw);
    assert_eq!(ps.len(), 2, "{ps:?}");
    assert_eq!(ps[0].text, "鄂尔多斯市召开2026年重大项目建设推进会");
}
