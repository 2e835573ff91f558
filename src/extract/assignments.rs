//! A paragraph that hands out several assignments, one sentence after another, as news of a work plan
//! writes them (呼和浩特市住建局要在8月底完成…。市轨道交通公司要加快…,10月底完成年度任务。赛罕区政府11月底
//! 启动…项目。): each sentence that opens with a unit and its role starts a piece of its own, with the
//! sentences after it that name no one; the date right after the unit is that piece's deadline. So does each
//! item of an enumeration among them (一是加快…，由市能源局牵头。二是…。三是…), its work before its roles.

use super::departments::GovContext;
use super::text::Para;

/// One piece of a paragraph: a byte range, and its deadline as written: the date right after its unit, or
/// the one closing its first sentence (…,10月底完成年度任务。).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    pub start: usize,
    pub end: usize,
    pub deadline: Option<String>,
    /// Where, in the piece, the work starts after its unit and date (完成57个村… in 市住建局要在8月底完成57个村…),
    /// for its title.
    pub work: usize,
}

/// The pieces of `text` when at least two of its sentences open with a unit that is given a role; None
/// otherwise (a paragraph with one such sentence, or none, stays whole).
pub fn split(text: &str, gov: &GovContext) -> Option<Vec<Piece>> {
    split_assignments(text, gov).or_else(|| split_enumeration(text))
}

/// Whether `text` is an enumeration (一是…二是…) whose roles stand in its sentences, not in a bracketed note: a
/// closing sentence's roles (…，由市发改委负责。) are its last item's, not a note on the whole.
pub(super) fn enumerates_in_sentences(text: &str) -> bool {
    !text.contains(['(', '（', '【', '[']) && split_enumeration(text).is_some()
}

/// 一是…。二是…。三是…: the items of an enumeration, two or more, each a piece (the words before the first one
/// too), dated by its own last clause.
fn split_enumeration(text: &str) -> Option<Vec<Piece>> {
    // Items start the text or follow the end of a sentence or clause (…，一是…;二是…).
    let starts: Vec<(usize, usize)> = std::iter::once(0)
        .chain(
            text.char_indices()
                .filter(|(_, c)| matches!(c, '。' | ';' | '；' | ',' | '，' | ':' | '：'))
                .map(|(i, c)| i + c.len_utf8()),
        )
        .filter_map(|at| enumerated(&text[at..]).map(|w| (at, w)))
        .collect();
    if starts.len() < 2 {
        return None;
    }
    let mut out = Vec::new();
    if starts[0].0 > 0 {
        out.push(Piece {
            start: 0,
            end: starts[0].0,
            deadline: None,
            work: 0,
        });
    }
    for (k, &(s, work)) in starts.iter().enumerate() {
        let end = starts.get(k + 1).map_or(text.len(), |n| n.0);
        out.push(Piece {
            start: s,
            end,
            deadline: super::notes::deadline_in_task(&text[s..end]),
            work,
        });
    }
    Some(out)
}

