//! The error summary at the top: every problem, each a link to its field.

use crate::app::Document;
use crate::browser::dom;
use crate::model::validate::every_path;
use crate::model::{FieldPath, Severity};
use crate::text::{fields, inputs, messages, Lang};
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`ErrorSummary`].
#[derive(Properties, PartialEq, Clone)]
pub struct ErrorSummaryProps {
    /// Interface language.
    pub lang: Lang,
    /// The document whose errors are listed.
    pub doc: Rc<Document>,
}

/// The label of a field as the summary names it, with its group's name or number.
fn field_name(lang: Lang, doc: &Document, path: FieldPath) -> String {
    let label = fields::label(lang, path.field);
    match path.group {
        Some(i) => {
            let group = doc
                .scenario
                .groups
                .get(i)
                .map(|g| g.name.trim().to_string())
                .filter(|n| !n.is_empty())
                .unwrap_or_else(|| inputs::group_number(lang, i + 1));
            format!("{group}: {label}")
        }
        None => label.to_string(),
    }
}

/// Lists every error with a link that opens and focuses the field.
#[component]
pub fn ErrorSummary(p: &ErrorSummaryProps) -> Html {
    let s = &p.doc;
    let lang = p.lang;
    // Problems of the scenario as a whole first, then each field's in the order of the page:
    // the groups (section 2) before the scenario-wide sections.
    let mut items: Vec<(Option<FieldPath>, String)> = s
        .problems
        .iter()
        .filter(|pr| pr.path.is_none() && pr.severity == Severity::Error)
        .map(|pr| (None, messages::problem(lang, None, pr.message)))
        .collect();
    let (groups, globals): (Vec<FieldPath>, Vec<FieldPath>) = every_path(&s.scenario)
        .into_iter()
        .partition(|path| path.group.is_some());
    for path in groups.into_iter().chain(globals) {
        match s.inputs.get(&path).and_then(|i| i.error) {
            Some(e) => items.push((Some(path), messages::number_error(lang, e))),
            None => items.extend(
                s.problems_at(path)
                    .filter(|pr| pr.severity == Severity::Error)
                    .map(|pr| {
                        (
                            Some(path),
                            messages::problem(lang, Some(path.field), pr.message),
                        )
                    }),
            ),
        }
    }
    if items.is_empty() {
        return Html::default();
    }
    html! {
        <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1" id="error-summary">
            <h2 class="error-summary__title" id="error-summary-title">{ inputs::error_count(lang, items.len()) }</h2>
            <ul class="error-summary__list">
            { for items.into_iter().map(|(path, message)| match path {
                Some(path) => {
                    let id = path.dom_id();
                    let onclick = {
                        let id = id.clone();
                        Callback::from(move |e: MouseEvent| {
                            e.prevent_default();
                            dom::reveal_and_focus(&id);
                        })
                    };
                    html! { <li><a href={format!("#{id}")} {onclick}>{ format!("{}: {}", field_name(lang, s, path), message) }</a></li> }
                }
                None => html! { <li>{ message }</li> },
            }) }
            </ul>
        </div>
    }
}
