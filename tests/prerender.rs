//! The page rendered at build time (`src/bin/prerender.rs`), natively: every model in both
//! languages renders as the browser would show it, results and years included, and only a plain
//! start (a model's example, a language, a rate year) is ever given a rendered page, under a
//! name of its own.
#![cfg(not(target_arch = "wasm32"))]

use partnerskabsberegneren::app::config::Part;
use partnerskabsberegneren::app::StartConfig;
use partnerskabsberegneren::locale::{format, CivilDate, Lang};
use partnerskabsberegneren::model::{evaluate, PresetId};

const TODAY: CivilDate = CivilDate {
    year: 2026,
    month: 11,
    day: 30,
};

fn start(lang: Lang, preset: PresetId) -> StartConfig {
    StartConfig {
        lang,
        preset,
        rate_year: StartConfig::rate_year_for(2026),
        today: TODAY,
        ..StartConfig::default()
    }
}

#[test]
fn every_model_renders_with_its_results_and_years_in_both_languages() {
    for lang in Lang::ALL {
        for &preset in PresetId::ALL {
            let config = start(lang, preset);
            let mut scenario = preset.scenario();
            scenario.rate_year = config.rate_year;
            let coverage = evaluate(&scenario).coverage.ratio.expect("a coverage");
            let html = partnerskabsberegneren::render_static(config);
            let label = format!("{} {}", lang.tag(), preset.key());
            assert!(
                html.contains(&format::percent(lang, coverage)),
                "{label}: the coverage {} is not on the rendered page",
                format::percent(lang, coverage)
            );
            assert!(
                html.contains(&format!("lang=\"{}\"", lang.tag())),
                "{label}"
            );
            assert!(
                html.contains(&format!("id=\"preset-{}\"", preset.key())),
                "{label}: the model chooser"
            );
            // The years are computed with the first render, not after a pause.
            assert!(html.contains("id=\"years-table\""), "{label}: no years");
            assert!(
                !html.contains("aria-busy=\"true\""),
                "{label}: something still busy"
            );
            // Replaced, not hydrated: no hydration markers.
            assert!(!html.contains("<!--<["), "{label}: hydration markers");
            // The strict CSP: no inline style or script on the rendered page.
            assert!(
                !html.contains(" style=") && !html.contains("<script"),
                "{label}"
            );
        }
    }
}

#[test]
fn each_plain_start_names_its_own_rendered_page() {
    let mut keys = Vec::new();
    for lang in Lang::ALL {
        for &preset in PresetId::ALL {
            for year in [2025, 2026] {
                let mut config = start(lang, preset);
                config.rate_year = year;
                keys.push(config.prerender_key().expect("a plain start has a key"));
            }
        }
    }
    let mut distinct = keys.clone();
    distinct.sort();
    distinct.dedup();
    assert_eq!(distinct.len(), keys.len(), "{keys:?}");
    // The page's own address and today's date are no part of what is rendered.
    let mut served = start(Lang::Da, PresetId::Joint);
    served.view.address = "https://kommune.dk/beregner/".into();
    served.today.day = 1;
    assert_eq!(served.prerender_key().as_deref(), Some("da joint 2026"));
}

#[test]
fn a_start_that_asks_for_anything_more_is_never_given_a_rendered_page() {
    let plain = || start(Lang::Da, PresetId::Joint);
    let mut asks: Vec<(&str, StartConfig)> = Vec::new();
    let mut c = plain();
    c.view.embedded = true;
    asks.push(("embedded", c));
    let mut c = plain();
    c.view.hidden = vec![Part::Years];
    asks.push(("a hidden part", c));
    let mut c = plain();
    c.values = vec![(
        partnerskabsberegneren::model::FieldPath::global(
            partnerskabsberegneren::model::FieldId::MarkupRate,
        ),
        0.2,
    )];
    asks.push(("a value from the host", c));
    let mut c = plain();
    c.scenario = Some(PresetId::Supplier.scenario());
    asks.push(("a share link's scenario", c));
    let mut c = plain();
    c.name = "Værksted Nord".into();
    asks.push(("a name", c));
    let mut c = plain();
    c.view.reader = Some(partnerskabsberegneren::app::Reader::Municipality);
    asks.push(("a reader", c));
    let mut c = plain();
    c.view.accent = Some("#0b4f6c".into());
    asks.push(("a colour", c));
    let mut c = plain();
    c.view.locks = vec![partnerskabsberegneren::app::config::Lock {
        path: partnerskabsberegneren::model::FieldPath::global(
            partnerskabsberegneren::model::FieldId::MarkupRate,
        ),
        note: String::new(),
    }];
    asks.push(("a field the host fixed", c));
    let mut c = plain();
    c.view.font = Some(partnerskabsberegneren::app::config::Font::Georgia);
    asks.push(("a font", c));
    let mut c = plain();
    c.view.page = partnerskabsberegneren::app::Page::Compare;
    asks.push(("another page", c));
    let mut c = plain();
    c.notice = Some(partnerskabsberegneren::app::Notice::Undone);
    asks.push(("a notice", c));
    let mut c = plain();
    c.workspace = Some(partnerskabsberegneren::app::OpenedWorkspace {
        documents: Vec::new(),
        active: 0,
        compared: Vec::new(),
        baseline: None,
        restore: true,
    });
    asks.push(("this tab's workspace", c));
    for (what, config) in asks {
        assert_eq!(config.prerender_key(), None, "{what}");
    }
}

#[test]
fn a_visit_to_the_plain_address_is_the_start_the_page_is_rendered_for() {
    // The browser (`main.rs`) and the build (`src/bin/prerender.rs`) make it the same way.
    let visit = StartConfig::visit(TODAY);
    assert_eq!(visit.prerender_key().as_deref(), Some("da joint 2026"));
    // In a year with no rate table of its own, the newest one before it.
    let later = StartConfig::visit(CivilDate {
        year: 2031,
        month: 1,
        day: 2,
    });
    assert_eq!(later.rate_year, StartConfig::rate_year_for(2031));
    assert!(later.rate_year <= 2031);
}
