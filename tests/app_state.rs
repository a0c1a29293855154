//! The app's reducer, natively: what each action does, and that no sequence of actions panics.
#![cfg(not(target_arch = "wasm32"))]

use partnerskabsberegneren::app::{Action, State};
use partnerskabsberegneren::model::number_text::NumberError;
use partnerskabsberegneren::model::{
    BreakEvenKind, FieldId, FieldPath, GroupKind, PresetId, PricingMode, StaffingMode,
};
use partnerskabsberegneren::text::Lang;
use proptest::prelude::*;

const MARKUP: FieldPath = FieldPath::global(FieldId::MarkupRate);

fn coverage(s: &State) -> f64 {
    s.results.as_ref().unwrap().coverage.ratio.unwrap()
}

#[test]
fn typed_text_is_parsed_in_the_field_unit() {
    let mut s = State::default();
    s.apply(Action::SetNumber(MARKUP, "12,5 %".into()));
    assert_eq!(s.scenario.pricing.markup_rate, 0.125);
    assert_eq!(s.inputs[&MARKUP].text, "12,5 %");
    assert!(s.results_current);
}

#[test]
fn unreadable_text_keeps_the_last_results_and_value() {
    let mut s = State::default();
    let before = coverage(&s);
    s.apply(Action::SetNumber(MARKUP, "12,5,3".into()));
    assert_eq!(s.inputs[&MARKUP].error, Some(NumberError::Malformed));
    assert_eq!(s.scenario.pricing.markup_rate, 0.15);
    assert!(s.has_errors());
    assert!(!s.results_current);
    assert_eq!(coverage(&s), before);
}

#[test]
fn an_out_of_range_value_is_an_error_but_the_text_stays() {
    let mut s = State::default();
    s.apply(Action::SetNumber(
        FieldPath::global(FieldId::WeeksPerYear),
        "60".into(),
    ));
    assert!(!s.results_current);
    assert_eq!(
        s.problems_at(FieldPath::global(FieldId::WeeksPerYear))
            .count(),
        1
    );
    s.apply(Action::UseDefault(FieldPath::global(FieldId::WeeksPerYear)));
    assert!(s.results_current);
    assert_eq!(s.scenario.frame.weeks_per_year, 44.0);
}

#[test]
fn a_field_with_unreadable_text_or_a_problem_needs_attention() {
    // A folded section opens by itself for such a field, so the error summary can reach it.
    let weeks = FieldPath::global(FieldId::WeeksPerYear);
    let mut s = State::default();
    assert!(!s.needs_attention(weeks));
    s.apply(Action::SetNumber(weeks, "60".into()));
    assert!(s.needs_attention(weeks), "out of range");
    s.apply(Action::SetNumber(weeks, "fire".into()));
    assert!(s.needs_attention(weeks), "not a number");
    s.apply(Action::SetNumber(weeks, "46".into()));
    assert!(!s.needs_attention(weeks));
}

#[test]
fn removing_a_group_renumbers_the_typed_text_of_later_groups() {
    let mut s = State::default();
    let second_hours = FieldPath::group(1, FieldId::HoursPerWeek);
    s.apply(Action::SetNumber(second_hours, "12,5".into()));
    s.apply(Action::RemoveGroup(0));
    let moved = FieldPath::group(0, FieldId::HoursPerWeek);
    assert_eq!(s.inputs[&moved].text, "12,5");
    assert!(!s.inputs.contains_key(&second_hours));
    assert_eq!(s.scenario.groups.len(), 1);
}

#[test]
fn an_error_in_a_field_that_gets_hidden_is_reset_not_left_blocking() {
    let mut s = State::default();
    s.apply(Action::SetPricingMode(PricingMode::FixedPrice));
    s.apply(Action::SetNumber(
        FieldPath::global(FieldId::FixedHourlyPrice),
        "x".into(),
    ));
    assert!(!s.results_current);
    s.apply(Action::SetPricingMode(PricingMode::Markup));
    assert!(s.results_current);
    assert_eq!(s.scenario.pricing.fixed_hourly_price, 290.0);
}

#[test]
fn participants_are_not_billed_and_switching_kind_follows() {
    let mut s = State::default();
    s.apply(Action::AddGroup(GroupKind::Participant));
    let last = s.scenario.groups.len() - 1;
    assert!(!s.scenario.groups[last].billed);
    s.apply(Action::SetGroupKind(last, GroupKind::Smajob));
    assert!(s.scenario.groups[last].billed);
}

