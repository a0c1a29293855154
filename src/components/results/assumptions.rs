//! The inputs behind the results, shown only when printing, so a printed or saved PDF summary
//! says what it assumes.

use crate::locale::{format, CivilDate};
use crate::model::{FieldId, PresetId, Scenario};
use crate::text::{fields, messages, sources, t, Lang};
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`Assumptions`].
#[derive(Properties, PartialEq, Clone)]
pub struct AssumptionsProps {
    /// Interface language.
    pub lang: Lang,
    /// The scenario whose inputs are listed.
    pub scenario: Rc<Scenario>,
    /// The partnership model it came from.
    pub preset: PresetId,
    /// Whether the results belong to these inputs.
    pub current: bool,
    /// The scenario's name.
    pub name: AttrValue,
    /// Today's date, printed on the report.
    pub today: CivilDate,
    /// Prefix of the ids inside.
    pub prefix: AttrValue,
}

/// A print-only card listing the model and every input that shaped the results.
#[component]
pub fn Assumptions(p: &AssumptionsProps) -> Html {
    let lang = p.lang;
    let sc = &p.scenario;
    let today = format::date(lang, p.today);
    let title_id = format!("{}assumptions-title", p.prefix);
    html! {
        <section class="card print-only assumptions-card" aria-labelledby={title_id.clone()}>
            <h2 class="card__title" id={title_id}>
                { sources::assumptions_title(lang, p.preset) }
            </h2>
            <p class="report-meta">{ sources::assumptions_meta(lang, &p.name, &today) }</p>
            if !p.current {
                <p class="stale-note">{ t(lang, sources::STALE_FIELDS) }</p>
            }
            <table class="assumptions">
                <thead><tr>
                    <th scope="col">{ t(lang, sources::COLUMN_GROUP) }</th>
                    <th scope="col">{ t(lang, sources::COLUMN_KIND) }</th>
                    <th scope="col">{ t(lang, sources::COLUMN_PERSONS) }</th>
                    <th scope="col">{ t(lang, sources::COLUMN_HOURS) }</th>
                    <th scope="col">{ t(lang, sources::COLUMN_PAID) }</th>
                    <th scope="col">{ t(lang, sources::COLUMN_WAGE) }</th>
                    <th scope="col">{ t(lang, sources::COLUMN_ONCOSTS) }</th>
                    <th scope="col">{ t(lang, sources::COLUMN_BILLED) }</th>
                </tr></thead>
                <tbody>
                { for sc.groups.iter().map(|g| html! {
                    <tr>
                        <td>{ g.name.clone() }</td>
                        <td>{ fields::kind(lang, g.kind) }</td>
                        <td>{ format::number(lang, g.persons, 0, 0) }</td>
                        <td>{ format::number(lang, g.hours_per_week, 0, 2) }</td>
                        <td>{ if g.kind.is_paid() { messages::value_with_unit(lang, FieldId::PaidShare, g.paid_share) } else { "–".into() } }</td>
                        <td>{ if g.kind.is_paid() { format::kr2(lang, g.hourly_wage) } else { "–".into() } }</td>
                        <td>{ if g.kind.is_paid() { messages::value_with_unit(lang, FieldId::OncostRate, g.oncost_rate) } else { "–".into() } }</td>
                        <td>{ if g.billed && g.kind.is_paid() { t(lang, sources::YES) } else { t(lang, sources::NO) } }</td>
                    </tr>
                }) }
                </tbody>
            </table>
            { super::sources::input_table(lang, sc, p.preset) }
        </section>
    }
}
