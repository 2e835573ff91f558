//! A table saved as CSV (an Excel task list exported): its rows become tab-separated lines, so that the table
//! reader takes it as it takes a table pasted as text.

/// The rows of a CSV text as tab-separated lines, empty cells at a row's end left out (a title row exported
/// from a merged cell is a line of its own); a cell's line breaks and tabs become spaces. None when the text does
/// not read as CSV with at least two columns.
pub fn to_tab_lines(text: &str) -> Option<String> {
    let mut rd = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut out = String::with_capacity(text.len());
    let mut widest = 0;
    for rec in rd.records() {
        let rec = rec.ok()?;
        widest = widest.max(rec.len());
        let mut cells: Vec<String> = rec
            .iter()
            .map(|c| c.replace(['\n', '\r', '\t'], " ").trim().to_string())
            .collect();
        while cells.last().is_some_and(String::is_empty) {
            cells.pop();
        }
        out.push_str(&cells.join("\t"));
        out.push('\n');
    }
    (widest >= 2).then_some(out)
}

/// The title a CSV file gives by its name when its first row is already the table's header
/// (包头市2025年重点任务清单.csv): the name without its folder and extension.
pub fn title_from_name(name: &str, table: &str) -> Option<String> {
    let first = table.lines().next()?;
    if !first.contains('\t') {
        return None;
    }
    let stem = std::path::Path::new(name).file_stem()?.to_str()?;
    stem.chars()
        .any(super::text::is_han)
        .then(|| stem.to_string())
}

/// Whether a table (tab-separated lines) is one policy-atlas's export wrote: its nodes, edges or documents
/// (`id:ID`, `:START_ID`, `id kind label`, `source target`, `id title issuer`), not a document's table.
pub fn is_graph_export(table: &str) -> bool {
    let Some(first) = table.lines().find(|l| !l.trim().is_empty()) else {
        return false;
    };
    let cells: Vec<&str> = first
        .split('\t')
        .map(|c| c.trim_start_matches('\u{FEFF}'))
        .collect();
    matches!(cells.first(), Some(&"id:ID" | &":START_ID"))
        || [
            ["id", "kind", "label"],
            ["source", "target", "kind"],
            ["id", "title", "issuer"],
        ]
        .iter()
        .any(|h| cells.starts_with(h))
}

/// Whether a source's name says it is CSV.
pub fn is_csv_name(name: &str) -> bool {
    name.to_ascii_lowercase().ends_with(".csv")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_become_tab_lines() {
        let t =
            "序号,重点任务,牵头单位,完成时限\n1,\"推进高铁建设,完善路网\",市发改委,2025年12月\n";
        assert_eq!(
            to_tab_lines(t).as_deref(),
            Some(
                "序号\t重点任务\t牵头单位\t完成时限\n1\t推进高铁建设,完善路网\t市发改委\t2025年12月\n"
            )
        );
        assert_eq!(to_tab_lines("一行文字\n"), None);
        // A title row from a merged cell is a line of its own.
        let t = "包头市2025年重点任务清单,,,\n序号,重点任务,牵头单位,完成时限\n";
        let lines = to_tab_lines(t).unwrap_or_default();
        assert!(
            lines.starts_with("包头市2025年重点任务清单\n序号\t"),
            "{lines}"
        );
        assert_eq!(title_from_name("/data/包头市任务.csv", &lines), None);
        // Our own export is no task list.
        assert!(is_graph_export(
            "\u{FEFF}id:ID\t:LABEL\tkind\tlabel\ncity:上海市\tEntity;City\tcity\t上海市\n"
        ));
        assert!(is_graph_export("id\tkind\tlabel\taliases\n"));
        assert!(!is_graph_export(&lines));
        assert_eq!(
            title_from_name("/data/包头市任务.csv", "序号\t重点任务\n").as_deref(),
            Some("包头市任务")
        );
    }
}
