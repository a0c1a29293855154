//! The callbacks the input components share, created once per app so props stay equal.

use crate::app::{Action, State};
use crate::components::number_field::NumberField;
use crate::model::{FieldPath, Severity};
use yew::prelude::*;

/// Callbacks into the reducer.
#[derive(Clone, PartialEq)]
pub struct Handlers {
    /// Any action.
    pub onaction: Callback<Action>,
    /// Text typed in a number field.
    pub oninput: Callback<(FieldPath, String)>,
    /// Put a field back to its default.
    pub onusedefault: Callback<FieldPath>,
}

impl Handlers {
    /// Handlers dispatching into `dispatch`.
    pub fn new(dispatch: Callback<Action>) -> Self {
        Handlers {
            oninput: dispatch.reform(|(path, text)| Action::SetNumber(path, text)),
            onusedefault: dispatch.reform(Action::UseDefault),
            onaction: dispatch,
        }
    }
}

/// The number field for `path`, filled from `state`; nothing if the path does not exist.
pub fn number_field(state: &State, path: FieldPath, h: &Handlers) -> Html {
    let Some(value) = state.scenario.get(path) else {
        return Html::default();
    };
    let default_value = state.default_at(path);
    let problem = state
        .problems_at(path)
        .min_by_key(|p| p.severity != Severity::Error)
        .copied();
    html! {
        <NumberField
            key={path.dom_id()}
            lang={state.lang}
            {path}
            {value}
            {default_value}
            input={state.inputs.get(&path).cloned()}
            {problem}
            oninput={h.oninput.clone()}
            onusedefault={h.onusedefault.clone()}
        />
    }
}
