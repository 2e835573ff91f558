//! Document structure: title, issuer, date, document number, the document's own government, headings
//! (第X章 / 第X节 / 一、 / （一） / 1. / ——) and cited documents.

use super::lexicon::{LEXICON, Rank};
use super::text::Para;
use regex::Regex;
use std::sync::LazyLock;

fn re(p: &str) -> Regex {
    Regex::new(p).unwrap_or_else(|_| unreachable!("static regex"))
}

static TITLE_END: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(方案|规划|纲要|意见|办法|通知|决定|计划|要点|措施|举措|条例|细则|规定|报告|批复|函)(》)?(\([^()]{0,16}\))?$",
    )
});
static ISSUER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(中共)?[\p{Han}]{2,24}?(人民政府办公厅|人民政府办公室|人民政府|行政公署|办公厅|办公室|委员会)$",
    )
});
static ISSUER_IN_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    // A joint issue names the party committee first (内蒙古自治区党委、自治区人民政府关于…).
    re(
        r"^((?:[\p{Han}]{2,24}?(?:党委|委员会)、)?[\p{Han}]{2,24}?(人民政府办公厅|人民政府办公室|人民政府|行政公署|办公厅|办公室))关于",
    )
});
/// A department named at the head of its own document's title (包头市发展和改革委员会关于…, 鄂尔多斯市能源局2025年
/// 工作要点): the issuer, when the name starts with a place.
static DEPT_IN_TITLE: LazyLock<Regex> =
    LazyLock::new(|| re(r"^([\p{Han}]{2,30}?(?:委员会|局|厅|委))(?:关于|\d{4}年)"));
/// The name of a newspaper or journal (内蒙古日报, 求是, 经济研究学报).
static PERIODICAL: LazyLock<Regex> =
    LazyLock::new(|| re(r"(日报|晚报|时报|周报|早报|商报|导报|画报|学报|杂志|^求是)$"));
/// A tag a forum or site puts before a title ([内蒙古], 【转载】).
static SITE_TAG: LazyLock<Regex> = LazyLock::new(|| re(r"^\s*[\[【][\p{Han}]{1,16}[\]】]\s*"));
/// Where a page's byline starts: its date and time, or its source, author or editor.
static PAGE_BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\s*(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日\s*\d{1,2}:\d{2}|(来源|作者|编辑|发布时间|发布日期|时间)\s*:)",
    )
});
static META: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:(标题|名称|文号|发文字号|文件编号|发文机关|发文机构|发布机构|制发机关|成文日期|印发日期|发文日期|发布日期|索引号|主题分类|主题|公开方式|信息分类|组配分类|所属主题|概述|公开日期|废止日期|有效性)\s*:|(发文字号|文件编号|发文机关|发文机构|发布机构|制发机关|成文日期|印发日期|发文日期|发布日期|索引号|主题分类|公文时效))\s*(.*)$",
    )
});
static META_FIELD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(标题|名称|文号|发文字号|发文机关|发文机构|发布机构|制发机关|成文日期|印发日期|发布日期|索引号|主题分类|公开方式|公文时效|信息分类|组配分类|所属主题|概述|公开日期|废止日期|有效性)\s*:|(发文字号|发文机关|发文机构|发布机构|制发机关|成文日期|印发日期|发布日期|索引号|主题分类|公文时效|文号$)",
    )
});
static META_DATE: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(\d{4})\s*[年\-./]\s*(\d{1,2})\s*[月\-./]\s*(\d{1,2})"));
/// The issuer's code at the head of a document number: 榆政办发, 包府发, 锡署发, 国函.
static DOC_NO_ISSUER: LazyLock<Regex> =
    LazyLock::new(|| re(r"^([\p{Han}]{1,3}?)(政|府|署)?(办)?(发|函|字|电|规|明电)〔"));
/// A report's date before its meeting (——2024年1月30日在内蒙古自治区第十四届人民代表大会第二次会议上).
static DATE_AT_MEETING: LazyLock<Regex> =
    LazyLock::new(|| re(r"^—*(\d{4})年(\d{1,2})月(\d{1,2})日在"));
/// A site's heading over a plan it reproduces: its region in brackets first, or a note in brackets last
/// ((内蒙古自治区)…规划(2022年更新)).
static SITE_HEADING: LazyLock<Regex> =
    LazyLock::new(|| re(r"^\(\p{Han}{2,10}\)|\((?:\d{4}年)?(?:更新|修订|全文|摘要|草案)[^()]*\)$"));
