//! The projection over the years (`../shared/model.md` §5): its invariants, by hand and as
//! properties over generated scenarios.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::rel;
use model::{
    evaluate, evaluate_checked, project, Checked, FieldId, FieldPath, GroupKind, Organisation,
    Party, PresetId, Scenario, WorkforceGroup,
};
use proptest::prelude::*;

/// The preset with no jobs after the course, places refilled and no spin-off in the horizon.
fn steady(id: PresetId) -> Scenario {
    let mut s = id.scenario();
    let p = &mut s.projection;
    p.flex_share = 0.0;
    p.ordinary_share = 0.0;
    p.refill = true;
    p.spin_off_month = 120.0;
    p.years = 4.0;
    s
}

#[test]
fn with_no_jobs_and_refill_every_year_equals_the_one_year_outcome() {
    for id in PresetId::ALL {
        let s = steady(*id);
        let o = evaluate(&s);
        let y = project(&s);
        assert_eq!(y.rows.len(), 4);
        let company = o.company.with_department.unwrap_or(o.company.net_benefit);
        let se = (s.organisation == Organisation::Separate).then_some(o.social_enterprise.result);
        for row in &y.rows {
            rel(row.company, company, 1e-9);
            assert_eq!(row.social_enterprise.is_some(), se.is_some(), "{id:?}");
            if let (Some(a), Some(b)) = (row.social_enterprise, se) {
                rel(a, b, 1e-9);
            }
            rel(row.kommune, o.public.kommune.net, 1e-9);
            rel(row.stat, o.public.stat.net, 1e-9);
            rel(row.public_total, o.public.total_net, 1e-9);
            rel(row.funding, o.coverage.funding, 1e-9);
            rel(row.support_cost, o.coverage.support_cost, 1e-9);
        }
    }
}

#[test]
fn present_value_and_the_year_each_net_turns_positive_by_hand() {
    // The joint model with no jobs: every year as year one, discounted at 3.5 %.
    let s = steady(PresetId::Joint);
    let o = evaluate(&s);
    let y = project(&s);
    let factor =
        1.0 / 1.035 + 1.0 / 1.035_f64.powi(2) + 1.0 / 1.035_f64.powi(3) + 1.0 / 1.035_f64.powi(4);
    // 3.673079…: the four years' discount factors, by hand.
    rel(factor, 3.673_079_209, 1e-9);
    let kommune = y.party(Party::Kommune);
    rel(kommune.present_value, o.public.kommune.net * factor, 1e-9);
    rel(kommune.cumulative[3], 4.0 * o.public.kommune.net, 1e-9);
    // The municipality pays for the places every year and sees no job: never positive.
    assert!(o.public.kommune.net < 0.0);
    assert_eq!(kommune.positive_from, None);
    // The company gains from year one on.
    assert!(o.company.net_benefit > 0.0);
    assert_eq!(y.party(Party::Company).positive_from, Some(1));
    rel(
        y.party(Party::Company).last_year.unwrap(),
        o.company.net_benefit,
        1e-9,
    );
}

#[test]
fn jobs_after_the_course_move_the_public_results() {
    let mut s = PresetId::Joint.scenario();
    s.projection.years = 10.0;
    let y = project(&s);
    let k: Vec<f64> = y.rows.iter().map(|r| r.kommune).collect();
    // Each year the former participants in jobs save the municipality more than the year before.
    assert!(k.windows(2).all(|w| w[1] > w[0]), "{k:?}");
    // The defaults' story: a running course still costs; the state gains from the jobs.
    assert!(y.rows[9].stat > y.rows[0].stat);
    // More unsubsidised jobs after the course move the municipality's result up.
    let mut more = s.clone();
    more.projection.ordinary_share = 0.3;
    let better = project(&more);
    assert!(better.party(Party::Kommune).present_value > y.party(Party::Kommune).present_value);
    // A fleksjob of few paid hours pays a fleksløntilskud above the kontanthjælp it replaces:
    // more of them cost the municipality more in transfers than its tax share brings back,
    // while the state gains.
    let mut flex = s.clone();
    flex.projection.flex_share = 0.4;
    let flexed = project(&flex);
    assert!(flexed.party(Party::Stat).present_value > y.party(Party::Stat).present_value);
    assert!(flexed.party(Party::Kommune).present_value < y.party(Party::Kommune).present_value);
}

