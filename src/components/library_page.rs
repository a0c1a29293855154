//! The scenarios saved in this browser: open, rename, duplicate and delete them (a deletion can
//! be undone). Storage is optional: without it the page says why and the calculator works on.
//! A damaged entry is reported and kept until the user deletes it on purpose.

use crate::app::export::opened_file;
use crate::app::library::{read_entries, Damaged, Entry};
use crate::app::{Opened, StorageProblem};
use crate::browser::{dom, files, host, storage};
use crate::components::notice_bar::storage_problem;
use crate::formats::scenario_file::{decode_file, encode_file};
use crate::locale::format;
use crate::model::PresetId;
use crate::text::{library, messages, presets, t, workspace, Lang};
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`LibraryPage`].
#[derive(Properties, PartialEq, Clone)]
pub struct LibraryPageProps {
    /// Interface language.
    pub lang: Lang,
    /// Changes whenever the app saved something, so the list is read again.
    pub revision: u32,
    /// Open a saved scenario.
    pub onopen: Callback<Opened>,
    /// Save the active scenario.
    pub onsave: Callback<()>,
    /// Back to the calculator.
    pub onclose: Callback<()>,
}

#[derive(Clone, PartialEq)]
enum Listing {
    Unavailable(StorageProblem),
    /// The entries, and why nothing more can be saved, if so (a full quota still lists them,
    /// so old ones can be deleted).
    Read(Vec<Entry>, Vec<Damaged>, Option<StorageProblem>),
}

fn read() -> Listing {
    match storage::entries() {
        Ok(stored) => {
            let (good, damaged) = read_entries(stored, host::local_date);
            Listing::Read(good, damaged, storage::check().err())
        }
        Err(p) => Listing::Unavailable(p),
    }
}

/// What was deleted last, to bring back exactly as it was.
#[derive(Clone, PartialEq)]
struct Deleted {
    key: String,
    text: String,
    name: String,
}

