//! The web entry point: mounts the calculator in `#app`, in the rate year of today's date and as
//! the page's query asks (embed mode, model, values, language, theme); a parameter that does not
//! hold is ignored with a note in the console. A share link in the fragment gives the scenario.

use partnerskabsberegneren::app::{embed, export, Notice};
use partnerskabsberegneren::browser::host;
use partnerskabsberegneren::StartConfig;

fn main() {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"));
    let today = host::today();
    let config = StartConfig {
        rate_year: StartConfig::rate_year_for(u16::try_from(today.year).unwrap_or(u16::MAX)),
        today,
        ..StartConfig::default()
    };
    let (mut config, notes) = embed::from_query(&host::query_pairs(), config);
    config.view.address = host::page_address();
    for note in notes {
        host::console_note(&format!("ignored {note}"));
    }
    // A share link in the fragment: its scenario, model, name and language. One that does not
    // read is reported on the page, which starts with the defaults.
    // Embedded, the host's query rules and a fragment is ignored.
    let fragment = if config.view.embedded {
        String::new()
    } else {
        host::fragment()
    };
    match export::read_link(&fragment) {
        Some(Ok((opened, lang))) => {
            config.lang = lang.unwrap_or(config.lang);
            config.preset = opened.model;
            config.name = opened.name;
            config.scenario = Some(opened.scenario);
        }
        Some(Err(e)) => config.notice = Some(Notice::LinkRefused(e)),
        None => {}
    }
    partnerskabsberegneren::start(root, config);
}
