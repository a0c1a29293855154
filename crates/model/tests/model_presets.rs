//! One hand-computed case per partnership model (values from a separate hand calculation).
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::close;
use model::{evaluate, validate, PresetId, PriceFit, Severity};

struct Expected {
    billed: f64,
    margin: f64,
    mentor: f64,
    support: f64,
    coverage_pct: &'static str,
    result: f64,
    payment: f64,
    net_benefit: f64,
    break_even_markup: f64,
}

fn check(id: PresetId, e: Expected) {
    let s = id.scenario();
    let errors: Vec<_> = validate(&s)
        .into_iter()
        .filter(|p| p.severity == Severity::Error)
        .collect();
    assert!(errors.is_empty(), "{id:?}: {errors:?}");
    let o = evaluate(&s);
    close(o.hours.billed, e.billed);
    close(o.coverage.margin, e.margin);
    close(o.coverage.mentor_revenue, e.mentor);
    close(o.coverage.support_cost, e.support);
    assert_eq!(
        format!("{:.1}", o.coverage.ratio.unwrap() * 100.0),
        e.coverage_pct
    );
    close(o.social_enterprise.result, e.result);
    close(o.company.payment, e.payment);
    close(o.company.net_benefit, e.net_benefit);
    close(
        o.break_even.price.value().unwrap() * 1e4,
        e.break_even_markup * 1e4,
    );
}

#[test]
fn supplier_20_fleksjob_and_3_team_leaders_has_a_gap() {
    // fleksjob 20 × 12 h × 44 × 0.6 = 6,336 h; leaders 3 × 37 × 44 = 4,884 h.
    // margin = 15 % × (6,336 × 253.75 + 4,884 × 275.50); support 20/15 FTE × 480,936.
    check(
        PresetId::Supplier,
        Expected {
            billed: 11_220.0,
            margin: 442_995.30,
            mentor: 0.0,
            support: 641_248.0,
            coverage_pct: "69.1",
            result: -198_252.70,
            payment: 3_396_297.30,
            net_benefit: 194_102.70,
            break_even_markup: 0.217_129_17,
        },
    );
}

#[test]
fn labour_shortage_crew_against_a_helpers_hour_with_freed_skilled_time() {
    // 2 fleksjob × 15 h × 44 × 0.6 + 2 småjob × 15 × 44 = 2,112 h at 253.75 × 1.25.
    // The company compares with a temp helper's 320 kr/h and gains 100 kr per freed skilled hour:
    // 2,112 × (320 + 100) − 669,900 = 217,140.
    check(
        PresetId::LabourShortage,
        Expected {
            billed: 2_112.0,
            margin: 133_980.0,
            mentor: 0.0,
            support: 128_249.60,
            coverage_pct: "104.5",
            result: 5_730.40,
            payment: 669_900.0,
            net_benefit: 217_140.0,
            break_even_markup: 0.239_307_36,
        },
    );
}

#[test]
fn in_house_with_fee_and_savings_and_no_standing_mentor_payments() {
    // 25 × 12 × 44 × 0.6 = 7,920 h; fee 100,000; no mentor hours (granted per person, for a
    // period). Support 25/15 FTE × 480,936 = 801,560; markup* = (801,560 − 100,000) / 2,009,700.
    check(
        PresetId::InHouse,
        Expected {
            billed: 7_920.0,
            margin: 401_455.0,
            mentor: 0.0,
            support: 801_560.0,
            coverage_pct: "50.1",
            result: -400_105.0,
            payment: 2_411_155.0,
            net_benefit: 273_245.0,
            break_even_markup: 0.349_086_93,
        },
    );
}

#[test]
fn spin_off_department_with_half_a_socialpaedagog() {
    // 6 × 15 × 44 × 0.6 = 2,376 h at 10 %; no mentor hours; fixed 0.5 FTE = 240,468.
    check(
        PresetId::SpinOff,
        Expected {
            billed: 2_376.0,
            margin: 60_291.0,
            mentor: 0.0,
            support: 240_468.0,
            coverage_pct: "25.1",
            result: -180_177.0,
            payment: 663_201.0,
            net_benefit: 97_119.0,
            break_even_markup: 0.398_845_60,
        },
    );
}

#[test]
fn a_department_is_one_economy_with_the_company() {
    // The internal price cancels out: 97,119 − 180,177 = −83,058 against the alternative.
    let o = evaluate(&PresetId::SpinOff.scenario());
    close(o.company.with_department.unwrap(), -83_058.0);
    assert_eq!(o.price_fit, PriceFit::NotApplicable);
    assert_eq!(
        evaluate(&PresetId::Joint.scenario())
            .company
            .with_department,
        None
    );
}

/// Each model's example uses values its own help would call typical: no input of any preset is
/// warned as unusual (issue 15: a default must match its help, or say why not).
#[test]
fn every_preset_value_is_within_its_typical_range() {
    for &id in PresetId::ALL {
        let warnings: Vec<_> = validate(&id.scenario())
            .into_iter()
            .filter(|p| p.severity == Severity::Warning)
            .collect();
        assert!(warnings.is_empty(), "{id:?}: {warnings:?}");
    }
}
