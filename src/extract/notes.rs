//! Responsibility notes that close a task: （责任单位：…；完成时限：…）, （牵头部门：…）, （实施主体：…）, or a
//! bare trailing list of units; with the roles each document's own rule gives (列在首位的为牵头部门 …).

use super::departments::{
    GovContext, Unit, UnitKind, has_role_verb, is_date_item, looks_like_unit, parse_units_under,
    split_items,
};
use crate::model::Role;
use regex::Regex;
use std::sync::LazyLock;

mod content;
mod deadlines;
pub(crate) use content::{add_units, parse_content, responsible_lead_beside_support};
pub use deadlines::{
    date_after_unit, date_at_start, deadline_after_unit, deadline_date, deadline_date_in,
    deadline_in_task, deadline_opening, deadline_within,
};

/// How a document says who leads.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum LeadRule {
    /// No statement: plain lists are `responsible`.
    #[default]
    None,
    /// The first-listed unit leads (000: 列在首位的为牵头部门).
    FirstListed,
    /// The first-listed unit of this government level leads (004: 列为首位的自治区部门为推进牵头部门).
    FirstOfLevel(String),
}

static LEAD_RULE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(列在|列为|排在|排名|排列)(首位|第一位|第一|前面)的?(自治区|市|区|旗|县)?(部门|单位)?[^,。;)]{0,4}(为|是)[^,。;)]{0,4}牵头")
        .unwrap_or_else(|_| unreachable!("static regex"))
});
/// The labels of a note's unit lists (责任单位, 牵头部门, 协同部门 …).
const LABEL_WORDS: &str = "具体负责单位|具体责任单位|责任落实单位|负责单位|负责部门|推进单位|主要责任单位|主要责任部门|协同责任单位|协同责任部门|协作单位|协作部门|牵头责任单位|配合责任单位|责任单位|责任部门|主责单位|主责部门|牵头单位|牵头部门|实施主体|实施单位|配合单位|配合部门|参与单位|参与部门|协办单位|协办部门|协同单位|协同部门|协助单位|协助部门|责任主体|主办单位|主办部门|数据提供单位|承办单位|落实单位|牵头处室|责任处室|配合处室|协办处室|牵头科室|责任科室|配合科室|责任股室|督办单位|督办部门|督查单位|督查部门|督导单位|督导部门|主抓单位|主抓部门|主办|协办";
static LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"^\[?({LABEL_WORDS})\]?\s*(?:[:：]|为)?"))
        .unwrap_or_else(|_| unreachable!("static regex"))
});
/// A role written bare as a note's label, with its colon (牵头:市工信局;参与:市科技局).
static BARE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\[?(牵头|配合|参与|协同|协助|主责)\]?\s*[:：]")
        .unwrap_or_else(|_| unreachable!("static regex"))
});

/// The label a note's segment opens with and where its list starts: a label of units (责任单位:), or a role
/// written bare with its colon, read as the label it stands for (牵头: → 牵头单位).
fn note_label(seg: &str) -> Option<(&str, usize)> {
    if let Some(c) = LABEL.captures(seg) {
        let label = c.get(1).map_or("", |m| m.as_str());
        // 主要责任单位 beside 协同责任单位: the main one leads.
        let label = if label.starts_with("主要") {
            "牵头单位"
        } else {
            label
        };
        return Some((label, c.get(0).map_or(0, |m| m.end())));
    }
    let c = BARE_LABEL.captures(seg)?;
    let label = match c.get(1).map_or("", |m| m.as_str()) {
        "牵头" => "牵头单位",
        "主责" => "主责单位",
        _ => "配合单位",
    };
    Some((label, c.get(0).map_or(0, |m| m.end())))
}

/// Whether a note's text opens with a label of units (责任单位:, 牵头:).
fn opens_with_label(s: &str) -> bool {
    LABEL.is_match(s) || BARE_LABEL.is_match(s)
}

