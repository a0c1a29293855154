//! The three break-even values, each with a button that applies it.

use crate::locale::format;
use crate::model::outcome::BreakEvens as Values;
use crate::model::{ApplyError, BreakEven, BreakEvenKind, PricingMode, Unit};
use crate::text::{fields, messages, Lang};
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
    let label = |kind| match (kind, p.pricing_mode) {
        (BreakEvenKind::Price, PricingMode::Markup) => {
            lang.pick("Overhead på lønomkostningen", "Markup on labour cost")
        }
        (BreakEvenKind::Price, PricingMode::FixedPrice) => {
            lang.pick("Fast timepris", "Fixed hourly price")
        }
        (BreakEvenKind::CoursePrice, _) => lang.pick(
            "Pris pr. deltagerplads pr. uge",
            "Price per participant place per week",
        ),
        (BreakEvenKind::BilledHours, _) => {
            lang.pick("Fakturerede timer om året", "Billed hours a year")
        }
    };
    let rows = [
        (BreakEvenKind::Price, p.values.price),
        (BreakEvenKind::CoursePrice, p.values.course_price),
        (BreakEvenKind::BilledHours, p.values.billed_hours),
    ];
    let title_id = format!("{}breakeven-title", p.prefix);
    html! {
        <section class="card" aria-labelledby={title_id.clone()}>
            <h2 class="card__title" id={title_id}>{ lang.pick("Nulpunkter (100 % dækning)", "Break-even points (100% coverage)") }</h2>
            <p class="card__note">{ lang.pick(
                "For hver størrelse: den værdi, hvor overheadet og kommunens betalinger præcis dækker socialpædagogen, når alt andet er uændret.",
                "For each figure: the value at which the markup and the municipality's payments exactly cover the social educator, all else unchanged.") }</p>
            <ul class="breakevens">
            { for rows.iter().map(|(kind, be)| {
                let kind = *kind;
                let status = match be {
                    BreakEven::At { value } => html! { <strong data-testid={format!("breakeven-{}", test_key(kind))}>{ shown(lang, kind, p.pricing_mode, *value) }</strong> },
                    BreakEven::AlreadyCovered => html! { <span>{ lang.pick("Allerede dækket, selv ved 0.", "Already covered, even at 0.") }</span> },
                    BreakEven::NotReachable { reason } => html! { <span>{ messages::not_reachable(lang, *reason) }</span> },
                    BreakEven::NotApplicable => html! { <span>{ lang.pick("Ikke relevant uden socialpædagog.", "Not applicable without a social educator.") }</span> },
                };
                let onclick = p.onapply.reform(move |_| kind);
                let error = p.apply_error.filter(|(k, _)| *k == kind).map(|(_, e)| match e {
                    ApplyError::OutOfRange { field } => format!("{} {}.",
                        lang.pick("Kan ikke bruges: det kræver en værdi uden for det gyldige område for feltet", "Cannot be used: it needs a value outside the valid range of the field"),
                        crate::text::quoted(lang, fields::label(lang, field))),
                    ApplyError::NoValue => lang.pick("Der er ingen værdi at bruge.", "There is no value to use.").to_string(),
                });
                html! {
                    <li class="breakeven">
                        <span class="breakeven__label">{ label(kind) }</span>
                        <span class="breakeven__value">{ status }</span>
                        if be.value().is_some() && !p.fixed.contains(&kind) {
                            <button type="button" class="button button--small" disabled={!p.current} {onclick}
                                aria-label={format!("{}: {}", lang.pick("Brug nulpunktet", "Apply the break-even"), label(kind))}>
                                { lang.pick("Brug", "Apply") }
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
