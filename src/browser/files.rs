//! Files in and out: a download made in the browser (nothing goes to a server) and a file the
//! user picks.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::formats::scenario_file::{FileError, MAX_FILE_BYTES};

/// Offers `text` as a download named `name` of type `mime`.
pub fn download(name: &str, mime: &str, text: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let anchor = doc
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    if let (Some(a), Some(body)) = (anchor, doc.body()) {
        a.set_href(&url);
        a.set_download(name);
        // In the page while clicked, and the address kept a moment: some browsers cancel a
        // download from a detached link or a revoked address.
        let _ = body.append_child(&a);
        a.click();
        super::timer::later(1_000, move || {
            a.remove();
            let _ = web_sys::Url::revoke_object_url(&url);
        });
    }
}

/// Reads the first file picked in `input` as text; `done` hears its name and text, or why not (a
/// file over [`MAX_FILE_BYTES`] is refused unread). The input is cleared, so the same file can be
/// picked again.
pub fn read_picked(
    input: &web_sys::HtmlInputElement,
    done: impl FnOnce(Result<(String, String), FileError>) + 'static,
) {
    let Some(file) = input.files().and_then(|f| f.get(0)) else {
        return;
    };
    input.set_value("");
    if file.size() > MAX_FILE_BYTES as f64 {
        done(Err(FileError::TooLarge {
            bytes: file.size() as usize,
        }));
        return;
    }
    let name = file.name();
    let done = std::rc::Rc::new(std::cell::RefCell::new(Some(done)));
    let on_ok: Closure<dyn FnMut(JsValue)> = {
        let done = done.clone();
        Closure::once(move |text: JsValue| {
            if let Some(f) = done.borrow_mut().take() {
                f(text.as_string().map(|t| (name, t)).ok_or_else(unreadable));
            }
        })
    };
    let on_err: Closure<dyn FnMut(JsValue)> = Closure::once(move |_: JsValue| {
        if let Some(f) = done.borrow_mut().take() {
            f(Err(unreadable()));
        }
    });
    let _ = file.text().then2(&on_ok, &on_err);
    on_ok.forget();
    on_err.forget();
}

/// A file the browser could not read as text.
fn unreadable() -> FileError {
    FileError::InvalidJson {
        detail: "the browser could not read the file".into(),
    }
}
