//! A results line that explains itself: its name opens the working, written out with the
//! scenario's numbers ("3 personer × 100 % × 2.400 kr./uge × 44 uger = 316.800 kr."), and the
//! inputs it uses as links that move focus to their fields. The working comes from the model
//! (`model::explain`); a native test checks that each one gives its figure.

use crate::browser::dom;
use crate::model::{working, Expr, Line, Outcome, Quantity, Scenario, Term};
use crate::text::{lines, t, Lang};
use yew::prelude::*;

/// The lines of one results column: the scenario and outcome they come from.
#[derive(Clone, Copy)]
pub struct Lines<'a> {
    /// Interface language.
    pub lang: Lang,
    /// The inputs.
    pub scenario: &'a Scenario,
    /// The outcome.
    pub outcome: &'a Outcome,
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

impl Lines<'_> {
    /// One row of a list of sums: the name (opening the working) and the value.
    pub fn row(&self, line: Line, shown: Shown, total: bool) -> Html {
        self.row_named(line, shown, total, None)
    }

    /// A row whose name has a detail after it: "Socialpædagog (1,50 årsværk)".
    pub fn row_named(&self, line: Line, shown: Shown, total: bool, detail: Option<String>) -> Html {
        let lang = self.lang;
        let Some(w) = working(self.scenario, self.outcome, line) else {
            return Html::default();
        };
        let cost = shown == Shown::Cost;
        let value = if cost { -w.value } else { w.value };
        let mut name = lines::signed_name(lang, line, w.value).to_string();
        if let Some(detail) = detail {
            name = format!("{name} ({detail})");
        }
        html! {
            <div class={classes!(total.then_some("sums__total"))}>
                <dt>
                    <details class="working">
                        <summary>{ name }</summary>
                        { self.body(&w.expr, w.value, line, cost) }
                    </details>
                </dt>
                <dd>{ lines::value(lang, line, value) }</dd>
            </div>
        }
    }

    /// A working on its own, under a heading that opens it (the coverage's headline).
    pub fn block(&self, line: Line, summary: &str) -> Html {
        let Some(w) = working(self.scenario, self.outcome, line) else {
            return Html::default();
        };
        html! {
            <details class="working working--block">
                <summary>{ summary.to_string() }</summary>
                { self.body(&w.expr, w.value, line, false) }
            </details>
        }
    }

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
        let name = lines::term_name(lang, self.scenario, term)?;
        let value = lines::term(lang, term);
        Some(match term.quantity {
            Quantity::Field(path) if self.link => {
                let id = path.dom_id();
                let onclick = {
                    let id = id.clone();
                    Callback::from(move |ev: MouseEvent| {
                        ev.prevent_default();
                        dom::reveal_and_focus(&id);
                    })
                };
                html! { <li><a href={format!("#{id}")} {onclick}>{ name }</a>{ ": " }{ value }</li> }
            }
            _ => html! { <li>{ name }{ ": " }{ value }</li> },
        })
    }
}
