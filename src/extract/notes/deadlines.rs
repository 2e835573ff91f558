//! Deadlines: a note's 完成时限 as a date (2024年12月底 → 2024-12; 2024年第三季度 → 2024-09; 年底前 with the
//! document's year), and the dates a task's own text gives.

use super::*;

static YEARS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\d{4})\s*年?(?:\s*[-—–~～至到]\s*(\d{4})\s*年?)?$")
        .unwrap_or_else(|_| unreachable!("static regex"))
});
static NUMERIC_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\d{4})[.\-/](\d{1,2})(?:[.\-/]\d{1,2})?(日|号)?(前|底前|之前)?$")
        .unwrap_or_else(|_| unreachable!("static regex"))
});
static NUMERIC_SPAN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\d{4})\.(\d{1,2})\s*[-—–~～至到/]\s*(\d{4})\.(\d{1,2})$")
        .unwrap_or_else(|_| unreachable!("static regex"))
});
static YEAR_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(\d{4})\s*年\s*(\d{1,2})?\s*(月|底|年底|末)?")
        .unwrap_or_else(|_| unreachable!("static regex"))
});

/// [`deadline_date`], with the document's year for a deadline that names none (年底前, 上半年, 三季度).
pub fn deadline_date_in(s: &str, year: Option<&str>) -> Option<String> {
    let s = &super::super::text::arabic_dates(s);
    if let Some(d) = in_figures(s) {
        return Some(d);
    }
    let year = year?;
    // 3月—6月, 9月至12月: months of the document's year, due at the last.
    if let Some(d) = latest_of_parts(s, Some(year)) {
        return Some(d);
    }
    // 每年12月: every year, no one date.
    if s.contains("每年") || s.contains("年度") {
        return None;
    }
    let rest = s.trim_start_matches(['本', '今', '当']);
    let rest = rest.strip_prefix('年').unwrap_or(rest);
    if let Some(month) = period_end_month(rest) {
        return Some(format!("{year}-{month:02}"));
    }
    // 12月底, 6月30日前: a month of the document's year.
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    if let Ok(month) = digits.parse::<u32>()
        && (1..=12).contains(&month)
        && rest[digits.len()..].starts_with('月')
    {
        return Some(format!("{year}-{month:02}"));
    }
    if ["年底", "年末", "底前", "年内"]
        .iter()
        .any(|w| s.starts_with(w))
        || ["本年", "今年", "当年"].iter().any(|w| s.starts_with(w))
    {
        return Some(if s.contains("内") && !s.contains('底') {
            year.to_string()
        } else {
            format!("{year}-12")
        });
    }
    None
}

/// `YYYY-MM` (or `YYYY`) of a written deadline such as 2024年12月 or 2025年底.
pub fn deadline_date(s: &str) -> Option<String> {
    in_figures(&super::super::text::arabic_dates(s))
}

/// [`deadline_date`] of a deadline whose numerals are figures already.
fn in_figures(s: &str) -> Option<String> {
    // 2026.4-2027.12: a span of months written in figures ends at its last.
    if let Some(c) = NUMERIC_SPAN.captures(s.trim()) {
        let month: u32 = c[4].parse().ok().filter(|m| (1..=12).contains(m))?;
        return Some(format!("{}-{month:02}", &c[3]));
    }
    // 2026年4月/2027年12月 (a table's 开工/竣工时间): start and end.
    let slashed;
    let s = if s.contains('年') && s.contains('/') {
        slashed = s.replace('/', "，");
        slashed.as_str()
    } else {
        s
    };
    // 2024年启动,2025年完成; 2024年12月至2025年6月: the latest date written.
    latest_of_parts(s, None).or_else(|| one_date(s))
}

/// The latest date of a deadline written in stages or as a span (2024年启动,2025年完成; 2025年9月至12月), a part
/// without its year in the year of the part before it (or `year`, the document's): `None` unless it has two
/// parts or more with figures.
fn latest_of_parts(s: &str, year: Option<&str>) -> Option<String> {
    // (2025年3月启动,年底前完成: the end of the year written before.)
    let year_end = |p: &str| {
        ["年底", "年末"]
            .iter()
            .any(|w| p.trim_start().starts_with(w))
    };
    let parts: Vec<&str> = s
        .split([',', '，', ';', '；', '、', '至', '到', '~', '～', '—'])
        .filter(|p| p.contains(|c: char| c.is_ascii_digit()) || year_end(p))
        .collect();
    if parts.len() < 2 {
        return None;
    }
    let mut year = year.map(str::to_string);
    let mut dates = Vec::new();
    for part in parts {
        let own_year = YEAR_MONTH.captures(part).and_then(|c| c.get(1));
        let date = match (own_year, &year) {
            (Some(y), _) => {
                year = Some(y.as_str().to_string());
                one_date(part)
            }
            (None, Some(y)) if part.trim_start().starts_with(|c: char| c.is_ascii_digit()) => {
                one_date(&format!("{y}年{}", part.trim_start()))
            }
            (None, Some(y)) if year_end(part) => Some(format!("{y}-12")),
            (None, None) if year_end(part) => None,
            _ => one_date(part),
        };
        dates.extend(date);
    }
    dates.into_iter().max()
}

