//! The fragments of a line of a spaced table: runs of text between runs of spaces, with the display columns
//! they stand at (a CJK character two columns wide).

use super::super::text::is_han;

/// A year after a space inside a fragment (… 2025年): a date cell of its own.
static YEAR_AFTER_SPACE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r" \d{4}年").unwrap_or_else(|_| unreachable!("static regex"))
});

/// A run of text within a line: byte range in the text and the display column it starts at.
#[derive(Debug, Clone, Copy)]
pub(super) struct Frag {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) col: usize,
    pub(super) width: usize,
}

fn width(c: char) -> usize {
    if is_han(c) || ('\u{3000}'..='\u{303F}').contains(&c) || ('\u{FF00}'..='\u{FFEF}').contains(&c)
    {
        2
    } else {
        1
    }
}

/// Splits the line `text[start..end]` (untrimmed, from its line break) at runs of two or more spaces, an
/// ideographic space or a tab.
pub(super) fn fragments(text: &str, start: usize, end: usize) -> Vec<Frag> {
    let mut out: Vec<Frag> = Vec::new();
    let mut col = 0;
    let mut cur: Option<Frag> = None;
    let mut spaces = 0;
    for (i, c) in text[start..end].char_indices() {
        let at = start + i;
        let w = width(c);
        if c == ' ' || c == '\u{3000}' || c == '\t' {
            spaces += if c == ' ' { 1 } else { 2 };
            if spaces >= 2
                && let Some(f) = cur.take()
            {
                out.push(f);
            }
        } else {
            spaces = 0;
            match &mut cur {
                Some(f) => {
                    f.end = at + c.len_utf8();
                    f.width = col + w - f.col;
                }
                None => {
                    cur = Some(Frag {
                        start: at,
                        end: at + c.len_utf8(),
                        col,
                        width: w,
                    });
                }
            }
        }
        col += w;
    }
    out.extend(cur);
    // A single space inside a fragment stays, except before a date (市交通运输局、 2025年12: two cells close
    // together); trailing spaces were never added.
    let mut split = Vec::with_capacity(out.len());
    for f in out {
        let t = &text[f.start..f.end];
        match YEAR_AFTER_SPACE.find(t) {
            Some(m) if m.start() > 0 => {
                let cut = f.start + m.start();
                let left_w: usize = text[f.start..cut].chars().map(width).sum();
                let right = f.start + m.start() + 1;
                split.push(Frag {
                    start: f.start,
                    end: cut,
                    col: f.col,
                    width: left_w,
                });
                split.push(Frag {
                    start: right,
                    end: f.end,
                    col: f.col + left_w + 1,
                    width: f.width.saturating_sub(left_w + 1),
                });
            }
            _ => split.push(f),
        }
    }
    split
}
