//! Assumptions and sources: every default in use with its year, status and source, which values
//! are the model's examples or the user's own, and the rates of the chosen rate year.

use crate::app::document::{example_of, origin};
use crate::app::Origin;
use crate::components::fold::Fold;
use crate::locale::format;
use crate::model::rates::{self, RateUnit};
use crate::model::validate::every_path;
use crate::model::{FieldPath, PresetId, Scenario};
use crate::text::{fields, inputs, messages, sources, t, Lang};
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`Sources`].
#[derive(Properties, PartialEq, Clone)]
pub struct SourcesProps {
    /// Interface language.
    pub lang: Lang,
    /// The scenario whose inputs are listed.
    pub scenario: Rc<Scenario>,
    /// The partnership model it came from.
    pub preset: PresetId,
    /// Prefix of the ids inside.
    pub prefix: AttrValue,
}

/// The field's label, with its group's name for a group field.
fn label(lang: Lang, scenario: &Scenario, path: FieldPath) -> String {
    let label = fields::label(lang, path.field);
    match path
        .group
        .and_then(|i| scenario.groups.get(i).map(|g| (i, g)))
    {
        Some((i, g)) if g.name.trim().is_empty() => {
            format!("{}: {label}", inputs::group_number(lang, i + 1))
        }
        Some((_, g)) => format!("{}: {label}", g.name.trim()),
        None => label.to_string(),
    }
}

/// The table of every input shown, with its value, default, year, status and source: on screen
/// in the sources panel, and in print.
pub fn input_table(lang: Lang, s: &Scenario, preset: PresetId) -> Html {
    let example = example_of(preset, s);
    let rows = every_path(s)
        .into_iter()
        .filter(|path| s.is_shown(*path))
        .map(|path| {
            let src = s.source_at(path.field);
            let value = messages::value_with_unit(lang, path.field, s.get(path).unwrap_or(f64::NAN));
            let default = messages::value_with_unit(
                lang,
                path.field,
                s.default_at(path).unwrap_or(f64::NAN),
            );
            let origin = match origin(s, path, &example) {
                Origin::Default => t(lang, sources::ORIGIN_DEFAULT),
                Origin::Example => t(lang, sources::ORIGIN_EXAMPLE),
                Origin::User => t(lang, sources::ORIGIN_USER),
            };
            html! {
                <tr>
                    <th scope="row">{ label(lang, s, path) }</th>
                    <td>{ value }<span class="sources__origin">{ format!(" ({origin})") }</span></td>
                    <td>{ default }</td>
                    <td>{ format!("{} · {}", src.year, fields::status(lang, src.status)) }</td>
                    <td>{ t(lang, (src.da, src.en)) }</td>
                </tr>
            }
        });
    html! {
        <table class="sources__table">
            <caption>{ t(lang, sources::INPUTS) }</caption>
            <thead><tr>
                <th scope="col">{ t(lang, sources::COLUMN_ASSUMPTION) }</th>
                <th scope="col">{ t(lang, sources::COLUMN_VALUE) }</th>
                <th scope="col">{ t(lang, sources::COLUMN_DEFAULT) }</th>
                <th scope="col">{ t(lang, sources::COLUMN_YEAR_STATUS) }</th>
                <th scope="col">{ t(lang, sources::COLUMN_SOURCE) }</th>
            </tr></thead>
            <tbody>{ for rows }</tbody>
        </table>
    }
}

/// The folded panel of assumptions and sources.
#[component]
pub fn Sources(p: &SourcesProps) -> Html {
    let lang = p.lang;
    let table = rates::for_year(p.scenario.rate_year);
    let rate_rows = table.rates.iter().map(|r| {
        let value = match r.id.unit() {
            RateUnit::KrPerMonth => sources::per_month(lang, &format::kr(lang, r.value)),
            RateUnit::KrPerHour => sources::per_hour(lang, &format::kr2(lang, r.value)),
            RateUnit::Fraction => format::percent_with(lang, r.value, 0, 1),
        };
        html! {
            <tr>
                <th scope="row">{ fields::rate_name(lang, r.id) }</th>
                <td>{ value }</td>
                <td>{ format!("{} · {}", r.source.year, fields::status(lang, r.source.status)) }</td>
                <td>{ t(lang, (r.source.da, r.source.en)) }</td>
            </tr>
        }
    });
    let summary = sources::title(lang, table.year);
    html! {
        <Fold class="card sources" summary={summary}>
            <p class="card__note">{ t(lang, sources::NOTE) }</p>
            <div class="table-scroll" id={format!("{}sources-inputs", p.prefix)} tabindex="0" role="region"
                aria-label={t(lang, sources::INPUTS_AND_SOURCES)}>
                { input_table(lang, &p.scenario, p.preset) }
            </div>
            <div class="table-scroll" id={format!("{}sources-rates", p.prefix)} tabindex="0" role="region"
                aria-label={sources::rates_for(lang, table.year)}>
                <table class="sources__table">
                    <caption>{ sources::rates_for(lang, table.year) }</caption>
                    <thead><tr>
                        <th scope="col">{ t(lang, sources::COLUMN_RATE) }</th>
                        <th scope="col">{ t(lang, sources::COLUMN_VALUE) }</th>
                        <th scope="col">{ t(lang, sources::COLUMN_YEAR_STATUS) }</th>
                        <th scope="col">{ t(lang, sources::COLUMN_SOURCE) }</th>
                    </tr></thead>
                    <tbody>{ for rate_rows }</tbody>
                </table>
            </div>
        </Fold>
    }
}
