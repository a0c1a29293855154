//! The inputs of one year of a partnership (`../shared/model.md` §3.1 and §4): data only. The
//! defaults, ranges and sources of the numbers are in the field table (`fields.rs`).

use super::common::keyed_enum;
use super::paths::FieldPath;
use serde::{Deserialize, Serialize};

/// Every input of one partnership year. Money in kr excluding VAT.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Scenario {
    /// The year whose rates apply (a year of the rate tables).
    pub rate_year: u16,
    /// The time frame of the year.
    pub frame: Frame,
    /// How the social enterprise is organised against the company.
    pub organisation: Organisation,
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
    /// Assumptions for the public purse: benefits, refund and tax.
    pub public: PublicAssumptions,
    /// How the partnership goes on over the years (`../shared/model.md` §5).
    pub projection: Projection,
    /// The inputs marked as uncertain, and how they are drawn (`../shared/model.md` §6).
    pub uncertainty: Uncertainty,
}

/// The time frame of a scenario.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Frame {
    /// Productive weeks per year (weeks, 1–52).
    pub weeks_per_year: f64,
}

keyed_enum! {
    /// The kind of people in a workforce group.
    pub enum GroupKind {
        /// A flex job: a job on special terms, paid for effective hours only.
        Fleksjob = "fleksjob",
        /// A small ordinary paid job of a few hours a week.
        Smajob = "smajob",
        /// Staff on normal terms.
        Ordinary = "ordinary",
        /// A citizen in a municipal offer; draws a benefit, not a wage.
        Participant = "participant",
    }
}

impl GroupKind {
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
    /// Employer wage-related costs as a share of the wage (fraction).
    pub oncost_rate: f64,
    /// Whether the company pays for these hours.
    pub billed: bool,
}

/// A workforce group as written in a scenario file: missing fields take the kind's defaults
/// (see `From<WorkforceGroupFile>` in `fields.rs`).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct WorkforceGroupFile {
    #[serde(default)]
    pub(crate) name: String,
    pub(crate) kind: GroupKind,
    pub(crate) persons: Option<f64>,
    pub(crate) hours_per_week: Option<f64>,
    pub(crate) paid_share: Option<f64>,
    pub(crate) hourly_wage: Option<f64>,
    pub(crate) oncost_rate: Option<f64>,
    pub(crate) billed: Option<bool>,
}

keyed_enum! {
    /// How the price per billed hour is set.
    pub enum PricingMode {
        /// Labour cost per hour plus an overhead.
        Markup = "markup",
        /// One fixed price per billed hour.
        FixedPrice = "fixed_price",
    }
}

/// The price the company pays.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Pricing {
    /// Which of the two prices applies.
    pub mode: PricingMode,
    /// Overhead on the SE's labour cost (fraction, e.g. 0.15 = 15 %).
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
    /// Price per participant place per week, paid for every productive week (kr/week).
    pub course_price_per_week: f64,
    /// Share of the course places that is filled on average (fraction 0–1).
    pub occupancy: f64,
    /// Mentor hours per fleksjob/småjob person per week (h/week).
    pub mentor_hours_per_week: f64,
    /// Price of one mentor hour (kr/h).
    pub mentor_rate: f64,
}

keyed_enum! {
    /// How the number of support staff is set.
    pub enum StaffingMode {
        /// From caseloads: participants and employees per full-time staff member.
        Caseload = "caseload",
        /// A fixed number of full-time equivalents.
        Fixed = "fixed",
    }
}

/// The socialpædagog(s): how many, and what one full-time year costs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SupportStaffing {
    /// Fixed FTE or caseloads.
    pub staffing: StaffingMode,
    /// Support staff when fixed (FTE).
    pub fixed_fte: f64,
    /// Participant places per full-time staff member (persons/FTE).
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
    /// What the same effective hours cost otherwise: temp agency or own staff (kr/h).
    pub alternative_price_per_hour: f64,
    /// Other yearly savings: turnover, errors (kr/year).
    pub other_savings: f64,
    /// What each billed hour frees of skilled staff's time is worth to the company (kr/h).
    pub freed_hour_value: f64,
}