fn one_date(s: &str) -> Option<String> {
    // A construction period (2024-2026, 2025年至2027年) ends in its last year; a year alone (2025) is that year.
    if let Some(c) = YEARS.captures(s.trim()) {
        return Some(c.get(2).or(c.get(1))?.as_str().to_string());
    }
    // 2025.12, 2025-06-30, 2025/6.
    if let Some(c) = NUMERIC_DATE.captures(s.trim()) {
        let month: u32 = c[2].parse().ok().filter(|m| (1..=12).contains(m))?;
        return Some(format!("{}-{month:02}", &c[1]));
    }
    let c = YEAR_MONTH.captures(s)?;
    let year = c.get(1)?.as_str();
    // The end of a quarter or half year (2025年第三季度 → 2025-09, 上半年 → 2025-06).
    let after_year = s[c.get(1)?.end()..].trim_start().strip_prefix('年')?;
    if let Some(month) = period_end_month(after_year.trim_start()) {
        return Some(format!("{year}-{month:02}"));
    }
    match (c.get(2), c.get(3).map(|m| m.as_str())) {
        (Some(m), _) => Some(format!("{year}-{:02}", m.as_str().parse::<u32>().ok()?)),
        (None, Some("底" | "年底" | "末")) => Some(format!("{year}-12")),
        _ => Some(year.to_string()),
    }
}

/// The last month of the quarter or half year a deadline names right after its year.
fn period_end_month(rest: &str) -> Option<u32> {
    let rest = rest.strip_prefix('第').unwrap_or(rest);
    // 2025年Q3, 2025年四季度 alike.
    if let Some(q) = rest
        .strip_prefix(['Q', 'q'])
        .and_then(|r| r.chars().next())
        .and_then(|c| c.to_digit(10))
        .filter(|q| (1..=4).contains(q))
    {
        return Some(q * 3);
    }
    let quarter = ["一", "二", "三", "四"]
        .iter()
        .zip(["1", "2", "3", "4"])
        .zip(1u32..)
        .find(|((cn, digit), _)| {
            [cn, digit].iter().any(|q| {
                rest.strip_prefix(**q)
                    .is_some_and(|r| r.starts_with("季度"))
            })
        })
        .map(|(_, q)| q * 3);
    quarter.or_else(|| {
        if rest.starts_with("上半年") || rest.starts_with("年中") {
            Some(6)
        } else if rest.starts_with("下半年") {
            Some(12)
        } else {
            None
        }
    })
}

