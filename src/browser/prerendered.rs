//! The page rendered at build time (`src/bin/prerender.rs`) and how it is replaced by the live
//! app without a visible change: what `#app` says it was rendered for, what the user did in it
//! before the WebAssembly was ready (text typed, boxes ticked, the focus and its selection, the
//! scroll position), carried over into the live page before the browser paints again, and the
//! marks on `<html>`: `pb-waiting`, which `assets/before-paint.js` sets when the address may ask
//! for other figures than the rendered ones, and `pb-live` once the app is alive.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlSelectElement};

/// The attribute of `#app` naming the start the HTML inside it was rendered for
/// (`StartConfig::prerender_key`).
pub const KEY_ATTRIBUTE: &str = "data-prerendered";

/// While the rendered figures may not be the ones asked for: hidden behind a loading note.
const WAITING_CLASS: &str = "pb-waiting";

/// Once the app is alive: the controls take clicks (the stylesheet lets none through before),
/// and the end-to-end tests know the page is ready.
const LIVE_CLASS: &str = "pb-live";

/// What `root` was rendered for at build time, if it holds a rendered page.
pub fn key(root: &Element) -> Option<String> {
    root.get_attribute(KEY_ATTRIBUTE)
        .filter(|_| root.first_element_child().is_some())
}

/// One control the user changed before the page was alive, by its id.
enum Typed {
    /// A text or number field's new text.
    Text(String, String),
    /// A checkbox or radio button clicked.
    Clicked(String),
    /// A choice in a list.
    Chosen(String, String),
}

/// What the user did in the rendered page before it was alive.
pub struct Kept {
    typed: Vec<Typed>,
    focus: Option<(String, Option<(u32, u32)>)>,
    scroll: (f64, f64),
}

impl Kept {
    /// Reads it from the page under `root`: controls whose state differs from what the build
    /// rendered, the focused element and its selection, and the window's scroll position.
    pub fn read(root: &Element) -> Kept {
        let window = web_sys::window();
        let scroll = window
            .as_ref()
            .map(|w| (w.scroll_x().unwrap_or(0.0), w.scroll_y().unwrap_or(0.0)))
            .unwrap_or((0.0, 0.0));
        let focus = window
            .and_then(|w| w.document())
            .and_then(|d| d.active_element())
            .filter(|e| root.contains(Some(e)) && !e.id().is_empty())
            .map(|e| {
                let selection = e.dyn_ref::<HtmlInputElement>().and_then(|i| {
                    Some((
                        i.selection_start().ok().flatten()?,
                        i.selection_end().ok().flatten()?,
                    ))
                });
                (e.id(), selection)
            });
        Kept {
            typed: typed_before_ready(root),
            focus,
            scroll,
        }
    }

    /// Carries it over into the live page: types the text again and ticks the boxes (as events,
    /// which the app handles like the user's own), then gives back the focus, its selection and
    /// the scroll position.
    pub fn restore(self) {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let by_id = |id: &str| document.get_element_by_id(id);
        for t in self.typed {
            match t {
                Typed::Text(id, value) => {
                    if let Some(input) =
                        by_id(&id).and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
                    {
                        input.set_value(&value);
                        fire(&input, "input");
                        fire(&input, "change");
                    }
                }
                Typed::Clicked(id) => {
                    if let Some(input) = by_id(&id).and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
                        input.click();
                    }
                }
                Typed::Chosen(id, value) => {
                    if let Some(select) =
                        by_id(&id).and_then(|e| e.dyn_into::<HtmlSelectElement>().ok())
                    {
                        select.set_value(&value);
                        fire(&select, "change");
                    }
                }
            }
        }
        if let Some((id, selection)) = self.focus {
            if let Some(el) = by_id(&id).and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
                let options = web_sys::FocusOptions::new();
                options.set_prevent_scroll(true);
                let _ = el.focus_with_options(&options);
                if let (Some(input), Some((start, end))) =
                    (el.dyn_ref::<HtmlInputElement>(), selection)
                {
                    let _ = input.set_selection_range(start, end);
                }
            }
        }
        if let Some(window) = web_sys::window() {
            window.scroll_to_with_x_and_y(self.scroll.0, self.scroll.1);
        }
    }
}

/// The controls under `root` whose state differs from what the build rendered.
fn typed_before_ready(root: &Element) -> Vec<Typed> {
    let mut typed = Vec::new();
    let Ok(list) = root.query_selector_all("input[id], select[id]") else {
        return typed;
    };
    for i in 0..list.length() {
        let Some(node) = list.item(i) else { continue };
        if let Some(input) = node.dyn_ref::<HtmlInputElement>() {
            // A radio button unticked by ticking another one is carried over by that click.
            let clicked = match input.type_().as_str() {
                "checkbox" => Some(input.checked() != input.default_checked()),
                "radio" => Some(input.checked() && !input.default_checked()),
                _ => None,
            };
            match clicked {
                Some(true) => typed.push(Typed::Clicked(input.id())),
                Some(false) => {}
                None if input.value() != input.default_value() => {
                    typed.push(Typed::Text(input.id(), input.value()));
                }
                None => {}
            }
        } else if let Some(select) = node.dyn_ref::<HtmlSelectElement>() {
            let rendered = select
                .query_selector("option[selected]")
                .ok()
                .flatten()
                .and_then(|o| o.get_attribute("value"));
            if rendered.is_some_and(|r| r != select.value()) {
                typed.push(Typed::Chosen(select.id(), select.value()));
            }
        }
    }
    typed
}

fn fire(target: &web_sys::EventTarget, kind: &str) {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    if let Ok(event) = web_sys::Event::new_with_event_init_dict(kind, &init) {
        let _ = target.dispatch_event(&event);
    }
}

/// Runs `f` as a microtask queued now: after the work already queued (Yew's first render and
/// its effects), before the browser paints.
pub fn before_paint(f: impl FnOnce() + 'static) {
    if let Some(window) = web_sys::window() {
        let callback = Closure::once_into_js(f);
        window.queue_microtask(callback.unchecked_ref());
    }
}

/// The page is alive, showing the figures asked for.
pub fn alive() {
    if let Some(html) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let classes = html.class_list();
        let _ = classes.remove_1(WAITING_CLASS);
        let _ = classes.add_1(LIVE_CLASS);
    }
}
