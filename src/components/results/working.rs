//! A results line that explains itself: its name opens the working, written out with the
//! scenario's numbers ("3 personer × 100 % × 2.400 kr./uge × 44 uger = 316.800 kr."), and the
//! inputs it uses as links that move focus to their fields. The working comes from the model
//! (`model::explain`); a native test checks that each one gives its figure.

use crate::browser::dom;
use crate::model::{working, Expr, Line, Outcome, Quantity, Scenario, Term};
use crate::text::{lines, t, Lang};
use std::rc::Rc;
use yew::prelude::*;

/// The lines of one results column: the scenario and outcome they come from.
#[derive(Clone)]
pub struct Lines {
    /// Interface language.
    pub lang: Lang,
    /// The inputs.
    pub scenario: Rc<Scenario>,
    /// The outcome.
    pub outcome: Rc<Outcome>,
    /// Whether the inputs' fields are on the page, so a term can link to its field.
    pub link: bool,
}

/// How a line is shown in a party's sums.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    /// As it is.
    AsIs,
    /// As a cost: its value with the sign turned.
    Cost,
}

impl Lines {
    /// One row of a list of sums: the name (opening the working) and the value.
    pub fn row(&self, line: Line, shown: Shown, total: bool) -> Html {
        self.row_named(line, shown, total, None)
    }

    /// A row whose name has a detail after it: "Socialpædagog (1,50 årsværk)".
    pub fn row_named(&self, line: Line, shown: Shown, total: bool, detail: Option<String>) -> Html {
        let lang = self.lang;
        let Some(v) = line.value(&self.outcome) else {
            return Html::default();
        };
        let cost = shown == Shown::Cost;
        let mut name = lines::signed_name(lang, line, v).to_string();
        if let Some(detail) = detail {
            name = format!("{name} ({detail})");
        }
        let value = lines::value(lang, line, if cost { -v } else { v });
        self.working(line, cost, name, Some((value, total)))
    }

    /// A working on its own, under a heading that opens it (the coverage's headline).
    pub fn block(&self, line: Line, summary: &str) -> Html {
        if line.value(&self.outcome).is_none() {
            return Html::default();
        }
        self.working(line, false, summary.to_string(), None)
    }

    fn working(&self, line: Line, cost: bool, name: String, row: Option<(String, bool)>) -> Html {
        html! {
            <WorkingFold lang={self.lang} scenario={self.scenario.clone()} outcome={self.outcome.clone()}
                {line} {cost} link={self.link} name={name} row={row.map(|(v, t)| (AttrValue::from(v), t))} />
        }
    }
}

/// Properties of [`WorkingFold`].
#[derive(Properties, PartialEq, Clone)]
pub struct WorkingFoldProps {
    /// Interface language.
    pub lang: Lang,
    /// The inputs.
    pub scenario: Rc<Scenario>,
    /// The outcome.
    pub outcome: Rc<Outcome>,
    /// The line explained.
    pub line: Line,
    /// Shown as a cost (its value with the sign turned).
    pub cost: bool,
    /// Whether a term links to its field.
    pub link: bool,
    /// What opens it: the line's name, or a heading.
    pub name: AttrValue,
    /// In a list of sums: the value shown and whether the row is a total; `None` on its own.
    pub row: Option<(AttrValue, bool)>,
}

/// A line whose name is a button that shows its working below the name and the value, across the
/// row. The working is built only while shown: closed, it costs a render no more than its name.
#[component]
pub fn WorkingFold(p: &WorkingFoldProps) -> Html {
    let open = use_state(|| false);
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let body = (*open)
        .then(|| working(&p.scenario, &p.outcome, p.line))
        .flatten()
        .map(|w| {
            let at = Lines {
                lang: p.lang,
                scenario: p.scenario.clone(),
                outcome: p.outcome.clone(),
                link: p.link,
            };
            at.body(&w.expr, w.value, p.line, p.cost)
        });
    let toggle = html! {
        <button type="button" class="working__toggle" aria-expanded={open.to_string()} onclick={ontoggle}>
            <span class="working__mark" aria-hidden="true"></span>
            { p.name.clone() }
        </button>
    };
    match &p.row {
        Some((value, total)) => html! {
            <div class={classes!("sums__row", total.then_some("sums__total"), open.then_some("sums__row--open"))}>
                <dt>{ toggle }</dt>
                <dd>{ value.clone() }</dd>
                if let Some(body) = body {
                    <dd class="working">{ body }</dd>
                }
            </div>
        },
        None => html! {
            <div class="working working--block">
                { toggle }
                { for body }
            </div>
        },
    }
}

impl Lines {
    /// The written-out sum, a note if its rounded terms do not add up exactly, and the terms.
    fn body(&self, expr: &Expr, value: f64, line: Line, cost: bool) -> Html {
        let lang = self.lang;
        let terms = expr.terms();
        let (sum, rounded) = lines::written_out(lang, expr, value, line, cost);
        html! {
            <div class="working__body">
                <p class="working__sum">{ sum }</p>
                if rounded {
                    <p class="working__note">{ t(lang, lines::ROUNDED) }</p>
                }
                if !terms.is_empty() {
                    <p class="working__uses">{ t(lang, lines::USES) }</p>
                    <ul class="working__terms">
                        { for terms.iter().filter_map(|term| self.term_item(term)) }
                    </ul>
                }
            </div>
        }
    }

    fn term_item(&self, term: &Term) -> Option<Html> {
        let lang = self.lang;
        let name = lines::term_name(lang, &self.scenario, term)?;
        let value = lines::term(lang, term);
        Some(match term.quantity {
            Quantity::Field(path) if self.link => {
                let id = path.dom_id();
                let onclick = {
                    let id = id.clone();
                    Callback::from(move |ev: MouseEvent| {
                        ev.prevent_default();
                        dom::reveal_field(&id, path.fold_dom_id());
                    })
                };
                html! { <li><a href={format!("#{id}")} {onclick}>{ name }</a>{ ": " }{ value }</li> }
            }
            _ => html! { <li>{ name }{ ": " }{ value }</li> },
        })
    }
}
