//! The company's cost per hour against its alternative.

use super::working::Lines;
use crate::locale::format;
use crate::model::Line;
use crate::text::{results, t};
use yew::prelude::*;

/// Whole percent of `part` in `whole`, for bar widths (integer: no float formatting).
fn share(part: f64, whole: f64) -> i64 {
    if whole > 0.0 && part.is_finite() {
        ((part / whole).clamp(0.0, 1.0) * 100.0).round() as i64
    } else {
        0
    }
}

/// A bar `percent` of the track wide; drawn in SVG, as a style attribute would need a looser
/// Content-Security-Policy.
fn bar(class: &'static str, percent: i64) -> Html {
    html! {
        <svg class="bar__track" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
            <rect class={classes!("bar__fill", class)} width={percent.to_string()} height="10" rx="5" />
        </svg>
    }
}

/// Two bars: the partnership's price per hour and the alternative's.
/// A function, not a component: it has no state of its own (see `glossary`).
pub fn company_cost(lines: &Lines, prefix: &str) -> Html {
    let lang = lines.lang;
    let c = &lines.outcome.company;
    let title_id = format!("{prefix}hour-title");
    let Some(own) = c.cost_per_billed_hour else {
        return html! {
            <section class="card" aria-labelledby={title_id.clone()}>
                <h2 class="card__title" id={title_id}>{ t(lang, results::COMPANY_COST_TITLE) }</h2>
                <p>{ t(lang, results::NO_PAID_HOURS) }</p>
            </section>
        };
    };
    let alt = c.alternative_price_per_hour;
    let top = own.max(alt);
    let diff = alt - own;
    let verdict = if diff >= 0.0 {
        results::saves_per_hour(lang, &format::kr2(lang, diff))
    } else {
        results::costs_more_per_hour(lang, &format::kr2(lang, -diff))
    };
    html! {
        <section class="card" aria-labelledby={title_id.clone()}>
            <h2 class="card__title" id={title_id}>{ t(lang, results::COMPANY_COST_TITLE) }</h2>
            <div class="bars">
                <div class="bar">
                    <span class="bar__label">{ t(lang, results::THE_PARTNERSHIP) }</span>
                    { bar("bar__fill--own", share(own, top)) }
                    <span class="bar__value">{ format::kr2(lang, own) }</span>
                </div>
                <div class="bar">
                    <span class="bar__label">{ t(lang, results::THE_ALTERNATIVE) }</span>
                    { bar("bar__fill--alt", share(alt, top)) }
                    <span class="bar__value">{ format::kr2(lang, alt) }</span>
                </div>
            </div>
            <p class="card__verdict">{ verdict }</p>
            { lines.block(Line::CostPerBilledHour, t(lang, results::HOW_HOUR_PRICE)) }
        </section>
    }
}
