//! The derivations the outcome, the break-evens and the validation share (`../shared/model.md` §3.2).

use super::common::total;
use super::outcome::{Coverage, GroupOutcome};
use super::scenario::{GroupKind, PricingMode, Scenario, StaffingMode, WorkforceGroup};

/// The derivations of one group under the scenario's weeks and pricing.
pub fn group_outcome(g: &WorkforceGroup, s: &Scenario) -> GroupOutcome {
    let attendance = g.persons * g.hours_per_week * s.frame.weeks_per_year;
    let paid = if g.kind.is_paid() {
        attendance * g.paid_share
    } else {
        0.0
    };
    let labour_rate = g.hourly_wage * (1.0 + g.oncost_rate);
    let billed = if g.billed { paid } else { 0.0 };
    let price = match s.pricing.mode {
        PricingMode::Markup => labour_rate * (1.0 + s.pricing.markup_rate),
        PricingMode::FixedPrice => s.pricing.fixed_hourly_price,
    };
    GroupOutcome {
        attendance,
        paid,
        labour_rate,
        wage_cost: paid * labour_rate,
        billed,
        price,
        payment: billed * price,
    }
}

/// What one full-time support year costs (kr/year per FTE).
pub fn cost_per_fte(s: &Scenario) -> f64 {
    let p = &s.support;
    p.monthly_salary * 12.0 * (1.0 + p.pension_rate) + p.other_staff_costs
}

/// Fleksjob and småjob persons: those counted for mentor support and the employee caseload.
pub fn supported_employees(s: &Scenario) -> f64 {
    s.persons_of(GroupKind::Fleksjob) + s.persons_of(GroupKind::Smajob)
}

/// Support staff needed (FTE). Staff are hired for the course places, filled or not.
pub fn support_fte(s: &Scenario) -> f64 {
    let p = &s.support;
    match p.staffing {
        StaffingMode::Fixed => p.fixed_fte,
        StaffingMode::Caseload => {
            s.persons_of(GroupKind::Participant) / p.caseload_participants
                + supported_employees(s) / p.caseload_employees
        }
    }
}

/// Filled course places times weeks: what the course price is paid for (place-weeks a year).
pub fn paid_place_weeks(s: &Scenario) -> f64 {
    s.persons_of(GroupKind::Participant) * s.municipal.occupancy * s.frame.weeks_per_year
}

/// How far the SE's margin and the municipality's payments cover the support staff, given the
/// scenario's group outcomes.
pub fn coverage(s: &Scenario, groups: &[GroupOutcome]) -> Coverage {
    let fee = s.pricing.yearly_fee;
    let margin = total(groups.iter().map(|g| g.billed * (g.price - g.labour_rate))) + fee;
    let m = &s.municipal;
    let course_revenue = paid_place_weeks(s) * m.course_price_per_week;
    let mentor_revenue =
        supported_employees(s) * m.mentor_hours_per_week * s.frame.weeks_per_year * m.mentor_rate;
    let support_fte = support_fte(s);
    let cost_per_fte = cost_per_fte(s);
    let support_cost = support_fte * cost_per_fte;
    let funding = margin + course_revenue + mentor_revenue;
    Coverage {
        margin,
        course_revenue,
        mentor_revenue,
        funding,
        support_fte,
        cost_per_fte,
        support_cost,
        ratio: (support_cost > 0.0).then(|| funding / support_cost),
        surplus: funding - support_cost,
    }
}
