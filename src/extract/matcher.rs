//! Dictionary matching over Chinese text: a character-wise double-array Aho-Corasick automaton (daachorse),
//! leftmost-longest. It steps once per character rather than once per byte, several times faster than a
//! byte automaton on CJK text and small enough to build at start-up.

use daachorse::{CharwiseDoubleArrayAhoCorasick, CharwiseDoubleArrayAhoCorasickBuilder, MatchKind};

/// A set of patterns; each match reports the index of its pattern in the order given.
pub struct Dict {
    ac: Option<CharwiseDoubleArrayAhoCorasick<u32>>,
}

/// One match: byte span and pattern index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    start: usize,
    end: usize,
    pattern: usize,
}

impl Hit {
    /// Byte offset of the first byte.
    pub fn start(&self) -> usize {
        self.start
    }
    /// Byte offset one past the last byte.
    pub fn end(&self) -> usize {
        self.end
    }
    /// Index of the pattern.
    pub fn pattern(&self) -> usize {
        self.pattern
    }
}

fn build<'a>(
    patterns: impl IntoIterator<Item = &'a str>,
    kind: MatchKind,
) -> Option<CharwiseDoubleArrayAhoCorasick<u32>> {
    // A repeated pattern keeps its first index (daachorse refuses duplicates).
    let mut seen = std::collections::HashSet::new();
    let patvals: Vec<(&str, u32)> = patterns
        .into_iter()
        .enumerate()
        .filter(|(_, p)| !p.is_empty() && seen.insert(*p))
        .map(|(i, p)| (p, i as u32))
        .collect();
    CharwiseDoubleArrayAhoCorasickBuilder::new()
        .match_kind(kind)
        .build_with_values(patvals)
        .ok()
}

/// A set of patterns reported with every occurrence, overlapping ones included.
pub struct AllDict {
    ac: Option<CharwiseDoubleArrayAhoCorasick<u32>>,
}

impl AllDict {
    /// Builds the automaton; empty patterns are skipped, a repeated one keeps its first index.
    pub fn new<'a>(patterns: impl IntoIterator<Item = &'a str>) -> AllDict {
        AllDict {
            ac: build(patterns, MatchKind::Standard),
        }
    }

    /// Every occurrence of every pattern, by end position.
    pub fn find_overlapping_iter<'a>(&'a self, text: &'a str) -> impl Iterator<Item = Hit> + 'a {
        self.ac
            .iter()
            .flat_map(move |ac| ac.find_overlapping_iter(text))
            .map(|m| Hit {
                start: m.start(),
                end: m.end(),
                pattern: m.value() as usize,
            })
    }
}

impl Dict {
    /// Builds the automaton; empty patterns are skipped, a repeated one keeps its first index.
    pub fn new<'a>(patterns: impl IntoIterator<Item = &'a str>) -> Dict {
        Dict {
            ac: build(patterns, MatchKind::LeftmostLongest),
        }
    }

    /// Non-overlapping leftmost-longest matches.
    pub fn find_iter<'a>(&'a self, text: &'a str) -> impl Iterator<Item = Hit> + 'a {
        self.ac
            .iter()
            .flat_map(move |ac| ac.leftmost_find_iter(text))
            .map(|m| Hit {
                start: m.start(),
                end: m.end(),
                pattern: m.value() as usize,
            })
    }

    /// The first (leftmost-longest) match.
    pub fn find(&self, text: &str) -> Option<Hit> {
        self.find_iter(text).next()
    }

    /// Whether any pattern occurs.
    pub fn is_match(&self, text: &str) -> bool {
        self.find(text).is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leftmost_longest_with_byte_offsets() {
        let d = Dict::new(["包头", "包头市", "东河区", "东河"]);
        let hits: Vec<(usize, usize, usize)> = d
            .find_iter("在包头市东河区建设")
            .map(|h| (h.start(), h.end(), h.pattern()))
            .collect();
        assert_eq!(hits, [(3, 12, 1), (12, 21, 2)]);
        assert!(d.find("无关文字").is_none());
        let all = AllDict::new(["建设", "设"]);
        assert_eq!(all.find_overlapping_iter("建设").count(), 2);
    }
}
