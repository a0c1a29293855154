//! One test per formula of `../shared/model.md` §3.2–3.3 and per break-even case.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::{close, rel};
use model::{
    apply_break_even, evaluate, ApplyError, BreakEven, BreakEvenKind, GroupKind,
    NotReachableReason, PricingMode, Scenario, StaffingMode, WorkforceGroup,
};

fn group(kind: GroupKind, persons: f64, hours: f64, paid: f64) -> WorkforceGroup {
    let mut g = WorkforceGroup::new(kind);
    g.persons = persons;
    g.hours_per_week = hours;
    g.paid_share = paid;
    g.hourly_wage = 200.0;
    g.oncost_rate = 0.5;
    g
}

/// 2 fleksjob × 10 h at 50 % paid, 40 weeks, labour rate 300 kr/h, markup 10 %.
fn simple() -> Scenario {
    let mut s = Scenario::default();
    s.frame.weeks_per_year = 40.0;
    s.groups = vec![group(GroupKind::Fleksjob, 2.0, 10.0, 0.5)];
    s.pricing.markup_rate = 0.10;
    s.support.staffing = StaffingMode::Fixed;
    s.support.fixed_fte = 0.1;
    s
}

#[test]
fn attendance_is_persons_times_hours_times_weeks() {
    close(evaluate(&simple()).groups[0].attendance, 800.0);
}

#[test]
fn paid_hours_are_attendance_times_paid_share() {
    close(evaluate(&simple()).hours.paid, 400.0);
}

#[test]
fn participants_have_no_paid_hours_whatever_their_paid_share() {
    let mut s = simple();
    s.groups.push(group(GroupKind::Participant, 3.0, 15.0, 1.0));
    let o = evaluate(&s);
    close(o.groups[1].paid, 0.0);
    close(o.groups[1].attendance, 1_800.0);
    close(o.social_enterprise.wage_cost, 400.0 * 300.0);
}

#[test]
fn labour_rate_is_wage_plus_on_costs() {
    close(evaluate(&simple()).groups[0].labour_rate, 300.0);
}

#[test]
fn unbilled_hours_are_paid_but_not_billed() {
    let mut s = simple();
    s.groups[0].billed = false;
    let o = evaluate(&s);
    close(o.hours.billed, 0.0);
    close(o.company.payment, 0.0);
    close(o.social_enterprise.wage_cost, 120_000.0);
    assert_eq!(o.company.cost_per_billed_hour, None);
}

#[test]
fn markup_price_and_margin() {
    let o = evaluate(&simple());
    close(o.groups[0].price, 330.0);
    close(o.company.payment, 132_000.0);
    close(o.coverage.margin, 12_000.0);
}

#[test]
fn fixed_price_and_yearly_fee() {
    let mut s = simple();
    s.pricing.mode = PricingMode::FixedPrice;
    s.pricing.fixed_hourly_price = 280.0;
    s.pricing.yearly_fee = 10_000.0;
    let o = evaluate(&s);
    close(o.company.payment, 400.0 * 280.0 + 10_000.0);
    close(o.coverage.margin, 400.0 * (280.0 - 300.0) + 10_000.0);
}

#[test]
fn course_and_mentor_revenue() {
    let mut s = simple();
    s.groups.push(group(GroupKind::Participant, 3.0, 15.0, 0.0));
    s.groups.push(group(GroupKind::Smajob, 1.0, 5.0, 1.0));
    s.groups.push(group(GroupKind::Ordinary, 4.0, 37.0, 1.0));
    s.municipal.course_price_per_week = 2_500.0;
    s.municipal.mentor_hours_per_week = 2.0;
    s.municipal.mentor_rate = 400.0;
    let o = evaluate(&s);
    close(o.coverage.course_revenue, 3.0 * 2_500.0 * 40.0);
    // Mentor support counts fleksjob and småjob persons only: (2 + 1) × 2 h × 40 × 400.
    close(o.coverage.mentor_revenue, 96_000.0);
    close(o.municipality.total, 300_000.0 + 96_000.0);
    assert_eq!(o.jobs.jobs_total, 7.0);
    assert_eq!(o.jobs.course_places, 3.0);
}

#[test]
fn cost_per_fte_is_salary_with_pension_plus_other_costs() {
    close(evaluate(&simple()).coverage.cost_per_fte, 480_936.0);
}

#[test]
fn caseload_staffing_counts_participants_and_employees() {
    let mut s = simple();
    s.support.staffing = StaffingMode::Caseload;
    s.groups.push(group(GroupKind::Participant, 7.0, 15.0, 0.0));
    s.groups.push(group(GroupKind::Ordinary, 10.0, 37.0, 1.0));
    // 7 / 7 + 2 / 15; ordinary staff need no support.
    close(
        evaluate(&s).coverage.support_fte * 1e6,
        (1.0 + 2.0 / 15.0) * 1e6,
    );
}

#[test]
fn full_time_equivalents_are_paid_hours_over_37_times_weeks() {
    close(
        evaluate(&simple()).hours.full_time_equivalents * 1e4,
        400.0 / 1_480.0 * 1e4,
    );
}

#[test]
fn coverage_is_funding_over_support_cost_with_surplus() {
    let o = evaluate(&simple());
    rel(o.coverage.ratio.unwrap(), 12_000.0 / 48_093.6, 1e-12);
    close(o.coverage.surplus, 12_000.0 - 48_093.6);
}

