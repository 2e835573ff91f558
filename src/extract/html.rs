//! Web pages saved as HTML → plain text: scripts, styles and comments dropped, merged table cells spelled
//! out (rowspan, colspan), block elements (p, div, br, h1–h6, li, tr, title) as line breaks, table cells as
//! tabs, other tags removed, character references decoded. What comes out is the document's text: mentions
//! index into it, and the reader shows it.

use regex::Regex;
use std::sync::LazyLock;

static HIDDEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?is)<!--.*?-->|<(script|style|noscript|template)\b[^>]*>.*?</(script|style|noscript|template)\s*>")
        .unwrap_or_else(|_| unreachable!("static regex"))
});
static BLOCK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)</?(p|div|br|h[1-6]|li|ul|ol|tr|table|title|section|article|header|footer|blockquote|pre|dd|dt)\b[^>]*>")
        .unwrap_or_else(|_| unreachable!("static regex"))
});
static CELL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)<(td|th)\b[^>]*>").unwrap_or_else(|_| unreachable!("static regex"))
});
/// A table (not nested), a row, a span attribute.
static TABLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?is)<table\b[^>]*>.*?</table\s*>")
        .unwrap_or_else(|_| unreachable!("static regex"))
});
static ROW: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?is)<tr\b[^>]*>(.*?)</tr\s*>").unwrap_or_else(|_| unreachable!("static regex"))
});
/// A table cell: its opening tag (with the tag's attributes), its content, its closing tag.
static CELL_WHOLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?is)(<(?:td|th)\b([^>]*)>)(.*?)(</(?:td|th)\s*>)")
        .unwrap_or_else(|_| unreachable!("static regex"))
});
static SPAN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)\b(rowspan|colspan)\s*=\s*["']?(\d{1,3})"#)
        .unwrap_or_else(|_| unreachable!("static regex"))
});

/// A table with its row and column spans spelled out: a cell merged down several rows is repeated in each
/// (a 牵头单位 shared by three tasks), one merged across several columns is followed by empty cells.
fn expand_spans(table: &str) -> String {
    if !SPAN.is_match(table) {
        return table.to_string();
    }
    // Per column: the cell carried down and how many more rows it covers.
    let mut carried: Vec<Option<(String, usize)>> = Vec::new();
    let mut out = String::from("<table>");
    for row in ROW.captures_iter(table) {
        let mut cells: Vec<String> = Vec::new();
        let take_carried = |cells: &mut Vec<String>, carried: &mut Vec<Option<(String, usize)>>| {
            while let Some(Some((text, left))) = carried.get_mut(cells.len()) {
                cells.push(text.clone());
                *left -= 1;
                if *left == 0 {
                    carried[cells.len() - 1] = None;
                }
            }
        };
        for c in CELL_WHOLE.captures_iter(&row[1]) {
            take_carried(&mut cells, &mut carried);
            let span = |name: &str| {
                SPAN.captures_iter(&c[2])
                    .find(|m| m[1].eq_ignore_ascii_case(name))
                    .and_then(|m| m[2].parse::<usize>().ok())
                    .unwrap_or(1)
                    .clamp(1, 50)
            };
            let (rows, cols) = (span("rowspan"), span("colspan"));
            for k in 0..cols {
                let text = if k == 0 {
                    c[3].to_string()
                } else {
                    String::new()
                };
                let col = cells.len();
                if rows > 1 {
                    if carried.len() <= col {
                        carried.resize(col + 1, None);
                    }
                    carried[col] = Some((text.clone(), rows - 1));
                }
                cells.push(text);
            }
        }
        take_carried(&mut cells, &mut carried);
        out.push_str("<tr>");
        for cell in cells {
            out.push_str("<td>");
            out.push_str(&cell);
            out.push_str("</td>");
        }
        out.push_str("</tr>");
    }
    out.push_str("</table>");
    out
}

static TAG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?s)<[!/?]?[A-Za-z][^>]*>").unwrap_or_else(|_| unreachable!("static regex"))
});
static ENTITY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"&(#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z]{2,8});")
        .unwrap_or_else(|_| unreachable!("static regex"))
});
static ROW_START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?m)^[ \u{3000}]*\t").unwrap_or_else(|_| unreachable!("static regex"))
});
static BLANK_LINES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[ \t\u{3000}]*\n[\s\u{3000}]*\n").unwrap_or_else(|_| unreachable!("static regex"))
});

/// Whether a decoded text is an HTML page rather than plain text that happens to contain a `<`.
pub fn looks_like_html(text: &str) -> bool {
    let head = super::text::prefix(text.trim_start_matches('\u{FEFF}').trim_start(), 4096);
    let lower = head.to_ascii_lowercase();
    if lower.starts_with("<!doctype html") || lower.starts_with("<html") {
        return true;
    }
    let tags = ["<p>", "<p ", "<div", "<br", "<body", "<span", "<table"]
        .iter()
        .map(|t| lower.matches(t).count())
        .sum::<usize>();
    lower.starts_with('<') && tags >= 2 || tags >= 6
}

