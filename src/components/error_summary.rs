//! The error summary at the top: every problem, each a link to its field.

use crate::app::document::At;
use crate::app::{ErrorKind, ListedError};
use crate::browser::dom;
use crate::model::Scenario;
use crate::text::{inputs, lines, messages, simulation, t, Lang};
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`ErrorSummary`].
#[derive(Properties, PartialEq, Clone)]
pub struct ErrorSummaryProps {
    /// Interface language.
    pub lang: Lang,
    /// The errors, in the order of the page.
    pub errors: Rc<Vec<ListedError>>,
    /// The scenario, for its groups' names.
    pub scenario: Rc<Scenario>,
}

/// Lists every error with a link that opens and focuses the field.
#[component]
pub fn ErrorSummary(p: &ErrorSummaryProps) -> Html {
    let lang = p.lang;
    if p.errors.is_empty() {
        return Html::default();
    }
    let message = |e: &ListedError| match e.error {
        _ if e.at == At::Seed => t(lang, simulation::SEED_ERROR).to_string(),
        ErrorKind::Unreadable(n) => messages::number_error(lang, n),
        ErrorKind::Invalid(key) => messages::problem(lang, e.path.map(|p| p.field), key),
    };
    html! {
        <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1" id="error-summary">
            <h2 class="error-summary__title" id="error-summary-title">{ inputs::error_count(lang, p.errors.len()) }</h2>
            <ul class="error-summary__list">
            { for p.errors.iter().map(|e| match (e.path, e.dom_id()) {
                (path, Some(id)) => {
                    let name = match (path, e.at) {
                        (_, At::Seed) => t(lang, simulation::SEED).to_string(),
                        (Some(path), At::Range(end)) => simulation::range_end_name(lang, &lines::field_name(lang, &p.scenario, path), end),
                        (Some(path), _) => lines::field_name(lang, &p.scenario, path),
                        (None, _) => String::new(),
                    };
                    let onclick = {
                        let id = id.clone();
                        // The seed is in the simulation's fold, built only while it is open.
                        let fold = (e.at == At::Seed).then(|| "simulation".to_string());
                        Callback::from(move |ev: MouseEvent| {
                            ev.prevent_default();
                            dom::reveal_field(&id, fold.clone());
                        })
                    };
                    html! { <li><a href={format!("#{id}")} {onclick}>{ format!("{name}: {}", message(e)) }</a></li> }
                }
                (_, None) => html! { <li>{ message(e) }</li> },
            }) }
            </ul>
        </div>
    }
}
