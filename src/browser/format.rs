//! Numbers formatted by the browser's `Intl.NumberFormat` ("1.234,56" in Danish, "1,234.56" in
//! English), cached per language and number of decimals. Rust's own float formatting is kept out
//! of the shipped build on purpose (it costs ~18 KB brotli).

use crate::text::Lang;
use js_sys::{Array, Intl, Object, Reflect};
use std::cell::RefCell;
use std::collections::HashMap;
use wasm_bindgen::JsValue;

thread_local! {
    static FORMATS: RefCell<HashMap<(Lang, u8, u8), Intl::NumberFormat>> = RefCell::new(HashMap::new());
}

fn number_format(lang: Lang, min_decimals: u8, max_decimals: u8) -> Intl::NumberFormat {
    FORMATS.with(|cache| {
        cache
            .borrow_mut()
            .entry((lang, min_decimals, max_decimals))
            .or_insert_with(|| {
                let locales = Array::of1(&JsValue::from_str(lang.locale()));
                let options = Object::new();
                let set = |k: &str, v: JsValue| {
                    let _ = Reflect::set(&options, &JsValue::from_str(k), &v);
                };
                set("minimumFractionDigits", JsValue::from(min_decimals));
                set("maximumFractionDigits", JsValue::from(max_decimals));
                Intl::NumberFormat::new(&locales, &options)
            })
            .clone()
    })
}

/// `x` with between `min` and `max` decimals, grouped the language's way; "–" if not finite.
pub fn number(lang: Lang, x: f64, min: u8, max: u8) -> String {
    if !x.is_finite() {
        return "–".to_string();
    }
    // Avoid "-0" for values that round to zero.
    let x = if x == 0.0 { 0.0 } else { x };
    let f = number_format(lang, min, max).format();
    f.call1(&JsValue::UNDEFINED, &JsValue::from_f64(x))
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

/// A sum of money in whole kroner: "1.234 kr." / "DKK 1,234".
pub fn kr(lang: Lang, x: f64) -> String {
    with_currency(lang, number(lang, x, 0, 0))
}

/// A sum of money to the øre: "291,81 kr." / "DKK 291.81".
pub fn kr2(lang: Lang, x: f64) -> String {
    with_currency(lang, number(lang, x, 2, 2))
}

fn with_currency(lang: Lang, n: String) -> String {
    match lang {
        Lang::Da => format!("{n}\u{a0}kr."),
        Lang::En => format!("DKK\u{a0}{n}"),
    }
}

/// A fraction as a percentage with one decimal: 1.039 → "103,9 %" / "103.9%".
pub fn percent(lang: Lang, fraction: f64) -> String {
    let n = number(lang, fraction * 100.0, 1, 1);
    match lang {
        Lang::Da => format!("{n}\u{a0}%"),
        Lang::En => format!("{n}%"),
    }
}
