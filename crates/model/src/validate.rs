//! Checks a scenario against the parameter table: every problem at once, never a panic, never a
//! silent clamp. Errors block the evaluation; warnings do not.

use super::derive::{cost_per_fte, group_outcome, support_fte};
use super::fields::{FieldId, FieldPath, MAX_GROUPS};
use super::rates::{self, RateId};
use super::scenario::{PricingMode, Scenario, StaffingMode};
use serde::Serialize;

/// Whether a problem blocks the calculation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The scenario cannot be evaluated until this is fixed.
    Error,
    /// Allowed, but probably not what the user means.
    Warning,
}

/// What is wrong; the app holds the Danish and English text for each key.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[serde(tag = "key", rename_all = "snake_case")]
pub enum MessageKey {
    /// Not a finite number (NaN or infinity).
    NotFinite,
    /// Below the smallest valid value (stored unit).
    BelowMin {
        /// The smallest valid value.
        min: f64,
    },
    /// Above the largest valid value (stored unit).
    AboveMax {
        /// The largest valid value.
        max: f64,
    },
    /// Must be a whole number.
    NotWhole,
    /// More workforce groups than allowed.
    TooManyGroups {
        /// The most allowed.
        max: usize,
    },
    /// The fixed price is below this group's labour cost per hour (kr/h): the margin is negative.
    PriceBelowLabourCost {
        /// The group's labour cost per paid hour (kr/h).
        labour_rate: f64,
    },
    /// The hourly wage is below the minimum wage of the industry agreement (kr/h).
    WageBelowMinimum {
        /// The minimum (kr/h).
        minimum: f64,
        /// The year the minimum refers to.
        year: u16,
    },
    /// Allowed, but outside the range seen in practice (stored unit).
    OutsideTypical {
        /// The low end of the typical range.
        low: f64,
        /// The high end of the typical range.
        high: f64,
    },
    /// The rate year has no rate table.
    UnknownRateYear {
        /// The year asked for.
        year: u16,
    },
    /// There is no support staff, so coverage is not applicable.
    NoSupportStaff,
    /// The high end of an uncertain input's range is below its low end (stored unit).
    HighBelowLow {
        /// The low end.
        low: f64,
    },
    /// An uncertain input's value (its most likely value) is outside its range (stored unit).
    MostLikelyOutside {
        /// The value.
        value: f64,
        /// The low end.
        low: f64,
        /// The high end.
        high: f64,
    },
    /// Two shares of the same people add up to more than 100 % (fractions).
    SharesAboveOne {
        /// The other share of the pair.
        other: FieldId,
        /// The two together.
        sum: f64,
    },
}

/// One problem with a scenario.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Problem {
    /// The field it concerns; `None` for the scenario as a whole (the group list, the rate year).
    pub path: Option<FieldPath>,
    /// Error or warning.
    pub severity: Severity,
    /// What is wrong.
    pub message: MessageKey,
}

impl Problem {
    fn error(path: FieldPath, message: MessageKey) -> Self {
        Problem {
            path: Some(path),
            severity: Severity::Error,
            message,
        }
    }

    fn warning(path: Option<FieldPath>, message: MessageKey) -> Self {
        Problem {
            path,
            severity: Severity::Warning,
            message,
        }
    }
}

/// The range problem of `value` at `path`, if any.
pub fn check_value(path: FieldPath, value: f64) -> Option<Problem> {
    let p = path.field.spec();
    let message = if !value.is_finite() {
        MessageKey::NotFinite
    } else if value < p.min {
        MessageKey::BelowMin { min: p.min }
    } else if value > p.max {
        MessageKey::AboveMax { max: p.max }
    } else if p.whole && value.fract() != 0.0 {
        MessageKey::NotWhole
    } else {
        return None;
    };
    Some(Problem::error(path, message))
}