keyed_enum! {
    /// How the social enterprise stands to the company.
    pub enum Organisation {
        /// Two companies: the company buys from the social enterprise.
        Separate = "separate",
        /// The social enterprise is a department of the company: one economy.
        Department = "department",
    }
}

keyed_enum! {
    /// What a fleksjob-approved person would draw without the job.
    pub enum FleksjobBaseline {
        /// Ledighedsydelse (the usual case).
        Ledighedsydelse = "ledighedsydelse",
        /// Kontanthjælp.
        Kontanthjaelp = "kontanthjaelp",
    }
}

keyed_enum! {
    /// The benefit a participant draws while in the offer.
    pub enum ParticipantBenefit {
        /// Kontanthjælp: the usual status of new participants from 2026.
        Kontanthjaelp = "kontanthjaelp",
        /// Ressourceforløbsydelse for a provider: a course begun before 1 February 2026.
        RessourceforloebForsorger = "ressourceforloeb_forsorger",
        /// Ressourceforløbsydelse for a non-provider: a course begun before 1 February 2026.
        RessourceforloebIkkeForsorger = "ressourceforloeb_ikke_forsorger",
    }
}

/// Assumptions for the public purse (`../shared/model.md` §4).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(from = "PublicAssumptionsFile")]
pub struct PublicAssumptions {
    /// What the fleksjob persons would draw without the jobs.
    pub fleksjob_baseline: FleksjobBaseline,
    /// What the participants draw during the offer.
    pub participant_benefit: ParticipantBenefit,
    /// Which kontanthjælp rate applies where someone draws kontanthjælp.
    pub kontanthjaelp: KontanthjaelpRate,
    /// The state's refund of the municipality's transfers (fraction).
    pub state_refund_rate: f64,
    /// The municipality's income tax rate (kommuneskat, fraction; default the year's average).
    pub kommuneskat: f64,
}

/// The public assumptions as a scenario file writes them. Files of version 3 and before held a
/// marginal tax rate and the municipality's share of it, given by the user; the tax is now derived
/// from the rate year's tax parameters and the kommuneskat, so those two are read and dropped (the
/// formats crate refuses them in a file of version 4 or later).
#[derive(Deserialize)]
#[serde(default, deny_unknown_fields)]
pub(crate) struct PublicAssumptionsFile {
    pub(crate) fleksjob_baseline: FleksjobBaseline,
    pub(crate) participant_benefit: ParticipantBenefit,
    pub(crate) kontanthjaelp: KontanthjaelpRate,
    pub(crate) state_refund_rate: f64,
    pub(crate) kommuneskat: f64,
    #[serde(deserialize_with = "dropped")]
    pub(crate) marginal_tax_rate: (),
    #[serde(deserialize_with = "dropped")]
    pub(crate) municipal_tax_share: (),
}

/// Reads a number and forgets it (a member of an older version whose value is no longer used).
fn dropped<'de, D: serde::Deserializer<'de>>(d: D) -> Result<(), D::Error> {
    f64::deserialize(d).map(|_| ())
}

impl From<PublicAssumptionsFile> for PublicAssumptions {
    fn from(f: PublicAssumptionsFile) -> Self {
        PublicAssumptions {
            fleksjob_baseline: f.fleksjob_baseline,
            participant_benefit: f.participant_benefit,
            kontanthjaelp: f.kontanthjaelp,
            state_refund_rate: f.state_refund_rate,
            kommuneskat: f.kommuneskat,
        }
    }
}

keyed_enum! {
    /// The kontanthjælp rate of the people concerned (since 1 July 2025 one benefit with several
    /// rates and add-ons; the rate tables hold each per year).
    pub enum KontanthjaelpRate {
        /// Forhøjet sats: over 30, or 25–29 with a work record; living with a partner.
        Forhoejet = "forhoejet",
        /// Forhøjet sats with the add-on for single people without children.
        ForhoejetEnlig = "forhoejet_enlig",
        /// Forhøjet sats with the child add-on: a provider.
        Forsorger = "forsorger",
        /// Grundsats: under 30 living away from home, at the level of SU.
        Grundsats = "grundsats",
    }
}

