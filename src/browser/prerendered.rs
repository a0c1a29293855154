//! The page rendered at build time (`src/bin/prerender.rs`) and how it is replaced by the live
//! app without a visible change: what `#app` says it was rendered for, what the user did in it
//! before the WebAssembly was ready (text typed, boxes ticked, the focus and its selection, the
//! scroll positions of the window and of every scrolled panel), carried over into the live page
//! once the app's first render and its effects are done, and the marks on `<html>`:
//! `pb-waiting`, which `assets/before-paint.js` sets when the address may ask for other figures
//! than the rendered ones, and `pb-live` once the app is alive.
//!
//! The live page's HTML is the rendered page's, so an element is found again by its path of
//! child positions from `#app`.

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlSelectElement};

/// The id of the element the page is rendered in (index.html's `<div id="app">`).
pub const APP_ID: &str = "app";

/// The attribute of `#app` naming the start the HTML inside it was rendered for
/// (`StartConfig::prerender_key`).
pub const KEY_ATTRIBUTE: &str = "data-prerendered";

/// While the rendered figures may not be the ones asked for: hidden behind a loading note.
const WAITING_CLASS: &str = "pb-waiting";

/// Once the app is alive: the controls take clicks (the stylesheet and the start-up script let
/// none through before), and the end-to-end tests know the page is ready.
const LIVE_CLASS: &str = "pb-live";

/// The input types whose text is carried over (not a file's name, nor a hidden value).
const TEXT_TYPES: [&str; 7] = ["text", "search", "tel", "url", "email", "number", "range"];

/// What `root` was rendered for at build time, if it holds a rendered page.
pub fn key(root: &Element) -> Option<String> {
    root.get_attribute(KEY_ATTRIBUTE)
        .filter(|_| root.first_element_child().is_some())
}

/// An element's place under `#app`: the child positions leading to it.
type Path = Vec<u32>;

/// One control the user changed before the page was alive.
enum Typed {
    /// A text or number field's new text.
    Text(Path, String),
    /// A checkbox or radio button clicked.
    Clicked(Path),
    /// A choice in a list.
    Chosen(Path, String),
}

/// What the user did in the rendered page before it was alive.
pub struct Kept {
    typed: Vec<Typed>,
    focus: Option<(Path, Option<(u32, u32)>)>,
    window_scroll: (f64, f64),
    scrolled: Vec<(Path, i32, i32)>,
}

thread_local! {
    static PENDING: RefCell<Option<Kept>> = const { RefCell::new(None) };
}

impl Kept {
    /// Reads it from the page under `root`: controls whose state differs from what the build
    /// rendered, the focused element and its selection, and the scroll positions.
    pub fn read(root: &Element) -> Kept {
        let window = web_sys::window();
        let window_scroll = window
            .as_ref()
            .map(|w| (w.scroll_x().unwrap_or(0.0), w.scroll_y().unwrap_or(0.0)))
            .unwrap_or((0.0, 0.0));
        let focus = window
            .and_then(|w| w.document())
            .and_then(|d| d.active_element())
            .and_then(|e| {
                let path = path_of(root, &e)?;
                let selection = e.dyn_ref::<HtmlInputElement>().and_then(|i| {
                    Some((
                        i.selection_start().ok().flatten()?,
                        i.selection_end().ok().flatten()?,
                    ))
                });
                Some((path, selection))
            });
        let mut scrolled = Vec::new();
        if let Ok(all) = root.query_selector_all("*") {
            for i in 0..all.length() {
                let Some(el) = all.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
                    continue;
                };
                let (top, left) = (el.scroll_top(), el.scroll_left());
                if top != 0 || left != 0 {
                    if let Some(path) = path_of(root, &el) {
                        scrolled.push((path, top, left));
                    }
                }
            }
        }
        Kept {
            typed: typed_before_ready(root),
            focus,
            window_scroll,
            scrolled,
        }
    }

    /// Keeps it until the live app has rendered and run its effects ([`restore_pending`]).
    pub fn keep_until_alive(self) {
        PENDING.with(|p| *p.borrow_mut() = Some(self));
    }

    /// Carries it over into the live page under `root`: types the text again and ticks the boxes
    /// (as events, which the app handles like the user's own), then gives back the focus, its
    /// selection and the scroll positions.
    fn restore(self, root: &Element) {
        for t in self.typed {
            match t {
                Typed::Text(path, value) => {
                    if let Some(input) = at::<HtmlInputElement>(root, &path) {
                        // A value the element refuses is skipped, never thrown.
                        if js_sys::Reflect::set(&input, &"value".into(), &value.into()).is_ok() {
                            fire(&input, "input");
                            fire(&input, "change");
                        }
                    }
                }
                Typed::Clicked(path) => {
                    if let Some(input) = at::<HtmlElement>(root, &path) {
                        input.click();
                    }
                }
                Typed::Chosen(path, value) => {
                    if let Some(select) = at::<HtmlSelectElement>(root, &path) {
                        select.set_value(&value);
                        fire(&select, "change");
                    }
                }
            }
        }
        for (path, top, left) in self.scrolled {
            if let Some(el) = at::<Element>(root, &path) {
                el.set_scroll_top(top);
                el.set_scroll_left(left);
            }
        }
        if let Some((path, selection)) = self.focus {
            if let Some(el) = at::<HtmlElement>(root, &path) {
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
            window.scroll_to_with_x_and_y(self.window_scroll.0, self.window_scroll.1);
        }
    }
}

