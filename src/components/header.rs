//! The page header: title, tagline, language switch and print.

use crate::browser::dom;
use crate::text::Lang;
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
                    <h1 class="header__title">{ "Partnerskabs\u{ad}beregneren" }</h1>
                    <p class="header__tagline">{ lang.pick(
                        "Businesscasen for et socialøkonomisk partnerskab – beregnet i browseren.",
                        "The business case for a social-economy partnership – computed in your browser.") }</p>
                </div>
            </div>
            <div class="header__actions">
                <button type="button" class="button button--secondary" id="language-switch"
                    lang={other.tag()} onclick={onswitch}>
                    { match other { Lang::En => "English", Lang::Da => "Dansk" } }
                </button>
                <button type="button" class="button button--secondary" id="embed-open" onclick={p.onembed.reform(|_| ())}>
                    { lang.pick("Indlejr på jeres side", "Embed on your site") }
                </button>
                <button type="button" class="button button--secondary" onclick={Callback::from(|_| dom::print())}>
                    { lang.pick("Udskriv / gem som PDF", "Print / save as PDF") }
                </button>
            </div>
        </header>
    }
}
