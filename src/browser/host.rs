//! The edges towards a host page and the page's own address: the query the page was opened with,
//! the height posted to a host page that embeds it, and notes in the console.

use crate::locale::CivilDate;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// The name of the message the app posts to its host page: `{type, height}`.
pub const HEIGHT_MESSAGE: &str = "partnerskabsberegneren:height";

/// The page's query parameters, decoded by the browser (`URLSearchParams`), in order.
pub fn query_pairs() -> Vec<(String, String)> {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let entries = js_sys::try_iter(&params).ok().flatten();
    for entry in entries.into_iter().flatten().flatten() {
        let pair = js_sys::Array::from(&entry);
        if let (Some(k), Some(v)) = (pair.get(0).as_string(), pair.get(1).as_string()) {
            out.push((k, v));
        }
    }
    out
}

/// Writes `text` as a note to the console (ignored parameters, unavailable features).
pub fn console_note(text: &str) {
    web_sys::console::info_1(&JsValue::from_str(&format!(
        "Partnerskabsberegneren: {text}"
    )));
}

/// Whether the page runs inside a frame of another page.
pub fn in_frame() -> bool {
    web_sys::window()
        .and_then(|w| w.parent().ok().flatten().map(|p| p != w))
        .unwrap_or(false)
}

/// Posts the height of the whole page (the document element: everything inside it, margins and
/// paddings of the body included) to the host page whenever it changes, as
/// `{type: HEIGHT_MESSAGE, height}` (whole CSS pixels), so the frame fits its content exactly.
/// The element with `id` and the document element are watched. Returns the observer to keep
/// alive; it does nothing outside a frame. The height carries nothing private, so any host may
/// read it.
pub fn post_height_changes(id: &str) -> Option<web_sys::ResizeObserver> {
    let window = web_sys::window()?;
    let parent = window.parent().ok().flatten().filter(|p| *p != window)?;
    let document = window.document()?;
    let element = document.get_element_by_id(id)?;
    let page = document.document_element()?;
    let target = page.clone();
    let last = std::cell::Cell::new(0i32);
    let callback = Closure::<dyn FnMut()>::new(move || {
        let rect = target.get_bounding_client_rect();
        let height = (rect.bottom()
            + web_sys::window()
                .and_then(|w| w.scroll_y().ok())
                .unwrap_or(0.0))
        .ceil() as i32;
        if height != last.get() {
            last.set(height);
            let message = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
            let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
            let _ = parent.post_message(&message, "*");
        }
    });
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(&element);
    observer.observe(&page);
    callback.forget();
    Some(observer)
}

/// Copies `text` to the clipboard; `done` hears whether it worked.
pub fn copy(text: &str, done: impl FnOnce(bool) + 'static) {
    // `navigator.clipboard` is undefined outside a secure context (a page over plain http):
    // look before calling it, or the call would throw through the wasm.
    let clipboard = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w.navigator(), &"clipboard".into()).ok())
        .filter(|c| !c.is_undefined() && !c.is_null())
        .map(|c| c.unchecked_into::<web_sys::Clipboard>());
    let Some(clipboard) = clipboard else {
        done(false);
        return;
    };
    let done = std::rc::Rc::new(std::cell::RefCell::new(Some(done)));
    let on_ok: Closure<dyn FnMut(JsValue)> = {
        let done = done.clone();
        Closure::once(move |_: JsValue| {
            if let Some(f) = done.borrow_mut().take() {
                f(true);
            }
        })
    };
    let on_err: Closure<dyn FnMut(JsValue)> = Closure::once(move |_: JsValue| {
        if let Some(f) = done.borrow_mut().take() {
            f(false);
        }
    });
    let _ = clipboard.write_text(text).then2(&on_ok, &on_err);
    on_ok.forget();
    on_err.forget();
}

/// The page's address without its query and fragment: where an embed points.
pub fn page_address() -> String {
    web_sys::window()
        .and_then(|w| {
            let l = w.location();
            Some(format!("{}{}", l.origin().ok()?, l.pathname().ok()?))
        })
        .unwrap_or_default()
}

/// Listens for the height messages of the iframe with `id` (from this page's own origin, and
/// from that frame only) and sets its height, clamped to 300–20,000 px: what the documented host
/// snippet does, used by the embed page's live preview. Returns the listener to keep alive.
pub fn follow_frame_height(id: &'static str) -> Option<Closure<dyn FnMut(web_sys::MessageEvent)>> {
    let window = web_sys::window()?;
    let origin = window.location().origin().ok()?;
    let listener =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
            let Some(frame) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id(id))
                .and_then(|el| el.dyn_into::<web_sys::HtmlIFrameElement>().ok())
            else {
                return;
            };
            let from_frame = match (e.source(), frame.content_window()) {
                (Some(source), Some(content)) => JsValue::from(source) == JsValue::from(content),
                _ => false,
            };
            if e.origin() != origin || !from_frame {
                return;
            }
            let data = e.data();
            let kind = js_sys::Reflect::get(&data, &"type".into())
                .ok()
                .and_then(|v| v.as_string());
            let height = js_sys::Reflect::get(&data, &"height".into())
                .ok()
                .and_then(|v| v.as_f64());
            if let (Some(k), Some(h)) = (kind, height) {
                if k == HEIGHT_MESSAGE && h.is_finite() {
                    let clamped = h.clamp(300.0, 20_000.0).round() as i32;
                    let _ = frame.set_attribute("height", &clamped.to_string());
                }
            }
        });
    window
        .add_event_listener_with_callback("message", listener.as_ref().unchecked_ref())
        .ok()?;
    Some(listener)
}

