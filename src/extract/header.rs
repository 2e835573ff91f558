//! The head of a document: its title, issuer, date, number and the government it speaks for, read from its
//! first paragraphs (a web page's information table, the title lines, the issuer and date under it).

use super::head_fields::{META, head_lines};
use super::lexicon::{LEXICON, Rank};
use super::structure::re;
use super::text::Para;
use regex::Regex;
use std::sync::LazyLock;

mod numbers;
mod settle;
use numbers::issuer_of_number;
use settle::{home_of, settle};

pub(super) static TITLE_END: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(方案|规划|纲要|意见|办法|通知|通告|通报|公告|决定|计划|要点|措施|举措|条例|细则|规定|报告|批复|函|纪要|简报|总结|任务分解|分工|清单|一览表|台账|(?:分工|分解|任务|项目|计划|明细|责任)表|\p{Han}{2}(?:重点|工作|主要)任务)(》)?(\([^()]{0,16}\))?$",
    )
});
static ISSUER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(中共)?[\p{Han}]{2,24}?(人民政府办公厅|人民政府办公室|人民政府|行政公署|办公厅|办公室|委员会)$",
    )
});
/// The head of a government who gives its work report (呼伦贝尔市人民政府市长 及永乾, 东乌旗人民政府代旗长 周玉龙).
static SPEAKER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^[\p{Han}]{2,16}?(人民政府|行政公署)(代理|代)?(常务副)?(主席|盟长|市长|旗长|县长|区长)\s*[\p{Han}·]{1,8}$",
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
    LazyLock::new(|| re(r"^([\p{Han}]{2,30}?(?:委员会|常委会|局|厅|委))(?:关于|\d{4}年)"));
/// A tag a forum or site puts before a title ([内蒙古], 【转载】).
static SITE_TAG: LazyLock<Regex> = LazyLock::new(|| re(r"^\s*[\[【][\p{Han}]{1,16}[\]】]\s*"));
/// Where a page's byline starts: its date and time, or its source, author or editor.
static PAGE_BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\s*(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日\s*\d{1,2}:\d{2}|(来源|作者|编辑|发布时间|发布日期|时间)\s*:)",
    )
});
static META_DATE: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(\d{4})\s*[年\-./]\s*(\d{1,2})\s*[月\-./]\s*(\d{1,2})"));
/// A news agency's dateline (人民网呼和浩特1月14日电(记者 张聿修), 新华社北京3月5日电), or a paper's (本报讯(记者
/// 程某)).
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(\p{Han}{2,12}?\d{1,2}月\d{1,2}日电|本报讯|本网讯|本台讯)\s*(\((记者|通讯员)[^()]{0,30}\))?\s*",
    )
});
/// A report's date before its meeting (——2024年1月30日在内蒙古自治区第十四届人民代表大会第二次会议上).
static DATE_AT_MEETING: LazyLock<Regex> =
    LazyLock::new(|| re(r"^—*(\d{4})年(\d{1,2})月(\d{1,2})日在"));
/// A plan's approval under its title ((2026年2月5日包头市第十七届人民代表大会第六次会议批准), 2021年1月在…会议通过).
static DATE_APPROVED: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^\(?(\d{4})年(\d{1,2})月(\d{1,2})日[^()]{0,50}?会议[^()]{0,6}?(批准|通过|审议通过)\)?$")
});
/// A site's heading over a plan it reproduces: its region in brackets first, or a note in brackets last
/// ((内蒙古自治区)…规划(2022年更新)).
static SITE_HEADING: LazyLock<Regex> =
    LazyLock::new(|| re(r"^\(\p{Han}{2,10}\)|\((?:\d{4}年)?(?:更新|修订|全文|摘要|草案)[^()]*\)$"));
static SITE_REGION: LazyLock<Regex> = LazyLock::new(|| re(r"^\((\p{Han}{2,10})\)"));
static FULL_TEXT_NOTE: LazyLock<Regex> =
    LazyLock::new(|| re(r"\((?:全文|附全文|文字版|图文|原文|实录)\)$"));
