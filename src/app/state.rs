//! The workspace: several documents, the active one, the language and view settings, and the
//! [`Action`]s that change them. Pure: side effects live in the components' effects.

use super::config::{Page, Reader, StartConfig, ViewSettings};
use super::document::{bracketed, clip_name, unnumbered, with_suffix, DocId, Document, Edit};
use super::history::History;
use super::later::{Later, Revision};
use super::notice::Notice;
use crate::locale::{CivilDate, Lang};
use crate::model::FieldPath;
use crate::text::{t, workspace};
use std::collections::BTreeMap;
use std::rc::Rc;
use yew::Reducible;

pub use super::opened::{Opened, OpenedWorkspace};

/// Most documents a workspace holds at once.
pub const MAX_DOCUMENTS: usize = 8;

/// Most scenarios compared side by side.
pub const MAX_COMPARED: usize = 4;

/// Something the user did.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Switch the interface language.
    SetLang(Lang),
    /// Show another page.
    ShowPage(Page),
    /// Order and word the results for this reader (or for every party alike).
    SetReader(Option<Reader>),
    /// Edit document `DocId`.
    Edit(DocId, Edit),
    /// Make a document the active one and show it in the calculator.
    Select(DocId),
    /// Add a copy of document `DocId` and make it active.
    Duplicate(DocId),
    /// Close a document (the last one stays); it can be reopened.
    Close(DocId),
    /// Bring back the document closed last (several can be brought back, last first).
    Reopen,
    /// Undo the active document's last edit.
    Undo,
    /// Redo the active document's last undone edit.
    Redo,
    /// End the current run of typing, so the next edit is a step of its own.
    BreakRun(DocId),
    /// Open a scenario as a new document and make it active.
    Open(Box<Opened>),
    /// Open a set of scenarios (a workspace file or link, or this tab's workspace after a reload).
    OpenWorkspace(Box<OpenedWorkspace>),
    /// Take a document into the comparison, or out of it.
    ToggleCompare(DocId),
    /// Compare against this document.
    SetBaseline(DocId),
    /// Give a document the baseline's inputs.
    ResetToBaseline(DocId),
    /// Note that a document was saved in the library under `key`.
    MarkSaved(DocId, String),
    /// Tell the user something.
    Notify(Notice),
    /// Hide the notice.
    DismissNotice,
    /// The date changed where the page is read (checked before printing).
    SetToday(CivilDate),
    /// A result computed later arrived for one revision of a document; kept if still current.
    Arrived(DocId, Revision, Later),
}

/// Everything the page shows.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    /// Interface language.
    pub lang: Lang,
    /// The open documents, in the order they were opened.
    pub documents: Vec<Rc<Document>>,
    /// The document being edited.
    pub active: DocId,
    /// How the page is shown.
    pub view: ViewSettings,
    /// The documents chosen for comparison, in the order chosen.
    pub compared: Vec<DocId>,
    /// The document the comparison measures against.
    pub baseline: DocId,
    /// The last notice, numbered so that the same notice twice is announced twice.
    pub notice: Option<(u32, Notice)>,
    /// Today's date where the page is read, for printed reports.
    pub today: CivilDate,
    history: BTreeMap<DocId, History>,
    closed: Vec<(usize, Rc<Document>, History)>,
    next_id: DocId,
}

impl Default for State {
    fn default() -> Self {
        State::new(StartConfig::default())
    }
}

impl State {
    /// The workspace a start configuration asks for: one document.
    pub fn new(config: StartConfig) -> Self {
        let mut scenario = config.scenario.unwrap_or_else(|| {
            let mut s = config.preset.scenario();
            s.rate_year = config.rate_year;
            s
        });
        for (path, v) in &config.values {
            scenario.set(*path, *v);
        }
        let fixed: Vec<(FieldPath, f64)> = config
            .view
            .locks
            .iter()
            .filter_map(|l| scenario.get(l.path).map(|v| (l.path, v)))
            .collect();
        // A value the host fixed is not drawn either.
        for (path, _) in &fixed {
            scenario.uncertainty.remove(*path);
        }
        let mut doc = Document::with_scenario(0, config.preset, scenario, config.lang);
        doc.fixed = fixed;
        doc.name = clip_name(&config.name);
        let workspace = config.workspace;
        let mut state = State {
            lang: config.lang,
            documents: vec![Rc::new(doc)],
            active: 0,
            view: config.view,
            compared: Vec::new(),
            baseline: 0,
            notice: config.notice.map(|n| (0, n)),
            today: config.today,
            history: BTreeMap::new(),
            closed: Vec::new(),
            next_id: 1,
        };
        if let Some(w) = workspace {
            state.open_workspace(w);
        }
        state.project_active();
        state
    }

