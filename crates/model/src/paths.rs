//! The names of the numeric inputs: which field, and where (scenario-wide or a group's). Data
//! only, below the scenario, which names them in its uncertain inputs; what each field is (its
//! path, unit, limits, default and source) is in the field table (`fields.rs`).

use serde::{Deserialize, Serialize};

/// One numeric input. The order is the order of the field table (`fields::FIELDS`) and of the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FieldId {
    /// The SE's overhead on labour cost (fraction).
    MarkupRate,
    /// Fixed price per billed hour (kr/h).
    FixedHourlyPrice,
    /// Fixed yearly fee for contract management (kr/year).
    YearlyFee,
    /// Municipal price per participant place per week (kr/week).
    CoursePricePerWeek,
    /// Share of course places filled (fraction).
    Occupancy,
    /// Mentor hours per fleksjob/småjob person per week (h/week).
    MentorHoursPerWeek,
    /// Price of one mentor hour (kr/h).
    MentorRate,
    /// Support staff when staffing is fixed (FTE).
    FixedFte,
    /// Participant places per full-time support staff member (persons/FTE).
    CaseloadParticipants,
    /// Fleksjob and småjob persons per full-time support staff member (persons/FTE).
    CaseloadEmployees,
    /// Support staff monthly salary (kr/month).
    MonthlySalary,
    /// Employer pension on the support staff salary (fraction).
    PensionRate,
    /// Other yearly costs per support FTE: ATP, AES, insurance (kr/year).
    OtherStaffCosts,
    /// What the same effective hours would cost the company otherwise (kr/h).
    AlternativePricePerHour,
    /// Other yearly savings for the company: turnover, errors (kr/year).
    OtherSavings,
    /// Value to the company of skilled time freed per billed hour (kr/h).
    FreedHourValue,
    /// Productive weeks per year (weeks).
    WeeksPerYear,
    /// Other SE costs: administration, premises, transport (kr/year).
    OtherSeCosts,
    /// The state's refund of the municipality's transfers (fraction).
    StateRefundRate,
    /// The municipality's income tax rate (fraction).
    Kommuneskat,
    /// Years projected (years, whole).
    Years,
    /// Average length of a course (months).
    CourseMonths,
    /// Share of course leavers who take a fleksjob (fraction).
    FlexShare,
    /// Share of course leavers who take an unsubsidised job (fraction).
    OrdinaryShare,
    /// Hours a week of an unsubsidised job (h/week).
    OrdinaryHours,
    /// Most fleksjob holders through the SE at a time (persons, whole).
    ViaSeCap,
    /// Share of fleksjob holders a year who lose the job (fraction).
    JobExitPerYear,
    /// Share of those on ledighedsydelse a year who take a fleksjob again (fraction).
    BackToJobPerYear,
    /// Share of former participants whose job would have come anyway (fraction).
    Deadweight,
    /// Share of former participants who would otherwise have ended on førtidspension (fraction).
    OtherwiseFp,
    /// What the municipality would have spent anyway per participant-week (kr/week).
    ActivationPerWeek,
    /// The month from which a department is a separate company (month, whole).
    SpinOffMonth,
    /// New fleksjob persons a year for other customers once separate (persons/year).
    ExternalJobsPerYear,
    /// Real discount rate (fraction a year).
    DiscountRate,
    /// Persons in a workforce group (persons, whole).
    Persons,
    /// Attendance hours per week at the company per person (h/week).
    HoursPerWeek,
    /// Share of attendance hours that are effective and paid (fraction 0–1).
    PaidShare,
    /// Hourly wage excluding wage-related costs (kr/h).
    HourlyWage,
    /// Employer wage-related costs on the wage (fraction).
    OncostRate,
}

/// Where a numeric input lives: a scenario-wide field, or a field of group `group` (0-based).
/// Written as its JSON path, e.g. `"groups[1].persons"`, and read back from it (`FromStr`, in `fields`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FieldPath {
    /// Index of the workforce group for group fields; `None` for scenario-wide fields.
    pub group: Option<usize>,
    /// Which field.
    pub field: FieldId,
}
