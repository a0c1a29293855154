//! One plain sentence per party, above the details: what the company, the social enterprise, the
//! municipality and the state each gain or lack in a year, and whether one price suits both the
//! company and the social enterprise.

use crate::locale::format;
use crate::model::{Outcome, PriceFit, PricingMode};
use crate::text::{around, Lang};
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
        Some(net) if net >= 0.0 => around(
            lang,
            (
                "Virksomheden og afdelingen er én økonomi: samlet sparer virksomheden",
                "The company and the department share one set of accounts: together the company saves",
            ),
            &kr(net),
            (
                "om året i forhold til sit alternativ.",
                "a year compared with its alternative.",
            ),
        ),
        Some(net) => around(
            lang,
            (
                "Virksomheden og afdelingen er én økonomi: samlet koster afdelingen",
                "The company and the department share one set of accounts: together the department costs",
            ),
            &kr(-net),
            (
                "mere om året end alternativet.",
                "a year more than the alternative.",
            ),
        ),
        None if o.company.net_benefit >= 0.0 => around(
            lang,
            ("Virksomheden sparer", "The company saves"),
            &kr(o.company.net_benefit),
            (
                "om året i forhold til sit alternativ.",
                "a year compared with its alternative.",
            ),
        ),
        None => around(
            lang,
            ("Virksomheden betaler", "The company pays"),
            &kr(-o.company.net_benefit),
            (
                "mere om året end for sit alternativ.",
                "a year more than for its alternative.",
            ),
        ),
    };
    let c = &o.coverage;
    let se = match c.ratio {
        None => lang.pick("Der er ingen socialpædagog at betale.", "There is no social educator to pay.").to_string(),
        Some(_) if c.surplus.abs() < 0.5 => lang.pick(
            "Overheadet og kommunens betaling dækker socialpædagogen præcist (nulpunktet).",
            "The markup and the municipality's payments cover the social educator exactly (the break-even point).").to_string(),
        Some(_) if c.surplus >= 0.0 => around(lang,
            ("Overheadet og kommunens betaling dækker socialpædagogen med", "The markup and the municipality's payments cover the social educator with"),
            &kr(c.surplus),
            ("til overs om året (før den socialøkonomiske virksomheds andre udgifter).", "a year to spare (before the social enterprise's other costs).")),
        Some(_) => around(lang,
            ("Overheadet og kommunens betaling mangler", "The markup and the municipality's payments are"),
            &kr(-c.surplus),
            ("om året for at dække socialpædagogen.", "a year short of covering the social educator.")),
    };
    let pp = &o.public;
    let later = lang.pick(
        " Deltagere, der senere kommer i job, er ikke regnet med.",
        " Participants who later find work are not counted.",
    );
    let kommune = if pp.kommune.net >= 0.0 {
        around(lang, ("Kommunen får", "The municipality gains"), &kr(pp.kommune.net),
            ("mere i skat og ydelser, netto, end den betaler for pladser og mentorstøtte i det første år.", "more in tax and benefits, net, than it pays for places and mentor support in the first year.")) + later
    } else {
        around(
            lang,
            ("Kommunen betaler", "The municipality pays"),
            &kr(-pp.kommune.net),
            (
                "mere, end den får tilbage i skat og ydelser, netto, i det første år.",
                "more than it gets back in tax and benefits, net, in the first year.",
            ),
        ) + later
    };
    let stat = if pp.stat.net >= 0.0 {
        around(
            lang,
            ("Staten får", "The state gains"),
            &kr(pp.stat.net),
            (
                "om året i skat og sparet refusion.",
                "a year in tax and saved refunds.",
            ),
        )
    } else {
        around(
            lang,
            ("Staten betaler", "The state pays"),
            &kr(-pp.stat.net),
            (
                "mere om året i refusion, end den får i skat.",
                "a year more in refunds than it gets in tax.",
            ),
        )
    };
    // Danish "overhead" is neuter and "timepris" common gender: each has its own words.
    let (any, none) = match p.pricing_mode {
        PricingMode::Markup => (
            ("Ethvert overhead", "Any markup"),
            ("Intet overhead", "No markup"),
        ),
        PricingMode::FixedPrice => (
            ("Enhver timepris", "Any hourly price"),
            ("Ingen timepris", "No hourly price"),
        ),
    };
    let fit = match o.price_fit {
        PriceFit::Fits { floor, ceiling } => Some((
            true,
            format!(
                "{} {} {} {} {}{}",
                lang.pick(any.0, any.1),
                lang.pick("fra", "from"),
                price(floor),
                lang.pick("til", "to"),
                price(ceiling),
                lang.pick(
                    " dækker socialpædagogen og er billigere for virksomheden end alternativet.",
                    " covers the social educator and costs the company less than its alternative.",
                )
            ),
        )),
        PriceFit::NoPriceFits { floor, ceiling } => Some((
            false,
            format!(
                "{} {} {}{} {} {}",
                lang.pick(none.0, none.1),
                lang.pick(
                    "passer begge parter: socialpædagogen kræver mindst",
                    "suits both parties: the social educator needs at least"
                ),
                price(floor),
                lang.pick(", men over", ", but above"),
                price(ceiling.max(0.0)),
                lang.pick(
                    "er alternativet billigere for virksomheden.",
                    "the alternative is cheaper for the company."
                )
            ),
        )),
        PriceFit::NotApplicable => None,
    };
    let id = format!("{}verdicts-title", p.prefix);
    html! {
        <section class="card card--verdicts" aria-labelledby={id.clone()}>
            <h2 class="card__title" id={id}>{ lang.pick("Kort fortalt", "In short") }</h2>
            <ul class="verdicts" data-testid="verdicts">
                <li>{ company }</li>
                <li>{ se }</li>
                <li>{ kommune }</li>
                <li>{ stat }</li>
                if o.company.with_department.is_some() {
                    <li>{ lang.pick(
                        "I en afdeling flytter overheadet kun penge internt: det ændrer ikke virksomhedens samlede resultat.",
                        "In a department the markup only moves money internally: it does not change the company's overall result.") }</li>
                }
                if let Some((fits, text)) = fit {
                    <li class={if fits { "verdicts__fit" } else { "verdicts__fit verdicts__fit--none" }}>{ text }</li>
                }
            </ul>
        </section>
    }
}
