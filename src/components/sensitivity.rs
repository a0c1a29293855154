//! "Hvilke forudsætninger betyder mest?": the tornado of one output (`model::sensitivity`), in a
//! fold worked out only while open, once typing has paused. The chart is inline SVG built as
//! markup (`components/markup.rs`): the low end of a range is a solid bar, the high end a hatched
//! one, so the two are told apart by more than colour; each row names both values as text, on
//! hover (its `title`) and to a screen reader (its label), and a table follows.

use crate::app::Document;
use crate::browser::timer;
use crate::components::choice::Choice;
use crate::components::markup::{c, open_table, row, Markup};
use crate::model::sensitivity::{tornado, AtEnd, Horizon, Output, Tornado};
use crate::model::Scenario;
use crate::text::{lines, messages, sensitivity as text, t, Lang};
use std::rc::Rc;
use yew::prelude::*;

/// How long typing must pause before the tornado is worked out again (ms).
const DELAY_MS: i32 = 150;

/// How many bars show before "show all".
const FIRST: usize = 10;

/// Properties of [`Sensitivity`].
#[derive(Properties, PartialEq, Clone)]
pub struct SensitivityProps {
    /// Interface language.
    pub lang: Lang,
    /// The active document.
    pub doc: Rc<Document>,
}

/// The tornado's fold.
#[component]
pub fn Sensitivity(p: &SensitivityProps) -> Html {
    let lang = p.lang;
    let open = use_state(|| false);
    let shown = use_state(|| (Output::KommuneNet, Horizon::Years));
    let (output, horizon) = *shown;
    let show_all = use_state(|| false);
    // The last tornado worked out, with the document revision, output and horizon it is for.
    let result = use_state(|| None::<(u64, Output, Horizon, Option<Rc<Tornado>>)>);
    let doc = &p.doc;
    let valid = doc.results_current;
    {
        let result = result.clone();
        let scenario = doc.scenario.clone();
        let deps = (*open, doc.revision, valid, output, horizon);
        use_effect_with(deps, move |(open, revision, valid, output, horizon)| {
            let (revision, output, horizon) = (*revision, *output, *horizon);
            let pending = (*open && *valid).then(|| {
                timer::later(DELAY_MS, move || {
                    let t = tornado(&scenario, output, horizon).map(Rc::new);
                    result.set(Some((revision, output, horizon, t)));
                })
            });
            move || timer::cancel(pending.flatten())
        });
    }
    let ontoggle = on_fold_toggle(&open);
    let current = result
        .as_ref()
        .is_some_and(|(r, o, h, _)| *r == doc.revision && *o == output && *h == horizon);
    // The chart's markup is built again only when the tornado or what it shows changes, not on
    // every keystroke while the fold is open.
    let markup = {
        let tor = result.as_ref().and_then(|(_, _, _, t)| t.clone());
        let scenario = doc.scenario.clone();
        let key = (
            lang,
            tor.as_ref().map(|t| Rc::as_ptr(t) as usize),
            *show_all,
        );
        use_memo(key, move |(lang, _, show_all)| {
            tor.map(|t| {
                let shown = if *show_all {
                    t.bars.len()
                } else {
                    t.bars.len().min(FIRST)
                };
                AttrValue::from(chart(*lang, &scenario, &t, shown))
            })
        })
    };
    let body = match result.as_ref() {
        _ if !*open => Html::default(),
        None => html! { <p class="card__note" role="status">{ t(lang, text::COMPUTING) }</p> },
        Some((_, o, _, None)) if *o == output => {
            html! { <p class="card__note">{ t(lang, text::NOT_APPLICABLE) }</p> }
        }
        Some((_, _, _, None)) => {
            html! { <p class="card__note" role="status">{ t(lang, text::COMPUTING) }</p> }
        }
        Some((_, _, _, Some(tor))) => {
            let all = tor.bars.len();
            let toggle = {
                let show_all = show_all.clone();
                Callback::from(move |_| show_all.set(!*show_all))
            };
            html! { <>
                { Html::from_html_unchecked((*markup).clone().unwrap_or_default()) }
                if all > FIRST {
                    <button type="button" class="button button--secondary button--small" onclick={toggle}
                        aria-expanded={(*show_all).to_string()}>
                        { text::show_all(lang, all, *show_all) }
                    </button>
                }
            </> }
        }
    };
    html! {
        <details class="sensitivity" id="sensitivity" {ontoggle}>
            <summary class="sensitivity__summary">{ t(lang, text::TITLE) }</summary>
            if *open {
                <p class="card__note">{ t(lang, text::INTRO) }</p>
                { output_and_period(lang, "sensitivity", t(lang, text::OUTPUT), &shown) }
                <div class={classes!("sensitivity__body", (!current).then_some("sensitivity__body--updating"))}
                    aria-busy={(!current && valid).then_some("true")}>
                    { body }
                </div>
            }
        </details>
    }
}

