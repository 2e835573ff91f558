//! Whether a town's or village's name, found in a text, names that place here: by its county or town written
//! before it, or by the document's home (a town in the home's prefecture, a village in the home county).

use super::lexicon::{LEXICON, Rank};

/// Whether a town or village is named here: towns need a document about their prefecture (or the region),
/// villages a document about their county, or either its county or town written before it. `Some(None)`: the
/// place of its name; `Some(Some(parent))`: the place of its name in `parent`, when the name names several
/// (巴彦高勒镇 after 扎赉特旗 is 扎赉特旗's, not 磴口县's, the gazetteer's first).
pub(super) fn placed(
    name: &str,
    rank: Rank,
    home: Option<&str>,
    before: &str,
) -> Option<Option<String>> {
    let lex = &*LEXICON;
    // 高尧峁村 starting a line: a short village name (two characters and 村) after one character that begins
    // the clause is the end of another village's name (not 以水磨村, 支持恼包村).
    // A town of two characters (哈镇, 店镇) after a character that may end a name is the end of that name.
    let mut back = before.chars().rev();
    let name_before = back
        .next()
        .is_some_and(|c| super::text::is_han(c) && !"以在和及与至到对向从把将为".contains(c));
    let short_town = rank == Rank::Town && name.chars().count() == 2;
    if name_before
        && (short_town && !before.ends_with(['县', '旗', '区', '市'])
            || rank == Rank::Village
                && name.chars().count() <= 3
                && back.next().is_none_or(|c| !super::text::is_han(c)))
    {
        return None;
    }
    let parents = lex.parents_of(name);
    let ambiguous = lex.place(name).is_some_and(|p| p.ambiguous);
    let tail = super::text::suffix(before, 36);
    let sentence = before
        .rfind(['。', ';', '；', '\n'])
        .map_or(before, |i| &before[i..]);
    let sentence = super::text::suffix(sentence, 240);
    let written = parents.iter().copied().find(|&parent| {
        written_before(name, parent, parents.len() > 1 || ambiguous, tail, sentence)
    });
    // Written before it, or else the one place of its name in the document's area.
    let parent = written.or_else(|| {
        let h = home?;
        let mut at_home = parents.iter().copied().filter(|&parent| {
            in_home(
                rank,
                parent,
                ambiguous && parents.len() == 1 || short_town,
                h,
            )
        });
        match (at_home.next(), at_home.next()) {
            (Some(p), None) => Some(p),
            _ => None,
        }
    })?;
    Some((Some(parent) != parents.first().copied()).then(|| parent.to_string()))
}

/// Whether a place's `parent` (its county or town), or a place above it, is written just before it, or its
/// county earlier in the sentence (乌审旗嘎鲁图镇沙日嘎查、图克镇梅林庙嘎查: the list of its places running on under
/// it). `shared`: its name names other places too, so a place far above it (内蒙古乌兰木伦镇) does not place it.
fn written_before(name: &str, parent: &str, shared: bool, tail: &str, sentence: &str) -> bool {
    let lex = &*LEXICON;
    if tail.ends_with(parent) {
        return true;
    }
    // Its parent, or for a name no other place shares any place above it (内蒙古乌兰木伦镇, 陕西大柳塔镇,
    // 鄂尔多斯市乌兰木伦镇); for a shared name, a place above its parent that holds no other of the name
    // (兴安盟巴彦高勒镇).
    if lex.resolve_place_suffix(tail).is_some_and(|p| {
        p == parent
            || if shared {
                lex.within(parent, p)
                    && lex
                        .parents_of(name)
                        .iter()
                        .filter(|q| lex.within(q, p))
                        .count()
                        == 1
            } else {
                lex.within(name, p)
            }
    }) {
        return true;
    }
    std::iter::once(parent)
        .chain(lex.ancestors(parent).first().map(|a| a.name.as_str()))
        .any(|a| lex.place(a).is_some_and(|p| p.rank >= Rank::County) && sentence.contains(a))
}

/// Whether a document about `home` names a place under `parent` by its name alone: a town in the home's
/// prefecture (or the home itself when it is the region), a village in the home county; a name shared with a
/// place the tables do not tell apart, or a town of two characters (桃镇), only in a county's own plan.
fn in_home(rank: Rank, parent: &str, shared: bool, home: &str) -> bool {
    let lex = &*LEXICON;
    let home_rank = lex.place(home).map(|p| p.rank).unwrap_or(Rank::Province);
    if rank != Rank::Town || shared {
        // (A town's own plan names the villages of its county.)
        let town_home = lex.place(home).filter(|p| p.rank == Rank::Town);
        let county = town_home.and_then(|p| p.parent.as_deref()).unwrap_or(home);
        return home_rank >= Rank::County && lex.within(parent, county);
    }
    let area = if home_rank >= Rank::County {
        lex.ancestors(home)
            .into_iter()
            .find(|p| p.rank == Rank::Prefecture)
            .map(|p| p.name.clone())
    } else {
        Some(home.to_string())
    };
    area.is_some_and(|a| lex.within(parent, &a))
}
