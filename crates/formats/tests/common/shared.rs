//! Generators of whole scenarios with names, models and languages, for the round trips of the
//! share link (`tests/link.rs`) and the scenario file (`tests/scenario_file.rs`). Every input is
//! drawn, so a field a codec forgets shows up as a difference.
#![allow(dead_code)]

use model::validate::every_path;
use model::{
    FieldId, FieldPath, FleksjobBaseline, GroupKind, Organisation, ParticipantBenefit, PresetId,
    PricingMode, Scenario, StaffingMode, WorkforceGroup, MAX_GROUPS,
};
use proptest::prelude::*;

/// Values whose exact bits are easy to lose: negative zero, decimals without an exact binary
/// form, the tiniest and largest finite numbers, and two thirds.
pub const ODD_VALUES: [f64; 16] = [
    -0.0,
    0.0,
    0.1,
    0.15,
    0.142,
    2.0 / 3.0,
    1e-300,
    5e-324,
    f64::MIN_POSITIVE,
    123_456.789,
    -1_234.5,
    34_000.0,
    9_007_199_254_740_994.0,
    1e300,
    f64::MAX,
    -f64::MAX,
];

/// Any finite f64, with integers, hundredths, ten-thousandths and the odd values often.
pub fn finite() -> impl Strategy<Value = f64> {
    prop_oneof![
        2 => (-1_000_000i64..1_000_000).prop_map(|i| i as f64),
        2 => (-10_000_000i64..10_000_000).prop_map(|i| i as f64 / 100.0),
        2 => (-1_000_000i64..1_000_000).prop_map(|i| i as f64 / 10_000.0),
        2 => prop::sample::select(ODD_VALUES.to_vec()),
        1 => -1e4..1e6f64,
        2 => prop::num::f64::POSITIVE
            | prop::num::f64::NEGATIVE
            | prop::num::f64::NORMAL
            | prop::num::f64::SUBNORMAL
            | prop::num::f64::ZERO,
    ]
}

/// A name of 0–80 characters: Danish letters, separators, quotes, markup, emoji, line breaks.
pub fn name() -> impl Strategy<Value = String> {
    prop_oneof![
        1 => Just(String::new()),
        1 => Just("<script>alert(\"x\")</script>".to_string()),
        1 => Just("Lager; \"nat\", æøå ÆØÅ 😀".to_string()),
        1 => Just("=1+2".to_string()),
        1 => Just("ø".repeat(80)),
        1 => Just("😀".repeat(80)),
        4 => "[a-zA-Z0-9æøåÆØÅé ;,.\"'<>/=+@\\-\t\r\n😀🇩🇰]{0,80}",
    ]
}

/// One of `values`.
pub fn one_of<T: Copy + std::fmt::Debug + 'static>(
    values: &'static [T],
) -> impl Strategy<Value = T> {
    prop::sample::select(values)
}

fn group() -> impl Strategy<Value = WorkforceGroup> {
    (
        one_of(GroupKind::ALL),
        any::<bool>(),
        name(),
        prop::collection::vec(finite(), group_field_count()),
    )
        .prop_map(|(kind, billed, name, values)| {
            let mut g = WorkforceGroup::new(kind).named(&name);
            g.billed = billed;
            let mut s = Scenario {
                groups: vec![g],
                ..Scenario::default()
            };
            for (field, v) in group_fields().zip(values) {
                s.set(FieldPath::group(0, field), v);
            }
            s.groups.remove(0)
        })
}

fn group_fields() -> impl Iterator<Item = FieldId> {
    FieldId::all().filter(|f| f.is_group_field())
}

fn group_field_count() -> usize {
    group_fields().count()
}

fn global_field_count() -> usize {
    FieldId::all().filter(|f| !f.is_group_field()).count()
}

prop_compose! {
    /// Any scenario whose numbers are finite: every input drawn, 0–50 groups (often few).
    pub fn scenario()(
        groups in prop_oneof![
            6 => prop::collection::vec(group(), 0..4),
            1 => prop::collection::vec(group(), 0..=MAX_GROUPS),
            1 => prop::collection::vec(group(), MAX_GROUPS..=MAX_GROUPS),
        ],
        values in prop::collection::vec(finite(), global_field_count()),
        rate_year in prop_oneof![Just(2025u16), Just(2026), any::<u16>()],
        organisation in one_of(Organisation::ALL),
        pricing in one_of(PricingMode::ALL),
        staffing in one_of(StaffingMode::ALL),
        baseline in one_of(FleksjobBaseline::ALL),
        benefit in one_of(ParticipantBenefit::ALL),
    ) -> Scenario {
        let mut s = Scenario {
            rate_year,
            organisation,
            groups,
            ..Scenario::default()
        };
        s.pricing.mode = pricing;
        s.support.staffing = staffing;
        s.public.fleksjob_baseline = baseline;
        s.public.participant_benefit = benefit;
        let globals = FieldId::all().filter(|f| !f.is_group_field());
        for (field, v) in globals.zip(values) {
            s.set(FieldPath::global(field), v);
        }
        s
    }
}

/// A model, drawn.
pub fn model() -> impl Strategy<Value = PresetId> {
    one_of(PresetId::ALL)
}

/// Every number of `s` as its bits, in field path order.
pub fn bits(s: &Scenario) -> Vec<u64> {
    every_path(s)
        .into_iter()
        .map(|p| s.get(p).map_or(u64::MAX, f64::to_bits))
        .collect()
}

/// Asserts `a` and `b` are the same scenario, every number bit for bit (so +0 is not −0).
#[track_caller]
pub fn assert_same(a: &Scenario, b: &Scenario) {
    assert_eq!(a, b);
    assert_eq!(bits(a), bits(b));
}