/// A label that certainly starts a new segment: bracketed, or followed by a colon or 为 (…旅游带,责任单位为市文旅局,
/// 配合单位:市发改委, a label written into a sentence after a comma; …信息化局　配合单位:…, one run into a unit).
static LABEL_COLON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(\[({LABEL_WORDS}|{WHEN_WORDS})\]|({LABEL_WORDS}|{WHEN_WORDS})\s*(?::|为))"
    ))
    .unwrap_or_else(|_| unreachable!("static regex"))
});
/// Labels of a deadline that may stand in a sentence.
const WHEN_WORDS: &str = "完成时限|完成时间|完成日期|截止时间|时间节点|完成节点|办结时限|推进时限|办理时限|实施时限|实施时间|办结期限|推进期限|完成期限";
/// Who a label of people in charge names, after its optional government (市政府负责领导, 分管副市长, 牵头市领导,
/// 责任人, 盟行署分管领导): people, never units.
const PERSON: &str = r"(?:(?:自治区|盟|市|旗|区|县)(?:人民)?政府|盟?行署)?(?:牵头|责任|分管|包联|联系|督办|包抓|负责|主管|协管)?(?:自治区|盟|市|旗|区|县)?级?(?:领导|负责人|责任人|联系人|领导同志|副?(?:主席|盟长|市长|旗长|区长|县长)|秘书长)";
/// A label of the people in charge (责任领导：张三；责任单位：…): their names are no units, but the labels of
/// units may follow it.
static PERSON_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"^\[?{PERSON}\]?\s*:")).unwrap_or_else(|_| unreachable!("static regex"))
});
static DEADLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\[?(完成时限|完成时间|完成日期|截止时间|时间节点|完成节点|办结时限|推进时限|办理时限|实施时限|实施时间|办结期限|推进期限|时间安排|进度安排|时间要求|时限要求|时限|完成期限)\]?\s*(?:[:：]|为)?\s*|^\[?时间\]?\s*[:：]\s*",
    )
    .unwrap_or_else(|_| unreachable!("static regex"))
});
/// A sentence that opens with a date it is done by (2025年底前, 2024年6月30日前, 2025年内; in the document's year:
/// 年底前, 12月底前, 6月中旬前).
static WHEN_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\d{4}\s*年(\s*\d{1,2}\s*月(\s*\d{1,2}\s*日)?)?\s*(底前|底|末前|末|前|内)|\d{4}\s*年(上|下)半年前?|\d{4}\s*年(第?[一二三四1-4]季度)(末|底)?前?|[本今]?年(底前|底|末前|末|内)|\d{1,2}\s*月(\s*\d{1,2}\s*日)?\s*(底前|底|末前|末|前|[上中下]旬前?))")
        .unwrap_or_else(|_| unreachable!("static regex"))
});
/// Finds the document's lead rule in its (normalised) text.
pub fn lead_rule(text: &str) -> LeadRule {
    match LEAD_RULE.captures(text) {
        Some(c) => match c.get(3) {
            Some(level) => LeadRule::FirstOfLevel(level.as_str().to_string()),
            None => LeadRule::FirstListed,
        },
        None => LeadRule::None,
    }
}

/// A unit with its role and its byte range in the paragraph.
#[derive(Debug, Clone)]
pub struct Assigned {
    /// The unit.
    pub unit: Unit,
    /// Its role.
    pub role: Role,
}

/// A parsed responsibility note.
#[derive(Debug, Clone)]
pub struct Note {
    /// Byte range of the note (brackets included) in the paragraph.
    pub start: usize,
    /// End of the note.
    pub end: usize,
    /// Units with roles, spans relative to the paragraph.
    pub units: Vec<Assigned>,
    /// Deadline as written.
    pub deadline: Option<String>,
}

#[cfg(test)]
impl Note {
    /// (label, role) of each unit, for tests.
    pub(crate) fn roles(&self) -> Vec<(String, Role)> {
        self.units
            .iter()
            .map(|a| (a.unit.label.clone(), a.role))
            .collect()
    }
}

/// The bracketed group that closes a paragraph, as (open, close) byte positions.
fn trailing_group(p: &str) -> Option<(usize, usize)> {
    let trimmed = p.trim_end_matches(['。', '.', ';', ' ', '；']);
    let close = trimmed.len().checked_sub(1)?;
    if !trimmed.ends_with(')') {
        return None;
    }
    let mut depth = 0i32;
    for (i, c) in trimmed.char_indices().rev() {
        match c {
            ')' => depth += 1,
            '(' => {
                depth -= 1;
                if depth == 0 {
                    return Some((i, close));
                }
            }
            _ => {}
        }
    }
    None
}

/// Brackets a note may stand in besides round ones: square (【】 folded) and tortoise-shell.
const SQUARE_BRACKETS: [(char, char); 2] = [('[', ']'), ('〔', '〕')];

/// A note in square (or tortoise-shell) brackets that closes the paragraph and opens with its label
/// (…。[责任单位:市商务局], …。〔牵头单位:市发改委 配合单位:…〕): the spans of its brackets.
fn square_note(p: &str) -> Option<(usize, usize, usize)> {
    let trimmed = p.trim_end_matches(['。', '.', ';', ' ']);
    SQUARE_BRACKETS.into_iter().find_map(|(o, c)| {
        let close = trimmed.strip_suffix(c)?.len();
        let open = trimmed[..close].rfind(o)?;
        let inner = &trimmed[open + o.len_utf8()..close];
        (opens_with_label(inner) && !inner.contains([o, c])).then_some((open, o.len_utf8(), close))
    })
}

