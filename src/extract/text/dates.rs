//! Dates written in Chinese numerals, in figures.

/// A date written in Chinese numerals in figures (二〇二五年十二月底 → 2025年12月底, 十月三十一日 → 10月31日): a
/// year of four digits before 年, a month before 月 and a day before 日 or 号, each only when it is one.
pub fn arabic_dates(s: &str) -> std::borrow::Cow<'_, str> {
    const DIGITS: [char; 10] = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    if !s.contains(|c: char| DIGITS.contains(&c) || c == '零' || c == '十') {
        return s.into();
    }
    let digit = |c: char| {
        if c == '零' {
            Some(0)
        } else {
            DIGITS.iter().position(|&d| d == c).map(|d| d as u32)
        }
    };
    // 十二 → 12, 三十一 → 31, 九 → 9.
    let number = |w: &[char]| -> Option<u32> {
        match w {
            ['十'] => Some(10),
            [d] => digit(*d),
            ['十', d] => Some(10 + digit(*d)?),
            [t, '十'] => Some(digit(*t)? * 10),
            [t, '十', d] => Some(digit(*t)? * 10 + digit(*d)?),
            _ => None,
        }
    };
    let cs: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < cs.len() {
        let run = cs[i..]
            .iter()
            .take_while(|&&c| digit(c).is_some() || c == '十')
            .count();
        let unit = cs.get(i + run).copied();
        let w = &cs[i..i + run];
        let figures = match unit {
            Some('年') if run == 4 && w.iter().all(|&c| digit(c).is_some()) => Some(
                w.iter()
                    .filter_map(|&c| digit(c))
                    .fold(0, |y, d| y * 10 + d),
            ),
            Some('月') => number(w).filter(|m| (1..=12).contains(m)),
            Some('日' | '号') => number(w).filter(|d| (1..=31).contains(d)),
            _ => None,
        };
        match figures {
            Some(n) if run > 0 => {
                out.push_str(&n.to_string());
                i += run;
            }
            _ => {
                out.push(cs[i]);
                i += 1;
            }
        }
    }
    out.into()
}
