//! Hours and jobs created.

use crate::locale::format;
use crate::model::outcome::{Hours, Jobs};
use crate::text::Lang;
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
            <h2 class="card__title" id={title_id}>{ lang.pick("Timer og job", "Hours and jobs") }</h2>
            <div class="two-col">
                <dl class="sums">
                    { item(lang.pick("Fremmødetimer om året", "Attendance hours a year"), n(h.attendance)) }
                    { item(lang.pick("Betalte timer", "Paid hours"), n(h.paid)) }
                    { item(lang.pick("Fakturerede timer", "Billed hours"), n(h.billed)) }
                    { item(lang.pick("Produktive årsværk (betalte timer)", "Productive FTEs (paid hours)"), format::number(lang, h.full_time_equivalents, 2, 2)) }
                </dl>
                <dl class="sums">
                    { item(lang.pick("Fleksjob", "Flex jobs"), n(j.fleksjob)) }
                    { item(lang.pick("Småjob", "Small jobs"), n(j.smajob)) }
                    { item(lang.pick("Ordinært ansatte", "Ordinary employees"), n(j.ordinary)) }
                    { item(lang.pick("Deltagerpladser", "Participant places"), n(j.course_places)) }
                </dl>
            </div>
        </section>
    }
}
