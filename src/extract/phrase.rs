//! Finding where a name starts: walk left from a head word (产业, 项目, 基地 …) to the clause start and cut
//! after the last verb or particle, so 加快建设呼和浩特新机场 gives 呼和浩特新机场.

pub use super::phrase_words::BOUNDARY_WORDS;

pub(super) static BOUNDARY: std::sync::LazyLock<super::matcher::AllDict> =
    std::sync::LazyLock::new(|| super::matcher::AllDict::new(BOUNDARY_WORDS.iter().copied()));

/// Characters that end a clause.
pub fn is_clause_break(c: char) -> bool {
    matches!(
        c,
        ',' | '.'
            | ';'
            | ':'
            | '!'
            | '?'
            | '('
            | ')'
            | '、'
            | '。'
            | '，'
            | '；'
            | '：'
            | '《'
            | '》'
            | '〈'
            | '〉'
            | '"'
            | '['
            | ']'
            | '—'
            | '\n'
            | '\t'
    )
}

/// A point between figures (7.2万平方米): part of the number, not the end of a sentence.
fn decimal_point(text: &str, at: usize, c: char) -> bool {
    c == '.'
        && text[..at].ends_with(|d: char| d.is_ascii_digit())
        && text[at + 1..].starts_with(|d: char| d.is_ascii_digit())
}

/// A single dash joining two places (包头—鄂尔多斯氢能走廊): part of a route's name, not a break.
fn route_dash(text: &str, at: usize, c: char) -> bool {
    if c != '—' {
        return false;
    }
    let before = &text[..at];
    let after = &text[at + c.len_utf8()..];
    let lex = &*super::lexicon::LEXICON;
    // 陕北—湖北: a region named without a government is an end too.
    let feature_end = |t: &str| {
        lex.features
            .find_iter(t)
            .last()
            .is_some_and(|m| m.end() == t.len())
    };
    let known_before = lex
        .resolve_place_suffix(super::text::suffix(before, 12))
        .is_some()
        || feature_end(super::text::suffix(before, 12));
    let known_after = lex.gaz.find(after).is_some_and(|m| m.start() == 0)
        || lex.features.find(after).is_some_and(|m| m.start() == 0);
    // 上海庙—山东, 鄂尔多斯—安平—沧州: one end known, the other a short name (a town, a county elsewhere).
    let short_name = |t: &str, from_end: bool| {
        let run: String = if from_end {
            let r: Vec<char> = t
                .chars()
                .rev()
                .take_while(|c| super::text::is_han(*c))
                .take(6)
                .collect();
            r.into_iter().rev().collect()
        } else {
            t.chars()
                .take_while(|c| super::text::is_han(*c))
                .take(5)
                .collect()
        };
        // 市区—和林格尔新区: a part of a city is no end of a route.
        run.chars().count() >= 2
            && (from_end || run.chars().count() <= 4)
            && !["市区", "城区", "县城", "新区", "老城", "园区", "城市"]
                .iter()
                .any(|w| {
                    if from_end {
                        run.ends_with(w)
                    } else {
                        run.starts_with(w)
                    }
                })
    };
    // 阿尔山—柴河国家级旅游度假区: a place and a town of the region written by its stem.
    let town_after =
        || super::project_places::town_stem(super::text::prefix(after, 15), false).is_some();
    !before.ends_with('—')
        && !after.starts_with('—')
        && (known_before && (known_after || town_after())
            || known_before && short_name(after, false) && after.contains('—')
            || known_after && short_name(before, true))
}

/// Whether the bracket at `at` encloses a place inside a name (中国(内蒙古)自由贸易试验区, 中国移动(呼和浩特)数据中心):
/// a place the lexicon knows, between two characters of a name.
fn bracketed_place(text: &str, at: usize, c: char) -> bool {
    let (open, close) = match c {
        ')' => match text[..at].rfind('(') {
            Some(o) => (o, at),
            None => return false,
        },
        '(' => match text[at..].find(')') {
            Some(e) => (at, at + e),
            None => return false,
        },
        _ => return false,
    };
    let inner = &text[open + 1..close];
    let han_around = text[..open]
        .chars()
        .next_back()
        .is_some_and(super::text::is_han)
        && text[close + 1..]
            .chars()
            .next()
            .is_some_and(super::text::is_han);
    han_around
        && (2..=6).contains(&inner.chars().count())
        && super::lexicon::LEXICON.resolve_place(inner).is_some()
}

