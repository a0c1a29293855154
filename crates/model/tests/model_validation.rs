//! Validation: every problem at once, with its path and message key; warnings apart from errors.
#![cfg(not(target_arch = "wasm32"))]

use model::fields::default_value;
use model::rates;
use model::{
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
fn every_default_is_valid_for_every_kind_and_rate_year() {
    for field in FieldId::all() {
        let p = field.spec();
        for kind in GroupKind::ALL {
            for year in rates::years() {
                let d = default_value(field, *kind, year);
                assert!(p.min <= d && d <= p.max, "{field:?} {kind:?} {year}");
            }
        }
        let src = Scenario::default().source_at(field);
        assert!(!src.da.is_empty() && !src.en.is_empty(), "{field:?}");
        assert!((2000..=2030).contains(&src.year), "{field:?}");
    }
}

#[test]
fn the_default_scenario_and_every_preset_are_valid_without_any_warning() {
    // A preset that opened with warnings would teach users to ignore them.
    assert!(validate(&Scenario::default())
        .iter()
        .all(|p| p.message == MessageKey::NoSupportStaff));
    for id in PresetId::ALL {
        assert_eq!(validate(&id.scenario()), vec![], "{id:?}");
    }
}

#[test]
fn a_value_outside_its_typical_range_is_warned_with_the_range() {
    let mut s = PresetId::Joint.scenario();
    s.pricing.markup_rate = 1.5;
    s.groups[1].paid_share = 0.0;
    s.groups[0].hours_per_week = 0.0;
    let found: Vec<(String, MessageKey)> = validate(&s)
        .into_iter()
        .map(|p| {
            assert_eq!(p.severity, Severity::Warning);
            (p.path.unwrap().to_string(), p.message)
        })
        .collect();
    assert_eq!(
        found,
        vec![
            (
                "pricing.markup_rate".to_string(),
                MessageKey::OutsideTypical {
                    low: 0.05,
                    high: 0.30
                }
            ),
            (
                "groups[0].hours_per_week".to_string(),
                MessageKey::OutsideTypical {
                    low: 5.0,
                    high: 20.0
                }
            ),
            (
                "groups[1].paid_share".to_string(),
                MessageKey::OutsideTypical {
                    low: 0.3,
                    high: 0.9
                }
            ),
        ]
    );
    // Ordinary staff have no typical paid share, and hidden fields are not warned about.
    s.groups[1].kind = GroupKind::Ordinary;
    s.pricing.mode = PricingMode::FixedPrice;
    assert!(validate(&s)
        .iter()
        .all(|p| p.path != Some(FieldPath::group(1, FieldId::PaidShare))
            && p.path != Some(FieldPath::global(FieldId::MarkupRate))));
}

#[test]
fn a_rate_year_without_a_table_is_an_error_of_the_whole_scenario() {
    let mut s = PresetId::Joint.scenario();
    s.rate_year = 2031;
    assert_eq!(
        errors(&s),
        vec![(String::new(), MessageKey::UnknownRateYear { year: 2031 })]
    );
}

#[test]
fn all_problems_are_reported_at_once_with_their_paths_in_page_order() {
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
                "pricing.markup_rate".to_string(),
                MessageKey::BelowMin { min: 0.0 }
            ),
            (
                "frame.weeks_per_year".to_string(),
                MessageKey::AboveMax { max: 52.0 }
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
        MessageKey::WageBelowMinimum {
            minimum: 143.35,
            year: 2026
        }
    );
    // The minimum follows the rate year.
    s.rate_year = 2025;
    assert_eq!(
        validate(&s)[0].message,
        MessageKey::WageBelowMinimum {
            minimum: 139.85,
            year: 2025
        }
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
