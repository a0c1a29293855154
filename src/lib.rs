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

/// Mounts the calculator on `root`, started as `config` asks.
///
/// `root` may hold the page rendered at build time. For the very start it was rendered for, the
/// browser paints it first (and the user may finish typing in one of its fields); then, in one
/// task, what the user did in it is read, the live app
/// replaces it (the same HTML, so nothing on screen changes), and once the app's first render and
/// its effects are done, what the user did is carried over (`App`'s last effect). For any other
/// start the rendered page was hidden (`assets/before-paint.js`) and is replaced at once, so its
/// default figures are never shown as if they were the ones asked for.
pub fn start(root: web_sys::Element, config: StartConfig) {
    let rendered_for = browser::prerendered::key(&root);
    if rendered_for.is_some() && rendered_for == config.prerender_key() {
        let replace = move || {
            let page = root.clone();
            browser::prerendered::when_not_typing(&page, move || mount(root, config, true));
        };
        // Once the browser has painted the rendered page (often before the wasm is ready).
        if browser::host::painted() {
            replace();
        } else {
            browser::timer::after_paint(replace);
        }
    } else {
        mount(root, config, false);
    }
}

/// Renders the app in `root` in place of what it holds (`keep`: the rendered page of this very
/// start, and what the user did in it).
fn mount(root: web_sys::Element, config: StartConfig, keep: bool) {
    use browser::prerendered::{self, Kept};
    use components::app::{App, AppProps};
    if keep {
        Kept::read(&root).keep_until_alive();
    }
    root.set_inner_html("");
    let _ = root.remove_attribute(prerendered::KEY_ATTRIBUTE);
    yew::Renderer::<App>::with_root_and_props(root, AppProps { config }).render();
}

/// The page rendered for `config` as HTML, to be placed inside `#app` at build time and brought
/// to life by [`start`] (effects do not run: storage, timers and the address are left alone).
/// Without hydration's markers: the live app replaces it rather than adopting its nodes.
#[cfg(not(target_arch = "wasm32"))]
pub fn render_static(config: StartConfig) -> String {
    use components::app::{App, AppProps};
    let render = yew::LocalServerRenderer::<App>::with_props(AppProps { config })
        .hydratable(false)
        .render();
    match tokio::runtime::Builder::new_current_thread().build() {
        Ok(runtime) => runtime.block_on(tokio::task::LocalSet::new().run_until(render)),
        Err(_) => String::new(),
    }
}
