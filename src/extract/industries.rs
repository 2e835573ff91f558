//! Industries: taxonomy terms (assets/lexicon/industries.tsv) plus pattern rules — “X”产业, X产业(集群),
//! enumerations closed by 等…产业 / 配套产业, 发展X经济 — with compounds split into taxonomy terms
//! (大数据云计算产业集群 → 大数据 + 云计算).

use super::industry_firms::among_companies;
use super::industry_words::*;
use super::lexicon::LEXICON;
use super::matcher::Dict;
use super::phrase::name_start;
use super::text::is_han;
use regex::Regex;
use std::sync::LazyLock;

/// An industry found in a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndustryHit {
    /// Canonical name.
    pub name: String,
    /// Start in the normalised paragraph.
    pub start: usize,
    /// End in the normalised paragraph.
    pub end: usize,
}

static ENUM_CLOSE: LazyLock<Regex> = LazyLock::new(|| {
    // What closes a list of sectors: 等 / 配套 / a count (三大) + up to six characters + 产业 / 产业集群 / 行业 /
    // 领域 / 业态.
    Regex::new(r"(等|配套|[两二三四五六七八九十]大)\p{Han}{0,6}?(产业集群|产业|行业|领域|业态)")
        .unwrap_or_else(|_| unreachable!("static regex"))
});
static INDUSTRY_HEAD: LazyLock<Dict> =
    LazyLock::new(|| Dict::new(["产业集群", "产业带", "产业链", "产业", "经济"]));
/// Words that show a clause speaks of developing an industry.
static FRAME: LazyLock<Dict> = LazyLock::new(|| {
    Dict::new([
        "产业", "行业", "业态", "集群", "经济", "制造", "发展", "培育", "壮大", "打造", "布局",
        "领域", "基地", "园区", "企业", "项目", "升级", "转型", "提质", "振兴", "产能",
        // 开展绿氢耦合煤化工示范: sectors coupled, a sector demonstrated.
        "耦合", "示范",
        // 扩大梭梭—肉苁蓉种植规模, 肉牛养殖: what is grown or raised.
        "种植", "养殖", "种养",
    ])
});

/// A size before a sector (千亿级新能源, 两个百亿级, 超500亿元级): how big, not which.
static SCALE_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[两二三四五六七八九十几多]个)?(?:超|近|超过)?[\d一二三四五六七八九十百千万亿两]+(?:亿元|亿|万元|元|千瓦|兆瓦|瓦|万吨|吨|GW|MW)?级")
        .unwrap_or_else(|_| unreachable!("static regex"))
});

fn trim_lead(mut s: &str) -> &str {
    loop {
        let before = s;
        if let Some(m) = s
            .contains('级')
            .then(|| SCALE_LEAD.find(s))
            .flatten()
            .filter(|m| m.end() < s.len())
        {
            s = &s[m.end()..];
        }
        for w in LEAD_WORDS {
            // 在线娱乐, 等离子, 现代化工: words that start with a function word or a modifier.
            if ["在线", "等离", "现代化工"]
                .iter()
                .any(|k| s.starts_with(k))
            {
                break;
            }
            if let Some(r) = s.strip_prefix(w).filter(|r| r.chars().count() >= 1) {
                s = r;
            }
        }
        if s == before {
            return s;
        }
    }
}

fn clean(item: &str) -> String {
    let t = trim_lead(item.trim_matches(|c: char| c == '“' || c == '”' || c.is_whitespace()));
    // 杂粮六大农牧(产业): the list's last item before the count of its items.
    let t = COUNT_OF_ITEMS
        .find(t)
        .filter(|m| m.start() > 0)
        .map_or(t, |m| &t[..m.start()]);
    let mut t = t.trim_end_matches("产业").trim_end_matches("行业");
    for w in TRAIL_WORDS {
        t = t.trim_end_matches(w);
    }
    t.trim_matches(|c: char| c == '“' || c == '”').to_string()
}

/// A count of the items a list names (六大, 三个, 两类), after its last item.
static COUNT_OF_ITEMS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[一二三四五六七八九十两几多]+(?:大|个|项|类|种)")
        .unwrap_or_else(|_| unreachable!("static regex"))
});

/// The canonical name of an industry term (taxonomy alias → name; otherwise the term itself).
pub fn canonical(term: &str) -> String {
    // 绿色农畜 (of 绿色农畜产业): the taxonomy may know the name with its 产业.
    LEXICON
        .industry(term)
        .or_else(|| LEXICON.industry(&format!("{term}产业")))
        .map(|i| i.name.clone())
        .unwrap_or_else(|| term.to_string())
}

