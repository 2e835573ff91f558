//! Automatic numbering of a Word document (`word/numbering.xml`, and the numbering a paragraph style carries in
//! `word/styles.xml`): the marker Word draws before a numbered paragraph (一、 / （一） / 1. / ①), which the text
//! itself does not hold. Written back before the paragraph, it lets headings and items be read as if typed.

use super::attr;
use quick_xml::Reader;
use quick_xml::events::Event;
use rustc_hash::FxHashMap as HashMap;

/// Most levels a list has.
const LEVELS: usize = 9;

/// One level of a list: how its number is written, the text around it (%1、), and where it starts.
#[derive(Debug, Clone, Default)]
struct Level {
    fmt: String,
    text: String,
    start: u32,
}

/// The numbering definitions of a document and the counters of the lists met so far.
#[derive(Debug, Default)]
pub(super) struct Numbering {
    /// Abstract definitions: their levels.
    abstracts: HashMap<String, Vec<Level>>,
    /// List instances: their abstract definition.
    nums: HashMap<String, String>,
    /// Paragraph styles that number their paragraphs: (list, level).
    styles: HashMap<String, (String, usize)>,
    /// Per list instance, the count at each level.
    counts: HashMap<String, [u32; LEVELS]>,
}

impl Numbering {
    /// Reads `numbering.xml` and, when there is one, `styles.xml`.
    pub(super) fn parse(numbering: &str, styles: Option<&str>) -> Numbering {
        let mut n = Numbering::default();
        let mut reader = Reader::from_str(numbering);
        // Where the reader is: an abstract definition and its level, or a list instance.
        let mut abs: Option<String> = None;
        let mut lvl: Option<usize> = None;
        let mut num: Option<String> = None;
        loop {
            let (e, empty) = match reader.read_event() {
                Ok(Event::Start(e)) => (e, false),
                Ok(Event::Empty(e)) => (e, true),
                Ok(Event::End(e)) => {
                    match e.name().as_ref() {
                        "w:abstractNum" => abs = None,
                        "w:lvl" => lvl = None,
                        "w:num" => num = None,
                        _ => {}
                    }
                    continue;
                }
                Ok(Event::Eof) | Err(_) => break,
                Ok(_) => continue,
            };
            let val = attr(&e, "w:val");
            match e.name().as_ref() {
                "w:abstractNum" if !empty => abs = attr(&e, "w:abstractNumId"),
                "w:lvl" if !empty => {
                    lvl = attr(&e, "w:ilvl")
                        .and_then(|v| v.parse().ok())
                        .filter(|&l| l < LEVELS)
                }
                "w:num" if !empty => num = attr(&e, "w:numId"),
                "w:abstractNumId" => {
                    if let (Some(id), Some(v)) = (&num, val) {
                        n.nums.insert(id.clone(), v);
                    }
                }
                "w:start" | "w:numFmt" | "w:lvlText" => {
                    let (Some(a), Some(l), Some(v)) = (&abs, lvl, val) else {
                        continue;
                    };
                    let levels = n.abstracts.entry(a.clone()).or_default();
                    if levels.len() <= l {
                        levels.resize(l + 1, Level::default());
                    }
                    let level = &mut levels[l];
                    match e.name().as_ref() {
                        "w:start" => level.start = v.parse().unwrap_or(1),
                        "w:numFmt" => level.fmt = v,
                        _ => level.text = v,
                    }
                }
                _ => {}
            }
        }
        if let Some(styles) = styles {
            n.styles = style_numbering(styles);
        }
        n
    }

    /// The marker of the next paragraph numbered by list `num_id` at level `ilvl` (or by its style), counting it.
    pub(super) fn next(
        &mut self,
        num_id: Option<&str>,
        ilvl: Option<usize>,
        style: Option<&str>,
    ) -> Option<String> {
        let (num, from_style) = match (num_id, style.and_then(|s| self.styles.get(s))) {
            (Some(id), _) => (id.to_string(), None),
            (None, Some((id, l))) => (id.clone(), Some(*l)),
            (None, None) => return None,
        };
        let level = ilvl.or(from_style).unwrap_or(0).min(LEVELS - 1);
        let levels = self.abstracts.get(self.nums.get(&num)?)?;
        let def = levels.get(level)?;
        if matches!(def.fmt.as_str(), "bullet" | "none" | "") && !def.text.contains('%') {
            return None;
        }
        let counts = self.counts.entry(num).or_insert_with(|| {
            let mut c = [0; LEVELS];
            for (i, l) in levels.iter().enumerate().take(LEVELS) {
                c[i] = l.start.max(1) - 1;
            }
            c
        });
        counts[level] = counts[level].saturating_add(1);
        // A higher level starts the levels below it again.
        for (i, c) in counts.iter_mut().enumerate().skip(level + 1) {
            *c = levels.get(i).map_or(0, |l| l.start.max(1) - 1);
        }
        let mut text = def.text.clone();
        for (i, l) in levels.iter().enumerate().take(level + 1).rev() {
            let n = counts[i].max(l.start.max(1));
            text = text.replace(&format!("%{}", i + 1), &format_number(n, &l.fmt));
        }
        Some(text)
    }
}