fn split_assignments(text: &str, gov: &GovContext) -> Option<Vec<Piece>> {
    if text.matches(['。', ';']).count() < 2 || !super::prose_roles::may_give_roles(text) {
        return None;
    }
    // (Groups given a role are no assignment of their own.)
    let mut units = super::running::find_units(text, gov, &[]);
    units.retain(|u| u.kind != super::departments::UnitKind::Group);
    if units.len() < 2 {
        return None;
    }
    let roles = super::prose_roles::roles(text, &units);
    // Sentences: each up to and with its 。 or ;.
    let mut sentences = Vec::new();
    let mut from = 0;
    for (i, c) in text.char_indices() {
        if matches!(c, '。' | ';') {
            sentences.push((from, i + c.len_utf8()));
            from = i + c.len_utf8();
        }
    }
    if !text[from..].trim().is_empty() {
        sentences.push((from, text.len()));
    }
    // (sentence start, deadline, where its work starts) of each sentence that opens with a unit and its role.
    let mut opens: Vec<(usize, Option<String>, usize)> = Vec::new();
    for &(s, e) in &sentences {
        // A unit with a role that opens the sentence, or a clause of it (根据目标任务要求,今年,市住建局要…;
        // 由市政府统筹,市财政局负责…).
        let opener = units.iter().zip(&roles).find(|(u, r)| {
            let before = &text[s..u.start.max(s)];
            u.start >= s
                && u.start < e
                // (A unit that helps, 县财政局要落实资金，配合做好…, supports the piece before it.)
                && r.is_some_and(|r| r != crate::model::Role::Support)
                && (before.is_empty() || before.ends_with([',', '，']) || before.ends_with('由'))
        });
        // 三是发展储能产业…: an item of an enumeration opens a piece of its own, whoever does it; 一是加快…，由市能源局
        // 牵头，…配合: roles that close the sentence leave its work where it starts.
        let enumerator = enumerated(&text[s..e]);
        let roles_close = opener.is_some_and(|(u, _)| text[s..u.start].ends_with('由'));
        let Some((u, _)) = opener.filter(|_| !roles_close) else {
            if roles_close || enumerator.is_some() {
                let deadline = super::notes::deadline_in_task(&text[s..e]);
                opens.push((s, deadline, enumerator.unwrap_or(0)));
            }
            continue;
        };
        let after = &text[u.end..e];
        let date = super::notes::date_after_unit(after);
        // 要加快…, 要在8月底完成…, 11月底启动…: the work after the unit, its 要 and its date.
        let work = match date {
            Some((skip, d)) => u.end + skip + d.len(),
            None => {
                u.end
                    + ["要", "负责", "牵头"]
                        .iter()
                        .find(|w| after.starts_with(**w))
                        .map_or(0, |w| w.len())
            }
        };
        let deadline = date
            .map(|(_, d)| d.to_string())
            .or_else(|| super::notes::deadline_in_task(&text[s..e]));
        opens.push((s, deadline, work - s));
    }
    if opens.len() < 2 {
        return None;
    }
    let mut out = Vec::new();
    if opens[0].0 > 0 {
        out.push(Piece {
            start: 0,
            end: opens[0].0,
            deadline: None,
            work: 0,
        });
    }
    for (k, (s, deadline, work)) in opens.iter().enumerate() {
        let end = opens.get(k + 1).map_or(text.len(), |n| n.0);
        out.push(Piece {
            start: *s,
            end,
            deadline: deadline.clone(),
            work: *work,
        });
    }
    Some(out)
}

/// The length of the enumerator a sentence opens with (一是, 二是, …, 十是), if it does.
fn enumerated(sentence: &str) -> Option<usize> {
    let n = sentence
        .chars()
        .take_while(|c| "一二三四五六七八九十".contains(*c))
        .count();
    let after = sentence.char_indices().nth(n).map(|(i, _)| i)?;
    // 一是…二是…, or 一要…二要… as a speech enumerates what must be done.
    let word = sentence[after..]
        .chars()
        .next()
        .filter(|c| matches!(c, '是' | '要'))?;
    (1..=2).contains(&n).then(|| after + word.len_utf8())
}

/// Paragraphs split where they hand out several assignments ([`split`]), each with its piece (None for a
/// paragraph left whole).
pub(super) type Split = Vec<(Para, Option<Piece>)>;

