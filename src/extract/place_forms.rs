//! Places written in other forms than the gazetteer's: towns written as the other kind of town (巴彦花苏木 for
//! 巴彦花镇), abbreviations completed in brackets (准(格尔)托(克托)清(水河)).

use super::lexicon::{Key, LEXICON, Rank};
use super::places::PlaceHit;
use super::text::is_han;

/// The kinds of town, found in one pass.
static TOWN_KINDS: std::sync::LazyLock<aho_corasick::AhoCorasick> =
    std::sync::LazyLock::new(|| {
        aho_corasick::AhoCorasick::new(["苏木", "镇", "乡"])
            .unwrap_or_else(|_| unreachable!("static patterns"))
    });

/// The region's towns by their stem without 苏木 / 镇 / 乡.
static TOWNS_BY_STEM: std::sync::LazyLock<rustc_hash::FxHashMap<&'static str, Vec<usize>>> =
    std::sync::LazyLock::new(|| {
        let mut m: rustc_hash::FxHashMap<&'static str, Vec<usize>> = Default::default();
        for (i, p) in LEXICON.places.iter().enumerate() {
            if p.rank != Rank::Town {
                continue;
            }
            if let Some(stem) = ["苏木", "镇", "乡"]
                .iter()
                .find_map(|k| p.name.strip_suffix(k))
                .filter(|s| s.chars().count() >= 2)
            {
                m.entry(stem).or_default().push(i);
            }
        }
        m
    });

/// Towns of the document's own county written as the other kind of town (巴彦花苏木 for 巴彦花镇, as before a
/// sumu became a town): the stem before 苏木/镇/乡 with another of them is a town under the home government.
pub(super) fn retyped_towns(text: &str, home: Option<&str>, found: &[PlaceHit]) -> Vec<PlaceHit> {
    let lex = &*LEXICON;
    let Some(home) = home else {
        return Vec::new();
    };
    let mut out: Vec<PlaceHit> = Vec::new();
    for m in TOWN_KINDS.find_iter(text) {
        {
            let (at, end) = (m.start(), m.end());
            let kind = &text[at..end];
            // The stems of two to four characters before the kind, longest first.
            let mut starts = [0usize; 4];
            let mut n = 0;
            for (i, c) in text[..at].char_indices().rev().take(4) {
                if !is_han(c) {
                    break;
                }
                starts[n] = i;
                n += 1;
            }
            let hit = (2..=n).rev().find_map(|k| {
                let start = starts[k - 1];
                TOWNS_BY_STEM
                    .get(&text[start..at])?
                    .iter()
                    .map(|&i| &lex.places[i])
                    .find(|p| {
                        !p.name.ends_with(kind)
                            && p.parent
                                .as_deref()
                                .is_some_and(|parent| lex.within(parent, home))
                    })
                    .map(|p| PlaceHit {
                        name: p.name.clone(),
                        start,
                        end,
                        parent: None,
                    })
            });
            if let Some(h) = hit
                && !found
                    .iter()
                    .chain(&out)
                    .any(|f| f.start < h.end && h.start < f.end)
            {
                out.push(h);
            }
        }
    }
    out
}

/// Abbreviations of places completed in brackets, two or more in a row (准(格尔)托(克托)清(水河)工业园区):
/// each names its place.
static COMPLETED: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"(?:\p{Han}\(\p{Han}{1,4}\)){2,}")
        .unwrap_or_else(|_| unreachable!("static regex"))
});

/// Places written as abbreviations completed in brackets ([`COMPLETED`]); none unless every piece is a place.
pub(super) fn completed_abbreviations(text: &str) -> Vec<PlaceHit> {
    // Two in a row: a bracket closing right before a character and a bracket (准(格尔)托(…).
    let chained = text.match_indices(')').any(|(i, _)| {
        let mut next = text[i + 1..].chars();
        next.next().is_some_and(is_han) && next.next() == Some('(')
    });
    if !chained {
        return Vec::new();
    }
    let lex = &*LEXICON;
    let mut out = Vec::new();
    for m in COMPLETED.find_iter(text) {
        let mut hits = Vec::new();
        let mut start = m.start();
        for piece in m.as_str().split_inclusive(')') {
            let name: String = piece.chars().filter(|c| !matches!(c, '(' | ')')).collect();
            let place = lex
                .gaz
                .find(&name)
                .and_then(|h| match lex.gaz_keys[h.pattern()] {
                    Key::Place { idx, .. } if h.start() == 0 && h.end() == name.len() => {
                        Some(lex.places[idx].name.clone())
                    }
                    _ => None,
                });
            match place {
                Some(name) => hits.push(PlaceHit {
                    name,
                    start,
                    end: start + piece.len(),
                    parent: None,
                }),
                None => {
                    hits.clear();
                    break;
                }
            }
            start += piece.len();
        }
        out.extend(hits);
    }
    out
}

