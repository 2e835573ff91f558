//! Where a paragraph ends: the lines that open one (headings, notes, dates, a page's information table), the
//! lines that close one, the wraps that do not, and a site's menu copied with its page.

use regex::Regex;
use std::sync::LazyLock;

pub(super) static HEADING_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(第[一二三四五六七八九十百零〇\d]+[章节篇部分条]|专项行动[一二三四五六七八九十\d]|[一二三四五六七八九十]+[、.]|[(（][一二三四五六七八九十]+[)）]|\d{1,2}[.、．]\s*\S|[(（]\d{1,2}[)）]|[①-⑳]|——|附件|[●◆■▪•◇□○])")
        .unwrap_or_else(|_| unreachable!("static regex"))
});
static TITLE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(方案|规划|纲要|意见|办法|通知|通告|通报|纪要|简报|公告|决定|计划|要点|批复|报告|条例|细则|任务分解|分工|一览表|台账|(?:分工|分解|任务|项目|计划|明细|责任)表|\p{Han}{2}(?:重点|工作|主要)任务)(》)?(\([^()]{0,16}\))?$|〔\d{4}〕\d+号$")
        .unwrap_or_else(|_| unreachable!("static regex"))
});
/// The labels of a note written on its own line or run on after its task.
const LINE_LABELS: &str = "责任单位|责任部门|主责单位|牵头单位|牵头部门|实施主体|配合单位|配合部门|完成时限|完成时间|完成日期|截止时间|时间节点";
pub(super) static NOTE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"^({LINE_LABELS})\s*[:：]"))
        .unwrap_or_else(|_| unreachable!("static regex"))
});
pub(super) static DATE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(印发)?$")
        .unwrap_or_else(|_| unreachable!("static regex"))
});

/// Whether a (folded) line ends its paragraph rather than wrapping onto the next line. `paged`: the text is a
/// PDF's (its pages end in form feeds), whose lines are the page's, not the paragraphs'.
pub(super) fn ends_paragraph(folded: &str, paged: bool) -> bool {
    let mut back = folded.chars().rev();
    let last = back.next().unwrap_or('。');
    let len = folded.chars().count();
    // A quote closed inside a sentence at the end of a wrapped line (…继续推动锡林郭勒盟“绿电进京”|或外送…) runs
    // on; one after its sentence's end (…。”), a quoted line alone (“蒙科聚”) or a long line's last does not.
    let quote_ends = last != '”'
        || len > 60
        || back.next().is_none_or(|c| "。!?…".contains(c))
        || !folded.contains(['。', ',', '，', '、']);
    matches!(last, '。' | '!' | '?' | ';' | ':' | ')' | '」' | '』' | '"' | '…' | '》' | '.')
        || last == '”' && quote_ends
        // Wrapped body lines are long; a short line is a title, a signature or a heading.
        || len < 20
        // A heading that runs on into a list (1.推动开工。…推动库布其—上海、腾格里—江西、) wraps.
        || HEADING_LINE.is_match(folded)
            && len <= 40
            && !folded.ends_with(['、', ',', '，', '(', '（', '“'])
            // On a page, an item's first line that breaks off inside its sentence (1.推进…,力争年底前建成投|产。)
            // wraps: a heading has no comma.
            && !(paged && folded.contains([',', '，']) && len >= 20)
        || DATE_LINE.is_match(folded)
        || TITLE_LINE.is_match(folded)
        || NOTE_LINE.is_match(folded)
        || !paged && ends_in_labels(folded)
}

/// A note's labels anywhere in a line (推进…。责任单位：市发改委).
static LABEL_IN_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"({LINE_LABELS})\s*[:：]"))
        .unwrap_or_else(|_| unreachable!("static regex"))
});

/// Whether a line ends with a note's labelled list, whole (推进…。责任单位：市发改委 / 推进…。责任单位：市工信局、
/// 市财政局): the next line is the next item, not the list going on (…责任单位：市工信局、 / 市财政局 goes on, and so
/// does a name broken inside itself: …市商 / 务局). Whole: the list ends as a unit's name or a date does.
fn ends_in_labels(folded: &str) -> bool {
    const UNIT_ENDS: &str = "局委办府室心司会队院所站关行部团厅处科组";
    const DATE_ENDS: [&str; 9] = ["月", "年", "日", "底", "前", "旬", "推进", "坚持", "完成"];
    folded.contains([':', '：'])
        && LABEL_IN_LINE.find_iter(folded).last().is_some_and(|m| {
            let tail = folded[m.end()..].trim_end();
            !tail.is_empty()
                && !tail.contains('。')
                && (tail.ends_with(|c: char| UNIT_ENDS.contains(c))
                    || DATE_ENDS.iter().any(|w| tail.ends_with(w)))
        })
}