/// A report's subtitle run into its title line (政府工作报告——2023年1月1日在乌海市第十届人民代表大会第二次会议上).
static MEETING_SUBTITLE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?:—+|\(?\d{4}年\d{1,2}月\d{1,2}日\)?)+在[^,。:;]{2,40}?会议上"));
/// A meeting named right after a title (…报告(草案)在…会议上).
static AT_MEETING: LazyLock<Regex> = LazyLock::new(|| re(r"在[^,。:;]{2,40}?会议上$"));
/// An attachment's label before its title on a notice's line (附件:关于…的具体措施, 附件1：…方案).
static ATTACHMENT_LABEL: LazyLock<Regex> =
    LazyLock::new(|| re(r"^附件\s*[\d一二三四五六七八九十]*\s*[:：]\s*(\d{1,2}\s*[.、．]\s*)?"));
static DATE: LazyLock<Regex> = LazyLock::new(|| re(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$"));
/// A date alone on its line in figures (2023-10-05, 2023.10.05, 2023/10/05).
static DATE_FIGURES: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(\d{4})[-./](0?[1-9]|1[0-2])[-./](0?[1-9]|[12]\d|3[01])$"));
static DATE_LAST: LazyLock<Regex> = LazyLock::new(|| re(r"\((\d{4})年(\d{1,2})月(\d{1,2})日\)$"));
static POSTED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:发表于|发布时间|发布日期|发布于)\s*[:：]?\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})",
    )
});
/// A notice's words handing on the plan it carries: 现将《…》印发给你们.
static HANDED_ON: LazyLock<Regex> =
    LazyLock::new(|| re(r"现将《([^《》]{4,60})》(?:等\d*个?文件)?(?:印发|下达|转发)给你们"));