/// Parses the responsibility note closing a normalised paragraph, if there is one: a bracketed group, or a
/// last sentence made of role clauses (由自治区交通运输厅牵头,自治区发展改革委、财政厅配合,乌海市人民政府负责落实。).
pub fn parse_note(p: &str, ctx: &GovContext, rule: &LeadRule) -> Option<Note> {
    use super::placed_notes::{clause_notes, leading_note, merge};
    let trailing = trailing_group(p)
        .map(|(open, close)| (open, 1, close))
        .or_else(|| square_note(p));
    // Notes closing earlier clauses (…建设(市工信局负责),…) belong to the same item.
    let mut notes = clause_notes(p, trailing.map_or(p.len(), |(open, _, _)| open), ctx, rule);
    if let Some((open, width, close)) = trailing {
        let close_width = p[close..].chars().next().map_or(1, char::len_utf8);
        notes.extend(
            parse_content(p, open + width, close, ctx, rule, false).map(|n| Note {
                start: open,
                end: close + close_width,
                ..n
            }),
        );
        return merge(notes);
    }
    if !notes.is_empty() {
        return merge(notes);
    }
    if let Some(n) = leading_note(p, ctx, rule) {
        return Some(n);
    }
    let labels = inline_labels(p, ctx, rule);
    // 由…牵头,…配合,…负责落实。 as the last sentence, or just before the labels (…负责落实。完成时限:年内完成。).
    let before = labels.as_ref().map_or(p.len(), |n| n.start);
    // …按职责分工负责。2025年底前取得阶段性成果。: a short sentence of when closes the paragraph after the roles.
    let (before, when) = match labels {
        None => trailing_when(&p[..before]).map_or((before, None), |(s, d)| (s, Some(d))),
        Some(_) => (before, None),
    };
    if let Some((s, e, own_when)) = role_sentence(&p[..before])
        && let Some(mut n) =
            parse_content(p, s, e, ctx, rule, false).filter(|n| !n.units.is_empty())
    {
        if n.deadline.is_none()
            && let Some((end, d)) = own_when
        {
            n.deadline = Some(d.to_string());
            n.end = end;
        }
        if n.deadline.is_none()
            && let Some(d) = when
        {
            n.deadline = Some(d.to_string());
            n.end = p.trim_end_matches(['。', ';', ' ']).len();
        }
        return Some(match labels {
            Some(l) => {
                let mut units = n.units;
                units.extend(l.units);
                Note {
                    start: n.start,
                    end: l.end,
                    units,
                    deadline: l.deadline.or(n.deadline),
                }
            }
            None => n,
        });
    }
    labels
}

/// Whether a text starts with a label of units (责任单位, [牵头部门] …).
pub(crate) fn is_label(s: &str) -> bool {
    LABEL.is_match(s)
}

/// Whether a text starts with a label of units, of a deadline or of the people in charge.
fn starts_with_label(s: &str) -> bool {
    LABEL.is_match(s) || DEADLINE.is_match(s) || PERSON_LABEL.is_match(s)
}

/// A sentence opening with a label's words but no colon, and no unit after them (牵头单位要发挥组织协调作用): it
/// speaks of such units, it labels none.
fn speaks_of_units(s: &str) -> bool {
    !LABEL_COLON.is_match(s)
        && LABEL.find(s).is_some_and(|m| {
            let first = s[m.end()..]
                .split(['、', ',', ';', '。'])
                .next()
                .unwrap_or("");
            !super::departments::looks_like_unit(first)
        })
}

/// Labels written after the task's last sentence on the same line: …建设。责任单位:市水务局;完成时限:2024年底。
fn inline_labels(p: &str, ctx: &GovContext, rule: &LeadRule) -> Option<Note> {
    // Every label ends in one of these: most paragraphs have none.
    if !super::text::contains_any(p, &["单位", "部门", "主体", "时限", "时间", "节点"])
    {
        return None;
    }
    let body = p.trim_end_matches(['。', ';', ' ']);
    // 牵头单位:市发改委;配合单位:…: a line of labels is read as such, not as a task before its later labels.
    let label_line = starts_with_label(p);
    let mut from = 0;
    while let Some((i, c)) = body[from..]
        .char_indices()
        .find(|(_, c)| matches!(c, '。' | ',' | ';'))
        .map(|(i, c)| (from + i + c.len_utf8(), c))
    {
        from = i;
        let rest = &body[i..];
        let label = if c == '。' {
            starts_with_label(rest) && !speaks_of_units(rest)
        } else {
            !label_line && LABEL_COLON.is_match(rest)
        };
        if !label || rest.chars().count() > 300 {
            continue;
        }
        if let Some(n) = parse_content(p, i, body.len(), ctx, rule, true)
            .filter(|n| !n.units.is_empty() || n.deadline.is_some())
        {
            return Some(n);
        }
    }
    None
}