/// Every error and warning of `s`, errors first, in field order.
pub fn validate(s: &Scenario) -> Vec<Problem> {
    let mut problems = Vec::new();
    if rates::table_of(s.rate_year).is_none() {
        problems.push(Problem {
            path: None,
            severity: Severity::Error,
            message: MessageKey::UnknownRateYear { year: s.rate_year },
        });
    }
    if s.groups.len() > MAX_GROUPS {
        problems.push(Problem {
            path: None,
            severity: Severity::Error,
            message: MessageKey::TooManyGroups { max: MAX_GROUPS },
        });
    }
    let paths = every_path(s);
    for path in paths.iter().copied() {
        if let Some(v) = s.get(path) {
            problems.extend(check_value(path, v));
        }
    }
    // Shares of the same people: course leavers into jobs, and the counterfactual's shares. Only
    // where they are on screen (they are for participants): an error on a hidden field could not
    // be fixed.
    for (a, b) in SHARE_PAIRS {
        if !s.is_shown(FieldPath::global(a)) || !s.is_shown(FieldPath::global(b)) {
            continue;
        }
        let sum =
            s.get(FieldPath::global(a)).unwrap_or(0.0) + s.get(FieldPath::global(b)).unwrap_or(0.0);
        let in_range = |f| {
            problems
                .iter()
                .all(|p: &Problem| p.path != Some(FieldPath::global(f)))
        };
        if sum > 1.0 + 1e-12 && in_range(a) && in_range(b) {
            problems.push(Problem::error(
                FieldPath::global(b),
                MessageKey::SharesAboveOne { other: a, sum },
            ));
        }
    }
    if problems.is_empty() {
        problems.extend(warnings(s, &paths));
    }
    problems
}

/// Whether two shares of the same people that are on screen add up to more than 100 % (the one
/// rule between fields; see [`SHARE_PAIRS`]).
pub fn shares_above_one(s: &Scenario) -> bool {
    SHARE_PAIRS.iter().any(|(a, b)| {
        let (a, b) = (FieldPath::global(*a), FieldPath::global(*b));
        s.is_shown(a)
            && s.is_shown(b)
            && s.get(a).unwrap_or(0.0) + s.get(b).unwrap_or(0.0) > 1.0 + 1e-12
    })
}

/// Pairs of shares of the same people that may not add up to more than 100 %: the error is on
/// the second of each pair.
pub const SHARE_PAIRS: [(FieldId, FieldId); 2] = [
    (FieldId::FlexShare, FieldId::OrdinaryShare),
    (FieldId::Deadweight, FieldId::OtherwiseFp),
];

/// Every field path of `s`: scenario-wide fields, then each group's fields.
pub fn every_path(s: &Scenario) -> Vec<FieldPath> {
    let globals = FieldId::all()
        .filter(|f| !f.is_group_field())
        .map(FieldPath::global);
    let groups = (0..s.groups.len()).flat_map(|i| {
        FieldId::all()
            .filter(|f| f.is_group_field())
            .map(move |f| FieldPath::group(i, f))
    });
    globals.chain(groups).collect()
}

/// Warnings of a scenario whose values are all in range.
fn warnings(s: &Scenario, paths: &[FieldPath]) -> Vec<Problem> {
    let mut out = Vec::new();
    let minimum = rates::for_year(s.rate_year).get(RateId::IndustryMinimumWage);
    let mut highest_unpriced_rate: Option<f64> = None;
    for (i, g) in s.groups.iter().enumerate() {
        if !g.kind.is_paid() || g.persons == 0.0 {
            continue;
        }
        if g.hourly_wage < minimum.value {
            out.push(Problem::warning(
                Some(FieldPath::group(i, FieldId::HourlyWage)),
                MessageKey::WageBelowMinimum {
                    minimum: minimum.value,
                    year: minimum.source.year,
                },
            ));
        }
        let o = group_outcome(g, s);
        if s.pricing.mode == PricingMode::FixedPrice && o.billed > 0.0 && o.price < o.labour_rate {
            highest_unpriced_rate = Some(highest_unpriced_rate.unwrap_or(0.0).max(o.labour_rate));
        }
    }
    if let Some(labour_rate) = highest_unpriced_rate {
        out.push(Problem::warning(
            Some(FieldPath::global(FieldId::FixedHourlyPrice)),
            MessageKey::PriceBelowLabourCost { labour_rate },
        ));
    }
    if support_fte(s) * cost_per_fte(s) == 0.0 {
        let path = match s.support.staffing {
            StaffingMode::Fixed => Some(FieldPath::global(FieldId::FixedFte)),
            StaffingMode::Caseload => None,
        };
        out.push(Problem::warning(path, MessageKey::NoSupportStaff));
    }
    // A value outside the range seen in practice, where nothing above already speaks of it.
    for path in paths.iter().copied().filter(|p| s.is_shown(*p)) {
        if out.iter().any(|p| p.path == Some(path)) {
            continue;
        }
        if let (Some(v), Some((low, high))) = (s.get(path), s.typical_at(path)) {
            if v < low || v > high {
                out.push(Problem::warning(
                    Some(path),
                    MessageKey::OutsideTypical { low, high },
                ));
            }
        }
    }
    out
}
