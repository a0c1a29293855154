//! What leaves the page as a file or a link: the scenario file (JSON), the CSV of inputs and key
//! figures for a spreadsheet, the share link, and a file name. Pure.

use super::compare::{figure_rows, input_rows};
use super::document::Document;
use super::state::Opened;
use crate::formats::csv::{self, Cell};
use crate::formats::link::{self, LinkError, Shared};
use crate::formats::scenario_file::{encode_file, ScenarioFile};
use crate::locale::{format, Lang};
use crate::model::projection::Party;
use crate::model::sensitivity::Output;
use crate::model::uncertainty::{End, MEASURED};
use crate::model::{FieldPath, InputKey, InputValue, PresetId};
use crate::text::{fields, figures, lines, sensitivity, simulation, t, years};
use std::rc::Rc;

/// The fragment of a share link to `doc` in `lang` (without "#"), if the scenario fits in a
/// link that reads back exactly.
pub fn link_fragment(doc: &Document, lang: Lang) -> Option<String> {
    let shared = Shared {
        lang: lang.tag().to_string(),
        name: doc.name.clone(),
        model: doc.preset,
        scenario: (*doc.scenario).clone(),
    };
    link::encode_checked(&shared).ok().map(|l| format!("s={l}"))
}

/// The payload of a share-link fragment, if the fragment holds one.
pub fn link_payload(fragment: &str) -> Option<&str> {
    fragment.strip_prefix("s=")
}

/// What a fragment's share link holds: the scenario to open and the language it asks for, or why
/// it does not read. `None` for a fragment that is no share link.
pub fn read_link(fragment: &str) -> Option<Result<(Opened, Option<Lang>), LinkError>> {
    let payload = link_payload(fragment)?;
    Some(link::decode(payload).map(|shared| {
        let lang = Lang::from_tag(&shared.lang);
        let opened = Opened {
            name: shared.name,
            model: shared.model,
            scenario: shared.scenario,
            library_key: None,
        };
        (opened, lang)
    }))
}

/// A scenario file to open, named `fallback` if the file has no name, from library entry `key`.
pub fn opened_file(file: ScenarioFile, fallback: &str, key: Option<String>) -> Opened {
    Opened {
        name: if file.name.trim().is_empty() {
            fallback.to_string()
        } else {
            file.name
        },
        model: file.model.unwrap_or(PresetId::Joint),
        scenario: file.scenario,
        library_key: key,
    }
}

/// `doc` as a scenario file, named `name` and saved at `saved` (ISO 8601).
pub fn file_text(doc: &Document, name: &str, saved: &str) -> String {
    encode_file(&ScenarioFile {
        name: name.to_string(),
        model: Some(doc.preset),
        saved: Some(saved.to_string()),
        scenario: (*doc.scenario).clone(),
    })
}

