//! The web entry point: mounts the calculator in `#app`, in the rate year of today's date and as
//! the page's query asks (embed mode, model, values, language, theme); a parameter that does not
//! hold is ignored with a note in the console. A share link in the fragment gives the scenario, a
//! link to a set of tabs gives the tabs, and this tab's session gives back its workspace after a
//! reload.

use partnerskabsberegneren::app::{embed, export, workspace, Notice};
use partnerskabsberegneren::browser::{host, prerendered, storage};
use partnerskabsberegneren::StartConfig;

fn main() {
    let config = StartConfig::visit(host::today());
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
    // This tab's workspace before a reload (all tabs, the active one, the comparison, the reader);
    // a new visit in the same tab (an address typed, a link followed) starts afresh.
    let restored = if config.view.embedded || !host::is_reload() {
        None
    } else {
        storage::session_read(workspace::SESSION_KEY).and_then(|t| workspace::read_session(&t))
    };
    let mut restored_set = None;
    let mut reopen_comparison = false;
    if let Some(session) = restored {
        // The reader chosen on the page wins over the address's `reader=` it began with.
        config.view.reader = session.reader;
        config.lang = session.lang.unwrap_or(config.lang);
        restored_set = Some(session.workspace);
        reopen_comparison = session.compare;
    }
    match export::read_link(&fragment) {
        // After a reload the address holds the active tab's link: that tab is shown as restored;
        // a link to another scenario opens in a tab of its own beside them.
        Some(Ok((opened, lang))) => {
            config.lang = lang.unwrap_or(config.lang);
            match restored_set.as_mut() {
                Some(w) => workspace::add_link(w, opened),
                None => {
                    config.preset = opened.model;
                    config.name = opened.name;
                    config.scenario = Some(opened.scenario);
                }
            }
        }
        Some(Err(e)) => config.notice = Some(Notice::LinkRefused(e)),
        None => {}
    }
    match workspace::read_set_link(&fragment) {
        // A link to a set of tabs: its tabs, beside a restored workspace or in place of the start.
        Some(Ok((mut set, lang))) => {
            config.lang = lang.unwrap_or(config.lang);
            match restored_set.as_mut() {
                Some(w) => {
                    let offset = w.documents.len();
                    w.active = offset + set.active;
                    w.documents.append(&mut set.documents);
                }
                None => {
                    set.restore = true;
                    restored_set = Some(set);
                }
            }
        }
        Some(Err(e)) => config.notice = Some(Notice::LinkRefused(e)),
        None => {}
    }
    config.workspace = restored_set;
    if reopen_comparison {
        config.view.page = partnerskabsberegneren::app::Page::Compare;
    }
    host::when_parsed(move || {
        // index.html always has `#app`; a page without it has nothing to show the calculator in.
        let root = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(prerendered::APP_ID));
        match root {
            Some(root) => partnerskabsberegneren::start(root, config),
            None => host::console_note("no element #app to show the calculator in"),
        }
    });
}