/// The date a task's own last clause gives when its note gives none (推进…，2025年6月底前完成。（责任单位：…）):
/// a short clause that opens with the date and says no more than that the work is done then.
pub fn deadline_in_task(task: &str) -> Option<String> {
    const DONE: [&str; 17] = [
        "",
        "完成",
        "完成年度任务",
        "完成全年任务",
        "建成",
        "建成投用",
        "建成投产",
        "建成运营",
        "投用",
        "投入使用",
        "投入运营",
        "投运",
        "投产",
        "完工",
        "竣工",
        "实现",
        "开工",
    ];
    // 10月底前主体完工, 6月底前全部开工: how much of the work is done then.
    let done = |rest: &str| {
        let rest = ["主体", "全部", "全面", "基本"]
            .iter()
            .find_map(|w| rest.strip_prefix(w))
            .unwrap_or(rest);
        DONE.contains(&rest)
    };
    let body = task.trim_end_matches(['。', ';', ',', ' ', '，', '；']);
    let start = body
        .char_indices()
        .rev()
        .find(|(_, c)| matches!(c, ',' | '，' | ';' | '；' | '。'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let clause = body[start..].trim();
    if start == 0 {
        return None;
    }
    let m = WHEN_FIRST.find(clause)?;
    // 由市住建局牵头,榆阳区政府配合,2017年底前完成古城保护规划编制: after the clauses that say who does it,
    // a clause opening with its date says when, whatever it goes on to name.
    let before = body[..start].trim_end_matches([',', '，', ';', '；', '。']);
    let after_roles = ["牵头", "配合", "负责", "参与", "落实", "协助"]
        .iter()
        .any(|w| before.ends_with(w));
    ((clause.chars().count() <= 16 && done(clause[m.end()..].trim())) || after_roles)
        .then(|| m.as_str().trim_end().to_string())
}

/// The date `s` opens with, as written (8月底, 2025年底前, 12月中旬).
pub fn date_at_start(s: &str) -> Option<&str> {
    WHEN_FIRST.find(s).map(|m| m.as_str().trim_end())
}

/// The date a task opens with, by which its work is done (2025年底前完成供水管网改造; 11月底启动…项目; 11月底前
/// 新建幼儿园9所); not a year before the document's `year` (2017年底呼和浩特市启动…, in a later plan's review, is
/// history).
pub fn deadline_opening(task: &str, year: Option<&str>) -> Option<String> {
    let m = WHEN_FIRST.find(task)?;
    if before_year(m.as_str(), year) {
        return None;
    }
    Some(m.as_str().trim_end().to_string())
}

/// Whether `date` opens with a year before the document's `year` (history, not a deadline).
fn before_year(date: &str, year: Option<&str>) -> bool {
    let at = |y: &str| y.get(..4).and_then(|y| y.parse::<u32>().ok());
    matches!((at(date), year.and_then(at)), (Some(y), Some(doc)) if y < doc)
}

/// Words between a unit and the date it names (要在8月底, 将于6月下旬, 于年底前), longest first.
const BEFORE_DATE: [&str; 7] = ["要在", "要于", "将在", "将于", "在", "于", "要"];

/// The date that opens what follows a unit, after a word such as 要在 (要在8月底完成…, 11月底启动…): the bytes
/// before the date, and the date as written.
pub fn date_after_unit(after: &str) -> Option<(usize, &str)> {
    let skip = BEFORE_DATE
        .iter()
        .find(|w| after.starts_with(**w))
        .map_or(0, |w| w.len());
    date_at_start(&after[skip..]).map(|d| (skip, d))
}

/// The date right after the one unit a task's text assigns it to (住建局要在9月底前完成…, 赛罕区政府11月底启动…),
/// when the text gives one such date only.
pub fn deadline_after_unit(task: &str) -> Option<String> {
    static UNIT_END: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"委员会|管委会|办公室|政府|公署|行署|公司|局|委")
            .unwrap_or_else(|_| unreachable!("static regex"))
    });
    let mut found: Option<&str> = None;
    for m in UNIT_END.find_iter(task) {
        let Some((_, d)) = date_after_unit(&task[m.end()..]) else {
            continue;
        };
        match found {
            Some(f) if f != d => return None,
            _ => found = Some(d),
        }
    }
    found.map(str::to_string)
}

/// A date by which the work is done, written inside the task's text and followed by what is then done
/// (推动…电机项目12月底前投产; …，力争9月底前建成投用; 确保年底前完成改造任务; 确保年底前具备送出条件), when the text gives one such date
/// only and it is not before the document's `year` (2023年底前建成 in a 2025 plan's review is history).
pub fn deadline_within(task: &str, year: Option<&str>) -> Option<String> {
    static WITHIN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            r"(\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?\s*(?:底前|末前|前|底|末)",
            r"|\d{4}\s*年[上下]半年前?|\d{4}\s*年第?[一二三四1-4]季度(?:末|底)?前?",
            r"|[本今]?年(?:底前|末前|底|末|内)|\d{4}\s*年内|[上下]半年前?",
            r"|\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*(?:底前|末前|前|底|末|[上中下]旬前?))",
            r"\s*(?:全面|全部|基本|如期|顺利|率先|实现)?",
            r"(?:完成|建成|投产|投用|开工|竣工|完工|出台|印发|上线|运行|落地|启动|达产|通车|开通|挂牌|交付|具备|办结|建立|形成|实现)"
        ))
        .unwrap_or_else(|_| unreachable!("static regex"))
    });
    let mut found: Option<&str> = None;
    for c in WITHIN.captures_iter(task) {
        let m = c.get(1)?;
        let d = m.as_str();
        // 去年底 / 前年底, or a year before the document's: a year gone by.
        if task[..m.start()].ends_with(['去', '前']) || before_year(d, year) {
            return None;
        }
        match found {
            Some(f) if f != d => return None,
            _ => found = Some(d),
        }
    }
    found.map(|d| d.trim_end().to_string())
}
