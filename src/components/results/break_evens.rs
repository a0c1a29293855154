//! The three break-even values, each with a button that applies it.

use crate::locale::format;
use crate::model::outcome::BreakEvens as Values;
use crate::model::{ApplyError, BreakEven, BreakEvenKind, PricingMode, Unit};
use crate::text::{fields, messages, results, t, Lang};
use yew::prelude::*;

/// Properties of [`BreakEvens`].
#[derive(Properties, PartialEq, Clone)]
pub struct BreakEvensProps {
    /// Interface language.
    pub lang: Lang,
    /// The three values.
    pub values: Values,
    /// Markup or fixed price (what the price break-even means).
    pub pricing_mode: PricingMode,
    /// Whether the values belong to the current inputs (else the buttons are disabled).
    pub current: bool,
    /// The last break-even that could not be applied.
    pub apply_error: Option<(BreakEvenKind, ApplyError)>,
    /// Called to apply one.
    pub onapply: Callback<BreakEvenKind>,
    /// Break-evens whose field the host fixed: shown, not applicable.
    #[prop_or_default]
    pub fixed: Vec<BreakEvenKind>,
    /// Prefix of the ids inside.
    pub prefix: AttrValue,
}

fn shown(lang: Lang, kind: BreakEvenKind, mode: PricingMode, v: f64) -> String {
    match (kind, mode) {
        (BreakEvenKind::Price, PricingMode::Markup) => format::percent(lang, v),
        (BreakEvenKind::Price, PricingMode::FixedPrice) => format!(
            "{} {}",
            format::number(lang, v, 2, 2),
            fields::unit(lang, Unit::KrPerHour)
        ),
        (BreakEvenKind::CoursePrice, _) => format!(
            "{} {}",
            format::number(lang, v, 2, 2),
            fields::unit(lang, Unit::KrPerWeek)
        ),
        (BreakEvenKind::BilledHours, _) => format!(
            "{} {}",
            format::number(lang, v, 1, 1),
            fields::unit(lang, Unit::HoursPerYear)
        ),
    }
}

/// The name tests find a break-even's value by.
fn test_key(kind: BreakEvenKind) -> &'static str {
    match kind {
        BreakEvenKind::Price => "Price",
        BreakEvenKind::CoursePrice => "CoursePrice",
        BreakEvenKind::BilledHours => "BilledHours",
    }
}

/// The break-even list.
#[component]
pub fn BreakEvens(p: &BreakEvensProps) -> Html {
    let lang = p.lang;
    let label = |kind| {
        let name = match (kind, p.pricing_mode) {
            (BreakEvenKind::Price, PricingMode::Markup) => results::BREAK_EVEN_MARKUP,
            (BreakEvenKind::Price, PricingMode::FixedPrice) => results::BREAK_EVEN_FIXED_PRICE,
            (BreakEvenKind::CoursePrice, _) => results::BREAK_EVEN_COURSE_PRICE,
            (BreakEvenKind::BilledHours, _) => results::BREAK_EVEN_BILLED_HOURS,
        };
        t(lang, name)
    };
    let rows = [
        (BreakEvenKind::Price, p.values.price),
        (BreakEvenKind::CoursePrice, p.values.course_price),
        (BreakEvenKind::BilledHours, p.values.billed_hours),
    ];
    let title_id = format!("{}breakeven-title", p.prefix);
    html! {
        <section class="card" aria-labelledby={title_id.clone()}>
            <h2 class="card__title" id={title_id}>{ t(lang, results::BREAK_EVENS_TITLE) }</h2>
            <p class="card__note">{ t(lang, results::BREAK_EVENS_NOTE) }</p>
            <ul class="breakevens">
            { for rows.iter().map(|(kind, be)| {
                let kind = *kind;
                let status = match be {
                    BreakEven::At { value } => html! { <strong data-testid={format!("breakeven-{}", test_key(kind))}>{ shown(lang, kind, p.pricing_mode, *value) }</strong> },
                    BreakEven::AlreadyCovered => html! { <span>{ results::already_covered(lang, kind, p.pricing_mode) }</span> },
                    BreakEven::NotReachable { reason } => html! { <span>{ messages::not_reachable(lang, *reason) }</span> },
                    BreakEven::NotApplicable => html! { <span>{ t(lang, results::NO_SOCIAL_EDUCATOR) }</span> },
                };
                let onclick = p.onapply.reform(move |_| kind);
                let error = p.apply_error.filter(|(k, _)| *k == kind).map(|(_, e)| match e {
                    ApplyError::OutOfRange { field } => results::out_of_range(lang, field),
                    ApplyError::NoValue => t(lang, results::NO_VALUE).to_string(),
                });
                html! {
                    <li class="breakeven">
                        <span class="breakeven__label">{ label(kind) }</span>
                        <span class="breakeven__value">{ status }</span>
                        if be.value().is_some() && !p.fixed.contains(&kind) {
                            <button type="button" class="button button--small" disabled={!p.current} {onclick}
                                aria-label={results::apply_label(lang, label(kind))}>
                                { t(lang, results::APPLY) }
                            </button>
                        }
                        if let Some(e) = error {
                            <p class="breakeven__error" role="alert">{ e }</p>
                        }
                    </li>
                }
            }) }
            </ul>
        </section>
    }
}
