//! The results column: every output of one partnership year. Each card takes the figures it shows
//! and an id prefix, so two results columns side by side have unique ids.

pub mod assumptions;
pub mod break_evens;
pub mod company_cost;
pub mod coverage;
pub mod hours_jobs;
pub mod parties;
pub mod sources;
pub mod verdicts;

use crate::app::config::Part;
use crate::app::{Document, Edit};
use crate::components::after_paint::use_after_first_paint;
use crate::locale::CivilDate;
use crate::model::BreakEvenKind;
use crate::text::{results, t, Lang};
use assumptions::Assumptions;
use break_evens::BreakEvens;
use company_cost::CompanyCost;
use coverage::CoverageCard;
use hours_jobs::HoursJobs;
use parties::Parties;
use sources::Sources;
use std::rc::Rc;
use verdicts::Verdicts;
use yew::prelude::*;

/// Properties of [`ResultsPanel`].
#[derive(Properties, PartialEq, Clone)]
pub struct ResultsPanelProps {
    /// Interface language.
    pub lang: Lang,
    /// The document whose results are shown.
    pub doc: Rc<Document>,
    /// Called with an edit (the break-even buttons).
    pub onedit: Callback<Edit>,
    /// Prefix of every id inside, so two panels side by side have unique ids.
    #[prop_or_default]
    pub prefix: AttrValue,
    /// Parts the host page hides.
    #[prop_or_default]
    pub hidden: Rc<Vec<Part>>,
    /// The scenario's name, for print.
    #[prop_or_default]
    pub name: AttrValue,
    /// Today's date, for print.
    #[prop_or_default]
    pub today: CivilDate,
}

/// The results, or the last valid ones marked as not current.
#[component]
pub fn ResultsPanel(p: &ResultsPanelProps) -> Html {
    // The print-only assumptions are built after the first paint: nobody sees them on screen.
    let printable = use_after_first_paint();
    let d = &p.doc;
    let lang = p.lang;
    let prefix = p.prefix.clone();
    let title_id = format!("{prefix}results-title");
    let Some(o) = d.results.clone() else {
        return html! {
            <section class="results" aria-labelledby={title_id.clone()}>
                <h2 class="sr-only" id={title_id}>{ t(lang, results::TITLE) }</h2>
                <p class="stale-note">{ t(lang, results::CORRECT_ERRORS) }</p>
            </section>
        };
    };
    let s = &d.scenario;
    let shows = |part: Part| !p.hidden.contains(&part);
    html! {
        <section class={classes!("results", (!d.results_current).then_some("results--stale"))}
            aria-labelledby={title_id.clone()} data-current={d.results_current.to_string()}>
            <h2 class="sr-only" id={title_id} tabindex="-1">{ t(lang, results::TITLE) }</h2>
            if !d.results_current {
                <p class="stale-note" role="status">{ t(lang, results::STALE) }</p>
            }
            if shows(Part::Verdicts) {
                <Verdicts {lang} outcome={o.clone()} pricing_mode={s.pricing.mode} prefix={prefix.clone()} />
            }
            <CoverageCard {lang} coverage={o.coverage.clone()} prefix={prefix.clone()} />
            if shows(Part::Parties) {
                <Parties {lang} outcome={o.clone()} prefix={prefix.clone()} />
            }
            if shows(Part::CompanyCost) {
                <CompanyCost {lang} company={o.company.clone()} prefix={prefix.clone()} />
            }
            if shows(Part::HoursJobs) {
                <HoursJobs {lang} hours={o.hours.clone()} jobs={o.jobs.clone()} prefix={prefix.clone()} />
            }
            if shows(Part::BreakEvens) {
                <BreakEvens {lang} values={o.break_even.clone()} pricing_mode={s.pricing.mode}
                    current={d.results_current} apply_error={d.apply_error}
                    fixed={[BreakEvenKind::Price, BreakEvenKind::CoursePrice, BreakEvenKind::BilledHours]
                        .into_iter().filter(|k| d.is_break_even_fixed(*k)).collect::<Vec<_>>()}
                    onapply={p.onedit.reform(Edit::ApplyBreakEven)} prefix={prefix.clone()} />
            }
            if shows(Part::Sources) {
                <Sources {lang} doc={d.clone()} prefix={prefix.clone()} />
            }
            if printable {
                <Assumptions {lang} doc={d.clone()} name={p.name.clone()} today={p.today} prefix={prefix} />
            }
        </section>
    }
}
