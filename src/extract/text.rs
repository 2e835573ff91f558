//! Text → paragraphs for matching. Lines cut by page wraps are rejoined, web boilerplate is dropped, and each
//! paragraph gets a normalised copy (full-width folded to half-width, Traditional to Simplified, stray spaces
//! between Chinese characters removed) with a map back to byte offsets of the original text.

use super::boilerplate::is_boilerplate_line;

mod breaks;
mod dates;
mod noise;
mod rows;
use breaks::{
    DATE_LINE, HEADING_LINE, INFO_LINE, NOTE_LINE, before_longer, ends_paragraph, headline,
    is_page_number, menu_lines, open_bracket,
};
pub use dates::arabic_dates;
use noise::noise_mask;
use rows::{pipe_cells, row_para, stacked_at, stacked_row};

/// A logical paragraph: normalised text plus the way back to the original.
#[derive(Debug, Clone)]
pub struct Para {
    /// Normalised text used for matching.
    pub text: String,
    norm_off: Vec<u32>,
    orig_off: Vec<u32>,
    orig_len: Vec<u8>,
}

impl Para {
    /// Maps a normalised byte range to the original byte range.
    pub fn orig_span(&self, start: usize, end: usize) -> (usize, usize) {
        if self.norm_off.is_empty() {
            return (0, 0);
        }
        let i = self.char_at(start);
        let j = self.char_at(end.saturating_sub(1).max(start));
        let s = self.orig_off[i] as usize;
        let e = self.orig_off[j] as usize + self.orig_len[j] as usize;
        (s, e.max(s))
    }

    /// The original text behind a normalised range, character by character: what lies between the
    /// characters in the original (line breaks, spaces, other cells of a table laid out in columns) is left out.
    pub fn orig_text(&self, raw: &str, start: usize, end: usize) -> String {
        if self.norm_off.is_empty() || end <= start {
            return String::new();
        }
        let (i, j) = (self.char_at(start), self.char_at(end - 1));
        let mut out = String::with_capacity(end - start);
        for k in i..=j {
            let o = self.orig_off[k] as usize;
            out.push_str(raw.get(o..o + self.orig_len[k] as usize).unwrap_or(""));
        }
        out
    }

    /// The part of the paragraph in the normalised byte range `start..end` (on character boundaries), with
    /// its characters' places in the original kept.
    pub fn slice(&self, start: usize, end: usize) -> Para {
        let (mut norm_off, mut orig_off, mut orig_len) = (Vec::new(), Vec::new(), Vec::new());
        for (k, &n) in self.norm_off.iter().enumerate() {
            let n = n as usize;
            if n >= start && n < end {
                norm_off.push((n - start) as u32);
                orig_off.push(self.orig_off[k]);
                orig_len.push(self.orig_len[k]);
            }
        }
        Para {
            text: self.text.get(start..end).unwrap_or("").to_string(),
            norm_off,
            orig_off,
            orig_len,
        }
    }

    /// Original byte range of the whole paragraph.
    pub fn orig_range(&self) -> (usize, usize) {
        self.orig_span(0, self.text.len())
    }

    fn char_at(&self, byte: usize) -> usize {
        match self.norm_off.binary_search(&(byte as u32)) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        }
        .min(self.norm_off.len() - 1)
    }
}

/// A line folded ([`fold_char`]) without its scraping noise ([`noise_mask`]).
fn fold_line(s: &str) -> String {
    match noise_mask(s) {
        None => s.chars().map(fold_char).collect(),
        Some(m) => s
            .chars()
            .zip(m)
            .filter(|(_, drop)| !drop)
            .map(|(c, _)| fold_char(c))
            .collect(),
    }
}

/// Folds one character: full-width ASCII to half-width, ideographic space to space.
pub fn fold_char(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' | '\u{00A0}' => ' ',
        '\u{3010}' => '[',
        '\u{3011}' => ']',
        '\u{2014}' | '\u{2015}' => '—',
        '\u{2013}' => '-',
        // 陜 (a variant of 陝, left as it is by the Traditional-to-Simplified table): 陕, as in 陜西 / 陜北.
        '\u{965C}' => '陕',
        _ => c,
    }
}

