//! The public purse (`../shared/model.md` §4): the worked checks of `../shared/domain.md`,
//! hand-computed figures per preset, and properties of the fleksløntilskud.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::close;
use model::public_purse::flex_job_month;
use model::rates::{self, RateId};
use model::{evaluate, FleksjobBaseline, GroupKind, PresetId, Scenario, WorkforceGroup};
use proptest::prelude::*;

/// A fleksjob person at `wage_incl_pension` kr/h (pension 10 % included), `hours` a week, all paid.
fn person(wage_incl_pension: f64, hours: f64) -> WorkforceGroup {
    WorkforceGroup {
        hourly_wage: wage_incl_pension / 1.10,
        hours_per_week: hours,
        paid_share: 1.0,
        ..WorkforceGroup::new(GroupKind::Fleksjob)
    }
}

#[test]
fn domain_worked_check_2025_ten_hours_gives_18_330_a_month() {
    let m = flex_job_month(&person(180.0, 10.0), rates::for_year(2025), 0.0);
    close(m.wage, 7_800.0);
    // 20,670 − 30 % × 7,800
    close(m.subsidy, 18_330.0);
}

#[test]
fn domain_worked_check_2025_twenty_hours_is_capped_by_the_full_time_wage() {
    let m = flex_job_month(&person(180.0, 20.0), rates::for_year(2025), 0.0);
    close(m.wage, 15_600.0);
    close(m.full_time_wage, 28_860.0);
    // 20,670 − 4,680 = 15,990 would exceed 28,860 − 15,600 = 13,260.
    close(m.subsidy, 13_260.0);
}

#[test]
fn above_the_threshold_the_subsidy_falls_by_55_percent() {
    // 2026: threshold 17,670. 400 kr/h × 12 h × 52/12 = 20,800 a month (full time 64,133).
    let m = flex_job_month(&person(400.0, 12.0), rates::for_year(2026), 0.0);
    close(m.wage, 20_800.0);
    close(
        m.subsidy,
        21_600.0 - 0.30 * 17_670.0 - 0.55 * (20_800.0 - 17_670.0),
    );
}

/// 2026's tax on a wage krone (AM-bidrag 8 %, bundskat 12,01 %, average kommuneskat 25,049 %,
/// beskæftigelsesfradrag 12,75 %): the municipality's part and the state's.
const WAGE_KOMMUNE: f64 = (1.0 - 0.08 - 0.1275) * 0.25049;
const WAGE_STAT: f64 = 0.08 + 0.92 * 0.1201;
/// 2026's tax on a transfer krone: kommuneskat and bundskat.
const TRANSFER_KOMMUNE: f64 = 0.25049;
const TRANSFER_STAT: f64 = 0.1201;

#[test]
fn the_tax_rates_come_from_the_years_tax_parameters() {
    let t = model::public_purse::tax_rates(rates::for_year(2026), 0.25049);
    // 0.08 + 0.92 × 0.1201 + 0.7925 × 0.25049 = 38,90 %: "about 39 %" on a wage krone.
    close(t.wage * 10_000.0, 3_890.05);
    close(t.wage_kommune * 10_000.0, 1_985.13);
    // 0.1201 + 0.25049 = 37,06 % on a transfer krone, 67,6 % of it the municipality's.
    close(t.transfer * 10_000.0, 3_705.90);
    close(t.transfer_kommune / t.transfer * 10_000.0, 6_759.22);
    // 2025: beskæftigelsesfradrag 12,30 %, kommuneskat 25,068 %.
    let t = model::public_purse::tax_rates(rates::for_year(2025), 0.25068);
    close(
        t.wage * 10_000.0,
        (0.08 + 0.92 * 0.1201 + 0.797 * 0.25068) * 10_000.0,
    );
    close(t.wage * 10_000.0, 3_902.84);
}

