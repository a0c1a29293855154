//! From a scenario to its outcome (`../shared/model.md` §3.2–3.3 and §4).

use super::break_even::break_evens;
use super::common::total;
use super::derive::{coverage, group_outcome};
use super::fields::FULL_TIME_HOURS_PER_WEEK;
use super::outcome::*;
use super::public_purse::public_purse;
use super::rates;
use super::scenario::{GroupKind, Organisation, PricingMode, Scenario};
use super::validate::{validate, Problem, Severity};
use serde::Serialize;

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
    let payment = sum(|g| g.payment) + s.pricing.yearly_fee;

    let fleksjob = s.persons_of(GroupKind::Fleksjob);
    let smajob = s.persons_of(GroupKind::Smajob);
    let ordinary = s.persons_of(GroupKind::Ordinary);
    let participants = s.persons_of(GroupKind::Participant);

    let coverage = coverage(s, &groups);
    let municipality = Municipality {
        course_payments: coverage.course_revenue,
        mentor_payments: coverage.mentor_revenue,
        total: coverage.course_revenue + coverage.mentor_revenue,
    };
    let revenue = payment + municipality.total;
    let costs = wage_cost + coverage.support_cost + s.other_se_costs;
    let social_enterprise = SocialEnterprise {
        revenue_from_company: payment,
        revenue_from_municipality: municipality.total,
        revenue,
        wage_cost,
        support_cost: coverage.support_cost,
        other_costs: s.other_se_costs,
        costs,
        result: revenue - costs,
    };

    let alt = &s.company;
    let alternative_cost = alt.alternative_price_per_hour * billed;
    let freed_hours_gain = alt.freed_hour_value * billed;
    let net_benefit = alternative_cost + alt.other_savings + freed_hours_gain - payment;
    let department = s.organisation == Organisation::Department;
    let company = Company {
        payment,
        cost_per_billed_hour: (billed > 0.0).then(|| payment / billed),
        alternative_price_per_hour: alt.alternative_price_per_hour,
        alternative_cost,
        other_savings: alt.other_savings,
        freed_hours_gain,
        net_benefit,
        with_department: department.then_some(net_benefit + social_enterprise.result),
    };

    let break_even = break_evens(s, &groups, &coverage, billed);
    let price_fit = price_fit(s, &groups, &break_even, net_benefit, department);
    let public = public_purse(s, rates::for_year(s.rate_year), &municipality);

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
        social_enterprise,
        company,
        municipality,
        public,
        break_even,
        price_fit,
        groups,
    }
}

/// The window of prices that cover the socialpædagog and still leave the company no worse off
/// than its alternative. The company's net benefit falls by one krone for each krone of price:
/// by the billed labour cost per unit of markup, or by the billed hours per kr/h of fixed price.
fn price_fit(
    s: &Scenario,
    groups: &[GroupOutcome],
    be: &BreakEvens,
    net_benefit: f64,
    department: bool,
) -> PriceFit {
    let (per_unit, current) = match s.pricing.mode {
        PricingMode::Markup => (
            total(groups.iter().map(|g| g.billed * g.labour_rate)),
            s.pricing.markup_rate,
        ),
        PricingMode::FixedPrice => (
            total(groups.iter().map(|g| g.billed)),
            s.pricing.fixed_hourly_price,
        ),
    };
    let floor = match be.price {
        BreakEven::At { value } => value,
        BreakEven::AlreadyCovered => 0.0,
        BreakEven::NotReachable { .. } | BreakEven::NotApplicable => {
            return PriceFit::NotApplicable
        }
    };
    if department || per_unit <= 0.0 {
        return PriceFit::NotApplicable;
    }
    let ceiling = current + net_benefit / per_unit;
    if floor <= ceiling {
        PriceFit::Fits { floor, ceiling }
    } else {
        PriceFit::NoPriceFits { floor, ceiling }
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
