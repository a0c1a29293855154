//! "Hvor sikkert er resultatet?": the simulation of the uncertain inputs (`model::uncertainty`),
//! in a fold worked out only while open, in slices between frames so that typing never waits
//! more than one slice (about 10 ms); a result for inputs that changed since is dropped by the
//! document's slot. Its seed, number of draws and the ranges belong to the scenario; the ranges
//! are edited at their fields (`components/number_field.rs`).
//!
//! The histogram is inline SVG built as markup (`components/markup.rs`), with a hatched P10–P90
//! band, a line at the base case, a title, a description and a table.

use crate::app::document::SEED_DOM_ID;
use crate::app::later::{Later, Revision};
use crate::app::{DocId, Document, Edit};
use crate::browser::timer;
use crate::components::choice::Choice;
use crate::components::markup::{c, open_table, row, Markup};
use crate::components::sensitivity::{on_fold_toggle, output_and_period};
use crate::model::sensitivity::{Horizon, Output};
use crate::model::uncertainty::{Simulation, Spread, Summary, DRAW_CHOICES};
use crate::text::{inputs, sensitivity, simulation as text, t, Lang};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use yew::prelude::*;

/// How long typing must pause before the draws start again (ms).
const DELAY_MS: i32 = 150;

/// How long one slice of draws runs before the page gets the thread back (ms).
const SLICE_MS: f64 = 10.0;

/// After how long the progress shows (ms).
const PROGRESS_AFTER_MS: f64 = 200.0;

/// Properties of [`SimulationSection`].
#[derive(Properties, PartialEq, Clone)]
pub struct SimulationProps {
    /// Interface language.
    pub lang: Lang,
    /// The active document.
    pub doc: Rc<Document>,
    /// Called with an edit (seed, draws, marking every estimate).
    pub onedit: Callback<Edit>,
    /// Called with the result of the draws, for the document and revision they belong to.
    pub onarrived: Callback<(DocId, Revision, Later)>,
}

/// Runs the draws of `sim` in slices until done or `cancelled`, showing the progress after
/// [`PROGRESS_AFTER_MS`]; hands the summary to `done`.
fn run_slices(
    sim: Rc<RefCell<Simulation>>,
    cancelled: Rc<Cell<bool>>,
    started: f64,
    progress: UseStateHandle<Option<(u32, u32)>>,
    done: Callback<Summary>,
) {
    if cancelled.get() {
        return;
    }
    let slice_start = js_sys::Date::now();
    let finished = {
        let mut s = sim.borrow_mut();
        loop {
            // The draws, then each output's spread, a piece at a time.
            let all = if s.is_done() {
                s.summarize()
            } else {
                s.step(50);
                false
            };
            if all {
                break true;
            }
            if js_sys::Date::now() - slice_start >= SLICE_MS {
                break false;
            }
        }
    };
    if finished {
        progress.set(None);
        let summary = sim.borrow_mut().summary();
        done.emit(summary);
        return;
    }
    if js_sys::Date::now() - started >= PROGRESS_AFTER_MS {
        // Shown in tenths, so that a screen reader hears it at most ten times.
        let (made, total) = sim.borrow().progress();
        let tenths = u64::from(made) * 10 / u64::from(total.max(1));
        let shown = (u64::from(total) * tenths / 10) as u32;
        if *progress != Some((shown, total)) {
            progress.set(Some((shown, total)));
        }
    }
    timer::later(0, move || {
        run_slices(sim, cancelled, started, progress, done)
    });
}

