//! The root component: owns the state, runs the effects, lays out the page.

use crate::app::{Action, State};
use crate::browser::dom;
use crate::components::error_summary::ErrorSummary;
use crate::components::glossary::Glossary;
use crate::components::handlers::Handlers;
use crate::components::header::Header;
use crate::components::inputs_panel::InputsPanel;
use crate::components::mini_summary::MiniSummary;
use crate::components::preset_picker::PresetPicker;
use crate::components::results::ResultsPanel;
use yew::prelude::*;

/// The whole calculator.
#[component]
pub fn App() -> Html {
    let state = use_reducer(State::default);
    let handlers = {
        let dispatcher = state.dispatcher();
        use_memo((), move |_| {
            Handlers::new(Callback::from(move |a: Action| dispatcher.dispatch(a)))
        })
    };
    let lang = state.lang;

    // Effect: the document's language and title follow the interface language.
    use_effect_with(lang, move |lang| {
        dom::set_document_language(
            lang.tag(),
            lang.pick(
                "Partnerskabsberegneren – business case for socialøkonomiske partnerskaber",
                "Partnerskabsberegneren – the business case of social-economy partnerships",
            ),
        );
    });

    let h: Handlers = (*handlers).clone();
    html! {
        <>
            <a class="skip-link" href="#results-title">{ lang.pick("Spring til resultaterne", "Skip to the results") }</a>
            <Header {lang} onlang={h.onaction.reform(Action::SetLang)} />
            <main class="layout">
                <div class="layout__inputs">
                    <ErrorSummary state={state.clone()} />
                    <PresetPicker {lang} selected={state.preset} onchoose={h.onaction.reform(Action::LoadPreset)} />
                    <InputsPanel state={state.clone()} handlers={h.clone()} />
                </div>
                <div class="layout__results">
                    <ResultsPanel state={state.clone()} onaction={h.onaction.clone()} />
                    <Glossary {lang} />
                </div>
            </main>
            <MiniSummary {lang} coverage={state.results.as_ref().map(|o| o.coverage.clone())}
                current={state.results_current} />
            <footer class="footer">
                <p>{ lang.pick(
                    "Alt beregnes i din browser. Intet sendes nogen steder hen: ingen cookies, ingen statistik.",
                    "Everything is computed in your browser. Nothing is sent anywhere: no cookies, no analytics.") }</p>
                <p>{ lang.pick(
                    "Standardværdierne er eksempler med kilde og år; skøn bør erstattes med jeres egne tal.",
                    "The defaults are examples with source and year; replace estimates with your own figures.") }</p>
            </footer>
        </>
    }
}
