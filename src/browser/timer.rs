//! Deferring work until the browser has painted.

use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// How long to wait at most for a frame, in ms: a hidden tab or an iframe scrolled out of view
/// gets no animation frames, yet may still be printed.
const FRAME_WAIT_LIMIT_MS: i32 = 1_000;

/// Runs `f` once, after the browser has painted the next frame (a `setTimeout` 0 queued from a
/// `requestAnimationFrame` callback), or after [`FRAME_WAIT_LIMIT_MS`] if no frame comes.
pub fn after_paint(f: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let once = Rc::new(Cell::new(Some(f)));
    let run = move || {
        if let Some(f) = once.take() {
            f();
        }
    };
    let run_after_frame = run.clone();
    let after_frame = Closure::once_into_js(move || {
        if let Some(window) = web_sys::window() {
            let later = Closure::once_into_js(run_after_frame);
            let _ = window.set_timeout_with_callback(later.unchecked_ref());
        }
    });
    let _: Result<i32, JsValue> = window.request_animation_frame(after_frame.unchecked_ref());
    let fallback = Closure::once_into_js(run);
    let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
        fallback.unchecked_ref(),
        FRAME_WAIT_LIMIT_MS,
    );
}

/// Runs `f` once after `ms` milliseconds; returns the handle for [`cancel`].
pub fn later(ms: i32, f: impl FnOnce() + 'static) -> Option<i32> {
    let window = web_sys::window()?;
    let callback = Closure::once_into_js(f);
    window
        .set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), ms)
        .ok()
}

/// Cancels a run of [`later`] that has not happened yet.
pub fn cancel(handle: Option<i32>) {
    if let (Some(w), Some(h)) = (web_sys::window(), handle) {
        w.clear_timeout_with_handle(h);
    }
}
