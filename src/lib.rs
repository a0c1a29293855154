//! Partnerskabsberegneren: the business case of a socialøkonomisk partnerskab, in the browser.
//!
//! Layers, each using only those before it: [`model`] (the pure calculation) and [`formats`] (the
//! scenario file, the share link, CSV) are crates of their own in `crates/`, so Cargo keeps them
//! from reaching up; this crate holds [`locale`] (language, reading and formatting numbers),
//! [`text`] (Danish and English texts), [`browser`] (the DOM's edges), [`app`] (the workspace state
//! and its reducer) and [`components`] (Yew). `tests/architecture.rs` checks that no file here uses
//! a layer above its own, and that no two files in any crate use each other.

pub mod app;
pub mod browser;
pub mod components;
pub mod locale;
pub mod text;

/// The scenario file, the share link and CSV (their own crate, `crates/formats`).
pub use formats;
/// The pure calculation model (its own crate, `crates/model`).
pub use model;

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
