//! The versioned JSON scenario format and the `evaluate` example.
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/shared.rs"]
mod shared;

use formats::scenario_file::{
    decode, decode_file, encode, encode_file, FileError, ScenarioFile, FORMAT_VERSION,
    MAX_FILE_BYTES, MAX_SAVED_CHARS,
};
use formats::MAX_NAME_CHARS;
use model::{GroupKind, PresetId, Scenario, WorkforceGroup};
use proptest::prelude::*;

#[test]
fn every_preset_survives_a_round_trip() {
    for id in PresetId::ALL {
        let s = id.scenario();
        assert_eq!(decode(&encode(&s)), Ok(s), "{id:?}");
    }
}

#[test]
fn awkward_decimals_read_back_to_the_very_same_numbers() {
    // Each of these read back one unit in the last place off before serde_json's float_roundtrip.
    let mut s = PresetId::Joint.scenario();
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    for _ in 0..20_000 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let value = (x >> 11) as f64 / (1u64 << 53) as f64;
        s.pricing.markup_rate = value;
        s.groups[0].hourly_wage = value * 1_000.0;
        let again = decode(&encode(&s)).unwrap();
        assert_eq!(again.pricing.markup_rate.to_bits(), value.to_bits());
        assert_eq!(
            again.groups[0].hourly_wage.to_bits(),
            (value * 1_000.0).to_bits()
        );
    }
}

#[test]
fn missing_fields_take_their_documented_defaults() {
    let s = decode(
        r#"{"format":"partnerskabsberegneren.scenario","version":1,
            "scenario":{"groups":[{"kind":"participant","persons":3},{"kind":"fleksjob"}]}}"#,
    )
    .unwrap();
    let mut expected = Scenario {
        groups: vec![
            WorkforceGroup::new(GroupKind::Participant),
            WorkforceGroup::new(GroupKind::Fleksjob),
        ],
        ..Scenario::default()
    };
    expected.groups[0].persons = 3.0;
    assert_eq!(s, expected);
    assert!(
        !s.groups[0].billed,
        "participants are not billed by default"
    );
    assert!(s.groups[1].billed);
}

