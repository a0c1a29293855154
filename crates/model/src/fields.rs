//! The field table: every numeric input declared once, with its path, unit, valid and typical
//! range, default and source, when it is shown and where it sits on the page. Field ids, the list
//! of all fields, JSON paths, reading and writing a value, validation, defaults and the input panel
//! all come from [`FIELDS`]. A field without a row, or a row out of order, is a compile error.

use super::common::{src, total, Source, Status};
pub use super::paths::{FieldId, FieldPath};
use super::rates::{self, RateId, DEFAULT_RATE_YEAR};
use super::scenario::*;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// The unit a field is entered and shown in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// Weeks per year.
    Weeks,
    /// Persons (whole number).
    Persons,
    /// Hours per week.
    HoursPerWeek,
    /// A fraction stored as 0–1 and shown as a percentage.
    Percent,
    /// Kroner per hour.
    KrPerHour,
    /// Kroner per week.
    KrPerWeek,
    /// Kroner per month.
    KrPerMonth,
    /// Kroner per year.
    KrPerYear,
    /// Full-time equivalents.
    Fte,
    /// Persons per full-time equivalent.
    PersonsPerFte,
    /// Hours per year (outputs only).
    HoursPerYear,
    /// Years.
    Years,
    /// Months (a length of time).
    Months,
    /// A month counted from the start (month 1 is the first).
    Month,
    /// Persons per year.
    PersonsPerYear,
}

impl Unit {
    /// Factor from the stored value to the value a user types and reads (100 for percentages).
    pub fn display_factor(self) -> f64 {
        match self {
            Unit::Percent => 100.0,
            _ => 1.0,
        }
    }
}

/// A value per group kind, in the order of [`GroupKind::ALL`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PerKind<T>(pub [T; 4]);

impl<T: Copy> PerKind<T> {
    /// The value for `kind`.
    pub fn of(&self, kind: GroupKind) -> T {
        self.0[kind as usize]
    }
}

/// Where a field's default comes from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Default {
    /// One value, with its source.
    Value(f64, Source),
    /// A value per group kind, with one source.
    ByKind(PerKind<f64>, Source),
    /// A figure of the scenario's rate table.
    Rate(RateId),
}

/// The range of values seen in practice: a value outside it is allowed but warned.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Typical {
    /// No typical range.
    None,
    /// One range (stored unit, inclusive).
    Range(f64, f64),
    /// A range per group kind, or none for a kind.
    ByKind(PerKind<Option<(f64, f64)>>),
}

/// When a field is on screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shown {
    /// Always.
    Always,
    /// When the price is set this way.
    Pricing(PricingMode),
    /// When support staff are counted this way.
    Staffing(StaffingMode),
    /// In groups whose people are paid a wage.
    PaidGroup,
    /// When a group of this kind is in the scenario (course places need participants).
    WithKind(GroupKind),
    /// When a group of fleksjob or småjob is in the scenario (mentor support is for them).
    WithSupported,
    /// When the social enterprise starts as a department of the company.
    Department,
    /// When new fleksjob holders join through the social enterprise (and there are participants).
    ViaSe,
}

/// The section of the input panel a field belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Section {
    /// A workforce group's card.
    Group,
    /// The price to the company.
    Price,
    /// The municipality's purchases.
    Municipal,
    /// The socialpædagogisk support.
    Support,
    /// The company's alternative and the working year.
    Company,
    /// The public purse.
    Public,
    /// The years after the first.
    Years,
}

impl Section {
    /// A stable key for ids and links.
    pub fn key(self) -> &'static str {
        match self {
            Section::Group => "groups",
            Section::Price => "price",
            Section::Municipal => "municipal",
            Section::Support => "support",
            Section::Company => "company",
            Section::Public => "public",
            Section::Years => "years",
        }
    }
}

/// Where a field sits: its section, and whether in the section's folded part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    /// The section.
    pub section: Section,
    /// In the folded ("advanced") part of the section.
    pub folded: bool,
}

/// How a field's value is read and written.
#[derive(Clone, Copy)]
pub enum Access {
    /// A scenario-wide value.
    Global(fn(&Scenario) -> f64, fn(&mut Scenario) -> &mut f64),
    /// A value of each workforce group.
    Group(
        fn(&WorkforceGroup) -> f64,
        fn(&mut WorkforceGroup) -> &mut f64,
    ),
}

impl fmt::Debug for Access {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Access::Global(..) => "Global",
            Access::Group(..) => "Group",
        })
    }
}

