//! The texts, natively: every field, kind, model, rate and message has both languages, and
//! messages read with their numbers formatted the language's way.
#![cfg(not(target_arch = "wasm32"))]

use partnerskabsberegneren::locale::format;
use partnerskabsberegneren::locale::parse::NumberError;
use partnerskabsberegneren::locale::Lang;
use partnerskabsberegneren::model::{FieldId, MessageKey, PresetId, RateId};
use partnerskabsberegneren::text::{fields, messages, presets};

fn both(f: impl Fn(Lang) -> String) -> (String, String) {
    (f(Lang::Da), f(Lang::En))
}

#[test]
fn every_field_has_a_danish_and_an_english_label() {
    for f in FieldId::all() {
        let (da, en) = both(|l| fields::label(l, f).to_string());
        assert!(!da.is_empty() && da != en, "{f:?}: {da} / {en}");
        assert_eq!(
            fields::hint(Lang::Da, f).is_some(),
            fields::hint(Lang::En, f).is_some()
        );
    }
}

#[test]
fn every_model_and_rate_has_both_languages() {
    for id in PresetId::ALL {
        assert!(!presets::name(Lang::Da, *id).is_empty());
        assert_ne!(
            presets::description(Lang::Da, *id),
            presets::description(Lang::En, *id)
        );
    }
    for id in RateId::ALL {
        let (da, en) = both(|l| fields::rate_name(l, id).to_string());
        assert!(!da.is_empty() && da != en, "{id:?}");
    }
}

#[test]
fn no_danish_text_uses_the_rejected_terms() {
    // "avance" suggests profit where the seeds say overhead; "følgeomkostninger" is
    // "lønafhængige omkostninger"; the headline is coverage, not a contribution margin.
    let mut texts: Vec<String> = FieldId::all()
        .flat_map(|f| [Some(fields::label(Lang::Da, f)), fields::hint(Lang::Da, f)])
        .flatten()
        .map(str::to_string)
        .collect();
    texts.push(messages::problem(
        Lang::Da,
        None,
        MessageKey::NoSupportStaff,
    ));
    for t in texts {
        let lower = t.to_lowercase();
        for banned in ["avance", "følgeomkostning", "dækningsgrad"] {
            assert!(!lower.contains(banned), "{t}");
        }
    }
}

#[test]
fn numbers_are_written_the_danish_and_the_english_way() {
    assert_eq!(format::kr(Lang::Da, 385_192.5), "385.193\u{a0}kr.");
    assert_eq!(format::kr2(Lang::Da, 291.8125), "291,81\u{a0}kr.");
    assert_eq!(format::percent(Lang::Da, 1.039_496), "103,9\u{a0}%");
    assert_eq!(format::kr(Lang::En, 1234.0), "DKK\u{a0}1,234");
    assert_eq!(format::kr(Lang::Da, -191_714.88), "-191.715\u{a0}kr.");
    assert_eq!(format::number(Lang::Da, f64::NAN, 0, 0), "–");
    assert_eq!(format::number(Lang::Da, -0.0, 0, 0), "0");
    // As the browser's Intl wrote it (and so the page showed it): a negative value that rounds to
    // zero keeps its sign. The old native twin wrote "0" here, unlike the browser.
    assert_eq!(format::number(Lang::Da, -0.004, 0, 2), "-0");
    assert_eq!(format::number(Lang::Da, 1.005, 0, 2), "1,01");
    assert_eq!(
        format::number(Lang::En, 1_234_567.891, 0, 2),
        "1,234,567.89"
    );
}

#[test]
fn messages_name_the_limit_with_its_unit() {
    let weeks = Some(FieldId::WeeksPerYear);
    assert_eq!(
        messages::problem(Lang::Da, weeks, MessageKey::AboveMax { max: 52.0 }),
        "Må højst være 52 uger."
    );
    assert_eq!(
        messages::problem(Lang::Da, weeks, MessageKey::BelowMin { min: 1.0 }),
        "Skal være mindst 1 uge."
    );
    assert_eq!(
        messages::problem(
            Lang::Da,
            Some(FieldId::MarkupRate),
            MessageKey::OutsideTypical {
                low: 0.05,
                high: 0.30
            }
        ),
        "Usædvanlig værdi: typisk 5–30\u{a0}%. Tjek tallet."
    );
    assert_eq!(
        messages::problem(
            Lang::En,
            Some(FieldId::CoursePricePerWeek),
            MessageKey::OutsideTypical {
                low: 1_500.0,
                high: 5_000.0
            }
        ),
        "Unusual value: typically 1,500–5,000 DKK/week. Check the figure."
    );
    // The minimum wage names its agreement and its own year, from the rate table.
    let m = messages::problem(
        Lang::Da,
        Some(FieldId::HourlyWage),
        MessageKey::WageBelowMinimum {
            minimum: 139.85,
            year: 2025,
        },
    );
    assert_eq!(
        m,
        "Timelønnen er under mindstelønnen på 139,85\u{a0}kr. pr. time i Industriens Overenskomst (2025)."
    );
    assert_eq!(
        messages::number_error(Lang::Da, NumberError::Empty),
        "Skriv et tal."
    );
}
