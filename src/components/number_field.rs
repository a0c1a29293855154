//! A number input: label, hint, message between label and field, unit, and the default with its
//! source on request.

use crate::app::FieldInput;
use crate::locale::format;
use crate::model::{FieldPath, Problem, Severity, Source, Unit};
use crate::text::{fields, inputs, messages, t, Lang};
use yew::prelude::*;

/// Properties of [`NumberField`].
#[derive(Properties, PartialEq, Clone)]
pub struct NumberFieldProps {
    /// Interface language.
    pub lang: Lang,
    /// Which input.
    pub path: FieldPath,
    /// The stored value (stored unit, e.g. 0.15 for 15 %).
    pub value: f64,
    /// The default for this field in this place (stored unit).
    pub default_value: f64,
    /// Where the default comes from.
    pub source: Source,
    /// The user's text and why it is not a number, if they have typed.
    #[prop_or_default]
    pub input: Option<FieldInput>,
    /// The first validation problem of this field.
    #[prop_or_default]
    pub problem: Option<Problem>,
    /// Called with the new text on every keystroke.
    pub oninput: Callback<(FieldPath, String)>,
    /// Called to put the default back.
    pub onusedefault: Callback<FieldPath>,
    /// Fixed by the host page: read-only, with this note.
    #[prop_or_default]
    pub locked: Option<AttrValue>,
}

/// The text a stored value is shown as in its field: 0.15 → "15", 2000 → "2.000".
pub fn field_text(lang: Lang, unit: Unit, value: f64) -> String {
    format::number(lang, value * unit.display_factor(), 0, 2)
}

/// A labelled number field following the Danish design system's error pattern.
#[component]
pub fn NumberField(p: &NumberFieldProps) -> Html {
    let show_source = use_state(|| false);
    let lang = p.lang;
    let s = p.path.field.spec();
    let id = p.path.dom_id();
    let hint_id = format!("{id}-hint");
    let msg_id = format!("{id}-msg");
    let unit_id = format!("{id}-unit");
    let source_id = format!("{id}-source");

    let text = match &p.input {
        Some(i) => i.text.clone(),
        None => field_text(lang, s.unit, p.value),
    };
    let (message, is_error) = match (&p.input, &p.problem) {
        (Some(FieldInput { error: Some(e), .. }), _) => {
            (Some(messages::number_error(lang, *e)), true)
        }
        (_, Some(pr)) => (
            Some(messages::problem(lang, Some(p.path.field), pr.message)),
            pr.severity == Severity::Error,
        ),
        _ => (None, false),
    };
    let hint = fields::hint(lang, p.path.field);

    let lock_id = format!("{id}-lock");
    let mut described = vec![unit_id.clone()];
    if p.locked.is_some() {
        described.push(lock_id.clone());
    }
    if hint.is_some() {
        described.push(hint_id.clone());
    }
    if message.is_some() {
        described.push(msg_id.clone());
    }

    let oninput = {
        let cb = p.oninput.clone();
        let path = p.path;
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            cb.emit((path, input.value()));
        })
    };
    let toggle = {
        let show = show_source.clone();
        Callback::from(move |_| show.set(!*show))
    };
    let use_default = {
        let cb = p.onusedefault.clone();
        let path = p.path;
        Callback::from(move |_| cb.emit(path))
    };
    let default_text = messages::value_with_unit(lang, p.path.field, p.default_value);
    let source_text = t(lang, (p.source.da, p.source.en));

    html! {
        <div class={classes!("field", is_error.then_some("field--error"), (message.is_some() && !is_error).then_some("field--warning"))}>
            <label class="field__label" for={id.clone()}>{ fields::label(lang, p.path.field) }</label>
            if let Some(h) = hint {
                <p class="field__hint" id={hint_id}>{ h }</p>
            }
            if let Some(note) = &p.locked {
                <p class="field__lock" id={lock_id}>
                    { t(lang, inputs::LOCKED) }
                    if !note.is_empty() { { format!(": {note}") } }
                </p>
            }
            if let Some(m) = message {
                <p class={if is_error { "field__message field__message--error" } else { "field__message field__message--warning" }} id={msg_id}>
                    <span class="sr-only">{ if is_error { t(lang, inputs::ERROR_PREFIX) } else { t(lang, inputs::WARNING_PREFIX) } }</span>
                    { m }
                </p>
            }
            <div class="field__control">
                <input
                    id={id}
                    data-path={p.path.to_string()}
                    class="field__input"
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    spellcheck="false"
                    value={text}
                    readonly={p.locked.is_some()}
                    aria-invalid={if is_error { "true" } else { "false" }}
                    aria-describedby={described.join(" ")}
                    {oninput}
                />
                <span class="field__unit" id={unit_id}>{ fields::unit(lang, s.unit) }</span>
            </div>
            <button type="button" class="field__source-toggle" aria-expanded={(*show_source).to_string()}
                aria-controls={source_id.clone()} onclick={toggle}>
                { t(lang, inputs::DEFAULT_AND_SOURCE) }
            </button>
            if *show_source {
                <div class="field__source" id={source_id}>
                    <p>
                        <strong>{ t(lang, inputs::DEFAULT_PREFIX) }{ default_text }</strong>
                        { format!(" · {} · {}", p.source.year, fields::status(lang, p.source.status)) }
                    </p>
                    <p>{ source_text }</p>
                    if p.locked.is_none() {
                        <button type="button" class="button button--small" onclick={use_default}>
                            { t(lang, inputs::USE_DEFAULT) }
                        </button>
                    }
                </div>
            }
        </div>
    }
}
