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
        let shown = |x: f64| lines::value(lang, line, if cost { -x } else { x });
        let terms = expr.terms();
        let entered = matches!(expr, Expr::Term(Term { quantity: Quantity::Field(_), .. }));
        let sum = if entered {
            t(lang, lines::ENTERED).to_string()
        } else {
            let written = write(lang, expr, false);
            let written = if cost { format!("\u{2212}({written})") } else { written };
            format!("{written} = {}", shown(value))
        };
        let rounded = !entered && shown(expr.eval(&lines::as_written)) != shown(value);
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

/// `e` written out; `nested` when it sits inside a product or ratio (a sum then takes brackets).
fn write(lang: Lang, e: &Expr, nested: bool) -> String {
    match e {
        Expr::Term(term) => lines::term(lang, term),
        Expr::Sum(parts) if parts.is_empty() => "0".to_string(),
        Expr::Sum(parts) => {
            let mut out = String::new();
            for (i, (minus, part)) in parts.iter().enumerate() {
                let inner = write(lang, part, *minus);
                match (i, minus) {
                    (0, false) => out.push_str(&inner),
                    (0, true) => out.push_str(&format!("\u{2212}{inner}")),
                    (_, false) => out.push_str(&format!(" + {inner}")),
                    (_, true) => out.push_str(&format!(" \u{2212} {inner}")),
                }
            }
            if nested && parts.len() > 1 {
                format!("({out})")
            } else {
                out
            }
        }
        // × binds tighter than + and −, so a product never needs brackets.
        Expr::Product(factors) => factors
            .iter()
            .map(|f| write(lang, f, true))
            .collect::<Vec<_>>()
            .join(" \u{d7} "),
        Expr::Ratio(n, d) => {
            let denominator = match d.as_ref() {
                Expr::Product(f) if f.len() > 1 => format!("({})", write(lang, d, false)),
                _ => write(lang, d, true),
            };
            let out = format!("{} / {denominator}", write(lang, n, true));
            if nested {
                format!("({out})")
            } else {
                out
            }
        }
    }
}
