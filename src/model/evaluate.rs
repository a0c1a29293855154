//! From a scenario to its outcome (`../shared/model.md` §3.2–3.3).

use super::break_even::break_evens;
use super::outcome::*;
use super::params::FULL_TIME_HOURS_PER_WEEK;
use super::scenario::{GroupKind, PricingMode, Scenario, StaffingMode, WorkforceGroup};
use super::validate::{validate, Problem, Severity};
use serde::Serialize;

/// The derivations of one group for a given weeks-per-year and pricing.
pub(crate) fn group_outcome(g: &WorkforceGroup, s: &Scenario) -> GroupOutcome {
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

/// The sum of `values`, starting from +0 (an empty `Iterator::sum` of f64 gives −0).
pub(crate) fn total(values: impl Iterator<Item = f64>) -> f64 {
    values.fold(0.0, |a, b| a + b)
}

/// Persons of each kind in the scenario.
pub(crate) fn persons_of(s: &Scenario, kind: GroupKind) -> f64 {
    total(
        s.groups
            .iter()
            .filter(|g| g.kind == kind)
            .map(|g| g.persons),
    )
}

/// What one full-time support year costs (kr/year per FTE).
pub(crate) fn cost_per_fte(s: &Scenario) -> f64 {
    let p = &s.support;
    p.monthly_salary * 12.0 * (1.0 + p.pension_rate) + p.other_staff_costs
}

/// Support staff needed (FTE).
pub(crate) fn support_fte(s: &Scenario) -> f64 {
    let p = &s.support;
    match p.staffing {
        StaffingMode::Fixed => p.fixed_fte,
        StaffingMode::Caseload => {
            let participants = persons_of(s, GroupKind::Participant);
            let employees = persons_of(s, GroupKind::Fleksjob) + persons_of(s, GroupKind::Smajob);
            participants / p.caseload_participants + employees / p.caseload_employees
        }
    }
}

/// Evaluates one year of the partnership. Deterministic; meant for a validated scenario (see
/// [`evaluate_checked`]): an invalid one never panics but may give non-finite numbers.
pub fn evaluate(s: &Scenario) -> Outcome {
    let weeks = s.frame.weeks_per_year;
    let groups: Vec<GroupOutcome> = s.groups.iter().map(|g| group_outcome(g, s)).collect();
    let sum = |f: fn(&GroupOutcome) -> f64| total(groups.iter().map(f));

    let attendance = sum(|g| g.attendance);
    let paid = sum(|g| g.paid);
    let billed = sum(|g| g.billed);
    let wage_cost = sum(|g| g.wage_cost);
    let fee = s.pricing.yearly_fee;
    let payment = sum(|g| g.payment) + fee;
    let margin = sum(|g| g.billed * (g.price - g.labour_rate)) + fee;

    let fleksjob = persons_of(s, GroupKind::Fleksjob);
    let smajob = persons_of(s, GroupKind::Smajob);
    let ordinary = persons_of(s, GroupKind::Ordinary);
    let participants = persons_of(s, GroupKind::Participant);

    let m = &s.municipal;
    let course_revenue = participants * m.course_price_per_week * weeks;
    let mentor_revenue = (fleksjob + smajob) * m.mentor_hours_per_week * weeks * m.mentor_rate;

    let fte = support_fte(s);
    let per_fte = cost_per_fte(s);
    let support_cost = fte * per_fte;
    let funding = margin + course_revenue + mentor_revenue;
    let ratio = (support_cost > 0.0).then(|| funding / support_cost);

    let revenue_from_municipality = course_revenue + mentor_revenue;
    let revenue = payment + revenue_from_municipality;
    let costs = wage_cost + support_cost + s.other_se_costs;

    let alt = &s.company;
    let alternative_cost = alt.alternative_price_per_hour * billed;

    let coverage = Coverage {
        margin,
        course_revenue,
        mentor_revenue,
        funding,
        support_fte: fte,
        cost_per_fte: per_fte,
        support_cost,
        ratio,
        surplus: funding - support_cost,
    };
    let break_even = break_evens(s, &groups, &coverage, billed);

    Outcome {
        hours: Hours {
            attendance,
            paid,
            billed,
            full_time_equivalents: if weeks > 0.0 {
                paid / (FULL_TIME_HOURS_PER_WEEK * weeks)
            } else {
                0.0
            },
        },
        jobs: Jobs {
            fleksjob,
            smajob,
            ordinary,
            course_places: participants,
            jobs_total: fleksjob + smajob + ordinary,
        },
        coverage,
        social_enterprise: SocialEnterprise {
            revenue_from_company: payment,
            revenue_from_municipality,
            revenue,
            wage_cost,
            support_cost,
            other_costs: s.other_se_costs,
            costs,
            result: revenue - costs,
        },
        company: Company {
            payment,
            cost_per_billed_hour: (billed > 0.0).then(|| payment / billed),
            alternative_price_per_hour: alt.alternative_price_per_hour,
            alternative_cost,
            other_savings: alt.other_savings,
            net_benefit: alternative_cost + alt.other_savings - payment,
        },
        municipality: Municipality {
            course_payments: course_revenue,
            mentor_payments: mentor_revenue,
            total: revenue_from_municipality,
        },
        break_even,
        groups,
    }
}

/// A validated evaluation: the outcome and any warnings, or every error found.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum Checked {
    /// The scenario is valid.
    Valid {
        /// The outcome.
        outcome: Box<Outcome>,
        /// Warnings (allowed, but worth a look).
        warnings: Vec<Problem>,
    },
    /// The scenario has errors; no outcome is computed.
    Invalid {
        /// Every problem, errors and warnings.
        problems: Vec<Problem>,
    },
}

/// Validates, then evaluates only a valid scenario.
pub fn evaluate_checked(s: &Scenario) -> Checked {
    let problems = validate(s);
    if problems.iter().any(|p| p.severity == Severity::Error) {
        Checked::Invalid { problems }
    } else {
        Checked::Valid {
            outcome: Box::new(evaluate(s)),
            warnings: problems,
        }
    }
}
