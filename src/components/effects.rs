//! The app's side effects, one named hook each: what the page does to the browser around it
//! (title, theme, the height posted to a host, the address, keys, focus, scrolling, the date). The
//! reducer stays pure; these run after a render, never during one.

use crate::app::config::Font;
use crate::app::export::link_fragment;
use crate::app::workspace::{session_text, SESSION_KEY};
use crate::app::{Action, Document, Page, State};
use crate::browser::{dom, host, storage, timer};
use crate::components::commands::open_link;
use crate::text::{page, t, Lang};
use std::rc::Rc;
use yew::prelude::*;

/// How long typing must pause before the address takes the scenario (ms).
const FRAGMENT_DELAY_MS: i32 = 250;

/// The page's own language and title follow the interface language. Embedded, the app's root
/// carries the language and the host's frame its title, so nothing else is touched.
#[hook]
pub fn use_page_language(lang: Lang, embedded: bool) {
    use_effect_with(lang, move |lang| {
        if !embedded {
            dom::set_document_language(lang.tag(), t(*lang, page::TITLE));
        }
    });
}

/// The host's accent colour and font, through the CSSOM (a strict CSP allows it).
#[hook]
pub fn use_host_theme(accent: Option<String>, font: Option<Font>) {
    use_effect_with((accent, font), |(accent, font)| {
        if let Some(a) = accent {
            dom::set_css_var("--brand", a);
        }
        if let Some(f) = font {
            dom::set_css_var("--font", f.stack());
        }
    });
}

/// Embedded, the page posts its height to the host whenever it changes.
#[hook]
pub fn use_posted_height(embedded: bool, root_id: &'static str) {
    use_effect_with(embedded, move |embedded| {
        let observer = embedded
            .then(|| host::post_height_changes(root_id))
            .flatten();
        move || {
            if let Some(o) = observer {
                o.disconnect();
            }
        }
    });
}

/// The narrow screens' summary bar steps aside while the results are in view.
#[hook]
pub fn use_summary_bar_steps_aside(page: Page, root_id: &'static str) {
    use_effect_with(page, move |page| {
        let observer = (*page == Page::Calculator)
            .then(|| dom::class_while_in_view("results", root_id, "results-in-view"))
            .flatten();
        move || {
            if let Some(o) = observer {
                o.disconnect();
            }
        }
    });
}

/// The page's address holds the active scenario, so a reload or a copied address keeps it;
/// replaced, not pushed, so editing adds no history entries. Embedded, the host's settings in the
/// query rule and the address is left alone. A refused link pasted into the address is put back
/// to the scenario shown (`notice`, the notice's number, is a dependency for that). A scenario too
/// big for a link leaves the address bare. Written once typing pauses: encoding and
/// `replaceState` on every keystroke cost ~6 ms.
#[hook]
pub fn use_share_link_in_address(
    doc: Rc<Document>,
    lang: Lang,
    embedded: bool,
    notice: Option<u32>,
) {
    // What the link holds, and nothing else: a result arriving later (the years) changes the
    // document but not its link, and must not put the address's write off again.
    let key = (
        doc.scenario.clone(),
        doc.name.clone(),
        doc.preset,
        lang,
        embedded,
        notice,
    );
    use_effect_with(key, move |(_, _, _, lang, embedded, _)| {
        let pending = (!*embedded).then(|| {
            let lang = *lang;
            timer::later(FRAGMENT_DELAY_MS, move || {
                host::replace_fragment(&link_fragment(&doc, lang).unwrap_or_default());
            })
        });
        move || timer::cancel(pending.flatten())
    });
}

/// A share link pasted into this tab opens as a new scenario; one that does not read is
/// reported and the page keeps what it had.
#[hook]
pub fn use_pasted_links(onaction: Callback<Action>) {
    use_effect_with((), move |_| {
        let listener = host::on_fragment_change(move |fragment| {
            if let Some(action) = open_link(&fragment) {
                onaction.emit(action);
            }
        });
        move || {
            if let Some(l) = listener {
                host::stop_fragment_listener(&l);
            }
        }
    });
}

/// Ctrl+Z and Ctrl+Shift+Z (or Ctrl+Y) undo and redo outside text fields.
#[hook]
pub fn use_undo_keys(onaction: Callback<Action>) {
    use_effect_with((), move |_| {
        let listener = dom::on_undo_keys(move |redo| {
            onaction.emit(if redo { Action::Redo } else { Action::Undo })
        });
        move || {
            if let Some(l) = listener {
                dom::stop_undo_keys(&l);
            }
        }
    });
}