/// The normalised form of a short string (for lexicon keys and comparisons).
pub fn normalize(s: &str) -> String {
    let mut p = Builder::default();
    for (i, c) in s.char_indices() {
        p.push(c, i, c.len_utf8());
    }
    let simp = hanconv::t2s(&p.text);
    if simp.chars().count() == p.text.chars().count() {
        simp
    } else {
        p.text
    }
}

#[derive(Default)]
struct Builder {
    text: String,
    norm_off: Vec<u32>,
    orig_off: Vec<u32>,
    orig_len: Vec<u8>,
    pending_space: Option<(usize, usize)>,
    /// A table row: tabs stay as cell separators.
    keep_tabs: bool,
}

impl Builder {
    fn push(&mut self, raw: char, orig: usize, len: usize) {
        self.push_folded(fold_char(raw), orig, len);
    }

    /// Room for a line of `bytes` bytes (Chinese text: about a third as many characters).
    fn reserve(&mut self, bytes: usize) {
        let chars = bytes / 3 + 8;
        self.text.reserve(bytes);
        self.norm_off.reserve(chars);
        self.orig_off.reserve(chars);
        self.orig_len.reserve(chars);
    }

    /// Pushes a character already folded by [`fold_char`].
    fn push_folded(&mut self, c: char, orig: usize, len: usize) {
        if c == '\t' && self.keep_tabs {
            self.pending_space = None;
            self.emit('\t', orig, len);
            return;
        }
        if c.is_whitespace() {
            if self.pending_space.is_none() {
                self.pending_space = Some((orig, len));
            }
            return;
        }
        if let Some((o, l)) = self.pending_space.take() {
            let prev_alnum = self
                .text
                .chars()
                .next_back()
                .is_some_and(|p| p.is_ascii_alphanumeric());
            if prev_alnum && c.is_ascii_alphanumeric() {
                self.emit(' ', o, l);
            }
        }
        self.emit(c, orig, len);
    }

    /// Pushes a line of the original (`s`, starting at byte `start`) with its folded copy ([`fold_line`]: the
    /// characters of scraping noise left out).
    fn push_line(&mut self, s: &str, folded: &str, start: usize) {
        self.reserve(s.len());
        // fold_line keeps one character per character unless it left noise out: only then find which.
        let mask = (folded.chars().count() != s.chars().count())
            .then(|| noise_mask(s))
            .flatten();
        let mut f = folded.chars();
        for (k, (i, c)) in s.char_indices().enumerate() {
            if mask.as_ref().is_some_and(|m| m[k]) {
                continue;
            }
            if let Some(fc) = f.next() {
                self.push_folded(fc, start + i, c.len_utf8());
            }
        }
    }

    fn emit(&mut self, c: char, orig: usize, len: usize) {
        self.norm_off.push(self.text.len() as u32);
        self.orig_off.push(orig as u32);
        self.orig_len.push(len.min(255) as u8);
        self.text.push(c);
    }

    fn finish(mut self, traditional: bool) -> Para {
        if traditional {
            let simp = hanconv::t2s(&self.text);
            if simp.chars().count() == self.norm_off.len() {
                self.text = simp;
            } else {
                // Phrase conversions changed the length: convert character by character.
                self.text = self.text.chars().map(t2s_char).collect();
            }
            let mut off = 0u32;
            for (i, c) in self.text.chars().enumerate() {
                self.norm_off[i] = off;
                off += c.len_utf8() as u32;
            }
        }
        Para {
            text: self.text,
            norm_off: self.norm_off,
            orig_off: self.orig_off,
            orig_len: self.orig_len,
        }
    }
}

fn t2s_char(c: char) -> char {
    let s = hanconv::t2s(c.encode_utf8(&mut [0u8; 4]));
    let mut it = s.chars();
    match (it.next(), it.next()) {
        (Some(x), None) => x,
        _ => c,
    }
}

/// Whether a text is mostly Traditional Chinese (more than 2% of its Han characters change in t2s).
pub fn is_traditional(text: &str) -> bool {
    let sample: String = text.chars().filter(|c| is_han(*c)).take(4000).collect();
    if sample.is_empty() {
        return false;
    }
    let simp = hanconv::t2s(&sample);
    let changed = sample
        .chars()
        .zip(simp.chars())
        .filter(|(a, b)| a != b)
        .count();
    changed * 50 > sample.chars().count()
}