/// A file name for `name` with `extension`: ASCII letters, æøå, digits and dashes only.
pub fn file_name(name: &str, extension: &str) -> String {
    let mut out = String::new();
    for c in name.trim().chars() {
        if c.is_ascii_alphanumeric() || "æøåÆØÅ".contains(c) {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let stem = out.trim_end_matches('-');
    let stem = if stem.is_empty() { "scenarie" } else { stem };
    format!("{stem}.{extension}")
}

/// A number for a Danish spreadsheet ("1234,56"), or an empty cell.
fn number(x: Option<f64>, decimals: u8) -> Cell {
    match x.and_then(|x| format::spreadsheet(x, decimals)) {
        Some(n) => Cell::Number(n),
        None => Cell::Empty,
    }
}

fn text(s: &str) -> Cell {
    Cell::Text(s.to_string())
}

/// Each party's figure of each year of the projection, one row per party and year, where a
/// document's projection of its current inputs has arrived (empty cells otherwise, and past a
/// document's own horizon).
fn years_rows(lang: Lang, docs: &[Rc<Document>], rows: &mut Vec<Vec<Cell>>) {
    let projections: Vec<_> = docs
        .iter()
        .map(|d| d.later.projection.current(d.revision).cloned())
        .collect();
    let horizon = projections
        .iter()
        .flatten()
        .map(|y| y.rows.len())
        .max()
        .unwrap_or(0);
    if horizon == 0 {
        return;
    }
    rows.push(vec![]);
    rows.push(vec![text(t(lang, years::TITLE))]);
    for party in Party::ALL {
        for year in 0..horizon {
            let mut line = vec![Cell::Text(format!(
                "{}, {} ({})",
                years::party(lang, party),
                years::positive_cell(lang, Some(year as u32 + 1), 0),
                lang.pick("kr.", "DKK")
            ))];
            line.extend(projections.iter().map(|y| {
                let v = y
                    .as_ref()
                    .and_then(|y| y.rows.get(year))
                    .and_then(|r| r.of(party));
                number(v, 2)
            }));
            rows.push(line);
        }
    }
}

/// The uncertain inputs of `docs` and what their simulations show: the seed and the draws, each
/// uncertain input's low and high end (empty where a document does not hold it uncertain), and
/// each output's P10, median and P90 where a document's simulation of its current inputs has
/// arrived.
fn uncertainty_rows(lang: Lang, docs: &[Rc<Document>], rows: &mut Vec<Vec<Cell>>) {
    if docs
        .iter()
        .all(|d| d.scenario.uncertainty.ranges.is_empty())
    {
        return;
    }
    rows.push(vec![]);
    rows.push(vec![text(t(lang, simulation::TITLE))]);
    let mut line = vec![text(t(lang, simulation::SEED))];
    line.extend(
        docs.iter()
            .map(|d| number(Some(f64::from(d.scenario.uncertainty.seed)), 0)),
    );
    rows.push(line);
    let mut line = vec![text(t(lang, simulation::DRAWS))];
    line.extend(
        docs.iter()
            .map(|d| number(Some(f64::from(d.scenario.uncertainty.draws)), 0)),
    );
    rows.push(line);
    // Each input uncertain in any document, in the order first met.
    let mut paths: Vec<(FieldPath, &Document)> = Vec::new();
    for d in docs {
        for r in &d.scenario.uncertainty.ranges {
            if !paths.iter().any(|(p, _)| *p == r.input) {
                paths.push((r.input, d));
            }
        }
    }
    for (path, first) in paths {
        let unit = path.field.spec().unit;
        let name = lines::field_name(lang, &first.scenario, path);
        for end in [End::Low, End::High] {
            let mut line = vec![Cell::Text(format!(
                "{}, {} ({})",
                name,
                crate::text::in_sentence(simulation::end(lang, end)),
                fields::unit(lang, unit)
            ))];
            line.extend(docs.iter().map(|d| {
                let r = d.scenario.uncertainty.range(path);
                let v = r.map(|r| match end {
                    End::Low => r.low,
                    End::High => r.high,
                });
                number(v.map(|v| v * unit.display_factor()), 6)
            }));
            rows.push(line);
        }
    }
    let summaries: Vec<_> = docs
        .iter()
        .map(|d| d.later.simulation.current(d.revision).cloned())
        .collect();
    if summaries.iter().all(Option::is_none) {
        return;
    }
    for (output, horizon) in MEASURED {
        for (label, pick) in [("P10", 0), ("Median", 1), ("P90", 2)] {
            let unit = match output {
                Output::Coverage => "%",
                _ => lang.pick("kr.", "DKK"),
            };
            let mut line = vec![Cell::Text(format!(
                "{}, {}, {label} ({unit})",
                sensitivity::output(lang, output),
                crate::text::in_sentence(sensitivity::horizon(lang, horizon))
            ))];
            line.extend(summaries.iter().map(|s| {
                let p = s.as_ref().and_then(|s| s.spread(output, horizon));
                let v = p.and_then(|p| [p.p10, p.median, p.p90][pick]);
                match output {
                    Output::Coverage => number(v.map(|v| v * 100.0), 2),
                    _ => number(v, 2),
                }
            }));
            rows.push(line);
        }
    }
}

/// The CSV of `docs` (named `names`) side by side: a heading with the date, then each key
/// figure, each party's figure of each year, and every input, one column per scenario. Numbers are written for a Danish
/// spreadsheet (decimal comma, no grouping) in both languages, with the decimals a spreadsheet
/// user calculates on (0,6286 årsværk, not 0,6); units are in the row names.
pub fn csv_text(lang: Lang, docs: &[Rc<Document>], names: &[String], date: &str) -> String {
    let mut rows: Vec<Vec<Cell>> = vec![
        vec![text("Partnerskabsberegneren")],
        vec![text(lang.pick("Dato", "Date")), text(date)],
        vec![],
    ];
    let mut head = vec![text(lang.pick("Scenarie", "Scenario"))];
    head.extend(names.iter().map(|n| text(n)));
    rows.push(head);
    rows.push(vec![text(lang.pick("Nøgletal", "Key figures"))]);
    for r in figure_rows(docs, 0) {
        let (unit, factor, decimals) = figures::spreadsheet_unit(lang, r.figure.unit());
        let name = figures::name(lang, r.figure);
        let name = if unit.is_empty() {
            name.to_string()
        } else {
            format!("{name} ({unit})")
        };
        let mut line = vec![Cell::Text(name)];
        line.extend(r.values.iter().map(|v| match v {
            // A year not within the horizon is said in words.
            Some(v) if v.is_infinite() => text(&figures::show(lang, r.figure.unit(), *v)),
            v => number(v.map(|v| v * factor), decimals),
        }));
        rows.push(line);
    }
    years_rows(lang, docs, &mut rows);
    rows.push(vec![]);
    rows.push(vec![text(lang.pick("Forudsætninger", "Assumptions"))]);
    // The ranges and the seed follow in their own section (`uncertainty_rows`).
    let inputs = input_rows(docs, 0)
        .into_iter()
        .filter(|r| !matches!(r.key, InputKey::Range(_) | InputKey::Draws));
    for r in inputs {
        let label = figures::input_label(lang, r.key, r.group_name.as_deref());
        let mut line = Vec::with_capacity(r.values.len() + 1);
        match r.key {
            InputKey::Field(path) => {
                let unit = path.field.spec().unit;
                line.push(Cell::Text(format!(
                    "{label} ({})",
                    fields::unit(lang, unit)
                )));
                line.extend(r.values.iter().map(|v| match v {
                    Some(InputValue::Number(n)) => number(Some(n * unit.display_factor()), 6),
                    _ => Cell::Empty,
                }));
            }
            key => {
                line.push(Cell::Text(label));
                line.extend(
                    r.values
                        .iter()
                        .map(|v| Cell::Text(figures::input_value(lang, key, *v))),
                );
            }
        }
        rows.push(line);
    }
    uncertainty_rows(lang, docs, &mut rows);
    csv::write(&rows)
}
