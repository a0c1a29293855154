//! Nothing lost on reload, and a set of tabs shared as one file or link: the workspace (every tab,
//! the active one, the comparison, the reader) written and read back natively.
#![cfg(not(target_arch = "wasm32"))]

use partnerskabsberegneren::app::export::link_fragment;
use partnerskabsberegneren::app::workspace::{
    add_link, read_session, read_set_link, read_workspace, session_text, set_link_fragment,
    workspace_text,
};
use partnerskabsberegneren::app::{Action, Edit, Notice, Opened, Reader, StartConfig, State};
use partnerskabsberegneren::locale::Lang;
use partnerskabsberegneren::model::{FieldId, FieldPath, PresetId};

const MARKUP: FieldPath = FieldPath::global(FieldId::MarkupRate);

fn opened(model: PresetId, name: &str, key: Option<&str>) -> Box<Opened> {
    Box::new(Opened {
        name: name.into(),
        model,
        scenario: model.scenario(),
        library_key: key.map(str::to_string),
    })
}

/// Three tabs (one unnamed, one from the library), the second active, two compared, a reader.
fn meeting() -> State {
    let mut s = State::default();
    s.apply(Action::Open(opened(
        PresetId::Supplier,
        "Leverandør 2026",
        Some("k.1"),
    )));
    s.apply(Action::Open(opened(PresetId::SpinOff, "Afknopning", None)));
    let id = s.active;
    s.apply(Action::Edit(id, Edit::SetNumber(MARKUP, "22".into())));
    // The comparison starts with every tab; leaving out the second keeps the first and the third.
    s.apply(Action::ToggleCompare(s.documents[1].id));
    s.apply(Action::SetBaseline(id));
    s.apply(Action::Select(s.documents[1].id));
    s.apply(Action::SetReader(Some(Reader::Municipality)));
    s
}

fn restored(text: &str) -> State {
    let session = read_session(text).expect("the session reads");
    let mut config = StartConfig {
        workspace: Some(session.workspace),
        lang: session.lang.unwrap_or(Lang::Da),
        ..StartConfig::default()
    };
    config.view.reader = session.reader;
    State::new(config)
}

fn names(s: &State) -> Vec<String> {
    s.documents.iter().map(|d| s.display_name(d.id)).collect()
}

#[test]
fn a_reload_restores_every_tab_the_active_one_the_comparison_and_the_reader() {
    let before = meeting();
    let after = restored(&session_text(&before, "2026-11-30T10:00:00Z"));
    assert_eq!(
        names(&after),
        ["Scenarie 1", "Leverandør 2026", "Afknopning"]
    );
    assert_eq!(after.display_name(after.active), "Leverandør 2026");
    for (a, b) in before.documents.iter().zip(&after.documents) {
        assert_eq!(a.scenario, b.scenario);
        assert_eq!(a.preset, b.preset);
        assert_eq!(a.library_key, b.library_key);
    }
    let compared: Vec<String> = after
        .compared
        .iter()
        .map(|&id| after.display_name(id))
        .collect();
    assert_eq!(compared, ["Scenarie 1", "Afknopning"]);
    assert_eq!(after.display_name(after.baseline), "Afknopning");
    assert_eq!(after.view.reader, Some(Reader::Municipality));
    assert_eq!(after.notice, None);
}

/// `before` reloaded as `main.rs` does it: the session restored and the address's share link (the
/// active tab's) opened beside it.
fn reloaded_with_address(before: &State) -> State {
    let fragment = link_fragment(before.active_doc(), Lang::Da).expect("a link");
    let mut w = read_session(&session_text(before, "t"))
        .expect("reads")
        .workspace;
    let link = partnerskabsberegneren::app::export::read_link(&fragment)
        .expect("a link")
        .expect("reads");
    add_link(&mut w, link.0);
    State::new(StartConfig {
        workspace: Some(w),
        ..StartConfig::default()
    })
}

#[test]
fn the_address_of_the_active_tab_after_a_reload_adds_no_tab() {
    let after = reloaded_with_address(&meeting());
    assert_eq!(after.documents.len(), 3);
    assert_eq!(after.display_name(after.active), "Leverandør 2026");
}

#[test]
fn a_damaged_session_is_ignored() {
    let text = session_text(&meeting(), "t");
    assert!(read_session(&text[..text.len() / 2]).is_none());
    assert!(read_session("").is_none());
    assert!(read_session("reader=company\n\n{}").is_none());
    assert!(read_session("something=else\n\n{}").is_none());
}

