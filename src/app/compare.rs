//! Scenarios side by side: the key figures of each with its difference from the baseline, and
//! the inputs that differ between them. Pure; the compare page and the CSV export show it.

use super::document::Document;
use crate::locale::Lang;
use crate::model::validate::every_path;
use crate::model::FieldPath;
use crate::text::figures::{show, show_delta, Better, FigureUnit, KEY_FIGURES};
use crate::text::{fields, messages, presets};
use std::rc::Rc;

/// One key figure across the compared scenarios.
#[derive(Clone, Debug, PartialEq)]
pub struct FigureRow {
    /// The figure's name.
    pub name: &'static str,
    /// How it is shown.
    pub unit: FigureUnit,
    /// Per scenario: the value, if it applies.
    pub values: Vec<Option<f64>>,
    /// Per scenario: the difference from the baseline (none for the baseline itself).
    pub deltas: Vec<Option<f64>>,
    /// Which way is good news.
    pub better: Better,
}

impl FigureRow {
    /// Value `i` as text ("–" where it does not apply).
    pub fn shown(&self, lang: Lang, i: usize) -> String {
        match self.values.get(i).copied().flatten() {
            Some(v) => show(lang, self.unit, v),
            None => "–".to_string(),
        }
    }

    /// Difference `i` as text, if there is one.
    pub fn delta_shown(&self, lang: Lang, i: usize) -> Option<String> {
        let d = self.deltas.get(i).copied().flatten()?;
        Some(show_delta(lang, self.unit, d))
    }

    /// Whether difference `i` is good news (`Some(true)`), bad (`Some(false)`) or neither.
    pub fn is_good(&self, i: usize) -> Option<bool> {
        let d = self.deltas.get(i).copied().flatten()?;
        if self.unit.negligible(d) {
            return None;
        }
        match self.better {
            Better::Higher => Some(d > 0.0),
            Better::Lower => Some(d < 0.0),
            Better::Neither => None,
        }
    }
}

/// The key figures of `docs`, with differences from `docs[baseline]`. A document with errors
/// shows its last valid results.
pub fn figure_rows(lang: Lang, docs: &[Rc<Document>], baseline: usize) -> Vec<FigureRow> {
    KEY_FIGURES
        .iter()
        .map(|f| {
            let values: Vec<Option<f64>> = docs
                .iter()
                .map(|d| d.results.as_ref().and_then(|o| (f.value)(o)))
                .collect();
            let base = values.get(baseline).copied().flatten();
            let deltas = values
                .iter()
                .enumerate()
                .map(|(i, v)| match (i == baseline, base, v) {
                    (false, Some(b), Some(v)) => Some(v - b),
                    _ => None,
                })
                .collect();
            FigureRow {
                name: f.name(lang),
                unit: f.unit,
                values,
                deltas,
                better: f.better,
            }
        })
        .collect()
}

/// One input across the compared scenarios.
#[derive(Clone, Debug, PartialEq)]
pub struct InputRow {
    /// What it is ("Gruppe 2 (Lager): Timeløn").
    pub label: String,
    /// Per scenario: the value as text ("–" where the scenario has no such input).
    pub values: Vec<String>,
    /// Per scenario: whether it differs from the baseline.
    pub differs: Vec<bool>,
    /// Per scenario: the number in the unit shown, for a spreadsheet (none for texts).
    pub numbers: Vec<Option<f64>>,
    /// The unit of `numbers` ("kr./time"), if any.
    pub unit: Option<&'static str>,
}

impl InputRow {
    /// Whether any scenario differs from the baseline here.
    pub fn any_differs(&self) -> bool {
        self.differs.iter().any(|d| *d)
    }
}

fn row(label: String, values: Vec<String>, baseline: usize) -> InputRow {
    let base = values.get(baseline).cloned().unwrap_or_default();
    let differs = values.iter().map(|v| *v != base).collect();
    let numbers = vec![None; values.len()];
    InputRow {
        label,
        values,
        differs,
        numbers,
        unit: None,
    }
}

fn path_label(lang: Lang, path: FieldPath, docs: &[Rc<Document>]) -> String {
    let field = fields::label(lang, path.field);
    match path.group {
        None => field.to_string(),
        Some(i) => {
            let name = docs
                .iter()
                .find_map(|d| d.scenario.groups.get(i))
                .map(|g| g.name.trim().to_string())
                .unwrap_or_default();
            let group = format!("{} {}", lang.pick("Gruppe", "Group"), i + 1);
            if name.is_empty() {
                format!("{group}: {field}")
            } else {
                format!("{group} ({name}): {field}")
            }
        }
    }
}

/// Every input of `docs` side by side, in the order of the form: the model, the rate year, the
/// groups' kinds, then every number. `docs[baseline]` is what the others are measured against.
pub fn input_rows(lang: Lang, docs: &[Rc<Document>], baseline: usize) -> Vec<InputRow> {
    let mut rows = vec![
        row(
            lang.pick("Partnerskabsmodel", "Partnership model")
                .to_string(),
            docs.iter()
                .map(|d| presets::name(lang, d.preset).to_string())
                .collect(),
            baseline,
        ),
        row(
            lang.pick("Satsår", "Rate year").to_string(),
            docs.iter()
                .map(|d| d.scenario.rate_year.to_string())
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
        let label = format!(
            "{} {}: {}",
            lang.pick("Gruppe", "Group"),
            i + 1,
            lang.pick("type og fakturering", "type and billing")
        );
        let values = docs
            .iter()
            .map(|d| match d.scenario.groups.get(i) {
                Some(g) => format!(
                    "{}, {}",
                    fields::kind(lang, g.kind),
                    if g.billed && g.kind.is_paid() {
                        lang.pick("faktureres", "billed")
                    } else {
                        lang.pick("faktureres ikke", "not billed")
                    }
                ),
                None => "–".to_string(),
            })
            .collect();
        rows.push(row(label, values, baseline));
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
        let unit = path.field.spec().unit;
        let stored: Vec<Option<f64>> = docs
            .iter()
            .map(|d| d.scenario.get(path).filter(|_| d.scenario.is_shown(path)))
            .collect();
        let values = stored
            .iter()
            .map(|v| match v {
                Some(v) => messages::value_with_unit(lang, path.field, *v),
                None => "–".to_string(),
            })
            .collect();
        let mut r = row(path_label(lang, path, docs), values, baseline);
        r.numbers = stored
            .iter()
            .map(|v| v.map(|v| v * unit.display_factor()))
            .collect();
        r.unit = Some(fields::unit(lang, unit));
        rows.push(r);
    }
    rows
}
