//! The simulation (`../shared/model.md` §6, Monte Carlo): the triangular shape, the same seed
//! giving the same draws (frozen, so the browser's wasm test checks the very same numbers), the
//! percentiles bracketing the base case for symmetric ranges, invalid draws counted, and the
//! ranges' own problems.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::close;
use model::sensitivity::{Horizon, Output};
use model::uncertainty::{
    check_ranges, default_range, quantile, simulate, triangular, End, Simulation,
};
use model::{FieldId, FieldPath, MessageKey, PresetId, Range, Scenario};
use proptest::prelude::*;

const BOTH: [Horizon; 2] = [Horizon::YearOne, Horizon::Years];

fn global(f: FieldId) -> FieldPath {
    FieldPath::global(f)
}

fn range(input: FieldPath, low: f64, high: f64) -> Range {
    Range { input, low, high }
}

/// The joint model with four estimates marked uncertain, wide enough to matter.
fn uncertain_joint() -> Scenario {
    let mut s = PresetId::Joint.scenario();
    let u = &mut s.uncertainty;
    u.set(range(global(FieldId::Occupancy), 0.6, 1.0));
    u.set(range(global(FieldId::MarkupRate), 0.10, 0.30));
    u.set(range(global(FieldId::FlexShare), 0.10, 0.45));
    u.set(range(FieldPath::group(0, FieldId::Persons), 2.0, 6.0));
    s
}

#[test]
fn the_triangle_runs_from_low_over_the_value_to_high() {
    assert_eq!(triangular(2.0, 5.0, 10.0, 0.0), 2.0);
    close(triangular(2.0, 5.0, 10.0, 1.0), 10.0);
    // The mode sits at the share (mode − low) / (high − low) of the draws.
    close(triangular(2.0, 5.0, 10.0, 3.0 / 8.0), 5.0);
    // P10 of the symmetric 0–2 triangle: 0 + √(0,1 · 2 · 1) = 0,4472.
    assert!((triangular(0.0, 1.0, 2.0, 0.1) - 0.2f64.sqrt()).abs() < 1e-12);
    assert!((triangular(0.0, 1.0, 2.0, 0.9) - (2.0 - 0.2f64.sqrt())).abs() < 1e-12);
    // A range of one value draws that value.
    assert_eq!(triangular(4.0, 4.0, 4.0, 0.7), 4.0);
}

#[test]
fn quantiles_interpolate_between_neighbours() {
    let mut v = [4.0, 2.0, 5.0, 1.0, 3.0];
    assert_eq!(quantile(&mut v, 0.5), Some(3.0));
    close(quantile(&mut v, 0.1).unwrap(), 1.4);
    close(quantile(&mut v, 0.9).unwrap(), 4.6);
    assert_eq!(quantile(&mut [], 0.5), None);
    assert_eq!(quantile(&mut [7.0], 0.9), Some(7.0));
}

#[test]
fn the_same_seed_gives_the_same_result_and_another_seed_another() {
    let s = uncertain_joint();
    let a = simulate(&s, &BOTH).unwrap();
    let b = simulate(&s, &BOTH).unwrap();
    assert_eq!(a, b);
    let mut other = s.clone();
    other.uncertainty.seed += 1;
    let c = simulate(&other, &BOTH).unwrap();
    let median = |x: &model::uncertainty::Summary| {
        x.spread(Output::KommuneNet, Horizon::Years)
            .unwrap()
            .median
            .unwrap()
    };
    assert_ne!(median(&a), median(&c));
}

#[test]
fn slices_of_any_size_give_the_same_result() {
    let mut s = uncertain_joint();
    s.uncertainty.draws = 1_000;
    let whole = simulate(&s, &BOTH).unwrap();
    let mut sliced = Simulation::new(&s, &BOTH).unwrap();
    let mut steps = 0;
    while !sliced.step(37) {
        steps += 1;
    }
    assert_eq!(steps, 1_000 / 37);
    // The spreads are worked out one output at a time, as the page does between frames.
    let mut outputs = 1;
    while !sliced.summarize() {
        outputs += 1;
    }
    assert_eq!(outputs, 10);
    assert_eq!(sliced.summary(), whole);
}

