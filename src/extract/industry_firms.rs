//! Sectors that are companies' names in a list of companies (苹果 of 苹果、华为、阿里巴巴等数据中心项目).

use super::lexicon::LEXICON;

/// Whether `text[start..end]` is an item of a list (joined by 、) whose other items are companies the lexicon
/// knows: 苹果 in 苹果、华为、阿里巴巴等数据中心项目 is the company, not the fruit.
pub(super) fn among_companies(text: &str, start: usize, end: usize) -> bool {
    let lex = &*LEXICON;
    let item_end = |s: &str| s.find(['、', '等', ',', '。', ';']).unwrap_or(s.len());
    let after = &text[end..];
    let before = &text[..start];
    // The hit ends an item of a list (、 or 等 after it) with a company beside it.
    if !after.starts_with(['、', '等']) {
        return false;
    }
    // The item after is a company's name; the one before ends in one (引进华为、苹果等企业).
    // (A company whose name is a sector, 苹果, is no sign: 山地苹果、小杂粮 are crops.)
    let firm_only = |name: &str| lex.industry(name).is_none();
    let is_company = |item: &str| {
        !item.is_empty()
            && lex
                .enterprises
                .find(item)
                .is_some_and(|m| m.start() == 0 && m.end() == item.len())
            && firm_only(item)
    };
    let ends_company = |item: &str| {
        lex.enterprises
            .find_iter(item)
            .any(|m| m.end() == item.len() && firm_only(&item[m.start()..]))
    };
    let next = after.strip_prefix('、').map(|a| &a[..item_end(a)]);
    let prev = before.strip_suffix('、').map(|b| {
        let from = b
            .rfind(['、', ',', '。', ';', ':'])
            .map_or(0, |i| i + b[i..].chars().next().map_or(1, char::len_utf8));
        &b[from..]
    });
    next.is_some_and(is_company) || prev.is_some_and(ends_company)
}
