//! A note's content: its segments (labelled 责任单位：…, 牵头单位：…, 完成时限：…, or a plain list), the units
//! each names, and the role each unit takes from its label, its place in the list and the document's rule.

use super::*;

/// Parses `p[inner_start..close]` as note content; `labelled_only` refuses unlabelled lists.
pub(crate) fn parse_content(
    p: &str,
    inner_start: usize,
    close: usize,
    ctx: &GovContext,
    rule: &LeadRule,
    labelled_only: bool,
) -> Option<Note> {
    let inner = &p[inner_start..close];
    let mut units: Vec<Assigned> = Vec::new();
    let mut deadline = None;
    let mut any_label = false;
    for (a, b) in split_segments(inner) {
        let seg = &inner[a..b];
        if let Some(m) = DEADLINE.find(seg) {
            deadline = Some(seg[m.end()..].trim().to_string()).filter(|d| !d.is_empty());
            any_label = true;
            continue;
        }
        let (label, list_off) = match note_label(seg) {
            Some((l, end)) => (Some(l), end),
            None => (None, 0),
        };
        // 督办单位:市政府督查室 (督查单位, 督导单位): who checks on the task, not who does it.
        if label.is_some_and(|l| l.starts_with('督')) {
            any_label = true;
            continue;
        }
        let list = &seg[list_off..];
        // A date written among the units (市发改委,2024年底前) is the deadline.
        for (x, y) in split_items(list) {
            let item = &list[x..y];
            if deadline.is_none() && is_date_item(item) {
                deadline = Some(item.to_string());
            }
        }
        if label.is_none() && labelled_only {
            continue;
        }
        if label.is_none() {
            let items: Vec<(usize, usize)> = split_items(list)
                .into_iter()
                .filter(|(x, y)| !is_date_item(&list[*x..*y]))
                .collect();
            let good = items
                .iter()
                .filter(|(x, y)| looks_like_unit(&list[*x..*y]))
                .count();
            let rule_items = items
                .iter()
                .filter(|(x, y)| list[*x..*y].contains("牵头") || list[*x..*y].contains("下同"))
                .count();
            if items.is_empty() || good * 10 < (items.len() - rule_items) * 7 || good == 0 {
                continue;
            }
        } else {
            any_label = true;
        }
        add_units(
            &mut units,
            list,
            inner_start + a + list_off,
            label,
            ctx,
            rule,
        );
    }
    if units.is_empty() && !any_label {
        return None;
    }
    responsible_lead_beside_support(&mut units);
    Some(Note {
        start: inner_start,
        end: close,
        units,
        deadline,
    })
}

/// 责任部门:市数据局;协同部门:市政务服务局 (or a 责任单位 column beside a 配合单位 one): beside the units that
/// support, the responsible ones lead.
pub(crate) fn responsible_lead_beside_support(units: &mut [Assigned]) {
    if units.iter().any(|a| a.role == Role::Support) && !units.iter().any(|a| a.role == Role::Lead)
    {
        for a in units.iter_mut().filter(|a| a.role == Role::Responsible) {
            a.role = Role::Lead;
        }
    }
}