/// The paragraph styles whose properties number their paragraphs (Heading 2 → list 3, level 1).
fn style_numbering(styles: &str) -> HashMap<String, (String, usize)> {
    let mut out = HashMap::default();
    let mut reader = Reader::from_str(styles);
    let mut style: Option<String> = None;
    let (mut num, mut lvl): (Option<String>, Option<usize>) = (None, None);
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) if e.name().as_ref() == "w:style" => {
                style = (attr(&e, "w:type").as_deref() == Some("paragraph"))
                    .then(|| attr(&e, "w:styleId"))
                    .flatten();
                (num, lvl) = (None, None);
            }
            Ok(Event::Empty(e)) if style.is_some() => match e.name().as_ref() {
                "w:numId" => num = attr(&e, "w:val"),
                "w:ilvl" => lvl = attr(&e, "w:val").and_then(|v| v.parse().ok()),
                _ => {}
            },
            Ok(Event::End(e)) if e.name().as_ref() == "w:style" => {
                if let (Some(s), Some(n)) = (style.take(), num.take()) {
                    out.insert(s, (n, lvl.unwrap_or(0)));
                }
            }
            Ok(Event::Eof) | Err(_) => break,
            Ok(_) => {}
        }
    }
    out
}

/// `n` written in a Word number format.
fn format_number(n: u32, fmt: &str) -> String {
    match fmt {
        "chineseCounting"
        | "chineseCountingThousand"
        | "ideographTraditional"
        | "japaneseCounting"
        | "taiwaneseCounting"
        | "taiwaneseCountingThousand"
        | "ideographLegalTraditional" => chinese(n),
        "decimalEnclosedCircle" | "decimalEnclosedCircleChinese" if (1..=20).contains(&n) => {
            char::from_u32('①' as u32 + n - 1).map_or(n.to_string(), String::from)
        }
        "decimalFullWidth" | "decimalFullWidth2" => n
            .to_string()
            .chars()
            .filter_map(|c| char::from_u32(c as u32 - '0' as u32 + '０' as u32))
            .collect(),
        "lowerLetter" | "upperLetter" if (1..=26).contains(&n) => {
            let base = if fmt == "lowerLetter" { b'a' } else { b'A' };
            char::from(base + (n - 1) as u8).to_string()
        }
        _ => n.to_string(),
    }
}

/// 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五.
fn chinese(n: u32) -> String {
    const DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    let d = |i: u32| DIGITS[(i % 10) as usize].to_string();
    let ones = |i: u32| {
        if i.is_multiple_of(10) {
            String::new()
        } else {
            d(i)
        }
    };
    match n {
        0..=9 => d(n),
        10..=19 => format!("十{}", ones(n)),
        20..=99 => format!("{}十{}", d(n / 10), ones(n)),
        100..=999 => {
            let rest = n % 100;
            let tail = match rest {
                0 => String::new(),
                1..=9 => format!("零{}", d(rest)),
                _ => format!("{}十{}", d(rest / 10), ones(rest)),
            };
            format!("{}百{tail}", d(n / 100))
        }
        _ => n.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NUMBERING: &str = concat!(
        r#"<w:numbering xmlns:w="w">"#,
        r#"<w:abstractNum w:abstractNumId="0">"#,
        r#"<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>"#,
        r#"<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>"#,
        r#"<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>"#,
        r#"</w:abstractNum>"#,
        r#"<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>"#,
        r#"<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>"#,
        r#"<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>"#,
        r#"</w:numbering>"#
    );

    #[test]
    fn levels_count_and_restart() {
        let mut n = Numbering::parse(NUMBERING, None);
        let mut next = |l: usize| n.next(Some("1"), Some(l), None);
        assert_eq!(next(0).as_deref(), Some("一、"));
        assert_eq!(next(1).as_deref(), Some("（一）"));
        assert_eq!(next(2).as_deref(), Some("1."));
        assert_eq!(next(2).as_deref(), Some("2."));
        assert_eq!(next(1).as_deref(), Some("（二）"));
        // The level below starts again under the next item above it.
        assert_eq!(next(2).as_deref(), Some("1."));
        assert_eq!(next(0).as_deref(), Some("二、"));
        assert_eq!(next(1).as_deref(), Some("（一）"));
        // Bullets and unknown lists draw no number.
        assert_eq!(n.next(Some("2"), Some(0), None), None);
        assert_eq!(n.next(Some("9"), Some(0), None), None);
    }

    #[test]
    fn a_style_that_numbers_its_paragraphs() {
        let styles = concat!(
            r#"<w:styles xmlns:w="w"><w:style w:type="paragraph" w:styleId="2">"#,
            r#"<w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>"#
        );
        let mut n = Numbering::parse(NUMBERING, Some(styles));
        assert_eq!(n.next(None, None, Some("2")).as_deref(), Some("（一）"));
        assert_eq!(n.next(None, None, Some("2")).as_deref(), Some("（二）"));
        assert_eq!(n.next(None, None, Some("Normal")), None);
    }

    #[test]
    fn numbers_in_words() {
        let got: Vec<String> = [1, 10, 12, 20, 21, 99, 100, 105, 110, 111]
            .iter()
            .map(|&n| chinese(n))
            .collect();
        assert_eq!(
            got,
            [
                "一",
                "十",
                "十二",
                "二十",
                "二十一",
                "九十九",
                "一百",
                "一百零五",
                "一百一十",
                "一百一十一"
            ]
        );
        assert_eq!(format_number(3, "decimalEnclosedCircle"), "③");
        assert_eq!(format_number(12, "decimalFullWidth"), "１２");
    }
}
