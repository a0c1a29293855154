//! Scenarios side by side: the key figures of each with its difference from the baseline, and
//! the inputs that differ between them, as typed values. Pure; the compare page and the CSV
//! export word and format them (`text/figures.rs`).

use super::document::Document;
use crate::model::validate::every_path;
use crate::model::{Better, FieldPath, InputKey, InputValue, KeyFigure};
use std::rc::Rc;

/// One key figure across the compared scenarios.
#[derive(Clone, Debug, PartialEq)]
pub struct FigureRow {
    /// The figure.
    pub figure: KeyFigure,
    /// Per scenario: the value, if it applies.
    pub values: Vec<Option<f64>>,
    /// Per scenario: the difference from the baseline (none for the baseline itself).
    pub deltas: Vec<Option<f64>>,
}

impl FigureRow {
    /// Whether difference `i` is good news (`Some(true)`), bad (`Some(false)`) or neither.
    pub fn is_good(&self, i: usize) -> Option<bool> {
        let d = self.deltas.get(i).copied().flatten()?;
        if self.figure.unit().negligible(d) {
            return None;
        }
        match self.figure.better() {
            Better::Higher => Some(d > 0.0),
            Better::Lower => Some(d < 0.0),
            Better::Neither => None,
        }
    }
}

/// The key figures of `docs`, with differences from `docs[baseline]`. A document with errors
/// shows its last valid results.
pub fn figure_rows(docs: &[Rc<Document>], baseline: usize) -> Vec<FigureRow> {
    KeyFigure::ALL
        .iter()
        .map(|f| {
            let values: Vec<Option<f64>> = docs
                .iter()
                .map(|d| {
                    // Only a projection of the inputs shown: none while the next is on its way.
                    if f.over_years() {
                        let y = d.later.projection.current(d.revision);
                        y.and_then(|y| f.value_over_years(y))
                    } else {
                        d.results.as_ref().and_then(|o| f.value(o))
                    }
                })
                .collect();
            let base = values.get(baseline).copied().flatten();
            // A year that is not within the horizon has no difference in years, and figures over
            // different numbers of years have none at all.
            let horizon = |d: &Rc<Document>| d.scenario.projection.years;
            let base_years = docs.get(baseline).map(horizon);
            let deltas = values
                .iter()
                .enumerate()
                .map(|(i, v)| match (i == baseline, base, v) {
                    _ if f.over_years() && docs.get(i).map(horizon) != base_years => None,
                    (false, Some(b), Some(v)) if b.is_finite() && v.is_finite() => Some(v - b),
                    _ => None,
                })
                .collect();
            FigureRow {
                figure: *f,
                values,
                deltas,
            }
        })
        .collect()
}

/// One input across the compared scenarios.
#[derive(Clone, Debug, PartialEq)]
pub struct InputRow {
    /// Which input.
    pub key: InputKey,
    /// The name of the group the input belongs to, as the first scenario that has it names it.
    pub group_name: Option<String>,
    /// Per scenario: its value (none where the scenario has no such input, or does not show it).
    pub values: Vec<Option<InputValue>>,
    /// Per scenario: whether it differs from the baseline.
    pub differs: Vec<bool>,
}

impl InputRow {
    /// Whether any scenario differs from the baseline here.
    pub fn any_differs(&self) -> bool {
        self.differs.iter().any(|d| *d)
    }
}

fn row(
    key: InputKey,
    docs: &[Rc<Document>],
    values: Vec<Option<InputValue>>,
    baseline: usize,
) -> InputRow {
    let base = values.get(baseline).copied().flatten();
    let differs = values.iter().map(|v| *v != base).collect();
    let group = match key {
        InputKey::Group(i) => Some(i),
        InputKey::Field(path) | InputKey::Range(path) => path.group,
        InputKey::Model | InputKey::RateYear | InputKey::Draws => None,
    };
    let group_name = group.and_then(|i| {
        docs.iter()
            .find_map(|d| d.scenario.groups.get(i))
            .map(|g| g.name.trim().to_string())
    });
    InputRow {
        key,
        group_name,
        values,
        differs,
    }
}

/// Every input of `docs` side by side, in the order of the form: the model, the rate year, the
/// groups' kinds, then every number. `docs[baseline]` is what the others are measured against.
pub fn input_rows(docs: &[Rc<Document>], baseline: usize) -> Vec<InputRow> {
    let mut rows = vec![
        row(
            InputKey::Model,
            docs,
            docs.iter()
                .map(|d| Some(InputValue::Model(d.preset)))
                .collect(),
            baseline,
        ),
        row(
            InputKey::RateYear,
            docs,
            docs.iter()
                .map(|d| Some(InputValue::RateYear(d.scenario.rate_year)))
                .collect(),
            baseline,
        ),
    ];
    let most_groups = docs
        .iter()
        .map(|d| d.scenario.groups.len())
        .max()
        .unwrap_or(0);
    for i in 0..most_groups {
        let values = docs
            .iter()
            .map(|d| {
                d.scenario
                    .groups
                    .get(i)
                    .map(|g| InputValue::Group(g.kind, g.billed && g.kind.is_paid()))
            })
            .collect();
        rows.push(row(InputKey::Group(i), docs, values, baseline));
    }
    // Every path of the scenario with the most groups covers the others'.
    let widest = docs
        .iter()
        .max_by_key(|d| d.scenario.groups.len())
        .map(|d| every_path(&d.scenario))
        .unwrap_or_default();
    for path in widest {
        if !docs.iter().any(|d| d.scenario.is_shown(path)) {
            continue;
        }
        let values = docs
            .iter()
            .map(|d| {
                d.scenario
                    .get(path)
                    .filter(|_| d.scenario.is_shown(path))
                    .map(InputValue::Number)
            })
            .collect();
        rows.push(row(InputKey::Field(path), docs, values, baseline));
    }
    // The uncertain inputs, where any scenario has one: each range, then the seed and draws.
    let mut uncertain: Vec<FieldPath> = Vec::new();
    for d in docs {
        for r in &d.scenario.uncertainty.ranges {
            if !uncertain.contains(&r.input) {
                uncertain.push(r.input);
            }
        }
    }
    for path in &uncertain {
        let values = docs
            .iter()
            .map(|d| {
                d.scenario
                    .uncertainty
                    .range(*path)
                    .map(|r| InputValue::Range(r.low, r.high))
            })
            .collect();
        rows.push(row(InputKey::Range(*path), docs, values, baseline));
    }
    if !uncertain.is_empty() {
        let values = docs
            .iter()
            .map(|d| {
                let u = &d.scenario.uncertainty;
                Some(InputValue::Draws(u.seed, u.draws))
            })
            .collect();
        rows.push(row(InputKey::Draws, docs, values, baseline));
    }
    rows
}
