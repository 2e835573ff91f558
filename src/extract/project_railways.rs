//! Railway lines of the region written by their short name (临哈线, 集二线, 京包线): the line's project, named as
//! its full name (临哈铁路) so that texts writing either form name one line, connecting the places at its ends.
//! The lines are data (`assets/lexicon/railways.tsv`); the full names are found by the head 铁路 like any other.

use super::lexicon::LEXICON;
use super::matcher::Dict;
use super::projects::ProjectHit;
use std::sync::LazyLock;

const RAILWAYS: &str = include_str!("../../assets/lexicon/railways.tsv");

struct Line {
    name: &'static str,
    ends: Vec<String>,
}

struct Railways {
    lines: Vec<Line>,
    /// The short names, one per line, in the order of `lines`.
    short: Dict,
}

static LINES: LazyLock<Railways> = LazyLock::new(|| {
    let rows: Vec<Vec<&'static str>> = RAILWAYS
        .lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.split('\t').collect())
        .collect();
    let lex = &*LEXICON;
    let lines = rows
        .iter()
        .map(|r| Line {
            name: r.first().copied().unwrap_or_default(),
            // Ends the lexicon knows as places; a line's other end may be no place of its own (a port).
            ends: r
                .get(2)
                .map(|e| {
                    e.split('|')
                        .filter_map(|p| lex.resolve_norm(p).map(|pl| pl.name.clone()))
                        .collect()
                })
                .unwrap_or_default(),
        })
        .collect();
    let short = Dict::new(rows.iter().map(|r| r.get(1).copied().unwrap_or_default()));
    Railways { lines, short }
});

/// The lines named by their short name in `text` (扩能改造临哈线、集二线), as projects of their full names.
pub(super) fn short_lines(text: &str) -> Vec<ProjectHit> {
    // Most paragraphs name no line: left at once.
    if !text.contains('线') {
        return Vec::new();
    }
    let railways = &*LINES;
    railways
        .short
        .find_iter(text)
        .filter_map(|m| {
            let line = railways.lines.get(m.pattern())?;
            Some(ProjectHit {
                name: line.name.to_string(),
                start: m.start(),
                end: m.end(),
                connects: if line.ends.len() == 2 {
                    line.ends.clone()
                } else {
                    Vec::new()
                },
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::projects::find_projects;

    #[test]
    fn a_line_by_its_short_name_is_the_railway() {
        let hits = find_projects("扩能改造临哈线、集二线,争取包鄂榆高铁开工。", &[]);
        let mut names: Vec<&str> = hits.iter().map(|p| p.name.as_str()).collect();
        names.sort();
        assert_eq!(names, ["临哈铁路", "包鄂榆高铁", "集二铁路"]);
        let jier = hits
            .iter()
            .find(|p| p.name == "集二铁路")
            .map(|p| p.connects.clone());
        assert_eq!(
            jier,
            Some(vec!["集宁区".to_string(), "二连浩特市".to_string()])
        );
    }

    #[test]
    fn the_full_name_is_found_once() {
        let hits = find_projects("推进京包铁路扩能改造。", &[]);
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].name, "京包铁路");
    }
}
