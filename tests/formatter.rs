//! What the page writes in Rust against what the browser wrote before: numbers and dates against
//! `Intl`, the embed snippet's query against `URLSearchParams`. Not one character may differ. Run in headless Chromium with
//! `cargo test --target wasm32-unknown-unknown --test formatter`.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Intl, Object, Reflect};
use partnerskabsberegneren::locale::format;
use partnerskabsberegneren::locale::Lang;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// The decimals the page asks for somewhere (money, percentages, hours, FTE, inputs).
const DECIMALS: [(u8, u8); 9] = [
    (0, 0),
    (0, 1),
    (1, 1),
    (0, 2),
    (2, 2),
    (0, 3),
    (0, 4),
    (1, 4),
    (2, 6),
];

fn intl(lang: Lang, min: u8, max: u8) -> js_sys::Function {
    let locales = Array::of1(&JsValue::from_str(lang.locale()));
    let options = Object::new();
    let _ = Reflect::set(&options, &"minimumFractionDigits".into(), &min.into());
    let _ = Reflect::set(&options, &"maximumFractionDigits".into(), &max.into());
    Intl::NumberFormat::new(&locales, &options).format()
}

/// A small deterministic generator (xorshift64*), so a failure can be run again.
struct Draws(u64);

impl Draws {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// Values of every kind the page shows, and the awkward ones: exactly half-way between two
/// roundings (in decimal and in binary), negative zero and negatives that round to zero, the
/// largest and smallest numbers, integers beyond 2^53, and random bit patterns.
fn values() -> Vec<f64> {
    let mut v = vec![
        0.0,
        -0.0,
        0.5,
        -0.5,
        1.5,
        2.5,
        -2.5,
        0.125,
        0.375,
        1.005,
        1.015,
        1.025,
        2.675,
        1.0005,
        0.045,
        -0.045,
        -0.001,
        -0.0049,
        -0.005,
        0.0049999,
        999.5,
        999.95,
        9_999.995,
        99_999.5,
        1_039.499_999_999_999_9,
        0.1 + 0.2,
        1e15,
        1e16,
        1e17,
        123_456_789_012_345_680.0,
        1e21,
        -1e21,
        1.234_5e25,
        1e300,
        f64::MAX,
        -f64::MAX,
        f64::MIN_POSITIVE,
        5e-324,
        -5e-324,
        1e-7,
        1.5e-7,
        9_007_199_254_740_993.0,
        4_503_599_627_370_495.5,
        2.0 / 3.0,
        -2.0 / 3.0,
        50_242.5,
        302_302.627_5,
        1.039_5,
        0.628_6,
    ];
    let mut draws = Draws(0x5eed_1234_abcd_0001);
    for _ in 0..4_000 {
        // Half-way in decimal: n + 5 × 10^-(d + 1), as typed or computed.
        let d = draws.below(5) as i32;
        let n = draws.below(10_000_000) as f64;
        let x = (n * 10.0 + 5.0) / 10f64.powi(d + 1);
        v.push(x);
        v.push(-x);
        // Money-sized values with øre.
        v.push(draws.below(100_000_000) as f64 / 100.0 - 200_000.0);
        // Any magnitude.
        let e = draws.below(40) as i32 - 20;
        v.push((draws.below(1 << 53) as f64 / (1u64 << 53) as f64) * 10f64.powi(e));
        // Any finite bit pattern.
        let bits = draws.next();
        let y = f64::from_bits(bits);
        if y.is_finite() {
            v.push(y);
        }
    }
    v
}

#[wasm_bindgen_test]
fn every_number_is_written_as_intl_wrote_it() {
    let values = values();
    let mut differences = Vec::new();
    let mut compared = 0usize;
    for lang in Lang::ALL {
        for (min, max) in DECIMALS {
            let f = intl(lang, min, max);
            for &x in &values {
                let theirs = f
                    .call1(&JsValue::UNDEFINED, &JsValue::from_f64(x))
                    .ok()
                    .and_then(|v| v.as_string())
                    .unwrap_or_default();
                let ours = format::decimal(lang, x, min, max);
                compared += 1;
                if ours != theirs && differences.len() < 20 {
                    differences.push(format!(
                        "{lang:?} {min}-{max} {:?} ({:#x}): Intl {theirs:?}, ours {ours:?}",
                        x,
                        x.to_bits()
                    ));
                }
            }
        }
    }
    assert!(compared > 300_000, "compared only {compared}");
    assert!(
        differences.is_empty(),
        "{} differences, the first:\n{}",
        differences.len(),
        differences.join("\n")
    );
}

#[wasm_bindgen_test]
fn money_and_percentages_read_as_before() {
    // What the page showed through Intl, with the currency and percent sign around it.
    let cases = [
        (format::kr(Lang::Da, 385_192.5), "385.193\u{a0}kr."),
        (format::kr(Lang::En, 385_192.5), "DKK\u{a0}385,193"),
        (format::kr2(Lang::Da, 291.805), "291,81\u{a0}kr."),
        (format::kr(Lang::Da, -34_982.4), "-34.982\u{a0}kr."),
        (format::kr(Lang::Da, -0.0), "0\u{a0}kr."),
        (format::percent(Lang::Da, 1.0391), "103,9\u{a0}%"),
        (format::percent(Lang::En, 1.0391), "103.9%"),
        (format::number(Lang::Da, f64::NAN, 0, 0), "–"),
    ];
    for (ours, expected) in cases {
        assert_eq!(ours, expected);
    }
}

#[wasm_bindgen_test]
fn dates_are_written_as_intl_wrote_them() {
    for (iso, y, m, d) in [
        ("2026-11-24T10:15:00.000Z", 2026, 11, 24),
        ("2024-02-29T00:00:00.000Z", 2024, 2, 29),
        ("2025-01-01T12:00:00.000Z", 2025, 1, 1),
    ] {
        let date = partnerskabsberegneren::locale::CivilDate {
            year: y,
            month: m,
            day: d,
        };
        for lang in Lang::ALL {
            let options = Object::new();
            for (k, v) in [("day", "numeric"), ("month", "long"), ("year", "numeric")] {
                let _ = Reflect::set(&options, &k.into(), &v.into());
            }
            let _ = Reflect::set(&options, &"timeZone".into(), &"UTC".into());
            let theirs: String = js_sys::Date::new(&iso.into())
                .to_locale_date_string(lang.locale(), &options)
                .into();
            assert_eq!(format::date(lang, date), theirs, "{iso} {lang:?}");
        }
    }
}

#[wasm_bindgen_test]
fn the_embed_query_is_written_as_url_search_params_wrote_it() {
    use partnerskabsberegneren::app::embed::encode_query;
    let texts = [
        "embed",
        "1",
        "Kommunens pris 2026",
        "Rebild Kommunes pris (inkl. mentor) – 2.500 kr./uge",
        "#005a7e",
        "æøå ÆØÅ é ü 😀",
        "a&b=c?d/e+f%g",
        "*-._~!'()",
        "",
        "set.municipal.course_price_per_week",
    ];
    let pairs: Vec<(String, String)> = texts
        .iter()
        .zip(texts.iter().rev())
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    let params = web_sys::UrlSearchParams::new().unwrap();
    for (k, v) in &pairs {
        params.append(k, v);
    }
    let theirs: String = params.to_string().into();
    assert_eq!(encode_query(&pairs), theirs);
}
