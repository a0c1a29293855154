//! Every numeric input's unit, valid range, default and the default's source, as data
//! (`../shared/domain.md`). The interface shows these next to each field.

use super::field::FieldId;
use super::scenario::GroupKind;
use serde::Serialize;

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

/// How sure a default is (`../shared/domain.md`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Confirmed in a source.
    Confirmed,
    /// Derived from confirmed figures.
    Derived,
    /// An estimate: replace it with your own figure.
    Estimate,
}

/// Where a default comes from, in Danish and English.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Source {
    /// The year the figure refers to.
    pub year: u16,
    /// Confirmed, derived or estimate.
    pub status: Status,
    /// The basis in Danish.
    pub da: &'static str,
    /// The basis in English.
    pub en: &'static str,
}

/// One numeric input: unit, valid range (inclusive), default, typical range and source.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct ParamSpec {
    /// Which input.
    pub field: FieldId,
    /// Its unit.
    pub unit: Unit,
    /// Smallest valid value (stored unit).
    pub min: f64,
    /// Largest valid value (stored unit).
    pub max: f64,
    /// Whether only whole numbers are valid.
    pub whole: bool,
    /// The default (stored unit); for group fields, the fleksjob default (see [`group_default`]).
    pub default: f64,
    /// The range seen in practice, for sensitivity analysis (stored unit).
    pub typical: Option<(f64, f64)>,
    /// Where the default comes from.
    pub source: Source,
}

const fn src(year: u16, status: Status, da: &'static str, en: &'static str) -> Source {
    Source {
        year,
        status,
        da,
        en,
    }
}

use Status::{Confirmed as C, Derived as D, Estimate as E};

/// The parameter table, one row per [`FieldId`].
pub const PARAMS: [ParamSpec; 21] = [
    ParamSpec { field: FieldId::WeeksPerYear, unit: Unit::Weeks, min: 1.0, max: 52.0, whole: false, default: 44.0, typical: Some((44.0, 46.0)),
        source: src(2024, D, "1.635 produktive timer om året ÷ 37 t/uge (GLS-A 2024)", "1,635 productive hours a year ÷ 37 h/week (GLS-A 2024)") },
    ParamSpec { field: FieldId::MarkupRate, unit: Unit::Percent, min: 0.0, max: 5.0, whole: false, default: 0.15, typical: Some((0.05, 0.30)),
        source: src(2026, E, "Et \"lille overhead\" på lønomkostningen, skøn", "A \"small overhead\" on labour cost, estimate") },
    ParamSpec { field: FieldId::FixedHourlyPrice, unit: Unit::KrPerHour, min: 0.0, max: 5_000.0, whole: false, default: 290.0, typical: Some((250.0, 390.0)),
        source: src(2026, D, "175 kr/t × 1,45 × 1,15, afrundet", "175 kr/h × 1.45 × 1.15, rounded") },
    ParamSpec { field: FieldId::YearlyFee, unit: Unit::KrPerYear, min: 0.0, max: 100_000_000.0, whole: false, default: 0.0, typical: None,
        source: src(2026, E, "Ingen fast kontraktpris som udgangspunkt", "No fixed contract fee to begin with") },
    ParamSpec { field: FieldId::CoursePricePerWeek, unit: Unit::KrPerWeek, min: 0.0, max: 50_000.0, whole: false, default: 3_000.0, typical: Some((1_500.0, 5_000.0)),
        source: src(2026, E, "Kommunalt køb af forløb med socialpædagogisk støtte; jobtræning 14–17.000 kr/md. (prisliste 2018)", "Municipal purchase of a course with social-pedagogical support; job training 14–17,000 kr/month (price list 2018)") },
    ParamSpec { field: FieldId::MentorHoursPerWeek, unit: Unit::HoursPerWeek, min: 0.0, max: 37.0, whole: false, default: 0.0, typical: Some((1.0, 5.0)),
        source: src(2026, E, "Intet mentorkøb som udgangspunkt; typisk 1–5 t/uge pr. person", "No mentor purchase to begin with; typically 1–5 h/week per person") },
    ParamSpec { field: FieldId::MentorRate, unit: Unit::KrPerHour, min: 0.0, max: 5_000.0, whole: false, default: 375.0, typical: Some((250.0, 550.0)),
        source: src(2026, E, "Skøn; 250 kr/t i 2018", "Estimate; 250 kr/h in 2018") },
    ParamSpec { field: FieldId::FixedFte, unit: Unit::Fte, min: 0.0, max: 100.0, whole: false, default: 1.0, typical: None,
        source: src(2026, E, "Én socialpædagog på fuld tid", "One full-time socio-pedagogue") },
    ParamSpec { field: FieldId::CaseloadParticipants, unit: Unit::PersonsPerFte, min: 1.0, max: 100.0, whole: false, default: 7.0, typical: Some((5.0, 8.0)),
        source: src(2024, C, "Huset Venture, Team IKEA: 1 medarbejder pr. højst 7 deltagere", "Huset Venture, Team IKEA: 1 staff per at most 7 participants") },
    ParamSpec { field: FieldId::CaseloadEmployees, unit: Unit::PersonsPerFte, min: 1.0, max: 200.0, whole: false, default: 15.0, typical: Some((10.0, 25.0)),
        source: src(2026, E, "Skøn for ansatte i fleksjob med behov for støtte", "Estimate for flex-job employees who need support") },
    ParamSpec { field: FieldId::MonthlySalary, unit: Unit::KrPerMonth, min: 0.0, max: 200_000.0, whole: false, default: 34_000.0, typical: Some((31_500.0, 37_000.0)),
        source: src(2026, E, "Skøn; kommunal skala 30.361–34.918 kr/md. (2024)", "Estimate; municipal scale 30,361–34,918 kr/month (2024)") },
    ParamSpec { field: FieldId::PensionRate, unit: Unit::Percent, min: 0.0, max: 0.5, whole: false, default: 0.142, typical: Some((0.14, 0.18)),
        source: src(2024, C, "Arbejdsgiverpension efter overenskomst", "Employer pension by collective agreement") },
    ParamSpec { field: FieldId::OtherStaffCosts, unit: Unit::KrPerYear, min: 0.0, max: 10_000_000.0, whole: false, default: 15_000.0, typical: None,
        source: src(2024, D, "ATP, AES, forsikring m.m.", "ATP, AES, insurance etc.") },
    ParamSpec { field: FieldId::OtherSeCosts, unit: Unit::KrPerYear, min: 0.0, max: 1_000_000_000.0, whole: false, default: 0.0, typical: None,
        source: src(2026, E, "Administration, lokaler og transport: sæt jeres eget tal", "Administration, premises and transport: enter your own figure") },
    ParamSpec { field: FieldId::AlternativePricePerHour, unit: Unit::KrPerHour, min: 0.0, max: 5_000.0, whole: false, default: 320.0, typical: Some((270.0, 390.0)),
        source: src(2023, E, "Vikarbureau, ufaglært; rengøring 320 kr/t (2023)", "Temp agency, unskilled; cleaning 320 kr/h (2023)") },
    ParamSpec { field: FieldId::OtherSavings, unit: Unit::KrPerYear, min: 0.0, max: 1_000_000_000.0, whole: false, default: 0.0, typical: None,
        source: src(2026, E, "Personaleomsætning, fejl m.m.: sæt jeres eget tal", "Staff turnover, errors etc.: enter your own figure") },
    ParamSpec { field: FieldId::Persons, unit: Unit::Persons, min: 0.0, max: 1_000.0, whole: true, default: 1.0, typical: None,
        source: src(2026, E, "Én person pr. ny gruppe", "One person per new group") },
    ParamSpec { field: FieldId::HoursPerWeek, unit: Unit::HoursPerWeek, min: 0.0, max: 37.0, whole: false, default: 15.0, typical: None,
        source: src(2024, C, "Fleksjob og deltagere ca. 15 t/uge (Team IKEA op til 16,25); ordinær 37 t", "Flex jobs and participants about 15 h/week (Team IKEA up to 16.25); ordinary 37 h") },
    ParamSpec { field: FieldId::PaidShare, unit: Unit::Percent, min: 0.0, max: 1.0, whole: false, default: 0.6, typical: Some((0.5, 0.75)),
        source: src(2023, E, "Fleksjob: 15 t fremmøde ≈ 8–10 betalte timer; andre 100 %", "Flex job: 15 h attendance ≈ 8–10 paid hours; others 100 %") },
    ParamSpec { field: FieldId::HourlyWage, unit: Unit::KrPerHour, min: 0.0, max: 2_000.0, whole: false, default: 175.0, typical: Some((145.0, 210.0)),
        source: src(2026, E, "Ufaglært timeløn; industriens mindsteløn 143,35 kr/t (marts 2026)", "Unskilled hourly wage; industry minimum 143.35 kr/h (March 2026)") },
    ParamSpec { field: FieldId::OncostRate, unit: Unit::Percent, min: 0.0, max: 1.0, whole: false, default: 0.45, typical: Some((0.35, 0.50)),
        source: src(2024, C, "Arbejdsgiverens følgeomkostninger efter overenskomst, 46,9–48,8 % (GLS-A 2024)", "Employer on-costs under a collective agreement, 46.9–48.8 % (GLS-A 2024)") },
];

