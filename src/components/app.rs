//! The root component: owns the workspace state, runs the effects, lays out the page.

use crate::app::config::Part;
use crate::app::export::{csv_text, file_name, file_text, link_fragment, opened_file, read_link};
use crate::app::{Action, Edit, Notice, Page, StartConfig, State};
use crate::browser::{dom, files, host, storage, timer};
use crate::components::compare_page::ComparePage;
use crate::components::embed_page::EmbedPage;
use crate::components::error_summary::ErrorSummary;
use crate::components::glossary::Glossary;
use crate::components::header::Header;
use crate::components::inputs_panel::InputsPanel;
use crate::components::library_page::LibraryPage;
use crate::components::mini_summary::{to_results, MiniSummary};
use crate::components::notice_bar::NoticeBar;
use crate::components::preset_picker::PresetPicker;
use crate::components::results::ResultsPanel;
use crate::components::scenario_bar::{Export, ScenarioBar, Tab};
use crate::formats::scenario_file;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`App`]: how it starts.
#[derive(Properties, PartialEq, Clone, Default)]
pub struct AppProps {
    /// The start configuration (language, model or scenario, view).
    #[prop_or_default]
    pub config: StartConfig,
}

/// How long typing must pause before the address takes the scenario (ms).
const FRAGMENT_DELAY_MS: i32 = 250;

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
    let doc_id = doc.id;
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
    // Effect: the page's address holds the active scenario, so a reload or a copied address
    // keeps it; replaced, not pushed, so editing adds no history entries. Embedded, the host's
    // settings in the query rule and the address is left alone.
    // A refused link pasted into the address is put back to the scenario shown (the notice's
    // number is a dependency for that). A scenario too big for a link leaves the address bare.
    // Written once typing pauses: encoding and `replaceState` on every keystroke cost ~6 ms.
    {
        let notice = state.notice.as_ref().map(|n| n.0);
        use_effect_with(
            (doc.clone(), lang, embedded, notice),
            |(doc, lang, embedded, _)| {
                let pending = (!*embedded).then(|| {
                    let (doc, lang) = (doc.clone(), *lang);
                    timer::later(FRAGMENT_DELAY_MS, move || {
                        host::replace_fragment(&link_fragment(&doc, lang).unwrap_or_default());
                    })
                });
                move || timer::cancel(pending.flatten())
            },
        );
    }
    // Effect: a share link pasted into this tab opens as a new scenario; one that does not read
    // is reported and the page keeps what it had.
    {
        let onaction = (*onaction).clone();
        use_effect_with((), move |_| {
            let listener = host::on_fragment_change(move |fragment| {
                if let Some(action) = open_link(&fragment) {
                    onaction.emit(action);
                }
            });
            move || {
                if let Some(l) = listener {
                    host::stop_fragment_listener(&l);
                }
            }
        });
    }
    // Effect: Ctrl+Z and Ctrl+Shift+Z (or Ctrl+Y) undo and redo outside text fields.
    {
        let onaction = (*onaction).clone();
        use_effect_with((), move |_| {
            let listener = dom::on_undo_keys(move |redo| {
                onaction.emit(if redo { Action::Redo } else { Action::Undo })
            });
            move || {
                if let Some(l) = listener {
                    dom::stop_undo_keys(&l);
                }
            }
        });
    }
    // Effect: after a tab is closed, the focus goes to the way back ("Fortryd" in the status line)
    // rather than to the page's start.
    {
        let count = state.documents.len();
        let before = use_mut_ref(|| count);
        use_effect_with(count, move |count| {
            if *count < *before.borrow() {
                dom::reveal_and_focus("notice-undo");
            }
            *before.borrow_mut() = *count;
        });
    }
    // Effect: a newly chosen model shows its results from the top.
    use_effect_with((doc.id, doc.preset), |_| dom::scroll_to_top("results"));

    let shows = |part: Part| view.shows(part);
    let library_revision = use_state(|| 0u32);
    let name_of = {
        let state = state.clone();
        move |id| state.display_name(id)
    };
    let oncopy = {
        let onaction = (*onaction).clone();
        let doc = doc.clone();
        Callback::from(move |_| {
            // Made on demand: encoding on every render would slow typing down.
            let url = link_fragment(&doc, lang).map(|f| format!("{}#{f}", host::page_address()));
            let Some(url) = url else {
                onaction.emit(Action::Notify(Notice::LinkTooLong));
                return;
            };
            let onaction = onaction.clone();
            let link = url.clone();
            host::copy(&url, move |ok| {
                onaction.emit(Action::Notify(if ok {
                    Notice::LinkCopied
                } else {
                    Notice::CopyFailed(link)
                }))
            });
        })
    };
    let onsave = {
        let onaction = (*onaction).clone();
        let doc = doc.clone();
        let name = name_of(doc.id);
        let revision = library_revision.clone();
        Callback::from(move |_| {
            let result = save(&doc, &name);
            match result {
                Ok(key) => {
                    onaction.emit(Action::MarkSaved(doc.id, key));
                    onaction.emit(Action::Notify(Notice::Saved(name.clone())));
                    revision.set(*revision + 1);
                }
                Err(p) => onaction.emit(Action::Notify(Notice::SaveFailed(p))),
            }
        })
    };
    let onexport = {
        let state = state.clone();
        Callback::from(move |kind: Export| {
            // Worked out on the click, not on every render. On the compare page the spreadsheet
            // holds the scenarios compared, else the active one.
            let doc = state.active_doc().clone();
            let name = state.display_name(doc.id);
            let docs = if state.view.page == Page::Compare {
                state.compared_docs()
            } else {
                vec![doc.clone()]
            };
            let names: Vec<String> = docs.iter().map(|d| state.display_name(d.id)).collect();
            let now = host::now_iso();
            match kind {
                Export::Json => files::download(
                    &file_name(&name, "json"),
                    "application/json",
                    &file_text(&doc, &name, &now),
                ),
                Export::Csv => files::download(
                    &file_name(&names.join(" "), "csv"),
                    "text/csv;charset=utf-8",
                    &csv_text(
                        lang,
                        &docs,
                        &names,
                        &crate::locale::format::date(lang, &now),
                    ),
                ),
            }
        })
    };
    let onimport = {
        let onaction = (*onaction).clone();
        Callback::from(move |input: web_sys::HtmlInputElement| {
            let onaction = onaction.clone();
            files::read_picked(&input, move |read| {
                let file = read.and_then(|(file_name, text)| {
                    scenario_file::decode_file(&text).map(|f| (file_name, f))
                });
                let action = match file {
                    Ok((file_name, f)) => Action::Open(Box::new(opened_file(
                        f,
                        file_name.trim_end_matches(".json"),
                        None,
                    ))),
                    Err(e) => Action::Notify(Notice::FileRefused(e)),
                };
                onaction.emit(action);
            });
        })
    };
    let tabs = Rc::new(
        state
            .documents
            .iter()
            .map(|d| Tab {
                id: d.id,
                name: state.display_name(d.id),
                has_errors: d.has_errors(),
            })
            .collect::<Vec<_>>(),
    );
    let bar = html! {
        <>
        <ScenarioBar {lang} {tabs} active={doc.id} {page}
            can_undo={state.can_undo(doc.id)} can_redo={state.can_redo(doc.id)}
            can_add={state.documents.len() < crate::app::state::MAX_DOCUMENTS}
            onselect={onaction.reform(Action::Select)}
            onclose={onaction.reform(Action::Close)}
            onduplicate={onaction.reform(move |_| Action::Duplicate(doc_id))}
            onundo={onaction.reform(|_| Action::Undo)}
            onredo={onaction.reform(|_| Action::Redo)}
            onpage={onaction.reform(Action::ShowPage)}
            oncopy={oncopy} onsave={onsave.clone()} {onexport} {onimport} />
        <NoticeBar {lang} notice={state.notice.clone()}
            onundo={onaction.reform(|_| Action::Undo)}
            onreopen={onaction.reform(|_| Action::Reopen)}
            ondismiss={onaction.reform(|_| Action::DismissNotice)} />
        </>
    };
    let to_calculator = onaction.reform(|_| Action::ShowPage(Page::Calculator));
    // Leaving a field ends its run of typing: the next edit is a step of its own. Moving within
    // one radio group (arrowing through the models) does not.
    let onfocusout = {
        let onaction = (*onaction).clone();
        Callback::from(move |e: FocusEvent| {
            if !dom::same_radio_group(e.target(), e.related_target()) {
                onaction.emit(Action::BreakRun(doc_id));
            }
        })
    };
    let body = match page {
        Page::Embed => html! {
            <EmbedPage {lang} onclose={to_calculator.clone()} />
        },
        Page::Library => html! {
            <>
            { bar }
            <LibraryPage {lang} revision={*library_revision} onsave={onsave.clone()}
                onopen={onaction.reform(|o| Action::Open(Box::new(o)))} onclose={to_calculator.clone()} />
            </>
        },
        Page::Compare => {
            let docs = state.compared_docs();
            let names: Vec<String> = docs.iter().map(|d| state.display_name(d.id)).collect();
            let baseline = state
                .baseline_doc()
                .and_then(|b| docs.iter().position(|d| d.id == b.id))
                .unwrap_or(0);
            let all: Vec<_> = state
                .documents
                .iter()
                .map(|d| (d.id, state.display_name(d.id)))
                .collect();
            html! {
                <>
                { bar }
                <ComparePage {lang} all={Rc::new(all)} docs={Rc::new(docs)} names={Rc::new(names)} {baseline}
                    today={host::now_iso()}
                    ontoggle={onaction.reform(Action::ToggleCompare)}
                    onbaseline={onaction.reform(Action::SetBaseline)}
                    onreset={onaction.reform(Action::ResetToBaseline)}
                    onshow={onaction.reform(Action::Select)}
                    onduplicate={onaction.reform(move |_| Action::Duplicate(doc_id))}
                    onclose={to_calculator.clone()} />
                </>
            }
        }
        Page::Calculator => html! {
            <>
            { bar }
            <main class="layout">
                <div class="layout__inputs" onfocusout={onfocusout}>
                    <ErrorSummary {lang} doc={doc.clone()} />
                    <div class="field scenario-name">
                        <label class="field__label" for="scenario-name">{ lang.pick("Scenariets navn", "Scenario name") }</label>
                        <input id="scenario-name" class="field__input" type="text" maxlength="80" autocomplete="off"
                            value={doc.name.clone()} placeholder={state.display_name(doc.id)}
                            oninput={onedit.reform(|e: InputEvent| {
                                let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                                Edit::SetName(input.value())
                            })}
                            />
                    </div>
                    if shows(Part::Models) {
                        <PresetPicker {lang} selected={doc.preset} onchoose={onedit.reform(Edit::LoadPreset)} />
                    }
                    <InputsPanel {lang} doc={doc.clone()} onedit={onedit.clone()} locks={Rc::new(view.locks.clone())} />
                </div>
                <div class="layout__results" id="results">
                    <ResultsPanel {lang} doc={doc.clone()} onedit={onedit.clone()} hidden={Rc::new(view.hidden.clone())}
                        name={state.display_name(doc.id)} />
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
                <a class="skip-link" href="#results-title" onclick={to_results()}>{ lang.pick("Spring til resultaterne", "Skip to the results") }</a>
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

/// What a share-link fragment asks for: open its scenario, or report why it does not read.
/// `None` for a fragment that is no share link.
pub fn open_link(fragment: &str) -> Option<Action> {
    Some(match read_link(fragment)? {
        Ok((opened, _)) => Action::Open(Box::new(opened)),
        Err(e) => Action::Notify(Notice::LinkRefused(e)),
    })
}

/// Saves `doc` named `name` in the library: over the entry it came from if that still reads,
/// else as a new entry (a damaged entry is never overwritten). Returns the key.
fn save(doc: &crate::app::Document, name: &str) -> Result<String, storage::StorageProblem> {
    storage::check()?;
    let reads = |key: &String| {
        storage::read(key)
            .ok()
            .flatten()
            .is_some_and(|t| scenario_file::decode_file(&t).is_ok())
    };
    let key = match doc.library_key.as_ref().filter(|k| reads(k)) {
        Some(k) => k.clone(),
        None => storage::new_key()?,
    };
    storage::write(&key, &file_text(doc, name, &host::now_iso()))?;
    Ok(key)
}
