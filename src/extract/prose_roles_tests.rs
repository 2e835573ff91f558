//! Tests of prose_roles.rs.

use super::*;
use crate::extract::departments::GovContext;
use crate::extract::running::find_units;

fn got(text: &str) -> Vec<(String, Option<Role>)> {
    let ctx = GovContext {
        home: Some("鄂尔多斯市".into()),
        ..Default::default()
    };
    let units = find_units(text, &ctx, &[]);
    let roles = roles(text, &units);
    units.into_iter().map(|u| u.label).zip(roles).collect()
}

#[test]
fn a_unit_that_is_to_do_something_is_responsible() {
    assert_eq!(
        got("市住建局要在8月底完成57个村燃煤散烧综合治理任务。"),
        [(
            "鄂尔多斯市住房和城乡建设局".to_string(),
            Some(Role::Responsible)
        )]
    );
    // A unit with a date and what it does by then.
    assert_eq!(
        got("赛罕区政府11月底启动内蒙古SKP旗舰店项目。"),
        [("赛罕区人民政府".to_string(), Some(Role::Responsible))]
    );
    assert_eq!(
        got("市住建局11月底前全面完成老旧小区改造。"),
        [(
            "鄂尔多斯市住房和城乡建设局".to_string(),
            Some(Role::Responsible)
        )]
    );
    // A date alone is no assignment (市发展改革委12月的报告).
    assert_eq!(
        got("市发展改革委12月底的报告显示。"),
        [("鄂尔多斯市发展和改革委员会".to_string(), None)]
    );
    // A unit to do its part that then helps with the work is its support.
    assert_eq!(
        got("市住建局牵头；市财政局要落实资金，配合做好管网改造。"),
        [
            ("鄂尔多斯市住房和城乡建设局".to_string(), Some(Role::Lead)),
            ("鄂尔多斯市财政局".to_string(), Some(Role::Support))
        ]
    );
    // What a unit asks of others gives it no task.
    assert_eq!(
        got("市政府要求市住建局加快推进。"),
        [
            ("鄂尔多斯市人民政府".to_string(), None),
            ("鄂尔多斯市住房和城乡建设局".to_string(), None)
        ]
    );
}

#[test]
fn a_role_named_after_shi_or_wei() {
    assert_eq!(
        got("市住建局是老旧小区改造的牵头单位,市财政局做好资金保障。"),
        [
            ("鄂尔多斯市住房和城乡建设局".to_string(), Some(Role::Lead)),
            // Its share of the work, beside the lead.
            ("鄂尔多斯市财政局".to_string(), Some(Role::Support))
        ]
    );
    assert_eq!(
        got("康巴什区人民政府为管网改造的责任主体。"),
        [("康巴什区人民政府".to_string(), Some(Role::Responsible))]
    );
    // Not a role: what a unit is besides.
    assert_eq!(
        got("市城管局是背街小巷整治工作的重要力量。"),
        [("鄂尔多斯市城市管理综合执法局".to_string(), None)]
    );
}

#[test]
fn a_group_that_is_to_do_something_is_responsible() {
    assert_eq!(
        got("各旗区政府要压实属地责任，加快项目建设进度。"),
        [(
            "各旗区人民政府(鄂尔多斯市)".to_string(),
            Some(Role::Responsible)
        )]
    );
    // Not what it asks of others.
    assert!(
        got("各旗区政府要求企业加快进度。")
            .iter()
            .all(|(_, r)| r.is_none())
    );
}

#[test]
fn overall_charge_leads_and_carrying_out_is_responsible() {
    assert_eq!(
        got("市发改委负总责，市财政局协同推进。"),
        [
            ("鄂尔多斯市发展和改革委员会".to_string(), Some(Role::Lead)),
            ("鄂尔多斯市财政局".to_string(), Some(Role::Support)),
        ]
    );
    assert_eq!(
        got("由市住建局具体实施。"),
        [(
            "鄂尔多斯市住房和城乡建设局".to_string(),
            Some(Role::Responsible)
        )]
    );
}

#[test]
fn the_unit_that_interprets_the_document_takes_no_role() {
    let got = got("本措施自2026年5月1日起施行，由市发展改革委负责解释。");
    assert!(got.iter().all(|(_, r)| r.is_none()), "{got:?}");
}

