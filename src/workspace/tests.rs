use super::*;
use crate::model::NodeKind;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

#[test]
fn version_1_fixture_loads_with_every_part() {
    let ws = read(&fixture("workspace_v1.patlas")).expect("v1 loads");
    assert_eq!(ws.version, VERSION, "upgraded on reading");
    assert!(ws.edits.is_empty(), "version 1 had no edits");
    assert_eq!(ws.documents.len(), 5);
    let view = ws.view.as_ref().expect("view");
    assert_eq!(view.hidden_kinds, [NodeKind::Task]);
    assert_eq!(view.positions["city:包头市"], [-50.0, 25.0]);
    assert_eq!(ws.pinned, ["city:包头市"]);
    assert_eq!(ws.scenes[0].caption, "牵头的任务");
    assert_eq!(
        ws.scenes[0].focus,
        Some(("department:包头市发展和改革委员会".to_string(), 1))
    );
    // Its documents are the embedded seeds, unchanged.
    let (sources, problems) = sources(&ws, &fixture("workspace_v1.patlas"));
    assert_eq!(sources.len(), 5);
    assert!(problems.is_empty(), "{problems:?}");
}

#[test]
fn atomic_save_keeps_the_old_file_when_writing_fails() {
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join("w.patlas");
    std::fs::write(&path, "old contents").expect("write");
    let failed = atomic_write(&path, |w| {
        w.write_all(b"half a new fi")?;
        Err(std::io::Error::other("disk full"))
    });
    assert!(failed.is_err());
    assert_eq!(
        std::fs::read_to_string(&path).expect("read"),
        "old contents"
    );
    let left: Vec<_> = std::fs::read_dir(dir.path()).expect("dir").collect();
    assert_eq!(left.len(), 1, "no temporary file left behind");
    // A good save replaces it whole and reads back equal.
    let ws = read(&fixture("workspace_v1.patlas")).expect("v1");
    write(&path, &ws).expect("save");
    assert_eq!(read(&path).expect("reads back"), ws);
}

#[test]
fn truncated_and_newer_files_are_refused_with_the_file_named() {
    let dir = tempfile::tempdir().expect("tmp");
    let text = std::fs::read_to_string(fixture("workspace_v1.patlas")).expect("fixture");
    let cut = dir.path().join("cut.patlas");
    std::fs::write(&cut, &text[..text.len() / 2]).expect("write");
    let e = read(&cut).expect_err("truncated");
    assert!(matches!(e, OpenError::Corrupt { .. }), "{e}");
    assert!(e.to_string().contains("cut.patlas"), "{e}");
    assert!(e.to_string().contains("line"), "says where: {e}");
    let newer = dir.path().join("newer.patlas");
    std::fs::write(&newer, text.replacen("\"version\": 1", "\"version\": 7", 1)).expect("write");
    let e = read(&newer).expect_err("newer");
    assert!(matches!(e, OpenError::Newer { version: 7, .. }), "{e}");
    assert!(e.to_string().contains("newer.patlas") && e.to_string().contains("not be overwritten"));
    let missing = read(&dir.path().join("nope.patlas")).expect_err("missing");
    assert!(missing.to_string().contains("nope.patlas"));
}

#[test]
fn moved_and_changed_documents_are_reported_and_the_rest_opens() {
    let dir = tempfile::tempdir().expect("tmp");
    let a = dir.path().join("a.txt");
    let b = dir.path().join("b.txt");
    std::fs::write(&a, "呼和浩特市发展和改革委员会").expect("write");
    std::fs::write(&b, "包头市").expect("write");
    let refs: Vec<DocRef> = [&a, &b]
        .iter()
        .map(|p| {
            DocRef::of(&Source {
                name: p.display().to_string(),
                bytes: std::fs::read(p).map_err(|e| e.to_string()),
            })
            .expect("ref")
        })
        .chain(std::iter::once(DocRef {
            seed: Some(SEEDS[0].0.to_string()),
            path: None,
            sha256: sha256(SEEDS[0].1.as_bytes()),
        }))
        .collect();
    let ws = Workspace {
        version: VERSION,
        documents: refs,
        view: None,
        pinned: vec![],
        scenes: vec![],
        edits: vec![],
        origin: None,
    };
    std::fs::write(&a, "changed").expect("write");
    std::fs::remove_file(&b).expect("rm");
    let (loaded, problems) = sources(&ws, &dir.path().join("w.patlas"));
    assert_eq!(loaded.len(), 2, "a (changed) and the seed");
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(problems[0].contains("a.txt") && problems[0].contains("changed"));
    assert!(problems[1].contains("b.txt") && problems[1].contains("missing"));
}

#[test]
fn recent_workspaces_newest_first_without_duplicates_or_missing_files() {
    let dir = tempfile::tempdir().expect("tmp");
    recovery::set_state_dir(Some(dir.path().join("state")));
    let files: Vec<PathBuf> = (0..10)
        .map(|i| dir.path().join(format!("w{i}.patlas")))
        .collect();
    for f in &files {
        std::fs::write(f, "{}").expect("write");
        recovery::remember(f).expect("remember");
    }
    recovery::remember(&files[3]).expect("again");
    std::fs::remove_file(&files[9]).expect("rm");
    let recent = recovery::recent();
    let canon = |p: &PathBuf| std::fs::canonicalize(p).expect("canon");
    assert_eq!(recent[0], canon(&files[3]));
    assert_eq!(
        recent.len(),
        recovery::RECENT_MAX - 1,
        "the vanished one is left out"
    );
    assert!(!recent.contains(&files[9]));
    assert_eq!(recent.iter().filter(|p| **p == canon(&files[3])).count(), 1);
    recovery::set_state_dir(None);
}

#[test]
fn version_2_fixture_loads_with_its_edits_and_they_apply_to_the_seeds() {
    let ws = read(&fixture("workspace_v2.patlas")).expect("v2 loads");
    assert_eq!(ws.version, 2);
    assert_eq!(ws.edits.len(), 3);
    let mut g = crate::extract::seed_graph();
    let problems = g.replay(&ws.edits);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(
        g.node("department:包头市发展和改革委员会")
            .map(|n| n.label.as_str()),
        Some("包头市发改委")
    );
    assert!(
        g.node("department:包头市工业和信息化局").is_none(),
        "merged away"
    );
}