/// The library page.
#[component]
pub fn LibraryPage(p: &LibraryPageProps) -> Html {
    let lang = p.lang;
    // Storage is read once per change, never while rendering: after the page is shown and
    // whenever the app saved (an effect), and right after an action here (its callback).
    let listing = use_state(|| None::<Rc<Listing>>);
    {
        let listing = listing.clone();
        use_effect_with(p.revision, move |_| listing.set(Some(Rc::new(read()))));
    }
    let deleted = use_state(|| None::<Deleted>);
    let renaming = use_state(|| None::<(String, String)>);
    let confirming = use_state(|| None::<String>);
    let problem = use_state(|| None::<String>);
    // Where the keyboard focus goes once the page has changed (an id).
    let focus = use_state(|| None::<String>);
    {
        let focus = focus.clone();
        use_effect_with((*focus).clone(), move |target| {
            if let Some(id) = target {
                dom::reveal_and_focus(id);
                focus.set(None);
            }
        });
    }
    let reload = {
        let listing = listing.clone();
        move || listing.set(Some(Rc::new(read())))
    };
    // Until storage has been read (the frame after the page is first shown), only the heading.
    let Some(listing) = (*listing).clone() else {
        return html! {
            <main class="page library" id="library" aria-labelledby="library-title">
                <div class="page__head">
                    <h2 id="library-title" class="page__title">{ t(lang, library::TITLE) }</h2>
                </div>
            </main>
        };
    };
    let report = {
        let problem = problem.clone();
        move |r: Result<(), StorageProblem>| {
            problem.set(r.err().map(|e| storage_problem(lang, e).to_string()));
        }
    };
    let body = match &*listing {
        Listing::Unavailable(why) => html! {
            <div class="callout callout--warning" id="library-unavailable">
                <h2 class="callout__title">{ t(lang, library::UNAVAILABLE) }</h2>
                <p>{ storage_problem(lang, *why) }</p>
                <p>{ t(lang, library::UNAVAILABLE_NOTE) }</p>
            </div>
        },
        Listing::Read(good, damaged, cannot_save) => {
            let rows = good.iter().map(|e| {
                let key = e.key.clone();
                let name = if e.file.name.trim().is_empty() { t(lang, library::NO_NAME).to_string() } else { e.file.name.clone() };
                let model = e.file.model.unwrap_or(PresetId::Joint);
                let onopen = {
                    let cb = p.onopen.clone();
                    let e = e.clone();
                    Callback::from(move |_| cb.emit(opened_file(e.file.clone(), "", Some(e.key.clone()))))
                };
                let onduplicate = {
                    let e = e.clone();
                    let reload = reload.clone();
                    let report = report.clone();
                    Callback::from(move |_| {
                        let mut file = e.file.clone();
                        file.name = crate::app::document::with_suffix(&file.name, &library::copy_suffix(lang));
                        file.saved = Some(host::now_iso());
                        report(storage::new_key().and_then(|key| storage::write(&key, &encode_file(&file))));
                        reload();
                    })
                };
                let ondelete = {
                    let key = key.clone();
                    let name = name.clone();
                    let deleted = deleted.clone();
                    let reload = reload.clone();
                    let report = report.clone();
                    let focus = focus.clone();
                    Callback::from(move |_| {
                        if let Ok(Some(text)) = storage::read(&key) {
                            let r = storage::remove(&key);
                            if r.is_ok() {
                                deleted.set(Some(Deleted { key: key.clone(), text, name: name.clone() }));
                                focus.set(Some("undo-delete".into()));
                            }
                            report(r);
                        }
                        reload();
                    })
                };
                let is_renaming = renaming.as_ref().filter(|(k, _)| *k == key).map(|(_, n)| n.clone());
                let name_id = format!("rename-{}", key.trim_start_matches(storage::PREFIX));
                let rename_part = match is_renaming {
                    Some(text) => {
                        let oninput = {
                            let renaming = renaming.clone();
                            let key = key.clone();
                            Callback::from(move |ev: InputEvent| {
                                let input: web_sys::HtmlInputElement = ev.target_unchecked_into();
                                renaming.set(Some((key.clone(), input.value())));
                            })
                        };
                        let onsubmit = {
                            let renaming = renaming.clone();
                            let key = key.clone();
                            let reload = reload.clone();
                            let report = report.clone();
                            let text = text.clone();
                            let focus = focus.clone();
                            Callback::from(move |ev: SubmitEvent| {
                                focus.set(Some(rename_button_id(&key)));
                                ev.prevent_default();
                                // Read the entry again: only a readable entry is rewritten.
                                if let Ok(Some(stored)) = storage::read(&key) {
                                    if let Ok(mut file) = decode_file(&stored) {
                                        file.name = crate::app::document::clip_name(text.trim());
                                        report(storage::write(&key, &encode_file(&file)));
                                    }
                                }
                                renaming.set(None);
                                reload();
                            })
                        };
                        let oncancel = {
                            let renaming = renaming.clone();
                            let focus = focus.clone();
                            let key = key.clone();
                            Callback::from(move |_| {
                                renaming.set(None);
                                focus.set(Some(rename_button_id(&key)));
                            })
                        };
                        html! {
                            <form class="library__rename" onsubmit={onsubmit}>
                                <label for={name_id.clone()}>{ t(lang, library::NEW_NAME) }</label>
                                <input id={name_id} type="text" maxlength="80" value={text} {oninput} />
                                <button type="submit" class="button button--small">{ t(lang, library::SAVE_NAME) }</button>
                                <button type="button" class="button button--secondary button--small" onclick={oncancel}>{ t(lang, library::CANCEL) }</button>
                            </form>
                        }
                    }
                    None => {
                        let onrename = {
                            let renaming = renaming.clone();
                            let key = key.clone();
                            let current = e.file.name.clone();
                            let focus = focus.clone();
                            let name_id = name_id.clone();
                            Callback::from(move |_| {
                                renaming.set(Some((key.clone(), current.clone())));
                                focus.set(Some(name_id.clone()));
                            })
                        };
                        html! {
                            <button type="button" class="button button--secondary button--small" onclick={onrename}
                                id={rename_button_id(&key)}
                                aria-label={library::entry_action(lang, library::RENAME, &name)}>{ t(lang, library::RENAME) }</button>
                        }
                    }
                };
                html! {
                    <li class="library__entry" key={key.clone()}>
                        <div class="library__info">
                            <h3 class="library__name">{ name.clone() }</h3>
                            <p class="library__meta">
                                { presets::name(lang, model) }
                                { " · " }{ library::rate_year(lang, e.file.scenario.rate_year) }
                                if let Some(saved) = &e.saved_on {
                                    { " · " }{ library::saved_on(lang, &format::date(lang, *saved)) }
                                }
                            </p>
                        </div>
                        <div class="button-row library__buttons">
                            <button type="button" class="button button--small" onclick={onopen}
                                aria-label={library::entry_action(lang, library::OPEN, &name)}>{ t(lang, library::OPEN) }</button>
                            { rename_part }
                            <button type="button" class="button button--secondary button--small" onclick={onduplicate}
                                aria-label={library::entry_action(lang, library::DUPLICATE, &name)}>{ t(lang, library::DUPLICATE) }</button>
                            <button type="button" class="button button--secondary button--small library__delete" onclick={ondelete}
                                aria-label={library::entry_action(lang, library::DELETE, &name)}>{ t(lang, library::DELETE) }</button>
                        </div>
                    </li>
                }
            });
            let damaged_rows = damaged.iter().map(|d| {
                let key = d.key.clone();
                let ondownload = {
                    let d = d.clone();
                    Callback::from(move |_| files::download(
                        &format!("{}.txt", d.key.trim_start_matches(storage::PREFIX)), "text/plain", &d.text))
                };
                let asking = confirming.as_deref() == Some(key.as_str());
                let ondelete = {
                    let confirming = confirming.clone();
                    let key = key.clone();
                    let reload = reload.clone();
                    let report = report.clone();
                    Callback::from(move |_| {
                        if asking {
                            report(storage::remove(&key));
                            confirming.set(None);
                            reload();
                        } else {
                            confirming.set(Some(key.clone()));
                        }
                    })
                };
                html! {
                    <li class="library__entry library__entry--damaged" key={key.clone()}>
                        <div class="library__info">
                            <p>{ messages::file_problem(lang, &d.error) }</p>
                            <p class="library__meta">{ library::technical_key(lang, &key) }</p>
                        </div>
                        <div class="button-row library__buttons">
                            <button type="button" class="button button--secondary button--small" onclick={ondownload}>
                                { t(lang, library::DOWNLOAD_CONTENTS) }</button>
                            <button type="button" class="button button--secondary button--small" onclick={ondelete}>
                                { if asking { t(lang, library::CONFIRM_DELETE) } else { t(lang, library::DELETE) } }</button>
                        </div>
                    </li>
                }
            });
            html! {
                <>
                if let Some(why) = cannot_save {
                    <div class="callout callout--warning" id="library-cannot-save">
                        <p>{ storage_problem(lang, *why) }</p>
                    </div>
                }
                if good.is_empty() {
                    <p class="library__empty">{ t(lang, library::EMPTY) }</p>
                } else {
                    <ul class="library__list" aria-label={t(lang, library::TITLE)}>{ for rows }</ul>
                }
                if !damaged.is_empty() {
                    <div class="callout callout--warning" id="library-damaged">
                        <h2 class="callout__title">{ library::damaged_title(lang, damaged.len()) }</h2>
                        <p>{ library::damaged_note(lang, damaged.len()) }</p>
                        <ul class="library__list">{ for damaged_rows }</ul>
                    </div>
                }
                </>
            }
        }
    };
    let undo_delete = (*deleted).clone().map(|d| {
        let deleted = deleted.clone();
        let reload = reload.clone();
        let report = report.clone();
        let onundo = Callback::from(move |_| {
            let r = storage::write(&d.key, &d.text);
            // Only once it is back is the way back dropped.
            if r.is_ok() {
                deleted.set(None);
            }
            report(r);
            reload();
        });
        html! {
            <div class="notice__body">
                <p class="notice__text">{ library::deleted(lang, &d.name) }</p>
                <button type="button" class="button button--secondary button--small" id="undo-delete" onclick={onundo}>
                    { t(lang, library::UNDO_DELETE) }</button>
            </div>
        }
    });
    html! {
        <main class="page library" id="library" aria-labelledby="library-title">
            <div class="page__head">
                <h2 id="library-title" class="page__title">{ t(lang, library::TITLE) }</h2>
                <div class="button-row">
                    if matches!(&*listing, Listing::Read(_, _, None)) {
                        <button type="button" class="button" id="library-save" onclick={p.onsave.reform(|_| ())}>
                            { t(lang, workspace::SAVE) }</button>
                    }
                    <button type="button" class="button button--secondary" onclick={p.onclose.reform(|_| ())}>
                        { t(lang, workspace::BACK_TO_CALCULATOR) }</button>
                </div>
            </div>
            <p class="page__lead">{ t(lang, library::LEAD) }</p>
            <div class="notice" role="status" aria-live="polite">{ for undo_delete }</div>
            if let Some(text) = &*problem {
                <p class="callout callout--error" role="alert">{ text.clone() }</p>
            }
            { body }
        </main>
    }
}

/// The id of the rename button of the entry under `key`, where the focus returns after renaming.
fn rename_button_id(key: &str) -> String {
    format!("rename-button-{}", key.trim_start_matches(storage::PREFIX))
}