#[test]
fn units_that_drafted_the_document_take_no_role() {
    let drafted = got("市工信局会同市发展改革委、稀土高新区管委会起草了《行动方案》。");
    assert!(drafted.iter().all(|(_, r)| r.is_none()), "{drafted:?}");
    // A plan's task to draft one is a task.
    let task = got("由市工信局牵头，会同市发展改革委编制《稀土产业发展规划》。");
    assert_eq!(task[0].1, Some(Role::Lead), "{task:?}");
}

#[test]
fn roles_in_running_text() {
    assert_eq!(
        got("由市水利局牵头,市生态环境局、市住房和城乡建设局配合,实施黄河生态保护修复工程。"),
        [
            ("鄂尔多斯市水利局".to_string(), Some(Role::Lead)),
            ("鄂尔多斯市生态环境局".to_string(), Some(Role::Support)),
            (
                "鄂尔多斯市住房和城乡建设局".to_string(),
                Some(Role::Support)
            ),
        ]
    );
    // How units share a role between them and their verb (分别, 共同) leaves them their role.
    assert_eq!(
        got("新建学校。由市教育局、市卫健委分别牵头,市财政局配合。"),
        [
            ("鄂尔多斯市教育局".to_string(), Some(Role::Lead)),
            ("鄂尔多斯市卫生健康委员会".to_string(), Some(Role::Lead)),
            ("鄂尔多斯市财政局".to_string(), Some(Role::Support)),
        ]
    );
    assert_eq!(
        got("新建学校。由市教育局和市财政局共同负责。"),
        [
            ("鄂尔多斯市教育局".to_string(), Some(Role::Responsible)),
            ("鄂尔多斯市财政局".to_string(), Some(Role::Responsible)),
        ]
    );
    assert_eq!(
        got("市生态环境局要会同市发展改革委、市工业和信息化局加快推进超低排放改造。"),
        [
            ("鄂尔多斯市生态环境局".to_string(), Some(Role::Lead)),
            (
                "鄂尔多斯市发展和改革委员会".to_string(),
                Some(Role::Support)
            ),
            ("鄂尔多斯市工业和信息化局".to_string(), Some(Role::Support)),
        ]
    );
    assert_eq!(
        got("市林业和草原局负责组织实施“三北”工程攻坚战。"),
        [(
            "鄂尔多斯市林业和草原局".to_string(),
            Some(Role::Responsible)
        )]
    );
    // A unit only named has no role; nor has one in a mechanism.
    assert_eq!(
        got("争取自治区发展改革委支持。"),
        [("内蒙古自治区发展和改革委员会".to_string(), None)]
    );
    assert!(
        got("建立由市应急管理局牵头,市水利局、市自然资源局参与的应急指挥体系。")
            .iter()
            .all(|(_, r)| r.is_none())
    );
    assert!(
        got("构建由区应急管理局牵头,水利、交通等有关部门共同参与的联席会议机制。")
            .iter()
            .all(|(_, r)| r.is_none())
    );
    assert!(
        got("建立市发展改革委牵头的工作专班。")
            .iter()
            .all(|(_, r)| r.is_none())
    );
    // The person in charge of a unit is no role of the unit.
    assert!(
        got("市政府负责领导要针对所负责推进落实的重点任务抓好调度。")
            .iter()
            .all(|(_, r)| r.is_none())
    );
}

#[test]
fn units_joined_after_a_lead_s_clause_support_it() {
    assert_eq!(
        got("市市场监管局牵头,会同市应急管理局开展专项检查。"),
        [
            ("鄂尔多斯市市场监督管理局".to_string(), Some(Role::Lead)),
            ("鄂尔多斯市应急管理局".to_string(), Some(Role::Support))
        ]
    );
    assert_eq!(
        got("由市住建局负责,联合市城管局推进老旧小区改造,市财政局做好资金保障。"),
        [
            (
                "鄂尔多斯市住房和城乡建设局".to_string(),
                Some(Role::Responsible)
            ),
            (
                "鄂尔多斯市城市管理综合执法局".to_string(),
                Some(Role::Support)
            ),
            ("鄂尔多斯市财政局".to_string(), Some(Role::Responsible))
        ]
    );
}