/// Keeps `open` in step with a fold's `<details>` element: its contents are built only while open.
pub fn on_fold_toggle(open: &UseStateHandle<bool>) -> Callback<Event> {
    let open = open.clone();
    Callback::from(move |e: Event| {
        let details: web_sys::Element = e.target_unchecked_into();
        open.set(details.has_attribute("open"));
    })
}

/// The two choices of what a chart of a fold shows, the output (under `legend`) and the period,
/// as radio groups named `{prefix}-output` and `{prefix}-horizon`.
pub fn output_and_period(
    lang: Lang,
    prefix: &str,
    legend: &'static str,
    shown: &UseStateHandle<(Output, Horizon)>,
) -> Html {
    let (output, horizon) = **shown;
    let choose_output = {
        let shown = shown.clone();
        Callback::from(move |i: usize| {
            if let Some(o) = Output::ALL.get(i) {
                shown.set((*o, shown.1));
            }
        })
    };
    let choose_horizon = {
        let shown = shown.clone();
        Callback::from(move |i: usize| {
            let h = if i == 0 {
                Horizon::YearOne
            } else {
                Horizon::Years
            };
            shown.set((shown.0, h));
        })
    };
    html! { <>
        <Choice name={format!("{prefix}-output")} {legend}
            options={Output::ALL.iter().map(|o| AttrValue::from(text::output(lang, *o))).collect::<Vec<_>>()}
            selected={Output::ALL.iter().position(|o| *o == output).unwrap_or(0)}
            onchoose={choose_output} />
        <Choice name={format!("{prefix}-horizon")} legend={t(lang, text::HORIZON)}
            options={vec![AttrValue::from(text::horizon(lang, Horizon::YearOne)), AttrValue::from(text::horizon(lang, Horizon::Years))]}
            selected={usize::from(horizon == Horizon::Years)}
            onchoose={choose_horizon} />
    </> }
}

const W: f64 = 640.0;
const ROW: f64 = 56.0;
const TOP: f64 = 30.0;
/// Room at each side for the results written beside the bars.
const SIDE: f64 = 118.0;
/// Where the rows' names start.
const LABEL_X: f64 = 8.0;

