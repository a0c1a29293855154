//! The whole workspace as a file, a link or this tab's session: every open scenario, the active
//! one and the comparison. Pure: the effects and commands write and read the browser.

use super::config::{Page, Reader};
use super::document::Document;
use super::export::opened_file;
use super::opened::{Opened, OpenedWorkspace};
use super::state::State;
use crate::formats::link::{decode_set, encode_set, LinkError, Shared};
use crate::formats::scenario_file::{FileError, ScenarioFile};
use crate::formats::workspace::{decode_workspace, encode_workspace, WorkspaceFile};
use crate::locale::Lang;
use std::rc::Rc;

/// The documents' index in the workspace's order.
fn index_of(state: &State, id: super::DocId) -> Option<usize> {
    state.documents.iter().position(|d| d.id == id)
}

/// The workspace as a workspace file, each document under the name its tab shows, saved at `saved`.
pub fn workspace_file(state: &State, saved: &str) -> WorkspaceFile {
    workspace_file_named(state, saved, |d| state.display_name(d.id))
}

/// The workspace as a workspace file, each document named by `name`.
fn workspace_file_named(
    state: &State,
    saved: &str,
    name: impl Fn(&Document) -> String,
) -> WorkspaceFile {
    let file = |d: &Rc<Document>| ScenarioFile {
        name: name(d),
        model: Some(d.preset),
        saved: Some(saved.to_string()),
        scenario: (*d.scenario).clone(),
    };
    WorkspaceFile {
        documents: state.documents.iter().map(file).collect(),
        active: index_of(state, state.active).unwrap_or(0),
        compared: state
            .compared
            .iter()
            .filter_map(|&id| index_of(state, id))
            .collect(),
        baseline: (state.compared.len() >= 2)
            .then(|| index_of(state, state.baseline))
            .flatten(),
    }
}

/// The text of the workspace file.
pub fn workspace_text(state: &State, saved: &str) -> String {
    encode_workspace(&workspace_file(state, saved))
}

/// A workspace file to open: beside the open documents, or in their place when `restore`.
pub fn opened_workspace(
    file: WorkspaceFile,
    keys: &[Option<String>],
    restore: bool,
) -> OpenedWorkspace {
    let documents = file
        .documents
        .into_iter()
        .enumerate()
        .map(|(i, f)| opened_file(f, "", keys.get(i).cloned().flatten()))
        .collect();
    OpenedWorkspace {
        documents,
        active: file.active,
        compared: file.compared,
        baseline: file.baseline,
        restore,
    }
}

/// Reads a workspace file to open beside the open documents.
pub fn read_workspace(text: &str) -> Result<OpenedWorkspace, FileError> {
    decode_workspace(text).map(|f| opened_workspace(f, &[], false))
}

/// The key of this tab's workspace in session storage.
pub const SESSION_KEY: &str = "partnerskabsberegneren.workspace";

/// The session text of the workspace: a header of lines (`reader=` the reader chosen, `lang=` the
/// language, `compare=1` if the comparison was shown, then one `key=` per document with its library entry, empty if none), an empty line,
/// and the workspace file with each tab's own name (empty for a tab the user never named, so it
/// keeps following the language).
pub fn session_text(state: &State, saved: &str) -> String {
    let mut out = format!(
        "reader={}\nlang={}\ncompare={}\n",
        state.view.reader.map_or("", |r| r.key()),
        state.lang.tag(),
        u8::from(state.view.page == Page::Compare)
    );
    for d in &state.documents {
        out.push_str("key=");
        out.push_str(d.library_key.as_deref().unwrap_or(""));
        out.push('\n');
    }
    out.push('\n');
    out.push_str(&encode_workspace(&workspace_file_named(
        state,
        saved,
        |d| d.name.clone(),
    )));
    out
}

/// What this tab kept before a reload.
pub struct Session {
    /// The tabs to restore.
    pub workspace: OpenedWorkspace,
    /// The reader chosen, if any.
    pub reader: Option<Reader>,
    /// The language.
    pub lang: Option<Lang>,
    /// Whether the comparison was shown.
    pub compare: bool,
}

/// This tab's workspace before a reload; `None` if the text does not read (it is then ignored:
/// the page starts as a new one would).
pub fn read_session(text: &str) -> Option<Session> {
    let (head, body) = text.split_once("\n\n")?;
    let mut reader = None;
    let mut lang = None;
    let mut compare = false;
    let mut keys: Vec<Option<String>> = Vec::new();
    for line in head.lines() {
        if let Some(r) = line.strip_prefix("reader=") {
            reader = Reader::from_key(r);
        } else if let Some(c) = line.strip_prefix("compare=") {
            compare = c == "1";
        } else if let Some(l) = line.strip_prefix("lang=") {
            lang = Lang::from_tag(l);
        } else if let Some(k) = line.strip_prefix("key=") {
            keys.push(Some(k.to_string()).filter(|k| !k.is_empty()));
        } else {
            return None;
        }
    }
    let file = decode_workspace(body).ok()?;
    Some(Session {
        workspace: opened_workspace(file, &keys, true),
        reader,
        lang,
        compare,
    })
}

/// Adds the scenario of the address's share link to a restored workspace: after a reload the link
/// is the active tab's, which is then shown as restored; a link to another scenario opens as a tab
/// of its own beside them, and is shown.
pub fn add_link(w: &mut OpenedWorkspace, opened: Opened) {
    let is_active = w.documents.get(w.active).is_some_and(|d| {
        d.model == opened.model
            && d.scenario == opened.scenario
            && d.name.trim() == opened.name.trim()
    });
    if !is_active {
        w.documents.push(opened);
        w.active = w.documents.len() - 1;
    }
}

/// The fragment of a link to every open tab in `lang` (without "#"): `None` with one tab only, or
/// when a tab does not fit in a link.
pub fn set_link_fragment(state: &State, lang: Lang) -> Option<String> {
    let tabs: Vec<Shared> = state
        .documents
        .iter()
        .map(|d| Shared {
            lang: lang.tag().to_string(),
            name: state.display_name(d.id),
            model: d.preset,
            scenario: (*d.scenario).clone(),
        })
        .collect();
    let active = index_of(state, state.active)?;
    (tabs.len() >= 2)
        .then(|| encode_set(&tabs, active))
        .flatten()
        .map(|l| format!("w={l}"))
}

/// What a fragment's link to a set of tabs holds: the tabs to open and the language, or why it
/// does not read. `None` for a fragment that is no such link.
pub fn read_set_link(fragment: &str) -> Option<Result<(OpenedWorkspace, Option<Lang>), LinkError>> {
    let payload = fragment.strip_prefix("w=")?;
    Some(decode_set(payload).map(|(tabs, active)| {
        let lang = tabs.first().and_then(|t| Lang::from_tag(&t.lang));
        let documents: Vec<Opened> = tabs
            .into_iter()
            .map(|t| Opened {
                name: t.name,
                model: t.model,
                scenario: t.scenario,
                library_key: None,
            })
            .collect();
        let w = OpenedWorkspace {
            documents,
            active,
            compared: Vec::new(),
            baseline: None,
            restore: false,
        };
        (w, lang)
    }))
}