/// Where the last sentence of a text (its closing 。 or ; trimmed) starts, if a sentence comes before it.
fn last_sentence_start(body: &str) -> Option<usize> {
    body.char_indices()
        .rev()
        .find(|(_, c)| matches!(c, '。' | ';'))
        .map(|(i, c)| i + c.len_utf8())
}

/// A closing sentence that starts with when it is done (2025年底前取得阶段性成果。, 2024年6月底前完成。): where
/// it starts, and the date as written.
fn trailing_when(p: &str) -> Option<(usize, &str)> {
    let body = p.trim_end_matches(['。', ';', ' ']);
    let start = last_sentence_start(body)?;
    let sentence = &body[start..];
    if sentence.chars().count() > 24 {
        return None;
    }
    let m = WHEN_FIRST.find(sentence)?;
    Some((start, sentence[..m.end()].trim_end()))
}

/// A date written in a clause of its own, and where that clause ends.
type Dated<'a> = (usize, &'a str);

/// The last sentence of a paragraph when every clause of it ends with a role verb and it names a lead
/// (由…牵头) or starts with 由: (start, end) without the closing 。, and the date of a last clause of when
/// after the roles (…配合,2025年底前完成) with where that clause ends.
fn role_sentence(p: &str) -> Option<(usize, usize, Option<Dated<'_>>)> {
    let body = p.trim_end_matches(['。', ';', ' ']);
    let start = last_sentence_start(body).unwrap_or(0);
    // 由市工信局牵头,市商务局、市投资促进中心配合,2025年底前完成: a last clause of when is not the roles'.
    let dated = body.rfind(',').filter(|&i| i > start).and_then(|i| {
        let last = &body[i + 1..];
        let m = WHEN_FIRST
            .find(last)
            .filter(|_| last.chars().count() <= 16)?;
        Some((i, (body.len(), m.as_str())))
    });
    let (body, when) = match dated {
        Some((i, date)) => (&body[..i], Some(date)),
        None => (body, None),
    };
    let sentence = &body[start..];
    let clauses: Vec<&str> = sentence.split([',', ';']).collect();
    if start > 0
        && (sentence.starts_with('由') || sentence.contains("牵头"))
        && clauses.len() <= 6
        && clauses.iter().all(|c| has_role_verb(c))
    {
        return Some((start, body.len(), when));
    }
    // …推进夜间经济,由市商务局负责。: the last clause of the task's sentence gives its unit.
    let last = body.rfind(',').map(|i| i + 1)?;
    let clause = &body[last..];
    (last > start
        && clause.starts_with('由')
        && clause.chars().count() <= 40
        && has_role_verb(clause))
    .then_some((last, body.len(), when))
}

/// A paragraph that is itself a note for the paragraph before it: 责任单位：市发改委；完成时限：2024年底.
/// A line naming the people in charge of the task above it (牵头领导：张三, 责任人：…): no unit, no task.
static PERSON_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"^\[?{PERSON}\]?\s*[:：]"))
        .unwrap_or_else(|_| unreachable!("static regex"))
});

/// Whether a paragraph only names the people in charge of a task ([`PERSON_LINE`]).
pub fn is_person_line(p: &str) -> bool {
    p.chars().count() <= 60 && PERSON_LINE.is_match(p)
}

pub fn parse_label_line(p: &str, ctx: &GovContext, rule: &LeadRule) -> Option<Note> {
    let body = p.trim_end_matches(['。', ';', ' ']);
    // (责任单位：市商务局) on a line of its own, or in square or tortoise-shell brackets: the whole line one
    // bracket.
    let (start, end) = std::iter::once(('(', ')'))
        .chain(SQUARE_BRACKETS)
        .find_map(|(o, c)| {
            let (w, cw) = (o.len_utf8(), c.len_utf8());
            match (body.strip_prefix(o), body.strip_suffix(c)) {
                (Some(inner), Some(_)) if !inner[..inner.len() - cw].contains([o, c]) => {
                    Some((w, body.len() - cw))
                }
                // 牵头部门:区旅游发展办) under a line ending in its bracket's opening: the close is the bracket's.
                (None, Some(inner)) if o == '(' && !inner.contains(['(', ')']) => {
                    Some((0, body.len() - cw))
                }
                _ => None,
            }
        })
        .unwrap_or((0, body.len()));
    let inner = &p[start..end];
    if !(opens_with_label(inner) || DEADLINE.is_match(inner)) || inner.chars().count() > 300 {
        return None;
    }
    parse_content(p, start, end, ctx, rule, true)
        .filter(|n| !n.units.is_empty() || n.deadline.is_some())
}

#[cfg(test)]
#[path = "notes_labels_tests.rs"]
mod labels_tests;
#[cfg(test)]
#[path = "notes_tests.rs"]
mod tests;
