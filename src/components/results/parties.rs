//! What each of the four parties pays and gets in a year, and who pays whom.

use super::working::{Lines, Shown};
use crate::app::Reader;
use crate::locale::format;
use crate::model::Line;
use crate::text::{results, t, Lang};
use yew::prelude::*;

/// Properties of [`Parties`].
#[derive(Properties, PartialEq, Clone)]
pub struct PartiesProps {
    /// Interface language.
    pub lang: Lang,
    /// The lines of the results, with their outcome and workings.
    pub lines: Lines,
    /// Who reads the results: their party comes first.
    #[prop_or_default]
    pub reader: Option<Reader>,
    /// Prefix of the ids inside.
    pub prefix: AttrValue,
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
    let o = &p.lines.outcome;
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
    let lines = &p.lines;
    // Skilled time freed is a line only where the scenario gives it a value (as in its working).
    let freed = lines.scenario.company.freed_hour_value != 0.0;
    let row = |line: Line| lines.row(line, Shown::AsIs, false);
    let cost = |line: Line| lines.row(line, Shown::Cost, false);
    let total = |line: Line| lines.row(line, Shown::AsIs, true);
    let company = if department {
        party(
            t(lang, results::COMPANY_WITH_DEPARTMENT),
            html! { <>
                { row(Line::AlternativeCost) }
                { row(Line::OtherSavings) }
                if freed {
                    { row(Line::FreedHoursGain) }
                }
                { row(Line::MunicipalTotal) }
                { cost(Line::SeCosts) }
                { total(Line::WithDepartment) }
            </> },
        )
    } else {
        party(
            t(lang, results::THE_COMPANY),
            html! { <>
                { cost(Line::CompanyPayment) }
                { row(Line::AlternativeCost) }
                { row(Line::OtherSavings) }
                if freed {
                    { row(Line::FreedHoursGain) }
                }
                { total(Line::NetBenefit) }
            </> },
        )
    };
    let social_enterprise = (!department).then(|| {
        party(
            t(lang, results::THE_SOCIAL_ENTERPRISE),
            html! { <>
                { row(Line::SeRevenue) }
                { cost(Line::WageCost) }
                { cost(Line::SupportCost) }
                { cost(Line::OtherSeCosts) }
                { total(Line::SeResult) }
            </> },
        )
    });
    let kommune = party(
        t(lang, results::THE_MUNICIPALITY),
        html! { <>
            { cost(Line::CourseRevenue) }
            { cost(Line::MentorRevenue) }
            { row(Line::KommuneTransfers) }
            { row(Line::KommuneTax) }
            { total(Line::KommuneNet) }
        </> },
    );
    let stat = party(
        t(lang, results::THE_STATE),
        html! { <>
            { row(Line::StatTransfers) }
            { row(Line::StatTax) }
            { total(Line::StatNet) }
        </> },
    );
    let mut ordered = vec![company];
    ordered.extend(social_enterprise);
    ordered.push(kommune);
    ordered.push(stat);
    match p.reader {
        Some(Reader::SocialEnterprise) if !department => ordered.swap(0, 1),
        // The municipality and the state first, in that order.
        Some(Reader::Municipality) => {
            let n = ordered.len();
            ordered.rotate_left(n - 2);
        }
        _ => {}
    }
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
                { for ordered }
            </div>
            <p class="card__note">{ t(lang, results::PUBLIC_NOTE) }</p>
            <p class="card__note no-print">{ t(lang, results::WORKING_NOTE) }</p>
        </section>
    }
}
