//! Tests of table.rs.

use super::*;
use crate::model::Role;

#[test]
fn header_and_rows() {
    let h = header("序号\t重点任务\t牵头单位\t配合单位\t完成时限").expect("header");
    assert_eq!(
        h.cols,
        [
            Col::Index,
            Col::Task,
            Col::Units("牵头单位"),
            Col::Units("配合单位"),
            Col::Deadline
        ]
    );
    let ctx = GovContext {
        home: Some("临河区".into()),
        ..Default::default()
    };
    let row = "1\t推进城市更新行动\t区住建局\t区发改委、区财政局\t2024年11月";
    let (n, task_start) = row_note(row, &h, &ctx, &LeadRule::None).expect("row");
    assert_eq!(&row[task_start..task_start + 6], "推进");
    let got = n.roles();
    assert_eq!(
        got,
        [
            ("临河区住房和城乡建设局".to_string(), Role::Lead),
            ("临河区发展和改革委员会".to_string(), Role::Support),
            ("临河区财政局".to_string(), Role::Support),
        ]
    );
    assert_eq!(n.deadline.as_deref(), Some("2024年11月"));
    assert_eq!(&row[n.units[1].unit.start..n.units[1].unit.end], "区发改委");
    assert!(header("一\t二\t三").is_none());
    // A second header row names the columns under 责任单位.
    let mut h = header("序号\t重点任务\t责任单位\t\t完成时限").expect("header");
    assert!(sub_header("\t\t牵头单位\t配合单位\t", &mut h));
    assert_eq!(
        h.cols[2..4],
        [Col::Units("牵头单位"), Col::Units("配合单位")]
    );
    assert!(!sub_header(
        "1\t推进城市更新行动\t区住建局\t\t2024年11月",
        &mut h
    ));
    // Other names of the deadline column.
    let h = header("序号\t重点任务\t牵头责任单位\t配合责任单位\t完成时限").expect("header");
    assert!(matches!(h.cols[2], Col::Units("牵头单位")), "{:?}", h.cols);
    assert!(matches!(h.cols[3], Col::Units("配合单位")), "{:?}", h.cols);
    let h = header("序号\t工作任务\t牵头单位\t时间安排").expect("header");
    assert_eq!(h.cols[3], Col::Deadline);
    // A column of the leaders in charge names people, not units.
    let h = header("序号\t重点任务\t牵头领导\t牵头单位\t责任人\t完成时限").expect("header");
    assert_eq!(
        h.cols,
        [
            Col::Index,
            Col::Task,
            Col::Other,
            Col::Units("牵头单位"),
            Col::Other,
            Col::Deadline
        ]
    );
    // Hosting and co-hosting units; the office that checks on the task is no unit of it.
    let h = header("序号\t工作任务\t主办单位\t协办单位\t督办单位\t完成时限").expect("header");
    assert_eq!(
        h.cols,
        [
            Col::Index,
            Col::Task,
            Col::Units("责任单位"),
            Col::Units("配合单位"),
            Col::Other,
            Col::Deadline
        ]
    );
}

#[test]
fn merged_cells() {
    let h = header("序号\t重点任务\t具体措施\t牵头单位\t配合单位\t完成时限").expect("header");
    assert_eq!(
        merge(
            "1\t规范招标投标\t开展专项整治行动\t市发展改革委\t市公安局\t2025年12月",
            &h
        ),
        Merge::Filled
    );
    // Lead cell empty under a merged one; cells cut off at the end count as empty.
    assert_eq!(
        merge("2\t\t推广远程异地评标\t\t市公共资源交易中心\t", &h),
        Merge::Empty
    );
    assert_eq!(
        merge("3\t\t推广远程异地评标,实现专家共享", &h),
        Merge::Empty
    );
    // A heading row or a row without a task ends the merge.
    assert_eq!(merge("二、优化市场环境\t\t\t\t\t", &h), Merge::Break);
    assert_eq!(merge("\t\t\t\t市财政局\t", &h), Merge::Break);
    assert!(sub_row("2\t\t推广远程异地评标\t\t\t", &h));
    assert!(!sub_row("1\t规范招标投标\t开展专项整治行动\t\t\t", &h));
    let p = "3\t\t推广远程异地评标\t\t\t";
    let up = "1\t规范招标投标\t开展专项整治行动\t市发展改革委\t市公安局\t2025年12月";
    let quote: Vec<&str> = filled_cells(p, up, &h)
        .into_iter()
        .map(|(from_up, a, b)| if from_up { &up[a..b] } else { &p[a..b] })
        .collect();
    // The merged lead and deadline are filled; 配合单位 and 重点任务 are not.
    assert_eq!(
        quote,
        ["3", "推广远程异地评标", "市发展改革委", "2025年12月"]
    );
}

#[test]
fn a_list_of_projects() {
    let h = header("序号\t项目名称\t建设地点\t建设内容及规模\t建设年限\t项目业主").expect("header");
    assert_eq!(h.project, Some(1));
    assert_eq!(h.site, Some(2));
    assert_eq!(h.cols[4], Col::Deadline);
    assert_eq!(h.cols[5], Col::Units("责任单位"));
    let row = "1\t 库布其沙漠新能源基地项目 \t杭锦旗、达拉特旗\t建设光伏\t2024-2026\t内蒙古能源集团有限公司";
    let c = project_cells(row, &h).expect("cells");
    assert_eq!(&row[c.name.0..c.name.1], "库布其沙漠新能源基地项目");
    assert_eq!(c.site.map(|(a, b)| &row[a..b]), Some("杭锦旗、达拉特旗"));
    // Without a project column, or without a site, period or unit, no list.
    assert!(header("序号\t项目名称\t建设内容").is_none());
    assert_eq!(
        header("序号\t重点任务\t建设地点\t牵头单位")
            .expect("tasks")
            .project,
        None
    );
}

#[test]
fn a_builder_cell_before_the_works_contents() {
    // 项目名称 建设单位 建设内容 … 责任单位 开工/竣工时间: the contents are the task's text, not the note's; the
    // deadline is when the works are finished.
    let h = header("序号\t项目名称\t建设单位\t建设内容及规模\t总投资（亿元）\t包联领导\t责任单位\t开工/竣工时间")
        .expect("header");
    assert_eq!(h.cols[7], Col::Deadline);
    let ctx = GovContext {
        home: Some("昆都仑区".into()),
        ..Default::default()
    };
    let row = "4\t卜尔汉图镇设施农业示范基地\t卜尔汉图镇人民政府\t建设日光温室300栋，发展蔬菜种植\t1.2\t赵敏\t区农牧局\t2026年4月/2026年11月";
    let (n, _) = row_note(row, &h, &ctx, &LeadRule::None).expect("row");
    assert!(row[n.start..].starts_with("区农牧局"));
    assert_eq!(n.units.len(), 2);
    assert_eq!(n.deadline.as_deref(), Some("2026年4月/2026年11月"));
}