    /// The active document's projection over years, computed at once rather than after a pause:
    /// the first render (and the page rendered at build time) shows the years with the rest.
    fn project_active(&mut self) {
        let active = self.active;
        let Some(doc) = self.documents.iter_mut().find(|d| d.id == active) else {
            return;
        };
        if doc.results_current {
            let projected = crate::model::project(&doc.scenario);
            let doc = Rc::make_mut(doc);
            let revision = doc.revision;
            doc.later
                .accept(revision, revision, Later::Projection(Box::new(projected)));
        }
    }

    /// The name to show for document `id`: its own, else "Scenarie N" by its id, which stays when
    /// other documents close.
    pub fn display_name(&self, id: DocId) -> String {
        let Some(doc) = self.doc(id) else {
            return String::new();
        };
        let name = doc.name.trim();
        if name.is_empty() {
            format!("{} {}", self.lang.pick("Scenarie", "Scenario"), id + 1)
        } else {
            name.to_string()
        }
    }

    /// Whether another open document than `id` is shown under `name`.
    pub fn name_taken(&self, name: &str, id: Option<DocId>) -> bool {
        self.documents
            .iter()
            .any(|d| Some(d.id) != id && self.display_name(d.id) == name.trim())
    }

    /// `name`, or if another open document is shown under it, the first of "`name` (2)",
    /// "`name` (3)", … that none is (counting on from a number the name has): two tabs never
    /// share a name.
    fn free_name(&self, name: &str) -> String {
        let name = clip_name(name.trim());
        if !self.name_taken(&name, None) {
            return name;
        }
        let stem = unnumbered(&name);
        (2..=MAX_DOCUMENTS as u32 + 1)
            .map(|n| with_suffix(stem, &format!(" ({n})")))
            .find(|candidate| !self.name_taken(candidate, None))
            .unwrap_or(name)
    }

    /// The name of a new variant of document `id`: "Basis (variant)", then "Basis (variant 2)",
    /// "Basis (variant 3)", … whichever is free, also for a variant of a variant.
    fn variant_name(&self, id: DocId) -> String {
        let word = t(self.lang, workspace::VARIANT);
        let name = self.display_name(id);
        // "Basis (variant 2)" is a variant of "Basis" too.
        let is_variant = |inner: &str| {
            inner == word
                || inner
                    .strip_prefix(word)
                    .and_then(|n| n.strip_prefix(' '))
                    .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        };
        let stem = match bracketed(&name) {
            Some((stem, inner)) if is_variant(inner) => stem.to_string(),
            _ => name,
        };
        (1..=MAX_DOCUMENTS as u32 + 1)
            .map(|n| match n {
                1 => with_suffix(&stem, &format!(" ({word})")),
                n => with_suffix(&stem, &format!(" ({word} {n})")),
            })
            .find(|candidate| !self.name_taken(candidate, None))
            .unwrap_or(stem)
    }

    /// Whether document `id` has a step to undo.
    pub fn can_undo(&self, id: DocId) -> bool {
        self.history.get(&id).is_some_and(History::can_undo)
    }

    /// Whether document `id` has a step to redo.
    pub fn can_redo(&self, id: DocId) -> bool {
        self.history.get(&id).is_some_and(History::can_redo)
    }

    /// Whether a closed document can be brought back.
    pub fn can_reopen(&self) -> bool {
        !self.closed.is_empty() && self.documents.len() < MAX_DOCUMENTS
    }

    /// The documents compared, in order: those chosen, else the first ones open (at most
    /// [`MAX_COMPARED`]).
    pub fn compared_docs(&self) -> Vec<Rc<Document>> {
        let chosen: Vec<Rc<Document>> = self
            .compared
            .iter()
            .filter_map(|id| self.doc(*id).cloned())
            .collect();
        if chosen.len() >= 2 {
            chosen
        } else {
            self.documents.iter().take(MAX_COMPARED).cloned().collect()
        }
    }

    /// The baseline of the comparison: the chosen one if compared, else the first compared.
    pub fn baseline_doc(&self) -> Option<Rc<Document>> {
        let docs = self.compared_docs();
        docs.iter()
            .find(|d| d.id == self.baseline)
            .or(docs.first())
            .cloned()
    }

    fn notify(&mut self, notice: Notice) {
        let seq = self.notice.as_ref().map_or(1, |(n, _)| n.wrapping_add(1));
        self.notice = Some((seq, notice));
    }