/// One row of the field table.
#[derive(Clone, Copy, Debug)]
pub struct FieldSpec {
    /// Which field (its row number).
    pub id: FieldId,
    /// Its path in the scenario file; for group fields, within the group.
    pub path: &'static str,
    /// How it is read and written (and so whether it belongs to a group).
    pub access: Access,
    /// Its unit.
    pub unit: Unit,
    /// Smallest valid value (stored unit).
    pub min: f64,
    /// Largest valid value (stored unit).
    pub max: f64,
    /// Whether only whole numbers are valid.
    pub whole: bool,
    /// The default and its source.
    pub default: Default,
    /// The range seen in practice.
    pub typical: Typical,
    /// When it is on screen.
    pub shown: Shown,
    /// Where it sits on the page.
    pub place: Place,
}

impl FieldSpec {
    /// Whether the field belongs to a workforce group rather than the whole scenario.
    pub fn is_group_field(&self) -> bool {
        matches!(self.access, Access::Group(..))
    }
}

use Status::{Confirmed as C, Derived as D, Estimate as E};

macro_rules! global {
    ($($f:ident).+) => {
        Access::Global(|s| s.$($f).+, |s| &mut s.$($f).+)
    };
}

macro_rules! group {
    ($f:ident) => {
        Access::Group(|g| g.$f, |g| &mut g.$f)
    };
}

const fn at(section: Section) -> Place {
    Place {
        section,
        folded: false,
    }
}

const fn folded(section: Section) -> Place {
    Place {
        section,
        folded: true,
    }
}

const fn value(v: f64, year: u16, status: Status, da: &'static str, en: &'static str) -> Default {
    Default::Value(v, src(year, status, da, en))
}

#[allow(clippy::too_many_arguments)]
const fn row(
    id: FieldId,
    path: &'static str,
    access: Access,
    unit: Unit,
    (min, max, whole): (f64, f64, bool),
    default: Default,
    typical: Typical,
    shown: Shown,
    place: Place,
) -> FieldSpec {
    FieldSpec {
        id,
        path,
        access,
        unit,
        min,
        max,
        whole,
        default,
        typical,
        shown,
        place,
    }
}

const ANY: (f64, f64, bool) = (0.0, 1.0, false);
const fn range(min: f64, max: f64) -> (f64, f64, bool) {
    (min, max, false)
}

use FieldId as F;
use Section as S;
use Typical::Range as T;