/// Adds the units of one list (a segment of a note, or a table cell) that starts at byte `base` of its
/// paragraph, with the roles its label, the document's rule and the units' own marks give.
pub(crate) fn add_units(
    units: &mut Vec<Assigned>,
    list: &str,
    base: usize,
    label: Option<&str>,
    ctx: &GovContext,
    rule: &LeadRule,
) {
    let before = units.len();
    // 牵头单位:市发改委;责任单位:市财政局: those responsible under a lead named before them support it (not
    // those a verb makes responsible: …牵头,府谷县政府负责); and those named responsible before a 牵头单位
    // label (责任单位:市统计局;牵头单位:市发改委) support the lead it names.
    let under_lead = units.iter().any(|a| a.role == Role::Lead)
        && label.is_some_and(|l| l.starts_with("责任") || l.starts_with("主责"));
    let lead_label = label.is_some_and(|l| l.starts_with("牵头"));
    units.extend(
        parse_units_under(list, ctx, lead_label)
            .into_iter()
            .map(|u| Assigned {
                role: Role::Responsible,
                unit: Unit {
                    start: u.start + base,
                    end: u.end + base,
                    ..u
                },
            }),
    );
    let added = &mut units[before..];
    assign_roles(added, label, rule);
    // 市工信局(牵头)、市发改委、市能源局: once one is marked as the lead, the unmarked others support it.
    let marked_lead = added.iter().any(|a| a.unit.hint == Some(Role::Lead));
    let role_label = label.is_some_and(|l| {
        ["牵头", "配合", "参与", "协"]
            .iter()
            .any(|w| l.starts_with(w))
    });
    for a in added.iter_mut() {
        if let Some(h) = a.unit.hint {
            a.role = h;
        } else if (marked_lead && !role_label || under_lead) && a.role != Role::Implementer {
            a.role = Role::Support;
        }
    }
    if lead_label && added.iter().any(|a| a.role == Role::Lead) {
        for a in units[..before]
            .iter_mut()
            .filter(|a| a.role == Role::Responsible)
        {
            a.role = Role::Support;
        }
    }
}

/// Splits note content on ; (and full-width ；) at depth 0.
fn split_segments(s: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let (mut depth, mut start) = (0i32, 0usize);
    for (i, c) in s.char_indices() {
        let after = &s[i + c.len_utf8()..];
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            // ; always; , and 。 and a space only where a new label follows (责任单位:市发改委,配合单位:…).
            ';' | ',' | '。' | ' '
                if depth <= 0
                    && (c == ';' || opens_with_label(after) || DEADLINE.is_match(after)) =>
            {
                out.push((start, i));
                start = i + c.len_utf8();
            }
            // A label right after a unit, its separator lost in normalising (…信息化局　配合单位:…).
            '配' | '责' | '牵' | '完' | '[' | '实' | '协' | '参' | '主' | '时' | '截'
                if depth <= 0
                    && i > start
                    && (LABEL_COLON.is_match(&s[i..]) || BARE_LABEL.is_match(&s[i..]))
                    // (Not inside a label: 牵头责任单位.)
                    && LABEL.find(&s[start..]).is_none_or(|m| start + m.end() <= i) =>
            {
                out.push((start, i));
                start = i;
            }
            _ => {}
        }
    }
    out.push((start, s.len()));
    out
}

/// Gives roles to the units of one labelled (or bare) segment.
fn assign_roles(units: &mut [Assigned], label: Option<&str>, rule: &LeadRule) {
    let fresh: Vec<usize> = (0..units.len()).collect();
    let first_lead = |units: &mut [Assigned], level: Option<&str>| {
        let mut lead_given = false;
        for &i in &fresh {
            let u = &mut units[i];
            if level.is_some() && u.unit.kind == UnitKind::Government {
                u.role = Role::Implementer;
                continue;
            }
            let fits = level.is_none_or(|l| at_level(&u.unit, l));
            if !lead_given && fits {
                u.role = Role::Lead;
                lead_given = true;
            } else {
                u.role = Role::Support;
            }
        }
    };
    match label {
        Some(l) if l.starts_with("牵头") => {
            fresh.iter().for_each(|&i| units[i].role = Role::Lead)
        }
        Some(l) if l.starts_with("配合") || l.starts_with("参与") || l.starts_with("协") => {
            fresh.iter().for_each(|&i| units[i].role = Role::Support)
        }
        _ => match rule {
            LeadRule::FirstListed => first_lead(units, None),
            LeadRule::FirstOfLevel(level) => first_lead(units, Some(level)),
            LeadRule::None => {
                for &i in &fresh {
                    let u = &mut units[i];
                    u.role = if label == Some("实施主体") && u.unit.kind == UnitKind::Government
                    {
                        Role::Implementer
                    } else {
                        Role::Responsible
                    };
                }
            }
        },
    }
}

fn at_level(u: &Unit, level: &str) -> bool {
    match level {
        "自治区" => u.jurisdiction.as_deref() == Some("内蒙古自治区"),
        _ => u.kind == UnitKind::Department,
    }
}
