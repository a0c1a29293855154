//! The app's reducer, natively: what each edit does to a document, what the workspace does with
//! several documents, and that no sequence of actions panics.
#![cfg(not(target_arch = "wasm32"))]

use partnerskabsberegneren::app::Slot;
use partnerskabsberegneren::app::{Action, Document, Edit, Origin, StartConfig, State};
use partnerskabsberegneren::locale::parse::NumberError;
use partnerskabsberegneren::locale::Lang;
use partnerskabsberegneren::model::uncertainty::End;
use partnerskabsberegneren::model::{
    evaluate, BreakEvenKind, FieldId, FieldPath, GroupKind, Organisation, PresetId, PricingMode,
    Scenario, StaffingMode,
};
use proptest::prelude::*;
use std::rc::Rc;

const MARKUP: FieldPath = FieldPath::global(FieldId::MarkupRate);

fn doc() -> Document {
    Document::with_preset(0, PresetId::Joint, Lang::Da)
}

fn coverage(d: &Document) -> f64 {
    d.results.as_ref().unwrap().coverage.ratio.unwrap()
}

#[test]
fn typed_text_is_parsed_in_the_field_unit() {
    let mut d = doc();
    d.apply(Edit::SetNumber(MARKUP, "12,5 %".into()), Lang::Da);
    assert_eq!(d.scenario.pricing.markup_rate, 0.125);
    assert_eq!(d.inputs[&MARKUP].text, "12,5 %");
    assert!(d.results_current);
    // In English a lone comma before three digits groups thousands.
    d.apply(Edit::SetNumber(MARKUP, "1,500".into()), Lang::En);
    assert_eq!(d.scenario.pricing.markup_rate, 15.0);
}

#[test]
fn unreadable_text_keeps_the_last_results_and_value() {
    let mut d = doc();
    let before = coverage(&d);
    d.apply(Edit::SetNumber(MARKUP, "12,5,3".into()), Lang::Da);
    assert_eq!(d.inputs[&MARKUP].error, Some(NumberError::Malformed));
    assert_eq!(d.scenario.pricing.markup_rate, 0.15);
    assert!(!d.results_current);
    assert_eq!(coverage(&d), before);
}

#[test]
fn an_out_of_range_value_is_an_error_until_the_default_is_used() {
    let weeks = FieldPath::global(FieldId::WeeksPerYear);
    let mut d = doc();
    d.apply(Edit::SetNumber(weeks, "60".into()), Lang::Da);
    assert!(!d.results_current);
    assert_eq!(d.problems_at(weeks).count(), 1);
    assert!(d.needs_attention(weeks));
    d.apply(Edit::UseDefault(weeks), Lang::Da);
    assert!(d.results_current);
    assert!(!d.needs_attention(weeks));
    assert_eq!(d.scenario.frame.weeks_per_year, 44.0);
}

#[test]
fn unreadable_text_needs_attention_even_without_a_validation_problem() {
    let weeks = FieldPath::global(FieldId::WeeksPerYear);
    let mut d = doc();
    d.apply(Edit::SetNumber(weeks, "fire".into()), Lang::Da);
    assert!(d.needs_attention(weeks));
    assert_eq!(d.problems_at(weeks).count(), 0);
}

#[test]
fn removing_a_group_renumbers_the_typed_text_of_later_groups() {
    let mut d = doc();
    let second_hours = FieldPath::group(1, FieldId::HoursPerWeek);
    d.apply(Edit::SetNumber(second_hours, "12,5".into()), Lang::Da);
    d.apply(Edit::RemoveGroup(0), Lang::Da);
    let moved = FieldPath::group(0, FieldId::HoursPerWeek);
    assert_eq!(d.inputs[&moved].text, "12,5");
    assert!(!d.inputs.contains_key(&second_hours));
    assert_eq!(d.scenario.groups.len(), 1);
}

#[test]
fn an_error_in_a_field_that_gets_hidden_is_reset_not_left_blocking() {
    let mut d = doc();
    d.apply(Edit::SetPricingMode(PricingMode::FixedPrice), Lang::Da);
    d.apply(
        Edit::SetNumber(FieldPath::global(FieldId::FixedHourlyPrice), "x".into()),
        Lang::Da,
    );
    assert!(!d.results_current);
    d.apply(Edit::SetPricingMode(PricingMode::Markup), Lang::Da);
    assert!(d.results_current);
    assert_eq!(d.scenario.pricing.fixed_hourly_price, 290.0);
}