#[test]
fn applying_a_break_even_gives_full_coverage_and_clears_typed_text() {
    let mut s = State::default();
    s.apply(Action::SetNumber(MARKUP, "15".into()));
    s.apply(Action::ApplyBreakEven(BreakEvenKind::Price));
    assert!((coverage(&s) - 1.0).abs() < 1e-12);
    assert!(!s.inputs.contains_key(&MARKUP));
}

#[test]
fn loading_a_preset_replaces_everything_but_the_language() {
    let mut s = State::default();
    s.apply(Action::SetLang(Lang::En));
    s.apply(Action::SetNumber(MARKUP, "abc".into()));
    s.apply(Action::LoadPreset(PresetId::Supplier));
    assert_eq!(s.lang, Lang::En);
    assert!(s.inputs.is_empty());
    assert_eq!(s.scenario.groups[1].name, "Team leaders");
    assert!(s.results_current);
}

#[test]
fn the_preset_group_names_follow_the_language_but_user_names_do_not() {
    let mut s = State::default();
    s.apply(Action::SetGroupName(0, "Lageret".into()));
    s.apply(Action::SetLang(Lang::En));
    assert_eq!(s.scenario.groups[0].name, "Lageret");
    assert_eq!(s.scenario.groups[1].name, "Temps in flex jobs");
}

fn any_action() -> impl Strategy<Value = Action> {
    let index = 0..8usize;
    let kind = prop::sample::select(GroupKind::ALL.to_vec());
    let field = prop::sample::select(FieldId::ALL.to_vec());
    let path =
        (prop::option::of(0..8usize), field).prop_map(|(group, field)| FieldPath { group, field });
    let text = prop_oneof![
        "[0-9]{0,6}([.,][0-9]{0,4})?( ?(kr\\.|%))?",
        "\\PC{0,12}",
        Just("1e309".to_string()),
        Just("-0".to_string()),
        Just("\u{a0}1.234,5\u{a0}kr.".to_string()),
    ];
    prop_oneof![
        1 => prop::sample::select(vec![Lang::Da, Lang::En]).prop_map(Action::SetLang),
        1 => prop::sample::select(PresetId::ALL.to_vec()).prop_map(Action::LoadPreset),
        4 => (path.clone(), text).prop_map(|(p, t)| Action::SetNumber(p, t)),
        1 => path.prop_map(Action::UseDefault),
        1 => (index.clone(), "\\PC{0,100}").prop_map(|(i, n)| Action::SetGroupName(i, n)),
        1 => (index.clone(), kind.clone()).prop_map(|(i, k)| Action::SetGroupKind(i, k)),
        1 => (index.clone(), any::<bool>()).prop_map(|(i, b)| Action::SetGroupBilled(i, b)),
        1 => kind.prop_map(Action::AddGroup),
        1 => index.prop_map(Action::RemoveGroup),
        1 => prop::sample::select(vec![PricingMode::Markup, PricingMode::FixedPrice]).prop_map(Action::SetPricingMode),
        1 => prop::sample::select(vec![StaffingMode::Fixed, StaffingMode::Caseload]).prop_map(Action::SetStaffingMode),
        1 => prop::sample::select(vec![BreakEvenKind::Price, BreakEvenKind::CoursePrice, BreakEvenKind::BilledHours])
            .prop_map(Action::ApplyBreakEven),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3_000, failure_persistence: None, ..ProptestConfig::default() })]

    /// Any sequence of actions leaves a consistent state: no panic, results current exactly when
    /// there are no errors, and nothing shown that is not a finite number.
    #[test]
    fn no_sequence_of_actions_panics(actions in prop::collection::vec(any_action(), 1..40)) {
        let mut s = State::default();
        for a in actions {
            s.apply(a);
            prop_assert_eq!(s.results_current, !s.has_errors());
            prop_assert!(s.scenario.groups.len() <= 50);
            prop_assert!(s.inputs.keys().all(|p| s.scenario.get(*p).is_some()));
            if s.results_current {
                let o = s.results.as_ref().unwrap();
                prop_assert!(o.coverage.funding.is_finite() && o.company.payment.is_finite());
            }
        }
    }
}
