//! The results column: every output of one partnership year.

pub mod assumptions;
pub mod break_evens;
pub mod company_cost;
pub mod coverage;
pub mod hours_jobs;
pub mod parties;

use crate::app::{Action, StateHandle};
use crate::components::after_paint::use_after_first_paint;
use assumptions::Assumptions;
use break_evens::BreakEvens;
use company_cost::CompanyCost;
use coverage::CoverageCard;
use hours_jobs::HoursJobs;
use parties::Parties;
use yew::prelude::*;

/// Properties of [`ResultsPanel`].
#[derive(Properties, PartialEq, Clone)]
pub struct ResultsPanelProps {
    /// The whole state.
    pub state: StateHandle,
    /// Any action (the break-even buttons).
    pub onaction: Callback<Action>,
}

/// The results, or the last valid ones marked as not current.
#[component]
pub fn ResultsPanel(p: &ResultsPanelProps) -> Html {
    // The print-only assumptions are built after the first paint: nobody sees them on screen.
    let printable = use_after_first_paint();
    let s = &p.state;
    let lang = s.lang;
    let Some(o) = s.results.clone() else {
        return html! {
            <section class="results" aria-labelledby="results-title">
                <h2 class="sr-only" id="results-title">{ lang.pick("Resultater", "Results") }</h2>
                <p class="stale-note">{ lang.pick("Ret fejlene for at se resultaterne.", "Correct the errors to see the results.") }</p>
            </section>
        };
    };
    html! {
        <section class={classes!("results", (!s.results_current).then_some("results--stale"))}
            aria-labelledby="results-title" data-current={s.results_current.to_string()}>
            <h2 class="sr-only" id="results-title">{ lang.pick("Resultater", "Results") }</h2>
            if !s.results_current {
                <p class="stale-note" role="status">{ lang.pick(
                    "Resultaterne er ikke opdateret: de viser de sidste gyldige tal. Ret fejlene i felterne.",
                    "The results are not up to date: they show the last valid figures. Correct the errors in the fields.") }</p>
            }
            <CoverageCard {lang} coverage={o.coverage.clone()} />
            <Parties {lang} outcome={o.clone()} />
            <CompanyCost {lang} company={o.company.clone()} />
            <HoursJobs {lang} hours={o.hours.clone()} jobs={o.jobs.clone()} />
            <BreakEvens {lang} values={o.break_even.clone()} pricing_mode={s.scenario.pricing.mode}
                current={s.results_current} apply_error={s.apply_error}
                onapply={p.onaction.reform(Action::ApplyBreakEven)} />
            if printable {
                <Assumptions state={p.state.clone()} />
            }
        </section>
    }
}