/// The field table, one row per [`FieldId`], in its order.
/// The rows, for the compile-time checks below; everything else reads the one [`FIELDS`].
const ROWS: [FieldSpec; 39] = [
    row(F::MarkupRate, "pricing.markup_rate", global!(pricing.markup_rate), Unit::Percent, range(0.0, 5.0),
        value(0.15, 2026, E, "Et \"lille overhead\" på lønomkostningen, skøn", "A \"small markup\" on labour cost, estimate"),
        T(0.05, 0.30), Shown::Pricing(PricingMode::Markup), at(S::Price)),
    row(F::FixedHourlyPrice, "pricing.fixed_hourly_price", global!(pricing.fixed_hourly_price), Unit::KrPerHour, range(0.0, 5_000.0),
        value(290.0, 2026, D, "175 kr./time × 1,45 × 1,15, afrundet", "DKK 175/hour × 1.45 × 1.15, rounded"),
        T(250.0, 390.0), Shown::Pricing(PricingMode::FixedPrice), at(S::Price)),
    row(F::YearlyFee, "pricing.yearly_fee", global!(pricing.yearly_fee), Unit::KrPerYear, range(0.0, 100_000_000.0),
        value(0.0, 2026, E, "Ingen fast kontraktpris som udgangspunkt", "No fixed contract fee to begin with"),
        Typical::None, Shown::Always, folded(S::Price)),
    row(F::CoursePricePerWeek, "municipal.course_price_per_week", global!(municipal.course_price_per_week), Unit::KrPerWeek, range(0.0, 50_000.0),
        value(3_000.0, 2026, E, "Kommunens køb af et tilbud med socialpædagogisk støtte, skøn; jobtræning 14.000–17.000 kr./md. i en udbyders prisliste fra 2018", "The municipality's purchase of a programme with social-pedagogical support, estimate; job training DKK 14,000–17,000 a month in a provider's 2018 price list"),
        T(1_500.0, 5_000.0), Shown::WithKind(GroupKind::Participant), at(S::Municipal)),
    row(F::Occupancy, "municipal.occupancy", global!(municipal.occupancy), Unit::Percent, ANY,
        value(1.0, 2026, E, "Skøn: fuld belægning i eksemplerne, så tallene er lette at følge. Står pladser tomme mellem to deltagere, er 70–95 % typisk – skriv jeres eget tal", "Estimate: full occupancy in the examples, so the figures are easy to follow. Where places stand empty between participants, 70–95% is typical: enter your own figure"),
        T(0.70, 1.0), Shown::WithKind(GroupKind::Participant), at(S::Municipal)),
    row(F::MentorHoursPerWeek, "municipal.mentor_hours_per_week", global!(municipal.mentor_hours_per_week), Unit::HoursPerWeek, range(0.0, 37.0),
        value(0.0, 2026, E, "Intet mentorkøb som udgangspunkt: mentorstøtte bevilges pr. person og for en periode; typisk 1–5 timer/uge, når den bevilges", "No mentor purchase to begin with: mentor support is granted per person and for a period; typically 1–5 hours/week when granted"),
        T(0.0, 5.0), Shown::WithSupported, at(S::Municipal)),
    row(F::MentorRate, "municipal.mentor_rate", global!(municipal.mentor_rate), Unit::KrPerHour, range(0.0, 5_000.0),
        value(375.0, 2026, E, "Skøn; 250 kr./time i 2018", "Estimate; DKK 250/hour in 2018"),
        T(250.0, 550.0), Shown::WithSupported, at(S::Municipal)),
    row(F::FixedFte, "support.fixed_fte", global!(support.fixed_fte), Unit::Fte, range(0.0, 100.0),
        value(1.0, 2026, E, "Én socialpædagog på fuld tid", "One full-time social educator"),
        Typical::None, Shown::Staffing(StaffingMode::Fixed), at(S::Support)),
    row(F::CaseloadParticipants, "support.caseload_participants", global!(support.caseload_participants), Unit::PersonsPerFte, range(1.0, 100.0),
        value(7.0, 2024, C, "Huset Venture, Team IKEA: 1 medarbejder pr. højst 7 deltagere", "Huset Venture, Team IKEA: 1 staff member per at most 7 participants"),
        T(5.0, 8.0), Shown::Staffing(StaffingMode::Caseload), folded(S::Support)),
    row(F::CaseloadEmployees, "support.caseload_employees", global!(support.caseload_employees), Unit::PersonsPerFte, range(1.0, 200.0),
        value(15.0, 2026, E, "Skøn for ansatte i fleksjob med behov for støtte", "Estimate for flex-job employees who need support"),
        T(10.0, 25.0), Shown::Staffing(StaffingMode::Caseload), folded(S::Support)),
    row(F::MonthlySalary, "support.monthly_salary", global!(support.monthly_salary), Unit::KrPerMonth, range(0.0, 200_000.0),
        value(34_000.0, 2026, E, "Skøn; socialpædagogers løn i kommunerne 30.361–34.918 kr./md. (2024)", "Estimate; social educators' pay in the municipalities DKK 30,361–34,918 a month (2024)"),
        T(31_500.0, 37_000.0), Shown::Always, folded(S::Support)),
    row(F::PensionRate, "support.pension_rate", global!(support.pension_rate), Unit::Percent, range(0.0, 0.5),
        value(0.142, 2024, C, "Arbejdsgiverpension efter overenskomst", "Employer pension under the collective agreement"),
        T(0.14, 0.18), Shown::Always, folded(S::Support)),
    row(F::OtherStaffCosts, "support.other_staff_costs", global!(support.other_staff_costs), Unit::KrPerYear, range(0.0, 10_000_000.0),
        value(15_000.0, 2024, D, "ATP, AES, forsikring m.m.", "ATP, AES, insurance etc."),
        Typical::None, Shown::Always, folded(S::Support)),
    row(F::AlternativePricePerHour, "company.alternative_price_per_hour", global!(company.alternative_price_per_hour), Unit::KrPerHour, range(0.0, 5_000.0),
        value(320.0, 2023, E, "Vikarbureau, ufaglært; rengøring 320 kr./time (2023)", "Temp agency, unskilled; cleaning DKK 320/hour (2023)"),
        T(250.0, 450.0), Shown::Always, at(S::Company)),
    row(F::OtherSavings, "company.other_savings", global!(company.other_savings), Unit::KrPerYear, range(0.0, 1_000_000_000.0),
        value(0.0, 2026, E, "Personaleomsætning, fejl m.m.: skriv jeres eget tal", "Staff turnover, errors etc.: enter your own figure"),
        Typical::None, Shown::Always, at(S::Company)),
    row(F::FreedHourValue, "company.freed_hour_value", global!(company.freed_hour_value), Unit::KrPerHour, range(0.0, 5_000.0),
        value(0.0, 2026, E, "Ingen som udgangspunkt: skriv jeres dækningsbidrag pr. frigjort fagtime", "None to begin with: enter your contribution margin per skilled hour freed"),
        Typical::None, Shown::Always, folded(S::Company)),
    row(F::WeeksPerYear, "frame.weeks_per_year", global!(frame.weeks_per_year), Unit::Weeks, range(1.0, 52.0),
        value(44.0, 2024, D, "1.635 produktive timer om året ÷ 37 timer/uge (GLS-A 2024)", "1,635 productive hours a year ÷ 37 hours/week (GLS-A 2024)"),
        T(40.0, 47.0), Shown::Always, folded(S::Company)),
    row(F::OtherSeCosts, "other_se_costs", global!(other_se_costs), Unit::KrPerYear, range(0.0, 1_000_000_000.0),
        value(0.0, 2026, E, "Administration, lokaler og transport: skriv jeres eget tal", "Administration, premises and transport: enter your own figure"),
        Typical::None, Shown::Always, folded(S::Company)),
    row(F::StateRefundRate, "public.state_refund_rate", global!(public.state_refund_rate), Unit::Percent, ANY,
        Default::Rate(RateId::StateRefund), T(0.20, 0.80), Shown::Always, folded(S::Public)),
    row(F::Kommuneskat, "public.kommuneskat", global!(public.kommuneskat), Unit::Percent, ANY,
        Default::Rate(RateId::Kommuneskat), T(0.22, 0.27), Shown::Always, folded(S::Public)),
    row(F::Years, "projection.years", global!(projection.years), Unit::Years, (1.0, 10.0, true),
        value(3.0, 2026, E, "Tre år som udgangspunkt: et forløb, et job og året efter", "Three years to begin with: a course, a job and the year after"),
        Typical::None, Shown::Always, at(S::Years)),
    row(F::CourseMonths, "projection.course_months", global!(projection.course_months), Unit::Months, range(1.0, 36.0),
        value(12.0, 2026, E, "Skøn; Team IKEA-perioder på 13 uger forlænges som regel; et ressourceforløb varer højst 3 år pr. forløb og er lukket for nye borgere fra 1. februar 2026", "Estimate; Team IKEA periods of 13 weeks are usually extended; a resource course lasts at most 3 years"),
        T(3.0, 24.0), Shown::WithKind(GroupKind::Participant), at(S::Years)),
    row(F::FlexShare, "projection.flex_share", global!(projection.flex_share), Unit::Percent, ANY,
        value(0.20, 2018, E, "Skøn; STAR 2018: ca. 25 % var i fleksjob eller på ledighedsydelse en måned efter et ressourceforløb", "Estimate; STAR 2018: about 25% were in a flex job or on flex-job unemployment benefit a month after a resource course"),
        T(0.05, 0.40), Shown::WithKind(GroupKind::Participant), at(S::Years)),
    row(F::OrdinaryShare, "projection.ordinary_share", global!(projection.ordinary_share), Unit::Percent, ANY,
        value(0.05, 2018, E, "Skøn; STAR 2018: 4 % var i ordinært job en måned efter et ressourceforløb", "Estimate; STAR 2018: 4% were in an ordinary job a month after a resource course"),
        T(0.0, 0.15), Shown::WithKind(GroupKind::Participant), at(S::Years)),
    row(F::OrdinaryHours, "projection.ordinary_hours", global!(projection.ordinary_hours), Unit::HoursPerWeek, range(0.0, 37.0),
        value(20.0, 2026, E, "Skøn: et job uden tilskud på nedsat tid, til industriens mindsteløn", "Estimate: an unsubsidised part-time job at the industry minimum wage"),
        T(8.0, 37.0), Shown::WithKind(GroupKind::Participant), folded(S::Years)),
    row(F::ViaSeCap, "projection.via_se_cap", global!(projection.via_se_cap), Unit::Persons, (0.0, 1_000.0, true),
        value(3.0, 2026, E, "Eksempel: virksomheden tager op til 3 i fleksjob gennem den socialøkonomiske virksomhed (som IKEA med Huset Venture)", "Example: the company takes up to 3 in flex jobs through the social enterprise (as IKEA with Huset Venture)"),
        Typical::None, Shown::ViaSe, at(S::Years)),
    row(F::JobExitPerYear, "projection.job_exit_per_year", global!(projection.job_exit_per_year), Unit::Percent, ANY,
        value(0.10, 2026, E, "Skøn: hvor mange i fleksjob der mister jobbet i løbet af et år", "Estimate: how many in flex jobs lose the job in a year"),
        T(0.05, 0.25), Shown::WithKind(GroupKind::Participant), folded(S::Years)),
    row(F::BackToJobPerYear, "projection.back_to_job_per_year", global!(projection.back_to_job_per_year), Unit::Percent, ANY,
        value(0.30, 2026, E, "Skøn: hvor mange på ledighedsydelse der får et fleksjob igen i løbet af et år", "Estimate: how many on flex-job unemployment benefit take a flex job again in a year"),
        T(0.10, 0.50), Shown::WithKind(GroupKind::Participant), folded(S::Years)),
    row(F::Deadweight, "projection.deadweight", global!(projection.deadweight), Unit::Percent, ANY,
        value(0.0, 2026, E, "Skøn: ingen dødvægt som udgangspunkt; sæt den andel, der ville have fået jobbet alligevel", "Estimate: no deadweight to begin with; enter the share who would have got the job anyway"),
        T(0.0, 0.50), Shown::WithKind(GroupKind::Participant), at(S::Years)),
    row(F::OtherwiseFp, "projection.otherwise_fp", global!(projection.otherwise_fp), Unit::Percent, ANY,
        value(0.05, 2018, E, "Skøn, og den mest usikre antagelse; STAR 2018: 56 % kom på førtidspension en måned efter et ressourceforløb, men de er ikke dem, der finder job", "Estimate, and the least certain assumption; STAR 2018: 56% were on disability pension a month after a resource course, but they are not the ones who find a job"),
        T(0.0, 0.30), Shown::WithKind(GroupKind::Participant), at(S::Years)),
    row(F::ActivationPerWeek, "projection.activation_per_week", global!(projection.activation_per_week), Unit::KrPerWeek, range(0.0, 50_000.0),
        value(0.0, 2026, E, "Skøn: intet som udgangspunkt; skriv, hvad kommunen ellers ville have brugt på en aktivitetsparat borger (mentor, praktik, sagsbehandling)", "Estimate: nothing to begin with; enter what the municipality would otherwise have spent on an activity-ready citizen (mentor, work placement, casework)"),
        T(0.0, 1_500.0), Shown::WithKind(GroupKind::Participant), folded(S::Years)),
    row(F::SpinOffMonth, "projection.spin_off_month", global!(projection.spin_off_month), Unit::Month, (1.0, 120.0, true),
        value(13.0, 2026, E, "Eksempel: afdelingen bliver selvstændig efter det første år", "Example: the department becomes separate after the first year"),
        Typical::None, Shown::Department, at(S::Years)),
    row(F::ExternalJobsPerYear, "projection.external_jobs_per_year", global!(projection.external_jobs_per_year), Unit::PersonsPerYear, range(0.0, 1_000.0),
        value(0.0, 2026, E, "Intet salg til andre som udgangspunkt; afknopningens eksempel: 2 fleksjob om året", "No sales to others to begin with; the spin-off example: 2 flex jobs a year"),
        T(0.0, 10.0), Shown::Department, at(S::Years)),
    row(F::DiscountRate, "projection.discount_rate", global!(projection.discount_rate), Unit::Percent, range(0.0, 0.10),
        value(0.035, 2021, C, "Finansministeriets samfundsøkonomiske diskonteringsrente (realrente) for de første 35 år", "The Ministry of Finance's social discount rate (real) for the first 35 years"),
        Typical::None, Shown::Always, folded(S::Years)),
    row(F::Persons, "persons", group!(persons), Unit::Persons, (0.0, 1_000.0, true),
        value(1.0, 2026, E, "Én person pr. ny gruppe", "One person per new group"),
        Typical::None, Shown::Always, at(S::Group)),
    row(F::HoursPerWeek, "hours_per_week", group!(hours_per_week), Unit::HoursPerWeek, range(0.0, 37.0),
        Default::ByKind(PerKind([15.0, 10.0, 37.0, 15.0]), src(2024, E, "Eksempel: fleksjob og deltagere 15 timer/uge (Team IKEA op til 16,25; landsgennemsnit i fleksjob 9,1 timer/uge, DA 2023); småjob 10; ordinært ansatte 37", "Example: flex jobs and participants 15 hours/week (Team IKEA up to 16.25; national flex-job average 9.1 hours/week, DA 2023); small jobs 10; ordinary staff 37")),
        Typical::ByKind(PerKind([Some((2.0, 30.0)), Some((2.0, 15.0)), Some((15.0, 37.0)), Some((5.0, 20.0))])), Shown::Always, at(S::Group)),
    row(F::PaidShare, "paid_share", group!(paid_share), Unit::Percent, ANY,
        Default::ByKind(PerKind([0.6, 1.0, 1.0, 0.0]), src(2023, E, "Fleksjob: 15 timers fremmøde ≈ 8–10 betalte timer; andre 100 %", "Flex job: 15 hours' attendance ≈ 8–10 paid hours; others 100%")),
        Typical::ByKind(PerKind([Some((0.3, 0.9)), None, None, None])), Shown::PaidGroup, at(S::Group)),
    row(F::HourlyWage, "hourly_wage", group!(hourly_wage), Unit::KrPerHour, range(0.0, 2_000.0),
        value(175.0, 2026, E, "Ufaglært timeløn, skøn; mindstelønnen i Industriens Overenskomst er 143,35 kr./time (marts 2026)", "Unskilled hourly wage, estimate; the minimum wage of Industriens Overenskomst is DKK 143.35/hour (March 2026)"),
        T(145.0, 210.0), Shown::PaidGroup, at(S::Group)),
    row(F::OncostRate, "oncost_rate", group!(oncost_rate), Unit::Percent, ANY,
        value(0.45, 2024, E, "Skøn, lidt under GLS-A's 46,9–48,8 % for lønafhængige omkostninger efter overenskomst (2024)", "Estimate, a little below GLS-A's 46.9–48.8% for employer on-costs under a collective agreement (2024)"),
        T(0.35, 0.50), Shown::PaidGroup, folded(S::Group)),
];