/// The simulation's fold.
#[component]
pub fn SimulationSection(p: &SimulationProps) -> Html {
    let lang = p.lang;
    let doc = &p.doc;
    let open = use_state(|| false);
    let progress = use_state(|| None::<(u32, u32)>);
    let shown = use_state(|| (Output::KommuneNet, Horizon::Years));
    let can = doc.can_simulate();
    let marked = crate::model::uncertainty::applying(&doc.scenario).count();
    let missing = doc.later.simulation.current(doc.revision).is_none();
    {
        let progress = progress.clone();
        let onarrived = p.onarrived.clone();
        let scenario = doc.scenario.clone();
        let id = doc.id;
        let deps = (*open, doc.id, doc.revision, can && missing && marked > 0);
        use_effect_with(deps, move |(open, _, revision, run)| {
            let revision = *revision;
            let cancelled = Rc::new(Cell::new(false));
            let pending = (*open && *run).then(|| {
                let cancelled = cancelled.clone();
                let progress = progress.clone();
                timer::later(DELAY_MS, move || {
                    let horizons = [Horizon::YearOne, Horizon::Years];
                    let Some(sim) = Simulation::new(&scenario, &horizons) else {
                        return;
                    };
                    let done = onarrived.reform(move |summary: Summary| {
                        (id, revision, Later::Simulation(Box::new(summary)))
                    });
                    let started = js_sys::Date::now();
                    run_slices(
                        Rc::new(RefCell::new(sim)),
                        cancelled,
                        started,
                        progress,
                        done,
                    );
                })
            });
            move || {
                cancelled.set(true);
                timer::cancel(pending.flatten());
                progress.set(None);
            }
        });
    }
    let ontoggle = on_fold_toggle(&open);
    let last = doc
        .later
        .simulation
        .last(doc.revision)
        .filter(|_| marked > 0);
    // The results' markup is built again only when the summary or the chart chosen changes.
    let markup = {
        let summary = last.map(|(s, _)| s.clone());
        let key = (
            lang,
            doc.id,
            doc.later.simulation.revision(),
            summary.as_ref().map(|s| Rc::as_ptr(s) as usize),
            *shown,
        );
        use_memo(key, move |(lang, _, _, _, (output, horizon))| {
            summary.map(|s| {
                let (head, rest) = results(*lang, &s, *output, *horizon);
                (AttrValue::from(head), AttrValue::from(rest))
            })
        })
    };
    let u = &doc.scenario.uncertainty;
    let seed_text = doc
        .seed_input
        .as_ref()
        .map_or_else(|| u.seed.to_string(), |i| i.text.clone());
    let seed_error = doc.seed_input.as_ref().is_some_and(|i| i.error.is_some());
    let onseed = p.onedit.reform(|e: InputEvent| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        Edit::SetSeed(input.value())
    });
    let onnewseed = p
        .onedit
        .reform(|_| Edit::NewSeed((js_sys::Math::random() * 1_000_000.0) as u32 + 1));
    // The choices, and the scenario's own number where a file or link brought another.
    let mut choices = DRAW_CHOICES.to_vec();
    if !choices.contains(&u.draws) {
        choices.push(u.draws);
    }
    let draws_now = choices
        .iter()
        .position(|n| *n == u.draws)
        .unwrap_or(usize::MAX);
    let draw_options: Vec<AttrValue> = choices
        .iter()
        .map(|n| AttrValue::from(text::draws(lang, *n)))
        .collect();
    let ondraws = p
        .onedit
        .reform(move |i: usize| Edit::SetDraws(choices.get(i).copied().unwrap_or(DRAW_CHOICES[1])));
    let current = last.is_some_and(|(_, current)| current);
    let status = if !doc.results_current {
        Some(t(lang, text::FIX_INPUTS))
    } else if !can {
        Some(t(lang, text::FIX_RANGES))
    } else {
        None
    };
    html! {
        <details class="sensitivity simulation" id="simulation" {ontoggle}>
            <summary class="sensitivity__summary">{ t(lang, text::TITLE) }</summary>
            if *open {
                <p class="card__note">{ t(lang, text::INTRO) }</p>
                <p class="card__note" data-testid="marked">
                    if marked == 0 { { t(lang, text::NONE_MARKED) } } else { { text::marked(lang, marked) } }
                </p>
                <div class="button-row">
                    <button type="button" class="button button--secondary button--small"
                        onclick={p.onedit.reform(|_| Edit::MarkEstimates)}>{ t(lang, text::MARK_ESTIMATES) }</button>
                    if !u.ranges.is_empty() {
                        <button type="button" class="button button--secondary button--small"
                            onclick={p.onedit.reform(|_| Edit::UnmarkAll)}>{ t(lang, text::UNMARK_ALL) }</button>
                    }
                </div>
                <div class={classes!("field", "simulation__seed", seed_error.then_some("field--error"))}>
                    <label class="field__label" for={SEED_DOM_ID}>{ t(lang, text::SEED) }</label>
                    <p class="field__hint" id="simulation-seed-hint">{ t(lang, text::SEED_HINT) }</p>
                    if seed_error {
                        <p class="field__message field__message--error" id="simulation-seed-msg">
                            <span class="sr-only">{ t(lang, inputs::ERROR_PREFIX) }</span>
                            { t(lang, text::SEED_ERROR) }
                        </p>
                    }
                    <div class="field__control">
                        <input id={SEED_DOM_ID} class="field__input" type="text" inputmode="numeric"
                            autocomplete="off" spellcheck="false" value={seed_text}
                            aria-invalid={seed_error.to_string()}
                            aria-describedby={if seed_error { "simulation-seed-hint simulation-seed-msg" } else { "simulation-seed-hint" }}
                            oninput={onseed} />
                        <button type="button" class="button button--secondary button--small" onclick={onnewseed}>
                            { t(lang, text::NEW_SEED) }
                        </button>
                    </div>
                </div>
                <Choice name="simulation-draws" legend={t(lang, text::DRAWS)}
                    options={draw_options} selected={draws_now} onchoose={ondraws} />
                if let Some(s) = status {
                    <p class="card__note" role="status">{ s }</p>
                }
                if let Some((done, total)) = *progress {
                    <div class="simulation__progress" role="status">
                        <label for="simulation-progress">{ text::progress(lang, done, total) }</label>
                        <progress id="simulation-progress" max={total.to_string()} value={done.to_string()}></progress>
                    </div>
                }
                <div class={classes!("sensitivity__body", (!current && marked > 0).then_some("sensitivity__body--updating"))}
                    aria-busy={(!current && can && marked > 0).then_some("true")} data-testid="simulation-results">
                    if let Some((head, rest)) = (*markup).clone() {
                        { Html::from_html_unchecked(head) }
                        { output_and_period(lang, "simulation", t(lang, text::SHOWN), &shown) }
                        { Html::from_html_unchecked(rest) }
                    } else if can && marked > 0 {
                        <p class="card__note" role="status">{ t(lang, sensitivity::COMPUTING) }</p>
                    }
                </div>
            }
        </details>
    }
}

