//! The page header: title, tagline, language switch and print.

use crate::browser::dom;
use crate::text::{t, workspace, Lang};
use yew::prelude::*;

/// Properties of [`Header`].
#[derive(Properties, PartialEq, Clone)]
pub struct HeaderProps {
    /// Interface language.
    pub lang: Lang,
    /// Called with the other language.
    pub onlang: Callback<Lang>,
    /// Called to show the page that builds an embed snippet.
    pub onembed: Callback<()>,
}

/// Title, tagline, the language switch and a print button.
#[component]
pub fn Header(p: &HeaderProps) -> Html {
    let lang = p.lang;
    let other = lang.other();
    let onswitch = p.onlang.reform(move |_| other);
    html! {
        <header class="header">
            <div class="header__brand">
                <svg class="header__logo" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
                    <circle cx="11" cy="16" r="8" /><circle cx="21" cy="16" r="8" />
                </svg>
                <div>
                    <h1 class="header__title">{ t(lang, workspace::TITLE) }</h1>
                    <p class="header__tagline">{ t(lang, workspace::TAGLINE) }</p>
                </div>
            </div>
            <div class="header__actions">
                <button type="button" class="button button--secondary" id="language-switch"
                    lang={other.tag()} onclick={onswitch}>
                    { t(other, workspace::LANGUAGE_NAME) }
                </button>
                <button type="button" class="button button--secondary" id="embed-open" onclick={p.onembed.reform(|_| ())}>
                    { t(lang, workspace::EMBED) }
                </button>
                <button type="button" class="button button--secondary" onclick={Callback::from(|_| dom::print())}>
                    { t(lang, workspace::PRINT) }
                </button>
            </div>
        </header>
    }
}
