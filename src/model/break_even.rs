//! The values at which the socialpædagog's coverage is exactly 100 %, each holding everything
//! else fixed, and applying one to a scenario.

use super::evaluate::{group_outcome, persons_of, total};
use super::field::{FieldId, FieldPath};
use super::outcome::{BreakEvens, Coverage, GroupOutcome};
use super::scenario::{GroupKind, PricingMode, Scenario};
use super::validate::check_value;
use serde::{Deserialize, Serialize};

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

/// `need / per_unit` as a break-even: covered if nothing is needed, unreachable if a unit earns nothing.
fn solve(need: f64, per_unit: f64, reason: NotReachableReason) -> BreakEven {
    if need <= 0.0 {
        BreakEven::AlreadyCovered
    } else if per_unit > 0.0 {
        BreakEven::At {
            value: need / per_unit,
        }
    } else {
        BreakEven::NotReachable { reason }
    }
}

/// The three break-even values of a scenario, given its group outcomes, coverage and billed hours (h/year).
pub(crate) fn break_evens(
    s: &Scenario,
    groups: &[GroupOutcome],
    c: &Coverage,
    billed: f64,
) -> BreakEvens {
    if c.support_cost <= 0.0 || !c.support_cost.is_finite() {
        return BreakEvens {
            price: BreakEven::NotApplicable,
            course_price: BreakEven::NotApplicable,
            billed_hours: BreakEven::NotApplicable,
        };
    }
    let fee = s.pricing.yearly_fee;
    // What the billed hours must earn beyond course, mentor and the fixed fee.
    let need_from_hours = c.support_cost - c.course_revenue - c.mentor_revenue - fee;
    let billed_labour_cost = total(groups.iter().map(|o| o.billed * o.labour_rate));

    let price = match s.pricing.mode {
        PricingMode::Markup => solve(
            need_from_hours,
            billed_labour_cost,
            NotReachableReason::NoBilledHours,
        ),
        // margin = billed × P − labour cost + fee, so P* = (need + labour cost) / billed.
        PricingMode::FixedPrice => {
            if billed > 0.0 {
                solve(
                    need_from_hours + billed_labour_cost,
                    billed,
                    NotReachableReason::NoBilledHours,
                )
            } else if need_from_hours <= 0.0 {
                BreakEven::AlreadyCovered
            } else {
                BreakEven::NotReachable {
                    reason: NotReachableReason::NoBilledHours,
                }
            }
        }
    };

    let course_places = persons_of(s, GroupKind::Participant) * s.frame.weeks_per_year;
    let course_price = solve(
        c.support_cost - c.margin - c.mentor_revenue,
        course_places,
        NotReachableReason::NoParticipants,
    );

    let margin_from_hours = c.margin - fee;
    let billed_hours = if need_from_hours <= 0.0 {
        BreakEven::AlreadyCovered
    } else if billed <= 0.0 {
        BreakEven::NotReachable {
            reason: NotReachableReason::NoBilledHours,
        }
    } else {
        solve(
            need_from_hours,
            margin_from_hours / billed,
            NotReachableReason::NoMarginPerHour,
        )
    };

    BreakEvens {
        price,
        course_price,
        billed_hours,
    }
}

/// Why a break-even could not be applied.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[serde(tag = "reason", rename_all = "snake_case")]
pub enum ApplyError {
    /// The break-even has no value (covered, unreachable or not applicable).
    NoValue,
    /// The value lies outside the field's valid range; `field` is the first field that would.
    OutOfRange {
        /// The field that would leave its range.
        field: FieldId,
    },
}

/// The scenario with break-even `kind` set to `value`, unchecked, and the fields it changed: the
/// markup, fixed price or course price; for billed hours, the weekly hours of every billed group,
/// scaled by one factor (persons and so support stay fixed).
pub fn scenario_at_break_even(
    s: &Scenario,
    kind: BreakEvenKind,
    value: f64,
) -> (Scenario, Vec<FieldPath>) {
    let mut out = s.clone();
    let mut changed = Vec::new();
    match kind {
        BreakEvenKind::Price => changed.push(FieldPath::global(match s.pricing.mode {
            PricingMode::Markup => FieldId::MarkupRate,
            PricingMode::FixedPrice => FieldId::FixedHourlyPrice,
        })),
        BreakEvenKind::CoursePrice => changed.push(FieldPath::global(FieldId::CoursePricePerWeek)),
        BreakEvenKind::BilledHours => {
            let billed = total(s.groups.iter().map(|g| group_outcome(g, s).billed));
            if billed > 0.0 {
                let factor = value / billed;
                for (i, g) in s.groups.iter().enumerate() {
                    if g.billed && g.kind.is_paid() {
                        let path = FieldPath::group(i, FieldId::HoursPerWeek);
                        out.set(path, g.hours_per_week * factor);
                        changed.push(path);
                    }
                }
            }
            return (out, changed);
        }
    }
    for path in &changed {
        out.set(*path, value);
    }
    (out, changed)
}

/// The scenario with break-even `kind` applied (see [`scenario_at_break_even`]), refused if the
/// break-even has no value or a changed field would leave its valid range.
pub fn apply_break_even(
    s: &Scenario,
    kind: BreakEvenKind,
    value: BreakEven,
) -> Result<Scenario, ApplyError> {
    let value = value.value().ok_or(ApplyError::NoValue)?;
    let (out, changed) = scenario_at_break_even(s, kind, value);
    if changed.is_empty() {
        return Err(ApplyError::NoValue);
    }
    for path in changed {
        let v = out.get(path).unwrap_or(f64::NAN);
        if check_value(path, v).is_some() {
            return Err(ApplyError::OutOfRange { field: path.field });
        }
    }
    Ok(out)
}