pub(super) fn split_paras(paras: &[Para], gov: &GovContext) -> Option<Split> {
    let mut out = Vec::with_capacity(paras.len());
    let mut any = false;
    for p in paras {
        let pieces = super::structure::heading_level(&p.text)
            .is_none()
            .then(|| split(&p.text, gov))
            .flatten();
        let Some(pieces) = pieces else {
            out.push((p.clone(), None));
            continue;
        };
        any = true;
        out.extend(
            pieces
                .into_iter()
                .map(|pc| (p.slice(pc.start, pc.end), Some(pc))),
        );
    }
    any.then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(text: &str) -> Vec<(String, Option<String>)> {
        let gov = GovContext {
            home: Some("呼和浩特市".into()),
            ..Default::default()
        };
        split(text, &gov)
            .unwrap_or_default()
            .into_iter()
            .map(|p| (text[p.start..p.end].to_string(), p.deadline))
            .collect()
    }

    #[test]
    fn sentences_that_open_with_a_unit_and_its_role_are_pieces() {
        let text = "根据目标任务要求,今年,市住建局要在8月底完成57个村燃煤散烧综合治理任务。9月底完成供热管网互联互通64公里。市轨道交通公司要加快地铁TOD开发,10月底完成年度任务。赛罕区政府11月底启动内蒙古SKP旗舰店项目。";
        assert_eq!(
            pieces(text),
            [
                (
                    "根据目标任务要求,今年,市住建局要在8月底完成57个村燃煤散烧综合治理任务。9月底完成供热管网互联互通64公里。".to_string(),
                    Some("8月底".to_string())
                ),
                (
                    "市轨道交通公司要加快地铁TOD开发,10月底完成年度任务。".to_string(),
                    Some("10月底".to_string())
                ),
                (
                    "赛罕区政府11月底启动内蒙古SKP旗舰店项目。".to_string(),
                    Some("11月底".to_string())
                ),
            ]
        );
    }

    #[test]
    fn a_lead_in_sentence_is_a_piece_of_its_own() {
        let text = "3月16日,市政府公布重点任务。市教育局要在11月底新建幼儿园9所。市住建局要于年底前改造老旧小区333个。";
        let got = pieces(text);
        assert_eq!(got.len(), 3);
        assert_eq!(got[0], ("3月16日,市政府公布重点任务。".to_string(), None));
        assert_eq!(got[2].1.as_deref(), Some("年底前"));
    }

    #[test]
    fn a_unit_that_helps_opens_no_piece() {
        let text = "市水利局牵头抓好农村供水工程建设，9月底前全部完工；市财政局要落实资金，配合做好工程建设。市住建局要于年底前改造老旧小区333个。";
        let got = pieces(text);
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(got[0].0.ends_with("配合做好工程建设。"), "{got:?}");
    }

    #[test]
    fn the_work_starts_after_the_unit_and_its_date() {
        let gov = GovContext {
            home: Some("呼和浩特市".into()),
            ..Default::default()
        };
        let text = "今年,市住建局要在8月底完成改造任务。市轨道交通公司要加快地铁TOD开发。赛罕区政府11月底启动SKP项目。";
        let work: Vec<&str> = split(text, &gov)
            .unwrap_or_default()
            .iter()
            .map(|p| &text[p.start + p.work..p.end])
            .collect();
        assert_eq!(
            work,
            ["完成改造任务。", "加快地铁TOD开发。", "启动SKP项目。"]
        );
    }

    #[test]
    fn enumerated_items_with_roles_at_their_end_are_pieces() {
        let gov = GovContext {
            home: Some("乌兰察布市".into()),
            ..Default::default()
        };
        let text = "一是加快风电光伏基地建设，由市能源局牵头，相关旗县市区人民政府配合。二是培育氢能产业，由市工信局牵头负责。三是发展储能产业，推动集宁区新型储能电站建设。";
        let work: Vec<&str> = split(text, &gov)
            .unwrap_or_default()
            .iter()
            .map(|p| &text[p.start + p.work..p.end])
            .collect();
        assert_eq!(
            work,
            [
                "加快风电光伏基地建设，由市能源局牵头，相关旗县市区人民政府配合。",
                "培育氢能产业，由市工信局牵头负责。",
                "发展储能产业，推动集宁区新型储能电站建设。"
            ]
        );
    }

    #[test]
    fn an_enumeration_without_roles_is_split_into_its_items() {
        let text =
            "围绕新能源，一是加快风电基地建设；二是培育氢能产业，年底前完成。三是发展储能产业。";
        let got = pieces(text);
        let items: Vec<&str> = got.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(
            items,
            [
                "围绕新能源，",
                "一是加快风电基地建设；",
                "二是培育氢能产业，年底前完成。",
                "三是发展储能产业。"
            ]
        );
        assert_eq!(got[2].1.as_deref(), Some("年底前"));
        // One item alone is no enumeration.
        assert!(pieces("一是加快风电基地建设。同时做好服务。").is_empty());
        assert_eq!(pieces("一要加快风电基地建设；二要培育氢能产业。").len(), 2);
    }

    #[test]
    fn one_assignment_or_units_inside_sentences_stay_whole() {
        assert!(pieces("市住建局要在8月底完成改造任务。9月底完成供热管网互联互通。").is_empty());
        // Units that do not open their sentences (a unit named in the middle) split nothing.
        assert!(pieces("全力支持市住建局要求的改造。积极配合市教育局要求的建设。").is_empty());
    }
}
