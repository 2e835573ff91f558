//! The `export` command line: a focus found by pinyin, every format, bad requests, workspaces and their edits.

use super::*;

// ---------------------------------------------------------------------------------------------------------
// The command line.

fn cli(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_policy-atlas"))
        .args(args)
        .output()
        .expect("runs")
}

fn out_path(dir: &Path, name: &str) -> PathBuf {
    dir.join(name)
}

#[test]
fn cli_exports_a_focus_by_pinyin_with_kinds() {
    let dir = tempfile::tempdir().expect("tempdir");
    let json = out_path(dir.path(), "bt.json");
    let o = cli(&[
        "export",
        "--format",
        "json",
        "--focus",
        "baotou",
        "--depth",
        "1",
        "--kinds",
        "city,project",
        "-o",
        json.to_str().expect("path"),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&json).expect("file")).expect("JSON");
    let nodes = v["nodes"].as_array().expect("nodes");
    assert!(nodes.iter().any(|n| n["id"] == "city:包头市"));
    assert!(nodes.iter().any(|n| n["kind"] == "project"));
    assert!(
        nodes
            .iter()
            .all(|n| n["kind"] == "city" || n["kind"] == "project")
    );
    let sub = Scope {
        nodes: Some(["city:包头市".to_string()].into()),
        depth: 1,
        kinds: vec![NodeKind::City, NodeKind::Project],
        docs: vec![],
    }
    .apply(&SEEDS);
    assert_eq!(nodes.len(), sub.node_count());
    assert_eq!(v["links"].as_array().map(Vec::len), Some(sub.edge_count()));
}

#[test]
fn cli_writes_every_format() {
    let dir = tempfile::tempdir().expect("tempdir");
    for f in Format::ALL {
        let p = out_path(dir.path(), &format!("out.{}", f.as_str()));
        let o = cli(&[
            "export",
            "--focus",
            "包头市发展和改革委员会",
            "--docs",
            "002",
            "-o",
            p.to_str().expect("path"),
        ]);
        assert!(
            o.status.success(),
            "{f:?}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        assert!(String::from_utf8_lossy(&o.stderr).contains("wrote"));
        let written = if f == Format::Csv {
            p.join("nodes.csv")
        } else {
            p
        };
        assert!(
            std::fs::metadata(&written).is_ok_and(|m| m.len() > 100),
            "{f:?}"
        );
    }
}

#[test]
fn cli_reports_bad_requests() {
    let dir = tempfile::tempdir().expect("tempdir");
    let p = out_path(dir.path(), "x.json");
    let p = p.to_str().expect("path");
    let o = cli(&["export", "--format", "pdf", "-o", p]);
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("unknown format"));
    let o = cli(&["export", "--focus", "完全不存在的名字xyz", "-o", p]);
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("no node matches"));
    let o = cli(&["export", "--kinds", "widgets", "-o", p]);
    assert!(!o.status.success());
    assert!(std::fs::metadata(p).is_err(), "nothing written on error");
}

#[test]
fn cli_reads_a_workspace_and_refuses_a_broken_one_by_name() {
    let dir = tempfile::tempdir().expect("tempdir");
    let fixture = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/workspace_v1.patlas"
    );
    let json = out_path(dir.path(), "ws.json");
    let o = cli(&[
        "extract",
        "--workspace",
        fixture,
        "-o",
        json.to_str().expect("utf-8"),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json).expect("written")).expect("json");
    assert_eq!(v["graph"]["documents"].as_array().map(Vec::len), Some(5));
    let xlsx = out_path(dir.path(), "ws.xlsx");
    let o = cli(&[
        "export",
        "--workspace",
        fixture,
        "--focus",
        "baotou",
        "-o",
        xlsx.to_str().expect("utf-8"),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(xlsx.exists());
    let broken = out_path(dir.path(), "broken.patlas");
    std::fs::write(&broken, "{\"version\": 1, \"documents\": [").expect("write");
    let o = cli(&["extract", "--workspace", broken.to_str().expect("utf-8")]);
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("broken.patlas"), "{err}");
}

#[test]
fn cli_exports_include_the_workspace_edits() {
    let dir = tempfile::tempdir().expect("tempdir");
    let fixture = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/workspace_v2.patlas"
    );
    let json = out_path(dir.path(), "edited.json");
    let o = cli(&[
        "extract",
        "--workspace",
        fixture,
        "-o",
        json.to_str().expect("utf-8"),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let text = std::fs::read_to_string(&json).expect("written");
    assert!(text.contains("\"包头市发改委\""), "renamed label exported");
    assert!(
        !text.contains("\"department:包头市工业和信息化局\""),
        "merged node gone"
    );
    assert!(
        text.contains("市政府组成部门"),
        "the added edge's note is its evidence"
    );
}