/// The text of an HTML page.
pub fn to_text(html: &str) -> String {
    let s = HIDDEN.replace_all(html, "");
    // Cells merged down (rowspan) or across (colspan) are spelled out, so each row has all its columns.
    let s = TABLE.replace_all(&s, |c: &regex::Captures| expand_spans(&c[0]));
    // Paragraphs inside a cell are its list (<td><p>满都拉口岸管委会</p><p>旗交通运输局</p></td>): joined, so the
    // row stays one line.
    let s = CELL_WHOLE.replace_all(&s, |c: &regex::Captures| {
        format!("{}{}{}", &c[1], join_cell_blocks(&c[3]), &c[4])
    });
    let s = BLOCK.replace_all(&s, "\n");
    // Cells start with a tab: a task table stays a table (see `table`).
    let s = CELL.replace_all(&s, "\t");
    let s = TAG.replace_all(&s, "");
    let s = ENTITY.replace_all(&s, |c: &regex::Captures| {
        entity(&c[1]).unwrap_or_else(|| c[0].to_string())
    });
    let s = BLANK_LINES.replace_all(&s, "\n");
    // The tab before a row's first cell starts no column: 1\t推进…, as a table saved as text writes it.
    let s = ROW_START.replace_all(&s, "");
    s.trim().to_string()
}

/// A cell's content with its block elements joined by 、 (none after punctuation).
fn join_cell_blocks(cell: &str) -> String {
    let mut out = String::new();
    for part in BLOCK.split(cell) {
        let shown = TAG.replace_all(part, "");
        if shown.trim().is_empty() {
            continue;
        }
        let last = TAG.replace_all(&out, "").trim_end().chars().next_back();
        if last.is_some_and(|c| !"、，,；;。：:".contains(c)) {
            out.push('、');
        }
        out.push_str(part.trim());
    }
    out
}

fn entity(name: &str) -> Option<String> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(code).map(String::from);
    }
    let c = match name {
        "nbsp" | "ensp" | "emsp" | "thinsp" => ' ',
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "ldquo" => '“',
        "rdquo" => '”',
        "lsquo" => '‘',
        "rsquo" => '’',
        "mdash" => '—',
        "ndash" => '–',
        "middot" => '·',
        "hellip" => '…',
        "times" => '×',
        "plusmn" => '±',
        "deg" => '°',
        "copy" => '©',
        "reg" => '®',
        "yen" => '¥',
        _ => return None,
    };
    Some(c.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_becomes_lines_of_text() {
        let page = "<!DOCTYPE html><html><head><title>包头市工作方案</title><style>p{color:red}</style>\
            <script>var a = '<p>不是正文</p>';</script></head><body><!-- 导航 -->\
            <p>一、总体要求</p><div>推进<b>包头至银川高铁</b>建设&nbsp;(责任单位&#65306;市发改委)</div>\
            <table><tr><td>1</td><td>任务&amp;措施</td></tr></table></body></html>";
        assert!(looks_like_html(page));
        let t = to_text(page);
        assert_eq!(
            t,
            "包头市工作方案\n一、总体要求\n推进包头至银川高铁建设 (责任单位：市发改委)\n1\t任务&措施"
        );
    }

    #[test]
    fn a_cell_with_paragraphs_stays_one_cell() {
        let page = "<html><body><table><tr><td>1</td><td><p>推进口岸扩能</p></td>\
            <td><p>满都拉口岸管委会</p><p>旗交通运输局</p></td><td>2025年10月</td></tr></table></body></html>";
        assert_eq!(
            to_text(page),
            "1\t推进口岸扩能\t满都拉口岸管委会、旗交通运输局\t2025年10月"
        );
    }

    #[test]
    fn merged_cells_are_spelled_out() {
        let page = "<html><body><table>\
            <tr><th>序号</th><th>重点任务</th><th>牵头单位</th><th>完成时限</th></tr>\
            <tr><td>1</td><td>推进甲任务</td><td rowspan=\"2\">市发改委</td><td>2025年6月</td></tr>\
            <tr><td>2</td><td>推进乙任务</td><td>2025年9月</td></tr>\
            <tr><td colspan=\"2\">(二)分类</td><td>市财政局</td><td>2025年12月</td></tr>\
            </table></body></html>";
        assert_eq!(
            to_text(page),
            "序号\t重点任务\t牵头单位\t完成时限\n1\t推进甲任务\t市发改委\t2025年6月\n2\t推进乙任务\t市发改委\t2025年9月\n(二)分类\t\t市财政局\t2025年12月"
        );
    }

    #[test]
    fn plain_text_is_not_html() {
        assert!(!looks_like_html(
            "包头市 GDP <5% 的区县,a<b 与 c>d。\n一、总体要求"
        ));
    }
}
