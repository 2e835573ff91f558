//! Projects named as the items of a list that a count closes before their shared kind: 呼和浩特至包头、包头至
//! 鄂尔多斯2条城际铁路; G6、G7两条高速公路改扩建工程; 库布其—上海、腾格里—江西 3 条特高压外送通道. The count is
//! the check: the list is taken only when it has as many items as the count says.

use super::lexicon::LEXICON;
use super::phrase::{is_clause_break, name_start};
use super::project_names::GENERIC_START;
use super::project_places::route_places;
use super::project_words::HEAD;
use super::projects::ProjectHit;
use super::text::is_han;
use regex::Regex;
use std::sync::LazyLock;

/// A count of items: 2条, 两条, 3 个, 十座.
static COUNT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(\d{1,2}|[两二三四五六七八九十]{1,2}) ?[条个座项处]")
        .unwrap_or_else(|_| unreachable!("static regex"))
});

/// The projects of a counted list before a head (`head_start` where its head word begins, `end` after the head
/// and any works that follow it): each item with the words after the count.
/// `None` when there is no count before the head, or the items before it do not number what it says.
pub(super) fn counted(text: &str, head_start: usize, end: usize) -> Option<Vec<ProjectHit>> {
    // The count and the kind after it: a few characters before the head, all Chinese after the count.
    let from = head_start
        - text[..head_start]
            .chars()
            .rev()
            .take(12)
            .take_while(|&c| is_han(c) || c.is_ascii_digit() || c == ' ')
            .map(char::len_utf8)
            .sum::<usize>();
    let m = COUNT
        .captures_iter(&text[from..head_start])
        .last()
        .filter(|c| {
            c.get(0)
                .is_some_and(|m| text[from + m.end()..head_start].chars().all(is_han))
        })?;
    let (whole, number) = (m.get(0)?, m.get(1)?);
    // 包头至银川、呼和浩特至鄂尔多斯等3条高铁: a list with 等 is read as such (`listed`).
    if text[..from + whole.start()].trim_end().ends_with('等') {
        return None;
    }
    let count = number_of(number.as_str())?;
    let tail = &text[from + whole.end()..end];
    let items = items_before(text, (from + whole.start()).min(head_start), count)?;
    // 大学科技园、高新技术企业孵化器、创业孵化示范基地3个国家级科技创新平台: items that are facilities of their
    // own (one has its own head) are classed by the words after the count, not named by them.
    if items.iter().any(|&(s, e)| headed(&text[s..e])) {
        return Some(Vec::new());
    }
    Some(
        items
            .into_iter()
            .filter(|&(s, e)| fits(&text[s..e]))
            .map(|(s, e)| {
                let name = format!("{}{tail}", &text[s..e]);
                ProjectHit {
                    connects: route_places(&name),
                    name,
                    start: s,
                    end: e,
                }
            })
            .collect(),
    )
}

fn number_of(s: &str) -> Option<usize> {
    if let Ok(n) = s.parse() {
        return Some(n);
    }
    let digit = |c: char| {
        "一二三四五六七八九"
            .find(c)
            .map(|i| i / '一'.len_utf8() + 1)
    };
    match s.chars().collect::<Vec<_>>()[..] {
        ['两'] => Some(2),
        ['十'] => Some(10),
        ['十', d] => Some(10 + digit(d)?),
        [d] => digit(d),
        _ => None,
    }
}

/// The items of the list that ends at `end`, separated by 、 (库布其—上海、腾格里—江西), the first from where its
/// name starts; `None` unless there are exactly `count` of them (two or more).
fn items_before(text: &str, end: usize, count: usize) -> Option<Vec<(usize, usize)>> {
    if count < 2 {
        return None;
    }
    let mut items = Vec::new();
    let mut item_end = text[..end].trim_end().len();
    while items.len() < count {
        let brk = text[..item_end]
            .char_indices()
            .rev()
            .take(20)
            .find(|&(_, c)| is_clause_break(c) && c != '—');
        match brk {
            Some((i, '、')) => {
                items.push((i + '、'.len_utf8(), item_end));
                item_end = i;
            }
            _ => {
                let mut start = name_start(text, item_end, 30);
                // 乌兰布和—京津冀: both ends of a route are the item, whether or not the dash was taken for one.
                while let Some(before) = text[start..]
                    .starts_with('—')
                    .then_some(&text[..start])
                    .or_else(|| text[..start].strip_suffix('—'))
                    .filter(|b| b.ends_with(is_han))
                {
                    let earlier = name_start(text, before.len(), 30);
                    if earlier >= start {
                        break;
                    }
                    start = earlier;
                }
                items.push((start, item_end));
                break;
            }
        }
    }
    items.reverse();
    (items.len() == count && items.iter().all(|(s, e)| s < e)).then_some(items)
}