#[test]
fn a_workspace_file_opens_every_tab_beside_the_open_ones() {
    let text = workspace_text(&meeting(), "2026-11-30T10:00:00Z");
    let mut s = State::default();
    s.apply(Action::OpenWorkspace(Box::new(
        read_workspace(&text).expect("reads"),
    )));
    // The start's tab is the same as the file's first: it is shown, not copied, and not counted.
    assert_eq!(names(&s), ["Scenarie 1", "Leverandør 2026", "Afknopning"]);
    assert_eq!(s.display_name(s.active), "Leverandør 2026");
    assert_eq!(s.notice.map(|n| n.1), Some(Notice::OpenedSet(2)));
}

#[test]
fn a_link_to_every_tab_opens_them_all() {
    let before = meeting();
    let fragment = set_link_fragment(&before, Lang::Da).expect("three tabs fit in a link");
    assert!(fragment.starts_with("w=1."), "{fragment}");
    let (w, lang) = read_set_link(&fragment)
        .expect("a set link")
        .expect("reads");
    assert_eq!(lang, Some(Lang::Da));
    let mut s = State::default();
    s.apply(Action::Edit(0, Edit::SetNumber(MARKUP, "9".into())));
    s.apply(Action::OpenWorkspace(Box::new(w)));
    assert_eq!(s.documents.len(), 4);
    assert_eq!(s.display_name(s.active), "Leverandør 2026");
    // One tab: no set link (the share link serves).
    assert!(set_link_fragment(&State::default(), Lang::Da).is_none());
}

#[test]
fn a_notice_goes_once_the_user_moves_on() {
    let mut s = meeting();
    s.apply(Action::Notify(Notice::LinkCopied));
    assert!(s.notice.is_some());
    s.apply(Action::Edit(s.active, Edit::SetNumber(MARKUP, "3".into())));
    assert!(s.notice.is_none());
    s.apply(Action::Notify(Notice::Downloaded("Basis.json".into())));
    s.apply(Action::Select(0));
    assert!(s.notice.is_none());
}

#[test]
fn unnamed_tabs_keep_following_the_language_after_a_reload() {
    let mut s = State::default();
    s.apply(Action::Duplicate(0));
    s.apply(Action::SetLang(Lang::En));
    let after = restored(&session_text(&s, "t"));
    assert_eq!(after.lang, Lang::En);
    assert_eq!(names(&after), names(&s));
    assert_eq!(names(&after)[0], "Scenario 1");
    let mut after = after;
    after.apply(Action::SetLang(Lang::Da));
    assert_eq!(names(&after)[0], "Scenarie 1");
}

#[test]
fn two_tabs_alike_stay_two_after_a_reload() {
    let mut s = State::default();
    s.apply(Action::Edit(0, Edit::SetName("Tilbud".into())));
    s.apply(Action::Duplicate(0));
    let id = s.active;
    s.apply(Action::Edit(id, Edit::SetName("Tilbud".into())));
    let after = restored(&session_text(&s, "t"));
    assert_eq!(names(&after), ["Tilbud", "Tilbud"]);
}

#[test]
fn choosing_another_model_is_a_new_revision() {
    let mut s = State::default();
    s.apply(Action::Duplicate(0));
    let id = s.active;
    let before = s.active_doc().revision;
    s.apply(Action::Edit(id, Edit::LoadPreset(PresetId::Supplier)));
    assert!(s.active_doc().revision > before);
}

#[test]
fn a_workspace_file_into_a_full_workspace_says_it_is_full() {
    let text = workspace_text(&meeting(), "t");
    let mut s = State::default();
    for _ in 0..7 {
        s.apply(Action::Duplicate(s.active));
        let id = s.active;
        s.apply(Action::Edit(
            id,
            Edit::SetNumber(MARKUP, format!("{}", s.documents.len())),
        ));
    }
    s.apply(Action::OpenWorkspace(Box::new(
        read_workspace(&text).expect("reads"),
    )));
    assert_eq!(s.notice.map(|n| n.1), Some(Notice::WorkspaceFull));
}

#[test]
fn a_reload_of_an_unnamed_tab_adds_no_tab() {
    let after = reloaded_with_address(&State::default());
    assert_eq!(names(&after), ["Scenarie 1"]);
}

#[test]
fn a_variant_of_an_unnamed_tab_follows_the_language() {
    let mut s = State::default();
    s.apply(Action::Duplicate(0));
    s.apply(Action::SetLang(Lang::En));
    assert_eq!(names(&s), ["Scenario 1", "Scenario 1 (variant)"]);
    s.apply(Action::SetLang(Lang::Da));
    assert_eq!(names(&s), ["Scenarie 1", "Scenarie 1 (variant)"]);
    // A name the user gave is left alone, even one that begins like the page's.
    let id = s.active;
    s.apply(Action::Edit(id, Edit::SetName("Scenarie-workshop".into())));
    s.apply(Action::SetLang(Lang::En));
    assert_eq!(names(&s)[1], "Scenarie-workshop");
}
