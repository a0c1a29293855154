//! Hours and jobs created.

use crate::locale::format;
use crate::model::outcome::{Hours, Jobs};
use crate::text::{results, t, Lang};
use yew::prelude::*;

/// Properties of [`HoursJobs`].
#[derive(Properties, PartialEq, Clone)]
pub struct HoursJobsProps {
    /// Interface language.
    pub lang: Lang,
    /// Hours per year.
    pub hours: Hours,
    /// People by kind.
    pub jobs: Jobs,
    /// Prefix of the ids inside.
    pub prefix: AttrValue,
}

/// Hours per year and people by kind.
#[component]
pub fn HoursJobs(p: &HoursJobsProps) -> Html {
    let lang = p.lang;
    let n = |x: f64| format::number(lang, x, 0, 0);
    let h = &p.hours;
    let j = &p.jobs;
    let item = |label: &'static str, value: String| html! { <div><dt>{ label }</dt><dd>{ value }</dd></div> };
    let title_id = format!("{}hours-title", p.prefix);
    html! {
        <section class="card" aria-labelledby={title_id.clone()}>
            <h2 class="card__title" id={title_id}>{ t(lang, results::HOURS_JOBS_TITLE) }</h2>
            <div class="two-col">
                <dl class="sums">
                    { item(t(lang, results::ATTENDANCE_HOURS), n(h.attendance)) }
                    { item(t(lang, results::PAID_HOURS), n(h.paid)) }
                    { item(t(lang, results::BILLED_HOURS), n(h.billed)) }
                    { item(t(lang, results::PRODUCTIVE_FTE), format::number(lang, h.full_time_equivalents, 2, 2)) }
                </dl>
                <dl class="sums">
                    { item(t(lang, results::FLEKSJOB), n(j.fleksjob)) }
                    { item(t(lang, results::SMAJOB), n(j.smajob)) }
                    { item(t(lang, results::ORDINARY), n(j.ordinary)) }
                    { item(t(lang, results::COURSE_PLACES), n(j.course_places)) }
                </dl>
            </div>
        </section>
    }
}
