//! The offline cache: registers the service worker (`sw.js`, filled with the release's files by
//! `scripts/postbuild.mjs`) so that after one visit the calculator opens with no network. Release
//! builds only: a dev server's files change under their names. Where the browser has no service
//! workers, or refuses one (a sandboxed frame, a private window), the page works on as before.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsValue;

/// Registers `./sw.js` for this page's folder; a refusal is ignored.
pub fn register() {
    if cfg!(debug_assertions) {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    let navigator = window.navigator();
    // `navigator.serviceWorker` is missing in an insecure context (plain http on another host).
    if !js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false) {
        return;
    }
    let promise = navigator.service_worker().register("./sw.js");
    let ignore = Closure::<dyn FnMut(JsValue)>::new(|_| {});
    let _ = promise.catch(&ignore);
    ignore.forget();
}