/// Whether a long line leaves a bracket open (…装机500万千瓦。(牵头单位:|市能源局;…): the note runs on into the
/// line right under it (not over a blank line), whatever the last character is.
pub(super) fn open_bracket(folded: &str) -> bool {
    folded.chars().count() >= 20 && {
        let depth = folded.chars().fold(0i32, |d, c| match c {
            '(' | '（' => d + 1,
            ')' | '）' => (d - 1).max(0),
            _ => d,
        });
        depth > 0
    }
}

/// Whether a short line is followed by one far longer than itself (a web page's headline over its first
/// paragraph): a wrapped line is as long as the lines after it, so this one ends its paragraph.
pub(super) fn before_longer(line: &str, next: Option<&String>) -> bool {
    let len = line.trim_end().chars().count();
    // A sentence in progress (…推进产城融合、军民融合，开展国家新型城镇化|综合试点…) is a page's wrap, not a headline.
    len <= 40
        && !line.contains([',', '，', '。', ';', '；', ':', '：'])
        && next.is_some_and(|n| n.trim_end().chars().count() > (2 * len).max(80))
}

/// The labels a web page's information table starts its lines with, colon or not.
pub(super) static INFO_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(索\s*引\s*号|资料来源|信息来源|主题分类|发文机构|发文机关|发布机构|制发机关|成文日期|发文日期|印发日期|发布日期|公文时效|发文字号|文件编号)")
        .unwrap_or_else(|_| unreachable!("static regex"))
});

/// A site's menu copied with the page: a run of six or more short numbered lines whose numbers start again
/// at 1 (1. 目录 2. 旗人民政府 3. 旗人民政府办公室 1. 旗政府工作部门 …), which no document's list does.
pub(super) fn menu_lines(folded: &[String]) -> Vec<bool> {
    let item = |l: &str| -> Option<bool> {
        let l = l.trim();
        // Most lines are no short numbered item: test the first character before the pattern.
        if l.len() > 60 || !l.starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        let c = MENU_ITEM.captures(l)?;
        Some(&c[1] == "1")
    };
    let mut out = vec![false; folded.len()];
    let mut i = 0;
    while i < folded.len() {
        let mut j = i;
        let mut restarts = 0;
        while j < folded.len()
            && let Some(first) = item(&folded[j])
        {
            restarts += usize::from(first);
            j += 1;
        }
        if j - i >= 6 && restarts >= 2 {
            out[i..j].iter_mut().for_each(|x| *x = true);
        }
        i = j.max(i + 1);
    }
    out
}

static MENU_ITEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\d{1,2})[.、]\s*[^,。;:!?,。；：]{1,14}$")
        .unwrap_or_else(|_| unreachable!("static regex"))
});

/// A page's number as printed at its foot or head: — 3 —, -3-, 第3页, 第 3 页 共 12 页, 3/12. (A bare number
/// is left alone: it may be a table's 序号 cell.)
pub(super) fn is_page_number(folded: &str) -> bool {
    folded.len() <= 40 && PAGE_NUMBER.is_match(folded.trim())
}

static PAGE_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:[-—–－―]+\s*\d{1,4}\s*[-—–－―]+|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4})$",
    )
    .unwrap_or_else(|_| unreachable!("static regex"))
});

/// Whether a document's first line reads as a headline (鄂尔多斯市召开2026年重大项目建设推进会): short, without a
/// sentence's punctuation or an open bracket (not a paragraph wrapped on its first line: …交通运 / 输厅).
pub(super) fn headline(line: &str) -> bool {
    let t = line.trim();
    (4..=50).contains(&t.chars().count())
        && !t.contains([
            ',', '，', '、', ':', '：', ';', '；', '。', '(', '（', '[', '【',
        ])
}