/// The field table: one row per input, in the order of the page. A `static`, so the table is
/// stored once in the shipped code, however many places across the crates read it.
pub static FIELDS: [FieldSpec; 39] = ROWS;

// Row `i` declares field `i`: a missing or misplaced row is a compile error.
const _: () = {
    let mut i = 0;
    while i < ROWS.len() {
        assert!(ROWS[i].id as usize == i);
        i += 1;
    }
};

impl FieldId {
    /// The field's row of the table.
    pub fn spec(self) -> &'static FieldSpec {
        &FIELDS[self as usize]
    }

    /// Every field, in table order.
    pub fn all() -> impl Iterator<Item = FieldId> + Clone {
        FIELDS.iter().map(|f| f.id)
    }

    /// Whether the field belongs to a workforce group.
    pub fn is_group_field(self) -> bool {
        self.spec().is_group_field()
    }
}

/// Most workforce groups a scenario may hold (groups).
pub const MAX_GROUPS: usize = 50;

/// Full-time hours per week (h/week), used for full-time equivalents.
pub const FULL_TIME_HOURS_PER_WEEK: f64 = 37.0;

impl FieldPath {
    /// A scenario-wide field.
    pub const fn global(field: FieldId) -> Self {
        FieldPath { group: None, field }
    }

    /// A field of workforce group `index`.
    pub const fn group(index: usize, field: FieldId) -> Self {
        FieldPath {
            group: Some(index),
            field,
        }
    }

