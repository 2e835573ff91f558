//! Tests of spaced.rs.

use super::*;

fn lines(t: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut s = 0;
    for l in t.split('\n') {
        out.push((s, s + l.len()));
        s += l.len() + 1;
    }
    out
}

fn cell(t: &str, r: &Row, c: usize) -> String {
    r[c].iter().map(|&(a, b)| &t[a..b]).collect()
}

#[test]
fn centred_rows_and_wrapped_cells() {
    let t = " 序号   重点任务             牵头单位    配合单位          完成时限\n        推进污水处理\n  1     厂建设             旗工信局    旗住建局、旗生态     2024年10月\n                                       环境分局\n  2     建设光伏产业园     旗发改委    旗能源局          2024年12月\n各单位要按时报送进展情况，确保各项任务落到实处，这一行很长很长很长很长很长。";
    let ls = lines(t);
    let s = read(t, &ls, 0, |_| false).expect("table");
    assert_eq!(s.rows.len(), 3);
    let r1 = &s.rows[1];
    assert_eq!(cell(t, r1, 1), "推进污水处理厂建设");
    assert_eq!(cell(t, r1, 2), "旗工信局");
    assert_eq!(cell(t, r1, 3), "旗住建局、旗生态环境分局");
    assert_eq!(cell(t, r1, 4), "2024年10月");
    assert_eq!(cell(t, &s.rows[2], 3), "旗能源局");
    assert_eq!(s.end, 5);
}

#[test]
fn a_wrapped_index_label() {
    // pdftotext -layout of a table whose 序号 column is one character wide.
    let t = "序\n    重点任务                  牵头单位      配合单位                完成时限\n号\n    推进大数据产业基地建设，加             市工业和信息化局、市\n1                         市发展改革委                        2025年12月\n    快数据中心项目落地                     生态环境局\n2   实施新机场配套道路工程       市交通运输局    市财政局                2025年10月";
    let ls = lines(t);
    let s = read(t, &ls, 1, |_| false).expect("table");
    assert_eq!(s.rows.len(), 3);
    let r1 = &s.rows[1];
    assert_eq!(
        cell(t, r1, 1),
        "推进大数据产业基地建设，加快数据中心项目落地"
    );
    assert_eq!(cell(t, r1, 2), "市发展改革委");
    assert_eq!(cell(t, r1, 3), "市工业和信息化局、市生态环境局");
    assert_eq!(cell(t, &s.rows[2], 2), "市交通运输局");
}

#[test]
fn prose_with_spaces_is_no_table() {
    let t = "责任单位  工作要求  进度安排\n各单位要认真落实。";
    assert!(read(t, &lines(t), 0, |_| false).is_none());
}

#[test]
fn rows_without_numbers_are_anchored_on_their_deadline() {
    let text = "重点任务                   责任单位             完成时限\n推进示范区建设，加快   市发展改革委、市工业和信息化\n                                        2025年12月\n项目建设               局、市能源局\n加快城市更新行动       康巴什区人民政府       持续推进\n";
    let t = read(text, &lines(text), 0, |_| false).expect("table");
    assert_eq!(t.rows.len(), 3);
    assert_eq!(cell(text, &t.rows[1], 0), "推进示范区建设，加快项目建设");
    assert_eq!(
        cell(text, &t.rows[1], 1),
        "市发展改革委、市工业和信息化局、市能源局"
    );
    assert_eq!(cell(text, &t.rows[1], 2), "2025年12月");
    assert_eq!(cell(text, &t.rows[2], 2), "持续推进");
    // Without a deadline as its last column, a table without numbers is not read.
    let text = "重点任务                   完成时限             责任单位\n推进示范区建设   2025年12月   市发展改革委\n";
    assert!(read(text, &lines(text), 0, |_| false).is_none());
}

#[test]
fn a_second_header_row_and_a_unit_s_tail_wrapped() {
    // 责任单位 merged over 牵头单位 and 配合单位; 人民政府 wrapped under 九原区, as far from the row below.
    let t = " 序号        重点任务                      责任单位                    完成时限\n                                牵头单位          配合单位\n\n  1     推进包银高铁建设          市交通运输局      市发改委、九原区      2025年12月\n                                                  人民政府\n\n  2     建设稀土新材料产业园      市工信局          稀土高新区管委会      2025年10月";
    let ls = lines(t);
    let s = read(t, &ls, 0, |_| false).expect("table");
    assert_eq!(s.rows.len(), 3);
    let r1 = &s.rows[1];
    assert_eq!(cell(t, r1, 2), "市交通运输局");
    assert_eq!(cell(t, r1, 3), "市发改委、九原区人民政府");
    assert_eq!(cell(t, r1, 4), "2025年12月");
    assert_eq!(cell(t, &s.rows[2], 3), "稀土高新区管委会");
}
