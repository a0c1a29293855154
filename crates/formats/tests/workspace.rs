//! The workspace file and the link to a set of tabs: every open scenario at once.
#![cfg(not(target_arch = "wasm32"))]

use formats::link::{decode_set, encode_set, LinkError, Shared, MAX_SET};
use formats::scenario_file::{FileError, ScenarioFile};
use formats::workspace::{decode_workspace, encode_workspace, is_workspace, WorkspaceFile};
use model::PresetId;

fn file(id: PresetId, name: &str) -> ScenarioFile {
    ScenarioFile {
        name: name.to_string(),
        model: Some(id),
        saved: Some("2026-11-30T10:00:00Z".to_string()),
        scenario: id.scenario(),
    }
}

fn three() -> WorkspaceFile {
    WorkspaceFile {
        documents: vec![
            file(PresetId::Joint, "Basis"),
            file(PresetId::Supplier, "Basis (2)"),
            file(PresetId::SpinOff, ""),
        ],
        active: 1,
        compared: vec![2, 0],
        baseline: Some(0),
    }
}

#[test]
fn a_workspace_reads_back_as_it_was_written() {
    let w = three();
    let text = encode_workspace(&w);
    assert!(is_workspace(&text));
    assert_eq!(decode_workspace(&text), Ok(w));
}

/// A file written by this version, frozen: later builds must keep reading it.
#[test]
fn the_frozen_version_1_workspace_still_reads() {
    let path = format!(
        "{}/tests/fixtures/workspace/v1/three-tabs.json",
        manifest_dir()
    );
    let text = std::fs::read_to_string(path).expect("fixture");
    let w = decode_workspace(&text).expect("reads");
    // Its documents are of scenario file version 3: the projection's inputs take their defaults.
    let mut expected = three();
    for d in &mut expected.documents {
        d.scenario.projection = model::Scenario::default().projection;
    }
    assert_eq!(w, expected);
}

fn refused(text: &str) -> FileError {
    decode_workspace(text).expect_err(text)
}

#[test]
fn a_damaged_workspace_is_refused_with_its_reason() {
    let good = encode_workspace(&three());
    let with = |from: &str, to: &str| good.replacen(from, to, 1);
    assert!(matches!(refused("{"), FileError::InvalidJson { .. }));
    assert_eq!(refused("[]"), FileError::NotAScenarioFile);
    assert_eq!(
        refused(&with("\"version\": 1", "\"version\": 2")),
        FileError::UnsupportedVersion { found: "2".into() }
    );
    for (from, to, says) in [
        ("\"active\": 1", "\"active\": 3", "`active`"),
        (
            "\"compared\": [\n    2,\n    0\n  ]",
            "\"compared\": [0, 0]",
            "twice",
        ),
        ("\"baseline\": 0", "\"baseline\": 9", "`baseline`"),
        (
            "\"active\": 1",
            "\"active\": 1, \"extra\": true",
            "unknown field",
        ),
        ("\"markup_rate\"", "\"markup\"", "document 1 of 3"),
    ] {
        match refused(&with(from, to)) {
            FileError::InvalidScenario { detail } => assert!(detail.contains(says), "{detail}"),
            other => panic!("{from} → {to}: {other:?}"),
        }
    }
    let empty = with("\"documents\": [", "\"documents\": [], \"x\": [");
    assert!(matches!(refused(&empty), FileError::InvalidScenario { .. }));
}

#[test]
fn a_scenario_file_is_no_workspace() {
    let one = formats::scenario_file::encode_file(&file(PresetId::Joint, "x"));
    assert!(!is_workspace(&one));
    assert_eq!(decode_workspace(&one), Err(FileError::NotAScenarioFile));
}

fn shared(id: PresetId, name: &str) -> Shared {
    Shared {
        lang: "da".into(),
        name: name.into(),
        model: id,
        scenario: id.scenario(),
    }
}

#[test]
fn a_link_to_a_set_of_tabs_reads_back_with_its_active_tab() {
    let tabs: Vec<Shared> = PresetId::ALL
        .iter()
        .map(|&id| shared(id, "Variant"))
        .collect();
    let text = encode_set(&tabs, 3).expect("encodes");
    assert!(text.starts_with("3."));
    assert_eq!(decode_set(&text), Ok((tabs.clone(), 3)));
    // Five tabs stay well within what a browser's address takes.
    assert!(text.len() < 1_200, "{}", text.len());
}

#[test]
fn a_damaged_set_link_is_refused() {
    let tabs = vec![
        shared(PresetId::Joint, "a"),
        shared(PresetId::Supplier, "b"),
    ];
    let text = encode_set(&tabs, 0).expect("encodes");
    assert_eq!(decode_set("x.abc"), Err(LinkError::NotALink));
    assert_eq!(decode_set("0"), Err(LinkError::Truncated));
    assert_eq!(
        decode_set(&text.replacen('0', "5", 1)),
        Err(LinkError::Malformed)
    );
    let cut = &text[..text.len() - 4];
    assert!(decode_set(cut).is_err());
    assert_eq!(encode_set(&tabs, 2), None);
    let many: Vec<Shared> = (0..=MAX_SET).map(|_| shared(PresetId::Joint, "")).collect();
    assert_eq!(encode_set(&many, 0), None);
}

/// A link to a set of tabs written by this version, frozen: later builds must keep reading it.
#[test]
fn the_frozen_set_link_still_reads() {
    let path = format!(
        "{}/tests/fixtures/links/sets/five-presets-active-4.txt",
        manifest_dir()
    );
    let text = std::fs::read_to_string(path).expect("fixture");
    // Its links are of version 1: the projection's inputs take their defaults.
    let tabs: Vec<Shared> = PresetId::ALL
        .iter()
        .map(|&id| {
            let mut tab = shared(id, "Variant");
            tab.scenario.projection = model::Scenario::default().projection;
            tab
        })
        .collect();
    assert_eq!(decode_set(text.trim()), Ok((tabs, 3)));
}

/// This crate's folder, as cargo gives it when it runs the test. Not `env!`: a build shared by
/// another checkout of the project (the build cache outside the clone) would read that checkout's
/// files.
fn manifest_dir() -> String {
    std::env::var("CARGO_MANIFEST_DIR").expect("run by cargo")
}