/// Start of the name that ends at `end`: after the clause break and the last boundary word before it,
/// looking back at most `max_chars` characters.
pub fn name_start(text: &str, end: usize, max_chars: usize) -> usize {
    let mut start = end;
    let mut limited = false;
    for (n, (i, c)) in text[..end].char_indices().rev().enumerate() {
        if n >= max_chars {
            limited = true;
            break;
        }
        if is_clause_break(c)
            && !route_dash(text, i, c)
            && !decimal_point(text, i, c)
            && !bracketed_place(text, i, c)
        {
            break;
        }
        start = i;
    }
    // A long name cut by the limit inside the verb before it (推|进中煤鄂尔多斯…项目): past that verb.
    if limited {
        let from = text[..start]
            .char_indices()
            .rev()
            .nth(3)
            .map_or(0, |(i, _)| i);
        let to = start + super::text::prefix_chars(&text[start..end], 4).len();
        if let Some(m) = BOUNDARY
            .find_overlapping_iter(&text[from..to])
            .filter(|m| from + m.start() < start && from + m.end() > start)
            .last()
        {
            start = from + m.end();
        }
    }
    let seg = &text[start..end];
    let hits: Vec<(usize, usize)> = BOUNDARY
        .find_overlapping_iter(seg)
        .map(|m| (m.start(), m.end()))
        .collect();
    if hits.is_empty() {
        return start;
    }
    // Words inside a place or zone name (和林格尔新区, 在 before it) are not boundaries; only look the names up
    // when a one-character word could be inside one.
    let names: Vec<(usize, usize)> = if hits.iter().any(|(a, b)| b - a <= 3) {
        super::lexicon::LEXICON
            .gaz
            .find_iter(seg)
            .map(|m| (m.start(), m.end()))
            // Enterprises with a boundary word inside their name (the 为 of 华为).
            .chain(
                super::lexicon::LEXICON
                    .enterprises
                    .find_iter(seg)
                    .map(|m| (m.start(), m.end())),
            )
            // Deserts, mountains and rivers (the 和 of 乌兰布和沙漠).
            .chain(
                super::lexicon::LEXICON
                    .features
                    .find_iter(seg)
                    .map(|m| (m.start(), m.end())),
            )
            // Sectors (the 向 of 西小召镇向日葵产业园).
            .chain(
                super::lexicon::LEXICON
                    .ind
                    .find_iter(seg)
                    .map(|m| (m.start(), m.end())),
            )
            .collect()
    } else {
        Vec::new()
    };
    // 内蒙古中和新材料有限责任公司…项目: a word of one character before a company's suffix is inside its name.
    let company = if seg.contains(['司', '团']) {
        ["公司", "集团"]
            .iter()
            .filter_map(|w| seg.rfind(w))
            .max()
            .unwrap_or(0)
    } else {
        0
    };
    let mut cut = 0;
    for (i, after) in hits {
        if after - i <= 3 && after <= company && !["等", "的"].contains(&&seg[i..after]) {
            continue;
        }
        // 自由贸易试验区: the 由 of 自由 is no boundary.
        if &seg[i..after] == "由" && seg[..i].ends_with('自') {
            continue;
        }
        // 天和磁材…: a word of one character right after the clause's first character is inside a name.
        if after - i <= 3 && i >= cut && seg[cut..i].chars().count() == 1 && &seg[i..after] != "的"
        {
            continue;
        }
        // Inside quotes a boundary word is part of the name; so is a verb made a noun by the word before
        // it (煤炭分质利用示范项目, 煤矿智能化改造工程).
        // A verb of works right before the head (供水管网改造项目, 森林草原防火能力提升工程) names the works, unless it
        // is all there is.
        // (So do two of them: 改造提升工程, 提升改造项目.)
        let works_at_end = i > cut && works_verbs(&seg[i..]);
        // 河套灌区续建配套与现代化改造项目: 与 before a manner of works that names nothing of its own.
        let works_joined = ["和", "与", "及"].contains(&&seg[i..after])
            && (joined_works(&seg[after..]) || joined_verbs(&seg[..i], &seg[after..]))
            // 灌区续建配套: a kind of works named by its verb, inside the name when a name comes before it.
            || i > cut && &seg[i..after] == "续建" && seg[after..].starts_with("配套");
        if after > cut
            && !inside_quotes(seg, i)
            && !names.iter().any(|(a, b)| i < *b && after > *a)
            && !nominal(&seg[..i], &seg[i..after])
            && !works_at_end
            && !works_joined
        {
            cut = after;
        }
    }
    start + cut
}

