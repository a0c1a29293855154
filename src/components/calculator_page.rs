//! The calculator: the active scenario's name, model and inputs beside its results.

use crate::app::config::{Lock, Part};
use crate::app::{Document, Edit};
use crate::browser::dom;
use crate::components::error_summary::ErrorSummary;
use crate::components::glossary::Glossary;
use crate::components::inputs_panel::InputsPanel;
use crate::components::mini_summary::MiniSummary;
use crate::components::preset_picker::PresetPicker;
use crate::components::results::ResultsPanel;
use crate::locale::CivilDate;
use crate::text::{page, t, Lang};
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`CalculatorPage`].
#[derive(Properties, PartialEq, Clone)]
pub struct CalculatorPageProps {
    /// Interface language.
    pub lang: Lang,
    /// The active scenario.
    pub doc: Rc<Document>,
    /// The name the page gives it (its own, else "Scenarie N").
    pub name: AttrValue,
    /// Parts of the page the host hides.
    pub hidden: Rc<Vec<Part>>,
    /// Fields the host fixed.
    pub locks: Rc<Vec<Lock>>,
    /// Today's date, for print.
    pub today: CivilDate,
    /// Called with an edit of the scenario.
    pub onedit: Callback<Edit>,
    /// Called when the user leaves a field: the next edit is a step of its own.
    pub onbreakrun: Callback<()>,
}

/// The calculator page.
#[component]
pub fn CalculatorPage(p: &CalculatorPageProps) -> Html {
    let lang = p.lang;
    let doc = &p.doc;
    let shows = |part: Part| !p.hidden.contains(&part);
    // Leaving a field ends its run of typing: the next edit is a step of its own. Moving within
    // one radio group (arrowing through the models) does not.
    let onfocusout = {
        let onbreakrun = p.onbreakrun.clone();
        Callback::from(move |e: FocusEvent| {
            if !dom::same_radio_group(e.target(), e.related_target()) {
                onbreakrun.emit(());
            }
        })
    };
    html! {
        <>
        <main class="layout">
            <div class="layout__inputs" onfocusout={onfocusout}>
                <ErrorSummary {lang} doc={doc.clone()} />
                <div class="field scenario-name">
                    <label class="field__label" for="scenario-name">{ t(lang, page::SCENARIO_NAME) }</label>
                    <input id="scenario-name" class="field__input" type="text" maxlength="80" autocomplete="off"
                        value={doc.name.clone()} placeholder={p.name.clone()}
                        oninput={p.onedit.reform(|e: InputEvent| {
                            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                            Edit::SetName(input.value())
                        })}
                        />
                </div>
                if shows(Part::Models) {
                    <PresetPicker {lang} selected={doc.preset} onchoose={p.onedit.reform(Edit::LoadPreset)} />
                }
                <InputsPanel {lang} doc={doc.clone()} onedit={p.onedit.clone()} locks={p.locks.clone()} />
            </div>
            <div class="layout__results" id="results">
                <ResultsPanel {lang} doc={doc.clone()} onedit={p.onedit.clone()} hidden={p.hidden.clone()} today={p.today}
                    name={p.name.clone()} />
                if shows(Part::Glossary) {
                    <Glossary {lang} />
                }
            </div>
        </main>
        <MiniSummary {lang} coverage={doc.results.as_ref().map(|o| o.coverage.clone())}
            current={doc.results_current} />
        </>
    }
}