/// A plan's preamble naming the plan it is (…,制定《苏尼特左旗国民经济和社会发展第十四个五年规划和2035年远景目标
/// 纲要》).
static DRAWN_UP: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?:制定|编制|形成|特制定)《([^《》]{6,60}(?:规划|纲要|方案|计划|意见|办法))》(?:。|,|$)")
});
static DOC_NO: LazyLock<Regex> = LazyLock::new(|| re(r"[\p{Han}]{1,10}〔\d{4}〕\d+号"));
/// A title and its number on one line, as a file is named (…的通知-乌政发〔2015〕146号).
static NUMBERED_TITLE: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(.{8,}?)\s*[-—_]\s*([\p{Han}]{1,10}〔\d{4}〕\d+号)$"));

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
    /// When neither the head nor the file's name gives the document's government, the one it speaks as
    /// (根据我市实际 … 赤峰市建设…, 新赤峰): the place of that kind (我市: a city, 我旗: a banner, 我县, 我盟) it names
    /// most, at least twice and more often than any other.
    pub fn home_from_voice(&mut self, text: &str) {
        if self.home.is_some() || self.national() {
            return;
        }
        let Some(kind) = [
            ("我市", '市'),
            ("我盟", '盟'),
            ("我旗", '旗'),
            ("我县", '县'),
        ]
        .iter()
        .find(|(w, _)| text.contains(w))
        .map(|(_, k)| *k) else {
            return;
        };
        let lex = &*LEXICON;
        let mut counts: std::collections::HashMap<&str, usize> = Default::default();
        for m in lex.gaz.find_iter(text) {
            if let super::lexicon::Key::Place { idx, .. } = lex.gaz_keys[m.pattern()] {
                let p = &lex.places[idx];
                if matches!(p.rank, Rank::Prefecture | Rank::County) && p.name.ends_with(kind) {
                    *counts.entry(p.name.as_str()).or_default() += 1;
                }
            }
        }
        let mut ranked: Vec<(&str, usize)> = counts.into_iter().collect();
        ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        if let Some(&(top, n)) = ranked.first()
            && n >= 2
            && ranked.get(1).is_none_or(|&(_, m)| m < n)
        {
            self.home = Some(top.to_string());
        }
    }

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
    let lines = head_lines(head);
    let mut site_heading: Option<String> = None;
    let mut broken: Vec<&str> = Vec::new();
    let mut just_titled = false;
    // Whether only lines that may carry on a title came after the title's line.
    let mut after_title = false;
    let mut pending_label: Option<&str> = None;
    let mut prev_line = "";
    for t in lines {
        let line_before = std::mem::replace(&mut prev_line, t);
        // A web page's information table: 标题:… 文号:… 发文机关:… 成文日期:…
        let (label, t) = match META.captures(t) {
            Some(c) => (
                c.get(1).or_else(|| c.get(2)).map_or("", |m| m.as_str()),
                c.get(3).map_or(t, |m| m.as_str()),
            ),
            // • 成文日期 / • 2025-03-21: a field's value on the line after its label.
            None => (pending_label.take().unwrap_or(""), t),
        };
        if !label.is_empty() && t.trim().is_empty() {
            pending_label = Some(label);
            continue;
        }
        pending_label = None;
        match label {
            "发文机关" | "发文机构" | "发布机构" | "制发机关"
                // 发文机构:锡市发改委: a labelled issuer may be any unit.
                if h.issuer.is_none()
                    && (ISSUER.is_match(t)
                        || t.chars().count() <= 30 && super::departments::ends_like_unit(t)) =>
            {
                h.issuer = Some(t.to_string());
            }
            // 发文机构:锡林浩特市: a government named by its place.
            "发文机关" | "发文机构" | "发布机构" | "制发机关"
                if h.issuer.is_none()
                    && let Some(p) = LEXICON
                        .resolve_place(t.trim())
                        .filter(|p| matches!(p.rank, Rank::Province | Rank::Prefecture | Rank::County)) =>
            {
                h.issuer = Some(if p.level == "盟" {
                    format!("{}行政公署", p.name)
                } else {
                    format!("{}人民政府", p.name)
                });
                continue;
            }
            // 标题:1-9月全市重点项目建设情况: a labelled title whatever its last word.
            "标题" | "名称"
                if h.title.is_empty()
                    && (4..=90).contains(&t.trim().chars().count())
                    && !t.contains('。') =>
            {
                h.title = t.trim().to_string();
                just_titled = true;
                continue;
            }
            "成文日期" | "成文时间" | "印发日期" | "印发时间" | "发文日期" | "发文时间"
                if h.date.is_none() =>
            {
                if let Some(c) = META_DATE.captures(t) {
                    h.date = Some(format!("{}-{:0>2}-{:0>2}", &c[1], &c[2], &c[3]));
                }
            }
            "发布日期" | "索引号" | "主题分类" | "主题" | "主题词" | "公开方式" | "公文时效" | "信息分类"
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
        // (政府工作报告(草案)在伊金霍洛镇第四届人民代表大会第三次会议上: the subtitle run on without a dash.)
        let subtitle = MEETING_SUBTITLE.find(t).or_else(|| {
            AT_MEETING
                .find(t)
                .filter(|m| TITLE_END.is_match(&t[..m.start()]))
        });
        let t = match subtitle.filter(|m| m.start() > 0) {
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
        // …实施意见 / 的通知: the title's last words broken onto a line of their own.
        let titled_last = std::mem::take(&mut just_titled);
        if titled_last && t.starts_with('的') && t.chars().count() <= 6 && TITLE_END.is_match(t) {
            h.title.push_str(t);
            continue;
        }
        // …实施意见的通知-乌政发〔2015〕146号: a file's name, the title and its number.
        let t = match NUMBERED_TITLE.captures(t) {
            Some(c) if TITLE_END.is_match(&c[1]) => {
                h.doc_number.get_or_insert_with(|| c[2].to_string());
                c.get(1).map_or(t, |m| m.as_str())
            }
            _ => t,
        };
        // (三、保障措施 is a heading, not a title; 关于印发2022年《政府工作报告》 names the plan a title goes on
        // to hand on: 重点任务责任落实分工的通知 on the next line.)
        let title_line = t.chars().count() <= 90
            && !t.contains('。')
            && TITLE_END.is_match(t)
            && super::structure::heading_level(t).is_none()
            && !(t.starts_with("关于") && t.ends_with('》'));
        // 自治区人民政府发布通知 (a news headline) over the notice it reports: the notice's own title, with its issuer's
        // 关于, replaces it.
        let headline =
            !h.title.is_empty() && h.title.chars().count() <= 16 && !h.title.contains("关于");
        // …国民经济和社会发展计划 / 执行情况与2025年国民经济和 / 社会发展计划(草案)的报告: a title that ran on over
        // a line ending in a conjunction ends on this one.
        let mut set_now = false;
        let ran_on = after_title
            && !broken.is_empty()
            && title_line
            && broken
                .last()
                .is_some_and(|b| b.ends_with(['和', '与', '及', '暨', '的']))
            && h.title.chars().count() + broken.concat().chars().count() + t.chars().count() <= 90;
        if ran_on {
            h.title = format!("{}{}{t}", h.title, broken.concat());
            broken.clear();
            after_title = false;
            continue;
        }
        if (h.title.is_empty() || headline) && title_line {
            // [内蒙古] 2023年…政府工作报告: a forum's or site's tag before the title.
            let title = SITE_TAG.find(t).map_or(t, |m| &t[m.end()..]);
            // 《…实施方案》: a title in its own brackets, not 研究《…分工》 (the brackets are the sentence's).
            let title = title
                .strip_prefix('《')
                .and_then(|t| t.strip_suffix('》'))
                .filter(|t| !t.contains(['《', '》']))
                .unwrap_or(title);
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
            if headline && !ISSUER_IN_TITLE.is_match(title) {
                // (The headline stays.)
            } else if SITE_HEADING.is_match(title) {
                site_heading.get_or_insert_with(|| title.to_string());
            } else {
                // 内蒙古自治区人民政府办公厅 / 关于印发…的通知: the issuer on the line above opens the title.
                h.title = if title.starts_with("关于") && ISSUER.is_match(line_before) {
                    format!("{line_before}{title}")
                } else {
                    title.to_string()
                };
                // (Not after a quoted title: 关于印发 / 《…实施方案》 / 的通知 names the plan it quotes.)
                just_titled = !t.starts_with('《');
                after_title = true;
                set_now = true;
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
            if !set_now {
                after_title = false;
            }
        }
        if h.issuer.is_none() && ISSUER.is_match(t) && !t.starts_with('各') {
            h.issuer = Some(t.to_string());
        }
        // 二〇二五年三月十八日 as 2025年3月18日.
        let dated = super::text::arabic_dates(t);
        if h.date.is_none()
            && let Some(c) = DATE
                .captures(dated.trim_start_matches('(').trim_end_matches(')'))
                .or_else(|| DATE_AT_MEETING.captures(t))
                .or_else(|| DATE_APPROVED.captures(&dated))
                // 镇长 苏利军 (2023年4月20日): the speaker's line with the date run on.
                .or_else(|| DATE_LAST.captures(t))
                .or_else(|| DATE_FIGURES.captures(t.trim()))
        {
            h.date = Some(format!("{}-{:0>2}-{:0>2}", &c[1], &c[2], &c[3]));
        }
        // 兴署发〔2019〕1号, or in brackets under the title: (兴署发〔2019〕1号).
        let bare = t.trim().trim_start_matches('(').trim_end_matches(')');
        if h.doc_number.is_none()
            && DOC_NO
                .find(bare)
                .is_some_and(|m| m.start() == 0 && m.end() == bare.len())
        {
            h.doc_number = Some(bare.to_string());
        }
    }
    if h.title.is_empty()
        && let Some(t) = site_heading
    {
        // Without the site's region before it and its note of a full text after it: (内蒙古)2022年正蓝旗人民政府
        // 工作报告(全文).
        let t = match SITE_REGION.captures(&t) {
            Some(c) if LEXICON.resolve_place(&c[1]).is_some() => t[c[0].len()..].to_string(),
            _ => t,
        };
        h.title = FULL_TEXT_NOTE.replace(&t, "").into_owned();
    }
    settle(&mut h, head, raw);
    h
}

/// Whether a paragraph is a document number and nothing else (乌海政办发〔2025〕21号): its 乌海 names no place.
pub fn is_number_line(p: &str) -> bool {
    let t = p
        .trim()
        .trim_start_matches(['(', '（'])
        .trim_end_matches([')', '）']);
    DOC_NO
        .find(t)
        .is_some_and(|m| m.start() == 0 && m.end() == t.len())
}

#[cfg(test)]
#[path = "header_tests.rs"]
mod tests;
#[cfg(test)]
#[path = "header_titles_tests.rs"]
mod titles_tests;
