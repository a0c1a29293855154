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