/// A report's subtitle run into its title line (政府工作报告——2023年1月1日在乌海市第十届人民代表大会第二次会议上).
static MEETING_SUBTITLE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?:—+|\(?\d{4}年\d{1,2}月\d{1,2}日\)?)+在[^,。:;]{2,40}?会议上"));
/// An attachment's label before its title on a notice's line (附件:关于…的具体措施, 附件1：…方案).
static ATTACHMENT_LABEL: LazyLock<Regex> =
    LazyLock::new(|| re(r"^附件\s*[\d一二三四五六七八九十]*\s*[:：]\s*"));
static DATE: LazyLock<Regex> = LazyLock::new(|| re(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$"));
static POSTED: LazyLock<Regex> = LazyLock::new(|| re(r"发表于\s*[:：]\s*(\d{4})-(\d{2})-(\d{2})"));
static DOC_NO: LazyLock<Regex> = LazyLock::new(|| re(r"[\p{Han}]{1,10}〔\d{4}〕\d+号"));
static CITE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"《([^《》]{1,80})》(?:\((?:([\p{Han}]{1,10}〔\d{0,4}〕\d+号))?(?:[,，;；、]?\s*(?:以下简称|以下称|下称|简称)[《“]([^《》“”]{1,20})[》”])?\))?",
    )
});
static HEADING: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(第[一二三四五六七八九十百零〇\d]+(?:章|部分|篇)|第[一二三四五六七八九十百零〇\d]+节|第[一二三四五六七八九十百零〇\d]+条|专项行动[一二三四五六七八九十\d]+:?|[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d{1,2}[.、](?:\D|$)|\(\d{1,2}\)|[①-⑳]|——)",
    )
});