/// The first draws and the percentiles of the joint model at seed 2026, frozen: the wasm test in
/// `tests/browser.rs` checks that Chromium draws the very same numbers.
#[test]
fn draws_are_frozen_for_every_machine() {
    let mut s = uncertain_joint();
    s.uncertainty.draws = 2_000;
    let first = Simulation::new(&s, &BOTH).unwrap().draw_only(5);
    let summary = simulate(&s, &BOTH).unwrap();
    let percentiles: Vec<[Option<f64>; 3]> = summary
        .spreads
        .iter()
        .map(|p| [p.p10, p.median, p.p90])
        .collect();
    let frozen = serde_json::json!({
        "scenario": serde_json::to_value(&s).unwrap(),
        "first_draws": first,
        "invalid": summary.invalid,
        "percentiles": percentiles,
    });
    let path = format!("{}/tests/fixtures/simulation.json", manifest_dir());
    if std::env::var_os("PB_WRITE_FIXTURES").is_some() {
        std::fs::create_dir_all(format!("{}/tests/fixtures", manifest_dir())).unwrap();
        std::fs::write(&path, serde_json::to_string_pretty(&frozen).unwrap() + "\n").unwrap();
    }
    let stored: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(stored, frozen, "the draws of seed 2026 changed");
    // Whole inputs are drawn whole, every draw within its range.
    for draw in &first {
        assert_eq!(draw[3].fract(), 0.0);
        assert!((0.6..=1.0).contains(&draw[0]), "{draw:?}");
    }
}

#[test]
fn without_uncertain_inputs_every_draw_is_the_base_case() {
    let mut s = PresetId::Supplier.scenario();
    s.uncertainty.draws = 100;
    let summary = simulate(&s, &BOTH).unwrap();
    let p = summary
        .spread(Output::CompanyNet, Horizon::YearOne)
        .unwrap();
    assert_eq!(p.p10, p.base);
    assert_eq!(p.p90, p.base);
    assert_eq!(p.count, 100);
    assert_eq!(p.histogram.counts, vec![100]);
}

#[test]
fn draws_that_break_a_rule_are_counted_not_dropped() {
    let mut s = PresetId::Joint.scenario();
    s.uncertainty.draws = 1_000;
    // Into fleksjob and into ordinary jobs may not take more than all leavers.
    let flex = s.projection.flex_share;
    let ordinary = s.projection.ordinary_share;
    s.uncertainty
        .set(range(global(FieldId::FlexShare), flex, 0.9));
    s.uncertainty
        .set(range(global(FieldId::OrdinaryShare), ordinary, 0.9));
    let summary = simulate(&s, &BOTH).unwrap();
    assert!(summary.invalid > 0, "{}", summary.invalid);
    assert_eq!(summary.draws, 1_000);
    for p in &summary.spreads {
        assert!(p.count + summary.invalid <= 1_000);
    }
    let kommune = summary.spread(Output::KommuneNet, Horizon::Years).unwrap();
    assert_eq!(kommune.count + summary.invalid, 1_000);
    let total: u32 = kommune.histogram.counts.iter().sum();
    assert_eq!(total, kommune.count);
}

#[test]
fn the_quick_check_of_a_draw_counts_what_validating_everything_counts() {
    let mut s = PresetId::Joint.scenario();
    s.uncertainty.draws = 500;
    s.uncertainty
        .set(range(global(FieldId::FlexShare), 0.1, 0.8));
    s.uncertainty
        .set(range(global(FieldId::OrdinaryShare), 0.0, 0.6));
    s.uncertainty
        .set(range(global(FieldId::Deadweight), 0.0, 0.9));
    s.uncertainty
        .set(range(global(FieldId::OtherwiseFp), 0.0, 0.5));
    s.uncertainty
        .set(range(FieldPath::group(0, FieldId::Persons), 0.0, 8.0));
    let summary = simulate(&s, &BOTH).unwrap();
    let mut sim = Simulation::new(&s, &BOTH).unwrap();
    let inputs = sim.inputs();
    let mut invalid = 0;
    for draw in sim.draw_only(500) {
        let mut d = s.clone();
        for (path, v) in inputs.iter().zip(draw) {
            d.set(*path, v);
        }
        if model::validate(&d)
            .iter()
            .any(|p| p.severity == model::Severity::Error)
        {
            invalid += 1;
        }
    }
    assert!(invalid > 0);
    assert_eq!(summary.invalid, invalid);
}

#[test]
fn bad_ranges_are_named_at_their_end_and_stop_the_simulation() {
    let mut s = PresetId::Joint.scenario();
    let occupancy = global(FieldId::Occupancy);
    let markup = global(FieldId::MarkupRate);
    let fee = global(FieldId::YearlyFee);
    s.uncertainty.set(range(occupancy, 0.95, 0.7));
    s.uncertainty.set(range(markup, 0.3, 0.4));
    s.uncertainty.set(range(fee, -5.0, 10.0));
    let problems = check_ranges(&s);
    assert_eq!(problems.len(), 3, "{problems:?}");
    assert_eq!(problems[0].input, occupancy);
    assert_eq!(problems[0].end, Some(End::High));
    assert!(matches!(
        problems[0].message,
        MessageKey::HighBelowLow { .. }
    ));
    assert_eq!(problems[1].input, markup);
    assert_eq!(problems[1].end, None);
    assert!(matches!(
        problems[1].message,
        MessageKey::MostLikelyOutside { .. }
    ));
    assert_eq!(problems[2].end, Some(End::Low));
    assert!(matches!(problems[2].message, MessageKey::BelowMin { .. }));
    assert!(Simulation::new(&s, &BOTH).is_none());
    // The inputs themselves stay valid: the one-year results are not blocked.
    assert!(model::validate(&s)
        .iter()
        .all(|p| p.severity != model::Severity::Error));
}

