//! The root component: owns the workspace state, runs the effects, lays out the page.

use crate::app::config::Part;
use crate::app::{Action, Edit, Page, StartConfig, State};
use crate::browser::{dom, host};
use crate::components::embed_page::EmbedPage;
use crate::components::error_summary::ErrorSummary;
use crate::components::glossary::Glossary;
use crate::components::header::Header;
use crate::components::inputs_panel::InputsPanel;
use crate::components::mini_summary::MiniSummary;
use crate::components::preset_picker::PresetPicker;
use crate::components::results::ResultsPanel;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`App`]: how it starts.
#[derive(Properties, PartialEq, Clone, Default)]
pub struct AppProps {
    /// The start configuration (language, model or scenario, view).
    #[prop_or_default]
    pub config: StartConfig,
}

/// The id of the app's own root element.
const ROOT_ID: &str = "app-root";

/// The whole calculator.
#[component]
pub fn App(p: &AppProps) -> Html {
    let state = {
        let config = p.config.clone();
        use_reducer(move || State::new(config))
    };
    let lang = state.lang;
    let doc = state.active_doc().clone();
    let view = &state.view;
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
    let embedded = view.embedded;

    // Effect: the page's own language and title follow the interface language. Embedded, the
    // app's root carries the language and the host's frame its title, so nothing else is touched.
    use_effect_with(lang, move |lang| {
        if !embedded {
            dom::set_document_language(
                lang.tag(),
                lang.pick(
                    "Partnerskabsberegneren – businesscase for socialøkonomiske partnerskaber",
                    "Partnerskabsberegneren – the business case for social-economy partnerships",
                ),
            );
        }
    });
    // Effect: the host's accent colour and font, through the CSSOM (a strict CSP allows it).
    use_effect_with((view.accent.clone(), view.font), |(accent, font)| {
        if let Some(a) = accent {
            dom::set_css_var("--brand", a);
        }
        if let Some(f) = font {
            dom::set_css_var("--font", f.stack());
        }
    });
    // Effect: embedded, the page posts its height to the host whenever it changes.
    use_effect_with(embedded, |embedded| {
        let observer = embedded
            .then(|| host::post_height_changes(ROOT_ID))
            .flatten();
        move || {
            if let Some(o) = observer {
                o.disconnect();
            }
        }
    });
    // Effect: the narrow screens' summary bar steps aside while the results are in view.
    let page = view.page;
    use_effect_with(page, |page| {
        let observer = (*page == Page::Calculator)
            .then(|| dom::class_while_in_view("results", ROOT_ID, "results-in-view"))
            .flatten();
        move || {
            if let Some(o) = observer {
                o.disconnect();
            }
        }
    });
    // Effect: a newly chosen model shows its results from the top.
    use_effect_with((doc.id, doc.preset), |_| dom::scroll_to_top("results"));

    let shows = |part: Part| view.shows(part);
    let body = match page {
        Page::Embed => html! {
            <EmbedPage {lang} onclose={onaction.reform(|_| Action::ShowPage(Page::Calculator))} />
        },
        Page::Calculator => html! {
            <>
            <main class="layout">
                <div class="layout__inputs">
                    <ErrorSummary {lang} doc={doc.clone()} />
                    if shows(Part::Models) {
                        <PresetPicker {lang} selected={doc.preset} onchoose={onedit.reform(Edit::LoadPreset)} />
                    }
                    <InputsPanel {lang} doc={doc.clone()} onedit={onedit.clone()} locks={Rc::new(view.locks.clone())} />
                </div>
                <div class="layout__results" id="results">
                    <ResultsPanel {lang} doc={doc.clone()} onedit={onedit.clone()} hidden={Rc::new(view.hidden.clone())} />
                    if shows(Part::Glossary) {
                        <Glossary {lang} />
                    }
                </div>
            </main>
            <MiniSummary {lang} coverage={doc.results.as_ref().map(|o| o.coverage.clone())}
                current={doc.results_current} />
            </>
        },
    };

    html! {
        <div id={ROOT_ID} class={classes!("app", embedded.then_some("app--embedded"))} lang={lang.tag()}>
            if page == Page::Calculator {
                <a class="skip-link" href="#results-title">{ lang.pick("Spring til resultaterne", "Skip to the results") }</a>
            }
            if !embedded {
                <Header {lang} onlang={onaction.reform(Action::SetLang)}
                    onembed={onaction.reform(|_| Action::ShowPage(Page::Embed))} />
            }
            { body }
            if !embedded {
                <footer class="footer">
                    <p>{ lang.pick(
                        "Alt beregnes i browseren. Intet sendes nogen steder hen: ingen cookies, ingen statistik.",
                        "Everything is computed in your browser. Nothing is sent anywhere: no cookies, no analytics.") }</p>
                    <p>{ lang.pick(
                        "Standardværdierne er eksempler med kilde og år; skøn bør erstattes med jeres egne tal.",
                        "The defaults are examples with source and year; replace estimates with your own figures.") }</p>
                </footer>
            }
        </div>
    }
}