#[test]
fn joint_preset_public_figures_2026() {
    // 3 fleksjob × 15 h × 2/3 paid at 175 kr/h: wage incl. pension 175 × 1.1 × 10 × 52/12 =
    // 8,341.67; subsidy 21,600 − 2,502.50 = 19,097.50 against ledighedsydelse 19,616:
    // transfers −518.50 a month each. Wage without pension 175 × 10 × 52/12 = 7,583.33 a month
    // each: 273,000 a year for the three.
    let o = evaluate(&PresetId::Joint.scenario());
    let p = &o.public;
    let fleks = p.groups[1].as_ref().unwrap();
    close(fleks.subsidy, 19_097.50);
    close(fleks.baseline, 19_616.0);
    assert!(p.groups[0].is_none(), "participants draw no subsidy");
    close(p.transfers_change, -18_666.0);
    close(p.wage_change, 273_000.0);
    let kommune_tax = WAGE_KOMMUNE * 273_000.0 - TRANSFER_KOMMUNE * 18_666.0;
    let stat_tax = WAGE_STAT * 273_000.0 - TRANSFER_STAT * 18_666.0;
    close(kommune_tax, 49_518.49);
    close(p.tax_change, kommune_tax + stat_tax);
    close(p.kommune.transfers, 14_932.80);
    close(p.kommune.tax, kommune_tax);
    close(p.kommune.purchases, -264_000.0);
    close(p.kommune.net, 14_932.80 + kommune_tax - 264_000.0);
    close(p.kommune.net, -199_548.71);
    close(p.stat.transfers, 3_733.20);
    close(p.stat.net, 3_733.20 + stat_tax);
    close(p.stat.net, 53_495.73);
    close(p.total_net, -146_052.98);
    close(
        p.per_fleksjob_person.unwrap(),
        (kommune_tax + stat_tax + 18_666.0) / 3.0,
    );
    // The participants keep their kontanthjælp (forhøjet sats for a single person, 14,201 a
    // month in 2026): 3 × 14,201 × 12, unchanged.
    close(p.participant_benefits, 511_236.0);
    assert!(
        p.kommune.net < 0.0,
        "the municipality is negative in year one"
    );
}

#[test]
fn supplier_preset_public_figures_2026() {
    // 20 fleksjob × 12 h × 0.6 at 175: wage 192.5 × 7.2 × 52/12 = 6,006; subsidy 19,798.20;
    // transfers +182.20 a month each (43,728 a year); wage without pension 5,460 a month each
    // (1,310,400 a year).
    let p = evaluate(&PresetId::Supplier.scenario()).public;
    close(p.transfers_change, 43_728.0);
    close(p.wage_change, 1_310_400.0);
    close(
        p.kommune.net,
        -0.8 * 43_728.0 + WAGE_KOMMUNE * 1_310_400.0 + TRANSFER_KOMMUNE * 43_728.0,
    );
    close(
        p.stat.net,
        -0.2 * 43_728.0 + WAGE_STAT * 1_310_400.0 + TRANSFER_STAT * 43_728.0,
    );
    assert!(p.groups[1].is_none(), "ordinary staff draw no subsidy");
}

#[test]
fn the_rate_year_changes_the_public_figures() {
    let mut s = PresetId::Joint.scenario();
    s.rate_year = 2025;
    let y2025 = evaluate(&s).public;
    s.rate_year = 2026;
    let y2026 = evaluate(&s).public;
    // 2025: subsidy 20,670 − 2,502.50 = 18,167.50 against 18,772.
    close(y2025.groups[1].as_ref().unwrap().subsidy, 18_167.50);
    assert_ne!(y2025.kommune.net, y2026.kommune.net);
}

#[test]
fn kontanthjaelp_as_baseline_makes_the_job_cost_more_in_transfers() {
    let mut s = PresetId::Joint.scenario();
    s.public.fleksjob_baseline = FleksjobBaseline::Kontanthjaelp;
    let p = evaluate(&s).public;
    // 19,097.50 − 14,201 (forhøjet sats for a single person) = 4,896.50 a month each.
    close(p.transfers_change, 3.0 * 12.0 * 4_896.50);
}

#[test]
fn occupancy_lowers_the_course_payment_and_raises_the_course_break_even() {
    let mut s = PresetId::Joint.scenario();
    s.municipal.occupancy = 0.8;
    let o = evaluate(&s);
    close(o.coverage.course_revenue, 3.0 * 0.8 * 2_000.0 * 44.0);
    // Staff are hired for the places: support is unchanged.
    close(o.coverage.support_cost, 302_302.63);
    // (302,302.63 − 50,242.50) / (3 × 0.8 × 44)
    close(
        o.break_even.course_price.value().unwrap(),
        252_060.13 / 105.6,
    );
}

