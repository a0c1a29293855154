//! Partnerskabsberegneren: the business case of a socialøkonomisk partnerskab, in the browser.
//!
//! Layers, each looking only down: [`model`] (pure calculation), [`app`] (state and reducer),
//! [`text`] (Danish and English texts), [`components`] (Yew components), [`browser`] (`Intl`,
//! DOM helpers).

pub mod app;
pub mod browser;
pub mod components;
pub mod model;
pub mod text;

/// Mounts the calculator on `element`, or on `<body>` when `None`.
pub fn start(element: Option<web_sys::Element>) {
    match element {
        Some(el) => {
            yew::Renderer::<components::app::App>::with_root(el).render();
        }
        None => {
            yew::Renderer::<components::app::App>::new().render();
        }
    }
}