/// The longest prefix of `s` of at most `max` bytes that ends on a character boundary.
pub fn prefix(s: &str, max: usize) -> &str {
    let mut end = max.min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// Whether any of `words` occurs in `text` (a quick test before a costlier search).
pub fn contains_any(text: &str, words: &[&str]) -> bool {
    words
        .iter()
        .any(|w| memchr::memmem::find(text.as_bytes(), w.as_bytes()).is_some())
}

/// The longest suffix of `s` of at most `max` bytes that starts on a character boundary.
pub fn suffix(s: &str, max: usize) -> &str {
    let mut start = s.len().saturating_sub(max);
    while !s.is_char_boundary(start) {
        start += 1;
    }
    &s[start..]
}

/// The longest prefix of `s` with at most `max` characters.
pub fn prefix_chars(s: &str, max: usize) -> &str {
    match s.char_indices().nth(max) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

/// A CJK ideograph.
pub fn is_han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{2FFFF}')
}

/// A line of the original text: byte range after trimming, and the untrimmed range (for column positions).
#[derive(Debug, Clone, Copy)]
struct Line {
    start: usize,
    end: usize,
    raw: (usize, usize),
}

fn lines(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    for (i, b) in bytes.iter().enumerate() {
        if *b == b'\n' || *b == b'\r' {
            out.push(trim(text, start, i));
            start = i + 1;
        }
    }
    out.push(trim(text, start, text.len()));
    out
}

/// Whether a line starts with an indent: two spaces or more, a full-width space or a tab.
fn indented(text: &str, line: Line) -> bool {
    let lead = &text[line.raw.0..line.start];
    lead.contains(['\u{3000}', '\t']) || lead.chars().filter(|c| *c == ' ').count() >= 2
}

fn trim(text: &str, start: usize, end: usize) -> Line {
    let s = &text[start..end];
    let blank = |c: char| c.is_whitespace() || c == '\u{FEFF}';
    // A table row keeps the tabs of its empty first and last cells (\t推进…\t市发改委, 3\t优化…\t\t).
    let row = s.trim_matches(blank).contains('\t');
    let strip = |c: char| blank(c) && !(row && c == '\t');
    let body = s.trim_start_matches(strip);
    let lead = s.len() - body.len();
    let tail = body.len() - body.trim_end_matches(strip).len();
    Line {
        start: start + lead,
        end: end - tail,
        raw: (start, end),
    }
}

/// Whether a line is a row of a tab-separated table: three or more cells (empty cells at its end count: 3\t优化…
/// \t\t\t).
pub fn is_table_row(line: &str) -> bool {
    line.matches('\t').count() >= 2 && line.trim().contains('\t')
}

/// Splits a document into logical paragraphs, rejoining lines cut by page wraps and dropping boilerplate.
pub fn paragraphs(text: &str) -> Vec<Para> {
    paragraphs_in(text, is_traditional(text))
}

/// [`paragraphs`] of a text already known to be Traditional Chinese or not.
pub fn paragraphs_in(text: &str, traditional: bool) -> Vec<Para> {
    let all = lines(text);
    let raw: Vec<(usize, usize)> = all.iter().map(|l| l.raw).collect();
    // Each kept line with its index among all lines.
    let (lines, raw_index): (Vec<Line>, Vec<usize>) = all
        .into_iter()
        .enumerate()
        .filter(|(_, l)| l.end > l.start)
        .map(|(k, l)| (l, k))
        .unzip();
    // Lines are recognised (boilerplate, menus, table headers) in Simplified, as paragraphs are matched.
    let folded: Vec<String> = lines
        .iter()
        .map(|l| {
            let f = fold_line(&text[l.start..l.end]);
            if !traditional {
                return f;
            }
            let simp = hanconv::t2s(&f);
            if simp.chars().count() == f.chars().count() {
                simp
            } else {
                f
            }
        })
        .collect();
    let nav = menu_lines(&folded);
    let mut out = Vec::new();
    let mut cur: Option<Builder> = None;
    let mut in_notice = false;
    // A PDF's text (pdftotext's or ours): its lines are the page's.
    let paged = text.contains('\u{c}');
    // Whether the line before left a bracket open, with the next line right under it.
    let mut bracket_open = false;
    let mut i = 0;
    while i < lines.len() {
        let (line, folded_line) = (lines[i], folded[i].as_str());
        let s = &text[line.start..line.end];
        i += 1;
        // 温馨提示 blocks run on over the numbered lines that follow them.
        if folded_line.contains("温馨提示") {
            in_notice = true;
        } else if in_notice
            && !(folded_line.chars().count() < 40
                || folded_line.starts_with(|c: char| c.is_ascii_digit()))
        {
            in_notice = false;
        }
        // A page's number (— 3 —, 第3页 共12页) between the lines of a paragraph that runs on to the next page.
        if is_page_number(folded_line) {
            continue;
        }
        if in_notice || nav[i - 1] || is_boilerplate_line(folded_line) {
            if let Some(b) = cur.take() {
                out.push(b.finish(traditional));
            }
            continue;
        }
        // A task table laid out with spaces (a PDF converted with its layout): rows become tab-separated.
        if super::spaced::may_be_header(folded_line)
            && let Some(t) =
                super::spaced::read(text, &raw, raw_index[i - 1], |l| HEADING_LINE.is_match(l))
        {
            if let Some(b) = cur.take() {
                out.push(b.finish(traditional));
            }
            for row in &t.rows {
                out.push(row_para(text, row).finish(traditional));
            }
            while i < lines.len() && raw_index[i] < t.end {
                i += 1;
            }
            continue;
        }
        // A task table written one cell per line: its rows become tab-separated paragraphs.
        if folded_line.len() <= 12
            && let Some(t) = stacked_at(&folded, i - 1)
        {
            if let Some(b) = cur.take() {
                out.push(b.finish(traditional));
            }
            for part in &t.parts {
                out.push(row_para(text, &stacked_row(&lines, part)).finish(traditional));
            }
            i = t.end;
            continue;
        }
        // A row of a table drawn with pipes (| 1 | 推进… | 市发改委 |, as converters write Markdown): its cells
        // become a tab-separated paragraph; the rule under the header (| --- |) is left out.
        if let Some(cells) = pipe_cells(s, line.start) {
            if let Some(b) = cur.take() {
                out.push(b.finish(traditional));
            }
            if !cells.is_empty() {
                out.push(row_para(text, &cells).finish(traditional));
            }
            continue;
        }
        // A row of a tab-separated task table (序号 重点任务 牵头单位 配合单位 完成时限) is a paragraph of its own.
        let row = is_table_row(s);
        if row && let Some(b) = cur.take() {
            out.push(b.finish(traditional));
        }
        if row {
            let mut b = Builder {
                keep_tabs: true,
                ..Builder::default()
            };
            b.push_line(s, folded_line, line.start);
            out.push(b.finish(traditional));
            continue;
        }
        // A line of a web page's information table (成文日期 2022-12-30 公文时效 有效) stands alone.
        let info = INFO_LINE.is_match(folded_line);
        let starts_new = info
            || HEADING_LINE.is_match(folded_line)
            || DATE_LINE.is_match(folded_line)
            // A note's label right under the bracket opening it (…集散中心。(|牵头部门:…) goes on with it.
            || NOTE_LINE.is_match(folded_line) && !bracket_open
            // A line indented after a blank line opens a paragraph (a title with no known last word over the
            // preamble: …新能源产业发展重点工作任务 / (blank) / 　　为贯彻落实…), and so does any line after a first
            // one and a blank (a headline); not on a PDF's pages, whose lines keep their margins.
            || !paged && i >= 2 && raw_index[i - 1] > raw_index[i - 2] + 1 && (i == 2 && headline(&folded[0]) || indented(text, line));
        if starts_new && let Some(b) = cur.take() {
            out.push(b.finish(traditional));
        }
        let b = cur.get_or_insert_with(Builder::default);
        b.push_line(s, folded_line, line.start);
        bracket_open =
            open_bracket(folded_line) && raw_index.get(i) == Some(&(raw_index[i - 1] + 1));
        if (info
            || ends_paragraph(folded_line.trim_end(), paged) && !bracket_open
            || before_longer(folded_line, folded.get(i)))
            && let Some(b) = cur.take()
        {
            out.push(b.finish(traditional));
        }
    }
    if let Some(b) = cur.take() {
        out.push(b.finish(traditional));
    }
    out.retain(|p| !p.text.is_empty());
    out
}

#[cfg(test)]
#[path = "text_tests.rs"]
mod tests;
