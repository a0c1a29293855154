//! The browser's `localStorage`, for the library of saved scenarios. Storage is optional: in
//! private mode, a sandboxed or cross-site frame, or with a full quota it fails, and every call
//! here says so instead of panicking. Each saved scenario is an entry of its own, so a damaged
//! entry never takes the others with it.

use wasm_bindgen::JsCast;

/// The prefix of the keys of saved scenarios.
pub const PREFIX: &str = "partnerskabsberegneren.scenarie.";

const PROBE: &str = "partnerskabsberegneren.probe";

/// Why the browser's storage cannot be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageProblem {
    /// Storage is switched off or blocked (private mode, a sandboxed or cross-site frame).
    Unavailable,
    /// Storage is full.
    Full,
}

fn store() -> Result<web_sys::Storage, StorageProblem> {
    // Reading `localStorage` itself throws in a sandboxed frame or with storage blocked.
    let storage = web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or(StorageProblem::Unavailable)?;
    Ok(storage)
}

fn problem_of(error: &wasm_bindgen::JsValue) -> StorageProblem {
    let name = error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.name()))
        .unwrap_or_default();
    if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" {
        StorageProblem::Full
    } else {
        StorageProblem::Unavailable
    }
}

/// Whether scenarios can be saved: storage exists and takes a small write.
pub fn check() -> Result<(), StorageProblem> {
    let s = store()?;
    s.set_item(PROBE, "1").map_err(|e| problem_of(&e))?;
    let _ = s.remove_item(PROBE);
    Ok(())
}

/// Every saved scenario: its key and stored text, in the browser's order.
pub fn entries() -> Result<Vec<(String, String)>, StorageProblem> {
    let s = store()?;
    let n = s.length().map_err(|_| StorageProblem::Unavailable)?;
    let mut out = Vec::new();
    for i in 0..n {
        let Some(key) = s.key(i).ok().flatten() else {
            continue;
        };
        if !key.starts_with(PREFIX) {
            continue;
        }
        if let Some(text) = s.get_item(&key).ok().flatten() {
            out.push((key, text));
        }
    }
    Ok(out)
}

/// The stored text under `key`, if any.
pub fn read(key: &str) -> Result<Option<String>, StorageProblem> {
    store()?
        .get_item(key)
        .map_err(|_| StorageProblem::Unavailable)
}

/// Stores `text` under `key`.
pub fn write(key: &str, text: &str) -> Result<(), StorageProblem> {
    store()?.set_item(key, text).map_err(|e| problem_of(&e))
}

/// Removes the entry under `key`.
pub fn remove(key: &str) -> Result<(), StorageProblem> {
    store()?
        .remove_item(key)
        .map_err(|_| StorageProblem::Unavailable)
}

/// A key for a new entry, unused by any stored entry (damaged ones included).
pub fn new_key() -> Result<String, StorageProblem> {
    let taken: Vec<String> = entries()?.into_iter().map(|(k, _)| k).collect();
    let mut n = js_sys::Date::now() as u64;
    loop {
        let key = format!("{PREFIX}{n}");
        if !taken.contains(&key) {
            return Ok(key);
        }
        n += 1;
    }
}

/// The tab's `sessionStorage`: kept across reloads of this tab, gone when it closes.
fn session() -> Result<web_sys::Storage, StorageProblem> {
    web_sys::window()
        .and_then(|w| w.session_storage().ok().flatten())
        .ok_or(StorageProblem::Unavailable)
}

/// The text this tab keeps under `key`, if any and if session storage can be read.
pub fn session_read(key: &str) -> Option<String> {
    session().ok()?.get_item(key).ok().flatten()
}

/// Keeps `text` under `key` for this tab; a refusal (blocked or full) is returned, not thrown.
pub fn session_write(key: &str, text: &str) -> Result<(), StorageProblem> {
    session()?.set_item(key, text).map_err(|e| problem_of(&e))
}