fn any_flex_person() -> impl Strategy<Value = WorkforceGroup> {
    (0.0..2_000.0f64, 0.0..=37.0f64, 0.0..=1.0f64).prop_map(|(wage, hours, paid)| WorkforceGroup {
        hourly_wage: wage,
        hours_per_week: hours,
        paid_share: paid,
        ..WorkforceGroup::new(GroupKind::Fleksjob)
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 20_000, failure_persistence: None, ..ProptestConfig::default() })]

    /// The subsidy is never negative, never above the year's maximum, and wage plus subsidy never
    /// exceeds the full-time wage for the job.
    #[test]
    fn the_subsidy_stays_within_its_bounds(g in any_flex_person(), year in prop::sample::select(vec![2025u16, 2026])) {
        let table = rates::for_year(year);
        let m = flex_job_month(&g, table, 0.0);
        prop_assert!(m.subsidy >= 0.0);
        prop_assert!(m.subsidy <= table.value(RateId::MaxFlexSubsidy));
        prop_assert!(m.wage + m.subsidy <= m.full_time_wage.max(m.wage) + 1e-6);
    }

    /// More paid hours never raise the subsidy.
    #[test]
    fn the_subsidy_never_rises_with_the_wage(g in any_flex_person(), more in 0.0..10.0f64) {
        let table = rates::for_year(2026);
        let mut richer = g.clone();
        richer.hours_per_week = (g.hours_per_week + more).min(37.0);
        prop_assert!(flex_job_month(&richer, table, 0.0).subsidy <= flex_job_month(&g, table, 0.0).subsidy + 1e-9);
    }
}

#[test]
fn a_scenario_without_fleksjob_has_no_public_effect_but_its_purchases() {
    let s = Scenario {
        groups: vec![WorkforceGroup::new(GroupKind::Participant)],
        ..Scenario::default()
    };
    let p = evaluate(&s).public;
    assert_eq!(p.per_fleksjob_person, None);
    assert_eq!(p.transfers_change, 0.0);
    close(p.kommune.net, -3_000.0 * 44.0);
}

#[test]
fn the_other_presets_public_figures_2026() {
    // In-house: 25 fleksjob × 12 h × 0.6 at 175, as the supplier's: transfers +182.20 a month
    // each (54,660 a year); wage 5,460 a month each (1,638,000 a year). No purchases.
    let p = evaluate(&PresetId::InHouse.scenario()).public;
    close(p.transfers_change, 25.0 * 12.0 * 182.20);
    close(
        p.kommune.net,
        -0.8 * 54_660.0 + WAGE_KOMMUNE * 1_638_000.0 + TRANSFER_KOMMUNE * 54_660.0,
    );
    close(
        p.stat.net,
        -0.2 * 54_660.0 + WAGE_STAT * 1_638_000.0 + TRANSFER_STAT * 54_660.0,
    );
    // Spin-off: 6 fleksjob × 15 h × 0.6 = 9 paid h a week: wage 192.5 × 9 × 52/12 = 7,507.50;
    // subsidy 21,600 − 2,252.25 = 19,347.75 against 19,616: −268.25 a month each (−19,314 a
    // year); wage 175 × 9 × 52/12 = 6,825 a month each (491,400 a year).
    let p = evaluate(&PresetId::SpinOff.scenario()).public;
    close(p.groups[0].as_ref().unwrap().subsidy, 19_347.75);
    close(p.transfers_change, -6.0 * 12.0 * 268.25);
    close(
        p.kommune.net,
        0.8 * 19_314.0 + WAGE_KOMMUNE * 491_400.0 - TRANSFER_KOMMUNE * 19_314.0,
    );
    close(
        p.stat.net,
        0.2 * 19_314.0 + WAGE_STAT * 491_400.0 - TRANSFER_STAT * 19_314.0,
    );
    // Labour shortage: 2 fleksjob as the spin-off's (−6,438 and 163,800 a year); the 2 småjob
    // have no public effect here.
    let p = evaluate(&PresetId::LabourShortage.scenario()).public;
    assert!(p.groups[1].is_none());
    close(
        p.kommune.net,
        0.8 * 6_438.0 + WAGE_KOMMUNE * 163_800.0 - TRANSFER_KOMMUNE * 6_438.0,
    );
    close(
        p.stat.net,
        0.2 * 6_438.0 + WAGE_STAT * 163_800.0 - TRANSFER_STAT * 6_438.0,
    );
}
