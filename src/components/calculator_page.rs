//! The calculator: the active scenario's name, model and inputs beside its results.

use crate::app::config::{Lock, Part, Reader};
use crate::app::later::{Later, Revision};
use crate::app::{DocId, Document, Edit};
use crate::browser::dom;
use crate::components::error_summary::ErrorSummary;
use crate::components::glossary::glossary;
use crate::components::inputs_panel::InputsPanel;
use crate::components::mini_summary::{to_results, MiniSummary};
use crate::components::preset_picker::PresetPicker;
use crate::components::results::ResultsPanel;
use crate::components::sensitivity::Sensitivity;
use crate::components::simulation::SimulationSection;
use crate::components::years::YearsSection;
use crate::locale::CivilDate;
use crate::model::BreakEvenKind;
use crate::text::{inputs, page, t, Lang};
use std::rc::Rc;
use yew::prelude::*;

/// What the calculator page shows, and what it calls back.
pub struct CalculatorPageProps {
    /// Interface language.
    pub lang: Lang,
    /// The active scenario.
    pub doc: Rc<Document>,
    /// The name the page gives it (its own, else "Scenarie N").
    pub name: AttrValue,
    /// Whether another open scenario has the name the user gave this one.
    pub name_taken: bool,
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
    /// Who reads the results.
    pub reader: Option<Reader>,
    /// Called with the reader chosen.
    pub onreader: Callback<Option<Reader>>,
    /// Called with a result computed after the keystroke (the simulation's draws).
    pub onarrived: Callback<(DocId, Revision, Later)>,
}

/// The calculator page. A function of the page registry rather than a component of its own: it
/// holds no state, and each component costs the shipped code its own copies of Yew's machinery.
pub fn calculator_page(p: CalculatorPageProps) -> Html {
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
            // Embedded on a phone there is no summary bar: the way to the results is at the top.
            <p class="to-results">
                <a class="button button--secondary button--small" href="#results-title" onclick={to_results()}>
                    { t(lang, page::SKIP_TO_RESULTS) }<span aria-hidden="true">{ "\u{a0}↓" }</span></a>
            </p>
            <div class="layout__inputs" onfocusout={onfocusout}>
                <ErrorSummary {lang} errors={Rc::new(doc.errors())} scenario={doc.scenario.clone()} />
                <div class="field scenario-name">
                    <label class="field__label" for="scenario-name">{ t(lang, page::SCENARIO_NAME) }</label>
                    if p.name_taken {
                        <p class="field__message field__message--warning" id="scenario-name-taken">
                            <span class="sr-only">{ t(lang, inputs::WARNING_PREFIX) }</span>
                            { page::name_taken(lang, &p.name) }</p>
                    }
                    <input id="scenario-name" class="field__input" type="text" maxlength="80" autocomplete="off"
                        value={doc.name.clone()} placeholder={p.name.clone()}
                        aria-describedby={p.name_taken.then_some("scenario-name-taken")}
                        oninput={p.onedit.reform(|e: InputEvent| {
                            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                            Edit::SetName(input.value())
                        })}
                        />
                </div>
                if shows(Part::Models) {
                    <PresetPicker {lang} selected={doc.preset} onchoose={p.onedit.reform(Edit::LoadPreset)} />
                }
                <InputsPanel {lang} doc={doc.clone()} onedit={p.onedit.clone()} locks={p.locks.clone()}
                    can_mark={shows(Part::Years)} />
            </div>
            <div class="layout__results" id="results">
                <ResultsPanel {lang} outcome={doc.results.clone()} current={doc.results_current}
                    scenario={doc.scenario.clone()} preset={doc.preset} apply_error={doc.apply_error}
                    fixed_break_evens={Rc::new(BreakEvenKind::ALL.into_iter().filter(|k| doc.is_break_even_fixed(*k)).collect::<Vec<_>>())}
                    onedit={p.onedit.clone()} hidden={p.hidden.clone()} today={p.today}
                    name={p.name.clone()} reader={p.reader} onreader={p.onreader.clone()} />
                if shows(Part::Years) {
                    <YearsSection {lang} scenario={doc.scenario.clone()} reader={p.reader} errors={!doc.results_current}
                        projection={doc.later.projection.last(doc.revision).map(|(y, current)| (y.clone(), current))} />
                }
                if shows(Part::Years) {
                    <Sensitivity {lang} doc={doc.clone()} />
                    <SimulationSection {lang} doc={doc.clone()} onedit={p.onedit.clone()}
                        onarrived={p.onarrived.clone()} />
                }
                if shows(Part::Glossary) {
                    { glossary(lang) }
                }
            </div>
        </main>
        <MiniSummary {lang} outcome={doc.results.clone()} reader={p.reader}
            current={doc.results_current} />
        </>
    }
}