#[test]
fn coverage_without_support_staff_is_not_applicable() {
    let mut s = simple();
    s.support.fixed_fte = 0.0;
    let o = evaluate(&s);
    assert_eq!(o.coverage.ratio, None);
    assert_eq!(o.break_even.price, BreakEven::NotApplicable);
    assert_eq!(o.break_even.course_price, BreakEven::NotApplicable);
    assert_eq!(o.break_even.billed_hours, BreakEven::NotApplicable);
}

#[test]
fn se_result_and_company_net_benefit() {
    let mut s = simple();
    s.other_se_costs = 5_000.0;
    s.company.other_savings = 1_000.0;
    let o = evaluate(&s);
    close(
        o.social_enterprise.result,
        132_000.0 - 120_000.0 - 48_093.6 - 5_000.0,
    );
    close(o.company.alternative_cost, 320.0 * 400.0);
    close(o.company.net_benefit, 128_000.0 + 1_000.0 - 132_000.0);
}

#[test]
fn break_even_markup_gives_exactly_full_coverage() {
    let s = simple();
    let o = evaluate(&s);
    close(
        o.break_even.price.value().unwrap() * 1e6,
        48_093.6 / 120_000.0 * 1e6,
    );
    let applied = apply_break_even(&s, BreakEvenKind::Price, o.break_even.price).unwrap();
    rel(evaluate(&applied).coverage.ratio.unwrap(), 1.0, 1e-12);
}

#[test]
fn break_even_fixed_price_gives_exactly_full_coverage() {
    let mut s = simple();
    s.pricing.mode = PricingMode::FixedPrice;
    let o = evaluate(&s);
    // P* = (support + labour cost) / billed = (48,093.6 + 120,000) / 400.
    close(o.break_even.price.value().unwrap(), 420.234);
    let applied = apply_break_even(&s, BreakEvenKind::Price, o.break_even.price).unwrap();
    rel(evaluate(&applied).coverage.ratio.unwrap(), 1.0, 1e-12);
}

#[test]
fn break_even_course_price_and_billed_hours() {
    let mut s = simple();
    s.groups.push(group(GroupKind::Participant, 2.0, 15.0, 0.0));
    s.municipal.course_price_per_week = 100.0;
    let o = evaluate(&s);
    close(
        o.break_even.course_price.value().unwrap(),
        (48_093.6 - 12_000.0) / 80.0,
    );
    close(
        o.break_even.billed_hours.value().unwrap(),
        400.0 * (48_093.6 - 8_000.0) / 12_000.0,
    );
    for kind in [BreakEvenKind::CoursePrice, BreakEvenKind::BilledHours] {
        let be = match kind {
            BreakEvenKind::CoursePrice => o.break_even.course_price,
            _ => o.break_even.billed_hours,
        };
        let applied = apply_break_even(&s, kind, be).unwrap();
        rel(evaluate(&applied).coverage.ratio.unwrap(), 1.0, 1e-12);
    }
}

#[test]
fn already_covered_when_municipal_payments_alone_pay_support() {
    let mut s = simple();
    s.groups.push(group(GroupKind::Participant, 2.0, 15.0, 0.0));
    s.municipal.course_price_per_week = 1_000.0; // 80,000 ≥ 48,093.6
    let o = evaluate(&s);
    assert_eq!(o.break_even.price, BreakEven::AlreadyCovered);
    assert_eq!(o.break_even.billed_hours, BreakEven::AlreadyCovered);
    s.municipal.course_price_per_week = 0.0;
    s.pricing.markup_rate = 1.0; // margin 120,000 alone covers support
    assert_eq!(
        evaluate(&s).break_even.course_price,
        BreakEven::AlreadyCovered
    );
}

#[test]
fn not_reachable_without_participants_billed_hours_or_margin() {
    let mut s = simple();
    assert_eq!(
        evaluate(&s).break_even.course_price,
        BreakEven::NotReachable {
            reason: NotReachableReason::NoParticipants
        }
    );
    s.pricing.markup_rate = 0.0;
    assert_eq!(
        evaluate(&s).break_even.billed_hours,
        BreakEven::NotReachable {
            reason: NotReachableReason::NoMarginPerHour
        }
    );
    s.groups[0].billed = false;
    let o = evaluate(&s);
    assert_eq!(
        o.break_even.price,
        BreakEven::NotReachable {
            reason: NotReachableReason::NoBilledHours
        }
    );
    assert_eq!(
        o.break_even.billed_hours,
        BreakEven::NotReachable {
            reason: NotReachableReason::NoBilledHours
        }
    );
}

#[test]
fn applying_a_break_even_outside_the_valid_range_is_refused() {
    let mut s = simple();
    s.groups[0].hours_per_week = 0.5; // needs far more than 37 h/week to cover support
    let o = evaluate(&s);
    assert_eq!(
        apply_break_even(&s, BreakEvenKind::BilledHours, o.break_even.billed_hours),
        Err(ApplyError::OutOfRange {
            field: model::FieldId::HoursPerWeek
        })
    );
    assert_eq!(
        apply_break_even(&s, BreakEvenKind::CoursePrice, BreakEven::AlreadyCovered),
        Err(ApplyError::NoValue)
    );
}
