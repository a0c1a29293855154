//! The open scenarios as tabs, and what can be done with the active one: undo and redo, a share
//! link, the library, the comparison, and files out and in.

use crate::app::{DocId, Page};
use crate::text::Lang;
use std::rc::Rc;
use yew::prelude::*;

/// An open scenario as the bar shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct Tab {
    /// Its document.
    pub id: DocId,
    /// Its name.
    pub name: String,
    /// Whether its fields hold errors.
    pub has_errors: bool,
}

/// A file to make of the active scenario.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Export {
    /// The scenario file.
    Json,
    /// A spreadsheet.
    Csv,
}

/// Properties of [`ScenarioBar`].
#[derive(Properties, PartialEq, Clone)]
pub struct ScenarioBarProps {
    /// Interface language.
    pub lang: Lang,
    /// The open scenarios.
    pub tabs: Rc<Vec<Tab>>,
    /// The active one.
    pub active: DocId,
    /// The page shown.
    pub page: Page,
    /// Whether there is an edit to undo.
    pub can_undo: bool,
    /// Whether there is an edit to redo.
    pub can_redo: bool,
    /// Whether another scenario fits.
    pub can_add: bool,
    /// Show a scenario.
    pub onselect: Callback<DocId>,
    /// Close a scenario.
    pub onclose: Callback<DocId>,
    /// Add a variant of the active scenario.
    pub onduplicate: Callback<()>,
    /// Undo.
    pub onundo: Callback<()>,
    /// Redo.
    pub onredo: Callback<()>,
    /// Show a page.
    pub onpage: Callback<Page>,
    /// Copy the share link.
    pub oncopy: Callback<()>,
    /// Save in the library.
    pub onsave: Callback<()>,
    /// Download a file.
    pub onexport: Callback<Export>,
    /// A file was picked to open.
    pub onimport: Callback<web_sys::HtmlInputElement>,
}

/// Tabs and actions above the calculator.
#[component]
pub fn ScenarioBar(p: &ScenarioBarProps) -> Html {
    let lang = p.lang;
    let many = p.tabs.len() > 1;
    let on_calculator = p.page == Page::Calculator;
    let tabs = p.tabs.iter().map(|t| {
        let id = t.id;
        let current = id == p.active && on_calculator;
        let label = if t.has_errors {
            format!("{} ({})", t.name, lang.pick("har fejl", "has errors"))
        } else {
            t.name.clone()
        };
        html! {
            <li key={id.to_string()} class={classes!("tabs__item", current.then_some("tabs__item--current"))}>
                <button type="button" class="tabs__tab" id={format!("tab-{id}")} aria-current={current.then_some("page")}
                    onclick={p.onselect.reform(move |_| id)}>
                    { label }
                </button>
                if many {
                    <button type="button" class="tabs__close"
                        aria-label={format!("{} {}", lang.pick("Luk", "Close"), t.name)}
                        title={lang.pick("Luk", "Close")}
                        onclick={p.onclose.reform(move |_| id)}>{ "×" }</button>
                }
            </li>
        }
    });
    let page_button = |page: Page, id: &'static str, text: &'static str| {
        let shown = p.page == page;
        html! {
            <button type="button" class="button button--secondary button--small" id={id}
                aria-pressed={if shown { "true" } else { "false" }}
                onclick={p.onpage.reform(move |_| if shown { Page::Calculator } else { page })}>
                { text }
            </button>
        }
    };
    let onimport = {
        let cb = p.onimport.clone();
        Callback::from(move |e: Event| cb.emit(e.target_unchecked_into()))
    };
    html! {
        <div class="scenario-bar">
            <nav class="tabs" aria-label={lang.pick("Åbne scenarier", "Open scenarios")}>
                <ul class="tabs__list">
                    { for tabs }
                    <li key="add" class="tabs__item tabs__item--add">
                        <button type="button" class="tabs__tab tabs__add" id="add-variant" disabled={!p.can_add}
                            onclick={p.onduplicate.reform(|_| ())}>
                            { lang.pick("+ Ny variant", "+ New variant") }
                        </button>
                    </li>
                </ul>
            </nav>
            <div class="actions" aria-label={lang.pick("Handlinger", "Actions")} role="group">
                <div class="actions__group">
                    // aria-disabled, not disabled: the button keeps the focus after the last step.
                    <button type="button" class="button button--secondary button--small" id="undo"
                        aria-disabled={(!p.can_undo).then_some("true")} onclick={p.onundo.reform(|_| ())}
                        aria-keyshortcuts="Control+Z" title={lang.pick("Fortryd (Ctrl+Z)", "Undo (Ctrl+Z)")}>
                        { lang.pick("Fortryd", "Undo") }
                    </button>
                    <button type="button" class="button button--secondary button--small" id="redo"
                        aria-disabled={(!p.can_redo).then_some("true")} onclick={p.onredo.reform(|_| ())}
                        aria-keyshortcuts="Control+Shift+Z" title={lang.pick("Gentag (Ctrl+Shift+Z)", "Redo (Ctrl+Shift+Z)")}>
                        { lang.pick("Gentag", "Redo") }
                    </button>
                </div>
                <div class="actions__group">
                    <button type="button" class="button button--secondary button--small" id="copy-link"
                        onclick={p.oncopy.reform(|_| ())}>
                        { lang.pick("Kopiér link", "Copy link") }
                    </button>
                    <button type="button" class="button button--secondary button--small" id="save"
                        onclick={p.onsave.reform(|_| ())}>
                        { lang.pick("Gem i browseren", "Save in this browser") }
                    </button>
                    { page_button(Page::Library, "show-library", lang.pick("Gemte scenarier", "Saved scenarios")) }
                    { page_button(Page::Compare, "show-compare", lang.pick("Sammenlign", "Compare")) }
                </div>
                <div class="actions__group">
                    <button type="button" class="button button--secondary button--small" id="export-json"
                        onclick={p.onexport.reform(|_| Export::Json)}>
                        { lang.pick("Hent scenariefil (JSON)", "Download scenario file (JSON)") }
                    </button>
                    <button type="button" class="button button--secondary button--small" id="export-csv"
                        onclick={p.onexport.reform(|_| Export::Csv)}>
                        { lang.pick("Hent regneark (CSV)", "Download spreadsheet (CSV)") }
                    </button>
                    <input type="file" id="import-file" class="sr-only" accept=".json,application/json"
                        onchange={onimport} />
                    <label for="import-file" class="button button--secondary button--small file-button">
                        { lang.pick("Åbn scenariefil", "Open scenario file") }
                    </label>
                </div>
            </div>
        </div>
    }
}
