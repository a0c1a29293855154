//! The workspace: several documents, the active one, the language and view settings, and the
//! [`Action`]s that change them. Pure: side effects live in the components' effects.

use super::config::{Page, StartConfig, ViewSettings};
use super::document::{DocId, Document, Edit};
use crate::locale::Lang;
use crate::model::FieldPath;
use std::rc::Rc;
use yew::Reducible;

/// Most documents a workspace holds at once.
pub const MAX_DOCUMENTS: usize = 8;

/// Something the user did.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Switch the interface language.
    SetLang(Lang),
    /// Show another page.
    ShowPage(Page),
    /// Edit document `DocId`.
    Edit(DocId, Edit),
    /// Make a document the active one.
    Select(DocId),
    /// Add a copy of document `DocId` and make it active.
    Duplicate(DocId),
    /// Close a document (the last one stays).
    Close(DocId),
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
        let mut doc = Document::with_scenario(0, config.preset, scenario, config.lang);
        doc.fixed = fixed;
        State {
            lang: config.lang,
            documents: vec![Rc::new(doc)],
            active: 0,
            view: config.view,
            next_id: 1,
        }
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
        match action {
            Action::SetLang(lang) => {
                if lang != self.lang {
                    self.lang = lang;
                    for doc in &mut self.documents {
                        Rc::make_mut(doc).translate_example_names(lang);
                    }
                }
            }
            Action::Edit(id, edit) => {
                let lang = self.lang;
                if let Some(doc) = self.documents.iter_mut().find(|d| d.id == id) {
                    Rc::make_mut(doc).apply(edit, lang);
                }
            }
            Action::ShowPage(page) => self.view.page = page,
            Action::Select(id) => {
                if self.doc(id).is_some() {
                    self.active = id;
                }
            }
            Action::Duplicate(id) => {
                if self.documents.len() < MAX_DOCUMENTS {
                    if let Some(doc) = self.doc(id) {
                        let mut copy = (**doc).clone();
                        copy.id = self.next_id;
                        self.next_id += 1;
                        self.active = copy.id;
                        self.documents.push(Rc::new(copy));
                    }
                }
            }
            Action::Close(id) => {
                if self.documents.len() > 1 {
                    self.documents.retain(|d| d.id != id);
                    if self.active == id {
                        self.active = self.documents[0].id;
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
