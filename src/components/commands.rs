//! The app's commands that reach outside the page: copy the share link, save in the browser,
//! download a file, open a picked file or a pasted link. Each is built as a callback for the
//! buttons; what it changes in the workspace comes back as [`Action`]s.

use crate::app::export::{csv_text, file_name, file_text, link_fragment, opened_file, read_link};
use crate::app::workspace::{read_set_link, read_workspace, set_link_fragment, workspace_text};
use crate::app::{Action, Document, Notice, Page, State};
use crate::browser::{files, host, storage};
use crate::components::scenario_bar::Export;
use crate::formats::scenario_file;
use crate::formats::workspace::is_workspace;
use crate::locale::format;
use crate::text::{t, workspace, Lang};
use std::rc::Rc;
use yew::prelude::*;

/// What a share-link fragment asks for: open its scenario, or report why it does not read.
/// `None` for a fragment that is no share link.
pub fn open_link(fragment: &str) -> Option<Action> {
    if let Some(set) = read_set_link(fragment) {
        return Some(match set {
            Ok((w, _)) => Action::OpenWorkspace(Box::new(w)),
            Err(e) => Action::Notify(Notice::LinkRefused(e)),
        });
    }
    Some(match read_link(fragment)? {
        Ok((opened, _)) => Action::Open(Box::new(opened)),
        Err(e) => Action::Notify(Notice::LinkRefused(e)),
    })
}

/// Copies `url` to the clipboard and says so with `copied`; a refused clipboard shows the link to
/// copy by hand, and no link (too big for one) says that.
fn copy_url(url: Option<String>, copied: Notice, onaction: &Callback<Action>) {
    let Some(url) = url else {
        onaction.emit(Action::Notify(Notice::LinkTooLong));
        return;
    };
    let onaction = onaction.clone();
    let link = url.clone();
    host::copy(&url, move |ok| {
        onaction.emit(Action::Notify(if ok {
            copied
        } else {
            Notice::CopyFailed(link)
        }))
    });
}

/// Copies a link to every open tab to the clipboard and says whether it worked.
pub fn copy_set_link(state: UseReducerHandle<State>, onaction: Callback<Action>) -> Callback<()> {
    Callback::from(move |_| {
        let url =
            set_link_fragment(&state, state.lang).map(|f| format!("{}#{f}", state.view.address));
        copy_url(url, Notice::SetLinkCopied(state.documents.len()), &onaction);
    })
}

/// Copies the share link of `doc` (the page at `address`) to the clipboard and says whether it
/// worked; a refused clipboard shows the link to copy by hand.
pub fn copy_link(
    doc: Rc<Document>,
    lang: Lang,
    address: String,
    onaction: Callback<Action>,
) -> Callback<()> {
    Callback::from(move |_| {
        // Made on demand: encoding on every render would slow typing down.
        let url = link_fragment(&doc, lang).map(|f| format!("{address}#{f}"));
        copy_url(url, Notice::LinkCopied, &onaction);
    })
}

/// Saves `doc` named `name` in the library and says so; `saved` is called after a save, so the
/// library lists it.
pub fn save(
    doc: Rc<Document>,
    name: String,
    onaction: Callback<Action>,
    saved: Callback<()>,
) -> Callback<()> {
    Callback::from(move |_| match save_in_library(&doc, &name) {
        Ok(key) => {
            onaction.emit(Action::MarkSaved(doc.id, key));
            onaction.emit(Action::Notify(Notice::Saved(name.clone())));
            saved.emit(());
        }
        Err(p) => onaction.emit(Action::Notify(Notice::SaveFailed(p))),
    })
}

/// Saves `doc` named `name` in the library: over the entry it came from if that still reads,
/// else as a new entry (a damaged entry is never overwritten). Returns the key.
fn save_in_library(doc: &Document, name: &str) -> Result<String, storage::StorageProblem> {
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

/// Downloads the active scenario as a scenario file, or a spreadsheet: on the compare page of
/// the scenarios compared, else of the active one. Worked out on the click, not on every render.
pub fn export(state: UseReducerHandle<State>, onaction: Callback<Action>) -> Callback<Export> {
    Callback::from(move |kind: Export| {
        let lang = state.lang;
        let doc = state.active_doc().clone();
        let name = state.display_name(doc.id);
        let (file, kind, text) = match kind {
            Export::Json => (
                file_name(&name, "json"),
                "application/json",
                file_text(&doc, &name, &host::now_iso()),
            ),
            Export::Workspace => {
                let date = host::today();
                (
                    file_name(
                        &format!("{} {}", t(lang, workspace::ALL_TABS_FILE), date.iso()),
                        "json",
                    ),
                    "application/json",
                    workspace_text(&state, &host::now_iso()),
                )
            }
            Export::Csv => {
                let docs = if state.view.page == Page::Compare {
                    state.compared_docs()
                } else {
                    vec![doc.clone()]
                };
                let names: Vec<String> = docs.iter().map(|d| state.display_name(d.id)).collect();
                (
                    file_name(&names.join(" "), "csv"),
                    "text/csv;charset=utf-8",
                    csv_text(lang, &docs, &names, &format::date(lang, host::today())),
                )
            }
        };
        files::download(&file, kind, &text);
        onaction.emit(Action::Notify(Notice::Downloaded(file)));
    })
}

/// Opens a picked scenario file as a new document, or says why it cannot be read.
pub fn import(onaction: Callback<Action>) -> Callback<web_sys::HtmlInputElement> {
    Callback::from(move |input: web_sys::HtmlInputElement| {
        let onaction = onaction.clone();
        files::read_picked(&input, move |read| {
            if let Ok((_, text)) = &read {
                if is_workspace(text) {
                    onaction.emit(match read_workspace(text) {
                        Ok(w) => Action::OpenWorkspace(Box::new(w)),
                        Err(e) => Action::Notify(Notice::FileRefused(e)),
                    });
                    return;
                }
            }
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
}
