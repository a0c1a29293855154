//! Names of the numeric inputs of a scenario, and reading or writing one by its path.

use super::scenario::Scenario;
use serde::{Deserialize, Serialize};
use std::fmt;

/// One numeric input of a scenario; group fields need a group index (see [`FieldPath`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FieldId {
    /// Productive weeks per year (weeks).
    WeeksPerYear,
    /// Persons in a workforce group (persons, whole).
    Persons,
    /// Attendance hours per week at the company per person (h/week).
    HoursPerWeek,
    /// Share of attendance hours that are effective and paid (fraction 0–1).
    PaidShare,
    /// Hourly wage excluding on-costs (kr/h).
    HourlyWage,
    /// Employer on-costs on the wage (fraction).
    OncostRate,
    /// The SE's markup on labour cost (fraction).
    MarkupRate,
    /// Fixed price per billed hour (kr/h).
    FixedHourlyPrice,
    /// Fixed yearly fee for contract management (kr/year).
    YearlyFee,
    /// Municipal price per participant per week (kr/week).
    CoursePricePerWeek,
    /// Mentor hours per fleksjob/småjob person per week (h/week).
    MentorHoursPerWeek,
    /// Price of one mentor hour (kr/h).
    MentorRate,
    /// Support staff when staffing is fixed (FTE).
    FixedFte,
    /// Participants per full-time support staff member (persons/FTE).
    CaseloadParticipants,
    /// Fleksjob and småjob persons per full-time support staff member (persons/FTE).
    CaseloadEmployees,
    /// Support staff monthly salary (kr/month).
    MonthlySalary,
    /// Employer pension on the support staff salary (fraction).
    PensionRate,
    /// Other yearly costs per support FTE: ATP, AES, insurance (kr/year).
    OtherStaffCosts,
    /// Other SE costs: administration, premises, transport (kr/year).
    OtherSeCosts,
    /// What the same hours would cost the company otherwise (kr/h).
    AlternativePricePerHour,
    /// Other yearly savings for the company: turnover, errors (kr/year).
    OtherSavings,
}

impl FieldId {
    /// Every field, scenario-wide fields first, then group fields.
    pub const ALL: [FieldId; 21] = [
        FieldId::WeeksPerYear,
        FieldId::MarkupRate,
        FieldId::FixedHourlyPrice,
        FieldId::YearlyFee,
        FieldId::CoursePricePerWeek,
        FieldId::MentorHoursPerWeek,
        FieldId::MentorRate,
        FieldId::FixedFte,
        FieldId::CaseloadParticipants,
        FieldId::CaseloadEmployees,
        FieldId::MonthlySalary,
        FieldId::PensionRate,
        FieldId::OtherStaffCosts,
        FieldId::OtherSeCosts,
        FieldId::AlternativePricePerHour,
        FieldId::OtherSavings,
        FieldId::Persons,
        FieldId::HoursPerWeek,
        FieldId::PaidShare,
        FieldId::HourlyWage,
        FieldId::OncostRate,
    ];

    /// Whether the field belongs to a workforce group rather than the whole scenario.
    pub fn is_group_field(self) -> bool {
        matches!(
            self,
            FieldId::Persons
                | FieldId::HoursPerWeek
                | FieldId::PaidShare
                | FieldId::HourlyWage
                | FieldId::OncostRate
        )
    }

    /// The field's place in the JSON scenario format (`docs/scenario-format.md`).
    pub fn json_path(self) -> &'static str {
        match self {
            FieldId::WeeksPerYear => "frame.weeks_per_year",
            FieldId::Persons => "persons",
            FieldId::HoursPerWeek => "hours_per_week",
            FieldId::PaidShare => "paid_share",
            FieldId::HourlyWage => "hourly_wage",
            FieldId::OncostRate => "oncost_rate",
            FieldId::MarkupRate => "pricing.markup_rate",
            FieldId::FixedHourlyPrice => "pricing.fixed_hourly_price",
            FieldId::YearlyFee => "pricing.yearly_fee",
            FieldId::CoursePricePerWeek => "municipal.course_price_per_week",
            FieldId::MentorHoursPerWeek => "municipal.mentor_hours_per_week",
            FieldId::MentorRate => "municipal.mentor_rate",
            FieldId::FixedFte => "support.fixed_fte",
            FieldId::CaseloadParticipants => "support.caseload_participants",
            FieldId::CaseloadEmployees => "support.caseload_employees",
            FieldId::MonthlySalary => "support.monthly_salary",
            FieldId::PensionRate => "support.pension_rate",
            FieldId::OtherStaffCosts => "support.other_staff_costs",
            FieldId::OtherSeCosts => "other_se_costs",
            FieldId::AlternativePricePerHour => "company.alternative_price_per_hour",
            FieldId::OtherSavings => "company.other_savings",
        }
    }
}

