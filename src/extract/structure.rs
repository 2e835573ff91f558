//! Document structure: headings (第X章 / 第X节 / 一、 / （一） / 1. / ——), a paragraph's short title, and cited
//! documents. The head of a document (title, issuer, date, number, home) is read in header.rs.

use regex::Regex;
use std::sync::LazyLock;

/// A static pattern of this module or header.rs.
pub(super) fn re(p: &str) -> Regex {
    Regex::new(p).unwrap_or_else(|_| unreachable!("static regex"))
}

/// The name of a newspaper or journal (内蒙古日报, 求是, 经济研究学报).
static PERIODICAL: LazyLock<Regex> =
    LazyLock::new(|| re(r"(日报|晚报|时报|周报|早报|商报|导报|画报|学报|杂志|^求是)$"));
static CITE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"《([^《》]{1,80})》(?:\((?:([\p{Han}]{1,10}〔\d{0,4}〕\d+号))?(?:[,，;；、]?\s*(?:以下简称|以下称|下称|简称)[《“]([^《》“”]{1,20})[》”])?\))?",
    )
});
static HEADING: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(第[一二三四五六七八九十百零〇\d]+(?:章|部分|篇)|第[一二三四五六七八九十百零〇\d]+节|第[一二三四五六七八九十百零〇\d]+条|专项行动[一二三四五六七八九十\d]+:?|专栏\s*[一二三四五六七八九十\d]{1,3}\s*:?|[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d{1,2}[.、](?:\D|$)|\(\d{1,2}\)|[①-⑳]|——|[●◆■▪•◇□○]\s*)",
    )
});

/// Heading level of a paragraph's marker: 章 (部分, 篇) 0, 节 1, 一、 (专项行动一) 2, （一） (专栏1) 3, 1. (第四条, ●) 4, （1） 5,
/// ① 6, —— 7.
pub fn heading_level(p: &str) -> Option<(usize, usize)> {
    if let Some(outline) = outline_level(p) {
        return Some(outline);
    }
    let m = HEADING.find(p)?;
    let marker = m.as_str();
    let level = if marker.ends_with('章') || marker.ends_with("部分") || marker.ends_with('篇')
    {
        0
    } else if marker.ends_with('节') {
        1
    } else if marker.starts_with("专项行动") {
        2
    } else if marker.starts_with("专栏") {
        // 专栏1 产业发展重点工程: a plan's box of works, set in a section as its parts are.
        3
    } else if marker.starts_with(['●', '◆', '■', '▪', '•', '◇', '□', '○']) {
        // ● 推进…: a bulleted item, numbered as 1. is; its marker is whole.
        return Some((4, marker.len()));
    } else if marker.ends_with('条') {
        // 第四条: an article, numbered like 1.; its marker is whole.
        return Some((4, marker.len()));
    } else if marker.ends_with('、') && !marker.starts_with(|c: char| c.is_ascii_digit()) {
        2
    } else if marker.starts_with('(') && !marker[1..].starts_with(|c: char| c.is_ascii_digit()) {
        3
    } else if marker.starts_with('(') {
        5
    } else if marker.starts_with(|c: char| ('①'..='⑳').contains(&c)) {
        6
    } else if marker.starts_with("——") {
        // ——2025年1月16日在…会议上: a report's subtitle, no heading.
        let rest = p[marker.len()..].trim_start_matches(['—', ' ']);
        if rest.starts_with(|c: char| c.is_ascii_digit()) && rest.contains("日在")
            || rest.contains("会议上")
        {
            return None;
        }
        7
    } else {
        4
    };
    // The marker of 1. includes the next character; report its own length.
    let len = if level == 4 {
        marker
            .char_indices()
            .nth(2)
            .map(|(i, _)| i)
            .unwrap_or(marker.len())
    } else {
        marker.len()
    };
    Some((level, len))
}

