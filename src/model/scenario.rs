//! The inputs of one year of a partnership (`../shared/model.md` §3.1).

use super::field::FieldId;
use super::params::{default_of, group_default};
use serde::{Deserialize, Serialize};

/// Every input of one partnership year. Money in kr excluding VAT.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Scenario {
    /// The time frame of the year.
    pub frame: Frame,
    /// The workforce groups working at the company (0–50 groups).
    pub groups: Vec<WorkforceGroup>,
    /// What the company pays for the hours.
    pub pricing: Pricing,
    /// What the municipality buys from the social enterprise.
    pub municipal: MunicipalPurchases,
    /// The socialpædagog(s) who support participants and employees.
    pub support: SupportStaffing,
    /// Other SE costs: administration, premises, transport (kr/year).
    pub other_se_costs: f64,
    /// The company's alternative to the partnership.
    pub company: CompanyAlternative,
}

/// The time frame of a scenario.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Frame {
    /// Productive weeks per year (weeks, 1–52).
    pub weeks_per_year: f64,
}

/// The kind of people in a workforce group.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GroupKind {
    /// A flex job: permanent job on special terms, paid for effective hours only.
    Fleksjob,
    /// A small ordinary paid job of a few hours a week.
    Smajob,
    /// Staff on normal terms.
    Ordinary,
    /// A citizen in a municipal course; draws a benefit, not a wage.
    Participant,
}

impl GroupKind {
    /// All kinds, in the order the interface lists them.
    pub const ALL: [GroupKind; 4] = [
        GroupKind::Fleksjob,
        GroupKind::Smajob,
        GroupKind::Ordinary,
        GroupKind::Participant,
    ];

    /// Whether these people are employed and paid a wage by the SE.
    pub fn is_paid(self) -> bool {
        self != GroupKind::Participant
    }

    /// Whether these people count towards mentor support and the employee caseload.
    pub fn needs_employee_support(self) -> bool {
        matches!(self, GroupKind::Fleksjob | GroupKind::Smajob)
    }
}

/// A group of people of one kind on the same terms.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(from = "WorkforceGroupFile")]
pub struct WorkforceGroup {
    /// A name the user recognises, e.g. "Lager".
    pub name: String,
    /// What kind of people.
    pub kind: GroupKind,
    /// Number of persons (whole number, 0–1000).
    pub persons: f64,
    /// Attendance hours per week at the company per person (h/week, 0–37).
    pub hours_per_week: f64,
    /// Share of attendance hours that are effective and paid (0–1; ignored for participants).
    pub paid_share: f64,
    /// Hourly wage excluding on-costs (kr/h).
    pub hourly_wage: f64,
    /// Employer on-costs as a share of the wage (fraction).
    pub oncost_rate: f64,
    /// Whether the company pays for these hours.
    pub billed: bool,
}

impl WorkforceGroup {
    /// A group of `kind` with that kind's defaults and no name.
    pub fn new(kind: GroupKind) -> Self {
        WorkforceGroup {
            name: String::new(),
            kind,
            persons: group_default(kind, FieldId::Persons),
            hours_per_week: group_default(kind, FieldId::HoursPerWeek),
            paid_share: group_default(kind, FieldId::PaidShare),
            hourly_wage: group_default(kind, FieldId::HourlyWage),
            oncost_rate: group_default(kind, FieldId::OncostRate),
            billed: kind.is_paid(),
        }
    }

    /// The same group with a name.
    pub fn named(mut self, name: &str) -> Self {
        self.name = name.to_string();
        self
    }
}

/// A workforce group as written in a scenario file: missing fields take the kind's defaults.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WorkforceGroupFile {
    #[serde(default)]
    name: String,
    kind: GroupKind,
    persons: Option<f64>,
    hours_per_week: Option<f64>,
    paid_share: Option<f64>,
    hourly_wage: Option<f64>,
    oncost_rate: Option<f64>,
    billed: Option<bool>,
}

impl From<WorkforceGroupFile> for WorkforceGroup {
    fn from(f: WorkforceGroupFile) -> Self {
        let d = WorkforceGroup::new(f.kind);
        WorkforceGroup {
            name: f.name,
            kind: f.kind,
            persons: f.persons.unwrap_or(d.persons),
            hours_per_week: f.hours_per_week.unwrap_or(d.hours_per_week),
            paid_share: f.paid_share.unwrap_or(d.paid_share),
            hourly_wage: f.hourly_wage.unwrap_or(d.hourly_wage),
            oncost_rate: f.oncost_rate.unwrap_or(d.oncost_rate),
            billed: f.billed.unwrap_or(d.billed),
        }
    }
}

