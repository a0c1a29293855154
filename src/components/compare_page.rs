//! Scenarios side by side: the key figures in columns with their difference from a chosen
//! baseline, and the inputs, those that differ marked. A table on wide screens and in print, a
//! list per scenario on narrow ones.

use crate::app::compare::{figure_rows, input_rows};
use crate::app::{DocId, Document};
use crate::text::{quoted, Lang};
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
    pub today: AttrValue,
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
            <h2 id="compare-title" class="page__title">{ lang.pick("Sammenlign scenarier", "Compare scenarios") }</h2>
            <div class="button-row">
                <button type="button" class="button button--secondary" onclick={Callback::from(|_| crate::browser::dom::print())}>
                    { lang.pick("Udskriv / gem som PDF", "Print / save as PDF") }</button>
                <button type="button" class="button button--secondary" onclick={p.onclose.reform(|_| ())}>
                    { lang.pick("Tilbage til beregneren", "Back to the calculator") }</button>
            </div>
        </div>
    };
    if p.all.len() < 2 {
        return html! {
            <main class="page compare" id="compare" aria-labelledby="compare-title">
                { head }
                <p class="page__lead">{ lang.pick(
                    "Der er kun ét scenarie. Lav en variant, ret i den, og sammenlign de to her.",
                    "There is only one scenario. Make a variant, change it and compare the two here.") }</p>
                <button type="button" class="button" id="compare-add" onclick={p.onduplicate.reform(|_| ())}>
                    { lang.pick("Lav en variant af scenariet", "Make a variant of the scenario") }</button>
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
    let figures = figure_rows(lang, docs, p.baseline);
    let inputs = input_rows(lang, docs, p.baseline);
    let differing: Vec<_> = inputs.iter().filter(|r| r.any_differs()).collect();
    let same_count = inputs.len() - differing.len();
    let marker = lang.pick("afviger fra basis", "differs from the baseline");
    let col_head = |i: usize| {
        let is_base = i == p.baseline;
        html! {
            <th scope="col" class={classes!(is_base.then_some("compare__base"))}>
                <span class="compare__name">{ names.get(i).cloned().unwrap_or_default() }</span>
                if is_base { <span class="compare__tag">{ lang.pick("basis", "baseline") }</span> }
                if docs.get(i).is_some_and(|d| !d.results_current) {
                    <span class="compare__stale">{ lang.pick("har fejl – sidste gyldige tal", "has errors – last valid figures") }</span>
                }
            </th>
        }
    };
    let figure_cell = |r: &crate::app::compare::FigureRow, i: usize| {
        let good = r.is_good(i);
        html! {
            <td class={classes!("num", (i == p.baseline).then_some("compare__base"))}>
                <span class="compare__value">{ r.shown(lang, i) }</span>
                if let Some(d) = r.delta_shown(lang, i) {
                    <span class={classes!("compare__delta", match good { Some(true) => Some("compare__delta--good"), Some(false) => Some("compare__delta--bad"), None => None })}>
                        <span class="sr-only">{ lang.pick("Forskel fra basis: ", "Difference from the baseline: ") }</span>
                        { d }
                        // Better or worse in words too, not by colour alone.
                        if let Some(g) = good {
                            <span class="compare__verdict">{ if g { lang.pick(" bedre", " better") } else { lang.pick(" dårligere", " worse") } }</span>
                        }
                    </span>
                }
            </td>
        }
    };
    let table = html! {
        <div class="compare__wide" tabindex="0" role="region"
            aria-label={lang.pick("Sammenligning i tabeller", "Comparison in tables")}>
            <table class="compare__table" id="compare-figures">
                <caption>{ lang.pick("Nøgletal og forskellen fra basisscenariet", "Key figures and the difference from the baseline") }</caption>
                <thead><tr>
                    <th scope="col">{ lang.pick("Nøgletal", "Key figure") }</th>
                    { for (0..docs.len()).map(col_head) }
                </tr></thead>
                <tbody>
                { for figures.iter().map(|r| html! {
                    <tr>
                        <th scope="row">{ r.name }</th>
                        { for (0..docs.len()).map(|i| figure_cell(r, i)) }
                    </tr>
                }) }
                </tbody>
            </table>
            <table class="compare__table" id="compare-inputs">
                <caption>{ lang.pick("Forudsætninger, der afviger fra basisscenariet", "Assumptions that differ from the baseline") }</caption>
                <thead><tr>
                    <th scope="col">{ lang.pick("Forudsætning", "Assumption") }</th>
                    { for (0..docs.len()).map(col_head) }
                </tr></thead>
                <tbody>
                if differing.is_empty() {
                    <tr><td colspan={(docs.len() + 1).to_string()}>{ lang.pick("Ingen – scenarierne har de samme forudsætninger.", "None – the scenarios have the same inputs.") }</td></tr>
                }
                { for differing.iter().map(|r| html! {
                    <tr>
                        <th scope="row">{ r.label.clone() }</th>
                        { for r.values.iter().enumerate().map(|(i, v)| {
                            let differs = r.differs.get(i).copied().unwrap_or(false);
                            html! {
                                <td class={classes!("num", differs.then_some("compare__differs"), (i == p.baseline).then_some("compare__base"))}>
                                    { v.clone() }
                                    if differs { <span class="sr-only">{ format!(" ({marker})") }</span> }
                                </td>
                            }
                        }) }
                    </tr>
                }) }
                </tbody>
            </table>
            if same_count > 0 {
                <p class="compare__note">{ same_note(lang, same_count, docs.len()) }</p>
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
                            if i == p.baseline { { format!(" ({})", lang.pick("basis", "baseline")) } }
                        </h3>
                        <dl class="sums">
                            { for figures.iter().map(|r| html! {
                                <div>
                                    <dt>{ r.name }</dt>
                                    <dd>{ r.shown(lang, i) }
                                        if let Some(delta) = r.delta_shown(lang, i) { <span class="compare__delta">{ format!(" ({delta})") }</span> }
                                    </dd>
                                </div>
                            }) }
                        </dl>
                        if i != p.baseline {
                            <h4 class="compare__sub">{ lang.pick("Forskelle fra basisscenariet", "Differences from the baseline") }</h4>
                            <ul class="compare__diffs">
                                { for differing.iter().filter(|r| r.differs.get(i).copied().unwrap_or(false)).map(|r| html! {
                                    <li>{ format!("{}: {}", r.label, r.values.get(i).cloned().unwrap_or_default()) }</li>
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
                    { format!("{} {}", lang.pick("Vis", "Show"), quoted(lang, name)) }</button>
                <button type="button" class="button button--secondary button--small compare__reset" onclick={p.onreset.reform(move |_| id)}>
                    { format!("{} {} {}", lang.pick("Nulstil", "Reset"), quoted(lang, name), lang.pick("til basisscenariet", "to the baseline")) }</button>
            </div>
        }
    });
    html! {
        <main class="page compare" id="compare" aria-labelledby="compare-title">
            { head }
            <p class="print-only compare__date">{ format!("{} {}", lang.pick("Udskrevet", "Printed"), crate::locale::format::date(lang, &p.today)) }</p>
            <div class="compare__controls">
                <fieldset class="compare__pick">
                    <legend>{ lang.pick("Scenarier i sammenligningen (2–4)", "Scenarios to compare (2–4)") }</legend>
                    { for choose }
                </fieldset>
                <fieldset class="compare__pick">
                    <legend>{ lang.pick("Basisscenarie (de andre sammenlignes med det)", "Baseline for the comparison") }</legend>
                    { for base_choices }
                </fieldset>
            </div>
            { table }
            { list }
            <div class="compare__actions">{ for actions }</div>
        </main>
    }
}

/// "29 øvrige forudsætninger er ens i begge scenarier", in the right number.
fn same_note(lang: Lang, count: usize, scenarios: usize) -> String {
    let where_da = if scenarios == 2 {
        "i begge scenarier"
    } else {
        "i alle scenarierne"
    };
    let where_en = if scenarios == 2 {
        "in both scenarios"
    } else {
        "in every scenario"
    };
    if count == 1 {
        format!(
            "{} {}.",
            lang.pick(
                "1 øvrig forudsætning er ens",
                "1 other assumption is the same"
            ),
            lang.pick(where_da, where_en)
        )
    } else {
        format!(
            "{count} {} {}.",
            lang.pick(
                "øvrige forudsætninger er ens",
                "other assumptions are the same"
            ),
            lang.pick(where_da, where_en)
        )
    }
}
