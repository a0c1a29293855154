//! A number input: label, hint, message between label and field, unit, and the default with its
//! source on request.

use crate::app::document::range_dom_id;
use crate::app::{Edit, FieldInput};
use crate::browser::{dom, timer};
use crate::components::markup::{c, Markup};
use crate::locale::format;
use crate::model::uncertainty::{triangular, End, RangeProblem};
use crate::model::{FieldPath, Problem, Severity, Source, Unit};
use crate::text::{fields, inputs, messages, simulation, t, Lang};
use yew::prelude::*;

/// What a field shows of its range when its input is marked uncertain.
#[derive(Clone, Debug, PartialEq)]
pub struct RangeView {
    /// The low end (stored unit).
    pub low: f64,
    /// The high end (stored unit).
    pub high: f64,
    /// The text typed at each end while it differs from the value.
    pub typed: [Option<FieldInput>; 2],
    /// The range's problems.
    pub problems: Vec<RangeProblem>,
}

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
    /// The range, if the input is marked uncertain.
    #[prop_or_default]
    pub range: Option<RangeView>,
    /// Edits of the range; `None` where the field offers none.
    #[prop_or_default]
    pub onedit: Option<Callback<Edit>>,
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
            <div class="field__links">
                <button type="button" class="field__source-toggle" aria-expanded={(*show_source).to_string()}
                    aria-controls={source_id.clone()} onclick={toggle}>
                    { t(lang, inputs::DEFAULT_AND_SOURCE) }
                </button>
                { mark_button(p) }
            </div>
            { range_editor(p) }
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

/// The HTML id of the button that marks the field at `path` as uncertain.
fn mark_dom_id(path: FieldPath) -> String {
    format!("{}-mark", path.dom_id())
}

/// The button that marks a field's input as uncertain, where it offers one and is not yet.
fn mark_button(p: &NumberFieldProps) -> Html {
    match (&p.onedit, &p.locked, &p.range) {
        (Some(onedit), None, None) => {
            let path = p.path;
            let onedit = onedit.clone();
            // The button goes once pressed: the focus moves on to the range's low end.
            let onclick = Callback::from(move |_: MouseEvent| {
                onedit.emit(Edit::MarkUncertain(path));
                let low = range_dom_id(path, End::Low);
                timer::after_paint(move || dom::reveal_and_focus(&low));
            });
            html! {
                <button type="button" class="field__mark" id={mark_dom_id(path)} {onclick}>
                    { t(p.lang, simulation::MARK) }
                </button>
            }
        }
        _ => Html::default(),
    }
}

