//! A web page's information table at the head of a document (标题 / 文号 / 发文机关 / 成文日期 …): its fields
//! as lines of their own, whether written with colons, several to a line, or drawn as a table.

use super::header::TITLE_END;
use super::structure::re;
use super::text::Para;
use regex::Regex;
use std::sync::LazyLock;

/// The labels of an information table's fields.
const LABELS: &str = "标题|名称|文号|发文字号|文件编号|发文机关|发文机构|发布机构|制发机关|成文日期|成文时间|印发日期|印发时间|发文日期|发文时间|发布日期|索引号|主题分类|主题词|公开方式|公文时效|信息分类|组配分类|所属主题|概述|公开日期|废止日期|有效性";
/// The labels that stand alone without a colon (成文日期 2022-12-30).
const BARE_LABELS: &str = "发文字号|文件编号|发文机关|发文机构|发布机构|制发机关|成文日期|成文时间|印发日期|发文日期|发布日期|索引号|主题分类|公文时效";

/// A field of a web page's information table: its label, with a colon or a cell's edge after it (or one of
/// the labels that stand alone), and its value. (主题: a field too, though never a cell of its own.)
pub(super) static META: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"^(?:({LABELS}|主题)\s*[:\t|]|({BARE_LABELS}))\s*(.*)$"
    ))
});
/// A cell that is an information table's label and nothing else.
static META_LABEL: LazyLock<Regex> = LazyLock::new(|| re(&format!(r"^({LABELS})$")));
/// Where a field starts inside a line of several (索引号:…文号:包府发〔2020〕54号).
static META_FIELD: LazyLock<Regex> =
    LazyLock::new(|| re(&format!(r"({LABELS})\s*:|({BARE_LABELS}|文号$)")));

/// The lines of the head, an information table's fields each a line of its own.
pub(super) fn head_lines(head: &[Para]) -> Vec<&str> {
    // A web page's information table may put two fields on a line (索引号:…文号:包府发〔2020〕54号): each field
    // is read as a line of its own.
    head.iter()
        .flat_map(|p| {
            let t = p
                .text
                .trim_matches(['—', ' '])
                .trim_start_matches(['•', '·', '●', ' ']);
            // 标题 鄂尔多斯市人民政府关于…的通知: a label written with a space, which normalising takes out.
            let t = ["标题", "名称", "题名"]
                .iter()
                .find_map(|l| t.strip_prefix(l))
                .filter(|r| r.chars().count() >= 8 && !r.starts_with(':') && TITLE_END.is_match(r))
                .unwrap_or(t);
            // | 标 题 | …的通知 | / 索引号⇥…⇥发文字号⇥…: an information table drawn as a table, a field to a
            // label's cell and the value's cell after it.
            if t.contains(['\t', '|']) {
                let mut cells: Vec<(usize, usize)> = Vec::new();
                let mut at = 0;
                for part in t.split(['\t', '|']) {
                    cells.push((at, at + part.len()));
                    at += part.len() + 1;
                }
                // (A cell may hold its label and value both: | 标题: 1-9月… |.)
                let labels: Vec<(usize, usize)> = cells
                    .into_iter()
                    .filter(|&(a, b)| {
                        let cell = t[a..b].trim();
                        META_LABEL.is_match(cell) || META.is_match(cell) && cell.contains(':')
                    })
                    .collect();
                if labels
                    .first()
                    .is_some_and(|&(a, _)| t[..a].trim().is_empty())
                {
                    let ends = labels.iter().skip(1).map(|&(a, _)| a).chain([t.len()]);
                    return labels
                        .iter()
                        .zip(ends)
                        .map(|(&(a, label_end), b)| {
                            let field = t[a..b].trim_end_matches(['\t', '|', ' ']);
                            // A label without a value keeps its separator (废止日期⇥).
                            if a + field.len() <= label_end {
                                &t[a..(label_end + 1).min(t.len())]
                            } else {
                                field
                            }
                        })
                        .collect();
                }
            }
            let starts: Vec<usize> = META_FIELD.find_iter(t).map(|m| m.start()).collect();
            if starts.len() < 2 || starts[0] != 0 {
                return vec![t];
            }
            starts
                .iter()
                .zip(starts.iter().skip(1).chain(std::iter::once(&t.len())))
                .map(|(&a, &b)| t[a..b].trim())
                .collect()
        })
        .collect()
}