/// How the partnership goes on over the years (`../shared/model.md` §5). Numbers are expected
/// values: a "person" may be a fraction.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Projection {
    /// Years projected (whole, 1–10).
    pub years: f64,
    /// Average length of a course (months).
    pub course_months: f64,
    /// Share of those leaving a course who take a fleksjob (fraction).
    pub flex_share: f64,
    /// Share of those leaving a course who take an unsubsidised job (fraction).
    pub ordinary_share: f64,
    /// Hours a week of an unsubsidised job, paid at the industry minimum wage (h/week).
    pub ordinary_hours: f64,
    /// Whether new fleksjob holders join the partnership's fleksjob group through the SE.
    pub via_se: bool,
    /// Most fleksjob holders through the SE at a time (persons).
    pub via_se_cap: f64,
    /// Share of fleksjob holders a year who lose the job and go on ledighedsydelse (fraction).
    pub job_exit_per_year: f64,
    /// Share of those on ledighedsydelse a year who take a fleksjob again (fraction).
    pub back_to_job_per_year: f64,
    /// Share of former participants whose job would have come anyway (fraction).
    pub deadweight: f64,
    /// Share of former participants who would otherwise have ended on førtidspension (fraction).
    pub otherwise_fp: f64,
    /// What the municipality would have spent anyway per participant-week (kr/week).
    pub activation_per_week: f64,
    /// Whether a place left empty is taken by a new participant the same month.
    pub refill: bool,
    /// The month from which a department is a separate company (month, whole).
    pub spin_off_month: f64,
    /// New fleksjob persons a year employed for other customers once separate (persons/year).
    pub external_jobs_per_year: f64,
    /// Real discount rate (fraction a year).
    pub discount_rate: f64,
}

/// Draws made when the user has not chosen.
pub const DEFAULT_DRAWS: u32 = 10_000;

/// The seed of a new scenario.
pub const DEFAULT_SEED: u32 = 2026;

/// The uncertain inputs and how they are drawn.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Uncertainty {
    /// The generator's seed: the same seed gives the same draws on every machine.
    pub seed: u32,
    /// How many sets of inputs are drawn (100–100,000: `uncertainty::MIN_DRAWS`–`MAX_DRAWS`).
    pub draws: u32,
    /// The inputs marked as uncertain, each once, in the order they were marked.
    pub ranges: Vec<Range>,
}

impl Default for Uncertainty {
    fn default() -> Self {
        Uncertainty {
            seed: DEFAULT_SEED,
            draws: DEFAULT_DRAWS,
            ranges: Vec::new(),
        }
    }
}

/// One uncertain input: the low and the high end of what it may be. The most likely value is the
/// input's own value, so the three are always low ≤ value ≤ high in a valid scenario.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Range {
    /// The input (written as its path, e.g. `"municipal.occupancy"` or `"groups[0].persons"`).
    pub input: FieldPath,
    /// The low end (stored unit).
    pub low: f64,
    /// The high end (stored unit).
    pub high: f64,
}

impl Uncertainty {
    /// The range of the input at `path`, if it is marked uncertain.
    pub fn range(&self, path: FieldPath) -> Option<&Range> {
        self.ranges.iter().find(|r| r.input == path)
    }

    /// Marks `range.input` as uncertain with this range, or changes its range.
    pub fn set(&mut self, range: Range) {
        match self.ranges.iter_mut().find(|r| r.input == range.input) {
            Some(r) => *r = range,
            None => self.ranges.push(range),
        }
    }

    /// Marks the input at `path` as certain again.
    pub fn remove(&mut self, path: FieldPath) {
        self.ranges.retain(|r| r.input != path);
    }

    /// Forgets the ranges of group `index` and renumbers those of later groups (the group is
    /// removed).
    pub fn forget_group(&mut self, index: usize) {
        self.ranges.retain(|r| r.input.group != Some(index));
        for r in &mut self.ranges {
            if let Some(i) = r.input.group.filter(|i| *i > index) {
                r.input.group = Some(i - 1);
            }
        }
    }
}
