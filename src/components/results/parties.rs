//! What each of the four parties pays and gets in a year, and who pays whom.

use crate::locale::format;
use crate::model::Outcome;
use crate::text::Lang;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`Parties`].
#[derive(Properties, PartialEq, Clone)]
pub struct PartiesProps {
    /// Interface language.
    pub lang: Lang,
    /// The outcome.
    pub outcome: Rc<Outcome>,
    /// Prefix of the ids inside.
    pub prefix: AttrValue,
}

fn row(label: &str, value: String, class: Option<&'static str>) -> Html {
    html! { <div class={classes!(class)}><dt>{ label.to_string() }</dt><dd>{ value }</dd></div> }
}

fn party(title: &str, rows: Html) -> Html {
    html! {
        <div>
            <h3 class="sums__title">{ title.to_string() }</h3>
            <dl class="sums">{ rows }</dl>
        </div>
    }
}

/// The parties' yearly sums and a diagram of the money flows.
#[component]
pub fn Parties(p: &PartiesProps) -> Html {
    let lang = p.lang;
    let o = &p.outcome;
    let se = &o.social_enterprise;
    let co = &o.company;
    let m = &o.municipality;
    let pp = &o.public;
    let kr = |x: f64| format::kr(lang, x);
    let department = co.with_department.is_some();
    let net = |x: f64| format!("{} {}", lang.pick("netto", "net"), kr(x));
    let l = |da: &'static str, en: &'static str| lang.pick(da, en);
    let flow_label = format!(
        "{} {} {}. {} {} {}. {} {} {}. {} {} {}. {} {} {}.",
        l("Virksomheden betaler", "The company pays"),
        kr(co.payment),
        l(
            "til den socialøkonomiske virksomhed",
            "to the social enterprise"
        ),
        l("Kommunen betaler", "The municipality pays"),
        kr(m.total),
        l(
            "til den socialøkonomiske virksomhed",
            "to the social enterprise"
        ),
        l(
            "Den socialøkonomiske virksomhed betaler",
            "The social enterprise pays"
        ),
        kr(o.coverage.support_cost),
        l("for socialpædagogen", "for the social educator"),
        l(
            "Kommunens resultat i alt er",
            "The municipality's net result is"
        ),
        kr(pp.kommune.net),
        l("om året", "a year"),
        l("Statens resultat er", "The state's net result is"),
        kr(pp.stat.net),
        l("om året", "a year"),
    );
    let company = if let Some(net) = co.with_department {
        party(
            l(
                "Virksomheden med afdelingen",
                "The company with the department",
            ),
            html! { <>
                { row(l("Samme timer hos alternativet", "The same hours from the alternative"), kr(co.alternative_cost), None) }
                { row(l("Andre besparelser", "Other savings"), kr(co.other_savings), None) }
                { row(l("Frigjort fagtid (egen gevinst)", "Skilled time freed (own gain)"), kr(co.freed_hours_gain), None) }
                { row(l("Kommunens betaling til afdelingen", "The municipality's payment to the department"), kr(m.total), None) }
                { row(l("Afdelingens udgifter", "The department's costs"), kr(-se.costs), None) }
                { row(l("Resultat i forhold til alternativet", "Result compared with the alternative"), kr(net), Some("sums__total")) }
            </> },
        )
    } else {
        party(
            l("Virksomheden", "The company"),
            html! { <>
                { row(l("Betaling til den socialøkonomiske virksomhed", "Payment to the social enterprise"), kr(-co.payment), None) }
                { row(l("Samme timer hos alternativet", "The same hours from the alternative"), kr(co.alternative_cost), None) }
                { row(l("Andre besparelser", "Other savings"), kr(co.other_savings), None) }
                if co.freed_hours_gain != 0.0 {
                    { row(l("Frigjort fagtid (egen gevinst)", "Skilled time freed (own gain)"), kr(co.freed_hours_gain), None) }
                }
                { row(l("Nettogevinst", "Net benefit"), kr(co.net_benefit), Some("sums__total")) }
            </> },
        )
    };
    let social_enterprise = (!department).then(|| party(l("Den socialøkonomiske virksomhed", "The social enterprise"), html! { <>
        { row(l("Indtægter", "Revenue"), kr(se.revenue), None) }
        { row(l("Løn inkl. lønafhængige omkostninger", "Wages incl. employer on-costs"), kr(-se.wage_cost), None) }
        { row(l("Socialpædagog", "Social educator"), kr(-se.support_cost), None) }
        { row(l("Andre udgifter", "Other costs"), kr(-se.other_costs), None) }
        { row(l("Resultat", "Result"), kr(se.result), Some("sums__total")) }
    </> }));
    let kommune = party(
        l("Kommunen", "The municipality"),
        html! { <>
            { row(l("Køb af pladser", "Purchase of places"), kr(-m.course_payments), None) }
            { row(l("Køb af mentorstøtte", "Purchase of mentor support"), kr(-m.mentor_payments), None) }
            { row(l("Ydelser, mindreudgift efter refusion", "Benefits, lower spending after refund"), kr(pp.kommune.transfers), None) }
            { row(l("Skat af den ekstra indkomst", "Tax on the extra income"), kr(pp.kommune.tax), None) }
            { row(l("Netto i det første år", "Net in the first year"), kr(pp.kommune.net), Some("sums__total")) }
        </> },
    );
    let stat = party(
        l("Staten", "The state"),
        html! { <>
            { row(l("Refusion, mindreudgift", "Refunds, lower spending"), kr(pp.stat.transfers), None) }
            { row(l("Skat af den ekstra indkomst", "Tax on the extra income"), kr(pp.stat.tax), None) }
            { row(l("Netto i det første år", "Net in the first year"), kr(pp.stat.net), Some("sums__total")) }
        </> },
    );
    let title_id = format!("{}parties-title", p.prefix);
    html! {
        <section class="card" aria-labelledby={title_id.clone()}>
            <h2 class="card__title" id={title_id}>{ l("Parterne om året", "The parties over one year") }</h2>
            <div class="flow" role="img" aria-label={flow_label}>
                <div class="flow__party flow__party--company">{ l("Virksomheden", "The company") }
                    <span class="flow__net">{ net(co.with_department.unwrap_or(co.net_benefit)) }</span></div>
                <div class="flow__arrow flow__arrow--right"><span>{ kr(co.payment) }</span></div>
                <div class="flow__party flow__party--se">{ if department { l("Afdelingen", "The department") } else { l("Social\u{ad}økonomisk virksomhed", "The social enterprise") } }
                    if !department { <span class="flow__net">{ net(se.result) }</span> }</div>
                <div class="flow__arrow flow__arrow--left"><span>{ kr(m.total) }</span></div>
                <div class="flow__party flow__party--municipality">{ l("Kommunen", "The municipality") }
                    <span class="flow__net">{ net(pp.kommune.net) }</span></div>
                <div class="flow__arrow flow__arrow--down"><span>{ kr(o.coverage.support_cost) }</span></div>
                <div class="flow__party flow__party--support">{ l("Social\u{ad}pædagog", "Social educator") }</div>
                <div class="flow__party flow__party--state">{ l("Staten", "The state") }
                    <span class="flow__net">{ net(pp.stat.net) }</span></div>
            </div>
            <p class="card__note">{ l(
                "Netto: hvad parten får, minus hvad den betaler, i det første år.",
                "Net: what the party gets, less what it pays, in the first year.") }</p>
            <div class="parties">
                { company }
                { for social_enterprise }
                { kommune }
                { stat }
            </div>
            <p class="card__note">{ l(
                "Kommune og stat: fleksløntilskud i stedet for den ydelse, personerne i fleksjob ellers ville få, og skat af den ekstra indkomst. Deltagernes ydelse er uændret i det første år.",
                "Municipality and state: flex wage subsidy instead of the benefit the people in flex jobs would otherwise draw, and tax on the extra income. The participants' benefit is unchanged in the first year.") }</p>
        </section>
    }
}