#[test]
fn an_envelope_without_scenario_is_the_default_scenario() {
    let s = decode(r#"{"format":"partnerskabsberegneren.scenario","version":1}"#).unwrap();
    assert_eq!(s, Scenario::default());
}

#[test]
fn unknown_fields_and_wrong_types_are_clear_errors() {
    let unknown = decode(
        r#"{"format":"partnerskabsberegneren.scenario","version":1,"scenario":{"pricing":{"markupp":0.1}}}"#,
    );
    match unknown {
        Err(FileError::InvalidScenario { detail }) => {
            assert!(detail.contains("markupp"), "{detail}")
        }
        other => panic!("{other:?}"),
    }
    let wrong = decode(
        r#"{"format":"partnerskabsberegneren.scenario","version":1,"scenario":{"frame":{"weeks_per_year":"44"}}}"#,
    );
    assert!(matches!(wrong, Err(FileError::InvalidScenario { .. })));
}

#[test]
fn files_that_are_not_scenarios_are_refused_plainly() {
    assert!(matches!(decode("{"), Err(FileError::InvalidJson { .. })));
    // Valid JSON that is no scenario file: another kind of value, or another object.
    for other in ["[]", "5", "null", r#"{"hello":1}"#, r#"{"format":null}"#] {
        assert_eq!(decode(other), Err(FileError::NotAScenarioFile), "{other}");
    }
    assert_eq!(
        decode(r#"{"format":"other","version":1}"#),
        Err(FileError::NotAScenarioFile)
    );
    assert_eq!(
        decode(r#"{"format":"partnerskabsberegneren.scenario","version":6}"#),
        Err(FileError::UnsupportedVersion { found: "6".into() })
    );
    assert!(matches!(
        decode(
            r#"{"format":"partnerskabsberegneren.scenario","version":1,"scenario":{"other_se_costs":1e999}}"#
        ),
        Err(FileError::InvalidJson { .. }) | Err(FileError::InvalidScenario { .. })
    ));
}

#[test]
fn version_1_files_still_read_with_the_newest_rate_year() {
    // The preset files as version 1 wrote them: the joint model still gives 103.9 %.
    let dir = format!("{}/tests/fixtures/v1", manifest_dir());
    let mut read = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        assert!(text.contains("\"version\": 1"));
        let s = decode(&text).unwrap();
        assert_eq!(s.rate_year, Scenario::default().rate_year);
        read += 1;
    }
    assert_eq!(read, 5);
    let joint = decode(&std::fs::read_to_string(format!("{dir}/joint.json")).unwrap()).unwrap();
    let ratio = model::evaluate(&joint).coverage.ratio.unwrap();
    assert_eq!(format!("{:.1}", ratio * 100.0), "103.9");
}

#[test]
fn a_version_1_file_with_a_member_of_version_2_is_refused() {
    for member in [
        r#""rate_year":2025"#,
        r#""public":{}"#,
        r#""municipal":{"occupancy":0.8}"#,
    ] {
        let text = format!(
            r#"{{"format":"partnerskabsberegneren.scenario","version":1,"scenario":{{{member}}}}}"#
        );
        assert!(
            matches!(decode(&text), Err(FileError::InvalidScenario { .. })),
            "{member}"
        );
        let v2 = text.replace(r#""version":1"#, r#""version":2"#);
        assert!(decode(&v2).is_ok(), "{v2}");
    }
}

#[test]
fn version_2_files_still_read() {
    // The preset files as version 2 wrote them (a copy of examples/scenarios/ then).
    let dir = format!("{}/tests/fixtures/v2", manifest_dir());
    let mut read = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        assert!(text.contains("\"version\": 2"));
        let f = decode_file(&text).unwrap();
        assert_eq!((f.name.as_str(), f.model, f.saved), ("", None, None));
        assert_eq!(f.scenario.rate_year, 2026);
        read += 1;
    }
    assert_eq!(read, 5);
}

#[test]
fn version_3_files_read_with_name_model_and_time() {
    let dir = format!("{}/tests/fixtures/v3", manifest_dir());
    for id in PresetId::ALL {
        let text = std::fs::read_to_string(format!("{dir}/{}.json", id.key())).unwrap();
        assert!(text.contains("\"version\": 3"));
        let f = decode_file(&text).unwrap();
        assert!(!f.name.is_empty());
        assert_eq!(f.model, Some(*id));
        assert!(f.saved.as_deref().unwrap().starts_with("2026-05-0"));
        // The new inputs of version 4 take their defaults; the tax inputs are dropped.
        assert_eq!(f.scenario.projection, Scenario::default().projection);
        assert_eq!(f.scenario.public, Scenario::default().public);
    }
    let joint =
        decode_file(&std::fs::read_to_string(format!("{dir}/joint.json")).unwrap()).unwrap();
    assert_eq!(joint.name, "Fælles socialt ansvar");
    assert_eq!(joint.saved.as_deref(), Some("2026-05-01T09:30:00+02:00"));
}

#[test]
fn version_4_files_read_with_the_projection() {
    // The preset files as version 4 wrote them, frozen.
    let dir = format!("{}/tests/fixtures", manifest_dir());
    for id in PresetId::ALL {
        let text = std::fs::read_to_string(format!("{dir}/v4/{}.json", id.key())).unwrap();
        assert!(text.contains("\"version\": 4"));
        let f = decode_file(&text).unwrap();
        assert_eq!(f.model, Some(*id));
        // Nothing is uncertain in a file from before the simulation.
        assert_eq!(f.scenario, id.scenario(), "{id:?}");
    }
}

/// The preset scenarios as version 5 writes them, the joint model with three uncertain inputs
/// and its own seed.
fn version_5_scenario(id: PresetId) -> model::Scenario {
    let mut s = id.scenario();
    if id == PresetId::Joint {
        use model::{FieldId, FieldPath, Range};
        let u = &mut s.uncertainty;
        u.seed = 4711;
        u.draws = 1_000;
        for (input, low, high) in [
            (FieldPath::global(FieldId::Occupancy), 0.7, 1.0),
            (FieldPath::global(FieldId::FlexShare), 0.1, 0.4),
            (FieldPath::group(1, FieldId::Persons), 2.0, 5.0),
        ] {
            u.set(Range { input, low, high });
        }
    }
    s
}

#[test]
fn version_5_files_read_with_the_uncertain_inputs() {
    // The preset files as version 5 wrote them, frozen: what this build writes is what was kept.
    let dir = format!("{}/tests/fixtures", manifest_dir());
    for id in PresetId::ALL {
        let path = format!("{dir}/v5/{}.json", id.key());
        if std::env::var_os("PB_WRITE_FIXTURES").is_some() {
            let v4 = decode_file(
                &std::fs::read_to_string(format!("{dir}/v4/{}.json", id.key())).unwrap(),
            )
            .unwrap();
            let f = ScenarioFile {
                scenario: version_5_scenario(*id),
                ..v4
            };
            std::fs::create_dir_all(format!("{dir}/v5")).unwrap();
            std::fs::write(&path, encode_file(&f) + "\n").unwrap();
        }
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains("\"version\": 5"));
        let f = decode_file(&text).unwrap();
        assert_eq!(f.scenario, version_5_scenario(*id), "{id:?}");
        assert_eq!(encode_file(&f) + "\n", text, "{id:?}");
    }
    let joint = std::fs::read_to_string(format!("{dir}/v5/joint.json")).unwrap();
    assert!(joint.contains(r#""input": "groups[1].persons""#), "{joint}");
}

#[test]
fn the_uncertain_inputs_are_refused_in_older_files_and_checked_in_newer() {
    let text = |v: u32, uncertainty: &str| {
        format!(
            r#"{{"format":"partnerskabsberegneren.scenario","version":{v},"scenario":{{"groups":[{{"kind":"fleksjob"}}],"uncertainty":{uncertainty}}}}}"#
        )
    };
    let good =
        r#"{"seed":7,"draws":500,"ranges":[{"input":"groups[0].persons","low":1,"high":4}]}"#;
    assert!(decode(&text(4, good)).is_err());
    let s = decode(&text(5, good)).unwrap();
    assert_eq!(s.uncertainty.seed, 7);
    assert_eq!(s.uncertainty.ranges.len(), 1);
    for bad in [
        // A group that is not there, an unknown input, the same input twice.
        r#"{"ranges":[{"input":"groups[1].persons","low":1,"high":4}]}"#,
        r#"{"ranges":[{"input":"pricing.nothing","low":1,"high":4}]}"#,
        r#"{"ranges":[{"input":"municipal.occupancy","low":0.5,"high":1},{"input":"municipal.occupancy","low":0.6,"high":1}]}"#,
        // Draws outside the limits, a range without its high end, a seed that is no u32.
        r#"{"draws":10}"#,
        r#"{"draws":1000000}"#,
        r#"{"ranges":[{"input":"municipal.occupancy","low":0.5}]}"#,
        r#"{"seed":-1}"#,
        r#"{"seed":5000000000}"#,
    ] {
        assert!(
            matches!(
                decode(&text(5, bad)),
                Err(FileError::InvalidScenario { .. })
            ),
            "{bad}"
        );
    }
    // A range outside the input's limits reads: the page shows the problem at the range.
    let wide = r#"{"ranges":[{"input":"municipal.occupancy","low":-1,"high":4}]}"#;
    assert!(decode(&text(5, wide)).is_ok());
}

#[test]
fn version_4_members_are_refused_in_older_files_and_dropped_ones_in_newer() {
    for (member, old_ok) in [
        (r#""projection":{"years":5}"#, false),
        (r#""public":{"kommuneskat":0.25}"#, false),
        (r#""public":{"kontanthjaelp":"forsorger"}"#, false),
        (r#""public":{"marginal_tax_rate":0.41}"#, true),
        (r#""public":{"municipal_tax_share":0.55}"#, true),
    ] {
        let text = |v: u32| {
            format!(
                r#"{{"format":"partnerskabsberegneren.scenario","version":{v},"scenario":{{{member}}}}}"#
            )
        };
        assert_eq!(decode(&text(3)).is_ok(), old_ok, "{member} in version 3");
        assert_eq!(decode(&text(4)).is_ok(), !old_ok, "{member} in version 4");
    }
    // An old file's own tax rate is dropped: the tax comes from the rate year now.
    let old = decode(
        r#"{"format":"partnerskabsberegneren.scenario","version":3,"scenario":{"public":{"marginal_tax_rate":0.9}}}"#,
    )
    .unwrap();
    assert_eq!(old, Scenario::default());
}

#[test]
fn version_5_is_written_and_leaves_out_what_is_not_there() {
    assert_eq!(FORMAT_VERSION, 5);
    let s = PresetId::Joint.scenario();
    let plain = encode(&s);
    assert!(plain.contains("\"version\": 5"));
    let top: serde_json::Value = serde_json::from_str(&plain).unwrap();
    let keys: Vec<&String> = top.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["format", "scenario", "version"]);
    let f = ScenarioFile {
        name: "Prøve".into(),
        model: Some(PresetId::SpinOff),
        saved: Some("2026-05-04T12:00:00Z".into()),
        scenario: s.clone(),
    };
    let text = encode_file(&f);
    let start = r#"{
  "format": "partnerskabsberegneren.scenario",
  "version": 5,
  "name": "Prøve",
  "model": "spin_off",
  "saved": "2026-05-04T12:00:00Z",
  "scenario": {"#;
    assert!(text.starts_with(start), "{text}");
    assert_eq!(decode_file(&text), Ok(f));
    assert_eq!(decode(&plain), Ok(s));
}

#[test]
fn a_version_1_or_2_file_with_a_member_of_version_3_is_refused() {
    for member in [
        r#""name":"x""#,
        r#""model":"joint""#,
        r#""saved":"2026-05-04""#,
    ] {
        for version in [1, 2] {
            let text = format!(
                r#"{{"format":"partnerskabsberegneren.scenario","version":{version},{member}}}"#
            );
            match decode_file(&text) {
                Err(FileError::InvalidScenario { detail }) => {
                    assert!(
                        detail.contains(&format!("version {version} file")),
                        "{detail}"
                    )
                }
                other => panic!("{text}: {other:?}"),
            }
            let v3 = text.replace(&format!(r#""version":{version}"#), r#""version":3"#);
            assert!(decode_file(&v3).is_ok(), "{v3}");
        }
    }
    // `null` is there all the same.
    let null = r#"{"format":"partnerskabsberegneren.scenario","version":2,"saved":null}"#;
    assert!(matches!(
        decode_file(null),
        Err(FileError::InvalidScenario { .. })
    ));
}

#[test]
fn version_3_members_are_checked() {
    let file = |members: &str| {
        decode_file(&format!(
            r#"{{"format":"partnerskabsberegneren.scenario","version":3,{members}}}"#
        ))
    };
    let long_name = "ø".repeat(MAX_NAME_CHARS + 1);
    let long_time = "1".repeat(MAX_SAVED_CHARS + 1);
    for bad in [
        format!(r#""name":"{long_name}""#),
        r#""name":null"#.to_string(),
        r#""name":42"#.to_string(),
        r#""model":"joint_venture""#.to_string(),
        r#""model":0"#.to_string(),
        format!(r#""saved":"{long_time}""#),
        r#""saved":20260504"#.to_string(),
        r#""label":"x""#.to_string(),
    ] {
        assert!(
            matches!(file(&bad), Err(FileError::InvalidScenario { .. })),
            "{bad}: {:?}",
            file(&bad)
        );
    }
    let longest = file(&format!(
        r#""name":"{}","saved":"{}""#,
        "ø".repeat(MAX_NAME_CHARS),
        "1".repeat(MAX_SAVED_CHARS)
    ))
    .unwrap();
    assert_eq!(longest.name.chars().count(), MAX_NAME_CHARS);
    assert_eq!(file(r#""name":"""#).unwrap().name, "");
}

#[test]
fn a_written_file_always_reads_back() {
    // Too long a name or time is cut on writing, never refused on reading.
    let f = ScenarioFile {
        name: "æ".repeat(MAX_NAME_CHARS + 10),
        model: None,
        saved: Some("2".repeat(MAX_SAVED_CHARS + 10)),
        scenario: Scenario::default(),
    };
    let back = decode_file(&encode_file(&f)).unwrap();
    assert_eq!(back.name, "æ".repeat(MAX_NAME_CHARS));
    assert_eq!(back.saved, Some("2".repeat(MAX_SAVED_CHARS)));
}

#[test]
fn a_file_over_the_limit_is_refused_unread() {
    let text = encode(&Scenario::default());
    let padded = format!("{text}{}", " ".repeat(MAX_FILE_BYTES - text.len()));
    assert_eq!(padded.len(), MAX_FILE_BYTES);
    assert!(decode(&padded).is_ok());
    let over = format!("{padded} ");
    assert_eq!(
        decode(&over),
        Err(FileError::TooLarge {
            bytes: MAX_FILE_BYTES + 1
        })
    );
    assert_eq!(
        decode(&"[".repeat(50 * MAX_FILE_BYTES)),
        Err(FileError::TooLarge {
            bytes: 50 * MAX_FILE_BYTES
        })
    );
    assert!(FileError::TooLarge { bytes: 2_000_000 }
        .to_string()
        .contains("2000000"));
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 2_000,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn any_version_3_file_reads_back_bit_for_bit(
        scenario in shared::scenario(),
        name in shared::name(),
        model in prop::option::of(shared::model()),
        saved in prop::option::of("[0-9T:+Z.-]{0,40}"),
    ) {
        let f = ScenarioFile { name, model, saved, scenario };
        let back = decode_file(&encode_file(&f)).unwrap();
        shared::assert_same(&back.scenario, &f.scenario);
        prop_assert_eq!(back, f);
    }
}

/// This crate's folder, as cargo gives it when it runs the test. Not `env!`: a build shared by
/// another checkout of the project (the build cache outside the clone) would read that checkout's
/// files.
fn manifest_dir() -> String {
    std::env::var("CARGO_MANIFEST_DIR").expect("run by cargo")
}