#[test]
fn participants_are_not_billed_and_switching_kind_follows() {
    let mut d = doc();
    d.apply(Edit::AddGroup(GroupKind::Participant), Lang::Da);
    let last = d.scenario.groups.len() - 1;
    assert!(!d.scenario.groups[last].billed);
    d.apply(Edit::SetGroupKind(last, GroupKind::Smajob), Lang::Da);
    assert!(d.scenario.groups[last].billed);
}

#[test]
fn applying_a_break_even_gives_full_coverage_and_clears_typed_text() {
    for (preset, kind) in [
        (PresetId::Supplier, BreakEvenKind::Price),
        (PresetId::Supplier, BreakEvenKind::CoursePrice),
        (PresetId::Joint, BreakEvenKind::BilledHours),
    ] {
        let mut d = Document::with_preset(0, preset, Lang::Da);
        d.apply(Edit::SetNumber(MARKUP, "15".into()), Lang::Da);
        d.apply(Edit::AddGroup(GroupKind::Participant), Lang::Da);
        d.apply(Edit::ApplyBreakEven(kind), Lang::Da);
        assert_eq!(d.apply_error, None, "{kind:?}");
        let c = &d.results.as_ref().unwrap().coverage;
        // At 100 % or a hair above, never "100,0 % with a gap of 0 kr.".
        assert!(
            c.surplus >= 0.0 && c.surplus < 1e-6,
            "{kind:?}: {}",
            c.surplus
        );
        assert!(!d.inputs.contains_key(&MARKUP) || kind != BreakEvenKind::Price);
    }
}

#[test]
fn a_break_even_outside_the_valid_range_is_refused_and_changes_nothing() {
    // The supplier's team leaders already work 37 h a week: more billed hours cannot be had.
    let mut d = Document::with_preset(0, PresetId::Supplier, Lang::Da);
    let before = d.scenario.clone();
    d.apply(Edit::ApplyBreakEven(BreakEvenKind::BilledHours), Lang::Da);
    assert!(d.apply_error.is_some());
    assert_eq!(d.scenario, before);
}

#[test]
fn loading_a_preset_replaces_the_inputs_but_keeps_the_rate_year() {
    let mut d = doc();
    d.apply(Edit::SetRateYear(2025), Lang::En);
    d.apply(Edit::SetNumber(MARKUP, "abc".into()), Lang::En);
    d.apply(Edit::LoadPreset(PresetId::Supplier), Lang::En);
    assert!(d.inputs.is_empty());
    assert_eq!(d.scenario.groups[1].name, "Team leaders");
    assert_eq!(d.scenario.rate_year, 2025);
    assert!(d.results_current);
}

#[test]
fn choosing_a_rate_year_recomputes_the_results_in_its_rates() {
    // What a year's rates change is the model's to test (model_public_purse.rs); here: the edit
    // reaches the scenario, and the results shown are those of the scenario in that year.
    let mut d = doc();
    let revision = d.revision;
    d.apply(Edit::SetRateYear(2025), Lang::Da);
    assert_eq!(d.scenario.rate_year, 2025);
    assert!(d.results_current);
    assert_eq!(**d.results.as_ref().unwrap(), evaluate(&d.scenario));
    assert!(d.revision > revision, "a new revision of the inputs");
}

#[test]
fn each_value_says_where_it_comes_from() {
    let mut d = Document::with_preset(0, PresetId::InHouse, Lang::Da);
    let fee = FieldPath::global(FieldId::YearlyFee);
    assert_eq!(
        d.origin(FieldPath::global(FieldId::MarkupRate)),
        Origin::Default
    );
    assert_eq!(d.origin(fee), Origin::Example);
    d.apply(Edit::SetNumber(fee, "90.000".into()), Lang::Da);
    assert_eq!(d.origin(fee), Origin::User);
}

#[test]
fn the_organisation_choice_makes_one_economy() {
    let mut d = doc();
    assert_eq!(d.results.as_ref().unwrap().company.with_department, None);
    d.apply(Edit::SetOrganisation(Organisation::Department), Lang::Da);
    assert!(d
        .results
        .as_ref()
        .unwrap()
        .company
        .with_department
        .is_some());
}

#[test]
fn the_preset_group_names_follow_the_language_but_user_names_do_not() {
    let mut s = State::default();
    s.apply(Action::Edit(0, Edit::SetGroupName(0, "Lageret".into())));
    s.apply(Action::SetLang(Lang::En));
    let d = s.active_doc();
    assert_eq!(d.scenario.groups[0].name, "Lageret");
    assert_eq!(d.scenario.groups[1].name, "Temps in flex jobs");
}

