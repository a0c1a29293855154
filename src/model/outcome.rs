//! The outputs of one partnership year (`../shared/model.md` §3.3), section by section so that
//! later sections (the public purse, a projection over years) can be added beside them.

use super::break_even::BreakEven;
use serde::Serialize;

/// Everything the calculator derives from a scenario for one year. Money in kr per year.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Outcome {
    /// Hours worked, paid and billed.
    pub hours: Hours,
    /// People by kind.
    pub jobs: Jobs,
    /// How far the SE's margin and the municipal payments cover the support staff.
    pub coverage: Coverage,
    /// The social enterprise's accounts for the partnership.
    pub social_enterprise: SocialEnterprise,
    /// The company's side.
    pub company: Company,
    /// What the municipality pays the SE.
    pub municipality: Municipality,
    /// Values at which coverage is exactly 100 %.
    pub break_even: BreakEvens,
    /// The derivations per workforce group, in the scenario's order.
    pub groups: Vec<GroupOutcome>,
}

/// Hours per year.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Hours {
    /// Attendance hours at the company (h/year).
    pub attendance: f64,
    /// Effective, paid hours (h/year).
    pub paid: f64,
    /// Hours the company pays for (h/year).
    pub billed: f64,
    /// Paid hours as full-time equivalents: paid / (37 × weeks) (FTE).
    pub full_time_equivalents: f64,
}

/// People by kind (persons).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Jobs {
    /// Persons in fleksjob.
    pub fleksjob: f64,
    /// Persons in småjob.
    pub smajob: f64,
    /// Ordinary employees.
    pub ordinary: f64,
    /// Course places (participants).
    pub course_places: f64,
    /// Jobs created: fleksjob + småjob + ordinary (persons).
    pub jobs_total: f64,
}

/// The socialpædagog's coverage.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Coverage {
    /// The SE's margin on the hours (kr/year).
    pub margin: f64,
    /// Course payments from the municipality (kr/year).
    pub course_revenue: f64,
    /// Mentor payments from the municipality (kr/year).
    pub mentor_revenue: f64,
    /// margin + course + mentor: what pays for support (kr/year).
    pub funding: f64,
    /// Support staff (FTE).
    pub support_fte: f64,
    /// What one full-time support year costs (kr/year per FTE).
    pub cost_per_fte: f64,
    /// support_fte × cost_per_fte (kr/year).
    pub support_cost: f64,
    /// funding / support_cost (fraction); `None` when there is no support cost ("not applicable").
    pub ratio: Option<f64>,
    /// funding − support_cost: surplus if positive, gap if negative (kr/year).
    pub surplus: f64,
}

/// The social enterprise's yearly accounts for the partnership.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SocialEnterprise {
    /// What the company pays (kr/year).
    pub revenue_from_company: f64,
    /// What the municipality pays: course + mentor (kr/year).
    pub revenue_from_municipality: f64,
    /// All revenue (kr/year).
    pub revenue: f64,
    /// Wages with on-costs of all paid hours (kr/year).
    pub wage_cost: f64,
    /// Support staff (kr/year).
    pub support_cost: f64,
    /// Other SE costs (kr/year).
    pub other_costs: f64,
    /// All costs (kr/year).
    pub costs: f64,
    /// revenue − costs (kr/year).
    pub result: f64,
}

/// The company's side of the case.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Company {
    /// What it pays the SE (kr/year).
    pub payment: f64,
    /// payment / billed hours (kr/h); `None` without billed hours.
    pub cost_per_billed_hour: Option<f64>,
    /// The alternative price per hour (kr/h).
    pub alternative_price_per_hour: f64,
    /// The same billed hours at the alternative price (kr/year).
    pub alternative_cost: f64,
    /// Other yearly savings (kr/year).
    pub other_savings: f64,
    /// alternative_cost + other_savings − payment (kr/year).
    pub net_benefit: f64,
}

/// What the municipality pays the SE.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Municipality {
    /// Course payments (kr/year).
    pub course_payments: f64,
    /// Mentor payments (kr/year).
    pub mentor_payments: f64,
    /// Both (kr/year).
    pub total: f64,
}

/// The three break-even values.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct BreakEvens {
    /// The markup (fraction) or, with a fixed price, the hourly price (kr/h) that gives 100 %.
    pub price: BreakEven,
    /// The course price per participant per week that gives 100 % (kr/week).
    pub course_price: BreakEven,
    /// The billed hours per year that give 100 % (h/year).
    pub billed_hours: BreakEven,
}

/// The derivations for one workforce group.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct GroupOutcome {
    /// persons × hours_per_week × weeks (h/year).
    pub attendance: f64,
    /// attendance × paid_share; 0 for participants (h/year).
    pub paid: f64,
    /// hourly_wage × (1 + oncost_rate) (kr per paid hour).
    pub labour_rate: f64,
    /// paid × labour_rate (kr/year).
    pub wage_cost: f64,
    /// paid if billed, else 0 (h/year).
    pub billed: f64,
    /// The price per billed hour (kr/h).
    pub price: f64,
    /// billed × price (kr/year).
    pub payment: f64,
}