/// After a tab is closed, the focus goes to the way back ("Fortryd" in the status line) rather
/// than to the page's start. `count` is the number of open documents.
#[hook]
pub fn use_focus_way_back_after_close(count: usize) {
    let before = use_mut_ref(|| count);
    use_effect_with(count, move |count| {
        if *count < *before.borrow() {
            dom::reveal_and_focus("notice-undo");
        }
        *before.borrow_mut() = *count;
    });
}

/// A newly chosen model (or document) shows its results from the top.
#[hook]
pub fn use_results_from_top(doc: crate::app::DocId, model: crate::model::PresetId) {
    use_effect_with((doc, model), |_| dom::scroll_to_top("results"));
}

/// The date printed on reports is today's where the page is read, even when the page was opened
/// yesterday: it is checked just before printing.
#[hook]
pub fn use_today_before_print(onaction: Callback<Action>) {
    use_effect_with((), move |_| {
        let listener =
            host::on_before_print(move || onaction.emit(Action::SetToday(host::today())));
        move || {
            if let Some(l) = listener {
                host::stop_before_print(&l);
            }
        }
    });
}

/// This tab's workspace (every tab, the active one, the comparison, the reader) is kept in its
/// session storage once changes pause, so a reload restores it (`main.rs` reads it back). Not
/// embedded: there the host's parameters say how the page starts. Storage that refuses is left
/// alone; the page works on without it.
#[hook]
pub fn use_workspace_in_session(state: UseReducerHandle<State>, embedded: bool) {
    let marks: Vec<(
        crate::app::DocId,
        crate::app::Revision,
        String,
        Option<String>,
    )> = state
        .documents
        .iter()
        .map(|d| (d.id, d.revision, d.name.clone(), d.library_key.clone()))
        .collect();
    let key = (
        marks,
        state.active,
        state.compared.clone(),
        state.baseline,
        state.view.reader,
        state.lang,
        state.view.page == Page::Compare,
        embedded,
    );
    use_effect_with(key, move |key| {
        let pending = (!key.7).then(|| {
            timer::later(FRAGMENT_DELAY_MS, move || {
                let text = session_text(&state, &host::now_iso());
                let _ = storage::session_write(SESSION_KEY, &text);
            })
        });
        move || timer::cancel(pending.flatten())
    });
}

/// How long typing must pause before the years are worked out again (ms). Worked out and drawn
/// on every keystroke, they made the render slow enough to break the browser's own Ctrl+Z in a
/// field (`undo-redo.spec.ts`), and the one-year results need not wait for them.
const PROJECTION_DELAY_MS: i32 = 150;

/// The projection over years arrives once typing pauses: the one-year results come first, then
/// each document whose inputs are valid and whose projection is missing gets it (the active one
/// first), each for the revision it was computed from. A change before it runs cancels it; a
/// result for inputs that changed since is dropped by the reducer.
#[hook]
pub fn use_later_projections(state: UseReducerHandle<State>, onaction: Callback<Action>) {
    let active = Some(state.active);
    let missing: Vec<(crate::app::DocId, crate::app::Revision)> = state
        .documents
        .iter()
        .filter(|d| d.results_current && d.later.projection.current(d.revision).is_none())
        .map(|d| (d.id, d.revision))
        .collect();
    let docs = state.documents.clone();
    use_effect_with((missing, active), move |(missing, active)| {
        // The active document first.
        let (first, rest): (Vec<_>, Vec<_>) =
            missing.iter().partition(|(id, _)| Some(*id) == *active);
        let order: Vec<(crate::app::DocId, crate::app::Revision)> =
            first.into_iter().chain(rest).collect();
        let pending = (!order.is_empty()).then(|| {
            timer::later(PROJECTION_DELAY_MS, move || {
                for (id, revision) in order {
                    if let Some(d) = docs.iter().find(|d| d.id == id) {
                        let p = crate::model::project(&d.scenario);
                        onaction.emit(Action::Arrived(
                            id,
                            revision,
                            crate::app::later::Later::Projection(Box::new(p)),
                        ));
                    }
                }
            })
        });
        move || timer::cancel(pending.flatten())
    });
}
