//! Scenarios side by side: the key figures in columns with their difference from a chosen
//! baseline, and the inputs, those that differ marked. A table on wide screens and in print, a
//! list per scenario on narrow ones.

use crate::app::compare::{figure_rows, input_rows, FigureRow, InputRow};
use crate::app::{DocId, Document};
use crate::text::figures as text_figures;
use crate::text::{compare, t, workspace, Lang};
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`ComparePage`].
#[derive(Properties, PartialEq, Clone)]
pub struct ComparePageProps {
    /// Interface language.
    pub lang: Lang,
    /// Every open scenario, with its name.
    pub all: Rc<Vec<(DocId, String)>>,
    /// The scenarios compared, in order.
    pub docs: Rc<Vec<Rc<Document>>>,
    /// Their names.
    pub names: Rc<Vec<String>>,
    /// The baseline's place in `docs`.
    pub baseline: usize,
    /// The date of the report (ISO 8601).
    pub today: crate::locale::CivilDate,
    /// Take a scenario in or out.
    pub ontoggle: Callback<DocId>,
    /// Choose the baseline.
    pub onbaseline: Callback<DocId>,
    /// Give a scenario the baseline's inputs.
    pub onreset: Callback<DocId>,
    /// Show a scenario in the calculator.
    pub onshow: Callback<DocId>,
    /// Add a variant of the active scenario.
    pub onduplicate: Callback<()>,
    /// Back to the calculator.
    pub onclose: Callback<()>,
}

