//! The company's cost per hour against its alternative.

use crate::browser::format;
use crate::model::outcome::Company;
use crate::text::Lang;
use yew::prelude::*;

/// Properties of [`CompanyCost`].
#[derive(Properties, PartialEq, Clone)]
pub struct CompanyCostProps {
    /// Interface language.
    pub lang: Lang,
    /// The company's figures.
    pub company: Company,
}

/// Whole percent of `part` in `whole`, for bar widths (integer: no float formatting).
fn share(part: f64, whole: f64) -> i64 {
    if whole > 0.0 && part.is_finite() {
        ((part / whole).clamp(0.0, 1.0) * 100.0).round() as i64
    } else {
        0
    }
}

/// Two bars: the partnership's price per hour and the alternative's.
#[component]
pub fn CompanyCost(p: &CompanyCostProps) -> Html {
    let lang = p.lang;
    let c = &p.company;
    let Some(own) = c.cost_per_billed_hour else {
        return html! {
            <section class="card" aria-labelledby="hour-title">
                <h2 class="card__title" id="hour-title">{ lang.pick("Virksomhedens pris pr. time", "The company's cost per hour") }</h2>
                <p>{ lang.pick("Virksomheden betaler ikke for nogen timer.", "The company pays for no hours.") }</p>
            </section>
        };
    };
    let alt = c.alternative_price_per_hour;
    let top = own.max(alt);
    let diff = alt - own;
    let verdict = if diff >= 0.0 {
        lang.around(
            ("Virksomheden sparer", "The company saves"),
            &format::kr2(lang, diff),
            ("pr. time.", "per hour."),
        )
    } else {
        lang.around(
            ("Partnerskabet koster", "The partnership costs"),
            &format::kr2(lang, -diff),
            (
                "mere pr. time end alternativet.",
                "more per hour than the alternative.",
            ),
        )
    };
    html! {
        <section class="card" aria-labelledby="hour-title">
            <h2 class="card__title" id="hour-title">{ lang.pick("Virksomhedens pris pr. time", "The company's cost per hour") }</h2>
            <div class="bars">
                <div class="bar">
                    <span class="bar__label">{ lang.pick("Partnerskabet", "The partnership") }</span>
                    <span class="bar__track"><span class="bar__fill bar__fill--own" style={format!("width:{}%", share(own, top))}></span></span>
                    <span class="bar__value">{ format::kr2(lang, own) }</span>
                </div>
                <div class="bar">
                    <span class="bar__label">{ lang.pick("Alternativet", "The alternative") }</span>
                    <span class="bar__track"><span class="bar__fill bar__fill--alt" style={format!("width:{}%", share(alt, top))}></span></span>
                    <span class="bar__value">{ format::kr2(lang, alt) }</span>
                </div>
            </div>
            <p class="card__verdict">{ verdict }</p>
        </section>
    }
}
