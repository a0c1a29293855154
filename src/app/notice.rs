//! What the page tells the user after an action: shown in one status line and read out by
//! screen readers. Data only; the components word it.

pub use crate::browser::storage::StorageProblem;
use crate::formats::link::LinkError;
use crate::formats::scenario_file::FileError;
use crate::model::PresetId;

/// Something to tell the user.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// A partnership model replaced every input (undoable).
    ModelLoaded(PresetId),
    /// The last edit was undone.
    Undone,
    /// The undone edit was made again.
    Redone,
    /// A scenario from a link, a file or the library was opened as a new scenario.
    Opened(String),
    /// A set of scenarios (a workspace file or link) was opened: how many.
    OpenedSet(usize),
    /// A file was downloaded under this name.
    Downloaded(String),
    /// A link to every open scenario is on the clipboard: how many.
    SetLinkCopied(usize),
    /// A saved scenario asked to open is open already: its tab is shown.
    AlreadyOpen(String),
    /// A scenario was closed (it can be brought back).
    Closed(String),
    /// A closed scenario was brought back.
    Reopened(String),
    /// A variant of the active scenario was made and shown.
    VariantMade(String),
    /// This scenario took the baseline's inputs (undoable).
    ResetToBaseline(String),
    /// No room for another scenario.
    WorkspaceFull,
    /// A share link could not be read; the page kept what it had.
    LinkRefused(LinkError),
    /// A file could not be read; nothing changed.
    FileRefused(FileError),
    /// The share link is on the clipboard.
    LinkCopied,
    /// The scenario is too big for a link (many groups with long names).
    LinkTooLong,
    /// The clipboard refused; the link is shown to copy by hand.
    CopyFailed(String),
    /// Saved in the browser's library under this name.
    Saved(String),
    /// The browser refused to save (storage unavailable or full).
    SaveFailed(StorageProblem),
}

impl Notice {
    /// Whether the notice reports a failure (shown as an error, not a confirmation).
    pub fn is_error(&self) -> bool {
        matches!(
            self,
            Notice::WorkspaceFull
                | Notice::LinkRefused(_)
                | Notice::FileRefused(_)
                | Notice::CopyFailed(_)
                | Notice::LinkTooLong
                | Notice::SaveFailed(_)
        )
    }
}