    fn position(&self, id: DocId) -> Option<usize> {
        self.documents.iter().position(|d| d.id == id)
    }

    /// Hides a notice whose "Fortryd" would no longer undo what it reports.
    fn drop_undo_notice(&mut self) {
        if matches!(
            self.notice.as_ref().map(|n| &n.1),
            Some(Notice::ModelLoaded(_) | Notice::ResetToBaseline(_))
        ) {
            self.notice = None;
        }
    }

    /// Applies `edit` to document `id` and records the step if it changed anything.
    fn edit(&mut self, id: DocId, edit: Edit) {
        let Some(pos) = self.position(id) else { return };
        let before = self.documents[pos].clone();
        let model = match edit {
            Edit::LoadPreset(p) => Some(p),
            _ => None,
        };
        let mut next = (*before).clone();
        next.apply(edit.clone(), self.lang);
        if next.same_content(&before) {
            // An apply error or a refused edit is news, but no step.
            self.documents[pos] = Rc::new(next);
            return;
        }
        self.documents[pos] = Rc::new(next);
        self.drop_undo_notice();
        self.history
            .entry(id)
            .or_default()
            .record(before, Some(&edit));
        if let Some(p) = model {
            self.notify(Notice::ModelLoaded(p));
        }
    }

    /// Replaces document `id` by a step of its history.
    fn step(&mut self, id: DocId, forward: bool) {
        let Some(pos) = self.position(id) else { return };
        let Some(history) = self.history.get_mut(&id) else {
            return;
        };
        let current = self.documents[pos].clone();
        let next = if forward {
            history.redo(current)
        } else {
            history.undo(current)
        };
        if let Some(doc) = next {
            let mut doc = (*doc).clone();
            // Undo steps back the inputs, not where the document is saved.
            doc.library_key = self.documents[pos].library_key.clone();
            // A revision is never used twice for a document's inputs, so a result computed for
            // the inputs undone cannot land on the inputs brought back.
            doc.revision = self.documents[pos].revision.wrapping_add(1);
            self.documents[pos] = Rc::new(doc);
            self.notify(if forward {
                Notice::Redone
            } else {
                Notice::Undone
            });
        }
    }

    /// Opens `opened` as the active document, or shows it where it is open already; says so if
    /// `announce`. The document's id, or `None` when the workspace is full.
    fn open(&mut self, opened: Opened, announce: bool) -> Option<DocId> {
        let mut doc = self.document_of(opened);
        // A saved scenario that is open already is shown, not opened a second time.
        if let Some(pos) = doc.library_key.as_ref().and_then(|key| {
            self.documents
                .iter()
                .position(|d| d.library_key.as_ref() == Some(key))
        }) {
            self.active = self.documents[pos].id;
            if announce {
                let name = self.display_name(self.active);
                self.notify(Notice::AlreadyOpen(name));
            }
            return Some(self.active);
        }
        // The same scenario opened twice (a link pasted again) is shown, not copied, also
        // when its tab was numbered to tell it from another ("Basis (2)"); it takes the
        // library entry if it had none.
        let same = |d: &Rc<Document>| {
            d.same_inputs(&doc)
                && (d.name == doc.name
                    || unnumbered(&d.name) == doc.name.trim()
                    || self.display_name(d.id) == doc.name.trim())
        };
        if let Some(pos) = self.documents.iter().position(same) {
            if self.documents[pos].library_key.is_none() {
                Rc::make_mut(&mut self.documents[pos]).library_key = doc.library_key;
            }
            self.active = self.documents[pos].id;
            return Some(self.active);
        }
        // Another tab of the same name: this one is numbered, "Basis (2)". A saved
        // scenario keeps the name it is saved under (the name field says it is taken).
        if !doc.name.trim().is_empty() && doc.library_key.is_none() {
            doc.name = self.free_name(&doc.name);
        }
        let shown = if doc.name.trim().is_empty() {
            None
        } else {
            Some(doc.name.clone())
        };
        if !self.push(doc) {
            return None;
        }
        if announce {
            let name = shown.unwrap_or_else(|| self.display_name(self.active));
            self.notify(Notice::Opened(name));
        }
        Some(self.active)
    }

    /// A new document of `opened` (its id set when it is added).
    fn document_of(&self, opened: Opened) -> Document {
        let mut scenario = opened.scenario;
        // A file may hold longer group names than a link can carry.
        for g in &mut scenario.groups {
            g.name = clip_name(&g.name);
        }
        let mut doc = Document::with_scenario(0, opened.model, scenario, self.lang);
        doc.name = clip_name(&opened.name);
        doc.library_key = opened.library_key;
        doc
    }

