//! What a host page may ask for in the calculator's URL parameters: embed mode, a model, fixed
//! (optionally locked) values, the language, the rate year, an accent colour, a font from a safe
//! list and parts to hide. Pure: the browser layer splits and decodes the query
//! (`URLSearchParams`); every value that does not hold is ignored with a note, never an error page.

use super::config::{Font, Lock, Part, Reader, StartConfig};
use crate::locale::parse::{parse_number, DecimalConvention};
use crate::locale::Lang;
use crate::model::rates;
use crate::model::{FieldPath, PresetId};

/// The least contrast of the accent colour against white text on it (WCAG 2.1 AA, 4.5:1).
pub const MIN_ACCENT_CONTRAST: f64 = 4.5;

/// The longest note kept (characters).
pub const MAX_NOTE_CHARS: usize = 120;

/// The start configuration a query asks for, and a note for each parameter that was ignored.
pub fn from_query(
    pairs: &[(String, String)],
    mut config: StartConfig,
) -> (StartConfig, Vec<String>) {
    let mut notes = Vec::new();
    let mut values: Vec<(FieldPath, f64)> = Vec::new();
    let mut note = |n: String| notes.push(n);
    for (key, value) in pairs {
        let value = value.trim();
        match key.as_str() {
            "embed" => config.view.embedded = value != "0",
            "lang" => match Lang::from_tag(value) {
                Some(l) => config.lang = l,
                None => note(format!("lang={value}: not da or en")),
            },
            "model" => match PresetId::from_key(value) {
                Some(p) => config.preset = p,
                None => note(format!("model={value}: no such model")),
            },
            "year" => match value
                .parse::<u16>()
                .ok()
                .filter(|y| rates::table_of(*y).is_some())
            {
                Some(y) => config.rate_year = y,
                None => note(format!("year={value}: no rates for that year")),
            },
            "accent" => match accent(value) {
                Some(c) => config.view.accent = Some(c),
                None => note(format!(
                    "accent={value}: not a hex colour with 4.5:1 contrast to white"
                )),
            },
            "font" => match Font::from_key(value) {
                Some(f) => config.view.font = Some(f),
                None => note(format!(
                    "font={value}: not one of system, arial, verdana, georgia"
                )),
            },
            "reader" => match Reader::from_key(value) {
                Some(r) => config.view.reader = Some(r),
                None => note(format!(
                    "reader={value}: not one of company, enterprise, municipality"
                )),
            },
            "hide" => {
                for part in value.split(',').map(str::trim).filter(|p| !p.is_empty()) {
                    match Part::from_key(part) {
                        Some(p) if !config.view.hidden.contains(&p) => config.view.hidden.push(p),
                        Some(_) => {}
                        None => note(format!("hide={part}: no such part")),
                    }
                }
            }
            _ => match key.split_once('.') {
                Some(("set", path)) | Some(("lock", path)) => {
                    let locking = key.starts_with("lock.");
                    match global_path(path) {
                        None => note(format!("{key}: not a scenario-wide field")),
                        Some(p) if locking => {
                            let note_text: String = value.chars().take(MAX_NOTE_CHARS).collect();
                            config.view.locks.retain(|l| l.path != p);
                            config.view.locks.push(Lock {
                                path: p,
                                note: note_text,
                            });
                        }
                        Some(p) => match field_value(p, value) {
                            Some(v) => values.push((p, v)),
                            None => note(format!("{key}={value}: not a valid value for the field")),
                        },
                    }
                }
                _ => note(format!("{key}: unknown parameter")),
            },
        }
    }
    // A lock fixes the field at its set value, or at the model's value when none is set.
    config.values = values;
    (config, notes)
}

/// A scenario-wide field path; group fields depend on a model's groups and cannot be prefilled.
fn global_path(text: &str) -> Option<FieldPath> {
    text.parse::<FieldPath>().ok().filter(|p| p.group.is_none())
}

