//! Partnerskabsberegneren: the business case of a socialøkonomisk partnerskab, in the browser.
//!
//! Layers, each looking only down: [`model`] (pure calculation), [`app`] (state and reducer),
//! [`components`] (presentational Yew components), [`browser`] (URL, storage, `Intl`).

pub mod model;