/// Stops `listener` from hearing messages.
pub fn stop_following(listener: &Closure<dyn FnMut(web_sys::MessageEvent)>) {
    if let Some(w) = web_sys::window() {
        let _ = w.remove_event_listener_with_callback("message", listener.as_ref().unchecked_ref());
    }
}

/// The page's fragment without "#", decoded by nothing (share links use URL-safe characters).
pub fn fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .map(|h| h.trim_start_matches('#').to_string())
        .unwrap_or_default()
}

/// Replaces the page's fragment with `fragment` (without "#") without a new history entry, so
/// editing does not fill the back button. Does nothing if it is already so.
pub fn replace_fragment(fragment: &str) {
    let Some(w) = web_sys::window() else { return };
    if w.location()
        .hash()
        .ok()
        .as_deref()
        .map(|h| h.trim_start_matches('#'))
        == Some(fragment)
    {
        return;
    }
    if let Ok(history) = w.history() {
        let address = format!(
            "{}{}#{}",
            w.location().pathname().unwrap_or_default(),
            w.location().search().unwrap_or_default(),
            fragment
        );
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&address));
    }
}

/// Calls `f` with the new fragment whenever the user changes it (a link pasted into the same
/// tab). Returns the listener to keep alive.
pub fn on_fragment_change(f: impl Fn(String) + 'static) -> Option<Closure<dyn FnMut()>> {
    let window = web_sys::window()?;
    let listener = Closure::<dyn FnMut()>::new(move || f(fragment()));
    window
        .add_event_listener_with_callback("hashchange", listener.as_ref().unchecked_ref())
        .ok()?;
    Some(listener)
}

/// Stops a listener of [`on_fragment_change`].
pub fn stop_fragment_listener(listener: &Closure<dyn FnMut()>) {
    if let Some(w) = web_sys::window() {
        let _ =
            w.remove_event_listener_with_callback("hashchange", listener.as_ref().unchecked_ref());
    }
}

/// The date and time now, as ISO 8601 in UTC ("2026-11-24T10:15:00.000Z").
pub fn now_iso() -> String {
    js_sys::Date::new_0().to_iso_string().into()
}

/// The calendar date of the ISO 8601 time `iso` in the browser's time zone (the user's own day),
/// or `None` if it is not a time.
pub fn local_date(iso: &str) -> Option<CivilDate> {
    let d = js_sys::Date::new(&JsValue::from_str(iso));
    civil(&d)
}

/// Today's date in the browser's time zone.
pub fn today() -> CivilDate {
    civil(&js_sys::Date::new_0()).unwrap_or_default()
}

fn civil(d: &js_sys::Date) -> Option<CivilDate> {
    if d.get_time().is_nan() {
        return None;
    }
    Some(CivilDate {
        year: i32::try_from(d.get_full_year()).ok()?,
        month: u8::try_from(d.get_month() + 1).ok()?,
        day: u8::try_from(d.get_date()).ok()?,
    })
}

/// Calls `f` just before the page is printed (from the menu, a key or a button). Returns the
/// listener to keep alive.
pub fn on_before_print(f: impl Fn() + 'static) -> Option<Closure<dyn FnMut()>> {
    let window = web_sys::window()?;
    let listener = Closure::<dyn FnMut()>::new(f);
    window
        .add_event_listener_with_callback("beforeprint", listener.as_ref().unchecked_ref())
        .ok()?;
    Some(listener)
}

/// Stops a listener of [`on_before_print`].
pub fn stop_before_print(listener: &Closure<dyn FnMut()>) {
    if let Some(w) = web_sys::window() {
        let _ =
            w.remove_event_listener_with_callback("beforeprint", listener.as_ref().unchecked_ref());
    }
}

/// Runs `f` once the page's HTML is parsed (at once if it is): the start-up script runs as soon
/// as it has loaded, so the WebAssembly compiles while the browser still reads the page rendered
/// at build time.
pub fn when_parsed(f: impl FnOnce() + 'static) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if document.ready_state() != "loading" {
        f();
        return;
    }
    let callback = Closure::once_into_js(f);
    let options = web_sys::AddEventListenerOptions::new();
    options.set_once(true);
    let _ = document.add_event_listener_with_callback_and_add_event_listener_options(
        "DOMContentLoaded",
        callback.unchecked_ref(),
        &options,
    );
}

/// The page's entries of `kind` in the performance timeline (`performance.getEntriesByType`),
/// read through `Reflect` so no web-sys feature is needed; `None` where the browser has none.
fn timeline_entries(kind: &str) -> Option<js_sys::Array> {
    use js_sys::{Function, Reflect};
    let window = web_sys::window()?;
    let perf = Reflect::get(&window, &"performance".into()).ok()?;
    let f = Reflect::get(&perf, &"getEntriesByType".into())
        .ok()?
        .dyn_into::<Function>()
        .ok()?;
    f.call1(&perf, &kind.into()).ok()?.dyn_into().ok()
}

/// Whether the browser has painted this page yet (its first paint is in the performance
/// timeline).
pub fn painted() -> bool {
    timeline_entries("paint").is_some_and(|e| e.length() > 0)
}

/// Whether this page load is a reload of the tab, or a way back to it (back or forward): then the
/// tab's workspace is restored. A new visit (a link followed, an address typed) starts afresh.
pub fn is_reload() -> bool {
    let kind = timeline_entries("navigation").and_then(|e| {
        js_sys::Reflect::get(&e.get(0), &"type".into())
            .ok()?
            .as_string()
    });
    matches!(kind.as_deref(), Some("reload" | "back_forward"))
}
