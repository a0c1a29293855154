//! The versioned JSON scenario format and the `evaluate` example.
#![cfg(not(target_arch = "wasm32"))]

use partnerskabsberegneren::formats::scenario_file::{decode, encode, FileError};
use partnerskabsberegneren::model::{GroupKind, PresetId, Scenario, WorkforceGroup};

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
    assert!(matches!(
        decode("[]"),
        Err(FileError::InvalidScenario { .. })
    ));
    assert_eq!(
        decode(r#"{"format":"other","version":1}"#),
        Err(FileError::NotAScenarioFile)
    );
    assert_eq!(
        decode(r#"{"format":"partnerskabsberegneren.scenario","version":3}"#),
        Err(FileError::UnsupportedVersion { found: "3".into() })
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
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/v1");
    let mut read = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        assert!(text.contains("\"version\": 1"));
        let s = decode(&text).unwrap();
        assert_eq!(s.rate_year, Scenario::default().rate_year);
        read += 1;
    }
    assert_eq!(read, 5);
    let joint = decode(&std::fs::read_to_string(format!("{dir}/joint.json")).unwrap()).unwrap();
    let ratio = partnerskabsberegneren::model::evaluate(&joint)
        .coverage
        .ratio
        .unwrap();
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
