//! The field table: paths that read back, ids that stay unique, and the table as the one place
//! each input is declared.
#![cfg(not(target_arch = "wasm32"))]

use model::fields::FIELDS;
use model::{FieldId, FieldPath, PresetId, Scenario, MAX_GROUPS};
use std::collections::HashSet;

#[test]
fn every_field_path_reads_back_from_its_text() {
    for f in FieldId::all() {
        let paths = if f.is_group_field() {
            vec![FieldPath::group(0, f), FieldPath::group(MAX_GROUPS - 1, f)]
        } else {
            vec![FieldPath::global(f)]
        };
        for p in paths {
            assert_eq!(p.to_string().parse::<FieldPath>(), Ok(p), "{p}");
        }
    }
    assert_eq!(
        "groups[1].persons".parse(),
        Ok(FieldPath::group(1, FieldId::Persons))
    );
    assert_eq!(
        "municipal.course_price_per_week".parse(),
        Ok(FieldPath::global(FieldId::CoursePricePerWeek))
    );
}

#[test]
fn texts_that_are_not_field_paths_are_refused() {
    for bad in [
        "",
        "persons",
        "groups[0].markup_rate",
        "pricing.markup_rate.x",
        "groups[].persons",
        "groups[01].persons",
        "groups[-1].persons",
        "groups[+1].persons",
        "groups[50].persons",
        "groups[99999999999999999999].persons",
        "groups[1]persons",
        "Pricing.Markup_rate",
        " pricing.markup_rate",
    ] {
        assert!(bad.parse::<FieldPath>().is_err(), "{bad:?}");
    }
}

#[test]
fn paths_and_dom_ids_are_unique() {
    let paths: HashSet<&str> = FIELDS.iter().map(|f| f.path).collect();
    assert_eq!(paths.len(), FIELDS.len());
    let ids: HashSet<String> = FieldId::all()
        .map(|f| {
            if f.is_group_field() {
                FieldPath::group(3, f).dom_id()
            } else {
                FieldPath::global(f).dom_id()
            }
        })
        .collect();
    assert_eq!(ids.len(), FIELDS.len());
    assert_eq!(
        FieldPath::group(2, FieldId::HoursPerWeek).dom_id(),
        "f-groups-2-hours_per_week"
    );
}

#[test]
fn every_path_reads_and_writes_its_own_value() {
    // Each row's accessors reach a slot of their own: writing a distinct value to every field
    // reads every one of them back.
    let mut s = PresetId::Joint.scenario();
    let paths: Vec<FieldPath> = FieldId::all()
        .map(|f| {
            if f.is_group_field() {
                FieldPath::group(1, f)
            } else {
                FieldPath::global(f)
            }
        })
        .collect();
    for (i, p) in paths.iter().enumerate() {
        assert!(s.set(*p, 1000.0 + i as f64));
    }
    for (i, p) in paths.iter().enumerate() {
        assert_eq!(s.get(*p), Some(1000.0 + i as f64), "{p}");
    }
    // A group field without a group, or the reverse, does not exist.
    assert_eq!(s.get(FieldPath::global(FieldId::Persons)), None);
    assert_eq!(s.get(FieldPath::group(0, FieldId::MarkupRate)), None);
    assert_eq!(s.get(FieldPath::group(9, FieldId::Persons)), None);
    assert!(!s.set(FieldPath::group(9, FieldId::Persons), 1.0));
}

#[test]
fn a_scenario_file_member_matches_its_field_path() {
    // The path of each scenario-wide field is where the scenario file keeps it.
    let s = Scenario::default();
    let json = serde_json::to_value(&s).unwrap();
    for f in FieldId::all().filter(|f| !f.is_group_field()) {
        let value = f
            .spec()
            .path
            .split('.')
            .try_fold(&json, |v, key| v.get(key))
            .and_then(|v| v.as_f64());
        assert_eq!(value, s.get(FieldPath::global(f)), "{f:?}");
    }
}
