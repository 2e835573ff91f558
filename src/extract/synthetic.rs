//! Large test corpora for benchmarks and harnesses: the embedded seeds repeated with their place names
//! swapped for other Inner Mongolia cities, so the copies differ and make new entities.

use super::{SEEDS, Source};

const SWAPS: [[&str; 2]; 6] = [
    ["包头", "赤峰"],
    ["呼和浩特", "通辽"],
    ["鄂尔多斯", "巴彦淖尔"],
    ["东胜区", "松山区"],
    ["新城区", "集宁区"],
    ["榆林", "乌海"],
];

/// Seeds repeated (with rotating place swaps) until they hold at least `min_bytes`; each copy is named
/// `gen/RRRR_NAME`.
pub fn swapped_seeds(min_bytes: usize) -> Vec<Source> {
    let mut out = Vec::new();
    let mut total = 0;
    let mut round = 0;
    while total < min_bytes {
        for (name, text) in SEEDS {
            let mut t = text.to_string();
            for (i, [a, b]) in SWAPS.iter().enumerate() {
                if (round + i) % 2 == 0 {
                    t = t.replace(a, b);
                }
            }
            total += t.len();
            out.push(Source {
                name: format!("gen/{round:04}_{name}"),
                bytes: Ok(t.into_bytes()),
            });
        }
        round += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn copies_differ_and_reach_the_size() {
        let s = super::swapped_seeds(600_000);
        let total: usize = s.iter().map(|s| s.bytes.as_ref().map_or(0, Vec::len)).sum();
        assert!(total >= 600_000);
        assert_ne!(s[0].bytes.as_ref().ok(), s[5].bytes.as_ref().ok());
    }
}
