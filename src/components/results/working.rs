//! A results line that explains itself: its name opens the working, written out with the
//! scenario's numbers ("3 personer × 100 % × 2.400 kr./uge × 44 uger = 316.800 kr."), and the
//! inputs it uses as links that move focus to their fields. The working comes from the model
//! (`model::explain`); a native test checks that each one gives its figure.

use crate::browser::dom;
use crate::model::{working, Expr, Line, Outcome, Quantity, Scenario, Term};
use crate::text::{lines, t, Lang};
use std::rc::Rc;
use yew::prelude::*;

/// Which working is open: a line, and whether it is shown as a cost (a line can be shown twice,
/// as the social enterprise's income and as the municipality's expense).
pub type WorkingKey = (Line, bool);

/// The lines of one results column: the scenario and outcome they come from, and which of their
/// workings are open (the results panel keeps that, so no line needs a component of its own).
#[derive(Clone, PartialEq)]
pub struct Lines {
    /// Interface language.
    pub lang: Lang,
    /// The inputs.
    pub scenario: Rc<Scenario>,
    /// The outcome.
    pub outcome: Rc<Outcome>,
    /// Whether the inputs' fields are on the page, so a term can link to its field.
    pub link: bool,
    /// The workings open.
    pub open: Rc<Vec<WorkingKey>>,
    /// Called to open or close a working.
    pub ontoggle: Callback<WorkingKey>,
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

    /// A line whose name is a button that shows its working below the name and the value, across
    /// the row. The working is built only while shown: closed, it costs a render its name only.
    fn working(&self, line: Line, cost: bool, name: String, row: Option<(String, bool)>) -> Html {
        let key = (line, cost);
        let open = self.open.contains(&key);
        let body = open
            .then(|| working(&self.scenario, &self.outcome, line))
            .flatten()
            .map(|w| self.body(&w.expr, w.value, line, cost));
        let toggle = html! {
            <button type="button" class="working__toggle" aria-expanded={open.to_string()}
                onclick={self.ontoggle.reform(move |_: MouseEvent| key)}>
                <span class="working__mark" aria-hidden="true"></span>
                { name }
            </button>
        };
        match row {
            Some((value, total)) => html! {
                <div class={classes!("sums__row", total.then_some("sums__total"))}>
                    <dt>{ toggle }</dt>
                    <dd>{ value }</dd>
                    if let Some(body) = body {
                        <dd class="working">{ body }</dd>
                    }
                </div>
            },
            None => html! {
                <div class="working working--block">
                    { toggle }
                    if let Some(body) = body {
                        { body }
                    }
                </div>
            },
        }
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
