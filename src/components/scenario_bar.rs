//! The open scenarios as tabs, and what can be done with the active one: undo and redo, a share
//! link, the library, the comparison, and files out and in.

use crate::app::{DocId, Page};
use crate::browser::dom;
use crate::text::{t, workspace, Lang};
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

/// The id of the menu of files.
const FILE_MENU: &str = "file-menu";

/// A file to make of the active scenario.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Export {
    /// The scenario file.
    Json,
    /// A spreadsheet.
    Csv,
    /// Every open scenario in one workspace file.
    Workspace,
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
    /// Called to copy a link to every open tab.
    pub oncopyset: Callback<()>,
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
    let tabs = p.tabs.iter().map(|tab| {
        let id = tab.id;
        let current = id == p.active && on_calculator;
        let label = if tab.has_errors {
            workspace::with_errors(lang, &tab.name)
        } else {
            tab.name.clone()
        };
        html! {
            <li key={id.to_string()} class={classes!("tabs__item", current.then_some("tabs__item--current"))}>
                <button type="button" class="tabs__tab" id={format!("tab-{id}")} aria-current={current.then_some("page")}
                    onclick={p.onselect.reform(move |_| id)}>
                    { label }
                </button>
                if many {
                    <button type="button" class="tabs__close"
                        aria-label={workspace::close_named(lang, &tab.name)}
                        title={t(lang, workspace::CLOSE)}
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
        Callback::from(move |e: Event| {
            dom::close_details(FILE_MENU);
            cb.emit(e.target_unchecked_into())
        })
    };
    // A choice in the menu of files closes it, so the status line that answers it is seen.
    let export = |kind: Export| {
        let cb = p.onexport.clone();
        Callback::from(move |_: MouseEvent| {
            dom::close_details(FILE_MENU);
            cb.emit(kind)
        })
    };
    let oncopyset = {
        let cb = p.oncopyset.clone();
        Callback::from(move |_: MouseEvent| {
            dom::close_details(FILE_MENU);
            cb.emit(())
        })
    };
    // Esc closes the menu and leaves the focus on its toggle.
    let onmenukey = Callback::from(|e: KeyboardEvent| {
        if e.key() == "Escape" {
            dom::close_details(FILE_MENU);
            dom::focus_summary(FILE_MENU);
        }
    });
    html! {
        <div class="scenario-bar">
            <nav class="tabs" aria-label={t(lang, workspace::OPEN_SCENARIOS)}>
                <ul class="tabs__list">
                    { for tabs }
                    <li key="add" class="tabs__item tabs__item--add">
                        <button type="button" class="tabs__tab tabs__add" id="add-variant" disabled={!p.can_add}
                            onclick={p.onduplicate.reform(|_| ())}>
                            { t(lang, workspace::NEW_VARIANT) }
                        </button>
                    </li>
                </ul>
            </nav>
            <div class="actions" aria-label={t(lang, workspace::ACTIONS)} role="group">
                <div class="actions__group">
                    // aria-disabled, not disabled: the button keeps the focus after the last step.
                    <button type="button" class="button button--secondary button--small" id="undo"
                        aria-disabled={(!p.can_undo).then_some("true")} onclick={p.onundo.reform(|_| ())}
                        aria-keyshortcuts="Control+Z" title={t(lang, workspace::UNDO_TOOLTIP)}>
                        { t(lang, workspace::UNDO) }
                    </button>
                    <button type="button" class="button button--secondary button--small" id="redo"
                        aria-disabled={(!p.can_redo).then_some("true")} onclick={p.onredo.reform(|_| ())}
                        aria-keyshortcuts="Control+Shift+Z" title={t(lang, workspace::REDO_TOOLTIP)}>
                        { t(lang, workspace::REDO) }
                    </button>
                </div>
                <div class="actions__group">
                    <button type="button" class="button button--secondary button--small" id="copy-link"
                        onclick={p.oncopy.reform(|_| ())}>
                        { t(lang, workspace::COPY_LINK) }
                    </button>
                    <button type="button" class="button button--secondary button--small" id="save"
                        onclick={p.onsave.reform(|_| ())}>
                        { t(lang, workspace::SAVE) }
                    </button>
                    { page_button(Page::Library, "show-library", t(lang, workspace::SHOW_LIBRARY)) }
                    { page_button(Page::Compare, "show-compare", t(lang, workspace::SHOW_COMPARE)) }
                </div>
                // The files in and out, folded into one menu: on a phone the actions stay one row.
                <details class="file-menu" id={FILE_MENU} onkeydown={onmenukey}>
                    <summary class="button button--secondary button--small file-menu__toggle">
                        { t(lang, workspace::FILES) }
                    </summary>
                    <div class="file-menu__items">
                        <button type="button" class="button button--secondary button--small" id="export-json"
                            onclick={export(Export::Json)}>
                            { t(lang, workspace::EXPORT_JSON) }
                        </button>
                        <button type="button" class="button button--secondary button--small" id="export-csv"
                            onclick={export(Export::Csv)}>
                            { t(lang, workspace::EXPORT_CSV) }
                        </button>
                        if p.tabs.len() > 1 {
                            <button type="button" class="button button--secondary button--small" id="export-workspace"
                                onclick={export(Export::Workspace)}>
                                { t(lang, workspace::EXPORT_WORKSPACE) }
                            </button>
                            <button type="button" class="button button--secondary button--small" id="copy-set-link"
                                onclick={oncopyset}>
                                { t(lang, workspace::COPY_SET_LINK) }
                            </button>
                        }
                        <input type="file" id="import-file" class="sr-only" accept=".json,application/json"
                            onchange={onimport} />
                        <label for="import-file" class="button button--secondary button--small file-button">
                            { t(lang, workspace::IMPORT) }
                        </label>
                    </div>
                </details>
            </div>
        </div>
    }
}