/// A document numbered as an outline (1 产业转型升级 / 1.1 推动… / 1.1.1 …): a number alone before a short title
/// is a part (as 一、 is), two numbers an item (as 1. is), three an item's part (as （1） is). Not a decimal
/// (1.5万吨, 2.3%) nor a list's row (1 推动…。, 1 呼和浩特新机场).
fn outline_level(p: &str) -> Option<(usize, usize)> {
    // (The space after the number is folded away with the text's.)
    static TOP: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^\d{1,2}[ \x{3000}]{0,2}[^\P{Han}年月日号时个项万亿千百十家条次人所座公米吨户元倍期批种类部栋层台套辆名位处间张件只头亩]\p{Han}{1,23}$",
        )
    });
    static SUB: LazyLock<Regex> = LazyLock::new(|| {
        re(r"^\d{1,2}\.\d{1,2}(\.\d{1,2})?[ \x{3000}]*[^\d\s万亿千百十元吨米倍个.%‰]")
    });
    // (A two-cell row of a list, 1 呼和浩特新机场, 3 伊金霍洛旗, names a place, a work or a unit: no part.)
    if let Some(m) = TOP.find(p).filter(|_| {
        let lex = &*super::lexicon::LEXICON;
        lex.gaz.find(p).is_none()
            && super::project_words::HEAD.find_iter(p).next().is_none()
            && !super::departments::ends_like_unit(p)
    }) {
        let digits = p.len() - p.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        let rest = &m.as_str()[digits..];
        return Some((2, digits + rest.len() - rest.trim_start().len()));
    }
    let c = SUB.captures(p)?;
    let m = c.get(0)?;
    let last = m.as_str().chars().next_back().map_or(0, char::len_utf8);
    if !m.as_str()[m.len() - last..].starts_with(super::text::is_han) {
        return None;
    }
    Some((if c.get(1).is_some() { 5 } else { 4 }, m.len() - last))
}

/// A clause that is only a date (2025年底前, 到2025年底).
fn date_alone(clause: &str) -> bool {
    let c = clause
        .trim_start_matches(['到', '至', '在', '于'])
        .trim_end();
    super::notes::date_at_start(c).is_some_and(|d| d.len() == c.len())
}

/// What a meeting's minutes, or a speaker in the news, say before the work itself (会议要求, 会议还明确,
/// 杜汇良强调).
fn meeting_says(clause: &str) -> bool {
    const SAYS: [&str; 9] = [
        "要求", "强调", "指出", "明确", "决定", "议定", "提出", "认为", "同意",
    ];
    SAYS.iter()
        .find_map(|w| clause.strip_suffix(w))
        .is_some_and(|who| {
            who.starts_with("会议") && clause.chars().count() <= 8 || super::persons::is_person(who)
        })
}

/// The short title of a heading or task paragraph: up to the first 。 ; or , (at most 40 characters).
pub fn short_title(body: &str) -> String {
    let mut body = body.trim_start_matches([' ', '.', '、']);
    // 根据目标任务要求,今年,呼和浩特市住建局要…; 2025年底前,完成…: what the sentence stands on, and when, are
    // no title; nor the places it builds on (依托锡林浩特经济技术开发区、二连浩特国际陆港,引进…企业).
    let stands_on = |b: &str| ["依托", "立足", "借助"].iter().any(|w| b.starts_with(w));
    while let Some(i) = body.find([',', '，'])
        && let on = stands_on(body)
        && (on
            || ["根据", "按照", "依据"].iter().any(|w| body.starts_with(w))
            || ["今年", "明年"].contains(&&body[..i])
            || meeting_says(&body[..i])
            || date_alone(&body[..i]))
        && body[..i].chars().count() <= if on { 30 } else { 16 }
        // (按照“先打造节点,再串联成线…”: not inside a quote.)
        && body[..i].matches('“').count() == body[..i].matches('”').count()
        && body[i..].chars().count() > 8
    {
        body = &body[i + body[i..].chars().next().map_or(1, char::len_utf8)..];
    }
    // 一是推进…, 二要加快…: the count is no part of the title.
    let body = match body
        .char_indices()
        .find(|(_, c)| !"一二三四五六七八九十".contains(*c))
    {
        Some((i, w @ ('是' | '要'))) if i > 0 && i <= 6 && body.len() > i + w.len_utf8() => {
            &body[i + w.len_utf8()..]
        }
        _ => body,
    };
    // A short label before a colon (机场:巴彦淖尔天吉泰机场改扩建、…) says too little alone: keep what follows.
    if let Some(colon) = body.find(':')
        && body[..colon].chars().count() <= 4
        && !body[..colon].is_empty()
        && body[colon + 1..].chars().count() >= 4
    {
        let rest = short_title(&body[colon + 1..]);
        let rest: String = rest.split('、').next().unwrap_or("").to_string();
        return format!("{}:{rest}", &body[..colon]);
    }
    let end = body.find(['。', ';', ':', '\t']).unwrap_or(body.len());
    let first = &body[..end];
    let clause_end = first.find([',', '，']).unwrap_or(first.len());
    // 市自然资源局牵头,会同各区政府做好规划调整工作: who leads says nothing of the task; the sentence does.
    let who_only = super::unit_roles::has_role_verb(&first[..clause_end]);
    // 县政府办、县发改局、…等牵头部门,要于每次调度会议前,将…梳理详实: a long list of who leads is no title; the
    // work after it (and after when it is due) is.
    let who_listed = first[..clause_end].contains('、')
        && ["牵头部门", "牵头单位", "责任单位", "责任部门"]
            .iter()
            .any(|w| first[..clause_end].ends_with(w));
    if (who_only || who_listed)
        && first[..clause_end].chars().count() > 16
        && clause_end < first.len()
    {
        let mut rest = first[clause_end..].trim_start_matches([',', '，']);
        rest = rest.strip_prefix('要').unwrap_or(rest);
        if let Some(i) = rest.find([',', '，'])
            && rest.starts_with(['于', '在'])
            && rest[..i].ends_with(['前', '后', '时'])
        {
            rest = rest[i..].trim_start_matches([',', '，']);
        }
        if rest.chars().count() >= 4 {
            return short_title(rest);
        }
    }
    let mut t = if first[..clause_end].chars().count() >= 4 && !who_only {
        &first[..clause_end]
    } else {
        first
    };
    if t.chars().count() > 40 {
        let cut = t.char_indices().nth(40).map(|(i, _)| i).unwrap_or(t.len());
        t = &t[..cut];
    }
    t.trim().trim_end_matches([',', '，', '、']).to_string()
}

