//! Hours and jobs created.

use crate::locale::format;
use crate::model::outcome::{Hours, Jobs};
use crate::text::{results, t, Lang};
use yew::prelude::*;

/// Hours per year and people by kind; `prefix` goes before the ids inside. A function, not a
/// component: it has no state of its own (see `glossary`).
pub fn hours_jobs(lang: Lang, h: &Hours, j: &Jobs, prefix: &str) -> Html {
    let n = |x: f64| format::number(lang, x, 0, 0);
    let item = |label: &'static str, value: String| html! { <div><dt>{ label }</dt><dd>{ value }</dd></div> };
    let title_id = format!("{prefix}hours-title");
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
