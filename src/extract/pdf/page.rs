//! One page of a PDF as lines and blocks: the characters in the order the page draws them, its rulings, and
//! where its paragraphs open.

use pdf_extract::{ColorSpace, MediaBox, OutputDev, OutputError, Path, PathOp, Transform};

/// The last character placed on a page, in the page's coordinates (y grows downwards).
#[derive(Debug, Clone, Copy)]
struct Placed {
    x: f64,
    y: f64,
    end: f64,
    size: f64,
}

/// A line of a page: the index of its first character, where it starts and ends, its baseline and size.
#[derive(Debug, Clone, Copy)]
struct PageLine {
    first: usize,
    start: f64,
    end: f64,
    y: f64,
    size: f64,
}

/// The characters (by index) that start a line wrapped from the line above, on a page that marks where its
/// paragraphs open — indented by about two characters, as Chinese documents set them, or set apart by more
/// space than a line's: a line at the left margin, at a line's distance under a line that reached the right
/// margin, goes on with it, even after 。. A line that opens with a number (2.推进…, (三), 一、) does not.
/// A page with neither mark gives none: its paragraphs cannot be told from its wraps.
fn wrapped_lines(chars: &[(Placed, String)]) -> Vec<usize> {
    let mut lines: Vec<PageLine> = Vec::new();
    for (k, (at, _)) in chars.iter().enumerate() {
        match lines.last_mut() {
            Some(l) if (at.y - l.y).abs() <= 0.5 * l.size && at.x >= l.start => {
                l.end = l.end.max(at.end);
            }
            _ => lines.push(PageLine {
                first: k,
                start: at.x,
                end: at.end,
                y: at.y,
                size: at.size,
            }),
        }
    }
    // The body's size: the most common one, to the tenth of a point.
    let sizes: Vec<i64> = lines
        .iter()
        .map(|l| (l.size * 10.0).round() as i64)
        .collect();
    let Some(body) = most_common(sizes).map(|s| s as f64 / 10.0) else {
        return Vec::new();
    };
    let is_body = |l: &PageLine| (l.size - body).abs() <= 0.1 * body;
    let body_lines = || lines.iter().filter(|l| is_body(l));
    let left = body_lines().map(|l| l.start).fold(f64::INFINITY, f64::min);
    // The right margin: where many lines end (a line's end may overshoot it where the font's widths of Latin
    // characters are not given, so not the rightmost end).
    let mut ends: Vec<f64> = body_lines().map(|l| l.end).collect();
    ends.sort_unstable_by(|a, b| b.total_cmp(a));
    let enough = (ends.len() * 15 / 100).max(2);
    let Some(right) = ends.iter().copied().find(|&e| {
        ends.iter()
            .filter(|&&x| x <= e && x >= e - 1.5 * body)
            .count()
            >= enough
    }) else {
        return Vec::new();
    };
    let indented = |l: &PageLine| l.start >= left + 1.5 * body && l.start <= left + 2.6 * body;
    // The distance from one line to the next inside a paragraph: the most common one, to half a point.
    let steps: Vec<f64> = lines
        .windows(2)
        .filter(|w| is_body(&w[0]) && is_body(&w[1]))
        .map(|w| w[1].y - w[0].y)
        .filter(|dy| *dy > 0.5 * body && *dy <= 3.0 * body)
        .collect();
    let halves: Vec<i64> = steps.iter().map(|dy| (dy * 2.0).round() as i64).collect();
    let Some(pitch) = most_common(halves).map(|h| h as f64 / 2.0) else {
        return Vec::new();
    };
    let spaced = |dy: f64| dy > pitch + 0.3 * body;
    if !body_lines().any(indented) && !steps.iter().any(|dy| spaced(*dy)) {
        return Vec::new();
    }
    let text_of = |l: &PageLine| -> String {
        chars[l.first..]
            .iter()
            .take(4)
            .map(|(_, t)| t.as_str())
            .collect()
    };
    lines
        .windows(2)
        .filter(|w| {
            let (a, b) = (&w[0], &w[1]);
            let dy = b.y - a.y;
            is_body(a)
                && is_body(b)
                && dy > 0.5 * body
                && !spaced(dy)
                && a.end >= right - 1.2 * body
                && b.start <= left + 0.5 * body
                && !opens_numbered(&text_of(b))
        })
        .map(|w| w[1].first)
        .collect()
}

/// The value that occurs most often (the largest of those that tie).
fn most_common(mut values: Vec<i64>) -> Option<i64> {
    values.sort_unstable();
    values
        .chunk_by(|a, b| a == b)
        .max_by_key(|c| c.len())
        .and_then(|c| c.first())
        .copied()
}

/// Whether a line opens with an item's number: 2. / 2、 / (三) / 三、 / 第三 / ——.
fn opens_numbered(head: &str) -> bool {
    let mut cs = head.chars();
    let (Some(a), b) = (cs.next(), cs.next()) else {
        return false;
    };
    a.is_ascii_digit()
        || matches!(a, '(' | '（' | '第' | '—' | '①'..='⑳')
        || "一二三四五六七八九十".contains(a) && b.is_some_and(|b| matches!(b, '、' | '是'))
}