/// A document named in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Citation {
    /// Title inside 《》 (inner 〈〉 kept).
    pub title: String,
    /// Its number when written after it.
    pub number: Option<String>,
    /// The short title the text gives it (（以下简称《规划》） → 规划).
    pub short: Option<String>,
    /// Byte range in the paragraph.
    pub start: usize,
    /// End.
    pub end: usize,
}

/// Titles of documents cited in a paragraph (with a 文号 in brackets when there is one). Titles under four
/// characters are kept for the short titles a document gives (《规划》); only those mean a document.
pub fn citations(p: &str) -> Vec<Citation> {
    let mut out = titled_citations(p);
    for c in numbered_citations(p) {
        if !out.iter().any(|t| t.start < c.end && c.start < t.end) {
            out.push(c);
        }
    }
    out.sort_by_key(|c| c.start);
    out
}

/// A document number written without its title (按照内政发〔2024〕12号文件要求): the number, from its issuer's
/// code (two to five characters ending in 发, 函, 字, 电 or 规) after the words that lead to it.
static NUMBER_TAIL: LazyLock<Regex> = LazyLock::new(|| re(r"〔\d{4}〕\d+号"));

/// Documents cited by their number alone ([`NUMBER_TAIL`]); the number is their title until one is known.
fn numbered_citations(p: &str) -> Vec<Citation> {
    const LEADS: [&str; 14] = [
        "按照", "根据", "依据", "落实", "贯彻", "执行", "参照", "对照", "印发", "和", "及", "与",
        "的", "等",
    ];
    if !p.contains('〔') {
        return Vec::new();
    }
    NUMBER_TAIL
        .find_iter(p)
        .filter_map(|m| {
            let before = &p[..m.start()];
            let run_len: usize = before
                .chars()
                .rev()
                .take_while(|&c| super::text::is_han(c))
                .take(9)
                .map(char::len_utf8)
                .sum();
            let run = &before[before.len() - run_len..];
            // After the last word that leads to it (…3号文件和内政办发: after 和).
            // (Not the 和 of 和政发: a code starts with its place, never with 政, 府, 署 or 办.)
            let from = LEADS
                .iter()
                .filter_map(|w| run.rfind(w).map(|i| i + w.len()))
                .filter(|&i| !run[i..].starts_with(['政', '府', '署', '办']))
                .max()
                .unwrap_or(0);
            let code = &run[from..];
            let n = code.chars().count();
            ((2..=5).contains(&n) && code.ends_with(['发', '函', '字', '电', '规'])).then(|| {
                let start = m.start() - code.len();
                Citation {
                    title: p[start..m.end()].to_string(),
                    number: Some(p[start..m.end()].to_string()),
                    short: None,
                    start,
                    end: m.end(),
                }
            })
        })
        .collect()
}

/// Documents cited by their titles in 《》, with a number and a short title in the bracket after one.
fn titled_citations(p: &str) -> Vec<Citation> {
    CITE.captures_iter(p)
        .filter_map(|c| {
            let m = c.get(0)?;
            // 《内蒙古日报》, 《经济日报》: a newspaper or journal, not a document.
            if PERIODICAL.is_match(&c[1]) {
                return None;
            }
            let number = c
                .get(2)
                .map(|n| n.as_str().to_string())
                .filter(|n| !n.contains("〔〕"));
            Some(Citation {
                title: c[1].to_string(),
                number,
                short: c.get(3).map(|s| s.as_str().to_string()),
                start: m.start(),
                end: m.end(),
            })
        })
        .collect()
}

#[cfg(test)]
#[path = "structure_tests.rs"]
mod tests;