/// Whether `rest` is one or more verbs of works and nothing else (改造, 改造提升, 拓宽改造).
fn works_verbs(rest: &str) -> bool {
    const WORKS: [&str; 8] = [
        "改扩建",
        "改造",
        "扩建",
        "建设",
        "治理",
        "提升",
        "拓宽",
        "整治",
    ];
    let mut r = rest;
    while let Some(x) = WORKS.iter().find_map(|w| r.strip_prefix(w)) {
        r = x;
    }
    r.is_empty() && r.len() < rest.len()
}

/// Manners that make the verb after them part of a noun phrase (综合利用, 升级改造, 资源化利用, 三期扩建, 棚户区
/// 改造安置房).
const NOMINAL_BEFORE: [&str; 17] = [
    "综合",
    "分质",
    "循环",
    "清洁",
    "高效",
    "梯级",
    "升级",
    "节能",
    "集约",
    "低碳",
    "安全",
    "化",
    "改",
    "提标",
    "期",
    "体系",
    "棚户区",
];

/// Whether the rest of a name after 与 / 和 / 及 is a manner of works and nothing else (现代化改造项目, 节水改造工程):
/// the two works are one project's.
fn joined_works(rest: &str) -> bool {
    const MANNERS: [&str; 10] = [
        "现代化",
        "数字化",
        "智能化",
        "信息化",
        "标准化",
        "提标",
        "节水",
        "节能",
        "升级",
        "提质",
    ];
    MANNERS.iter().any(|m| {
        rest.strip_prefix(m).is_some_and(|r| {
            let r = ["项目", "工程"]
                .iter()
                .find_map(|h| r.strip_suffix(h))
                .unwrap_or(r);
            ["改造", "建设", "扩建", "提升", "治理"].contains(&r)
        })
    })
}

/// 生态保护与修复(工程), 生态保护与旅游开发(项目): two works, each named by its verb, of one project (the rest after
/// 与 short; the head may be left off).
fn joined_verbs(before: &str, rest: &str) -> bool {
    const VERBS: [&str; 7] = ["保护", "修复", "开发", "治理", "建设", "利用", "改造"];
    let r = ["项目", "工程"]
        .iter()
        .find_map(|h| rest.strip_suffix(h))
        .unwrap_or(rest);
    VERBS.iter().any(|v| before.ends_with(v))
        && VERBS.iter().any(|v| r.ends_with(v))
        && r.chars().count() <= 6
}

fn nominal(before: &str, verb: &str) -> bool {
    matches!(verb, "利用" | "改造" | "开发" | "建设" | "扩建")
        && NOMINAL_BEFORE.iter().any(|m| before.ends_with(m))
}

fn inside_quotes(seg: &str, at: usize) -> bool {
    let before = &seg[..at];
    before.matches('“').count() > before.matches('”').count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_after_verbs() {
        let t = "加快呼和浩特新机场建设,加快建设呼和浩特新机场";
        let end = t.len();
        assert_eq!(&t[name_start(t, end, 30)..end], "呼和浩特新机场");
        let t = "依托“蒙科聚”创新驱动平台";
        assert_eq!(&t[name_start(t, t.len(), 30)..], "“蒙科聚”创新驱动平台");
        let t = "推进华为云乌兰察布数据中心";
        assert_eq!(&t[name_start(t, t.len(), 30)..], "华为云乌兰察布数据中心");
        let t = "推进天和磁材3万吨高性能稀土永磁材料项目";
        assert_eq!(
            &t[name_start(t, t.len(), 40)..],
            "天和磁材3万吨高性能稀土永磁材料项目"
        );
        // (The head itself is not passed.)
        let t = "实施大兴安岭森林草原防火能力提升工程";
        let end = t.len() - "工程".len();
        assert_eq!(
            &t[name_start(t, end, 40)..end],
            "大兴安岭森林草原防火能力提升"
        );
        let t = "加快推进中国移动(呼和浩特)数据中心";
        assert_eq!(
            &t[name_start(t, t.len(), 40)..],
            "中国移动(呼和浩特)数据中心"
        );
        let t = "实施驼峰路改造提升工程";
        let end = t.len() - "工程".len();
        assert_eq!(&t[name_start(t, end, 40)..end], "驼峰路改造提升");
        let t = "建设包头—鄂尔多斯氢能走廊";
        assert_eq!(&t[name_start(t, t.len(), 30)..], "包头—鄂尔多斯氢能走廊");
        let t = "推动内蒙古和林格尔新区";
        assert_eq!(&t[name_start(t, t.len(), 30)..], "内蒙古和林格尔新区");
        let t = "支持陕煤榆林化学1500万吨煤炭分质利用示范项目";
        assert_eq!(
            &t[name_start(t, t.len(), 40)..],
            "陕煤榆林化学1500万吨煤炭分质利用示范项目"
        );
    }
}
