//! Web pages saved as HTML → plain text: scripts, styles and comments dropped, block elements (p, div, br,
//! h1–h6, li, tr, title) as line breaks, table cells as tabs, other tags removed, character references decoded. What comes out is
//! the document's text: mentions index into it, and the reader shows it.

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
/// A table cell with its content.
static CELL_SPAN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?is)(<(?:td|th)\b[^>]*>)(.*?)(</(?:td|th)\s*>)")
        .unwrap_or_else(|_| unreachable!("static regex"))
});
static TAG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?s)<[!/?]?[A-Za-z][^>]*>").unwrap_or_else(|_| unreachable!("static regex"))
});
static ENTITY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"&(#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z]{2,8});")
        .unwrap_or_else(|_| unreachable!("static regex"))
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
    // Paragraphs inside a cell are its list (<td><p>满都拉口岸管委会</p><p>旗交通运输局</p></td>): joined, so the
    // row stays one line.
    let s = CELL_SPAN.replace_all(&s, |c: &regex::Captures| {
        format!("{}{}{}", &c[1], join_cell_blocks(&c[2]), &c[3])
    });
    let s = BLOCK.replace_all(&s, "\n");
    // Cells start with a tab: a task table stays a table (see `table`).
    let s = CELL.replace_all(&s, "\t");
    let s = TAG.replace_all(&s, "");
    let s = ENTITY.replace_all(&s, |c: &regex::Captures| {
        entity(&c[1]).unwrap_or_else(|| c[0].to_string())
    });
    let s = BLANK_LINES.replace_all(&s, "\n");
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
            "包头市工作方案\n一、总体要求\n推进包头至银川高铁建设 (责任单位：市发改委)\n\t1\t任务&措施"
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
    fn plain_text_is_not_html() {
        assert!(!looks_like_html(
            "包头市 GDP <5% 的区县,a<b 与 c>d。\n一、总体要求"
        ));
    }
}