#[test]
fn the_app_starts_with_any_scenario_and_language() {
    let mut scenario = PresetId::Supplier.scenario();
    scenario.pricing.markup_rate = 0.2;
    let s = State::new(StartConfig {
        lang: Lang::En,
        preset: PresetId::Supplier,
        scenario: Some(scenario.clone()),
        ..StartConfig::default()
    });
    assert_eq!(s.lang, Lang::En);
    assert_eq!(s.active_doc().scenario.pricing.markup_rate, 0.2);
    assert_eq!(s.active_doc().scenario.groups[1].name, "Team leaders");
    // A start year without its own rates takes the newest table before it.
    assert_eq!(StartConfig::rate_year_for(2030), 2026);
    assert_eq!(StartConfig::rate_year_for(2025), 2025);
    assert_eq!(StartConfig::rate_year_for(1999), 2025);
}

#[test]
fn documents_are_edited_apart_and_the_last_one_stays() {
    let mut s = State::default();
    s.apply(Action::Duplicate(0));
    assert_eq!(s.documents.len(), 2);
    let copy = s.active;
    assert_ne!(copy, 0);
    s.apply(Action::Edit(copy, Edit::SetNumber(MARKUP, "20".into())));
    assert_eq!(s.doc(0).unwrap().scenario.pricing.markup_rate, 0.15);
    assert_eq!(s.doc(copy).unwrap().scenario.pricing.markup_rate, 0.2);
    // An unchanged document keeps its very allocation, so its components need not re-render.
    let before = Rc::clone(s.doc(0).unwrap());
    s.apply(Action::Edit(copy, Edit::SetNumber(MARKUP, "21".into())));
    assert!(Rc::ptr_eq(&before, s.doc(0).unwrap()));
    s.apply(Action::Close(copy));
    assert_eq!(s.active, 0);
    s.apply(Action::Close(0));
    assert_eq!(s.documents.len(), 1, "the last document stays");
}

fn any_edit() -> impl Strategy<Value = Edit> {
    let index = 0..8usize;
    let kind = prop::sample::select(GroupKind::ALL.to_vec());
    let field = prop::sample::select(FieldId::all().collect::<Vec<_>>());
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
        1 => prop::sample::select(PresetId::ALL.to_vec()).prop_map(Edit::LoadPreset),
        4 => (path.clone(), text.clone()).prop_map(|(p, t)| Edit::SetNumber(p, t)),
        1 => path.clone().prop_map(Edit::UseDefault),
        1 => (index.clone(), "\\PC{0,100}").prop_map(|(i, n)| Edit::SetGroupName(i, n)),
        1 => (index.clone(), kind.clone()).prop_map(|(i, k)| Edit::SetGroupKind(i, k)),
        1 => (index.clone(), any::<bool>()).prop_map(|(i, b)| Edit::SetGroupBilled(i, b)),
        1 => kind.prop_map(Edit::AddGroup),
        1 => index.prop_map(Edit::RemoveGroup),
        1 => prop::sample::select(PricingMode::ALL.to_vec()).prop_map(Edit::SetPricingMode),
        1 => prop::sample::select(StaffingMode::ALL.to_vec()).prop_map(Edit::SetStaffingMode),
        1 => prop::sample::select(Organisation::ALL.to_vec()).prop_map(Edit::SetOrganisation),
        1 => prop::sample::select(vec![2024u16, 2025, 2026, 2040]).prop_map(Edit::SetRateYear),
        1 => prop::sample::select(vec![BreakEvenKind::Price, BreakEvenKind::CoursePrice, BreakEvenKind::BilledHours])
            .prop_map(Edit::ApplyBreakEven),
        1 => path.clone().prop_map(Edit::MarkUncertain),
        1 => Just(Edit::MarkEstimates),
        2 => (path.clone(), prop::sample::select(vec![End::Low, End::High]), text)
            .prop_map(|(p, e, t)| Edit::SetRangeEnd(p, e, t)),
        1 => path.prop_map(Edit::Unmark),
        1 => "\\PC{0,12}|[0-9]{1,12}".prop_map(Edit::SetSeed),
        1 => any::<u32>().prop_map(Edit::SetDraws),
    ]
}