    /// Opens a set of documents: in place of the open ones when it restores this tab's workspace
    /// after a reload, else beside them. The set's active document and comparison are taken over.
    fn open_workspace(&mut self, w: OpenedWorkspace) {
        if w.restore {
            if w.documents.is_empty() {
                return;
            }
            self.documents.clear();
            self.history.clear();
            self.closed.clear();
            self.compared.clear();
            // Numbered from the start again, so "Scenarie 1" is the first tab as before.
            self.next_id = 0;
        }
        let restore = w.restore;
        if !restore {
            self.view.page = Page::Calculator;
        }
        let before: Vec<DocId> = self.documents.iter().map(|d| d.id).collect();
        let ids: Vec<Option<DocId>> = w
            .documents
            .into_iter()
            .map(|d| {
                if restore {
                    // This tab's own tabs come back as they were: not merged, not renamed.
                    let doc = self.document_of(d);
                    self.push(doc).then_some(self.active)
                } else {
                    self.open(d, false)
                }
            })
            .collect();
        if self.documents.is_empty() {
            // Nothing could be opened: start afresh rather than leave no document.
            *self = State::new(StartConfig {
                lang: self.lang,
                view: self.view.clone(),
                today: self.today,
                ..StartConfig::default()
            });
            return;
        }
        let id = |i: usize| ids.get(i).copied().flatten();
        if let Some(active) = id(w.active) {
            self.active = active;
        }
        let mut compared: Vec<DocId> = Vec::new();
        for c in w.compared.iter().filter_map(|&i| id(i)) {
            if !compared.contains(&c) {
                compared.push(c);
            }
        }
        if compared.len() >= 2 {
            compared.truncate(MAX_COMPARED);
            self.compared = compared;
            if let Some(b) = w.baseline.and_then(id) {
                self.baseline = b;
            }
        }
        if !restore {
            if ids.iter().any(Option::is_none) {
                // Some did not fit: say so rather than count only those that did.
                self.notify(Notice::WorkspaceFull);
            } else {
                let new = ids.iter().flatten().filter(|id| !before.contains(id));
                let mut seen: Vec<DocId> = Vec::new();
                for id in new {
                    if !seen.contains(id) {
                        seen.push(*id);
                    }
                }
                self.notify(Notice::OpenedSet(seen.len()));
            }
        }
    }

    /// Adds `doc` as the active document, if there is room.
    fn push(&mut self, mut doc: Document) -> bool {
        if self.documents.len() >= MAX_DOCUMENTS {
            self.notify(Notice::WorkspaceFull);
            return false;
        }
        doc.id = self.next_id;
        self.next_id += 1;
        self.active = doc.id;
        self.documents.push(Rc::new(doc));
        true
    }

    /// The document being edited.
    pub fn active_doc(&self) -> &Rc<Document> {
        self.documents
            .iter()
            .find(|d| d.id == self.active)
            .unwrap_or(&self.documents[0])
    }

    /// Document `id`, if it is open.
    pub fn doc(&self, id: DocId) -> Option<&Rc<Document>> {
        self.documents.iter().find(|d| d.id == id)
    }

