//! Hours and jobs created.

use super::working::{Lines, Shown};
use crate::model::{GroupKind, Line};
use crate::text::{results, t};
use yew::prelude::*;

/// Hours per year and people by kind; `prefix` goes before the ids inside. A function, not a
/// component: it has no state of its own (see `glossary`).
pub fn hours_jobs(lines: &Lines, prefix: &str) -> Html {
    let lang = lines.lang;
    let row = |line: Line| lines.row(line, Shown::AsIs, false);
    let title_id = format!("{prefix}hours-title");
    html! {
        <section class="card" aria-labelledby={title_id.clone()}>
            <h2 class="card__title" id={title_id}>{ t(lang, results::HOURS_JOBS_TITLE) }</h2>
            <div class="two-col">
                <dl class="sums">
                    { row(Line::Attendance) }
                    { row(Line::Paid) }
                    { row(Line::Billed) }
                    { row(Line::FullTimeEquivalents) }
                </dl>
                <dl class="sums">
                    { for GroupKind::ALL.iter().map(|&kind| row(Line::Persons(kind))) }
                </dl>
            </div>
        </section>
    }
}
