//! The root component: owns the workspace state, runs the effects, lays out the page.

use crate::app::{Action, Edit, StartConfig, State};
use crate::browser::dom;
use crate::components::error_summary::ErrorSummary;
use crate::components::glossary::Glossary;
use crate::components::header::Header;
use crate::components::inputs_panel::InputsPanel;
use crate::components::mini_summary::MiniSummary;
use crate::components::preset_picker::PresetPicker;
use crate::components::results::ResultsPanel;
use yew::prelude::*;

/// Properties of [`App`]: how it starts.
#[derive(Properties, PartialEq, Clone, Default)]
pub struct AppProps {
    /// The start configuration (language, model or scenario, view).
    #[prop_or_default]
    pub config: StartConfig,
}

/// The whole calculator.
#[component]
pub fn App(p: &AppProps) -> Html {
    let state = {
        let config = p.config.clone();
        use_reducer(move || State::new(config))
    };
    let lang = state.lang;
    let doc = state.active_doc().clone();
    let onaction = {
        let dispatcher = state.dispatcher();
        use_memo((), move |_| {
            Callback::from(move |a: Action| dispatcher.dispatch(a))
        })
    };
    let onedit = {
        let onaction = (*onaction).clone();
        use_memo(doc.id, move |id| {
            let id = *id;
            onaction.reform(move |e: Edit| Action::Edit(id, e))
        })
    };
    let onedit: Callback<Edit> = (*onedit).clone();

    // Effect: the document's language and title follow the interface language (only when the
    // page is the calculator's own, never a host page's).
    let embedded = state.view.embedded;
    use_effect_with(lang, move |lang| {
        if !embedded {
            dom::set_document_language(
                lang.tag(),
                lang.pick(
                    "Partnerskabsberegneren – business case for socialøkonomiske partnerskaber",
                    "Partnerskabsberegneren – the business case of social-economy partnerships",
                ),
            );
        }
    });
    // Effect: a newly chosen model shows its results from the top.
    use_effect_with((doc.id, doc.preset), |_| dom::scroll_to_top("results"));

    html! {
        <>
            <a class="skip-link" href="#results-title">{ lang.pick("Spring til resultaterne", "Skip to the results") }</a>
            if !embedded {
                <Header {lang} onlang={onaction.reform(Action::SetLang)} />
            }
            <main class="layout">
                <div class="layout__inputs">
                    <ErrorSummary {lang} doc={doc.clone()} />
                    <PresetPicker {lang} selected={doc.preset} onchoose={onedit.reform(Edit::LoadPreset)} />
                    <InputsPanel {lang} doc={doc.clone()} onedit={onedit.clone()} />
                </div>
                <div class="layout__results" id="results">
                    <ResultsPanel {lang} doc={doc.clone()} onedit={onedit.clone()} />
                    <Glossary {lang} />
                </div>
            </main>
            <MiniSummary {lang} coverage={doc.results.as_ref().map(|o| o.coverage.clone())}
                current={doc.results_current} />
            if !embedded {
                <footer class="footer">
                    <p>{ lang.pick(
                        "Alt beregnes i din browser. Intet sendes nogen steder hen: ingen cookies, ingen statistik.",
                        "Everything is computed in your browser. Nothing is sent anywhere: no cookies, no analytics.") }</p>
                    <p>{ lang.pick(
                        "Standardværdierne er eksempler med kilde og år; skøn bør erstattes med jeres egne tal.",
                        "The defaults are examples with source and year; replace estimates with your own figures.") }</p>
                </footer>
            }
        </>
    }
}