/// A vertical ruling of the page (a table's cell border), in reading coordinates: x, and y from top to bottom.
#[derive(Debug, Clone, Copy)]
struct Rule {
    x: f64,
    top: f64,
    bottom: f64,
}

/// Builds the text page by page: the characters in the order the page draws them, and its rulings.
#[derive(Default)]
pub(super) struct Lines {
    pub(super) out: String,
    /// Height of the page, to turn PDF coordinates (y up) into reading ones (y down).
    height: f64,
    chars: Vec<(Placed, String)>,
    rules: Vec<Rule>,
    last: Option<Placed>,
    last_char: String,
    /// Whether the character being placed goes on the line before it (a paragraph's wrapped line).
    join: bool,
}

impl Lines {
    /// Whether a ruling stands between two characters of a line (`from` ends at x `a`, the next starts at `b`).
    fn ruled_between(&self, a: f64, b: f64, at: Placed) -> bool {
        let mid = at.y - 0.4 * at.size;
        self.rules
            .iter()
            .any(|r| r.x > a - 1.0 && r.x < b + 1.0 && r.top <= mid && r.bottom >= mid)
    }

    fn place(&mut self, at: Placed, text: &str) {
        if let Some(prev) = self.last {
            let size = prev.size.max(at.size).max(1.0);
            let dy = at.y - prev.y;
            let same_line = dy.abs() <= 0.5 * size;
            if same_line && text == self.last_char && (at.x - prev.x).abs() < 0.3 * size {
                // The same character drawn again a hair to the side: a bold face imitated by overprinting.
                return;
            }
            if same_line {
                if at.x > prev.end + 1.5 * size || self.ruled_between(prev.end, at.x, at) {
                    // A wide gap on the line, or a cell's border: the next cell of a table row.
                    self.out.push_str("\n\n");
                } else if at.x > prev.end + 0.25 * size {
                    self.out.push(' ');
                } else if at.x < prev.x - size {
                    // Back to the left on the same line: drawn out of order, a new block.
                    self.out.push_str("\n\n");
                }
            } else if dy < 0.0 || dy > 2.5 * size {
                // Up the page (the top of the next cell or column) or a gap of more than a line.
                self.out.push_str("\n\n");
            } else if !self.join {
                self.out.push('\n');
            }
        }
        self.out.push_str(text);
        self.last = Some(at);
        self.last_char.clear();
        self.last_char.push_str(text);
    }

    /// The vertical lines of a path drawn with the matrix `ctm`: the sides of its rectangles, its vertical
    /// segments, a filled rectangle thin enough to be a rule.
    fn add_rules(&mut self, ctm: &Transform, path: &Path, filled: bool) {
        let page = |x: f64, y: f64| {
            (
                x * ctm.m11 + y * ctm.m21 + ctm.m31,
                self.height - (x * ctm.m12 + y * ctm.m22 + ctm.m32),
            )
        };
        let mut rules = Vec::new();
        let mut vertical = |(x0, y0): (f64, f64), (x1, y1): (f64, f64)| {
            if (x0 - x1).abs() < 0.5 && (y0 - y1).abs() > 2.0 {
                rules.push(Rule {
                    x: (x0 + x1) / 2.0,
                    top: y0.min(y1),
                    bottom: y0.max(y1),
                });
            }
        };
        let mut at = (0.0, 0.0);
        for op in &path.ops {
            match *op {
                PathOp::MoveTo(x, y) => at = page(x, y),
                PathOp::LineTo(x, y) => {
                    let to = page(x, y);
                    if !filled {
                        vertical(at, to);
                    }
                    at = to;
                }
                PathOp::Rect(x, y, w, h) => {
                    let (a, b) = (page(x, y), page(x + w, y + h));
                    if !filled {
                        vertical(a, (a.0, b.1));
                        vertical((b.0, a.1), b);
                    } else if (a.0 - b.0).abs() < 2.0 {
                        vertical(a, (a.0, b.1));
                    }
                }
                PathOp::CurveTo(..) | PathOp::Close => {}
            }
        }
        self.rules.extend(rules);
    }
}

impl OutputDev for Lines {
    fn begin_page(
        &mut self,
        _page: u32,
        media_box: &MediaBox,
        _art_box: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), OutputError> {
        self.height = media_box.ury - media_box.lly;
        self.last = None;
        self.chars.clear();
        self.rules.clear();
        Ok(())
    }

    fn end_page(&mut self) -> Result<(), OutputError> {
        // The page's rulings are all known now, whenever it drew them.
        let chars = std::mem::take(&mut self.chars);
        let joins = wrapped_lines(&chars);
        for (k, (at, text)) in chars.into_iter().enumerate() {
            self.join = joins.binary_search(&k).is_ok();
            self.place(at, &text);
        }
        self.join = false;
        if self.last.is_some() {
            self.out.push('\n');
        }
        self.out.push('\u{c}');
        Ok(())
    }

    fn stroke(
        &mut self,
        ctm: &Transform,
        _colorspace: &ColorSpace,
        _color: &[f64],
        path: &Path,
    ) -> Result<(), OutputError> {
        self.add_rules(ctm, path, false);
        Ok(())
    }

