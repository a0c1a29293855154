//! What a host page may ask for in the URL: what takes effect, what is ignored with a note.
#![cfg(not(target_arch = "wasm32"))]

use partnerskabsberegneren::app::config::{Font, Part};
use partnerskabsberegneren::app::embed::{accent, from_query, to_pairs};
use partnerskabsberegneren::app::{Action, Edit, StartConfig, State};
use partnerskabsberegneren::locale::Lang;
use partnerskabsberegneren::model::{BreakEvenKind, FieldId, FieldPath, PresetId};

fn pairs(query: &[(&str, &str)]) -> Vec<(String, String)> {
    query
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

const COURSE: FieldPath = FieldPath::global(FieldId::CoursePricePerWeek);

#[test]
fn a_prefilled_locked_embed_starts_as_asked() {
    let (config, notes) = from_query(
        &pairs(&[
            ("embed", "1"),
            ("lang", "en"),
            ("model", "joint"),
            ("year", "2025"),
            ("set.municipal.course_price_per_week", "2500"),
            ("set.pricing.markup_rate", "12.5"),
            (
                "lock.municipal.course_price_per_week",
                "Rebild Kommunes pris 2026",
            ),
            ("accent", "005A7E"),
            ("font", "verdana"),
            ("hide", "glossary,breakevens"),
        ]),
        StartConfig::default(),
    );
    assert_eq!(notes, Vec::<String>::new());
    assert!(config.view.embedded);
    assert_eq!(config.lang, Lang::En);
    assert_eq!(config.rate_year, 2025);
    assert_eq!(config.view.accent.as_deref(), Some("#005a7e"));
    assert_eq!(config.view.font, Some(Font::Verdana));
    assert_eq!(config.view.hidden, vec![Part::Glossary, Part::BreakEvens]);
    let state = State::new(config.clone());
    let doc = state.active_doc();
    assert_eq!(doc.scenario.municipal.course_price_per_week, 2500.0);
    assert_eq!(doc.scenario.pricing.markup_rate, 0.125);
    assert!(doc.is_fixed(COURSE));
    assert_eq!(
        state.view.lock(COURSE).unwrap().note,
        "Rebild Kommunes pris 2026"
    );
    // The embed page writes the same request back.
    let (again, _) = from_query(&to_pairs(&config), StartConfig::default());
    assert_eq!(again, config);
}

#[test]
fn a_locked_field_stays_fixed_through_edits_models_and_break_evens() {
    let (config, _) = from_query(
        &pairs(&[
            ("set.municipal.course_price_per_week", "2500"),
            ("lock.municipal.course_price_per_week", ""),
        ]),
        StartConfig::default(),
    );
    let mut s = State::new(config);
    s.apply(Action::Edit(0, Edit::SetNumber(COURSE, "4000".into())));
    s.apply(Action::Edit(0, Edit::UseDefault(COURSE)));
    s.apply(Action::Edit(0, Edit::LoadPreset(PresetId::Supplier)));
    s.apply(Action::Edit(
        0,
        Edit::AddGroup(partnerskabsberegneren::model::GroupKind::Participant),
    ));
    s.apply(Action::Edit(
        0,
        Edit::ApplyBreakEven(BreakEvenKind::CoursePrice),
    ));
    assert_eq!(
        s.active_doc().scenario.municipal.course_price_per_week,
        2500.0
    );
    assert!(s.active_doc().apply_error.is_some());
}

#[test]
fn bad_parameters_are_ignored_with_a_note_each() {
    let (config, notes) = from_query(
        &pairs(&[
            ("lang", "de"),
            ("model", "ikea"),
            ("year", "1999"),
            ("accent", "ffff00"),
            ("accent", "red; background:url(x)"),
            ("font", "Comic Sans"),
            ("hide", "everything"),
            ("set.municipal.course_price_per_week", "-5"),
            ("set.municipal.course_price_per_week", "abc"),
            ("set.groups[0].persons", "3"),
            ("set.no.such", "1"),
            ("lock.groups[0].persons", "x"),
            ("color", "blue"),
        ]),
        StartConfig::default(),
    );
    assert_eq!(notes.len(), 13, "{notes:#?}");
    assert_eq!(config, StartConfig::default());
}

#[test]
fn an_accent_needs_enough_contrast_to_white_text() {
    assert_eq!(accent("#0B4F6C").as_deref(), Some("#0b4f6c"));
    assert_eq!(accent("767676").as_deref(), Some("#767676")); // 4.54:1
    assert_eq!(accent("777777"), None); // 4.48:1
    assert_eq!(accent("0b4f6"), None);
    assert_eq!(accent("#0b4f6g"), None);
}

#[test]
fn the_snippet_query_is_encoded_as_a_form() {
    use partnerskabsberegneren::app::embed::encode_query;
    let pairs = [
        ("embed".to_string(), "1".to_string()),
        (
            "lock.municipal.course_price_per_week".to_string(),
            "Rebild Kommunes pris".to_string(),
        ),
        ("accent".to_string(), "#005a7e".to_string()),
        ("note".to_string(), "Pris – år 2026 & mentor".to_string()),
    ];
    assert_eq!(
        encode_query(&pairs),
        "embed=1&lock.municipal.course_price_per_week=Rebild+Kommunes+pris&accent=%23005a7e\
         &note=Pris+%E2%80%93+%C3%A5r+2026+%26+mentor"
    );
}

#[test]
fn set_values_are_written_with_a_point_and_their_sign() {
    use partnerskabsberegneren::model::{FieldId, FieldPath};
    let config = StartConfig {
        values: vec![
            (
                FieldPath::global(FieldId::CoursePricePerWeek),
                12_345.678_91,
            ),
            (FieldPath::global(FieldId::MarkupRate), -0.005),
        ],
        ..StartConfig::default()
    };
    let pairs = to_pairs(&config);
    let value = |key: &str| {
        pairs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    };
    assert_eq!(
        value("set.municipal.course_price_per_week"),
        Some("12345.6789")
    );
    // A percentage between -1 and 0 keeps its sign (it was written "0.5" before).
    assert_eq!(value("set.pricing.markup_rate"), Some("-0.5"));
}
