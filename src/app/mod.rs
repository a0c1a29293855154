//! The app state: a workspace of documents and one reducer over the model's types. Pure: side
//! effects (document title, later URL and storage) live in the components' effects.

pub mod compare;
pub mod config;
pub mod document;
pub mod embed;
pub mod export;
pub mod history;
pub mod later;
pub mod library;
pub mod notice;
pub mod opened;
pub mod state;
pub mod workspace;

pub use config::{Page, Reader, StartConfig, ViewSettings};
pub use document::{DocId, Document, Edit, ErrorKind, FieldInput, ListedError, Origin};
pub use later::{Later, Revision, Slot};
pub use notice::{Notice, StorageProblem};
pub use state::{Action, Opened, OpenedWorkspace, State};
