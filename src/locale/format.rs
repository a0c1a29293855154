//! Numbers, money and percentages the language's way: "1.234,56 kr." in Danish, "DKK 1,234.56"
//! in English.

use super::Lang;

/// `x` with between `min` and `max` decimals, grouped the language's way; "–" if not finite.
pub fn number(lang: Lang, x: f64, min: u8, max: u8) -> String {
    if !x.is_finite() {
        return "–".to_string();
    }
    // Avoid "-0" for values that round to zero.
    let x = if x == 0.0 { 0.0 } else { x };
    #[cfg(target_arch = "wasm32")]
    let text = super::intl::format(lang, x, min, max);
    #[cfg(not(target_arch = "wasm32"))]
    let text = super::native::format(lang, x, min, max);
    text
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
    percent_with(lang, fraction, 1, 1)
}

/// A fraction as a percentage with `min`–`max` decimals.
pub fn percent_with(lang: Lang, fraction: f64, min: u8, max: u8) -> String {
    let n = number(lang, fraction * 100.0, min, max);
    match lang {
        Lang::Da => format!("{n}\u{a0}%"),
        Lang::En => format!("{n}%"),
    }
}

/// The date of an ISO 8601 time ("2026-11-24T10:15:00Z") the language's way: "24. november 2026"
/// / "24 November 2026"; the text itself if it is not a date.
pub fn date(lang: Lang, iso: &str) -> String {
    #[cfg(target_arch = "wasm32")]
    let text = super::intl::date(lang, iso);
    #[cfg(not(target_arch = "wasm32"))]
    let text = super::native::date(lang, iso);
    text.unwrap_or_else(|| iso.to_string())
}