/// An output's value, the language's way; "not applicable" for none.
fn value(lang: Lang, o: Output, v: Option<f64>) -> String {
    v.map_or_else(
        || t(lang, text::NOT_APPLICABLE).to_string(),
        |v| sensitivity::value(lang, o, v),
    )
}

/// The results of `s` as markup, in two parts around the choice of chart: what they rest on and
/// the shares; then the histogram of the output chosen, the table of every output, and the notes.
fn results(lang: Lang, s: &Summary, output: Output, horizon: Horizon) -> (String, String) {
    let mut m = Markup(String::with_capacity(10_000));
    let valid = s.draws - s.invalid;
    m.el(
        "p",
        r#"class="card__note" data-testid="simulation-based-on""#,
        &text::based_on(lang, valid, s.draws, s.seed, s.invalid),
    );
    // The shares the readers ask for: coverage, and the kommune's and the public purse's PV.
    let shares: Vec<String> = [
        (Output::Coverage, Horizon::YearOne),
        (Output::Coverage, Horizon::Years),
        (Output::KommuneNet, Horizon::Years),
        (Output::PublicTotal, Horizon::Years),
    ]
    .into_iter()
    .filter_map(|(o, h)| {
        let share = s.spread(o, h)?.share_reaching?;
        Some(text::share(lang, o, h, share))
    })
    .collect();
    if !shares.is_empty() {
        m.open(
            "ul",
            r#"class="simulation__shares" data-testid="simulation-shares""#,
        );
        for line in &shares {
            m.el("li", "", line);
        }
        m.close("ul");
        m.el("p", r#"class="card__note""#, t(lang, text::SHARE_NOTE));
    }
    let head = std::mem::replace(&mut m.0, String::with_capacity(10_000));
    if let Some(spread) = s.spread(output, horizon) {
        histogram(&mut m, lang, spread);
    }
    // Every output as a table: the base case, P10, median, P90.
    let heads: Vec<String> = [
        t(lang, text::RESULT),
        t(lang, text::BASE),
        "P10",
        "Median",
        "P90",
    ]
    .iter()
    .map(|h| h.to_string())
    .collect();
    open_table(
        &mut m,
        "simulation-table",
        t(lang, text::ALL_RESULTS),
        &heads,
    );
    m.open("tbody", "");
    for h in [Horizon::YearOne, Horizon::Years] {
        m.open("tr", r#"class="years-table__group""#).el(
            "th",
            r#"scope="rowgroup" colspan="5""#,
            sensitivity::horizon(lang, h),
        );
        m.close("tr");
        for o in Output::ALL {
            if let Some(p) = s.spread(o, h) {
                row(
                    &mut m,
                    "",
                    sensitivity::output(lang, o),
                    [p.base, p.p10, p.median, p.p90]
                        .into_iter()
                        .map(|v| value(lang, o, v)),
                );
            }
        }
    }
    m.close("tbody").close("table").close("div");
    m.el(
        "p",
        r#"class="card__note""#,
        t(lang, text::PERCENTILES_NOTE),
    );
    m.open("ul", r#"class="notes""#)
        .el("li", "", t(lang, text::INDEPENDENT))
        .el("li", "", t(lang, text::LUMPY))
        .close("ul");
    (head, m.0)
}

const W: f64 = 640.0;
const H: f64 = 220.0;
const LEFT: f64 = 12.0;
const TOP: f64 = 34.0;
const BOTTOM: f64 = 40.0;

/// The histogram of one spread, with its P10–P90 band and the base case, and its table.
fn histogram(m: &mut Markup, lang: Lang, p: &Spread) {
    let o = p.output;
    let hg = &p.histogram;
    let (Some(p10), Some(p90)) = (p.p10, p.p90) else {
        return;
    };
    let bins = hg.counts.len().max(1) as f64;
    let lo = hg.from;
    let hi = hg.from + hg.width * bins;
    // The scale takes in the base case too, so that its line is never pinned to an edge.
    let (x_lo, x_hi) = match p.base {
        Some(b) => (lo.min(b), hi.max(b)),
        None => (lo, hi),
    };
    let span = if x_hi > x_lo { x_hi - x_lo } else { 1.0 };
    let x = |v: f64| LEFT + (W - 2.0 * LEFT) * ((v - x_lo) / span).clamp(0.0, 1.0);
    let most = hg.counts.iter().copied().max().unwrap_or(1).max(1) as f64;
    let plot = H - TOP - BOTTOM;
    let val = |v: f64| sensitivity::value(lang, o, v);
    let title = text::chart_title(lang, o, p.horizon);
    let desc = text::chart_desc(
        lang,
        p.count,
        (&val(lo), &val(hi)),
        (&val(p10), &val(p90)),
        p.base.map(val).as_deref(),
    );
    m.open(
        "figure",
        // On a phone the chart scrolls sideways: a keyboard reaches the region.
        r#"class="chart histogram" data-testid="histogram" tabindex="0" role="group" aria-labelledby="histogram-title""#,
    )
    .open(
        "svg",
        &format!(
            r#"viewBox="0 0 {} {}" role="img" aria-labelledby="histogram-title histogram-desc" class="chart__svg" xmlns="http://www.w3.org/2000/svg""#,
            c(W),
            c(H)
        ),
    );
    m.el("title", r#"id="histogram-title""#, &title)
        .el("desc", r#"id="histogram-desc""#, &desc);
    m.0.push_str(r#"<defs><pattern id="histogram-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line class="tornado__hatch-line" x1="0" y1="0" x2="0" y2="6"></line></pattern></defs>"#);
    // The P10–P90 band behind the bars.
    let (a, z) = (x(p10), x(p90));
    m.open(
        "rect",
        &format!(
            r#"class="histogram__band" x="{}" y="{}" width="{}" height="{}" fill="url(#histogram-hatch)""#,
            c(a),
            c(TOP),
            (c(z) - c(a)).max(2),
            c(plot)
        ),
    )
    .close("rect");
    for (i, n) in hg.counts.iter().enumerate() {
        let h = plot * f64::from(*n) / most;
        let (a, z) = (
            x(lo + hg.width * i as f64),
            x(lo + hg.width * (i + 1) as f64),
        );
        m.open(
            "rect",
            &format!(
                r#"class="histogram__bar" x="{}" y="{}" width="{}" height="{}""#,
                c(a + 1.0),
                c(TOP + plot - h),
                (c(z) - c(a) - 2).max(2),
                c(h)
            ),
        )
        .close("rect");
    }
    // The base case.
    if let Some(b) = p.base {
        let bx = c(x(b));
        m.open(
            "line",
            &format!(
                r#"class="chart__zero" x1="{bx}" x2="{bx}" y1="{}" y2="{}""#,
                c(TOP - 6.0),
                c(TOP + plot)
            ),
        )
        .close("line");
    }
    // P10 and P90 above the band, the lowest and highest value under the axis.
    for (v, text, anchor, y) in [
        (p10, format!("P10 {}", val(p10)), "end", TOP - 12.0),
        (p90, format!("P90 {}", val(p90)), "start", TOP - 12.0),
        (lo, val(lo), "start", H - 14.0),
        (hi, val(hi), "end", H - 14.0),
    ] {
        // A label that would run past an edge turns to the other side of its mark (about 7 units
        // a character at the axis' size).
        let width = 7.0 * text.chars().count() as f64;
        let anchor = match anchor {
            "start" if x(v) + width > W => "end",
            "end" if x(v) - width < 0.0 => "start",
            a => a,
        };
        m.el(
            "text",
            &format!(
                r#"class="chart__axis" x="{}" y="{}" text-anchor="{anchor}""#,
                c(x(v)),
                c(y)
            ),
            &text,
        );
    }
    m.close("svg").close("figure");
    // The table alternative: each bin's edges and draws.
    let heads: Vec<String> = [text::FROM, text::TO, text::IN_BIN]
        .iter()
        .map(|h| t(lang, *h).to_string())
        .collect();
    m.open("details", r#"class="chart__table""#)
        .el("summary", "", t(lang, text::TABLE_CAPTION));
    open_table(m, "histogram-table", &title, &heads);
    m.open("tbody", "");
    for (i, n) in hg.counts.iter().enumerate() {
        let from = lo + hg.width * i as f64;
        row(
            m,
            "",
            &val(from),
            [val(from + hg.width), text::draws(lang, *n)].into_iter(),
        );
    }
    m.close("tbody")
        .close("table")
        .close("div")
        .close("details");
}