/// Splits a compound into taxonomy terms when it is made of them entirely (大数据云计算 → 大数据, 云计算).
fn split_compound(name: &str) -> Option<Vec<String>> {
    let lex = &*LEXICON;
    let mut parts = Vec::new();
    let mut pos = 0;
    for m in lex.ind.find_iter(name) {
        if m.start() != pos {
            return None;
        }
        parts.push(lex.industries[lex.ind_keys[m.pattern()]].name.clone());
        pos = m.end();
    }
    (pos == name.len() && parts.len() >= 2).then_some(parts)
}

/// Whether a name is a count of sectors (三大, 五大) rather than one.
fn is_count(name: &str) -> bool {
    let mut cs = name.chars();
    cs.next_back()
        .is_some_and(|c| matches!(c, '大' | '类' | '个' | '项'))
        && cs.as_str().chars().count() >= 1
        && cs
            .as_str()
            .chars()
            .all(|c| "一二三四五六七八九十两几多".contains(c))
}

/// A place written before a sector (北京市大数据, 包头稀土) says where, not which: the sector is the rest.
fn without_place(name: &str) -> &str {
    let lex = &*LEXICON;
    if lex.industry(name).is_some() {
        return name;
    }
    match lex.gaz.find(name) {
        // 巴彦浩特沙 (产业): one character left is a sector when the taxonomy knows it with 产业.
        Some(m)
            if m.start() == 0
                && (name[m.end()..].chars().count() >= 2
                    || !name[m.end()..].is_empty()
                        && lex.industry(&format!("{}产业", &name[m.end()..])).is_some()) =>
        {
            match lex.gaz_keys[m.pattern()] {
                super::lexicon::Key::Place { .. } => &name[m.end()..],
                super::lexicon::Key::Zone(_) => name,
            }
        }
        // A river, lake or region before a sector the taxonomy knows (河套番茄, 黄河文化旅游).
        _ => match lex.features.find(name) {
            Some(m) if m.start() == 0 && lex.industry(&name[m.end()..]).is_some() => {
                &name[m.end()..]
            }
            _ => name,
        },
    }
}

fn push(out: &mut Vec<IndustryHit>, name: &str, start: usize, end: usize) {
    if name.chars().count() < 2 && LEXICON.industry(name).is_none() {
        return;
    }
    let name = trim_lead(without_place(name));
    // 打造千亿级产业集群: a size alone names no sector.
    if name.ends_with('级') && SCALE_LEAD.find(name).is_some_and(|m| m.end() == name.len()) {
        return;
    }
    let known = LEXICON.industry(name).is_some();
    // 其应用 (新能源及其应用), 博览会 / 交易会 (events), 五大 (a count).
    if !known && (name.starts_with('其') || name.ends_with('会') || is_count(name)) {
        return;
    }
    // 电力偏好性 (a kind of industry), 新型城镇化建设, 乡村振兴 (undertakings): not sectors.
    if !known
        && ["性", "建设", "振兴", "改革", "工程"]
            .iter()
            .any(|w| name.ends_with(w))
    {
        return;
    }
    // 示范项目, 金凤科技定边产业园 (a list's items before 等…产业): projects and parks, not sectors.
    if !known
        && ["项目", "园", "园区", "基地", "中心", "平台"]
            .iter()
            .any(|w| name.ends_with(w))
    {
        return;
    }
    let n = canonical(name);
    let len = n.chars().count();
    if len == 0
        || len > 12
        || NOT_INDUSTRY.contains(&n.as_str())
        || LEAD_WORDS.contains(&n.as_str())
        || !n.chars().all(|c| is_han(c) || c.is_ascii_alphanumeric())
    {
        return;
    }
    if let Some(parts) = split_compound(&n) {
        for p in parts {
            out.push(IndustryHit {
                name: p,
                start,
                end,
            });
        }
        return;
    }
    out.push(IndustryHit {
        name: n,
        start,
        end,
    });
}

/// Whether the clause around a taxonomy hit speaks of developing an industry.
fn framed_clause(text: &str, start: usize, end: usize) -> bool {
    // 燕麦产业 (the taxonomy's word with its 产业): named as an industry, unless a park's name runs on (光伏治沙
    // 产业园).
    if text[start..end].ends_with("产业") && !text[end..].starts_with(['园', '基']) {
        return true;
    }
    let breaks = |c: char| matches!(c, ',' | '。' | ';' | ':' | '!' | '?');
    let s = text[..start]
        .char_indices()
        .rev()
        .find(|(_, c)| breaks(*c))
        .map(|(i, c)| i + c.len_utf8())
        .unwrap_or(0);
    let e = text[end..]
        .find(breaks)
        .map(|i| end + i)
        .unwrap_or(text.len());
    // 做强乳业, 发展乡村旅游: a verb of development right before the term, or before a word of its kind
    // (做强现代畜牧业, 发展特色种植业).
    let before = &text[s..start];
    let before = [
        "现代", "特色", "绿色", "优势", "新兴", "高端", "传统", "主导", "支柱", "生态",
    ]
    .iter()
    .find_map(|q| before.strip_suffix(q))
    .unwrap_or(before);
    if DEV_VERBS.iter().any(|v| before.ends_with(v)) {
        return true;
    }
    // 推进稀土永磁电机、稀土储氢材料应用: an item of a list the clause's verb sets out to develop.
    if before.ends_with('、') && DEV_VERBS.iter().any(|v| before.contains(v)) {
        return true;
    }
    let clause = format!("{}{}", &text[s..start], &text[end..e]);
    FRAME.is_match(&clause)
}