    /// Whether the path pairs a group field with a group and a scenario-wide field with none.
    pub fn is_well_formed(&self) -> bool {
        self.group.is_some() == self.field.is_group_field()
    }

    /// The HTML id of the fold that holds the field, if it sits in one: `fold-support`, or
    /// `fold-groups-2` for a group's.
    pub fn fold_dom_id(&self) -> Option<String> {
        let place = self.field.spec().place;
        place.folded.then(|| match self.group {
            Some(i) => format!("fold-groups-{i}"),
            None => format!("fold-{}", place.section.key()),
        })
    }

    /// A stable identifier usable as an HTML id, e.g. `f-groups-2-hours_per_week`.
    pub fn dom_id(&self) -> String {
        let mut id = String::from("f-");
        if let Some(i) = self.group {
            id.push_str(&format!("groups-{i}-"));
        }
        id.extend(self.field.spec().path.chars().map(|c| match c {
            '.' => '-',
            c => c,
        }));
        id
    }
}

impl Serialize for FieldPath {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl fmt::Display for FieldPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(i) = self.group {
            write!(f, "groups[{i}].")?;
        }
        f.write_str(self.field.spec().path)
    }
}

impl<'de> Deserialize<'de> for FieldPath {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse()
            .map_err(|_| serde::de::Error::custom(format!("`{text}` is not an input")))
    }
}

