//! A compact coverage bar fixed to the bottom of narrow screens.

use crate::locale::format;
use crate::model::outcome::Coverage;
use crate::text::{results, t, workspace, Lang};
use yew::prelude::*;

/// Properties of [`MiniSummary`].
#[derive(Properties, PartialEq, Clone)]
pub struct MiniSummaryProps {
    /// Interface language.
    pub lang: Lang,
    /// The last valid coverage, if any.
    pub coverage: Option<Coverage>,
    /// Whether it belongs to the current inputs.
    pub current: bool,
}

/// "Dækning 103,9 % · overskud 11.940 kr." with a link to the results.
#[component]
pub fn MiniSummary(p: &MiniSummaryProps) -> Html {
    let lang = p.lang;
    let Some(c) = &p.coverage else {
        return Html::default();
    };
    let value = c
        .ratio
        .map_or_else(|| "–".to_string(), |r| format::percent(lang, r));
    let detail = if !p.current {
        t(lang, workspace::NOT_UP_TO_DATE).to_string()
    } else if c.surplus >= 0.0 {
        format!("+{}", format::kr(lang, c.surplus))
    } else {
        format!("−{}", format::kr(lang, -c.surplus))
    };
    html! {
        <aside class="mini-summary" aria-label={t(lang, workspace::RESULT_IN_BRIEF)}>
            <span>
                <span class="mini-summary__label">{ t(lang, workspace::COVERAGE) }</span>
                <span class="mini-summary__value">{ value }</span>
                { format!(" · {detail}") }
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