/// Finds industries in a normalised paragraph; `exclude` are byte ranges (department names) to skip.
pub fn find_industries(text: &str, exclude: &[(usize, usize)]) -> Vec<IndustryHit> {
    let lex = &*LEXICON;
    let mut out = Vec::new();
    // Inside a note or a project's name, or reaching into one (“浑善达克沙地综合治理产业发展项目”: the quote before
    // the name is the industry pattern's, not the project's).
    let inside = |s: usize, e: usize| exclude.iter().any(|(a, b)| s < *b && e > *a);
    for close in ENUM_CLOSE.find_iter(text) {
        // The list runs back from 等 to the clause start, over items joined by 、 and 和.
        let list_end = close.start();
        let list_start = text[..list_end]
            .char_indices()
            .rev()
            .take(80)
            .take_while(|(_, c)| !matches!(c, ',' | '。' | ';' | ':' | '(' | ')' | '!' | '?'))
            .last()
            .map(|(i, _)| i)
            .unwrap_or(list_end);
        let list = &text[list_start..list_end];
        if !list.contains('、') {
            continue;
        }
        // 等领域 / 等行业 lists mix sectors with anything else: keep only the taxonomy's terms there; so do the
        // stages of a chain (从硅料到铸锭、拉晶、切片、组件等光伏产业链).
        let strict = !close.as_str().ends_with("产业") && !close.as_str().ends_with("产业集群")
            || list.contains('从') && list.contains('到')
            || text[close.end()..].starts_with('链');
        let mut pos = list_start;
        for part in list.split(['、', '和']) {
            let (s, e) = (pos, pos + part.len());
            pos = e + '、'.len_utf8();
            // A verb inside an item ends the words before the sector (兴和县开展马铃薯 → 马铃薯).
            let from = name_start(text, e, 30).clamp(s, e);
            // …unless the whole item is a sector (向日葵: 向 is no verb there), or neither is and the cut only took
            // off a 在 or 等 that starts a word (在线娱乐, not 线娱乐; but 对我区农业 → 农业).
            let name = if from == s {
                clean(&text[s..e])
            } else {
                let whole = clean(&text[s..e]);
                let cut = clean(&text[from..e]);
                if lex.industry(&whole).is_some()
                    || lex.industry(&cut).is_none() && ["在", "等"].contains(&&text[s..from])
                {
                    whole
                } else {
                    cut
                }
            };
            let known = lex.industry(&name).is_some() || split_compound(&name).is_some();
            // A place in the list (在凉城县、兴和县开展马铃薯、燕麦等特色产业) is where, not what.
            if !known && lex.resolve_norm(&name).is_some() {
                continue;
            }
            if !name.is_empty() && !inside(s, e) && name.chars().count() <= 10 && (known || !strict)
            {
                push(&mut out, &name, s, e);
            }
        }
    }
    for head in INDUSTRY_HEAD.find_iter(text) {
        let next = &text[head.end()..];
        if [
            "园",
            "化",
            "基金",
            "联盟",
            "协会",
            "工人",
            "扶贫",
            "政策",
            "项目",
            "体系",
            "结构",
            "布局",
            "升级",
            "转型",
            "链条",
            "规模",
            "基础",
            "集聚",
            "协同",
            "合作",
            "分工",
            "融合",
            "上下游",
            "共性",
            "发展急需",
        ]
        .iter()
        .any(|w| next.starts_with(w))
        {
            continue;
        }
        let start = name_start(text, head.start(), 14);
        if start >= head.start() || inside(start, head.end()) {
            continue;
        }
        let raw = &text[start..head.start()];
        let head_word = &text[head.start()..head.end()];
        if head_word == "经济" {
            // 经济 only names an industry the taxonomy knows (临空经济, 总部经济).
            let full = format!("{}经济", clean(raw));
            if lex.industry(&full).is_some() {
                push(&mut out, &full, start, head.end());
            }
            continue;
        }
        let framed = DEV_VERBS.iter().any(|v| text[..start].ends_with(v))
            // 大力发展肉牛、肉羊、河套蜜瓜产业: the last item of a list the clause sets out to develop; 发展新材料
            // 产业和绿色高载能产业: the second of two.
            || (text[..start].ends_with('、')
                || ["产业和", "产业及", "产业与", "产业以及"]
                    .iter()
                    .any(|w| text[..start].ends_with(w)))
                && next.chars().next().is_none_or(|c| !is_han(c))
                && {
                let cs = text[..start]
                    .char_indices()
                    .rev()
                    .find(|(_, c)| matches!(c, ',' | '。' | ';' | ':' | '!' | '?'))
                    .map_or(0, |(i, c)| i + c.len_utf8());
                DEV_VERBS.iter().any(|v| text[cs..start].contains(v))
            }
            || raw.starts_with('“')
            || head_word == "产业集群" && text[..start].ends_with(['—', '。', ':'])
            || head_word == "产业集群" && start == 0;
        let mut pos = start;
        for part in raw.split('和') {
            let name = clean(part);
            // 蒙东铝, 包头稀土: a sector the taxonomy knows after a place or region.
            let known = lex.industry(&name).is_some()
                || lex.industry(without_place(&name)).is_some()
                || split_compound(&name).is_some();
            if (known || framed) && name.chars().count() >= 1 && name.chars().count() <= 10 {
                push(&mut out, &name, pos, pos + part.len());
            }
            pos += part.len() + '和'.len_utf8();
        }
    }
    // What the patterns found: a taxonomy term before the processing or machinery of a longer sector they name
    // (玉米 in 玉米深加工产业, 煤炭 in 煤炭机械) is what that sector works on, not a sector of its own; a term
    // beside another (商贸会展) or naming a kind (休闲旅游) stays.
    let patterned = out.len();
    for m in lex.ind.find_iter(text) {
        let term = &text[m.start()..m.end()];
        let ind = &lex.industries[lex.ind_keys[m.pattern()]];
        if inside(m.start(), m.end())
            || out[..patterned].iter().any(|h| {
                h.start <= m.start()
                    && m.end() <= h.end
                    && h.name.strip_prefix(term).is_some_and(|rest| {
                        WORKED_ON.iter().any(|w| rest.starts_with(w))
                    })
            })
            // 沙产业 in 光伏治沙产业: a term that starts inside a found sector's name and runs into its 产业, when
            // its part inside the name is no term of its own (文化产业 in 马文化产业 keeps 文化).
            || out[..patterned].iter().any(|h| {
                h.start < m.start()
                    && m.start() < h.end
                    && term.find("产业").is_some_and(|i| {
                        i > 0 && !lex.ind.find(&term[..i]).is_some_and(|t| t.start() == 0 && t.end() == i)
                    })
            })
            // 绒山羊 in 白绒山羊产业: a term ending a found sector's name after one character of its own (a
            // breed) is that sector, named once.
            || out[..patterned]
                .iter()
                .any(|h| {
                    h.start < m.start()
                        && m.end() == h.end
                        && h.name.strip_suffix(term).is_some_and(|k| k.chars().count() == 1)
                })
            // 硅铁 in 硅铁合金产业链: another name of a sector inside a found name the taxonomy lacks, which
            // ends in that sector's own name (铁合金), is that name's sector, named once.
            || term != ind.name
                && out[..patterned].iter().any(|h| {
                h.start <= m.start()
                    && m.end() <= h.end
                    && h.name.len() > ind.name.len()
                    && h.name.ends_with(ind.name.as_str())
                    && lex.industry(&h.name).is_none()
            })
            // (钢铁铝业: a term right after one the clause develops is developed too.)
            || !framed_clause(text, m.start(), m.end())
                && !out[patterned..].iter().any(|h| h.end == m.start())
            || STAT_BEFORE.iter().any(|w| text[..m.start()].ends_with(w))
            || NOT_AFTER.iter().any(|w| text[m.end()..].starts_with(w))
            // 一体化工程, 亮化工程: 化 ends one word and 工程 is the next.
            || text[..m.end()].ends_with('工') && text[m.end()..].starts_with('程')
            // 生态环保: the protection of the environment, not its industry.
            || NOT_BEFORE
                .iter()
                .any(|(w, b)| &text[m.start()..m.end()] == *w && text[..m.start()].ends_with(b))
        {
            continue;
        }
        out.push(IndustryHit {
            name: ind.name.clone(),
            start: m.start(),
            end: m.end(),
        });
    }
    out.retain(|h| !among_companies(text, h.start, h.end));
    out.sort_by(|a, b| (a.start, &a.name).cmp(&(b.start, &b.name)));
    // One sector found twice over the same words (by the patterns and by the taxonomy: 全国肉牛产业): once.
    let mut kept: Vec<IndustryHit> = Vec::with_capacity(out.len());
    for h in out {
        if !kept
            .iter()
            .any(|k| k.name == h.name && k.start < h.end && h.start < k.end)
        {
            kept.push(h);
        }
    }
    kept
}

#[cfg(test)]
#[path = "industries_tests.rs"]
mod tests;