/// The live app has rendered and run its effects: the page is marked alive first (so nothing
/// below can leave it dead), then what the user did in the rendered page is carried over.
pub fn restore_pending() {
    alive();
    let Some(kept) = PENDING.with(|p| p.borrow_mut().take()) else {
        return;
    };
    if let Some(root) = app_element() {
        kept.restore(&root);
    }
}

/// `#app`, where the paths start.
fn app_element() -> Option<Element> {
    web_sys::window()?.document()?.get_element_by_id(APP_ID)
}

/// How long typing in the rendered page must pause before the app replaces it, in ms.
const TYPING_PAUSE_MS: i32 = 1_200;

/// Runs `f` once the user is not typing in a field of `root`: at once if no field there has the
/// focus, else when the focus leaves it or typing pauses. Replacing the field being typed in
/// would close a phone's on-screen keyboard mid-word.
pub fn when_not_typing(root: &Element, f: impl FnOnce() + 'static) {
    let typing = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .filter(|e| root.contains(Some(e)))
        .and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
        .filter(|i| TEXT_TYPES.contains(&i.type_().as_str()));
    let Some(field) = typing else {
        f();
        return;
    };
    let once = Rc::new(Cell::new(Some(f)));
    let timer = Rc::new(Cell::new(None));
    let run = {
        let once = once.clone();
        move || {
            if let Some(f) = once.take() {
                f();
            }
        }
    };
    let pause = {
        let run = run.clone();
        let timer = timer.clone();
        move || {
            crate::browser::timer::cancel(timer.get());
            let run = run.clone();
            timer.set(crate::browser::timer::later(TYPING_PAUSE_MS, run));
        }
    };
    pause();
    let on_input = Closure::<dyn FnMut()>::new(pause);
    let on_leave = Closure::<dyn FnMut()>::new(run);
    let _ = field.add_event_listener_with_callback("input", on_input.as_ref().unchecked_ref());
    let _ = field.add_event_listener_with_callback("focusout", on_leave.as_ref().unchecked_ref());
    // Listeners on the rendered page's field, which the app removes: they go with it.
    on_input.forget();
    on_leave.forget();
}

/// The child positions from `root` down to `el`, if `el` is under `root`.
fn path_of(root: &Element, el: &Element) -> Option<Path> {
    let mut path = Vec::new();
    let mut at = el.clone();
    while &at != root {
        let parent = at.parent_element()?;
        let children = parent.children();
        let index = (0..children.length()).find(|&i| children.item(i).as_ref() == Some(&at))?;
        path.push(index);
        at = parent;
    }
    path.reverse();
    Some(path)
}

/// The element at `path` under `root`, if it is there and of type `T`.
fn at<T: JsCast>(root: &Element, path: &[u32]) -> Option<T> {
    let mut el = root.clone();
    for &i in path {
        el = el.children().item(i)?;
    }
    el.dyn_into::<T>().ok()
}

/// The controls under `root` whose state differs from what the build rendered.
fn typed_before_ready(root: &Element) -> Vec<Typed> {
    let mut typed = Vec::new();
    let Ok(list) = root.query_selector_all("input, select") else {
        return typed;
    };
    // A path is worked out only for a control that changed: most have not.
    let path = |el: &Element| path_of(root, el);
    for i in 0..list.length() {
        let Some(el) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
            continue;
        };
        if let Some(input) = el.dyn_ref::<HtmlInputElement>() {
            let kind = input.type_();
            // A radio button unticked by ticking another one is carried over by that click.
            let change = match kind.as_str() {
                "checkbox" if input.checked() != input.default_checked() => Some(None),
                "radio" if input.checked() && !input.default_checked() => Some(None),
                k if TEXT_TYPES.contains(&k) && input.value() != input.default_value() => {
                    Some(Some(input.value()))
                }
                _ => None,
            };
            if let Some((change, p)) = change.and_then(|c| Some((c, path(&el)?))) {
                typed.push(match change {
                    None => Typed::Clicked(p),
                    Some(text) => Typed::Text(p, text),
                });
            }
        } else if let Some(select) = el.dyn_ref::<HtmlSelectElement>() {
            let rendered = select
                .query_selector("option[selected]")
                .ok()
                .flatten()
                .and_then(|o| o.get_attribute("value"));
            if rendered.is_some_and(|r| r != select.value()) {
                if let Some(p) = path(&el) {
                    typed.push(Typed::Chosen(p, select.value()));
                }
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

/// The page is alive, showing the figures asked for.
fn alive() {
    if let Some(html) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let classes = html.class_list();
        let _ = classes.remove_1(WAITING_CLASS);
        let _ = classes.add_1(LIVE_CLASS);
    }
    // `#app` was marked busy while it held the rendered page.
    if let Some(app) = app_element() {
        let _ = app.remove_attribute("aria-busy");
    }
}
