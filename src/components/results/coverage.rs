//! The headline: how far the socialpædagog is covered, with the surplus or gap and a gauge.

use crate::locale::format;
use crate::model::outcome::Coverage;
use crate::text::{results, t, Lang};
use yew::prelude::*;

/// Properties of [`CoverageCard`].
#[derive(Properties, PartialEq, Clone)]
pub struct CoverageCardProps {
    /// Interface language.
    pub lang: Lang,
    /// The coverage figures.
    pub coverage: Coverage,
    /// Prefix of the ids inside.
    pub prefix: AttrValue,
}

/// The gauge's scale runs from 0 to this coverage (fraction).
const GAUGE_MAX: f64 = 1.5;

/// A half-circle gauge from 0 to 150 % with a mark at 100 %.
fn gauge(lang: Lang, ratio: Option<f64>) -> Html {
    // Whole percent of the arc, as an integer so no float formatting is needed.
    let filled = ratio.map_or(0, |r| {
        ((r / GAUGE_MAX).clamp(0.0, 1.0) * 100.0).round() as i64
    });
    let tone = match ratio {
        Some(r) if r >= 1.0 => "gauge__value--ok",
        Some(r) if r >= 0.8 => "gauge__value--near",
        _ => "gauge__value--short",
    };
    html! {
        <svg class="gauge" viewBox="0 0 200 112" aria-hidden="true" focusable="false">
            <path class="gauge__track" d="M20 100 A80 80 0 0 1 180 100" pathLength="100" />
            <path class={classes!("gauge__value", tone)} d="M20 100 A80 80 0 0 1 180 100" pathLength="100"
                stroke-dasharray={format!("{filled} 100")} />
            <line class="gauge__mark" x1="135" y1="39.4" x2="145" y2="22.1" />
            <text class="gauge__label" x="148" y="18">{ t(lang, results::GAUGE_MARK) }</text>
        </svg>
    }
}

/// The coverage headline card.
#[component]
pub fn CoverageCard(p: &CoverageCardProps) -> Html {
    let lang = p.lang;
    let c = &p.coverage;
    let headline = match c.ratio {
        Some(r) => format::percent(lang, r),
        None => t(lang, results::NOT_APPLICABLE).to_string(),
    };
    let verdict = match c.ratio {
        None => t(lang, results::NOTHING_TO_COVER).to_string(),
        Some(_) if c.surplus >= 0.0 => {
            results::covered_with_surplus(lang, &format::kr(lang, c.surplus))
        }
        Some(_) => results::coverage_shortfall(lang, &format::kr(lang, -c.surplus)),
    };
    let title_id = format!("{}coverage-title", p.prefix);
    html! {
        <section class="card card--headline" aria-labelledby={title_id.clone()}>
            <h2 class="card__title" id={title_id}>{ t(lang, results::COVERAGE_TITLE) }</h2>
            <div class="coverage">
                { gauge(lang, c.ratio) }
                <div class="coverage__text" aria-live="polite" aria-atomic="true">
                    <p class="coverage__value" data-testid="coverage">{ headline }</p>
                    <p class="coverage__verdict">{ verdict }</p>
                </div>
            </div>
            <dl class="sums">
                <div><dt>{ t(lang, results::MARKUP_ON_HOURS) }</dt><dd>{ format::kr(lang, c.margin) }</dd></div>
                <div><dt>{ t(lang, results::PAYMENT_FOR_PLACES) }</dt><dd>{ format::kr(lang, c.course_revenue) }</dd></div>
                <div><dt>{ t(lang, results::PAYMENT_FOR_MENTORING) }</dt><dd>{ format::kr(lang, c.mentor_revenue) }</dd></div>
                <div class="sums__total"><dt>{ t(lang, results::AVAILABLE) }</dt><dd>{ format::kr(lang, c.funding) }</dd></div>
                <div><dt>{ results::support_staff(lang, &format::number(lang, c.support_fte, 2, 2)) }</dt>
                    <dd>{ format::kr(lang, c.support_cost) }</dd></div>
            </dl>
        </section>
    }
}