/// The range under a field marked uncertain: its two ends, the triangle they make with the
/// value, and the P10 and P90 it implies.
fn range_editor(p: &NumberFieldProps) -> Html {
    let (Some(onedit), None) = (&p.onedit, &p.locked) else {
        return Html::default();
    };
    let lang = p.lang;
    let path = p.path;
    let Some(range) = &p.range else {
        return Html::default();
    };
    let unit = path.field.spec().unit;
    let value_text = |v: f64| messages::value_with_unit(lang, path.field, v);
    let whole_problem = range.problems.iter().find(|pr| pr.end.is_none());
    let group_id = format!("{}-range", path.dom_id());
    let end_input = |end: End, i: usize, value: f64| {
        let id = range_dom_id(path, end);
        let msg_id = format!("{id}-msg");
        let typed = &range.typed[i];
        let text = typed
            .as_ref()
            .map_or_else(|| field_text(lang, unit, value), |t| t.text.clone());
        let message = match typed.as_ref().and_then(|t| t.error) {
            Some(e) => Some(messages::number_error(lang, e)),
            None => range
                .problems
                .iter()
                .find(|pr| pr.end == Some(end))
                .map(|pr| messages::problem(lang, Some(path.field), pr.message)),
        };
        let oninput = onedit.reform(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            Edit::SetRangeEnd(path, end, input.value())
        });
        let invalid = message.is_some() || whole_problem.is_some();
        let mut described = vec![format!("{}-unit", path.dom_id())];
        if message.is_some() {
            described.push(msg_id.clone());
        }
        if whole_problem.is_some() {
            described.push(format!("{group_id}-msg"));
        }
        html! {
            <div class={classes!("range__end", invalid.then_some("field--error"))}>
                <label class="range__label" for={id.clone()}>{ simulation::end(lang, end) }</label>
                if let Some(m) = message {
                    <p class="field__message field__message--error" id={msg_id}>
                        <span class="sr-only">{ t(lang, inputs::ERROR_PREFIX) }</span>{ m }
                    </p>
                }
                <div class="field__control">
                    <input {id} class="field__input range__input" type="text" inputmode="decimal"
                        autocomplete="off" spellcheck="false" value={text}
                        aria-invalid={invalid.to_string()} aria-describedby={described.join(" ")} {oninput} />
                    <span class="field__unit" aria-hidden="true">{ fields::unit(lang, unit) }</span>
                </div>
            </div>
        }
    };
    let shape =
        (range.low <= p.value && p.value <= range.high && range.low < range.high).then(|| {
            let (p10, p90) = (
                triangular(range.low, p.value, range.high, 0.1),
                triangular(range.low, p.value, range.high, 0.9),
            );
            let implies = simulation::implies(
                lang,
                &value_text(p.value),
                &value_text(p10),
                &value_text(p90),
            );
            let label = simulation::shape_label(
                lang,
                &value_text(range.low),
                &value_text(p.value),
                &value_text(range.high),
            );
            (
                triangle(range.low, p.value, range.high, p10, p90, &label),
                implies,
            )
        });
    let onremove = {
        let onedit = onedit.clone();
        // The range goes: the focus returns to the button that marks the field again.
        Callback::from(move |_: MouseEvent| {
            onedit.emit(Edit::Unmark(path));
            let mark = mark_dom_id(path);
            timer::after_paint(move || dom::reveal_and_focus(&mark));
        })
    };
    html! {
        <fieldset class="range" id={group_id.clone()} data-testid="range">
            <legend class="range__legend">
                { t(lang, simulation::RANGE) }
                // Each range's two ends are told apart from the others' by the field's name.
                <span class="sr-only">{ format!(": {}", fields::label(lang, path.field)) }</span>
            </legend>
            if let Some(pr) = whole_problem {
                <p class="field__message field__message--error" id={format!("{group_id}-msg")}>
                    <span class="sr-only">{ t(lang, inputs::ERROR_PREFIX) }</span>
                    { messages::problem(lang, Some(path.field), pr.message) }
                </p>
            }
            <div class="range__ends">
                { end_input(End::Low, 0, range.low) }
                { end_input(End::High, 1, range.high) }
            </div>
            if let Some((svg, implies)) = shape {
                <div class="range__shape">
                    { Html::from_html_unchecked(AttrValue::from(svg)) }
                    <p class="range__implies">{ implies }</p>
                </div>
            }
            <button type="button" class="button button--small button--secondary" onclick={onremove}>
                { t(lang, simulation::UNMARK) }
            </button>
        </fieldset>
    }
}

/// The triangle from `low` over `mode` to `high`, with its P10 and P90 marked, as SVG markup.
fn triangle(low: f64, mode: f64, high: f64, p10: f64, p90: f64, label: &str) -> String {
    const W: f64 = 160.0;
    const H: f64 = 36.0;
    let x = |v: f64| 4.0 + (W - 8.0) * (v - low) / (high - low);
    let mut m = Markup(String::with_capacity(600));
    m.open(
        "svg",
        &format!(
            r#"class="range__svg" viewBox="0 0 {} {}" width="{}" height="{}" role="img" xmlns="http://www.w3.org/2000/svg""#,
            c(W),
            c(H),
            c(W),
            c(H)
        ),
    );
    m.el("title", "", label);
    m.el(
        "polygon",
        &format!(
            r#"points="{},{} {},4 {},{}" class="range__triangle""#,
            c(x(low)),
            c(H - 2.0),
            c(x(mode)),
            c(x(high)),
            c(H - 2.0)
        ),
        "",
    );
    for v in [p10, p90] {
        m.el(
            "line",
            &format!(
                r#"x1="{0}" x2="{0}" y1="2" y2="{1}" class="range__pline""#,
                c(x(v)),
                c(H)
            ),
            "",
        );
    }
    m.close("svg");
    m.0
}