/// Why a text is not a field path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotAFieldPath;

impl FromStr for FieldPath {
    type Err = NotAFieldPath;

    /// Reads `pricing.markup_rate` or `groups[2].persons` (group index below [`MAX_GROUPS`]).
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let (group, rest) = match text.strip_prefix("groups[") {
            Some(tail) => {
                let (index, rest) = tail.split_once("].").ok_or(NotAFieldPath)?;
                let digits_only = !index.is_empty() && index.bytes().all(|b| b.is_ascii_digit());
                let i: usize = index.parse().map_err(|_| NotAFieldPath)?;
                if !digits_only || i >= MAX_GROUPS || (index.len() > 1 && index.starts_with('0')) {
                    return Err(NotAFieldPath);
                }
                (Some(i), rest)
            }
            None => (None, text),
        };
        let spec = FIELDS
            .iter()
            .find(|f| f.path == rest && f.is_group_field() == group.is_some())
            .ok_or(NotAFieldPath)?;
        Ok(FieldPath {
            group,
            field: spec.id,
        })
    }
}

impl Scenario {
    /// The value at `path` (unit as in [`FieldId`]); `None` if the path names a missing group or
    /// pairs a group field with no group (or the reverse).
    pub fn get(&self, path: FieldPath) -> Option<f64> {
        match (path.field.spec().access, path.group) {
            (Access::Global(get, _), None) => Some(get(self)),
            (Access::Group(get, _), Some(i)) => self.groups.get(i).map(get),
            _ => None,
        }
    }