fn any_action() -> impl Strategy<Value = Action> {
    let doc = 0..3u32;
    prop_oneof![
        1 => prop::sample::select(Lang::ALL.to_vec()).prop_map(Action::SetLang),
        12 => (doc.clone(), any_edit()).prop_map(|(d, e)| Action::Edit(d, e)),
        1 => doc.clone().prop_map(Action::Select),
        1 => doc.clone().prop_map(Action::Duplicate),
        1 => doc.clone().prop_map(Action::Close),
        1 => Just(Action::Reopen),
        2 => Just(Action::Undo),
        1 => Just(Action::Redo),
        1 => doc.clone().prop_map(Action::BreakRun),
        1 => doc.clone().prop_map(Action::ToggleCompare),
        1 => doc.clone().prop_map(Action::SetBaseline),
        1 => doc.prop_map(Action::ResetToBaseline),
        1 => "\\PC{0,100}".prop_map(|n| Action::Edit(0, Edit::SetName(n))),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3_000, failure_persistence: None, ..ProptestConfig::default() })]

    /// Any sequence of actions leaves a consistent workspace: no panic, an active document that
    /// exists, typed text only for fields that exist, and nothing shown that is not finite.
    #[test]
    fn no_sequence_of_actions_panics(actions in prop::collection::vec(any_action(), 1..40)) {
        let mut s = State::default();
        for a in actions {
            s.apply(a);
            prop_assert!(s.doc(s.active).is_some());
            prop_assert!(s.documents.len() <= partnerskabsberegneren::app::state::MAX_DOCUMENTS);
            let compared = s.compared_docs();
            prop_assert!(compared.len() <= 4);
            prop_assert!(s.baseline_doc().is_some());
            for d in &s.documents {
                prop_assert!(d.scenario.groups.len() <= 50);
                prop_assert!(d.inputs.keys().all(|p| d.scenario.get(*p).is_some()));
                // Ranges only of inputs that are there, each once, with their typed text; the
                // scenario stays one a file and a link hold.
                prop_assert!(partnerskabsberegneren::model::uncertainty::ranges_well_formed(&d.scenario));
                prop_assert!(d.range_inputs.0.iter().all(|((p, _), _)| d.scenario.uncertainty.range(*p).is_some()));
                if d.results_current {
                    let o = d.results.as_ref().unwrap();
                    prop_assert!(o.coverage.funding.is_finite() && o.company.payment.is_finite());
                    prop_assert!(o.public.total_net.is_finite());
                }
            }
        }
    }
}

#[test]
fn a_scenario_with_an_unknown_rate_year_starts_with_an_error_not_a_panic() {
    let s = State::new(StartConfig {
        scenario: Some(Scenario {
            rate_year: 1990,
            ..PresetId::Joint.scenario()
        }),
        ..StartConfig::default()
    });
    assert!(!s.active_doc().results_current);
}

#[test]
fn a_result_that_arrives_for_older_inputs_is_dropped() {
    let mut slot: Slot<&str> = Slot::default();
    assert!(slot.accept(3, 3, "år 1–3 for revision 3"));
    assert_eq!(slot.current(3).map(|v| **v), Some("år 1–3 for revision 3"));
    // The user typed on: revision 4. A late result for revision 3 is dropped ...
    assert!(!slot.accept(3, 4, "sent"));
    assert_eq!(
        slot.current(4),
        None,
        "nothing current until revision 4 arrives"
    );
    // ... and the last one stays to be shown, marked as not current.
    assert_eq!(
        slot.last(4).map(|(v, now)| (**v, now)),
        Some(("år 1–3 for revision 3", false))
    );
    assert!(slot.accept(4, 4, "for revision 4"));
    assert_eq!(
        slot.last(4).map(|(v, now)| (**v, now)),
        Some(("for revision 4", true))
    );
}

#[test]
fn every_change_of_the_inputs_is_a_new_revision_never_used_before() {
    let mut s = State::default();
    let mut seen = vec![s.active_doc().revision];
    for text in ["16", "17", "18"] {
        s.apply(Action::Edit(0, Edit::SetNumber(MARKUP, text.into())));
        s.apply(Action::BreakRun(0));
        seen.push(s.active_doc().revision);
    }
    // Undo brings older inputs back, under a revision of their own: a result computed for the
    // inputs undone can never be taken for theirs.
    s.apply(Action::Undo);
    s.apply(Action::Undo);
    seen.push(s.active_doc().revision);
    s.apply(Action::Redo);
    seen.push(s.active_doc().revision);
    let mut unique = seen.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), seen.len(), "revisions {seen:?}");
    // A name is no input of the results: renaming keeps the revision.
    let before = s.active_doc().revision;
    s.apply(Action::Edit(0, Edit::SetName("Basis".into())));
    assert_eq!(s.active_doc().revision, before);
}