/// The cities of the city cluster named together by their one-character names (呼包鄂乌一体化, 呼包鄂榆城市群,
/// 呼包同城化): each city at its character. Three or more distinct ones in a row, or two before a word of the
/// two cities together; the provinces' characters (蒙, 陕) are not the cluster's cities.
pub(super) fn cluster_runs(text: &str) -> Vec<PlaceHit> {
    const PAIR_NEXT: [&str; 7] = ["同城", "一体", "两市", "二市", "协同", "双城", "合作"];
    let lex = &*LEXICON;
    let mut out = Vec::new();
    let mut run: Vec<(usize, char, &str)> = Vec::new();
    let mut flush = |run: &mut Vec<(usize, char, &str)>, next: &str| {
        let distinct = run
            .iter()
            .enumerate()
            .all(|(i, (_, c, _))| run[..i].iter().all(|(_, d, _)| d != c));
        if distinct
            && (run.len() >= 3 || run.len() == 2 && PAIR_NEXT.iter().any(|w| next.starts_with(w)))
        {
            out.extend(run.iter().map(|(at, c, name)| PlaceHit {
                name: name.to_string(),
                start: *at,
                end: at + c.len_utf8(),
                parent: None,
            }));
        }
        run.clear();
    };
    for (i, c) in text.char_indices() {
        match lex.cluster_city(c) {
            Some(name) => run.push((i, c, name)),
            None if !run.is_empty() => flush(&mut run, &text[i..]),
            None => {}
        }
    }
    flush(&mut run, "");
    out
}

/// A village written right after its town (图克镇梅林庙嘎查, 王爱召镇巴音嘎查) that the gazetteer does not hold:
/// two to five characters of a name and 村 / 嘎查, lying in that town; and a community (社区) after its
/// subdistrict or town, or after its district (交通街道林荫路社区, 玉泉区小召前街社区). Kinds of villages and
/// communities (中心村, 美丽乡村, 各嘎查村, 完整社区, 智慧社区) are none.
pub(super) fn villages_after_towns(text: &str, found: &[PlaceHit]) -> Vec<PlaceHit> {
    static VILLAGE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"^(\p{Han}{2,5}?)(嘎查村|嘎查|村|社区)")
            .unwrap_or_else(|_| unreachable!("static regex"))
    });
    /// Characters no village name holds (words of the sentence around it).
    const NOT_IN_NAME: &str = "的和及与等在对各个所全每该本其或并以为将把从向到至、";
    /// Words that make a village a kind of village, or 村 part of another word.
    const KINDS: [&str; 22] = [
        "中心", "乡", "农", "行政", "自然", "示范", "试点", "重点", "贫困", "移民", "特色", "美丽",
        "嘎查", "苏木", "城中", "空心", "易地", "搬迁", "脱贫", "民族", "传统", "文明",
    ];
    let lex = &*LEXICON;
    let mut out = Vec::new();
    /// Kinds and qualities of community.
    const COMMUNITY_KINDS: [&str; 14] = [
        "完整", "智慧", "和谐", "绿色", "幸福", "平安", "数字", "宜居", "城乡", "城市", "老旧",
        "无疫", "安全", "友好",
    ];
    for t in found {
        let Some(rank) = lex.place(&t.name).map(|p| p.rank) else {
            continue;
        };
        let Some(c) = VILLAGE.captures(&text[t.end..]) else {
            continue;
        };
        let (stem, whole) = (&c[1], &c[0]);
        let community = &c[2] == "社区";
        // (青山区开展社区服务: a verb before 社区 is the sentence's.)
        if !(rank == Rank::Town || community && rank == Rank::County)
            || community
                && (COMMUNITY_KINDS.iter().any(|k| stem.contains(k))
                    || super::phrase::BOUNDARY
                        .find_overlapping_iter(stem)
                        .next()
                        .is_some())
        {
            continue;
        }
        let end = t.end + whole.len();
        if stem.chars().any(|ch| NOT_IN_NAME.contains(ch))
            || KINDS.iter().any(|k| stem.ends_with(k) || stem.starts_with(k))
            // 村级, 村集体, 村民: 村 begins a word; a known place or another hit there is the gazetteer's.
            || text[end..].starts_with(['级', '集', '民', '委', '庄'])
            || found.iter().any(|f| f.start < end && t.end < f.end)
        {
            continue;
        }
        out.push(PlaceHit {
            name: whole.to_string(),
            start: t.end,
            end,
            parent: Some(t.name.clone()),
        });
    }
    out
}