    /// Sets the value at `path`; returns false (and changes nothing) where [`Scenario::get`] is `None`.
    pub fn set(&mut self, path: FieldPath, value: f64) -> bool {
        let slot = match (path.field.spec().access, path.group) {
            (Access::Global(_, slot), None) => Some(slot(self)),
            (Access::Group(_, slot), Some(i)) => self.groups.get_mut(i).map(slot),
            _ => None,
        };
        match slot {
            Some(slot) => {
                *slot = value;
                true
            }
            None => false,
        }
    }

    /// The default of the field at `path` in this scenario: a group field's default depends on
    /// its group's kind, a rate's on the rate year. `None` where the path does not exist.
    pub fn default_at(&self, path: FieldPath) -> Option<f64> {
        let kind = match path.group {
            Some(i) => Some(self.groups.get(i)?.kind),
            None => None,
        };
        path.is_well_formed().then(|| {
            default_value(
                path.field,
                kind.unwrap_or(GroupKind::Fleksjob),
                self.rate_year,
            )
        })
    }

    /// Where the default at `path` comes from (the rate year's table for rates).
    pub fn source_at(&self, field: FieldId) -> Source {
        match field.spec().default {
            Default::Value(_, s) | Default::ByKind(_, s) => s,
            Default::Rate(id) => rates::for_year(self.rate_year).get(id).source,
        }
    }

    /// The typical range at `path`, if it has one (stored unit).
    pub fn typical_at(&self, path: FieldPath) -> Option<(f64, f64)> {
        match path.field.spec().typical {
            Typical::None => None,
            Typical::Range(lo, hi) => Some((lo, hi)),
            Typical::ByKind(per) => per.of(self.groups.get(path.group?)?.kind),
        }
    }

    /// Whether the field at `path` is on screen: the inactive price or staffing mode's fields and
    /// the wage fields of participants are hidden.
    pub fn is_shown(&self, path: FieldPath) -> bool {
        let group = path.group.and_then(|i| self.groups.get(i));
        if path.group.is_some() && group.is_none() {
            return false;
        }
        match path.field.spec().shown {
            Shown::Always => true,
            Shown::Pricing(mode) => self.pricing.mode == mode,
            Shown::Staffing(mode) => self.support.staffing == mode,
            Shown::PaidGroup => group.is_some_and(|g| g.kind.is_paid()),
            Shown::WithKind(kind) => self.has(kind),
            Shown::WithSupported => self.groups.iter().any(|g| g.kind.needs_employee_support()),
            Shown::Department => self.organisation == Organisation::Department,
            // The switch is shown only with participants (their jobs are what go through the SE).
            Shown::ViaSe => self.projection.via_se && self.has(GroupKind::Participant),
        }
    }

    /// Whether the scenario has a group of `kind`.
    pub fn has(&self, kind: GroupKind) -> bool {
        self.groups.iter().any(|g| g.kind == kind)
    }

    /// Persons of `kind` in the scenario.
    pub fn persons_of(&self, kind: GroupKind) -> f64 {
        total(
            self.groups
                .iter()
                .filter(|g| g.kind == kind)
                .map(|g| g.persons),
        )
    }
}