#[test]
fn a_range_is_typed_in_the_field_unit_and_its_problems_block_only_the_simulation() {
    let mut d = doc();
    let occupancy = FieldPath::global(FieldId::Occupancy);
    d.apply(Edit::MarkUncertain(occupancy), Lang::Da);
    let r = *d.scenario.uncertainty.range(occupancy).unwrap();
    assert_eq!((r.low, r.high), (0.7, 1.0));
    d.apply(
        Edit::SetRangeEnd(occupancy, End::Low, "62,5".into()),
        Lang::Da,
    );
    assert_eq!(d.scenario.uncertainty.range(occupancy).unwrap().low, 0.625);
    assert!(d.can_simulate());
    // Low above the value: the value (the most likely) is outside; results stay current.
    d.apply(
        Edit::SetRangeEnd(occupancy, End::Low, "fem".into()),
        Lang::Da,
    );
    assert!(!d.can_simulate());
    assert!(d.results_current);
    let listed = d.errors();
    assert_eq!(listed.len(), 1);
    assert_eq!(
        listed[0].dom_id().as_deref(),
        Some("f-municipal-occupancy-low")
    );
    d.apply(
        Edit::SetRangeEnd(occupancy, End::High, "90".into()),
        Lang::Da,
    );
    d.apply(
        Edit::SetRangeEnd(occupancy, End::Low, "80".into()),
        Lang::Da,
    );
    assert!(!d.can_simulate());
    assert!(d.results_current);
    assert_eq!(d.range_problems.len(), 1, "{:?}", d.range_problems);
    assert!(d.needs_attention(occupancy));
    // Removing the range removes its problem and its text.
    d.apply(Edit::Unmark(occupancy), Lang::Da);
    assert!(d.can_simulate());
    assert!(d.range_inputs.0.is_empty());
}

#[test]
fn removing_a_group_renumbers_its_ranges_and_their_text() {
    let mut d = doc();
    let first = FieldPath::group(0, FieldId::HoursPerWeek);
    let second = FieldPath::group(1, FieldId::HoursPerWeek);
    d.apply(Edit::MarkUncertain(first), Lang::Da);
    d.apply(Edit::MarkUncertain(second), Lang::Da);
    d.apply(Edit::SetRangeEnd(second, End::High, "30".into()), Lang::Da);
    d.apply(Edit::RemoveGroup(0), Lang::Da);
    assert_eq!(d.scenario.uncertainty.ranges.len(), 1);
    assert_eq!(d.scenario.uncertainty.ranges[0].input, first);
    assert_eq!(d.scenario.uncertainty.ranges[0].high, 30.0);
    assert_eq!(d.range_inputs.get(first, End::High).unwrap().text, "30");
}

#[test]
fn the_seed_reads_only_whole_numbers_and_a_model_keeps_it() {
    let mut d = doc();
    d.apply(Edit::SetSeed("4711".into()), Lang::Da);
    assert_eq!(d.scenario.uncertainty.seed, 4711);
    d.apply(Edit::SetSeed("12,5".into()), Lang::Da);
    assert_eq!(d.scenario.uncertainty.seed, 4711);
    assert!(!d.can_simulate());
    assert_eq!(d.errors()[0].dom_id().as_deref(), Some("simulation-seed"));
    d.apply(Edit::NewSeed(99), Lang::Da);
    assert!(d.can_simulate());
    d.apply(Edit::SetDraws(1_000), Lang::Da);
    d.apply(Edit::SetDraws(7), Lang::Da);
    assert_eq!(d.scenario.uncertainty.draws, 1_000);
    d.apply(Edit::MarkEstimates, Lang::Da);
    assert!(d.scenario.uncertainty.ranges.len() > 10);
    // Another model: its own values, so the ranges go; the seed and the draws stay.
    d.apply(Edit::LoadPreset(PresetId::Supplier), Lang::Da);
    assert!(d.scenario.uncertainty.ranges.is_empty());
    assert_eq!(d.scenario.uncertainty.seed, 99);
    assert_eq!(d.scenario.uncertainty.draws, 1_000);
}

#[test]
fn undo_brings_a_range_back() {
    let mut s = State::default();
    let id = s.active;
    let occupancy = FieldPath::global(FieldId::Occupancy);
    s.apply(Action::Edit(id, Edit::MarkUncertain(occupancy)));
    s.apply(Action::BreakRun(id));
    s.apply(Action::Edit(id, Edit::Unmark(occupancy)));
    assert!(s.active_doc().scenario.uncertainty.ranges.is_empty());
    s.apply(Action::Undo);
    assert!(s
        .active_doc()
        .scenario
        .uncertainty
        .range(occupancy)
        .is_some());
}