/// The comparison page.
#[component]
pub fn ComparePage(p: &ComparePageProps) -> Html {
    let lang = p.lang;
    let docs = &p.docs;
    let names = &p.names;
    let head = html! {
        <div class="page__head">
            <h2 id="compare-title" class="page__title">{ t(lang, compare::TITLE) }</h2>
            <div class="button-row">
                <button type="button" class="button button--secondary" onclick={Callback::from(|_| crate::browser::dom::print())}>
                    { t(lang, workspace::PRINT) }</button>
                <button type="button" class="button button--secondary" onclick={p.onclose.reform(|_| ())}>
                    { t(lang, workspace::BACK_TO_CALCULATOR) }</button>
            </div>
        </div>
    };
    if p.all.len() < 2 {
        return html! {
            <main class="page compare" id="compare" aria-labelledby="compare-title">
                { head }
                <p class="page__lead">{ t(lang, compare::ONLY_ONE) }</p>
                <button type="button" class="button" id="compare-add" onclick={p.onduplicate.reform(|_| ())}>
                    { t(lang, compare::MAKE_VARIANT) }</button>
            </main>
        };
    }
    let compared: Vec<DocId> = docs.iter().map(|d| d.id).collect();
    let base_id = docs.get(p.baseline).map(|d| d.id);
    let choose = p.all.iter().map(|(id, name)| {
        let id = *id;
        let checked = compared.contains(&id);
        let full = compared.len() >= crate::app::state::MAX_COMPARED && !checked;
        let last_two = compared.len() <= 2 && checked;
        let field_id = format!("compare-pick-{id}");
        html! {
            <div class="check">
                <input type="checkbox" id={field_id.clone()} {checked} disabled={full || last_two}
                    onchange={p.ontoggle.reform(move |_| id)} />
                <label for={field_id}>{ name.clone() }</label>
            </div>
        }
    });
    let base_choices = docs.iter().zip(names.iter()).map(|(d, name)| {
        let id = d.id;
        let field_id = format!("compare-base-{id}");
        html! {
            <div class="check">
                <input type="radio" name="compare-base" id={field_id.clone()} checked={Some(id) == base_id}
                    onchange={p.onbaseline.reform(move |_| id)} />
                <label for={field_id}>{ name.clone() }</label>
            </div>
        }
    });
    let figures = figure_rows(docs, p.baseline);
    let inputs = input_rows(docs, p.baseline);
    let shown = |r: &FigureRow, i: usize| match r.values.get(i).copied().flatten() {
        Some(v) => text_figures::show(lang, r.figure.unit(), v),
        None => "–".to_string(),
    };
    let delta = |r: &FigureRow, i: usize| {
        let d = r.deltas.get(i).copied().flatten()?;
        Some(text_figures::show_delta(lang, r.figure.unit(), d))
    };
    let label = |r: &InputRow| text_figures::input_label(lang, r.key, r.group_name.as_deref());
    let value = |r: &InputRow, i: usize| {
        text_figures::input_value(lang, r.key, r.values.get(i).copied().flatten())
    };
    let differing: Vec<_> = inputs.iter().filter(|r| r.any_differs()).collect();
    let same_count = inputs.len() - differing.len();
    let marker = t(lang, compare::DIFFERS);
    let col_head = |i: usize| {
        let is_base = i == p.baseline;
        html! {
            <th scope="col" class={classes!(is_base.then_some("compare__base"))}>
                <span class="compare__name">{ names.get(i).cloned().unwrap_or_default() }</span>
                if is_base { <span class="compare__tag">{ t(lang, compare::BASELINE) }</span> }
                if docs.get(i).is_some_and(|d| !d.results_current) {
                    <span class="compare__stale">{ t(lang, compare::STALE) }</span>
                }
            </th>
        }
    };
    let figure_cell = |r: &FigureRow, i: usize| {
        let good = r.is_good(i);
        html! {
            <td class={classes!("num", (i == p.baseline).then_some("compare__base"))}>
                <span class="compare__value">{ shown(r, i) }</span>
                if let Some(d) = delta(r, i) {
                    <span class={classes!("compare__delta", match good { Some(true) => Some("compare__delta--good"), Some(false) => Some("compare__delta--bad"), None => None })}>
                        <span class="sr-only">{ t(lang, compare::DIFFERENCE) }</span>
                        { d }
                        // Better or worse in words too, not by colour alone.
                        if let Some(g) = good {
                            <span class="compare__verdict">{ if g { t(lang, compare::BETTER) } else { t(lang, compare::WORSE) } }</span>
                        }
                    </span>
                }
            </td>
        }
    };
    let table = html! {
        <div class="compare__wide" tabindex="0" role="region"
            aria-label={t(lang, compare::TABLES)}>
            <table class="compare__table" id="compare-figures">
                <caption>{ t(lang, compare::FIGURES_CAPTION) }</caption>
                <thead><tr>
                    <th scope="col">{ t(lang, compare::KEY_FIGURE) }</th>
                    { for (0..docs.len()).map(col_head) }
                </tr></thead>
                <tbody>
                { for figures.iter().map(|r| html! {
                    <tr>
                        <th scope="row">{ text_figures::name(lang, r.figure) }</th>
                        { for (0..docs.len()).map(|i| figure_cell(r, i)) }
                    </tr>
                }) }
                </tbody>
            </table>
            <table class="compare__table" id="compare-inputs">
                <caption>{ t(lang, compare::INPUTS_CAPTION) }</caption>
                <thead><tr>
                    <th scope="col">{ t(lang, compare::ASSUMPTION) }</th>
                    { for (0..docs.len()).map(col_head) }
                </tr></thead>
                <tbody>
                if differing.is_empty() {
                    <tr><td colspan={(docs.len() + 1).to_string()}>{ t(lang, compare::NO_DIFFERENCES) }</td></tr>
                }
                { for differing.iter().map(|r| html! {
                    <tr>
                        <th scope="row">{ label(r) }</th>
                        { for (0..r.values.len()).map(|i| {
                            let differs = r.differs.get(i).copied().unwrap_or(false);
                            html! {
                                <td class={classes!("num", differs.then_some("compare__differs"), (i == p.baseline).then_some("compare__base"))}>
                                    { value(r, i) }
                                    if differs { <span class="sr-only">{ format!(" ({marker})") }</span> }
                                </td>
                            }
                        }) }
                    </tr>
                }) }
                </tbody>
            </table>
            if same_count > 0 {
                <p class="compare__note">{ compare::same_note(lang, same_count, docs.len()) }</p>
            }
        </div>
    };
    let list = html! {
        <div class="compare__narrow">
            { for docs.iter().enumerate().map(|(i, d)| {
                let title_id = format!("compare-card-{}", d.id);
                html! {
                    <section class="card compare__card" aria-labelledby={title_id.clone()}>
                        <h3 class="card__title" id={title_id}>
                            { names.get(i).cloned().unwrap_or_default() }
                            if i == p.baseline { { format!(" ({})", t(lang, compare::BASELINE)) } }
                        </h3>
                        <dl class="sums">
                            { for figures.iter().map(|r| html! {
                                <div>
                                    <dt>{ text_figures::name(lang, r.figure) }</dt>
                                    <dd>{ shown(r, i) }
                                        if let Some(delta) = delta(r, i) { <span class="compare__delta">{ format!(" ({delta})") }</span> }
                                    </dd>
                                </div>
                            }) }
                        </dl>
                        if i != p.baseline {
                            <h4 class="compare__sub">{ t(lang, compare::DIFFERENCES) }</h4>
                            <ul class="compare__diffs">
                                { for differing.iter().filter(|r| r.differs.get(i).copied().unwrap_or(false)).map(|r| html! {
                                    <li>{ format!("{}: {}", label(r), value(r, i)) }</li>
                                }) }
                            </ul>
                        }
                    </section>
                }
            }) }
        </div>
    };
    let actions = docs.iter().zip(names.iter()).enumerate().filter(|(i, _)| *i != p.baseline).map(|(_, (d, name))| {
        let id = d.id;
        html! {
            <div class="button-row">
                <button type="button" class="button button--secondary button--small" onclick={p.onshow.reform(move |_| id)}>
                    { compare::show(lang, name) }</button>
                <button type="button" class="button button--secondary button--small compare__reset" onclick={p.onreset.reform(move |_| id)}>
                    { compare::reset(lang, name) }</button>
            </div>
        }
    });
    html! {
        <main class="page compare" id="compare" aria-labelledby="compare-title">
            { head }
            <p class="print-only compare__date">{ compare::printed_on(lang, &crate::locale::format::date(lang, p.today)) }</p>
            <div class="compare__controls">
                <fieldset class="compare__pick">
                    <legend>{ t(lang, compare::PICK) }</legend>
                    { for choose }
                </fieldset>
                <fieldset class="compare__pick">
                    <legend>{ t(lang, compare::PICK_BASELINE) }</legend>
                    { for base_choices }
                </fieldset>
            </div>
            { table }
            { list }
            <div class="compare__actions">{ for actions }</div>
        </main>
    }
}
