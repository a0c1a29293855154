//! `Intl.NumberFormat`, cached per language and number of decimals.

use super::Lang;
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

/// A finite `x` formatted by the browser.
pub fn format(lang: Lang, x: f64, min: u8, max: u8) -> String {
    let f = number_format(lang, min, max).format();
    f.call1(&JsValue::UNDEFINED, &JsValue::from_f64(x))
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

/// The date of `iso` by `Date.toLocaleDateString`, in the browser's time zone.
pub fn date(lang: Lang, iso: &str) -> Option<String> {
    let d = js_sys::Date::new(&JsValue::from_str(iso));
    if d.get_time().is_nan() {
        return None;
    }
    let options = Object::new();
    for (k, v) in [("day", "numeric"), ("month", "long"), ("year", "numeric")] {
        let _ = Reflect::set(&options, &JsValue::from_str(k), &JsValue::from_str(v));
    }
    d.to_locale_date_string(lang.locale(), &options).as_string()
}
