//! One plain sentence per party, above the details: what the company, the social enterprise, the
//! municipality and the state each gain or lack in a year, and whether one price suits both the
//! company and the social enterprise.

use crate::app::Reader;
use crate::locale::format;
use crate::model::{Outcome, PriceFit, PricingMode};
use crate::text::{t, verdicts, Lang};
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`Verdicts`].
#[derive(Properties, PartialEq, Clone)]
pub struct VerdictsProps {
    /// Interface language.
    pub lang: Lang,
    /// The outcome.
    pub outcome: Rc<Outcome>,
    /// Overhead or fixed price (what a price is).
    pub pricing_mode: PricingMode,
    /// Prefix of the ids inside.
    pub prefix: AttrValue,
    /// Who reads the results: their sentence comes first, marked.
    #[prop_or_default]
    pub reader: Option<Reader>,
}

/// The verdict lines.
#[component]
pub fn Verdicts(p: &VerdictsProps) -> Html {
    let lang = p.lang;
    let o = &p.outcome;
    let kr = |x: f64| format::kr(lang, x);
    let price = |x: f64| match p.pricing_mode {
        PricingMode::Markup => format::percent(lang, x),
        PricingMode::FixedPrice => format::kr2(lang, x),
    };
    let company = match o.company.with_department {
        Some(net) if net >= 0.0 => verdicts::department_saves(lang, &kr(net)),
        Some(net) => verdicts::department_costs_more(lang, &kr(-net)),
        None if o.company.net_benefit >= 0.0 => {
            verdicts::company_saves(lang, &kr(o.company.net_benefit))
        }
        None => verdicts::company_pays_more(lang, &kr(-o.company.net_benefit)),
    };
    let c = &o.coverage;
    let se = match c.ratio {
        None => t(lang, verdicts::NO_SOCIAL_EDUCATOR).to_string(),
        Some(_) if c.surplus.abs() < 0.5 => t(lang, verdicts::COVERED_EXACTLY).to_string(),
        Some(_) if c.surplus >= 0.0 => verdicts::covered_with_surplus(lang, &kr(c.surplus)),
        Some(_) => verdicts::coverage_shortfall(lang, &kr(-c.surplus)),
    };
    let pp = &o.public;
    let kommune = if pp.kommune.net >= 0.0 {
        verdicts::municipality_gains(lang, &kr(pp.kommune.net))
    } else {
        verdicts::municipality_pays(lang, &kr(-pp.kommune.net))
    };
    let stat = if pp.stat.net >= 0.0 {
        verdicts::state_gains(lang, &kr(pp.stat.net))
    } else {
        verdicts::state_pays(lang, &kr(-pp.stat.net))
    };
    let fit = match o.price_fit {
        PriceFit::Fits { floor, ceiling } if floor <= 0.0 => Some((
            true,
            verdicts::price_fits_from_zero(lang, p.pricing_mode, &price(ceiling)),
        )),
        PriceFit::Fits { floor, ceiling } => Some((
            true,
            verdicts::price_fits(lang, p.pricing_mode, &price(floor), &price(ceiling)),
        )),
        PriceFit::NoPriceFits { floor, ceiling } => Some((
            false,
            verdicts::no_price_fits(
                lang,
                p.pricing_mode,
                &price(floor),
                &price(ceiling.max(0.0)),
            ),
        )),
        PriceFit::NotApplicable => None,
    };
    // The reader's own sentences first (the municipality's and the state's for a municipality),
    // and how many of them there are.
    let (ordered, mine) = match p.reader {
        None => (vec![company, se, kommune, stat], 0),
        Some(Reader::Company) => (vec![company, se, kommune, stat], 1),
        Some(Reader::SocialEnterprise) => (vec![se, company, kommune, stat], 1),
        Some(Reader::Municipality) => (vec![kommune, stat, company, se], 2),
    };
    let id = format!("{}verdicts-title", p.prefix);
    html! {
        <section class="card card--verdicts" aria-labelledby={id.clone()}>
            <h2 class="card__title" id={id}>{ t(lang, verdicts::TITLE) }</h2>
            <ul class="verdicts" data-testid="verdicts">
                { for ordered.into_iter().enumerate().map(|(i, text)| html! {
                    <li class={classes!((i < mine).then_some("verdicts__mine"))}>{ text }</li>
                }) }
                if o.company.with_department.is_some() {
                    <li>{ t(lang, verdicts::DEPARTMENT_NOTE) }</li>
                }
                if let Some((fits, text)) = fit {
                    <li class={if fits { "verdicts__fit" } else { "verdicts__fit verdicts__fit--none" }}>{ text }</li>
                }
            </ul>
        </section>
    }
}