    /// Applies `action`; unknown documents and impossible requests change nothing.
    pub fn apply(&mut self, action: Action) {
        // A notice goes once the user moves on: edits, another tab or page, another reader.
        if matches!(
            action,
            Action::Edit(..)
                | Action::Select(_)
                | Action::ShowPage(_)
                | Action::SetReader(_)
                | Action::ToggleCompare(_)
                | Action::SetBaseline(_)
        ) {
            self.notice = None;
        }
        match action {
            Action::SetLang(lang) => {
                if lang != self.lang {
                    self.lang = lang;
                    for doc in &mut self.documents {
                        Rc::make_mut(doc).translate_example_names(lang);
                    }
                }
            }
            Action::Edit(id, edit) => self.edit(id, edit),
            Action::ShowPage(page) => self.view.page = page,
            Action::SetReader(reader) => self.view.reader = reader,
            Action::Select(id) => {
                if self.doc(id).is_some() {
                    if id != self.active {
                        self.drop_undo_notice();
                    }
                    self.active = id;
                    self.view.page = Page::Calculator;
                }
            }
            Action::Duplicate(id) => {
                if let Some(doc) = self.doc(id) {
                    let mut copy = (**doc).clone();
                    // "Basis (variant)", "Basis (variant 2)", …: never two tabs of one name.
                    copy.name = self.variant_name(id);
                    copy.library_key = None;
                    let base = doc.id;
                    let name = copy.name.clone();
                    if self.push(copy) {
                        if self.compared.is_empty() {
                            // A first variant is compared with what it came from.
                            self.baseline = base;
                        }
                        self.notify(Notice::VariantMade(name));
                    }
                }
            }
            Action::Close(id) => {
                if self.documents.len() > 1 {
                    if let Some(pos) = self.position(id) {
                        let name = self.display_name(id);
                        let doc = self.documents.remove(pos);
                        let history = self.history.remove(&id).unwrap_or_default();
                        self.closed.push((pos, doc, history));
                        if self.closed.len() > MAX_DOCUMENTS {
                            self.closed.remove(0);
                        }
                        self.compared.retain(|c| *c != id);
                        if self.active == id {
                            self.active = self.documents[pos.min(self.documents.len() - 1)].id;
                        }
                        self.notify(Notice::Closed(name));
                    }
                }
            }
            Action::Reopen => {
                if self.documents.len() >= MAX_DOCUMENTS {
                    self.notify(Notice::WorkspaceFull);
                } else if let Some((pos, mut doc, history)) = self.closed.pop() {
                    let id = doc.id;
                    // One library entry belongs to one open tab, and two tabs never share a
                    // name: a tab closed and then opened again from the library meanwhile comes
                    // back as a copy of its own.
                    let key_taken = doc.library_key.is_some()
                        && self
                            .documents
                            .iter()
                            .any(|d| d.library_key == doc.library_key);
                    let name_taken =
                        !doc.name.trim().is_empty() && self.name_taken(&doc.name, None);
                    if key_taken || name_taken {
                        let d = Rc::make_mut(&mut doc);
                        if key_taken {
                            d.library_key = None;
                        }
                        if name_taken {
                            d.name = self.free_name(&d.name);
                        }
                    }
                    self.documents.insert(pos.min(self.documents.len()), doc);
                    self.history.insert(id, history);
                    self.active = id;
                    self.view.page = Page::Calculator;
                    self.notify(Notice::Reopened(self.display_name(id)));
                }
            }
            Action::Undo => self.step(self.active, false),
            Action::Redo => self.step(self.active, true),
            Action::BreakRun(id) => {
                if let Some(h) = self.history.get_mut(&id) {
                    h.break_run();
                }
            }
            Action::Open(opened) => {
                self.view.page = Page::Calculator;
                self.open(*opened, true);
            }
            Action::OpenWorkspace(w) => self.open_workspace(*w),
            Action::ToggleCompare(id) => {
                if self.doc(id).is_none() {
                    return;
                }
                let chosen_open = self
                    .compared
                    .iter()
                    .filter(|c| self.doc(**c).is_some())
                    .count();
                if chosen_open < 2 {
                    // The first choice (or one after closing) starts from what is shown now.
                    self.compared = self.compared_docs().iter().map(|d| d.id).collect();
                }
                if let Some(pos) = self.compared.iter().position(|c| *c == id) {
                    self.compared.remove(pos);
                } else if self.compared.len() < MAX_COMPARED {
                    self.compared.push(id);
                }
            }
            Action::SetBaseline(id) => {
                if self.doc(id).is_some() {
                    self.baseline = id;
                }
            }
            Action::ResetToBaseline(id) => {
                if let Some(base) = self.baseline_doc() {
                    if base.id != id && self.doc(id).is_some() {
                        let edit = Edit::Adopt(base.preset, Box::new((*base.scenario).clone()));
                        self.edit(id, edit);
                        // Active, so that Fortryd and Ctrl+Z step this back.
                        self.active = id;
                        self.notify(Notice::ResetToBaseline(self.display_name(id)));
                    }
                }
            }
            Action::MarkSaved(id, key) => {
                if let Some(pos) = self.position(id) {
                    Rc::make_mut(&mut self.documents[pos]).library_key = Some(key);
                }
            }
            Action::Notify(notice) => self.notify(notice),
            Action::DismissNotice => self.notice = None,
            Action::SetToday(d) => self.today = d,
            Action::Arrived(id, revision, result) => {
                // A result for inputs that changed since is dropped (`accept_later`), with no
                // copy of the document made for it.
                if let Some(pos) = self.position(id) {
                    if self.documents[pos].revision == revision {
                        Rc::make_mut(&mut self.documents[pos]).accept_later(revision, result);
                    }
                }
            }
        }
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.apply(action);
        // yew 0.23 skips re-rendering when the same Rc comes back; a changed state is always new.
        Rc::new(next)
    }
}
