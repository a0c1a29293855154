//! What each party pays and gains in a year, and who pays whom.

use crate::browser::format;
use crate::model::Outcome;
use crate::text::Lang;
use yew::prelude::*;

/// Properties of [`Parties`].
#[derive(Properties, PartialEq, Clone)]
pub struct PartiesProps {
    /// Interface language.
    pub lang: Lang,
    /// The outcome.
    pub outcome: std::rc::Rc<Outcome>,
}

fn row(label: &str, value: String, class: Option<&'static str>) -> Html {
    html! { <div class={classes!(class)}><dt>{ label.to_string() }</dt><dd>{ value }</dd></div> }
}

/// The parties' yearly sums and a diagram of the money flows.
#[component]
pub fn Parties(p: &PartiesProps) -> Html {
    let lang = p.lang;
    let o = &p.outcome;
    let se = &o.social_enterprise;
    let co = &o.company;
    let m = &o.municipality;
    let kr = |x: f64| format::kr(lang, x);
    html! {
        <section class="card" aria-labelledby="parties-title">
            <h2 class="card__title" id="parties-title">{ lang.pick("Parterne om året", "The parties per year") }</h2>
            <div class="flow" role="img" aria-label={format!("{} {} {}. {} {} {}. {} {} {}.",
                lang.pick("Virksomheden betaler", "The company pays"), kr(co.payment), lang.pick("til den socialøkonomiske virksomhed", "to the social enterprise"),
                lang.pick("Kommunen betaler", "The municipality pays"), kr(m.total), lang.pick("til den socialøkonomiske virksomhed", "to the social enterprise"),
                lang.pick("Den socialøkonomiske virksomhed betaler", "The social enterprise pays"), kr(o.coverage.support_cost), lang.pick("for socialpædagogen", "for the socio-pedagogue"))}>
                <div class="flow__party flow__party--company">{ lang.pick("Virksomheden", "The company") }</div>
                <div class="flow__arrow flow__arrow--right"><span>{ kr(co.payment) }</span></div>
                <div class="flow__party flow__party--se">{ lang.pick("Social\u{ad}økonomisk virksomhed", "Social enterprise") }</div>
                <div class="flow__arrow flow__arrow--left"><span>{ kr(m.total) }</span></div>
                <div class="flow__party flow__party--municipality">{ lang.pick("Kommunen", "The municipality") }</div>
                <div class="flow__arrow flow__arrow--down"><span>{ kr(o.coverage.support_cost) }</span></div>
                <div class="flow__party flow__party--support">{ lang.pick("Social\u{ad}pædagog", "Socio-\u{ad}pedagogue") }</div>
            </div>
            <div class="parties">
                <div>
                    <h3 class="sums__title">{ lang.pick("Virksomheden", "The company") }</h3>
                    <dl class="sums">
                    { row(lang.pick("Betaler", "Pays"), kr(co.payment), None) }
                    { row(lang.pick("Samme timer hos alternativet", "The same hours from the alternative"), kr(co.alternative_cost), None) }
                    { row(lang.pick("Andre besparelser", "Other savings"), kr(co.other_savings), None) }
                    { row(lang.pick("Nettogevinst", "Net benefit"), kr(co.net_benefit), Some("sums__total")) }
                    </dl>
                </div>
                <div>
                    <h3 class="sums__title">{ lang.pick("Den socialøkonomiske virksomhed", "The social enterprise") }</h3>
                    <dl class="sums">
                    { row(lang.pick("Indtægter", "Revenue"), kr(se.revenue), None) }
                    { row(lang.pick("Løn inkl. følgeomkostninger", "Wages incl. on-costs"), kr(se.wage_cost), None) }
                    { row(lang.pick("Socialpædagog", "Socio-pedagogue"), kr(se.support_cost), None) }
                    { row(lang.pick("Andre udgifter", "Other costs"), kr(se.other_costs), None) }
                    { row(lang.pick("Resultat", "Result"), kr(se.result), Some("sums__total")) }
                    </dl>
                </div>
                <div>
                    <h3 class="sums__title">{ lang.pick("Kommunen", "The municipality") }</h3>
                    <dl class="sums">
                    { row(lang.pick("Køb af forløb", "Course purchases"), kr(m.course_payments), None) }
                    { row(lang.pick("Køb af mentorstøtte", "Mentor support"), kr(m.mentor_payments), None) }
                    { row(lang.pick("Betaler i alt", "Pays in total"), kr(m.total), Some("sums__total")) }
                    </dl>
                </div>
            </div>
        </section>
    }
}