/// A value typed as a person would in the field's unit ("2500", "12.5" for 12.5 %), within range.
fn field_value(path: FieldPath, text: &str) -> Option<f64> {
    let spec = path.field.spec();
    let v = parse_number(text, DecimalConvention::English).ok()? / spec.unit.display_factor();
    let whole_ok = !spec.whole || v.fract() == 0.0;
    (v.is_finite() && v >= spec.min && v <= spec.max && whole_ok).then_some(v)
}

/// `rrggbb` or `#rrggbb` with enough contrast to white, as `#rrggbb`.
pub fn accent(text: &str) -> Option<String> {
    let hex = text.strip_prefix('#').unwrap_or(text);
    if hex.len() != 6 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let channel = |i: usize| {
        u8::from_str_radix(&hex[i..i + 2], 16)
            .ok()
            .map(|c| f64::from(c) / 255.0)
    };
    let linear = |c: f64| {
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    let (r, g, b) = (channel(0)?, channel(2)?, channel(4)?);
    let luminance = 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    let contrast = 1.05 / (luminance + 0.05);
    (contrast >= MIN_ACCENT_CONTRAST).then(|| format!("#{}", hex.to_ascii_lowercase()))
}

/// `pairs` as a query ("embed=1&lang=da&…") written exactly as the browser's `URLSearchParams`
/// writes it (application/x-www-form-urlencoded: letters, digits and `*-._` as they are, a space
/// as `+`, every other byte of the UTF-8 as `%XX`), in Rust, so a page can be rendered without a
/// browser.
pub fn encode_query(pairs: &[(String, String)]) -> String {
    fn push(out: &mut String, text: &str) {
        const HEX: &[u8; 16] = b"0123456789ABCDEF";
        for b in text.bytes() {
            match b {
                b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'*' | b'-' | b'.' | b'_' => {
                    out.push(char::from(b))
                }
                b' ' => out.push('+'),
                _ => {
                    out.push('%');
                    out.push(char::from(HEX[usize::from(b >> 4)]));
                    out.push(char::from(HEX[usize::from(b & 15)]));
                }
            }
        }
    }
    let mut out = String::new();
    for (i, (k, v)) in pairs.iter().enumerate() {
        if i > 0 {
            out.push('&');
        }
        push(&mut out, k);
        out.push('=');
        push(&mut out, v);
    }
    out
}

/// The query parameters that ask for `config` in embed mode, in order (the embed page builds its
/// snippet from them; [`encode_query`] writes them).
pub fn to_pairs(config: &StartConfig) -> Vec<(String, String)> {
    let mut out = vec![
        ("embed".to_string(), "1".to_string()),
        ("lang".to_string(), config.lang.tag().to_string()),
        ("model".to_string(), config.preset.key().to_string()),
        ("year".to_string(), config.rate_year.to_string()),
    ];
    for (path, v) in &config.values {
        let shown = v * path.field.spec().unit.display_factor();
        out.push((format!("set.{path}"), number_for_url(shown)));
    }
    for l in &config.view.locks {
        out.push((format!("lock.{}", l.path), l.note.clone()));
    }
    if let Some(a) = &config.view.accent {
        out.push(("accent".to_string(), a.trim_start_matches('#').to_string()));
    }
    if let Some(f) = config.view.font {
        out.push(("font".to_string(), f.key().to_string()));
    }
    if let Some(r) = config.view.reader {
        out.push(("reader".to_string(), r.key().to_string()));
    }
    if !config.view.hidden.is_empty() {
        let keys: Vec<&str> = config.view.hidden.iter().map(|p| p.key()).collect();
        out.push(("hide".to_string(), keys.join(",")));
    }
    out
}

/// A number as the query writes it: digits with a point, no grouping, at most 4 decimals, by the
/// one formatter (English digits without the thousands separator).
fn number_for_url(x: f64) -> String {
    crate::locale::format::number(Lang::En, x, 0, 4).replace(',', "")
}
