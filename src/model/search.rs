//! Search over labels and aliases: Chinese substring, full pinyin (`baotou`) and initials (`bt`, `hhht`,
//! `fgw`), every reading of a heteronym indexed. Free of egui; the app and the CLI's `--focus` share it.

use super::graph::KnowledgeGraph;
use super::types::NodeKind;
use pinyin::ToPinyinMulti;

/// Most spellings kept per name (heteronyms multiply).
const MAX_SPELLINGS: usize = 16;

struct Entry {
    id: String,
    kind: NodeKind,
    names: Vec<String>,
    /// Full pinyin spellings without tones or spaces (baotoushi).
    full: Vec<String>,
    /// Initials (bts).
    initials: Vec<String>,
}

/// A prebuilt index of every node's names and their pinyin.
pub struct SearchIndex {
    entries: Vec<Entry>,
}

/// All (full, initials) spellings of a name, at most [`MAX_SPELLINGS`].
fn spellings(name: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = vec![(String::new(), String::new())];
    for (c, multi) in name.chars().zip(name.to_pinyin_multi()) {
        let readings: Vec<&str> = match multi {
            Some(m) => m.into_iter().map(|p| p.plain()).collect(),
            None if c.is_ascii_alphanumeric() => {
                out.iter_mut().for_each(|(f, i)| {
                    f.push(c.to_ascii_lowercase());
                    i.push(c.to_ascii_lowercase());
                });
                continue;
            }
            None => continue,
        };
        let mut next = Vec::new();
        for (f, i) in &out {
            for r in &readings {
                if next.len() >= MAX_SPELLINGS {
                    break;
                }
                let mut f2 = f.clone();
                f2.push_str(r);
                let mut i2 = i.clone();
                i2.extend(r.chars().next());
                next.push((f2, i2));
            }
        }
        next.dedup();
        out = next;
    }
    out
}

impl SearchIndex {
    /// Indexes every node of the graph (tasks by label only, no pinyin: they are sentences).
    pub fn new(g: &KnowledgeGraph) -> SearchIndex {
        let entries = g
            .nodes_sorted()
            .into_iter()
            .map(|n| {
                let names: Vec<String> = std::iter::once(n.label.clone())
                    .chain(n.aliases.iter().cloned())
                    .collect();
                let (mut full, mut initials) = (Vec::new(), Vec::new());
                if n.kind != NodeKind::Task {
                    for name in &names {
                        for (f, i) in spellings(name) {
                            full.push(f);
                            initials.push(i);
                        }
                    }
                    full.sort();
                    full.dedup();
                    initials.sort();
                    initials.dedup();
                }
                Entry {
                    id: n.id.clone(),
                    kind: n.kind,
                    names,
                    full,
                    initials,
                }
            })
            .collect();
        SearchIndex { entries }
    }

    /// Ids matching `query`, best first (exact name, name prefix, name substring, pinyin prefix, initials
    /// prefix, pinyin or initials substring), ties broken by `weight` (higher first) then id; at most `limit`.
    pub fn search(&self, query: &str, weight: impl Fn(&str) -> usize, limit: usize) -> Vec<String> {
        let q = crate::extract::text::normalize(query.trim());
        if q.is_empty() {
            return Vec::new();
        }
        let latin = q.chars().all(|c| c.is_ascii_alphanumeric());
        let ql = q.to_ascii_lowercase();
        let mut hits: Vec<(u8, std::cmp::Reverse<usize>, &str)> = Vec::new();
        for e in &self.entries {
            let by_name = e.names.iter().filter_map(|n| {
                if *n == q {
                    Some(0)
                } else if n.starts_with(&q) {
                    Some(1)
                } else if n.contains(&q) {
                    Some(2)
                } else {
                    None
                }
            });
            let mut rank = by_name.min();
            if rank.is_none() && latin && e.kind != NodeKind::Task {
                rank = if e.full.contains(&ql) || e.initials.contains(&ql) {
                    Some(3)
                } else if e.full.iter().any(|f| f.starts_with(&ql))
                    || e.initials.iter().any(|i| i.starts_with(&ql))
                {
                    Some(4)
                } else if ql.len() >= 2
                    && (e.full.iter().any(|f| f.contains(&ql))
                        || e.initials.iter().any(|i| i.contains(&ql)))
                {
                    Some(5)
                } else {
                    None
                };
            }
            if let Some(r) = rank {
                hits.push((r, std::cmp::Reverse(weight(&e.id)), &e.id));
            }
        }
        hits.sort();
        hits.into_iter()
            .take(limit)
            .map(|(_, _, id)| id.to_string())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn top(idx: &SearchIndex, q: &str) -> Vec<String> {
        idx.search(q, |_| 0, 5)
    }

    #[test]
    fn chinese_pinyin_and_initials() {
        let g = crate::extract::seed_graph();
        let idx = SearchIndex::new(&g);
        assert_eq!(
            top(&idx, "包头").first().map(String::as_str),
            Some("city:包头市")
        );
        assert!(top(&idx, "baotou").contains(&"city:包头市".to_string()));
        assert!(top(&idx, "bt").contains(&"city:包头市".to_string()));
        assert!(top(&idx, "hhht").contains(&"city:呼和浩特市".to_string()));
        assert!(
            idx.search("fgw", |_| 0, 50)
                .iter()
                .any(|id| id.contains("发展和改革委员会"))
        );
    }

    #[test]
    fn heteronyms_are_all_indexed() {
        // 乐 reads le and yue; 长 chang and zhang.
        let s = spellings("长乐");
        assert!(s.iter().any(|(f, _)| f == "changle"));
        assert!(s.iter().any(|(f, _)| f == "zhangyue"));
    }
}
