//! Partnerskabsberegneren: the business case of a socialøkonomisk partnerskab, in the browser.
//!
//! Layers, each using only those before it: [`model`] (the pure calculation), [`formats`] (the
//! scenario file), [`locale`]
//! (language, reading and formatting numbers), [`text`] (Danish and English texts), [`browser`]
//! (the DOM's edges), [`app`] (the workspace state and its reducer), [`components`] (Yew).
//! `tests/architecture.rs` checks that no file uses one above it.

pub mod app;
pub mod browser;
pub mod components;
pub mod formats;
pub mod locale;
pub mod model;
pub mod text;

pub use app::StartConfig;

/// Mounts the calculator on `element` (or `<body>` when `None`), started as `config` asks.
pub fn start(element: Option<web_sys::Element>, config: StartConfig) {
    let props = components::app::AppProps { config };
    match element {
        Some(el) => {
            yew::Renderer::<components::app::App>::with_root_and_props(el, props).render();
        }
        None => {
            yew::Renderer::<components::app::App>::with_props(props).render();
        }
    }
}