    fn fill(
        &mut self,
        ctm: &Transform,
        _colorspace: &ColorSpace,
        _color: &[f64],
        path: &Path,
    ) -> Result<(), OutputError> {
        self.add_rules(ctm, path, true);
        Ok(())
    }

    fn output_character(
        &mut self,
        trm: &Transform,
        width: f64,
        _spacing: f64,
        font_size: f64,
        text: &str,
    ) -> Result<(), OutputError> {
        let text: String = text.chars().filter(|c| !c.is_control()).collect();
        if text.is_empty() {
            return Ok(());
        }
        // The size the glyph is drawn at: the font size through the text matrix.
        let (vx, vy) = (
            font_size * (trm.m11 + trm.m21),
            font_size * (trm.m12 + trm.m22),
        );
        let size = (vx * vy).abs().sqrt();
        let (x, y) = (trm.m31, self.height - trm.m32);
        if !(x.is_finite() && y.is_finite() && size.is_finite()) {
            return Ok(());
        }
        if text.trim().is_empty() {
            // A space the page draws: a gap, which the next character's place shows anyway.
            if let Some((last, _)) = self.chars.last_mut()
                && (last.y - y).abs() <= 0.5 * size
            {
                last.end = last.end.max(x + width * size);
            }
            return Ok(());
        }
        let at = Placed {
            x,
            y,
            end: x + width * size,
            size,
        };
        self.chars.push((at, text));
        Ok(())
    }

    fn begin_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_line(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn placed(x: f64, y: f64, end: f64) -> Placed {
        Placed {
            x,
            y,
            end,
            size: 10.0,
        }
    }

    #[test]
    fn lines_blocks_and_cells() {
        let mut l = Lines::default();
        // A paragraph wrapped onto a second line, then the next cell of the row up and to the right.
        l.place(placed(0.0, 100.0, 10.0), "推");
        l.place(placed(10.0, 100.0, 20.0), "进");
        l.place(placed(0.0, 114.0, 10.0), "建");
        l.place(placed(200.0, 100.0, 210.0), "市");
        // The same character overprinted for bold, and a word gap.
        l.place(placed(200.5, 100.0, 210.5), "市");
        l.place(placed(215.0, 100.0, 225.0), "A");
        // Far below: a new block.
        l.place(placed(0.0, 200.0, 10.0), "二");
        assert_eq!(l.out, "推进\n建\n\n市 A\n\n二");
    }

    #[test]
    fn a_wrap_after_a_full_stop_is_no_paragraph_end_where_paragraphs_are_indented() {
        let line = |y: f64, from: f64, text: &str| -> Vec<(Placed, String)> {
            text.chars()
                .enumerate()
                .map(|(i, c)| {
                    let x = from + 10.0 * i as f64;
                    (placed(x, y, x + 10.0), c.to_string())
                })
                .collect()
        };
        // An indented paragraph whose first line ends in 。 at the right margin, a wrapped line, then an
        // indented paragraph.
        let mut chars = line(100.0, 20.0, "甲乙丙丁。");
        chars.extend(line(114.0, 0.0, "戊己庚辛壬癸"));
        chars.extend(line(128.0, 20.0, "子丑"));
        let mut l = Lines {
            chars,
            ..Lines::default()
        };
        let _ = l.end_page();
        assert_eq!(l.out, "甲乙丙丁。戊己庚辛壬癸\n子丑\n\u{c}");
        // Paragraphs set apart by space: a wrap at a line's distance goes on, a numbered line does not.
        let mut chars = line(100.0, 0.0, "甲乙丙丁。");
        chars.extend(line(114.0, 0.0, "戊己"));
        chars.extend(line(134.0, 0.0, "子丑寅卯。"));
        chars.extend(line(148.0, 0.0, "2.辰巳"));
        let mut l = Lines {
            chars,
            ..Lines::default()
        };
        let _ = l.end_page();
        assert_eq!(l.out, "甲乙丙丁。戊己\n子丑寅卯。\n2.辰巳\n\u{c}");
        // Without indented or spaced lines, every line break stays.
        let mut chars = line(100.0, 0.0, "甲乙丙丁。");
        chars.extend(line(114.0, 0.0, "戊己"));
        let mut l = Lines {
            chars,
            ..Lines::default()
        };
        let _ = l.end_page();
        assert_eq!(l.out, "甲乙丙丁。\n戊己\n\u{c}");
    }

    #[test]
    fn a_cell_border_between_close_characters_parts_cells() {
        let mut l = Lines {
            rules: vec![Rule {
                x: 32.0,
                top: 80.0,
                bottom: 120.0,
            }],
            ..Lines::default()
        };
        l.place(placed(0.0, 100.0, 10.0), "府");
        // 5 points on, too close to be a gap between cells, but across the border at x 32.
        l.place(placed(15.0, 100.0, 25.0), "市");
        l.place(placed(35.0, 100.0, 45.0), "农");
        assert_eq!(l.out, "府 市\n\n农");
    }
}
