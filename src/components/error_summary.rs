//! The error summary at the top: every problem, each a link to its field.

use crate::app::Document;
use crate::browser::dom;
use crate::model::{FieldPath, Severity};
use crate::text::{fields, messages, Lang};
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
                .unwrap_or_else(|| format!("{} {}", lang.pick("Gruppe", "Group"), i + 1));
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
    let mut items: Vec<(Option<FieldPath>, String)> = s
        .inputs
        .iter()
        .filter_map(|(path, i)| {
            i.error
                .map(|e| (Some(*path), messages::number_error(lang, e)))
        })
        .collect();
    items.extend(
        s.problems
            .iter()
            .filter(|pr| pr.severity == Severity::Error)
            .filter(|pr| {
                pr.path
                    .is_none_or(|path| s.inputs.get(&path).is_none_or(|i| i.error.is_none()))
            })
            .map(|pr| {
                (
                    pr.path,
                    messages::problem(lang, pr.path.map(|f| f.field), pr.message),
                )
            }),
    );
    items.sort_by_key(|(path, _)| *path);
    if items.is_empty() {
        return Html::default();
    }
    html! {
        <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1" id="error-summary">
            <h2 class="error-summary__title" id="error-summary-title">{
                if items.len() == 1 { lang.pick("Der er 1 fejl", "There is 1 error").to_string() }
                else { format!("{} {} {}", lang.pick("Der er", "There are"), items.len(), lang.pick("fejl", "errors")) }
            }</h2>
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
