//! The app state: one reducer over the model's types. Pure: side effects live in the components'
//! effects, never here.

pub mod state;

pub use state::{Action, FieldInput, State};

/// The state as components receive it: the reducer's handle, compared by value, never copied.
pub type StateHandle = yew::UseReducerHandle<State>;
