//! A compact coverage bar fixed to the bottom of narrow screens.

use crate::app::Reader;
use crate::locale::format;
use crate::model::Outcome;
use crate::text::{results, t, workspace, Lang};
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`MiniSummary`].
#[derive(Properties, PartialEq, Clone)]
pub struct MiniSummaryProps {
    /// Interface language.
    pub lang: Lang,
    /// The last valid outcome, if any.
    pub outcome: Option<Rc<Outcome>>,
    /// Whether it belongs to the current inputs.
    pub current: bool,
    /// Who reads the results: the bar shows their figure.
    #[prop_or_default]
    pub reader: Option<Reader>,
}

/// A signed amount for the bar: "+11.940 kr." or "−191.715 kr.".
fn signed(lang: Lang, x: f64) -> String {
    if x >= 0.0 {
        format!("+{}", format::kr(lang, x))
    } else {
        format!("\u{2212}{}", format::kr(lang, -x))
    }
}

/// The reader's figure with a link to the results: "Dækning 103,9 % · +11.940 kr." for the social
/// enterprise (and when no reader is chosen), the company's gain, or the municipality's net.
#[component]
pub fn MiniSummary(p: &MiniSummaryProps) -> Html {
    let lang = p.lang;
    let Some(o) = &p.outcome else {
        return Html::default();
    };
    let c = &o.coverage;
    let (label, value, amount) = match p.reader {
        Some(Reader::Company) => (
            t(lang, workspace::COMPANY_GAIN),
            None,
            o.company.with_department.unwrap_or(o.company.net_benefit),
        ),
        Some(Reader::Municipality) => (
            t(lang, workspace::MUNICIPALITY_NET),
            None,
            o.public.kommune.net,
        ),
        _ => (
            t(lang, workspace::COVERAGE),
            Some(
                c.ratio
                    .map_or_else(|| "–".to_string(), |r| format::percent(lang, r)),
            ),
            c.surplus,
        ),
    };
    let detail = if !p.current {
        t(lang, workspace::NOT_UP_TO_DATE).to_string()
    } else {
        signed(lang, amount)
    };
    html! {
        <aside class="mini-summary" aria-label={t(lang, workspace::RESULT_IN_BRIEF)}>
            <span>
                <span class="mini-summary__label">{ label }</span>
                if let Some(value) = value {
                    <span class="mini-summary__value">{ value }</span>
                    { format!(" · {detail}") }
                } else {
                    <span class="mini-summary__value">{ detail }</span>
                }
            </span>
            <a href="#results-title" onclick={to_results()}>{ t(lang, results::TITLE) }<span aria-hidden="true">{ "\u{a0}↓" }</span></a>
        </aside>
    }
}

/// A click on an in-page link to the results: focus them without touching the address, whose
/// fragment holds the share link.
pub fn to_results() -> Callback<MouseEvent> {
    Callback::from(|e: MouseEvent| {
        e.prevent_default();
        crate::browser::dom::reveal_and_focus("results-title");
    })
}
