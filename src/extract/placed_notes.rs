//! Notes written elsewhere than at the end of their item: in brackets after each clause
//! (推进…建设(市工信局负责),完善…机制(市财政局负责)。) and in a labelled bracket before the task
//! ([责任单位:市发改委]推进…).

use super::departments::GovContext;
use super::notes::{LeadRule, Note, is_label, parse_content};

/// What ends the content of a bracket that closes a clause and says who does it.
const ROLE_ENDS: [&str; 6] = ["负责落实", "负责", "牵头", "配合", "落实", "实施"];

/// The notes in brackets that close clauses before `before` (where the paragraph's own closing note starts),
/// in text order.
pub fn clause_notes(p: &str, before: usize, ctx: &GovContext, rule: &LeadRule) -> Vec<Note> {
    let head = &p[..before];
    if !head.contains('(')
        || !super::text::contains_any(
            head,
            &["负责", "牵头", "配合", "落实", "实施", "单位", "部门"],
        )
    {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut open = 0usize;
    for (i, c) in head.char_indices() {
        match c {
            '(' => {
                if depth == 0 {
                    open = i;
                }
                depth += 1;
            }
            ')' if depth > 0 => {
                depth -= 1;
                if depth > 0 {
                    continue;
                }
                let inner = &head[open + 1..i];
                // A clause closes right after it: (一) or 包头(市) inside a sentence is no note.
                let closes = head[i + 1..]
                    .chars()
                    .next()
                    .is_none_or(|c| matches!(c, ',' | ';' | '。' | '，' | '；'));
                let says_who = is_label(inner) || ROLE_ENDS.iter().any(|w| inner.ends_with(w));
                if closes
                    && says_who
                    && let Some(n) = parse_content(p, open + 1, i, ctx, rule, false)
                    && !n.units.is_empty()
                {
                    out.push(Note {
                        start: open,
                        end: i + 1,
                        ..n
                    });
                }
            }
            _ => {}
        }
    }
    out
}

/// A labelled bracket before the task, right after its number ([责任单位:市发改委]推进…).
pub fn leading_note(p: &str, ctx: &GovContext, rule: &LeadRule) -> Option<Note> {
    let start = super::structure::heading_level(p).map_or(0, |(_, len)| len);
    let rest = &p[start..];
    let close_c = match rest.chars().next()? {
        '[' => ']',
        '(' => ')',
        _ => return None,
    };
    let close = start + rest.find(close_c)?;
    let inner = &p[start + 1..close];
    if !is_label(inner) || p[close + 1..].trim().chars().count() < 4 {
        return None;
    }
    parse_content(p, start + 1, close, ctx, rule, true)
        .filter(|n| !n.units.is_empty())
        .map(|n| Note {
            start,
            end: close + 1,
            ..n
        })
}

/// The notes of one item as one: its units in order, spanning from the first to the last, the deadline
/// of the last that gives one.
pub fn merge(notes: Vec<Note>) -> Option<Note> {
    let mut it = notes.into_iter();
    let mut first = it.next()?;
    for n in it {
        first.end = n.end;
        first.units.extend(n.units);
        if n.deadline.is_some() {
            first.deadline = n.deadline;
        }
    }
    Some(first)
}

#[cfg(test)]
mod tests {
    use super::super::notes::parse_note;
    use super::super::text::normalize;
    use super::*;
    use crate::model::Role;

    fn ctx() -> GovContext {
        GovContext {
            home: Some("包头市".into()),
            ..Default::default()
        }
    }

    #[test]
    fn a_note_after_each_clause() {
        let p = normalize("2.推进丙任务建设（市工信局负责），完善丁机制（市财政局负责）。");
        let n = parse_note(&p, &ctx(), &LeadRule::None).expect("note");
        let units: Vec<&str> = n.units.iter().map(|a| a.unit.label.as_str()).collect();
        assert_eq!(units, ["包头市工业和信息化局", "包头市财政局"]);
        assert_eq!(&p[..n.start], "2.推进丙任务建设");
        // Brackets inside a sentence are not notes.
        let p = normalize("推进包头(市)至银川(宁夏)铁路建设。");
        assert!(parse_note(&p, &ctx(), &LeadRule::None).is_none());
    }

    #[test]
    fn a_labelled_bracket_before_the_task() {
        let p = normalize("1.【牵头单位：市发改委】推进甲任务建设，完善乙机制。");
        let n = parse_note(&p, &ctx(), &LeadRule::None).expect("note");
        assert_eq!(n.start, 2);
        assert_eq!(
            n.roles(),
            [("包头市发展和改革委员会".to_string(), Role::Lead)]
        );
    }
}
