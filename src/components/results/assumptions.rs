//! The inputs behind the results, shown only when printing, so a printed or saved PDF summary
//! says what it assumes.

use crate::app::State;
use crate::browser::format;
use crate::model::{FieldId, PricingMode, StaffingMode};
use crate::text::{fields, messages};
use yew::prelude::*;

/// Properties of [`Assumptions`].
#[derive(Properties, PartialEq, Clone)]
pub struct AssumptionsProps {
    /// The whole state.
    pub state: std::rc::Rc<State>,
}

/// A print-only card listing the model and every input that shaped the results.
#[component]
pub fn Assumptions(p: &AssumptionsProps) -> Html {
    let s = &p.state;
    let lang = s.lang;
    let sc = &s.scenario;
    let v = |f: FieldId| {
        messages::value_with_unit(
            lang,
            f,
            sc.get(crate::model::FieldPath::global(f))
                .unwrap_or(f64::NAN),
        )
    };
    let preset = s.preset.preset();
    let mut rows: Vec<(&'static str, String)> = vec![
        (
            fields::label(lang, FieldId::WeeksPerYear),
            v(FieldId::WeeksPerYear),
        ),
        match sc.pricing.mode {
            PricingMode::Markup => (
                fields::label(lang, FieldId::MarkupRate),
                v(FieldId::MarkupRate),
            ),
            PricingMode::FixedPrice => (
                fields::label(lang, FieldId::FixedHourlyPrice),
                v(FieldId::FixedHourlyPrice),
            ),
        },
        (
            fields::label(lang, FieldId::YearlyFee),
            v(FieldId::YearlyFee),
        ),
        (
            fields::label(lang, FieldId::CoursePricePerWeek),
            v(FieldId::CoursePricePerWeek),
        ),
        (
            fields::label(lang, FieldId::MentorHoursPerWeek),
            v(FieldId::MentorHoursPerWeek),
        ),
        (
            fields::label(lang, FieldId::MentorRate),
            v(FieldId::MentorRate),
        ),
    ];
    match sc.support.staffing {
        StaffingMode::Fixed => {
            rows.push((fields::label(lang, FieldId::FixedFte), v(FieldId::FixedFte)))
        }
        StaffingMode::Caseload => {
            rows.push((
                fields::label(lang, FieldId::CaseloadParticipants),
                v(FieldId::CaseloadParticipants),
            ));
            rows.push((
                fields::label(lang, FieldId::CaseloadEmployees),
                v(FieldId::CaseloadEmployees),
            ));
        }
    }
    for f in [
        FieldId::MonthlySalary,
        FieldId::PensionRate,
        FieldId::OtherStaffCosts,
        FieldId::OtherSeCosts,
        FieldId::AlternativePricePerHour,
        FieldId::OtherSavings,
    ] {
        rows.push((fields::label(lang, f), v(f)));
    }
    let pct = |x: f64| format!("{}\u{a0}%", format::number(lang, x * 100.0, 0, 1));
    html! {
        <section class="card print-only" aria-labelledby="assumptions-title">
            <h2 class="card__title" id="assumptions-title">
                { format!("{}: {}", lang.pick("Forudsætninger", "Assumptions"), lang.pick(preset.name_da, preset.name_en)) }
            </h2>
            if !s.results_current {
                <p class="stale-note">{ lang.pick("Felterne indeholder fejl; resultaterne er de sidste gyldige.",
                    "The fields contain errors; the results are the last valid ones.") }</p>
            }
            <table class="assumptions">
                <thead><tr>
                    <th scope="col">{ lang.pick("Gruppe", "Group") }</th>
                    <th scope="col">{ lang.pick("Type", "Kind") }</th>
                    <th scope="col">{ lang.pick("Personer", "Persons") }</th>
                    <th scope="col">{ lang.pick("Timer/uge", "Hours/week") }</th>
                    <th scope="col">{ lang.pick("Betalt", "Paid") }</th>
                    <th scope="col">{ lang.pick("Timeløn", "Wage") }</th>
                    <th scope="col">{ lang.pick("Faktureres", "Billed") }</th>
                </tr></thead>
                <tbody>
                { for sc.groups.iter().map(|g| html! {
                    <tr>
                        <td>{ g.name.clone() }</td>
                        <td>{ fields::kind(lang, g.kind) }</td>
                        <td>{ format::number(lang, g.persons, 0, 0) }</td>
                        <td>{ format::number(lang, g.hours_per_week, 0, 2) }</td>
                        <td>{ if g.kind.is_paid() { pct(g.paid_share) } else { "–".into() } }</td>
                        <td>{ if g.kind.is_paid() { format::kr2(lang, g.hourly_wage) } else { "–".into() } }</td>
                        <td>{ if g.billed && g.kind.is_paid() { lang.pick("ja", "yes") } else { lang.pick("nej", "no") } }</td>
                    </tr>
                }) }
                </tbody>
            </table>
            <dl class="sums">
                { for rows.into_iter().map(|(label, value)| html! { <div><dt>{ label }</dt><dd>{ value }</dd></div> }) }
            </dl>
        </section>
    }
}
