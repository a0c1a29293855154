//! Small DOM helpers for effects and event handlers.

use wasm_bindgen::JsCast;

/// Opens any folded `<details>` around the element with `id`, scrolls it into view and focuses it.
pub fn reveal_and_focus(id: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(el) = doc.get_element_by_id(id) else {
        return;
    };
    let mut parent = el.parent_element();
    while let Some(p) = parent {
        if p.tag_name().eq_ignore_ascii_case("details") {
            let _ = p.set_attribute("open", "");
        }
        parent = p.parent_element();
    }
    if let Ok(html) = el.dyn_into::<web_sys::HtmlElement>() {
        let _ = html.focus();
    }
}

/// Moves focus to the field with `id`; if it is not built yet because its fold (`fold`) is
/// closed, opens the fold first and focuses the field once the fold has rendered its contents.
pub fn reveal_field(id: &str, fold: Option<String>) {
    let exists = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .is_some();
    if exists {
        reveal_and_focus(id);
        return;
    }
    let Some(fold) = fold else { return };
    // Opening the details fires its toggle event; the fold then builds its contents.
    reveal_and_focus(&fold);
    if let Some(details) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(&fold))
    {
        let _ = details.set_attribute("open", "");
    }
    let id = id.to_string();
    let _ = super::timer::later(80, move || reveal_and_focus(&id));
}

/// Closes the `<details>` element with `id`.
pub fn close_details(id: &str) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    {
        let _ = el.remove_attribute("open");
    }
}

/// Moves focus to the `<summary>` of the `<details>` element with `id`.
pub fn focus_summary(id: &str) {
    let summary = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(&format!("#{id} > summary")).ok().flatten());
    if let Some(s) = summary.and_then(|s| s.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = s.focus();
    }
}

/// Sets `<html lang>` and the document title.
pub fn set_document_language(lang: &str, title: &str) {
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        if let Some(root) = doc.document_element() {
            let _ = root.set_attribute("lang", lang);
        }
        doc.set_title(title);
    }
}

/// Opens the browser's print dialog (print or save as PDF).
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// Scrolls the element with `id` back to its top, if it scrolls on its own.
pub fn scroll_to_top(id: &str) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    {
        el.set_scroll_top(0);
    }
}

/// Sets a CSS custom property on the document's root through the CSSOM (allowed by a strict
/// Content-Security-Policy, unlike a style attribute).
pub fn set_css_var(name: &str, value: &str) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = root.style().set_property(name, value);
    }
}

/// Keeps `class` on the element with `target` while the element with `watched` is in view (used
/// to move the narrow screens' summary bar out of the way). Returns the observer to keep alive.
pub fn class_while_in_view(
    watched: &str,
    target: &str,
    class: &'static str,
) -> Option<web_sys::IntersectionObserver> {
    use wasm_bindgen::closure::Closure;
    let doc = web_sys::window()?.document()?;
    let watched = doc.get_element_by_id(watched)?;
    let target = doc.get_element_by_id(target)?;
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        let visible = entries.iter().any(|e| {
            e.dyn_into::<web_sys::IntersectionObserverEntry>()
                .is_ok_and(|e| e.is_intersecting())
        });
        let _ = target.class_list().toggle_with_force(class, visible);
    });
    let observer = web_sys::IntersectionObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(&watched);
    callback.forget();
    Some(observer)
}

/// Whether `target` takes typed text (where Ctrl+Z belongs to the text, not the page).
fn takes_text(target: Option<web_sys::EventTarget>) -> bool {
    let Some(el) = target.and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else {
        return false;
    };
    match el.tag_name().as_str() {
        "TEXTAREA" | "SELECT" => true,
        "INPUT" => !matches!(
            el.get_attribute("type").as_deref(),
            Some("radio" | "checkbox" | "button" | "submit" | "file")
        ),
        _ => el.get_attribute("contenteditable").is_some(),
    }
}

/// Calls `f(redo)` on Ctrl+Z (undo), Ctrl+Shift+Z or Ctrl+Y (redo), Cmd on a Mac, unless the
/// keys are meant for a text field. Returns the listener to keep alive.
pub fn on_undo_keys(
    f: impl Fn(bool) + 'static,
) -> Option<wasm_bindgen::closure::Closure<dyn FnMut(web_sys::KeyboardEvent)>> {
    let window = web_sys::window()?;
    let listener = wasm_bindgen::closure::Closure::<dyn FnMut(web_sys::KeyboardEvent)>::new(
        move |e: web_sys::KeyboardEvent| {
            if !(e.ctrl_key() || e.meta_key()) || e.alt_key() || takes_text(e.target()) {
                return;
            }
            let redo = match e.key().as_str() {
                "z" | "Z" => e.shift_key(),
                "y" | "Y" if !e.shift_key() => true,
                _ => return,
            };
            e.prevent_default();
            f(redo);
        },
    );
    window
        .add_event_listener_with_callback("keydown", listener.as_ref().unchecked_ref())
        .ok()?;
    Some(listener)
}

/// Stops a listener of [`on_undo_keys`].
pub fn stop_undo_keys(
    listener: &wasm_bindgen::closure::Closure<dyn FnMut(web_sys::KeyboardEvent)>,
) {
    if let Some(w) = web_sys::window() {
        let _ = w.remove_event_listener_with_callback("keydown", listener.as_ref().unchecked_ref());
    }
}

/// Whether `from` and `to` are radio buttons of one group (focus moving by arrow keys).
pub fn same_radio_group(
    from: Option<web_sys::EventTarget>,
    to: Option<web_sys::EventTarget>,
) -> bool {
    let name = |t: Option<web_sys::EventTarget>| {
        let el = t?.dyn_into::<web_sys::Element>().ok()?;
        (el.get_attribute("type").as_deref() == Some("radio")).then(|| el.get_attribute("name"))?
    };
    matches!((name(from), name(to)), (Some(a), Some(b)) if a == b)
}
