//! Validation: every problem at once, with its path and message key; warnings apart from errors.
#![cfg(not(target_arch = "wasm32"))]

use partnerskabsberegneren::model::params::{spec, PARAMS};
use partnerskabsberegneren::model::{
    validate, FieldId, FieldPath, GroupKind, MessageKey, PresetId, PricingMode, Scenario, Severity,
    StaffingMode, WorkforceGroup,
};

fn errors(s: &Scenario) -> Vec<(String, MessageKey)> {
    validate(s)
        .into_iter()
        .filter(|p| p.severity == Severity::Error)
        .map(|p| (p.path.map(|f| f.to_string()).unwrap_or_default(), p.message))
        .collect()
}

#[test]
fn every_field_has_exactly_one_parameter_row_with_a_valid_default() {
    for field in FieldId::ALL {
        assert_eq!(
            PARAMS.iter().filter(|p| p.field == field).count(),
            1,
            "{field:?}"
        );
        let p = spec(field);
        assert!(p.min <= p.default && p.default <= p.max, "{field:?}");
        assert!(!p.source.da.is_empty() && !p.source.en.is_empty());
        assert!((2000..=2030).contains(&p.source.year));
    }
}

#[test]
fn the_default_scenario_and_every_preset_are_valid() {
    assert!(errors(&Scenario::default()).is_empty());
    for id in PresetId::ALL {
        assert!(errors(&id.scenario()).is_empty(), "{id:?}");
    }
}

#[test]
fn all_problems_are_reported_at_once_with_their_paths() {
    let mut s = PresetId::Joint.scenario();
    s.frame.weeks_per_year = 60.0;
    s.pricing.markup_rate = -0.1;
    s.groups[1].persons = 2.5;
    s.groups[0].hours_per_week = f64::NAN;
    let found = errors(&s);
    assert_eq!(
        found,
        vec![
            (
                "frame.weeks_per_year".to_string(),
                MessageKey::AboveMax { max: 52.0 }
            ),
            (
                "pricing.markup_rate".to_string(),
                MessageKey::BelowMin { min: 0.0 }
            ),
            (
                "groups[0].hours_per_week".to_string(),
                MessageKey::NotFinite
            ),
            ("groups[1].persons".to_string(), MessageKey::NotWhole),
        ]
    );
}

#[test]
fn infinity_is_not_finite_and_nothing_is_clamped() {
    let mut s = Scenario::default();
    s.support.monthly_salary = f64::INFINITY;
    assert_eq!(errors(&s)[0].1, MessageKey::NotFinite);
    assert_eq!(
        s.support.monthly_salary,
        f64::INFINITY,
        "validation never changes input"
    );
}

#[test]
fn too_many_groups_is_an_error_on_the_group_list() {
    let s = Scenario {
        groups: vec![WorkforceGroup::new(GroupKind::Fleksjob); 51],
        ..Scenario::default()
    };
    assert!(errors(&s).contains(&(String::new(), MessageKey::TooManyGroups { max: 50 })));
}

#[test]
fn a_fixed_price_below_labour_cost_is_a_warning_not_an_error() {
    let mut s = PresetId::Joint.scenario();
    s.pricing.mode = PricingMode::FixedPrice;
    s.pricing.fixed_hourly_price = 200.0;
    let problems = validate(&s);
    assert!(errors(&s).is_empty());
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].severity, Severity::Warning);
    assert_eq!(
        problems[0].path,
        Some(FieldPath::global(FieldId::FixedHourlyPrice))
    );
    assert_eq!(
        problems[0].message,
        MessageKey::PriceBelowLabourCost {
            labour_rate: 253.75
        }
    );
}

#[test]
fn a_wage_below_the_industry_minimum_is_warned() {
    let mut s = PresetId::Joint.scenario();
    s.groups[1].hourly_wage = 120.0;
    let p = validate(&s);
    assert_eq!(
        p[0].message,
        MessageKey::WageBelowMinimum { minimum: 143.35 }
    );
    assert_eq!(p[0].path, Some(FieldPath::group(1, FieldId::HourlyWage)));
}

#[test]
fn no_support_staff_is_warned() {
    let mut s = PresetId::Joint.scenario();
    s.support.staffing = StaffingMode::Fixed;
    s.support.fixed_fte = 0.0;
    assert_eq!(validate(&s)[0].message, MessageKey::NoSupportStaff);
}
