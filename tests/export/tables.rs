//! CSV (Neo4j import headers, no spreadsheet formulas) and Excel workbooks read back.

use super::*;

fn read_csv(path: &Path) -> (Vec<String>, Vec<Vec<String>>) {
    let data = std::fs::read(path).expect("csv file");
    assert!(data.starts_with(b"\xEF\xBB\xBF"), "UTF-8 BOM for Excel");
    let mut r = csv::Reader::from_reader(&data[3..]);
    let head = r
        .headers()
        .expect("header")
        .iter()
        .map(str::to_string)
        .collect();
    let rows = r
        .records()
        .map(|rec| rec.expect("record").iter().map(str::to_string).collect())
        .collect();
    (head, rows)
}

#[test]
fn csv_has_neo4j_headers_and_no_formulas() {
    let dir = tempfile::tempdir().expect("tempdir");
    let sub = fgw_subgraph();
    export::write_file(Format::Csv, &sub, &Extras::default(), dir.path()).expect("writes");
    let (head, nodes) = read_csv(&dir.path().join("nodes.csv"));
    assert_eq!(&head[..2], ["id:ID", ":LABEL"]);
    assert_eq!(nodes.len(), sub.node_count());
    let (head, edges) = read_csv(&dir.path().join("edges.csv"));
    assert_eq!(&head[..3], [":START_ID", ":END_ID", ":TYPE"]);
    assert_eq!(edges.len(), sub.edge_count());
    assert!(
        edges
            .iter()
            .any(|e| e[0] == FGW && e[2] == "RESPONSIBLE_FOR")
    );
    let (_, docs) = read_csv(&dir.path().join("documents.csv"));
    assert_eq!(docs.len(), sub.documents.len());

    let dir = tempfile::tempdir().expect("tempdir");
    let hostile = hostile_graph();
    export::write_file(Format::Csv, &hostile, &Extras::default(), dir.path()).expect("writes");
    let (head, nodes) = read_csv(&dir.path().join("nodes.csv"));
    let col = head
        .iter()
        .position(|h| h == "label")
        .expect("label column");
    let got: BTreeSet<String> = nodes.iter().map(|r| r[col].clone()).collect();
    let want: BTreeSet<String> = labels_of(&hostile)
        .iter()
        .map(|l| policy_atlas::export::csv::cell(l))
        .collect();
    assert_eq!(got, want);
    for row in nodes.iter() {
        for c in row {
            assert!(
                !matches!(c.chars().next(), Some('=' | '+' | '-' | '@')),
                "formula-like cell {c:?}"
            );
        }
    }
    assert!(got.contains("'=SUM(A1:A9)") && got.contains("两行\n第二行"));
}

#[test]
fn xlsx_sheets_read_back() {
    use calamine::{Data, Reader, Xlsx};
    let sub = fgw_subgraph();
    let mut wb: Xlsx<_> =
        calamine::open_workbook_from_rs(std::io::Cursor::new(bytes(Format::Xlsx, &sub)))
            .expect("xlsx");
    assert_eq!(
        wb.sheet_names(),
        ["Nodes", "Edges", "Responsibilities", "Sources"]
    );
    let nodes = wb.worksheet_range("Nodes").expect("Nodes");
    assert_eq!(nodes.height() - 1, sub.node_count());
    let edges = wb.worksheet_range("Edges").expect("Edges");
    assert_eq!(edges.height() - 1, sub.edge_count());
    let resp = wb
        .worksheet_range("Responsibilities")
        .expect("Responsibilities");
    let rows: Vec<Vec<String>> = resp
        .rows()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect();
    assert_eq!(
        rows[0],
        [
            "department",
            "role",
            "task",
            "deadline",
            "document",
            "section",
            "quote"
        ]
    );
    let fgw: Vec<&Vec<String>> = rows
        .iter()
        .filter(|r| r[0] == "包头市发展和改革委员会")
        .collect();
    assert!(fgw.len() >= 5);
    assert!(fgw.iter().any(|r| r[3] == "2024年12月"));
    assert!(
        fgw.iter()
            .all(|r| r[4].contains("包头市") && r[6].contains("发改委"))
    );
    let sources = wb.worksheet_range("Sources").expect("Sources");
    assert!(sources.rows().skip(1).all(|r| r[5].to_string().len() == 64));

    let hostile = hostile_graph();
    let data = bytes(Format::Xlsx, &hostile);
    let mut wb: Xlsx<_> =
        calamine::open_workbook_from_rs(std::io::Cursor::new(data)).expect("hostile xlsx");
    let nodes = wb.worksheet_range("Nodes").expect("Nodes");
    let got: BTreeSet<String> = nodes
        .rows()
        .skip(1)
        .map(|r| match &r[2] {
            Data::String(s) => s.clone(),
            other => panic!("label cell is not text: {other:?}"),
        })
        .collect();
    assert_eq!(got, labels_of(&hostile));
    let formulas = wb.worksheet_formula("Nodes").expect("formulas");
    assert!(
        formulas.used_cells().all(|(_, _, f)| f.is_empty()),
        "no formulas"
    );
}