/// Where a numeric input lives: a scenario-wide field, or a field of group `group` (0-based).
/// Serialised as its JSON path, e.g. `"groups[1].persons"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FieldPath {
    /// Index of the workforce group for group fields; `None` for scenario-wide fields.
    pub group: Option<usize>,
    /// Which field.
    pub field: FieldId,
}

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

    /// A stable identifier usable as an HTML id, e.g. `f-groups-2-hours_per_week`.
    pub fn dom_id(&self) -> String {
        let path = self.to_string();
        let cleaned: String = path
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '_' {
                    c
                } else {
                    '-'
                }
            })
            .collect();
        format!("f-{}", cleaned.trim_end_matches('-').replace("--", "-"))
    }
}

impl Serialize for FieldPath {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl fmt::Display for FieldPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.group {
            Some(i) => write!(f, "groups[{i}].{}", self.field.json_path()),
            None => f.write_str(self.field.json_path()),
        }
    }
}

/// Maps a scenario-wide [`FieldId`] to its slot; one list serves both the shared and the mutable accessor.
macro_rules! global_fields {
    ($s:ident, $field:ident, $($r:tt)+) => {
        Some(match $field {
            FieldId::WeeksPerYear => $($r)+ $s.frame.weeks_per_year,
            FieldId::MarkupRate => $($r)+ $s.pricing.markup_rate,
            FieldId::FixedHourlyPrice => $($r)+ $s.pricing.fixed_hourly_price,
            FieldId::YearlyFee => $($r)+ $s.pricing.yearly_fee,
            FieldId::CoursePricePerWeek => $($r)+ $s.municipal.course_price_per_week,
            FieldId::MentorHoursPerWeek => $($r)+ $s.municipal.mentor_hours_per_week,
            FieldId::MentorRate => $($r)+ $s.municipal.mentor_rate,
            FieldId::FixedFte => $($r)+ $s.support.fixed_fte,
            FieldId::CaseloadParticipants => $($r)+ $s.support.caseload_participants,
            FieldId::CaseloadEmployees => $($r)+ $s.support.caseload_employees,
            FieldId::MonthlySalary => $($r)+ $s.support.monthly_salary,
            FieldId::PensionRate => $($r)+ $s.support.pension_rate,
            FieldId::OtherStaffCosts => $($r)+ $s.support.other_staff_costs,
            FieldId::OtherSeCosts => $($r)+ $s.other_se_costs,
            FieldId::AlternativePricePerHour => $($r)+ $s.company.alternative_price_per_hour,
            FieldId::OtherSavings => $($r)+ $s.company.other_savings,
            _ => return None,
        })
    };
}

impl Scenario {
    /// The value at `path` (unit as in [`FieldId`]); `None` if the path names a missing group or
    /// pairs a group field with no group (or the reverse).
    pub fn get(&self, path: FieldPath) -> Option<f64> {
        match (path.group, path.field.is_group_field()) {
            (Some(i), true) => {
                let g = self.groups.get(i)?;
                Some(match path.field {
                    FieldId::Persons => g.persons,
                    FieldId::HoursPerWeek => g.hours_per_week,
                    FieldId::PaidShare => g.paid_share,
                    FieldId::HourlyWage => g.hourly_wage,
                    _ => g.oncost_rate,
                })
            }
            (None, false) => Some(*self.global_slot(path.field)?),
            _ => None,
        }
    }

    /// Sets the value at `path`; returns false (and changes nothing) where [`Scenario::get`] is `None`.
    pub fn set(&mut self, path: FieldPath, value: f64) -> bool {
        match (path.group, path.field.is_group_field()) {
            (Some(i), true) => match self.groups.get_mut(i) {
                Some(g) => {
                    let slot = match path.field {
                        FieldId::Persons => &mut g.persons,
                        FieldId::HoursPerWeek => &mut g.hours_per_week,
                        FieldId::PaidShare => &mut g.paid_share,
                        FieldId::HourlyWage => &mut g.hourly_wage,
                        _ => &mut g.oncost_rate,
                    };
                    *slot = value;
                    true
                }
                None => false,
            },
            (None, false) => match self.global_slot_mut(path.field) {
                Some(slot) => {
                    *slot = value;
                    true
                }
                None => false,
            },
            _ => false,
        }
    }

    fn global_slot(&self, field: FieldId) -> Option<&f64> {
        global_fields!(self, field, &)
    }

    fn global_slot_mut(&mut self, field: FieldId) -> Option<&mut f64> {
        global_fields!(self, field, &mut)
    }
}
