//! Which input matters (`../shared/model.md` §6, the tornado): each estimated input moved to the
//! low and the high end of its typical range, everything else at its value, and the effect on one
//! output, for year one or over the projection's years. Ranked by swing, widest first.

use super::common::Status;
use super::evaluate::evaluate;
use super::fields::{Default as FieldDefault, FieldPath};
use super::projection::{project, Party};
use super::scenario::Scenario;
use super::validate::{every_path, validate, Severity};
use serde::Serialize;

/// The output a tornado measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Output {
    /// Coverage of the socialpædagog (a fraction; over the years: their funding ÷ their cost).
    Coverage,
    /// The social enterprise's result.
    SeResult,
    /// The company's net benefit (with the department, if it is one).
    CompanyNet,
    /// The municipality's net.
    KommuneNet,
    /// The public purse in total.
    PublicTotal,
}

impl Output {
    /// Every output, in the order of the page.
    pub const ALL: [Output; 5] = [
        Output::Coverage,
        Output::SeResult,
        Output::CompanyNet,
        Output::KommuneNet,
        Output::PublicTotal,
    ];
}

/// Over which time an output is measured.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Horizon {
    /// The one-year outcome.
    YearOne,
    /// The projection: the present value (coverage: over all its years).
    Years,
}

/// Which end of its range an input sits at, where it sits at one: its bar has one side only.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AtEnd {
    /// The value is the low end of the range.
    Low,
    /// The value is the high end of the range.
    High,
}

/// One input's bar.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Bar {
    /// The input.
    pub path: FieldPath,
    /// Its value now (stored unit).
    pub value: f64,
    /// The low end of its typical range.
    pub low: f64,
    /// The high end of its typical range.
    pub high: f64,
    /// The output with the input at the low end.
    pub at_low: f64,
    /// The output with the input at the high end.
    pub at_high: f64,
    /// Where the value is an end of the range, so one side has no bar.
    pub one_sided: Option<AtEnd>,
}

impl Bar {
    /// How far the output moves across the range.
    pub fn swing(&self) -> f64 {
        (self.at_high - self.at_low).abs()
    }
}

/// A tornado: the base value and each input's bar, widest first.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Tornado {
    /// What is measured.
    pub output: Output,
    /// Over which time.
    pub horizon: Horizon,
    /// The output with every input at its value.
    pub base: f64,
    /// The bars, widest swing first.
    pub bars: Vec<Bar>,
    /// Inputs left out because an end of their range makes the scenario invalid (for example a
    /// share that would take two shares of the same people above 100 %).
    pub invalid: Vec<FieldPath>,
}

/// `output` of `s` over `horizon`; `None` where it does not apply (coverage without support
/// staff).
pub fn measure(s: &Scenario, output: Output, horizon: Horizon) -> Option<f64> {
    let i = Output::ALL.iter().position(|o| *o == output)?;
    measure_each(s, horizon)[i]
}

/// Every output of `s` over `horizon`, in the order of [`Output::ALL`], from one evaluation (or
/// one projection).
pub fn measure_each(s: &Scenario, horizon: Horizon) -> [Option<f64>; 5] {
    match horizon {
        Horizon::YearOne => {
            let o = evaluate(s);
            [
                o.coverage.ratio,
                Some(o.social_enterprise.result),
                Some(o.company.with_department.unwrap_or(o.company.net_benefit)),
                Some(o.public.kommune.net),
                Some(o.public.total_net),
            ]
        }
        Horizon::Years => {
            let y = project(s);
            let pv = |p: Party| Some(y.party(p).present_value);
            let funding: f64 = y.rows.iter().map(|r| r.funding).sum();
            let cost: f64 = y.rows.iter().map(|r| r.support_cost).sum();
            [
                (cost > 0.0).then(|| funding / cost),
                pv(Party::SocialEnterprise),
                pv(Party::Company),
                pv(Party::Kommune),
                pv(Party::PublicTotal),
            ]
        }
    }
}

/// The inputs a tornado moves: every number on screen that is an estimate (not a rule of the
/// rate year, not a whole-number choice such as persons or years) and has a typical range.
pub fn estimated_inputs(s: &Scenario) -> Vec<FieldPath> {
    every_path(s)
        .into_iter()
        .filter(|p| {
            let spec = p.field.spec();
            !spec.whole
                && !matches!(spec.default, FieldDefault::Rate(_))
                && s.is_shown(*p)
                && s.source_at(p.field).status == Status::Estimate
                && s.typical_at(*p).is_some()
        })
        .collect()
}

/// The tornado of `output` over `horizon` for a valid scenario; `None` where the output does not
/// apply. Never panics.
pub fn tornado(s: &Scenario, output: Output, horizon: Horizon) -> Option<Tornado> {
    let base = measure(s, output, horizon)?;
    let mut bars = Vec::new();
    let mut invalid = Vec::new();
    for path in estimated_inputs(s) {
        let (Some(value), Some((low, high))) = (s.get(path), s.typical_at(path)) else {
            continue;
        };
        let at = |v: f64| {
            let mut moved = s.clone();
            moved.set(path, v);
            let valid = !validate(&moved)
                .iter()
                .any(|p| p.severity == Severity::Error);
            if valid {
                measure(&moved, output, horizon)
            } else {
                None
            }
        };
        match (at(low), at(high)) {
            (Some(at_low), Some(at_high)) => {
                let one_sided = if value == low {
                    Some(AtEnd::Low)
                } else if value == high {
                    Some(AtEnd::High)
                } else {
                    None
                };
                bars.push(Bar {
                    path,
                    value,
                    low,
                    high,
                    at_low,
                    at_high,
                    one_sided,
                });
            }
            _ => invalid.push(path),
        }
    }
    // Widest first, ties in the order of the form. An insertion sort: the bars are a few dozen,
    // and the standard library's sort would add about 3 KB to the shipped code for this one type.
    for i in 1..bars.len() {
        let mut j = i;
        while j > 0 && bars[j - 1].swing() < bars[j].swing() {
            bars.swap(j - 1, j);
            j -= 1;
        }
    }
    Some(Tornado {
        output,
        horizon,
        base,
        bars,
        invalid,
    })
}
