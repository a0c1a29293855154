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
use crate::app::Edit;
use crate::components::after_paint::use_after_first_paint;
use crate::locale::CivilDate;
use crate::model::{ApplyError, BreakEvenKind, Outcome, PresetId, Scenario};
use crate::text::{results, t, Lang};
use assumptions::Assumptions;
use break_evens::BreakEvens;
use company_cost::company_cost;
use coverage::CoverageCard;
use hours_jobs::hours_jobs;
use parties::Parties;
use sources::Sources;
use std::rc::Rc;
use verdicts::Verdicts;
use yew::prelude::*;

/// Properties of [`ResultsPanel`]: the parts of a document its results show.
#[derive(Properties, PartialEq, Clone)]
pub struct ResultsPanelProps {
    /// Interface language.
    pub lang: Lang,
    /// The last valid outcome, if there is one.
    pub outcome: Option<Rc<Outcome>>,
    /// Whether it belongs to the current inputs.
    pub current: bool,
    /// The inputs (the sources panel and print list them).
    pub scenario: Rc<Scenario>,
    /// The partnership model they came from.
    pub preset: PresetId,
    /// The last break-even that could not be applied, and why.
    #[prop_or_default]
    pub apply_error: Option<(BreakEvenKind, ApplyError)>,
    /// The break-evens that would change a field the host fixed.
    #[prop_or_default]
    pub fixed_break_evens: Rc<Vec<BreakEvenKind>>,
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
    let lang = p.lang;
    let prefix = p.prefix.clone();
    let title_id = format!("{prefix}results-title");
    let Some(o) = p.outcome.clone() else {
        return html! {
            <section class="results" aria-labelledby={title_id.clone()}>
                <h2 class="sr-only" id={title_id}>{ t(lang, results::TITLE) }</h2>
                <p class="stale-note">{ t(lang, results::CORRECT_ERRORS) }</p>
            </section>
        };
    };
    let s = &p.scenario;
    let shows = |part: Part| !p.hidden.contains(&part);
    html! {
        <section class={classes!("results", (!p.current).then_some("results--stale"))}
            aria-labelledby={title_id.clone()} data-current={p.current.to_string()}>
            <h2 class="sr-only" id={title_id} tabindex="-1">{ t(lang, results::TITLE) }</h2>
            if !p.current {
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
                { company_cost(lang, &o.company, &prefix) }
            }
            if shows(Part::HoursJobs) {
                { hours_jobs(lang, &o.hours, &o.jobs, &prefix) }
            }
            if shows(Part::BreakEvens) {
                <BreakEvens {lang} values={o.break_even.clone()} pricing_mode={s.pricing.mode}
                    current={p.current} apply_error={p.apply_error}
                    fixed={(*p.fixed_break_evens).clone()}
                    onapply={p.onedit.reform(Edit::ApplyBreakEven)} prefix={prefix.clone()} />
            }
            if shows(Part::Sources) {
                <Sources {lang} scenario={s.clone()} preset={p.preset} prefix={prefix.clone()} />
            }
            if printable {
                <Assumptions {lang} scenario={s.clone()} preset={p.preset} current={p.current}
                    name={p.name.clone()} today={p.today} prefix={prefix} />
            }
        </section>
    }
}
