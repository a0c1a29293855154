//! Deferring work until the browser has painted.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Runs `f` in a later task (`setTimeout` 0), after the browser has had a chance to paint.
pub fn after_paint(f: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let callback = Closure::once_into_js(f);
    let _ = window.set_timeout_with_callback(callback.unchecked_ref());
}
