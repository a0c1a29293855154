//! The values at which the socialpædagog's coverage is exactly 100 %, each holding everything
//! else fixed, and applying one to a scenario.

use super::common::total;
use super::derive::{coverage, group_outcome, paid_place_weeks};
use super::fields::{FieldId, FieldPath};
use super::outcome::{
    BreakEven, BreakEvenKind, BreakEvens, Coverage, GroupOutcome, NotReachableReason,
};
use super::scenario::{PricingMode, Scenario};
use super::validate::check_value;
use serde::Serialize;

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
pub fn break_evens(s: &Scenario, groups: &[GroupOutcome], c: &Coverage, billed: f64) -> BreakEvens {
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

    let course_price = solve(
        c.support_cost - c.margin - c.mentor_revenue,
        paid_place_weeks(s),
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
/// break-even has no value or a changed field would leave its valid range. Rounding never
/// leaves it short: the value is raised by a step that starts at a few units in the last place
/// and doubles until the funding covers the support cost, so coverage lands at 100 % or a hair
/// above (never more than twice the step that was needed).
pub fn apply_break_even(
    s: &Scenario,
    kind: BreakEvenKind,
    value: BreakEven,
) -> Result<Scenario, ApplyError> {
    let mut value = value.value().ok_or(ApplyError::NoValue)?;
    let (mut out, mut changed) = scenario_at_break_even(s, kind, value);
    if changed.is_empty() {
        return Err(ApplyError::NoValue);
    }
    let mut step = value.abs().max(f64::MIN_POSITIVE) * 4.0 * f64::EPSILON;
    for _ in 0..64 {
        if surplus(&out) >= 0.0 {
            break;
        }
        value += step;
        step *= 2.0;
        (out, changed) = scenario_at_break_even(s, kind, value);
    }
    for path in changed {
        let v = out.get(path).unwrap_or(f64::NAN);
        if check_value(path, v).is_some() {
            return Err(ApplyError::OutOfRange { field: path.field });
        }
    }
    Ok(out)
}

/// Funding minus support cost of `s` (kr/year).
fn surplus(s: &Scenario) -> f64 {
    let groups: Vec<GroupOutcome> = s.groups.iter().map(|g| group_outcome(g, s)).collect();
    coverage(s, &groups).surplus
}
