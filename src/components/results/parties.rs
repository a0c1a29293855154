//! What each of the four parties pays and gets in a year, and who pays whom.

use crate::locale::format;
use crate::model::Outcome;
use crate::text::{results, t, Lang};
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
    let net = |x: f64| results::net(lang, &kr(x));
    let flow_label = results::flow_label(
        lang,
        &kr(co.payment),
        &kr(m.total),
        &kr(o.coverage.support_cost),
        &kr(pp.kommune.net),
        &kr(pp.stat.net),
    );
    let company = if let Some(net) = co.with_department {
        party(
            t(lang, results::COMPANY_WITH_DEPARTMENT),
            html! { <>
                { row(t(lang, results::SAME_HOURS_ELSEWHERE), kr(co.alternative_cost), None) }
                { row(t(lang, results::OTHER_SAVINGS), kr(co.other_savings), None) }
                { row(t(lang, results::FREED_TIME), kr(co.freed_hours_gain), None) }
                { row(t(lang, results::PAYMENT_TO_DEPARTMENT), kr(m.total), None) }
                { row(t(lang, results::DEPARTMENT_COSTS), kr(-se.costs), None) }
                { row(t(lang, results::RESULT_AGAINST_ALTERNATIVE), kr(net), Some("sums__total")) }
            </> },
        )
    } else {
        party(
            t(lang, results::THE_COMPANY),
            html! { <>
                { row(t(lang, results::PAYMENT_TO_SOCIAL_ENTERPRISE), kr(-co.payment), None) }
                { row(t(lang, results::SAME_HOURS_ELSEWHERE), kr(co.alternative_cost), None) }
                { row(t(lang, results::OTHER_SAVINGS), kr(co.other_savings), None) }
                if co.freed_hours_gain != 0.0 {
                    { row(t(lang, results::FREED_TIME), kr(co.freed_hours_gain), None) }
                }
                { row(t(lang, results::NET_BENEFIT), kr(co.net_benefit), Some("sums__total")) }
            </> },
        )
    };
    let social_enterprise = (!department).then(|| {
        party(
            t(lang, results::THE_SOCIAL_ENTERPRISE),
            html! { <>
                { row(t(lang, results::REVENUE), kr(se.revenue), None) }
                { row(t(lang, results::WAGES), kr(-se.wage_cost), None) }
                { row(t(lang, results::SOCIAL_EDUCATOR), kr(-se.support_cost), None) }
                { row(t(lang, results::OTHER_COSTS), kr(-se.other_costs), None) }
                { row(t(lang, results::RESULT), kr(se.result), Some("sums__total")) }
            </> },
        )
    });
    let kommune = party(
        t(lang, results::THE_MUNICIPALITY),
        html! { <>
            { row(t(lang, results::PURCHASE_OF_PLACES), kr(-m.course_payments), None) }
            { row(t(lang, results::PURCHASE_OF_MENTORING), kr(-m.mentor_payments), None) }
            { row(t(lang, results::BENEFITS_SAVED), kr(pp.kommune.transfers), None) }
            { row(t(lang, results::TAX), kr(pp.kommune.tax), None) }
            { row(t(lang, results::NET_FIRST_YEAR), kr(pp.kommune.net), Some("sums__total")) }
        </> },
    );
    let stat = party(
        t(lang, results::THE_STATE),
        html! { <>
            { row(t(lang, results::REFUNDS_SAVED), kr(pp.stat.transfers), None) }
            { row(t(lang, results::TAX), kr(pp.stat.tax), None) }
            { row(t(lang, results::NET_FIRST_YEAR), kr(pp.stat.net), Some("sums__total")) }
        </> },
    );
    let title_id = format!("{}parties-title", p.prefix);
    html! {
        <section class="card" aria-labelledby={title_id.clone()}>
            <h2 class="card__title" id={title_id}>{ t(lang, results::PARTIES_TITLE) }</h2>
            <div class="flow" role="img" aria-label={flow_label}>
                <div class="flow__party flow__party--company">{ t(lang, results::THE_COMPANY) }
                    <span class="flow__net">{ net(co.with_department.unwrap_or(co.net_benefit)) }</span></div>
                <div class="flow__arrow flow__arrow--right"><span>{ kr(co.payment) }</span></div>
                <div class="flow__party flow__party--se">{ if department { t(lang, results::THE_DEPARTMENT) } else { t(lang, results::FLOW_SOCIAL_ENTERPRISE) } }
                    if !department { <span class="flow__net">{ net(se.result) }</span> }</div>
                <div class="flow__arrow flow__arrow--left"><span>{ kr(m.total) }</span></div>
                <div class="flow__party flow__party--municipality">{ t(lang, results::THE_MUNICIPALITY) }
                    <span class="flow__net">{ net(pp.kommune.net) }</span></div>
                <div class="flow__arrow flow__arrow--down"><span>{ kr(o.coverage.support_cost) }</span></div>
                <div class="flow__party flow__party--support">{ t(lang, results::FLOW_SOCIAL_EDUCATOR) }</div>
                <div class="flow__party flow__party--state">{ t(lang, results::THE_STATE) }
                    <span class="flow__net">{ net(pp.stat.net) }</span></div>
            </div>
            <p class="card__note">{ t(lang, results::NET_NOTE) }</p>
            <div class="parties">
                { company }
                { for social_enterprise }
                { kommune }
                { stat }
            </div>
            <p class="card__note">{ t(lang, results::PUBLIC_NOTE) }</p>
        </section>
    }
}