/// Heading level of a paragraph's marker: 章 (部分, 篇) 0, 节 1, 一、 (专项行动一) 2, （一） 3, 1. (第四条) 4, （1） 5,
/// ① 6, —— 7.
pub fn heading_level(p: &str) -> Option<(usize, usize)> {
    let m = HEADING.find(p)?;
    let marker = m.as_str();
    let level = if marker.ends_with('章') || marker.ends_with("部分") || marker.ends_with('篇')
    {
        0
    } else if marker.ends_with('节') {
        1
    } else if marker.starts_with("专项行动") {
        2
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

/// The short title of a heading or task paragraph: up to the first 。 ; or , (at most 40 characters).
pub fn short_title(body: &str) -> String {
    let body = body.trim_start_matches([' ', '.', '、']);
    // 一是推进…, 二是加快…: the count is no part of the title.
    let body = match body
        .char_indices()
        .find(|(_, c)| !"一二三四五六七八九十".contains(*c))
    {
        Some((i, '是')) if i > 0 && body.len() > i + '是'.len_utf8() => {
            &body[i + '是'.len_utf8()..]
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
    let mut t = if first[..clause_end].chars().count() >= 4 {
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

/// Facts from the head of a document.
#[derive(Debug, Clone, Default)]
pub struct Header {
    /// Title.
    pub title: String,
    /// Issuer.
    pub issuer: Option<String>,
    /// `YYYY-MM-DD`.
    pub date: Option<String>,
    /// Document number.
    pub doc_number: Option<String>,
    /// The government the document speaks for.
    pub home: Option<String>,
    /// The development zone whose administration issues the document (包头稀土高新技术产业开发区): its 区 is the
    /// zone.
    pub zone: Option<String>,
    /// A zone the title names when no zone issues the document (…关于印发和林格尔新区建设三年行动方案的通知): its
    /// 新区管委会 is that zone's.
    pub subject_zone: Option<String>,
}

impl Header {
    /// Whether a national body issued the document (it then speaks for no government of the region).
    fn national(&self) -> bool {
        self.issuer
            .as_deref()
            .is_some_and(|i| LEXICON.national(i).is_some())
    }

    /// When nothing in the text names the document's government, the one its file's name gives
    /// (包头市2025年工作要点.txt), unless a national body issued it.
    pub fn home_from_name(&mut self, source: &str) {
        if self.home.is_none() && !self.national() {
            self.home = std::path::Path::new(source)
                .file_stem()
                .and_then(|s| s.to_str())
                .and_then(home_of);
        }
    }
}

/// Reads title, issuer, date, number and home government from the first paragraphs and the raw text.
pub fn header(paras: &[Para], raw: &str) -> Header {
    let head = &paras[..paras.len().min(25)];
    let mut h = Header::default();
    // A web page's information table may put two fields on a line (索引号:…文号:包府发〔2020〕54号): each field
    // is read as a line of its own.
    let lines: Vec<&str> = head
        .iter()
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
        .collect();
    let mut site_heading: Option<String> = None;
    let mut broken: Vec<&str> = Vec::new();
    for t in lines {
        // A web page's information table: 标题:… 文号:… 发文机关:… 成文日期:…
        let (label, t) = match META.captures(t) {
            Some(c) => (
                c.get(1).or_else(|| c.get(2)).map_or("", |m| m.as_str()),
                c.get(3).map_or(t, |m| m.as_str()),
            ),
            None => ("", t),
        };
        match label {
            "发文机关" | "发文机构" | "发布机构" | "制发机关"
                // 发文机构:锡市发改委: a labelled issuer may be any unit.
                if h.issuer.is_none()
                    && (ISSUER.is_match(t)
                        || t.chars().count() <= 30 && super::departments::ends_like_unit(t)) =>
            {
                h.issuer = Some(t.to_string());
            }
            "成文日期" | "印发日期" | "发文日期" if h.date.is_none() => {
                if let Some(c) = META_DATE.captures(t) {
                    h.date = Some(format!("{}-{:0>2}-{:0>2}", &c[1], &c[2], &c[3]));
                }
            }
            "发布日期" | "索引号" | "主题分类" | "主题" | "公开方式" | "公文时效" | "信息分类"
            | "组配分类" | "所属主题" | "概述" | "公开日期" | "废止日期" | "有效性" =>
            {
                continue;
            }
            _ => {}
        }
        // 附件:关于…的具体措施 names the attachment that the page carries: its title.
        let t = ATTACHMENT_LABEL
            .find(t)
            .filter(|m| TITLE_END.is_match(&t[m.end()..]))
            .map_or(t, |m| &t[m.end()..]);
        // The title before a meeting's subtitle on its line; the subtitle gives the date.
        let t = match MEETING_SUBTITLE.find(t).filter(|m| m.start() > 0) {
            Some(m) => {
                if h.date.is_none()
                    && let Some(c) = DATE_AT_MEETING.captures(&t[m.start()..])
                {
                    h.date = Some(format!("{}-{:0>2}-{:0>2}", &c[1], &c[2], &c[3]));
                }
                &t[..m.start()]
            }
            None => t,
        };
        let title_line = t.chars().count() <= 90 && !t.contains('。') && TITLE_END.is_match(t);
        if h.title.is_empty() && title_line {
            // [内蒙古] 2023年…政府工作报告: a forum's or site's tag before the title.
            let title = SITE_TAG.find(t).map_or(t, |m| &t[m.end()..]);
            let title = title.trim_start_matches('《').trim_end_matches('》');
            // A title broken over lines (…国民经济和社会发展 / 第十四个五年规划和2035年远景 / 目标纲要): its last
            // line is short or carries on the one before.
            let carried = title.chars().count() <= 8
                || ["第", "和", "远景", "目标", "规划", "纲要"]
                    .iter()
                    .any(|w| title.starts_with(w));
            // …行政公署关于表彰奖励 / 乌力格尔艺术…的决定: a line with the issuer's 关于 opens the title the
            // next line ends.
            // (Not 关于印发 / 《…实施方案》: the quoted title is the document's own.)
            let opened = broken
                .iter()
                .rposition(|b| b.contains("关于") && !b.ends_with("印发"))
                .filter(|_| !title.contains("关于") && !t.starts_with('《'));
            let joined;
            let title = if let Some(i) = opened {
                joined = format!("{}{title}", broken[i..].concat());
                joined.as_str()
            } else if carried && !broken.is_empty() {
                joined = format!("{}{title}", broken.concat());
                joined.as_str()
            } else {
                title
            };
            // (内蒙古自治区)…十四五规划(2022年更新): a site's heading over the plan, taken only when the plan's own
            // title does not follow.
            if SITE_HEADING.is_match(title) {
                site_heading.get_or_insert_with(|| title.to_string());
            } else {
                h.title = title.to_string();
            }
        }
        // Lines that may begin a title broken over lines: short, without a sentence's punctuation.
        if !title_line
            && label.is_empty()
            && (2..=30).contains(&t.chars().count())
            && !t.contains(['。', ',', ':', ';', '、'])
            && ![
                "前言", "目录", "正文", "附件", "收藏", "详情", "分享", "打印",
            ]
            .contains(&t)
            && !ISSUER.is_match(t)
            && !t.starts_with("附件")
            && !(t.contains('年') && t.ends_with(['月', '日']))
            && broken.len() < 3
        {
            broken.push(t);
        } else {
            broken.clear();
        }
        if h.issuer.is_none() && ISSUER.is_match(t) && !t.starts_with('各') {
            h.issuer = Some(t.to_string());
        }
        if h.date.is_none()
            && let Some(c) = DATE
                .captures(t.trim_start_matches('(').trim_end_matches(')'))
                .or_else(|| DATE_AT_MEETING.captures(t))
        {
            h.date = Some(format!("{}-{:0>2}-{:0>2}", &c[1], &c[2], &c[3]));
        }
        if h.doc_number.is_none()
            && DOC_NO
                .find(t)
                .is_some_and(|m| m.start() == 0 && m.end() == t.len())
        {
            h.doc_number = Some(t.to_string());
        }
    }
    if h.title.is_empty()
        && let Some(t) = site_heading
    {
        h.title = t;
    }
    if h.issuer.is_none()
        && let Some(c) = ISSUER_IN_TITLE.captures(&h.title)
    {
        h.issuer = Some(c[1].to_string());
    }
    if h.date.is_none()
        && let Some(c) = POSTED.captures(&super::text::prefix(raw, 4000).replace('\u{FF1A}', ":"))
    {
        h.date = Some(format!("{}-{}-{}", &c[1], &c[2], &c[3]));
    }
    if h.title.is_empty() {
        // A page's headline, without the date and source line run into it (…城市群2021-11-25 22:16来源:…).
        h.title = head
            .first()
            .map(|p| {
                let t = p.text.as_str();
                let t = PAGE_BYLINE
                    .find(t)
                    .filter(|m| t[..m.start()].chars().count() >= 4)
                    .map_or(t, |m| &t[..m.start()]);
                // …产业转型Jing Ji Ri Bao·: a source in letters before the date.
                let t = match t
                    .trim_end_matches(|c: char| c.is_ascii_alphabetic() || " ·|".contains(c))
                {
                    head if head.len() < t.len() && head.ends_with(super::text::is_han) => head,
                    _ => t,
                };
                t.chars().take(40).collect()
            })
            .unwrap_or_default();
    }
    if h.issuer.is_none()
        && let Some(c) = DEPT_IN_TITLE.captures(&h.title)
        && super::lexicon::LEXICON
            .gaz
            .find(&c[1])
            .is_some_and(|m| m.start() == 0 && m.end() < c[1].len())
    {
        h.issuer = Some(c[1].to_string());
    }
    h.home = home_of(h.issuer.as_deref().unwrap_or("")).or_else(|| home_of(&h.title));
    // A work report names its government in its head (在东乌珠穆沁旗第十六届人民代表大会…上, 东乌旗人民政府代旗长).
    if h.home.is_none() && h.title.contains("工作报告") {
        // The meeting may be broken over two lines (在昆都仑区第十六届 / 人民代表大会第一次会议上).
        h.home = head
            .iter()
            .zip(head.iter().skip(1).map(|p| p.text.as_str()).chain([""]))
            .map(|(p, next)| format!("{}{next}", p.text))
            .filter(|t| t.contains("人民代表大会") || t.contains("人民政府"))
            .find_map(|t| home_of(&t));
    }
    // A zone's own document: issued by its administration, or without an issuer and titled by it.
    let zone = match h.issuer.as_deref() {
        Some(i) => zone_of(i),
        None => zone_of(&h.title),
    };
    if let Some((zone, parent)) = zone {
        h.home = h.home.or(parent);
        h.zone = Some(zone);
    } else {
        let lex = &*LEXICON;
        h.subject_zone =
            lex.gaz
                .find_iter(&h.title)
                .find_map(|m| match lex.gaz_keys[m.pattern()] {
                    super::lexicon::Key::Zone(z) => Some(lex.zones[z].name.clone()),
                    super::lexicon::Key::Place { .. } => None,
                });
    }
    if h.issuer.is_none() {
        h.issuer = h
            .doc_number
            .as_deref()
            .and_then(|n| issuer_of_number(n, h.home.as_deref()));
    }
    // A national body's document (国务院关于推动内蒙古…的意见) speaks for no government of the region.
    if h.national() {
        h.home = None;
    }
    // A government work report is the government's own (乌拉特前旗2025年政府工作报告 → 乌拉特前旗人民政府).
    if h.issuer.is_none()
        && h.title.contains("政府工作报告")
        && let Some(home) = &h.home
    {
        let league = LEXICON.place(home).is_some_and(|p| p.level == "盟");
        h.issuer = Some(if league {
            format!("{home}行政公署")
        } else {
            format!("{home}人民政府")
        });
    }
    h
}

/// Whether a paragraph is a document number and nothing else (乌海政办发〔2025〕21号): its 乌海 names no place.
pub fn is_number_line(p: &str) -> bool {
    let t = p.trim();
    DOC_NO
        .find(t)
        .is_some_and(|m| m.start() == 0 && m.end() == t.len())
}

/// The issuer a document number names: 国函 → 国务院; 榆政办发 in a Yulin plan → 榆林市人民政府办公室. The
/// code's first character must start the home government's name (内 for 内蒙古自治区).
fn issuer_of_number(number: &str, home: Option<&str>) -> Option<String> {
    let c = DOC_NO_ISSUER.captures(number)?;
    let code = c.get(1)?.as_str();
    let office = c.get(3).is_some();
    if code == "国" {
        return Some(
            if office {
                "国务院办公厅"
            } else {
                "国务院"
            }
            .to_string(),
        );
    }
    c.get(2)?;
    let home = home?;
    let first = code.chars().next()?;
    if !home.starts_with(first) {
        return None;
    }
    let place = LEXICON.place(home);
    let league = place.is_some_and(|p| p.level == "盟");
    let province = place.is_some_and(|p| p.rank == Rank::Province);
    Some(match (office, league, province) {
        (false, true, _) => format!("{home}行政公署"),
        (false, false, _) => format!("{home}人民政府"),
        (true, true, _) => format!("{home}行政公署办公室"),
        (true, false, true) => format!("{home}人民政府办公厅"),
        (true, false, false) => format!("{home}人民政府办公室"),
    })
}

/// The lowest-ranked place named in `s` (鄂尔多斯市东胜区人民政府 → 东胜区).
fn home_of(s: &str) -> Option<String> {
    let lex = &*LEXICON;
    let mut best: Option<(&str, Rank)> = None;
    for m in lex.gaz.find_iter(s) {
        if let super::lexicon::Key::Place { idx, .. } = lex.gaz_keys[m.pattern()] {
            let p = &lex.places[idx];
            if p.rank <= Rank::County
                && p.rank >= Rank::Province
                && best.is_none_or(|(_, r)| p.rank >= r)
            {
                best = Some((p.name.as_str(), p.rank));
            }
        }
    }
    best.map(|(n, _)| n.to_string())
}

/// The development zone a name starts with (包头稀土高新区2025年…, 包头稀土高新技术产业开发区管理委员会), with the
/// place it lies in.
fn zone_of(s: &str) -> Option<(String, Option<String>)> {
    let lex = &*LEXICON;
    let m = lex.gaz.find(s.trim()).filter(|m| m.start() == 0)?;
    match lex.gaz_keys[m.pattern()] {
        super::lexicon::Key::Zone(z) => {
            let zone = &lex.zones[z];
            Some((zone.name.clone(), zone.parent.clone()))
        }
        super::lexicon::Key::Place { .. } => None,
    }
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
mod tests {
    use super::*;
    use crate::extract::text::paragraphs;

    #[test]
    fn a_newspaper_is_no_document() {
        let p = "正北方网—《内蒙古日报》报道,根据《乌海市国土空间总体规划》和《政府工作报告》";
        let titles: Vec<String> = citations(p).into_iter().map(|c| c.title).collect();
        assert_eq!(titles, ["乌海市国土空间总体规划", "政府工作报告"]);
    }

    #[test]
    fn issuer_from_the_document_number() {
        assert_eq!(
            issuer_of_number("榆政办发〔2025〕12号", Some("榆林市")).as_deref(),
            Some("榆林市人民政府办公室")
        );
        assert_eq!(
            issuer_of_number("内政办发〔2023〕5号", Some("内蒙古自治区")).as_deref(),
            Some("内蒙古自治区人民政府办公厅")
        );
        assert_eq!(
            issuer_of_number("锡署发〔2024〕3号", Some("锡林郭勒盟")).as_deref(),
            Some("锡林郭勒盟行政公署")
        );
        assert_eq!(
            issuer_of_number("国函〔2018〕16号", None).as_deref(),
            Some("国务院")
        );
        // A code that is not the home government's, or no government code at all.
        assert_eq!(issuer_of_number("包府发〔2024〕3号", Some("榆林市")), None);
        assert_eq!(
            issuer_of_number("榆发改发〔2024〕3号", Some("榆林市")),
            None
        );
    }

    #[test]
    fn heading_levels() {
        assert_eq!(heading_level("第一章 总则").map(|x| x.0), Some(0));
        assert_eq!(heading_level("第二节发展环境").map(|x| x.0), Some(1));
        assert_eq!(heading_level("一、总体要求").map(|x| x.0), Some(2));
        assert_eq!(heading_level("(一)打造1小时").map(|x| x.0), Some(3));
        assert_eq!(
            heading_level("1.建设区域性中心城市。").map(|x| x.0),
            Some(4)
        );
        assert_eq!(heading_level("(1)发展新能源").map(|x| x.0), Some(5));
        assert_eq!(heading_level("①推进项目建设").map(|x| x.0), Some(6));
        assert_eq!(heading_level("——新能源产业集群。").map(|x| x.0), Some(7));
        assert_eq!(heading_level("2024年2月3日"), None);
        assert_eq!(heading_level("第二部分 重点任务").map(|x| x.0), Some(0));
        assert_eq!(
            heading_level("专项行动一:工业提升行动").map(|x| x.0),
            Some(2)
        );
        assert_eq!(heading_level("第四条 推进丁。"), Some((4, "第四条".len())));
    }

    #[test]
    fn header_of_a_notice() {
        let raw = "内蒙古自治区人民政府关于印发《呼包鄂榆城市群发展规划》内蒙古实施方案的通知\n\n内政发〔2018〕55号\n\n2018年12月29日\n";
        let ps = paragraphs(raw);
        let h = header(&ps, raw);
        assert_eq!(h.doc_number.as_deref(), Some("内政发〔2018〕55号"));
        assert_eq!(h.date.as_deref(), Some("2018-12-29"));
        assert_eq!(h.issuer.as_deref(), Some("内蒙古自治区人民政府"));
        assert_eq!(h.home.as_deref(), Some("内蒙古自治区"));
    }

    #[test]
    fn two_fields_of_an_information_table_on_one_line() {
        let raw = "名  称: 包头市人民政府关于印发包头市行动计划的通知\n索 引 号: 011536003/2020-00158 文  号: 包府发〔2020〕54号\n发布日期: 2020年09月18日 成文日期: 2020年09月13日\n发布机构: 包头市人民政府 公文时效: 有效\n";
        let h = header(&paragraphs(raw), raw);
        assert_eq!(h.doc_number.as_deref(), Some("包府发〔2020〕54号"));
        assert_eq!(h.date.as_deref(), Some("2020-09-13"));
        assert_eq!(h.issuer.as_deref(), Some("包头市人民政府"));
    }

    #[test]
    fn header_of_a_work_report_and_of_a_national_document() {
        let raw = "政府工作报告\n\n——在东乌珠穆沁旗第十六届人民代表大会第一次会议上\n\n东乌旗人民政府代旗长 周玉龙\n\n(2022年1月5日)\n\n各位代表:\n";
        let h = header(&paragraphs(raw), raw);
        assert_eq!(h.home.as_deref(), Some("东乌珠穆沁旗"));
        assert_eq!(h.issuer.as_deref(), Some("东乌珠穆沁旗人民政府"));
        assert_eq!(h.date.as_deref(), Some("2022-01-05"));
        let raw =
            "国务院关于推动内蒙古高质量发展奋力书写中国式现代化新篇章的意见\n国发〔2023〕16号\n";
        let h = header(&paragraphs(raw), raw);
        assert_eq!(h.issuer.as_deref(), Some("国务院"));
        assert_eq!(h.home, None);
    }

    #[test]
    fn a_title_labelled_with_a_space() {
        let raw = "标题 鄂尔多斯市人民政府关于下达2025年国民经济和社会发展计划的通知\n  • 发文字号\n  • 鄂府发〔2025〕1号\n";
        let h = header(&paragraphs(raw), raw);
        assert_eq!(
            h.title,
            "鄂尔多斯市人民政府关于下达2025年国民经济和社会发展计划的通知"
        );
        assert_eq!(h.doc_number.as_deref(), Some("鄂府发〔2025〕1号"));
        assert_eq!(h.home.as_deref(), Some("鄂尔多斯市"));
    }

    #[test]
    fn a_labelled_issuer_may_be_any_unit() {
        let raw = "标题:锡林浩特市国民经济和社会发展第十二个五年规划纲要\n索引号:01166760-1/2007-00001 发文字号:\n发文机构:锡市发改委 信息分类:历史规划\n概述:锡林浩特市国民经济和社会发展第十二个五年规划纲要\n成文日期:2011-04-19 00:00:00 公开日期:2011-04-19 11:28:38 废止日期: 有 效 性:有效\n";
        let h = header(&paragraphs(raw), raw);
        assert_eq!(h.issuer.as_deref(), Some("锡市发改委"));
        assert_eq!(h.date.as_deref(), Some("2011-04-19"));
        assert_eq!(h.home.as_deref(), Some("锡林浩特市"));
        let Ok(d) = crate::extract::document::extract_document("doc:t", "t.txt", raw.as_bytes())
        else {
            panic!("extracts");
        };
        assert_eq!(d.meta.issuer.as_deref(), Some("锡林浩特市发展和改革委员会"));
    }

    #[test]
    fn a_file_number_and_a_date_of_issue() {
        let raw = "名    称:通辽市人民政府办公室关于印发《重点任务分工方案》的通知\n\n文件编号:通政办发〔2019〕10号\n\n发文日期:2019-03-18\n\n主    题:综合政务\n";
        let h = header(&paragraphs(raw), raw);
        assert_eq!(h.doc_number.as_deref(), Some("通政办发〔2019〕10号"));
        assert_eq!(h.date.as_deref(), Some("2019-03-18"));
    }

    #[test]
    fn a_title_broken_over_lines_and_a_site_heading_over_it() {
        let raw = "(内蒙古自治区)乌兰察布市察哈尔右翼中旗国民经济和社会发展十四五规划(2022年更新)\n察哈尔右翼中旗国民经济和社会发展\n第十四个五年规划和 2035 年远景\n目标纲要\n(2021 年3 月9 日察哈尔右翼中旗第十五届人民代表大会第五次会议通过)\n";
        let h = header(&paragraphs(raw), raw);
        assert_eq!(
            h.title,
            "察哈尔右翼中旗国民经济和社会发展第十四个五年规划和2035年远景目标纲要"
        );
        // Without the plan's own title, the site's heading is the title.
        let raw = "(内蒙古自治区)乌拉特后旗十四五规划(2022年更新)\n收藏\n“十四五”时期是我国全面建成小康社会的第一个五年。\n";
        assert_eq!(
            header(&paragraphs(raw), raw).title,
            "(内蒙古自治区)乌拉特后旗十四五规划(2022年更新)"
        );
        // Page words before a short title are no part of it.
        let raw = "收藏\n详情\n政府工作报告\n";
        assert_eq!(header(&paragraphs(raw), raw).title, "政府工作报告");
        let raw = "附件2\n重点任务分工方案\n";
        assert_eq!(header(&paragraphs(raw), raw).title, "重点任务分工方案");
        // A notice's line naming its attachment gives the attachment's title, without the label.
        let raw = "各盟行政公署、市人民政府:\n附件:关于推进落实口岸发展规划任务分工的具体措施\n2022年7月27日\n";
        assert_eq!(
            header(&paragraphs(raw), raw).title,
            "关于推进落实口岸发展规划任务分工的具体措施"
        );
    }

    #[test]
    fn a_forum_post_s_title_and_a_report_s_meeting_over_two_lines() {
        let raw = "设为首页收藏本站\n[内蒙古] 2023年呼和浩特市玉泉区政府工作报告\n[复制链接]\n各位代表:\n";
        assert_eq!(
            header(&paragraphs(raw), raw).title,
            "2023年呼和浩特市玉泉区政府工作报告"
        );
        let raw = "政 府 工 作 报 告\n——2017年12月6日在昆都仑区第十六届\n人民代表大会第一次会议上\n区长 邵文祥\n各位代表:\n";
        let h = header(&paragraphs(raw), raw);
        assert_eq!(h.home.as_deref(), Some("昆都仑区"));
        assert_eq!(h.issuer.as_deref(), Some("昆都仑区人民政府"));
    }

    #[test]
    fn a_title_opened_by_its_issuer_s_line() {
        let raw = "行政公署文件\n兴安盟行政公署关于表彰奖励\n乌力格尔艺术保护传承发展突出贡献者的决定\n(兴署发〔2019〕1号)\n各旗县市人民政府:\n";
        assert_eq!(
            header(&paragraphs(raw), raw).title,
            "兴安盟行政公署关于表彰奖励乌力格尔艺术保护传承发展突出贡献者的决定"
        );
    }

    #[test]
    fn the_zone_a_title_names() {
        let raw = "呼和浩特市人民政府关于印发和林格尔新区建设三年行动方案的通知\n一、重点任务\n";
        let h = header(&paragraphs(raw), raw);
        assert_eq!(h.subject_zone.as_deref(), Some("内蒙古和林格尔新区"));
        assert_eq!(h.zone, None);
    }

    #[test]
    fn a_headline_without_its_byline() {
        let raw = "陕西与内蒙古联合发文加快建设呼包鄂榆城市群\n2021-11-25 22:16  来源:西北信息报  字号:T|T\n为推动规划实施,近日两省区共同研究制定合作事项。\n";
        assert_eq!(
            header(&paragraphs(raw), raw).title,
            "陕西与内蒙古联合发文加快建设呼包鄂榆城市群"
        );
        let raw = "内蒙古乌海加快产业转型\nJing Ji Ri Bao·2025-12-27 22:01\n本报讯今年以来,乌海市加快转型步伐。\n";
        assert_eq!(
            header(&paragraphs(raw), raw).title,
            "内蒙古乌海加快产业转型"
        );
    }

    #[test]
    fn a_department_heading_its_own_title_issues_it() {
        for (raw, issuer) in [
            (
                "包头市发展和改革委员会2025年重点工作任务分工\n一、项目建设\n",
                Some("包头市发展和改革委员会"),
            ),
            (
                "鄂尔多斯市能源局关于印发工作要点的通知\n",
                Some("鄂尔多斯市能源局"),
            ),
            // A place's plan names no department.
            ("呼和浩特市2025年重点工作任务分工\n", None),
        ] {
            assert_eq!(
                header(&paragraphs(raw), raw).issuer.as_deref(),
                issuer,
                "{raw}"
            );
        }
    }

    #[test]
    fn a_subtitle_on_the_title_line() {
        for raw in [
            "政府工作报告——2023年1月1日在乌海市第十届人民代表大会第二次会议上\n各位代表:\n",
            "政府工作报告 2023年1月1日在乌海市第十届人民代表大会第二次会议上\n发布时间: 2023-01-06\n",
        ] {
            let h = header(&paragraphs(raw), raw);
            assert_eq!(h.title, "政府工作报告", "{raw}");
            assert_eq!(h.date.as_deref(), Some("2023-01-01"));
            assert_eq!(h.home.as_deref(), Some("乌海市"));
        }
        // A speech's title names its meeting.
        let raw = "王某同志在全市经济工作会议上的讲话\n";
        assert_eq!(header(&paragraphs(raw), raw).title, raw.trim());
    }

    #[test]
    fn a_report_dated_before_its_meeting() {
        let raw = "政 府 工 作 报 告\n\n——2024年1月30日在内蒙古自治区第十四届人民代表大会第二次会议上\n\n自治区主席 王莉霞\n";
        let h = header(&paragraphs(raw), raw);
        assert_eq!(h.date.as_deref(), Some("2024-01-30"));
        assert_eq!(h.home.as_deref(), Some("内蒙古自治区"));
    }

    #[test]
    fn a_joint_issue() {
        let raw = "内蒙古自治区党委、自治区人民政府关于学习运用“千村示范、万村整治”工程经验有力有效推进乡村全面振兴的实施意见\n一、总体要求\n";
        let h = header(&paragraphs(raw), raw);
        assert_eq!(
            h.issuer.as_deref(),
            Some("内蒙古自治区党委、自治区人民政府")
        );
        assert_eq!(h.home.as_deref(), Some("内蒙古自治区"));
    }

    #[test]
    fn header_of_a_zone_document() {
        let raw = "包头稀土高新区2025年稀土产业高质量发展工作要点\n\n包头稀土高新技术产业开发区管理委员会\n2025年2月18日\n";
        let h = header(&paragraphs(raw), raw);
        assert_eq!(h.zone.as_deref(), Some("包头稀土高新技术产业开发区"));
        assert_eq!(h.home.as_deref(), Some("包头市"));
        // A regional plan about a zone is not the zone's.
        let raw = "关于支持内蒙古和林格尔新区建设的意见\n\n内蒙古自治区人民政府\n2025年2月18日\n";
        let h = header(&paragraphs(raw), raw);
        assert_eq!(h.zone, None);
        assert_eq!(h.home.as_deref(), Some("内蒙古自治区"));
    }

    #[test]
    fn an_information_table_without_colons() {
        let raw = "索 引 号 1150100011520132020140T/2023-00005 主题分类 其他\n发文机构 市发展和改革委员会 文  号\n成文日期 2022-12-30 公文时效 有效\n\n关于呼和浩特市2022年国民经济和社会发展计划执行情况的报告\n\n——2022年12月30日在呼和浩特市第十六届人民代表大会第二次会议上\n";
        let h = header(&paragraphs(raw), raw);
        assert_eq!(
            h.title,
            "关于呼和浩特市2022年国民经济和社会发展计划执行情况的报告"
        );
        assert_eq!(h.date.as_deref(), Some("2022-12-30"));
        assert_eq!(h.home.as_deref(), Some("呼和浩特市"));
    }

    #[test]
    fn cites_with_number() {
        let c = citations("落实《国务院关于呼包鄂榆城市群发展规划的批复》(国函〔2018〕16号)精神");
        assert_eq!(c[0].number.as_deref(), Some("国函〔2018〕16号"));
    }

    #[test]
    fn a_number_line() {
        assert!(is_number_line("乌海政办发〔2025〕21号"));
        assert!(!is_number_line(
            "根据乌海政办发〔2025〕21号文件精神,推进乌海市建设"
        ));
    }

    #[test]
    fn short_titles() {
        assert_eq!(short_title("一是推进戊。"), "推进戊");
        assert_eq!(short_title("十二是加快城市更新,提升品质"), "加快城市更新");
        assert_eq!(
            short_title("打造1小时铁路经济圈,公交化、常态化运营"),
            "打造1小时铁路经济圈"
        );
        assert_eq!(
            short_title("构建协调发展的城镇格局。依托呼包鄂榆发展轴"),
            "构建协调发展的城镇格局"
        );
        // A table row: the task cell, not the measures beside it.
        assert_eq!(
            short_title("提升政务服务效能\t推行“一件事一次办”,年内实现…"),
            "提升政务服务效能"
        );
    }
}