/// The tornado of its first `shown` bars, its notes and its table, as markup.
fn chart(lang: Lang, s: &Scenario, t_: &Tornado, shown: usize) -> String {
    let o = t_.output;
    let bars = &t_.bars[..shown.min(t_.bars.len())];
    let name = |path| lines::field_name(lang, s, path);
    let input =
        |path: crate::model::FieldPath, v: f64| messages::value_with_unit(lang, path.field, v);
    let value = |v: f64| text::value(lang, o, v);
    let (mut lo, mut hi) = (t_.base, t_.base);
    for b in bars {
        lo = lo.min(b.at_low).min(b.at_high);
        hi = hi.max(b.at_low).max(b.at_high);
    }
    let pad = ((hi - lo) * 0.04).max(f64::EPSILON);
    let (lo, hi) = (lo - pad, hi + pad);
    let x = |v: f64| SIDE + (W - 2.0 * SIDE) * (v - lo) / (hi - lo);
    let height = TOP + ROW * bars.len() as f64 + 8.0;
    let mut m = Markup(String::with_capacity(8_000));
    let widest = bars.first().map(|b| name(b.path));
    m.open("figure", r#"class="chart tornado" data-testid="tornado""#).open(
        "svg",
        &format!(
            r#"viewBox="0 0 {} {}" role="img" aria-labelledby="tornado-title tornado-desc" class="chart__svg" xmlns="http://www.w3.org/2000/svg""#,
            c(W),
            c(height)
        ),
    );
    m.el(
        "title",
        r#"id="tornado-title""#,
        &text::chart_title(lang, o, t_.horizon),
    )
    .el(
        "desc",
        r#"id="tornado-desc""#,
        &text::chart_desc(lang, bars.len(), t_.bars.len(), widest.as_deref()),
    );
    m.0.push_str(r#"<defs><pattern id="tornado-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect class="tornado__hatch-ground" width="6" height="6"></rect><line class="tornado__hatch-line" x1="0" y1="0" x2="0" y2="6"></line></pattern></defs>"#);
    let bx = c(x(t_.base));
    m.el(
        "text",
        &format!(r#"class="chart__axis" x="{bx}" y="14" text-anchor="middle""#),
        &text::now(lang, o, t_.base),
    );
    for (i, b) in bars.iter().enumerate() {
        let y0 = TOP + ROW * i as f64;
        let label = name(b.path);
        let sentence = text::bar(
            lang,
            &name(b.path),
            &input(b.path, b.low),
            &value(b.at_low),
            &input(b.path, b.high),
            &value(b.at_high),
        );
        // The row's accessible name and its hover text: both values in words.
        m.open(
            "g",
            &format!(
                r#"class="tornado__row" tabindex="0" role="img" aria-label="{}""#,
                Markup::attr(&sentence)
            ),
        );
        m.el("title", "", &sentence);
        m.el(
            "text",
            &format!(
                r#"class="tornado__label" x="{}" y="{}""#,
                c(LABEL_X),
                c(y0 + 14.0)
            ),
            &label,
        );
        for (at, class) in [(b.at_low, "tornado__low"), (b.at_high, "tornado__high")] {
            let (a, z) = (x(t_.base.min(at)), x(t_.base.max(at)));
            let fill = if class == "tornado__high" {
                r#" fill="url(#tornado-hatch)""#
            } else {
                ""
            };
            m.open(
                "rect",
                &format!(
                    r#"class="{class}" x="{}" y="{}" width="{}" height="18"{fill}"#,
                    c(a),
                    c(y0 + 22.0),
                    (c(z) - c(a)).max(1)
                ),
            )
            .close("rect");
        }
        // The two results at the bars' outer ends, the lesser on the left. Where the value sits
        // at an end of its range, that end's result is the base: the side without a bar says why
        // (in the row, not after its name, which would run past the chart's edge).
        let said = |end: AtEnd, v: f64| match b.one_sided {
            Some(at) if at == end => format!("({})", text::one_sided(lang, end)),
            _ => value(v),
        };
        let (low, high) = (
            (b.at_low, said(AtEnd::Low, b.at_low)),
            (b.at_high, said(AtEnd::High, b.at_high)),
        );
        let ((left, left_text), (right, right_text)) = if b.at_low <= b.at_high {
            (low, high)
        } else {
            (high, low)
        };
        m.el(
            "text",
            &format!(
                r#"class="tornado__value" x="{}" y="{}" text-anchor="end""#,
                c(x(left) - 4.0),
                c(y0 + 36.0)
            ),
            &left_text,
        );
        m.el(
            "text",
            &format!(
                r#"class="tornado__value" x="{}" y="{}" text-anchor="start""#,
                c(x(right) + 4.0),
                c(y0 + 36.0)
            ),
            &right_text,
        );
        m.close("g");
    }
    m.open(
        "line",
        &format!(
            r#"class="chart__zero" x1="{bx}" x2="{bx}" y1="{}" y2="{}""#,
            c(TOP - 6.0),
            c(height - 4.0)
        ),
    )
    .close("line")
    .close("svg")
    .open("figcaption", "")
    .open("ul", r#"class="chart__legend""#)
    .open("li", "")
    .open(
        "span",
        r#"class="chart__swatch tornado__low" aria-hidden="true""#,
    )
    .close("span")
    .text(t(lang, text::LOW_END))
    .close("li")
    .open("li", "")
    .open(
        "span",
        r#"class="chart__swatch tornado__high-swatch" aria-hidden="true""#,
    )
    .close("span")
    .text(t(lang, text::HIGH_END))
    .close("li")
    .close("ul");
    if bars.iter().any(|b| b.one_sided.is_some()) {
        m.el(
            "p",
            r#"class="chart__table-note""#,
            t(lang, text::ONE_SIDED_NOTE),
        );
    }
    if !t_.invalid.is_empty() {
        let names: Vec<String> = t_.invalid.iter().map(|p| name(*p)).collect();
        m.el(
            "p",
            r#"class="chart__table-note""#,
            &text::left_out(lang, &names),
        );
    }
    m.close("figcaption").close("figure");

    let heads: Vec<String> = text::HEADS
        .iter()
        .map(|h| t(lang, *h).to_string())
        .collect();
    open_table(
        &mut m,
        "tornado-table",
        t(lang, text::TABLE_CAPTION),
        &heads,
    );
    m.open("tbody", "");
    for b in bars {
        row(
            &mut m,
            "",
            &name(b.path),
            [
                input(b.path, b.value),
                format!("{} → {}", input(b.path, b.low), value(b.at_low)),
                format!("{} → {}", input(b.path, b.high), value(b.at_high)),
                value(b.swing()),
            ]
            .into_iter(),
        );
    }
    m.close("tbody").close("table").close("div");
    m.0
}
