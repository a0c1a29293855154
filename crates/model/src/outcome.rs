//! The outputs of one partnership year (`../shared/model.md` §3.3 and §4), section by section so
//! that later sections (a projection over years) can be added beside them.

use serde::{Deserialize, Serialize};

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
    /// The public purse: kommune and stat.
    pub public: PublicPurse,
    /// Values at which coverage is exactly 100 %.
    pub break_even: BreakEvens,
    /// Whether one price works for both the social enterprise and the company.
    pub price_fit: PriceFit,
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
    /// Paid hours as productive full-time equivalents: paid / (37 × weeks) (FTE).
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
    /// Course payments from the municipality: places × occupancy × price × weeks (kr/year).
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
    /// Skilled time freed: freed_hour_value × billed hours (kr/year).
    pub freed_hours_gain: f64,
    /// alternative_cost + other_savings + freed_hours_gain − payment (kr/year).
    pub net_benefit: f64,
    /// When the SE is a department of the company: the company's result with the department,
    /// net_benefit + the SE's result (kr/year); `None` for two separate companies.
    pub with_department: Option<f64>,
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

/// The public purse in one year (`../shared/model.md` §4): the change against the persons
/// drawing their baseline benefit. Positive is a gain for the public party.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PublicPurse {
    /// Per workforce group, in the scenario's order: the fleksjob figures, `None` for other kinds.
    pub groups: Vec<Option<FlexJobMonth>>,
    /// Persons in fleksjob.
    pub fleksjob_persons: f64,
    /// Change in transfers: fleksløntilskud instead of the baseline benefit (kr/year; positive = more paid out).
    pub transfers_change: f64,
    /// Change in wage income, without pension (kr/year).
    pub wage_change: f64,
    /// The tax rates on each kind of income.
    pub tax: TaxRates,
    /// Change in income tax: on the wage and on the change in transfers (kr/year).
    pub tax_change: f64,
    /// The participants' benefit, unchanged by the partnership this year (kr/year).
    pub participant_benefits: f64,
    /// The municipality.
    pub kommune: PublicParty,
    /// The state.
    pub stat: PublicParty,
    /// kommune.net + stat.net (kr/year).
    pub total_net: f64,
    /// The effect of transfers and tax per fleksjob person, before purchases (kr/year); `None` without fleksjob.
    pub per_fleksjob_person: Option<f64>,
}

/// One fleksjob person's month (kr/month), by the rules of the rate year.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FlexJobMonth {
    /// Wage including pension: hourly_wage × (1 + pension) × hours × paid share × 52/12.
    pub wage: f64,
    /// The taxed wage, without pension: hourly_wage × hours × paid share × 52/12.
    pub taxed_wage: f64,
    /// Fleksløntilskud after the 30 %/55 % reduction and the full-time cap.
    pub subsidy: f64,
    /// The full-time wage for the job, including pension: the cap on wage + subsidy.
    pub full_time_wage: f64,
    /// The benefit the person would draw without the job.
    pub baseline: f64,
}

/// The tax on one more krone of each kind of income, and the municipality's part of it (fractions).
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct TaxRates {
    /// On a wage krone: AM-bidrag, bundskat and kommuneskat, less the beskæftigelsesfradrag.
    pub wage: f64,
    /// The municipality's part of that: kommuneskat on the wage after AM-bidrag and fradrag.
    pub wage_kommune: f64,
    /// On a transfer krone: bundskat and kommuneskat.
    pub transfer: f64,
    /// The municipality's part of that: the kommuneskat.
    pub transfer_kommune: f64,
}

/// What one public party gains (positive) or pays (negative) in a year.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PublicParty {
    /// Its share of the change in transfers, as a gain (kr/year).
    pub transfers: f64,
    /// Its share of the change in income tax (kr/year).
    pub tax: f64,
    /// What it pays the SE for courses and mentor support, as a negative (kr/year).
    pub purchases: f64,
    /// transfers + tax + purchases (kr/year).
    pub net: f64,
}

impl PublicParty {
    /// A party's figures and their sum.
    pub fn new(transfers: f64, tax: f64, purchases: f64) -> Self {
        PublicParty {
            transfers,
            tax,
            purchases,
            net: transfers + tax + purchases,
        }
    }
}

/// Whether one price works for both the social enterprise (covers the socialpædagog) and the
/// company (pays no more than its alternative). Prices are markups, or kr/h with a fixed price.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum PriceFit {
    /// Every price from `floor` (0 if covered at any price) up to `ceiling` works for both.
    Fits {
        /// The lowest price that covers the socialpædagog.
        floor: f64,
        /// The highest price the company gains at.
        ceiling: f64,
    },
    /// The social enterprise needs more than the company gains at: no price works for both.
    NoPriceFits {
        /// The lowest price that covers the socialpædagog.
        floor: f64,
        /// The highest price the company gains at (may be below zero).
        ceiling: f64,
    },
    /// The price cannot settle it: no billed hours, no support cost, or a department.
    NotApplicable,
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

/// One break-even value.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum BreakEven {
    /// Coverage is exactly 100 % at `value` (unit of the break-even kind).
    At {
        /// The break-even value.
        value: f64,
    },
    /// Coverage is at least 100 % even with this input at zero.
    AlreadyCovered,
    /// No value of this input gives 100 %.
    NotReachable {
        /// Why not.
        reason: NotReachableReason,
    },
    /// There is no support cost, so coverage is not applicable.
    NotApplicable,
}

impl BreakEven {
    /// The value, if there is one.
    pub fn value(&self) -> Option<f64> {
        match self {
            BreakEven::At { value } => Some(*value),
            _ => None,
        }
    }
}

/// Why a break-even cannot be reached.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NotReachableReason {
    /// No hours are billed, so the price has nothing to act on.
    NoBilledHours,
    /// No participants, so the course price has nothing to act on.
    NoParticipants,
    /// Each billed hour earns no margin (markup 0 or price at or below labour cost).
    NoMarginPerHour,
}

/// Which break-even.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BreakEvenKind {
    /// The markup (fraction) or, in fixed-price mode, the hourly price (kr/h).
    Price,
    /// The course price per participant per week (kr/week).
    CoursePrice,
    /// Billed hours per year (h/year).
    BilledHours,
}

impl BreakEvenKind {
    /// Every break-even, in the order the page shows them.
    pub const ALL: [BreakEvenKind; 3] = [
        BreakEvenKind::Price,
        BreakEvenKind::CoursePrice,
        BreakEvenKind::BilledHours,
    ];
}