/// A rate that holds from a given date, with its source.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct DatedRate {
    /// The value (unit given by the constant's name).
    pub value: f64,
    /// The year it applies from.
    pub year: u16,
    /// Where it comes from.
    pub source: Source,
}

/// The industry's minimum hourly wage (kr/h); a lower wage is warned about, not blocked.
pub const INDUSTRY_MINIMUM_WAGE: DatedRate = DatedRate {
    value: 143.35,
    year: 2026,
    source: src(
        2026,
        C,
        "Industriens overenskomst, marts 2026",
        "Industry agreement, March 2026",
    ),
};

/// Full-time hours per week (h/week), used for full-time equivalents.
pub const FULL_TIME_HOURS_PER_WEEK: f64 = 37.0;

/// Most workforce groups a scenario may hold (groups).
pub const MAX_GROUPS: usize = 50;

/// The specification of `field`.
pub fn spec(field: FieldId) -> &'static ParamSpec {
    // Every FieldId has a row (checked by a test); the first row is a harmless fallback.
    PARAMS
        .iter()
        .find(|p| p.field == field)
        .unwrap_or(&PARAMS[0])
}

/// The default of a scenario-wide field (stored unit).
pub fn default_of(field: FieldId) -> f64 {
    spec(field).default
}

/// The default of a group field for a group of `kind` (stored unit).
pub fn group_default(kind: GroupKind, field: FieldId) -> f64 {
    match (field, kind) {
        (FieldId::HoursPerWeek, GroupKind::Ordinary) => 37.0,
        (FieldId::HoursPerWeek, GroupKind::Smajob) => 10.0,
        (FieldId::PaidShare, GroupKind::Fleksjob) => spec(field).default,
        (FieldId::PaidShare, GroupKind::Participant) => 0.0,
        (FieldId::PaidShare, _) => 1.0,
        _ => spec(field).default,
    }
}