/// How the price per billed hour is set.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PricingMode {
    /// Labour cost per hour plus a markup.
    Markup,
    /// One fixed price per billed hour.
    FixedPrice,
}

/// The price the company pays.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Pricing {
    /// Which of the two prices applies.
    pub mode: PricingMode,
    /// Markup on the SE's labour cost (fraction, e.g. 0.15 = 15 %).
    pub markup_rate: f64,
    /// Fixed price per billed hour (kr/h).
    pub fixed_hourly_price: f64,
    /// Fixed yearly fee for contract management (kr/year).
    pub yearly_fee: f64,
}

/// What the municipality buys from the SE.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct MunicipalPurchases {
    /// Price per participant per week, paid for every productive week (kr/week).
    pub course_price_per_week: f64,
    /// Mentor hours per fleksjob/småjob person per week (h/week).
    pub mentor_hours_per_week: f64,
    /// Price of one mentor hour (kr/h).
    pub mentor_rate: f64,
}

/// How the number of support staff is set.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StaffingMode {
    /// A fixed number of full-time equivalents.
    Fixed,
    /// From caseloads: participants and employees per full-time staff member.
    Caseload,
}

/// The socialpædagog(s): how many, and what one full-time year costs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SupportStaffing {
    /// Fixed FTE or caseloads.
    pub staffing: StaffingMode,
    /// Support staff when fixed (FTE).
    pub fixed_fte: f64,
    /// Participants per full-time staff member (persons/FTE).
    pub caseload_participants: f64,
    /// Fleksjob and småjob persons per full-time staff member (persons/FTE).
    pub caseload_employees: f64,
    /// Monthly salary (kr/month).
    pub monthly_salary: f64,
    /// Employer pension (fraction of salary).
    pub pension_rate: f64,
    /// Other yearly staff costs per FTE (kr/year).
    pub other_staff_costs: f64,
}

/// What the company would do without the partnership.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CompanyAlternative {
    /// What the same hours cost otherwise: temp agency, own staff, craftsman (kr/h).
    pub alternative_price_per_hour: f64,
    /// Other yearly savings: turnover, errors (kr/year).
    pub other_savings: f64,
}

impl Default for Scenario {
    fn default() -> Self {
        Scenario {
            frame: Frame::default(),
            groups: Vec::new(),
            pricing: Pricing::default(),
            municipal: MunicipalPurchases::default(),
            support: SupportStaffing::default(),
            other_se_costs: default_of(FieldId::OtherSeCosts),
            company: CompanyAlternative::default(),
        }
    }
}

impl Default for Frame {
    fn default() -> Self {
        Frame {
            weeks_per_year: default_of(FieldId::WeeksPerYear),
        }
    }
}

impl Default for Pricing {
    fn default() -> Self {
        Pricing {
            mode: PricingMode::Markup,
            markup_rate: default_of(FieldId::MarkupRate),
            fixed_hourly_price: default_of(FieldId::FixedHourlyPrice),
            yearly_fee: default_of(FieldId::YearlyFee),
        }
    }
}

impl Default for MunicipalPurchases {
    fn default() -> Self {
        MunicipalPurchases {
            course_price_per_week: default_of(FieldId::CoursePricePerWeek),
            mentor_hours_per_week: default_of(FieldId::MentorHoursPerWeek),
            mentor_rate: default_of(FieldId::MentorRate),
        }
    }
}

impl Default for SupportStaffing {
    fn default() -> Self {
        SupportStaffing {
            staffing: StaffingMode::Caseload,
            fixed_fte: default_of(FieldId::FixedFte),
            caseload_participants: default_of(FieldId::CaseloadParticipants),
            caseload_employees: default_of(FieldId::CaseloadEmployees),
            monthly_salary: default_of(FieldId::MonthlySalary),
            pension_rate: default_of(FieldId::PensionRate),
            other_staff_costs: default_of(FieldId::OtherStaffCosts),
        }
    }
}

impl Default for CompanyAlternative {
    fn default() -> Self {
        CompanyAlternative {
            alternative_price_per_hour: default_of(FieldId::AlternativePricePerHour),
            other_savings: default_of(FieldId::OtherSavings),
        }
    }
}