#[test]
fn the_join_through_the_social_enterprise_respects_the_cap() {
    let mut s = PresetId::Joint.scenario();
    s.projection.years = 10.0;
    s.projection.flex_share = 0.5;
    s.projection.via_se_cap = 2.0;
    let y = project(&s);
    for r in &y.rows {
        assert!(r.persons.flex_via_se <= 2.0 + 1e-9, "{:?}", r.persons);
    }
    // Full: the rest take a fleksjob elsewhere.
    assert!(y.rows[9].persons.flex_elsewhere > 0.0);
    // Without the SE route nobody joins the company's team, and the company's figure is the
    // one-year figure every year.
    s.projection.via_se = false;
    let off = project(&s);
    assert!(off.rows.iter().all(|r| r.persons.flex_via_se == 0.0));
    let o = evaluate(&s);
    for r in &off.rows {
        rel(r.company, o.company.net_benefit, 1e-9);
    }
}

#[test]
fn the_spin_off_is_a_department_until_its_month_then_sells_to_others() {
    let s = PresetId::SpinOff.scenario();
    assert_eq!(s.projection.spin_off_month, 13.0);
    let y = project(&s);
    assert_eq!(y.rows[0].department_months, 12);
    assert_eq!(y.rows[0].social_enterprise, None);
    assert_eq!(y.rows[1].department_months, 0);
    assert!(y.rows[1].social_enterprise.is_some());
    // Two external fleksjob persons a year from month 13.
    rel(y.rows[1].persons.external, 2.0, 1e-9);
    rel(y.rows[2].persons.external, 4.0, 1e-9);
    // The SE's own result appears the year it becomes separate; its present value is that of
    // years 2 and 3 alone.
    let se = y.party(Party::SocialEnterprise);
    assert_eq!(se.yearly[0], None);
    let by_hand = y.rows[1].social_enterprise.unwrap() / 1.035_f64.powi(2)
        + y.rows[2].social_enterprise.unwrap() / 1.035_f64.powi(3);
    rel(se.present_value, by_hand, 1e-12);
    // A department's zero is no figure: the SE can turn positive only from year 2.
    assert_ne!(se.positive_from, Some(1));
}

#[test]
fn without_the_fortidspension_share_the_municipality_gains_less() {
    let mut s = PresetId::Joint.scenario();
    s.projection.years = 5.0;
    s.projection.otherwise_fp = 0.2;
    let y = project(&s);
    assert!(y.kommune_without_fp.present_value < y.party(Party::Kommune).present_value);
    assert_eq!(y.counterfactual.otherwise_fp, 0.2);
    rel(y.counterfactual.otherwise_benefit, 0.8, 1e-12);
}

#[test]
fn shares_of_the_same_people_above_100_percent_are_refused() {
    let mut s = PresetId::Joint.scenario();
    s.projection.flex_share = 0.7;
    s.projection.ordinary_share = 0.4;
    let Checked::Invalid { problems } = evaluate_checked(&s) else {
        panic!("accepted 110 % of the leavers");
    };
    assert!(problems
        .iter()
        .any(|p| p.path == Some(FieldPath::global(FieldId::OrdinaryShare))));
    s.projection.ordinary_share = 0.3;
    s.projection.deadweight = 0.5;
    s.projection.otherwise_fp = 0.6;
    let Checked::Invalid { problems } = evaluate_checked(&s) else {
        panic!("accepted a counterfactual of 110 %");
    };
    assert!(problems
        .iter()
        .any(|p| p.path == Some(FieldPath::global(FieldId::OtherwiseFp))));
}

