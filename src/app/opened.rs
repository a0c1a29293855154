//! What is opened from outside the page: one scenario from a link, a file or the library, or a
//! set of them (a workspace file or link, or this tab's workspace after a reload).

use crate::model::{PresetId, Scenario};

/// A scenario to open as a new document: from a link, a file or the library.
#[derive(Clone, Debug, PartialEq)]
pub struct Opened {
    /// Its name (may be empty).
    pub name: String,
    /// The partnership model it came from.
    pub model: PresetId,
    /// Its inputs.
    pub scenario: Scenario,
    /// The library entry it came from.
    pub library_key: Option<String>,
}

/// A set of scenarios to open, with the active one and the comparison as indices into the set.
#[derive(Clone, Debug, PartialEq)]
pub struct OpenedWorkspace {
    /// The scenarios, in their tabs' order.
    pub documents: Vec<Opened>,
    /// The index of the one to show.
    pub active: usize,
    /// The indices of those compared.
    pub compared: Vec<usize>,
    /// The index of the comparison's baseline.
    pub baseline: Option<usize>,
    /// In place of the open documents (a reload of this tab), not beside them.
    pub restore: bool,
}