/// The default of `field` for a group of `kind` (ignored for scenario-wide fields) in `rate_year`.
pub fn default_value(field: FieldId, kind: GroupKind, rate_year: u16) -> f64 {
    match field.spec().default {
        Default::Value(v, _) => v,
        Default::ByKind(per, _) => per.of(kind),
        Default::Rate(id) => rates::for_year(rate_year).value(id),
    }
}

impl WorkforceGroup {
    /// A group of `kind` with that kind's defaults and no name.
    pub fn new(kind: GroupKind) -> Self {
        let d = |f: FieldId| default_value(f, kind, DEFAULT_RATE_YEAR);
        WorkforceGroup {
            name: String::new(),
            kind,
            persons: d(F::Persons),
            hours_per_week: d(F::HoursPerWeek),
            paid_share: d(F::PaidShare),
            hourly_wage: d(F::HourlyWage),
            oncost_rate: d(F::OncostRate),
            billed: kind.is_paid(),
        }
    }

    /// The same group with a name.
    pub fn named(mut self, name: &str) -> Self {
        self.name = name.to_string();
        self
    }
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

impl std::default::Default for Scenario {
    /// Every number from the field table's defaults (rate year: the newest table).
    fn default() -> Self {
        let mut s = Scenario {
            rate_year: DEFAULT_RATE_YEAR,
            frame: Frame {
                weeks_per_year: 0.0,
            },
            organisation: Organisation::Separate,
            groups: Vec::new(),
            pricing: Pricing {
                mode: PricingMode::Markup,
                markup_rate: 0.0,
                fixed_hourly_price: 0.0,
                yearly_fee: 0.0,
            },
            municipal: MunicipalPurchases {
                course_price_per_week: 0.0,
                occupancy: 0.0,
                mentor_hours_per_week: 0.0,
                mentor_rate: 0.0,
            },
            support: SupportStaffing {
                staffing: StaffingMode::Caseload,
                fixed_fte: 0.0,
                caseload_participants: 0.0,
                caseload_employees: 0.0,
                monthly_salary: 0.0,
                pension_rate: 0.0,
                other_staff_costs: 0.0,
            },
            other_se_costs: 0.0,
            company: CompanyAlternative {
                alternative_price_per_hour: 0.0,
                other_savings: 0.0,
                freed_hour_value: 0.0,
            },
            public: PublicAssumptions {
                fleksjob_baseline: FleksjobBaseline::Ledighedsydelse,
                participant_benefit: ParticipantBenefit::Kontanthjaelp,
                kontanthjaelp: KontanthjaelpRate::ForhoejetEnlig,
                state_refund_rate: 0.0,
                kommuneskat: 0.0,
            },
            projection: Projection {
                years: 0.0,
                course_months: 0.0,
                flex_share: 0.0,
                ordinary_share: 0.0,
                ordinary_hours: 0.0,
                via_se: false,
                via_se_cap: 0.0,
                job_exit_per_year: 0.0,
                back_to_job_per_year: 0.0,
                deadweight: 0.0,
                otherwise_fp: 0.0,
                activation_per_week: 0.0,
                refill: true,
                spin_off_month: 0.0,
                external_jobs_per_year: 0.0,
                discount_rate: 0.0,
            },
            uncertainty: Uncertainty::default(),
        };
        for spec in FIELDS.iter() {
            if let Access::Global(_, slot) = spec.access {
                *slot(&mut s) = default_value(spec.id, GroupKind::Fleksjob, DEFAULT_RATE_YEAR);
            }
        }
        s
    }
}

/// A section's defaults are those of a new scenario, so a missing member of a scenario file
/// takes the same default as the page.
macro_rules! default_from_scenario {
    ($($ty:ident . $member:ident),+ $(,)?) => {
        $(impl std::default::Default for $ty {
            fn default() -> Self {
                Scenario::default().$member
            }
        })+
    };
}

default_from_scenario!(
    Frame.frame,
    Pricing.pricing,
    MunicipalPurchases.municipal,
    SupportStaffing.support,
    CompanyAlternative.company,
    PublicAssumptions.public,
    Projection.projection,
);

impl std::default::Default for PublicAssumptionsFile {
    fn default() -> Self {
        let p = Scenario::default().public;
        PublicAssumptionsFile {
            fleksjob_baseline: p.fleksjob_baseline,
            participant_benefit: p.participant_benefit,
            kontanthjaelp: p.kontanthjaelp,
            state_refund_rate: p.state_refund_rate,
            kommuneskat: p.kommuneskat,
            marginal_tax_rate: (),
            municipal_tax_share: (),
        }
    }
}