#[test]
fn a_default_range_holds_the_value() {
    let s = PresetId::Joint.scenario();
    for path in model::sensitivity::estimated_inputs(&s) {
        let r = default_range(&s, path).unwrap();
        let v = s.get(path).unwrap();
        assert!(r.low <= v && v <= r.high, "{path}: {r:?}");
    }
    let persons = default_range(&s, FieldPath::group(0, FieldId::Persons)).unwrap();
    assert_eq!(persons.low.fract(), 0.0);
    assert_eq!(persons.high.fract(), 0.0);
}

#[test]
fn removing_a_group_renumbers_the_ranges_after_it() {
    let mut s = uncertain_joint();
    s.uncertainty.set(range(
        FieldPath::group(2, FieldId::HoursPerWeek),
        10.0,
        20.0,
    ));
    s.uncertainty.forget_group(0);
    assert!(s
        .uncertainty
        .range(FieldPath::group(0, FieldId::Persons))
        .is_none());
    assert!(s
        .uncertainty
        .range(FieldPath::group(1, FieldId::HoursPerWeek))
        .is_some());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// Selection finds each order statistic that a sort puts there, and the quantiles are
    /// those of the sorted values (many equal values included).
    #[test]
    fn selection_finds_what_a_sort_finds(
        v in prop::collection::vec(prop_oneof![-1e9f64..1e9, Just(0.0), Just(1.0)], 1..300),
        k in 0usize..300,
        p in 0.0f64..=1.0,
    ) {
        let mut sorted = v.clone();
        sorted.sort_by(f64::total_cmp);
        let k = k % v.len();
        let mut w = v.clone();
        model::uncertainty::select(&mut w, k);
        prop_assert_eq!(w[k], sorted[k]);
        prop_assert!(w[..k].iter().all(|x| *x <= w[k]) && w[k..].iter().all(|x| *x >= w[k]));
        let h = (sorted.len() - 1) as f64 * p;
        let i = h.floor() as usize;
        let next = sorted[(i + 1).min(sorted.len() - 1)];
        let expected = sorted[i] + (h - i as f64) * (next - sorted[i]);
        let mut w = v;
        prop_assert_eq!(quantile(&mut w, p), Some(expected));
    }

    /// For symmetric ranges around the value the P10 and P90 of an output that is linear in those
    /// inputs bracket its value in the base case.
    #[test]
    fn symmetric_ranges_bracket_the_base_case(
        seed in 1u32..1_000_000,
        preset in prop::sample::select(PresetId::ALL.to_vec()),
        spread in 0.05f64..0.3,
    ) {
        let mut s = preset.scenario();
        s.uncertainty.seed = seed;
        s.uncertainty.draws = 2_000;
        let paths = [
            global(FieldId::AlternativePricePerHour),
            global(FieldId::OtherSavings),
            global(FieldId::FreedHourValue),
            global(FieldId::OtherSeCosts),
        ];
        for path in paths {
            let v = s.get(path).unwrap();
            s.uncertainty.set(range(path, v * (1.0 - spread), v * (1.0 + spread)));
        }
        let summary = simulate(&s, &BOTH).unwrap();
        prop_assert_eq!(summary.invalid, 0);
        for (output, horizon) in [
            (Output::CompanyNet, Horizon::YearOne),
            (Output::SeResult, Horizon::YearOne),
            (Output::CompanyNet, Horizon::Years),
        ] {
            let p = summary.spread(output, horizon).unwrap();
            let base = p.base.unwrap();
            let tol = 1e-6 * base.abs().max(1.0);
            prop_assert!(p.p10.unwrap() <= base + tol, "{:?} {:?}: {:?}", output, horizon, p);
            prop_assert!(p.p90.unwrap() >= base - tol, "{:?} {:?}: {:?}", output, horizon, p);
        }
    }
}

/// This crate's folder, as cargo gives it when it runs the test. Not `env!`: a build shared by
/// another checkout of the project (the build cache outside the clone) would read that checkout's
/// files.
fn manifest_dir() -> String {
    std::env::var("CARGO_MANIFEST_DIR").expect("run by cargo")
}
