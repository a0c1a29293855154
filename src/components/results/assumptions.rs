//! The inputs behind the results, shown only when printing, so a printed or saved PDF summary
//! says what it assumes.

use crate::app::Document;
use crate::browser::host;
use crate::locale::format;
use crate::model::FieldId;
use crate::text::{fields, messages, presets, Lang};
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`Assumptions`].
#[derive(Properties, PartialEq, Clone)]
pub struct AssumptionsProps {
    /// Interface language.
    pub lang: Lang,
    /// The document.
    pub doc: Rc<Document>,
    /// The scenario's name.
    pub name: AttrValue,
    /// Prefix of the ids inside.
    pub prefix: AttrValue,
}

/// A print-only card listing the model and every input that shaped the results.
#[component]
pub fn Assumptions(p: &AssumptionsProps) -> Html {
    let s = &p.doc;
    let lang = p.lang;
    let sc = &s.scenario;
    let today = format::date(lang, &host::now_iso());
    let title_id = format!("{}assumptions-title", p.prefix);
    html! {
        <section class="card print-only" aria-labelledby={title_id.clone()}>
            <h2 class="card__title" id={title_id}>
                { format!("{}: {}", lang.pick("Forudsætninger", "Assumptions"), presets::name(lang, s.preset)) }
            </h2>
            <p class="report-meta">{ format!("{} · {} {} · {} {}", p.name,
                lang.pick("satsår", "rate year"), sc.rate_year, lang.pick("udskrevet", "printed"), today) }</p>
            if !s.results_current {
                <p class="stale-note">{ lang.pick("Felterne indeholder fejl; resultaterne er de sidste gyldige.",
                    "The fields contain errors; the results are the last valid ones.") }</p>
            }
            <table class="assumptions">
                <thead><tr>
                    <th scope="col">{ lang.pick("Gruppe", "Group") }</th>
                    <th scope="col">{ lang.pick("Type", "Type") }</th>
                    <th scope="col">{ lang.pick("Personer", "Persons") }</th>
                    <th scope="col">{ lang.pick("Timer/uge", "Hours/week") }</th>
                    <th scope="col">{ lang.pick("Betalt", "Paid") }</th>
                    <th scope="col">{ lang.pick("Timeløn", "Wage") }</th>
                    <th scope="col">{ lang.pick("Lønafhængige omk.", "Employer on-costs") }</th>
                    <th scope="col">{ lang.pick("Faktureres", "Billed") }</th>
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
                        <td>{ if g.billed && g.kind.is_paid() { lang.pick("ja", "yes") } else { lang.pick("nej", "no") } }</td>
                    </tr>
                }) }
                </tbody>
            </table>
            { super::sources::input_table(lang, s) }
        </section>
    }
}