fn valid_projection() -> impl Strategy<Value = Scenario> {
    (
        prop::sample::select(PresetId::ALL.to_vec()),
        1.0..=10.0f64,
        1.0..=36.0f64,
        0.0..=1.0f64,
        0.0..=1.0f64,
        0.0..=1.0f64,
        0.0..=1.0f64,
        (
            any::<bool>(),
            any::<bool>(),
            0.0..=10.0f64,
            1.0..=120.0f64,
            0.0..=10.0f64,
        ),
        (0.0..=1.0f64, 0.0..=1.0f64, 0.0..=3.0f64, 0.0..=1.0f64),
    )
        .prop_map(
            |(id, years, months, j, o, d, f, (via, refill, cap, spin, ext), (e, b, extra, occ))| {
                let mut s = id.scenario();
                if extra > 2.0 && !s.groups.iter().any(|g| g.kind == GroupKind::Participant) {
                    let mut g = WorkforceGroup::new(GroupKind::Participant);
                    g.persons = extra.round();
                    s.groups.push(g);
                }
                s.municipal.occupancy = occ;
                let p = &mut s.projection;
                p.years = years.round();
                p.course_months = months;
                p.flex_share = j;
                p.ordinary_share = o.min(1.0 - j);
                p.deadweight = d;
                p.otherwise_fp = f.min(1.0 - d);
                p.via_se = via;
                p.refill = refill;
                p.via_se_cap = cap.round();
                p.spin_off_month = spin.round();
                p.external_jobs_per_year = ext;
                p.job_exit_per_year = e;
                p.back_to_job_per_year = b;
                s
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3_000, failure_persistence: None, ..ProptestConfig::default() })]

    /// Persons are conserved: every participant ever started is in a course, a job, on
    /// ledighedsydelse or left without a job; and nothing is negative or not finite.
    #[test]
    fn persons_are_conserved_and_every_figure_is_finite(s in valid_projection()) {
        prop_assert!(matches!(evaluate_checked(&s), Checked::Valid { .. }), "{:?}", model::validate(&s));
        let y = project(&s);
        prop_assert_eq!(y.rows.len() as f64, s.projection.years);
        for r in &y.rows {
            let p = &r.persons;
            let scale = p.started.max(1.0);
            prop_assert!((p.accounted() - p.started).abs() <= 1e-9 * scale, "{:?}", p);
            for v in [p.course, p.flex_via_se, p.flex_elsewhere, p.ordinary, p.ledighedsydelse, p.without_job, p.external] {
                prop_assert!(v >= -1e-9 && v.is_finite(), "{:?}", p);
            }
            prop_assert!(p.flex_via_se <= s.projection.via_se_cap + 1e-9 || !s.projection.via_se);
            for v in [r.company, r.kommune, r.stat, r.public_total] {
                prop_assert!(v.is_finite());
            }
        }
        for party in y.parties.iter().chain([&y.kommune_without_fp]) {
            prop_assert!(party.present_value.is_finite());
            if let Some(year) = party.positive_from {
                let i = year as usize - 1;
                prop_assert!(party.discounted[i..].iter().all(|v| *v >= 0.0));
            }
        }
    }

    /// With no jobs after the course and places refilled, each year is the one-year outcome.
    #[test]
    fn with_no_jobs_each_year_is_year_one(s in valid_projection()) {
        let mut s = s;
        s.projection.flex_share = 0.0;
        s.projection.ordinary_share = 0.0;
        s.projection.refill = true;
        s.projection.spin_off_month = 120.0;
        s.projection.years = s.projection.years.min(9.0);
        s.projection.activation_per_week = 0.0;
        let o = evaluate(&s);
        let y = project(&s);
        for r in &y.rows {
            let scale = o.public.kommune.net.abs() + o.municipality.total + 1.0;
            prop_assert!((r.kommune - o.public.kommune.net).abs() <= 1e-9 * scale);
            let c = o.company.with_department.unwrap_or(o.company.net_benefit);
            prop_assert!((r.company - c).abs() <= 1e-9 * (c.abs() + o.company.payment + 1.0));
        }
    }
}

#[test]
fn a_small_unsubsidised_job_is_topped_up_by_kontanthjaelp() {
    // 2026: 20 h at the industry minimum of 143.35 kr/h: 143.35 × 20 × 52/12 = 12,423.67 a
    // month. Kontanthjælp at the higher rate for a single person, 14,201, less 65 % of the wage
    // above 2,500: 14,201 − 0.65 × 9,923.67 = 7,750.62 a month still paid.
    let s = PresetId::Joint.scenario();
    let m = model::projection::ordinary_job(&s, model::rates::for_year(2026));
    common::close(m.wage, 12_423.67);
    common::close(m.transfers, 7_750.62);
    // Full time, the wage is above what kontanthjælp tops up.
    let mut full = s.clone();
    full.projection.ordinary_hours = 37.0;
    assert_eq!(
        model::projection::ordinary_job(&full, model::rates::for_year(2026)).transfers,
        0.0
    );
}

#[test]
fn shares_of_hidden_fields_block_nothing() {
    // Without participants the shares are not on screen: a pair above 100 % is no error there.
    let mut s = PresetId::Supplier.scenario();
    s.projection.flex_share = 0.99;
    s.projection.ordinary_share = 0.05;
    assert!(matches!(evaluate_checked(&s), Checked::Valid { .. }));
}

#[test]
fn the_cap_through_the_se_shows_with_its_switch_only() {
    // The joint model has participants and the SE route: its cap is on screen.
    let mut s = PresetId::Joint.scenario();
    let cap = FieldPath::global(FieldId::ViaSeCap);
    assert!(s.is_shown(cap));
    // Without participants the switch is not shown, and neither is its cap.
    s.groups.retain(|g| g.kind != GroupKind::Participant);
    assert!(s.projection.via_se);
    assert!(!s.is_shown(cap));
}