/// An item that can name a project with the shared words: a route of two or more ends (包头至鄂尔多斯,
/// 库布其—上海), a road's number (G6), or a name of two to sixteen characters that is no sector and does not
/// start with a generic word; a name in quotes after a place (锡林郭勒盟“绿电进京”) too.
fn fits(item: &str) -> bool {
    let n = item.chars().count();
    let plain = item.replace(['“', '”'], "");
    (2..=16).contains(&n)
        && plain
            .chars()
            .all(|c| is_han(c) || c.is_ascii_alphanumeric() || c == '—')
        && !GENERIC_START.iter().any(|g| item.starts_with(g))
        && LEXICON.industry(&plain).is_none()
}

/// An item that ends with a head word names a facility of its own.
fn headed(item: &str) -> bool {
    HEAD.find_iter(item)
        .last()
        .is_some_and(|m| m.end() == item.len())
}

#[cfg(test)]
mod tests {
    use super::super::projects::tests::sorted_names as names;

    #[test]
    fn a_counted_list_of_routes_gives_each_route() {
        assert_eq!(
            names("加快建设呼和浩特至包头、包头至鄂尔多斯2条城际铁路。"),
            ["包头至鄂尔多斯城际铁路", "呼和浩特至包头城际铁路"]
        );
        assert_eq!(
            names("推动库布其—上海、腾格里—江西、乌兰布和—京津冀 3 条特高压外送通道尽早开工。"),
            [
                "乌兰布和—京津冀特高压外送通道",
                "库布其—上海特高压外送通道",
                "腾格里—江西特高压外送通道"
            ]
        );
    }

    #[test]
    fn a_count_in_words_and_works_after_the_head() {
        assert_eq!(
            names("推进G6、G7两条高速公路改扩建工程。"),
            ["G6高速公路改扩建工程", "G7高速公路改扩建工程"]
        );
    }

    #[test]
    fn a_quoted_name_after_a_place_is_an_item() {
        let got = names("推动蒙西—天津、锡林郭勒盟“绿电进京”2条输电通道尽快开工。");
        assert!(
            got.contains(&"锡林郭勒盟“绿电进京”输电通道".to_string()),
            "{got:?}"
        );
        assert!(!got.iter().any(|n| n.contains("2条")), "{got:?}");
    }

    #[test]
    fn a_count_before_a_kind_of_facility_with_a_qualifier() {
        assert_eq!(
            names("建成鄂尔多斯、包头2个国家物流枢纽。"),
            ["包头国家物流枢纽", "鄂尔多斯国家物流枢纽"]
        );
    }

    #[test]
    fn a_list_with_deng_and_a_count_is_a_list_of_routes() {
        assert_eq!(
            names("开工建设包头至银川、呼和浩特至鄂尔多斯等3条高铁。"),
            ["包头至银川高铁", "呼和浩特至鄂尔多斯高铁"]
        );
    }

    #[test]
    fn items_with_heads_of_their_own_are_not_renamed_by_the_count() {
        let got = names(
            "打造了大学科技园、高新技术企业孵化器、创业孵化示范基地 3 个国家级科技创新平台。",
        );
        assert!(!got.iter().any(|n| n.ends_with("科技创新平台")), "{got:?}");
    }

    #[test]
    fn a_count_that_does_not_match_the_items_takes_no_list() {
        // Three items, two counted: not a list of these.
        let got = names("建设呼和浩特至包头、包头至鄂尔多斯、鄂尔多斯至榆林2条城际铁路。");
        assert!(
            !got.contains(&"呼和浩特至包头城际铁路".to_string()),
            "{got:?}"
        );
        assert!(names("新建2条城际铁路。").is_empty());
    }
}
