//! Scraping noise in a line: pinyin after a character (自治區(qū)), runs of @, Markdown's marks.

use super::is_han;

/// Characters a scraping site or a converter put into the text (自治區(qū)發(fā)展: pinyin after a character; 推进@@建设:
/// runs of @; Markdown's ## and **), by position in `s`; `None` when there are none.
pub(super) fn noise_mask(s: &str) -> Option<Vec<bool>> {
    // Most lines have neither: look for @@ or a bracket opening on a small letter before anything else.
    let opens_on_letter = |open: &str| {
        s.match_indices(open).any(|(i, o)| {
            s[i + o.len()..]
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_lowercase() || "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ".contains(c))
        })
    };
    // Markdown's marks (## 一、总体要求, **（一）…**), as converters write them.
    let heading = s.trim_start().starts_with('#');
    if !s.contains("@@")
        && !opens_on_letter("(")
        && !opens_on_letter("（")
        && !heading
        && !s.contains("**")
    {
        return None;
    }
    let cs: Vec<char> = s.chars().collect();
    let mut mask = vec![false; cs.len()];
    let mut any = false;
    if heading {
        for (k, c) in cs.iter().enumerate() {
            match c {
                '#' => mask[k] = true,
                c if c.is_whitespace() => {}
                _ => break,
            }
        }
        any = true;
    }
    for k in 0..cs.len() {
        if cs[k] == '*' && (cs.get(k + 1) == Some(&'*') || k > 0 && cs[k - 1] == '*') {
            mask[k] = true;
            any = true;
        }
    }
    let toned = |c: char| "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ".contains(c);
    let mut k = 0;
    while k < cs.len() {
        if cs[k] == '@' && (cs.get(k + 1) == Some(&'@') || k > 0 && cs[k - 1] == '@') {
            mask[k] = true;
            any = true;
        } else if matches!(cs[k], '(' | '（') && k > 0 && is_han(cs[k - 1]) {
            let inner: Vec<char> = cs[k + 1..]
                .iter()
                .copied()
                .take_while(|c| c.is_ascii_lowercase() || toned(*c) || *c == 'ü')
                .collect();
            let close = k + 1 + inner.len();
            if (1..=6).contains(&inner.len())
                && inner.iter().any(|c| toned(*c))
                && matches!(cs.get(close), Some(')' | '）'))
            {
                for m in mask.iter_mut().take(close + 1).skip(k) {
                    *m = true;
                }
                any = true;
                k = close + 1;
                continue;
            }
        }
        k += 1;
    }
    any.then_some(mask)
}
