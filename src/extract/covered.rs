//! Items a note after them covers. Under a heading, a run of numbered items without notes of their own, closed
//! by a note on a line of its own after the last item, is given to all of them:
//!
//! ```text
//! （一）推进交通互联互通
//! 1.加快包银高铁建设。
//! 2.推进呼和浩特新机场建设。
//! 责任单位：市交通运输局、市发展改革委
//! ```
//!
//! Only a run that opens right under its heading: an item without a note between items with notes of their own
//! (1.…（责任单位：甲） 2.… 3.…（责任单位：丙）) is not given the next item's note.

use super::departments::GovContext;
use super::notes::Note;
use super::structure::heading_level;
use super::text::Para;

/// What a document's paragraphs are, for [`covered_items`].
pub(super) struct Lines<'a> {
    /// The paragraphs.
    pub paras: &'a [Para],
    /// Each paragraph's note.
    pub notes: &'a [Option<Note>],
    /// Each paragraph's note when it is a line of labels of its own (责任单位：…).
    pub label_lines: &'a [Option<Note>],
    /// Lines naming people (牵头领导：…), passed over.
    pub person_lines: &'a [bool],
    /// Where a table row's task starts (rows are tasks of their own).
    pub row_start: &'a [Option<usize>],
    /// The document's text.
    pub raw: &'a str,
    /// The document's government.
    pub gov: &'a GovContext,
}

impl Lines<'_> {
    /// Whether item `k` names its units itself: a note, or roles in its text (由…牵头，…配合).
    fn noted(&self, k: usize) -> bool {
        self.notes[k].as_ref().is_some_and(|n| !n.units.is_empty())
            || super::prose_roles::gives_roles(&self.paras[k].text, self.gov)
    }

    /// Whether paragraph `k`'s note stands on a line of its own after the item's text.
    fn note_on_own_line(&self, k: usize) -> bool {
        let Some(n) = self.notes[k].as_ref().filter(|n| n.start > 0) else {
            return false;
        };
        let (s, _) = self.paras[k].orig_span(n.start, n.end);
        self.raw.get(..s).is_some_and(|before| {
            before
                .trim_end_matches([' ', '\t', '\u{3000}'])
                .ends_with('\n')
        })
    }
}

/// For each paragraph, the paragraph whose note covers it as one of a run of items (a line of labels, or an
/// item whose note stands on its own line), when it has none of its own and is not closed by the line right
/// after it.
pub(super) fn covered_items(l: &Lines) -> Vec<Option<usize>> {
    let n = l.paras.len();
    let mut out = vec![None; n];
    for i in 0..n {
        let Some((top, _)) = heading_level(&l.paras[i].text) else {
            continue;
        };
        if l.noted(i) || l.label_lines[i].is_some() || l.row_start[i].is_some() {
            continue;
        }
        let mut run: Vec<usize> = Vec::new();
        let mut level = None;
        let mut j = i + 1;
        while j < n {
            if l.person_lines[j] {
                j += 1;
                continue;
            }
            if l.label_lines[j].is_some() {
                // The last item is closed by the line right after it already.
                run.pop();
                run.iter().for_each(|&k| out[k] = Some(j));
                break;
            }
            let Some((lvl, _)) = heading_level(&l.paras[j].text) else {
                break;
            };
            if lvl <= top || level.is_some_and(|v| v != lvl) || l.row_start[j].is_some() {
                break;
            }
            level = Some(lvl);
            if l.noted(j) {
                if l.note_on_own_line(j) {
                    run.iter().for_each(|&k| out[k] = Some(j));
                }
                break;
            }
            run.push(j);
            j += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::notes::lead_rule;
    use crate::extract::task_rows::read_notes;

    fn covered(raw: &str) -> Vec<Option<usize>> {
        let paras = crate::extract::text::paragraphs(raw);
        let read = read_notes(&paras, &GovContext::default(), &lead_rule(""));
        let n = paras.len();
        covered_items(&Lines {
            paras: &paras,
            notes: &read.notes,
            label_lines: &read.label_lines,
            person_lines: &vec![false; n],
            row_start: &read.rows.row_start,
            raw,
            gov: &GovContext::default(),
        })
    }

    #[test]
    fn a_label_line_after_a_run_covers_every_item() {
        let got = covered(
            "（一）推进交通互联互通\n1.加快包银高铁建设。\n2.推进新机场建设。\n3.完善公路网。\n责任单位：市交通运输局\n",
        );
        assert_eq!(got, [None, Some(4), Some(4), None, None]);
    }

    #[test]
    fn a_note_on_its_own_line_after_the_last_item_covers_the_run() {
        let got = covered(
            "（二）推动产业协作\n3.共建稀土产业链。\n4.发展风电装备制造。\n（责任单位：市工信局）\n",
        );
        assert_eq!(got[1], Some(3));
        let got = covered(
            "（二）推动产业协作\n3.共建稀土产业链\n4.发展风电装备制造\n（责任单位：市工信局）\n",
        );
        assert_eq!(got[1], Some(3));
        // Written at the end of the last item's line, it is that item's alone.
        let got = covered(
            "（二）推动产业协作\n3.共建稀土产业链。\n4.发展风电装备制造。（责任单位：市工信局）\n",
        );
        assert!(got.iter().all(Option::is_none), "{got:?}");
    }

    #[test]
    fn an_item_between_noted_items_is_not_covered() {
        let got = covered(
            "（一）交通\n1.建设高铁。（责任单位：市发改委）\n2.建设机场。\n3.完善公路。\n（责任单位：市交通运输局）\n",
        );
        assert!(got.iter().all(Option::is_none), "{got:?}");
        // Nor one that gives roles in its text.
        let got = covered(
            "（一）交通\n1.建设高铁，由市发改委牵头，市财政局配合。\n2.建设机场。\n责任单位：市交通运输局\n",
        );
        assert!(got.iter().all(Option::is_none), "{got:?}");
    }
}
