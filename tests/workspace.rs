//! The workspace for meetings, natively: undo and redo, opening scenarios from links, files and
//! the library, closing and reopening, comparing against a baseline, and the exports.
#![cfg(not(target_arch = "wasm32"))]

use partnerskabsberegneren::app::compare::{figure_rows, input_rows};
use partnerskabsberegneren::app::export::{
    csv_text, file_name, file_text, link_fragment, link_payload,
};
use partnerskabsberegneren::app::later::Later;
use partnerskabsberegneren::app::library::read_entries;
use partnerskabsberegneren::app::{Action, Edit, Notice, Opened, StartConfig, State};
use partnerskabsberegneren::formats::{link, scenario_file};
use partnerskabsberegneren::locale::CivilDate;
use partnerskabsberegneren::locale::Lang;
use partnerskabsberegneren::model::{FieldId, FieldPath, PresetId};
use partnerskabsberegneren::text::figures;

const MARKUP: FieldPath = FieldPath::global(FieldId::MarkupRate);
const WEEKS: FieldPath = FieldPath::global(FieldId::WeeksPerYear);

fn markup(s: &State) -> f64 {
    s.active_doc().scenario.pricing.markup_rate
}

fn typed(s: &mut State, path: FieldPath, text: &str) {
    let id = s.active;
    // One keystroke at a time, as the page sends them.
    for end in 1..=text.len() {
        s.apply(Action::Edit(
            id,
            Edit::SetNumber(path, text[..end].to_string()),
        ));
    }
}

#[test]
fn typing_in_one_field_is_one_step_and_undo_and_redo_walk_the_steps() {
    let mut s = State::default();
    assert!(!s.can_undo(0));
    typed(&mut s, MARKUP, "25");
    typed(&mut s, WEEKS, "40");
    assert_eq!(markup(&s), 0.25);
    s.apply(Action::Undo);
    assert_eq!(s.active_doc().scenario.frame.weeks_per_year, 44.0);
    assert_eq!(markup(&s), 0.25, "the earlier field keeps its value");
    s.apply(Action::Undo);
    assert_eq!(markup(&s), 0.15, "the whole typing of \"25\" is one step");
    assert!(!s.can_undo(0));
    assert!(
        !s.active_doc().inputs.contains_key(&MARKUP),
        "the typed text is undone too"
    );
    s.apply(Action::Redo);
    assert_eq!(markup(&s), 0.25);
    assert_eq!(s.notice.as_ref().map(|n| &n.1), Some(&Notice::Redone));
    // A new edit drops what could be redone.
    typed(&mut s, MARKUP, "3");
    assert!(!s.can_redo(0));
}

#[test]
fn leaving_a_field_ends_its_step() {
    let mut s = State::default();
    typed(&mut s, MARKUP, "20");
    s.apply(Action::BreakRun(0));
    typed(&mut s, MARKUP, "30");
    s.apply(Action::Undo);
    assert_eq!(markup(&s), 0.20);
}

#[test]
fn loading_a_model_over_edits_is_one_step_and_is_announced() {
    let mut s = State::default();
    typed(&mut s, MARKUP, "22");
    // Arrowing through the list loads each model in turn: still one step back.
    for p in [
        PresetId::Supplier,
        PresetId::LabourShortage,
        PresetId::InHouse,
    ] {
        s.apply(Action::Edit(0, Edit::LoadPreset(p)));
    }
    assert_eq!(s.active_doc().preset, PresetId::InHouse);
    assert_eq!(
        s.notice.as_ref().map(|n| &n.1),
        Some(&Notice::ModelLoaded(PresetId::InHouse))
    );
    s.apply(Action::Undo);
    assert_eq!(s.active_doc().preset, PresetId::Joint);
    assert_eq!(markup(&s), 0.22, "the user's own figure is back");
}

#[test]
fn an_edit_that_changes_nothing_is_no_step() {
    let mut s = State::default();
    s.apply(Action::Edit(0, Edit::UseDefault(MARKUP)));
    s.apply(Action::Edit(0, Edit::SetGroupName(40, "x".into())));
    assert!(!s.can_undo(0));
}

#[test]
fn undo_belongs_to_each_document() {
    let mut s = State::default();
    typed(&mut s, MARKUP, "20");
    s.apply(Action::Duplicate(0));
    let copy = s.active;
    assert!(!s.can_undo(copy));
    s.apply(Action::Undo);
    assert_eq!(markup(&s), 0.20, "the copy has nothing to undo");
    s.apply(Action::Select(0));
    s.apply(Action::Undo);
    assert_eq!(markup(&s), 0.15);
}

fn opened(name: &str, markup: f64) -> Box<Opened> {
    let mut scenario = PresetId::Supplier.scenario();
    scenario.pricing.markup_rate = markup;
    Box::new(Opened {
        name: name.into(),
        model: PresetId::Supplier,
        scenario,
        library_key: None,
    })
}

#[test]
fn a_scenario_opens_as_a_new_document_once() {
    let mut s = State::default();
    s.apply(Action::Open(opened("Fra mødet", 0.3)));
    assert_eq!(s.documents.len(), 2);
    assert_eq!(s.display_name(s.active), "Fra mødet");
    assert_eq!(markup(&s), 0.3);
    assert_eq!(
        s.notice.as_ref().map(|n| &n.1),
        Some(&Notice::Opened("Fra mødet".into()))
    );
    // The same link pasted again shows the open document instead of a copy.
    s.apply(Action::Select(0));
    s.apply(Action::Open(opened("Fra mødet", 0.3)));
    assert_eq!(s.documents.len(), 2);
    assert_eq!(s.display_name(s.active), "Fra mødet");
}

#[test]
fn a_full_workspace_refuses_and_says_so() {
    let mut s = State::default();
    for i in 0..10 {
        s.apply(Action::Open(opened(
            &format!("S{i}"),
            0.1 + f64::from(i) / 100.0,
        )));
    }
    assert_eq!(s.documents.len(), 8);
    assert_eq!(
        s.notice.as_ref().map(|n| &n.1),
        Some(&Notice::WorkspaceFull)
    );
}

#[test]
fn a_closed_document_comes_back_with_its_history() {
    let mut s = State::default();
    s.apply(Action::Duplicate(0));
    let copy = s.active;
    typed(&mut s, MARKUP, "40");
    s.apply(Action::Close(copy));
    assert_eq!(s.documents.len(), 1);
    assert!(matches!(
        s.notice.as_ref().map(|n| &n.1),
        Some(Notice::Closed(_))
    ));
    s.apply(Action::Reopen);
    assert_eq!(s.active, copy);
    assert_eq!(markup(&s), 0.40);
    s.apply(Action::Undo);
    assert_eq!(markup(&s), 0.15);
}

#[test]
fn a_variant_is_compared_with_its_origin_and_can_be_reset() {
    let mut s = State::default();
    s.apply(Action::Duplicate(0));
    let variant = s.active;
    typed(&mut s, MARKUP, "25");
    let docs = s.compared_docs();
    assert_eq!(docs.len(), 2);
    assert_eq!(s.baseline_doc().map(|d| d.id), Some(0));
    let rows = input_rows(&docs, 0);
    let differing: Vec<_> = rows.iter().filter(|r| r.any_differs()).collect();
    assert_eq!(
        differing.len(),
        1,
        "only the overhead differs: {differing:?}"
    );
    let shown: Vec<String> = differing[0]
        .values
        .iter()
        .map(|v| figures::input_value(Lang::Da, differing[0].key, *v))
        .collect();
    assert_eq!(
        shown,
        vec!["15\u{a0}%".to_string(), "25\u{a0}%".to_string()]
    );
    let figure_rows = figure_rows(&docs, 0);
    let payment = &figure_rows[0];
    assert!(
        payment.deltas[0].is_none(),
        "the baseline has no difference"
    );
    assert!(
        payment.deltas[1].unwrap() > 0.0,
        "a higher overhead costs the company more"
    );
    let delta = figures::show_delta(Lang::Da, payment.figure.unit(), payment.deltas[1].unwrap());
    assert!(delta.starts_with('+'), "{delta}");
    s.apply(Action::ResetToBaseline(variant));
    assert_eq!(markup(&s), 0.15);
    assert!(
        s.display_name(variant).contains("(variant)"),
        "the name stays"
    );
    s.apply(Action::Undo);
    assert_eq!(markup(&s), 0.25, "reset is one undoable step");
}

#[test]
fn the_comparison_keeps_two_to_four_and_a_baseline() {
    let mut s = State::default();
    for _ in 0..5 {
        s.apply(Action::Duplicate(0));
    }
    assert_eq!(s.compared_docs().len(), 4);
    let ids: Vec<u32> = s.documents.iter().map(|d| d.id).collect();
    s.apply(Action::ToggleCompare(ids[5]));
    assert_eq!(s.compared_docs().len(), 4, "no fifth");
    s.apply(Action::ToggleCompare(ids[3]));
    s.apply(Action::ToggleCompare(ids[5]));
    let compared: Vec<u32> = s.compared_docs().iter().map(|d| d.id).collect();
    assert_eq!(compared, vec![ids[0], ids[1], ids[2], ids[5]]);
    s.apply(Action::SetBaseline(ids[2]));
    assert_eq!(s.baseline_doc().map(|d| d.id), Some(ids[2]));
    s.apply(Action::Close(ids[2]));
    assert!(
        s.baseline_doc().is_some(),
        "a closed baseline falls back to the first"
    );
}

#[test]
fn a_share_link_reopens_the_document_exactly() {
    let mut s = State::default();
    typed(&mut s, MARKUP, "17,5");
    s.apply(Action::Edit(
        0,
        Edit::SetName("Møde; \"variant\" <b>".into()),
    ));
    let doc = s.active_doc().clone();
    let fragment = link_fragment(&doc, Lang::En).unwrap();
    assert!(fragment.len() < 300, "{}", fragment.len());
    let shared = link::decode(link_payload(&fragment).unwrap()).unwrap();
    assert_eq!(shared.lang, "en");
    assert_eq!(shared.name, "Møde; \"variant\" <b>");
    let config = StartConfig {
        scenario: Some(shared.scenario),
        preset: shared.model,
        name: shared.name,
        ..StartConfig::default()
    };
    let again = State::new(config);
    assert_eq!(again.active_doc().scenario, doc.scenario);
    assert_eq!(again.display_name(again.active), "Møde; \"variant\" <b>");
    assert_eq!(link_payload("other=1"), None);
}

#[test]
fn a_file_and_a_library_entry_read_back_and_a_damaged_entry_is_kept_apart() {
    let s = State::default();
    let doc = s.active_doc().clone();
    let text = file_text(&doc, "Basis", "2026-11-24T10:00:00.000Z");
    let file = scenario_file::decode_file(&text).unwrap();
    assert_eq!(file.scenario, *doc.scenario);
    assert_eq!(file.name, "Basis");
    assert_eq!(file.model, Some(PresetId::Joint));
    let (good, damaged) = read_entries(
        vec![
            ("k1".into(), text.clone()),
            ("k2".into(), "{\"format\":".into()),
            (
                "k3".into(),
                text.replace("Basis", "Nyere").replace("10:00", "11:00"),
            ),
        ],
        CivilDate::from_iso,
    );
    assert_eq!(
        good.iter()
            .map(|e| e.file.name.as_str())
            .collect::<Vec<_>>(),
        vec!["Nyere", "Basis"]
    );
    assert_eq!(
        good[1].saved_on,
        Some(CivilDate {
            year: 2026,
            month: 11,
            day: 24
        }),
        "the day it was saved"
    );
    assert_eq!(damaged.len(), 1);
    assert_eq!(damaged[0].key, "k2");
    assert_eq!(damaged[0].text, "{\"format\":", "kept as it was");
}

#[test]
fn the_csv_opens_in_a_danish_spreadsheet() {
    let mut s = State::default();
    s.apply(Action::Duplicate(0));
    typed(&mut s, MARKUP, "12,5");
    let docs = s.compared_docs();
    let names = vec!["Basis".to_string(), "Variant; \"B\"".to_string()];
    let csv = csv_text(Lang::Da, &docs, &names, "24. november 2026");
    assert!(csv.starts_with('\u{feff}'), "a BOM, so Excel reads UTF-8");
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert_eq!(lines[0], "Partnerskabsberegneren");
    assert_eq!(lines[1], "Dato;24. november 2026");
    assert_eq!(lines[3], "Scenarie;Basis;\"Variant; \"\"B\"\"\"");
    let overhead = lines.iter().find(|l| l.starts_with("Overhead")).unwrap();
    assert_eq!(*overhead, "Overhead på lønomkostningen (%);15;12,5");
    let payment = lines
        .iter()
        .find(|l| l.starts_with("Virksomhedens betaling"))
        .unwrap();
    assert_eq!(
        *payment, "Virksomhedens betaling for timerne (kr.);385192,5;376818,75",
        "a decimal comma, no thousands separator, to the øre"
    );
    let fte = lines
        .iter()
        .find(|l| l.starts_with("Socialpædagoger (årsværk)"))
        .unwrap();
    assert_eq!(
        *fte, "Socialpædagoger (årsværk);0,6286;0,6286",
        "the decimals a spreadsheet user calculates on, not 0,6"
    );
    // The first scenario's years are worked out with the start; the variant's, typed just now,
    // have not arrived: its cells stay empty rather than showing another scenario's years.
    let kommune: Vec<&str> = lines
        .iter()
        .find(|l| l.starts_with("Kommunen, år 1 (kr.)"))
        .expect("the years of the first scenario")
        .split(';')
        .collect();
    assert!(kommune[1].starts_with('-'), "{kommune:?}");
    assert_eq!(kommune[2], "", "{kommune:?}");
}

#[test]
fn the_csv_holds_each_partys_years_once_they_have_arrived() {
    let mut s = State::default();
    s.apply(Action::Duplicate(0));
    typed(&mut s, MARKUP, "12,5");
    for d in s.documents.clone() {
        let years = partnerskabsberegneren::model::project(&d.scenario);
        s.apply(Action::Arrived(
            d.id,
            d.revision,
            Later::Projection(Box::new(years)),
        ));
    }
    let docs = s.compared_docs();
    let names = vec!["Basis".to_string(), "Variant".to_string()];
    let csv = csv_text(Lang::Da, &docs, &names, "30. november 2026");
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
    let at = lines
        .iter()
        .position(|l| *l == "Over årene")
        .expect("a block for the years");
    assert!(at < lines.iter().position(|l| *l == "Forudsætninger").unwrap());
    // Three years for each of the five parties, one column per scenario.
    let kommune: Vec<&&str> = lines
        .iter()
        .filter(|l| l.starts_with("Kommunen, år "))
        .collect();
    assert_eq!(kommune.len(), 3);
    assert!(
        kommune[0].starts_with("Kommunen, år 1 (kr.);-"),
        "{}",
        kommune[0]
    );
    assert_eq!(kommune[0].split(';').count(), 3);
    // The social enterprise's result falls with a lower overhead.
    let se: Vec<f64> = lines
        .iter()
        .find(|l| l.starts_with("Den socialøkonomiske virksomhed, år 1 (kr.)"))
        .unwrap()
        .split(';')
        .skip(1)
        .map(|n| n.replace(',', ".").parse().unwrap())
        .collect();
    assert!(se[1] < se[0], "{se:?}");
}

#[test]
fn file_names_are_safe() {
    assert_eq!(
        file_name("Basis 2026: Lager/Kantine", "csv"),
        "Basis-2026-Lager-Kantine.csv"
    );
    assert_eq!(file_name("Ærø", "json"), "Ærø.json");
    assert_eq!(file_name("  <>  ", "json"), "scenarie.json");
}

#[test]
fn several_closed_documents_come_back_last_first() {
    let mut s = State::default();
    s.apply(Action::Duplicate(0));
    let a = s.active;
    s.apply(Action::Duplicate(0));
    let b = s.active;
    s.apply(Action::Close(a));
    s.apply(Action::Close(b));
    assert_eq!(s.documents.len(), 1);
    s.apply(Action::Reopen);
    assert_eq!(s.active, b);
    s.apply(Action::Reopen);
    assert_eq!(s.active, a);
    assert_eq!(s.documents.len(), 3, "neither was lost");
}

#[test]
fn the_way_back_in_a_notice_goes_when_it_no_longer_fits() {
    let mut s = State::default();
    s.apply(Action::Duplicate(0));
    s.apply(Action::Edit(s.active, Edit::LoadPreset(PresetId::Supplier)));
    assert!(matches!(
        s.notice.as_ref().map(|n| &n.1),
        Some(Notice::ModelLoaded(_))
    ));
    // Another tab: its "Fortryd" would undo something else.
    s.apply(Action::Select(0));
    assert_eq!(s.notice, None);
    s.apply(Action::Edit(0, Edit::LoadPreset(PresetId::Supplier)));
    typed(&mut s, MARKUP, "30");
    assert_eq!(s.notice, None, "a later edit hides it too");
}

#[test]
fn unticking_a_shown_scenario_after_closing_others_takes_it_out() {
    let mut s = State::default();
    for _ in 0..3 {
        s.apply(Action::Duplicate(0));
    }
    let ids: Vec<u32> = s.documents.iter().map(|d| d.id).collect();
    s.apply(Action::ToggleCompare(ids[3]));
    s.apply(Action::Close(ids[1]));
    s.apply(Action::Close(ids[2]));
    // Only one chosen document is open, so the page shows the first ones open; unticking the
    // first takes it out rather than adding it.
    let shown: Vec<u32> = s.compared_docs().iter().map(|d| d.id).collect();
    assert_eq!(shown, vec![ids[0], ids[3]]);
    s.apply(Action::Duplicate(0));
    let newest = s.active;
    s.apply(Action::ToggleCompare(ids[0]));
    let shown: Vec<u32> = s.compared_docs().iter().map(|d| d.id).collect();
    assert!(!shown.contains(&ids[0]), "{shown:?}");
    assert!(shown.contains(&newest) || shown.len() >= 2);
}

#[test]
fn variants_are_numbered_and_two_tabs_never_share_a_name() {
    let mut s = State::default();
    s.apply(Action::Edit(0, Edit::SetName("Basis".into())));
    s.apply(Action::Duplicate(0));
    let first = s.active;
    s.apply(Action::Duplicate(first));
    let of_variant = s.active;
    s.apply(Action::Duplicate(0));
    let names: Vec<String> = s.documents.iter().map(|d| s.display_name(d.id)).collect();
    assert_eq!(
        names,
        [
            "Basis",
            "Basis (variant)",
            "Basis (variant 2)",
            "Basis (variant 3)"
        ],
        "a variant of a variant is numbered on, not named again"
    );
    assert_eq!(s.display_name(of_variant), "Basis (variant 2)");
    // A file or link with a name that is open already opens numbered.
    let opened = |name: &str| {
        Action::Open(Box::new(Opened {
            name: name.into(),
            model: PresetId::Joint,
            scenario: PresetId::Supplier.scenario(),
            library_key: None,
        }))
    };
    s.apply(opened("Basis"));
    let numbered = s.active;
    assert_eq!(s.display_name(numbered), "Basis (2)");
    // The same link pasted again shows that tab, numbered or not.
    s.apply(Action::Select(0));
    s.apply(opened("Basis"));
    assert_eq!(s.active, numbered);
    assert_eq!(s.documents.len(), 5);
    // Another scenario of that name is numbered on; a name that is numbered already is not
    // numbered twice ("Basis (2) (2)").
    let other = |name: &str| {
        Action::Open(Box::new(Opened {
            name: name.into(),
            model: PresetId::InHouse,
            scenario: PresetId::InHouse.scenario(),
            library_key: None,
        }))
    };
    s.apply(other("Basis"));
    assert_eq!(s.display_name(s.active), "Basis (3)");
    s.apply(other("Basis (2)"));
    assert_eq!(s.display_name(s.active), "Basis (4)");
    // A name the user gives that another tab has is allowed, and said.
    let last = s.active;
    s.apply(Action::Edit(last, Edit::SetName("Basis".into())));
    assert!(s.name_taken("Basis", Some(last)));
    assert!(!s.name_taken("Basis (variant)", Some(first)));
}

#[test]
fn a_saved_scenario_already_open_is_shown_not_opened_again() {
    let mut s = State::default();
    let saved = |key: &str| {
        Action::Open(Box::new(Opened {
            name: "Nord".into(),
            model: PresetId::Supplier,
            scenario: PresetId::Supplier.scenario(),
            library_key: Some(key.into()),
        }))
    };
    s.apply(saved("partnerskabsberegneren.scenarie.1"));
    let nord = s.active;
    // Edited since it was opened: still the same saved scenario.
    s.apply(Action::Edit(nord, Edit::SetNumber(MARKUP, "20".into())));
    s.apply(Action::Select(0));
    s.apply(saved("partnerskabsberegneren.scenarie.1"));
    assert_eq!(s.documents.len(), 2, "no second copy");
    assert_eq!(s.active, nord, "its tab is shown");
    assert_eq!(
        s.notice.as_ref().map(|n| &n.1),
        Some(&Notice::AlreadyOpen("Nord".into()))
    );
}

#[test]
fn the_csv_holds_the_ranges_the_seed_and_the_percentiles_once_they_have_arrived() {
    use partnerskabsberegneren::model::sensitivity::Horizon;
    use partnerskabsberegneren::model::uncertainty::{simulate, End};
    let occupancy = FieldPath::global(FieldId::Occupancy);
    let mut s = State::default();
    s.apply(Action::Duplicate(0));
    let id = s.active;
    s.apply(Action::Edit(id, Edit::MarkUncertain(occupancy)));
    s.apply(Action::Edit(
        id,
        Edit::SetRangeEnd(occupancy, End::Low, "62,5".into()),
    ));
    s.apply(Action::Edit(id, Edit::SetDraws(1_000)));
    let names = vec!["Basis".to_string(), "Usikker".to_string()];
    let lines = |s: &State| {
        let csv = csv_text(Lang::Da, &s.compared_docs(), &names, "30. november 2026");
        csv.trim_start_matches('\u{feff}')
            .split("\r\n")
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    let before = lines(&s);
    assert!(before.contains(&"Hvor sikkert er resultatet?".to_string()));
    assert!(before.contains(&"Startværdi for trækningerne;2026;2026".to_string()));
    assert!(before.contains(&"Antal trækninger;10000;1000".to_string()));
    // The first scenario holds no range: an empty cell.
    assert!(
        before.contains(&"Belægningsgrad, lav værdi (%);;62,5".to_string()),
        "{before:#?}"
    );
    assert!(before.contains(&"Belægningsgrad, høj værdi (%);;100".to_string()));
    assert!(!before.iter().any(|l| l.contains("P10")));
    // Once the draws have arrived for the inputs as they are, their percentiles.
    let d = s.active_doc().clone();
    let summary = simulate(&d.scenario, &[Horizon::YearOne, Horizon::Years]).unwrap();
    s.apply(Action::Arrived(
        d.id,
        d.revision,
        Later::Simulation(Box::new(summary)),
    ));
    let after = lines(&s);
    let p10 = after
        .iter()
        .find(|l| l.starts_with("Kommunens resultat, over årene (nutidsværdi), P10 (kr.);"))
        .expect("a row for the kommune's P10");
    assert!(
        p10.starts_with("Kommunens resultat, over årene (nutidsværdi), P10 (kr.);;-"),
        "{p10}"
    );
    assert!(after
        .iter()
        .any(|l| l.starts_with("Dækning af socialpædagogen, første år, Median (%);;")));
}

#[test]
fn the_comparison_lists_each_range_and_the_seed() {
    use partnerskabsberegneren::model::{InputKey, InputValue};
    let occupancy = FieldPath::global(FieldId::Occupancy);
    let mut s = State::default();
    s.apply(Action::Duplicate(0));
    let id = s.active;
    s.apply(Action::Edit(id, Edit::MarkUncertain(occupancy)));
    let docs = s.compared_docs();
    let rows = input_rows(&docs, 0);
    let range = rows
        .iter()
        .find(|r| r.key == InputKey::Range(occupancy))
        .expect("a row for the range");
    assert_eq!(range.values, vec![None, Some(InputValue::Range(0.7, 1.0))]);
    assert_eq!(range.differs, vec![false, true]);
    assert_eq!(
        figures::input_value(Lang::Da, range.key, range.values[1]),
        "70\u{a0}% – 100\u{a0}%"
    );
    let draws = rows.iter().find(|r| r.key == InputKey::Draws).unwrap();
    assert_eq!(draws.differs, vec![false, false]);
    assert_eq!(
        figures::input_value(Lang::Da, draws.key, draws.values[0]),
        "2026, 10.000 trækninger"
    );
}

#[test]
fn a_saved_scenario_keeps_its_ranges_and_its_seed() {
    // The library and the file menu both keep a scenario as its file.
    let occupancy = FieldPath::global(FieldId::Occupancy);
    let mut s = State::default();
    let id = s.active;
    s.apply(Action::Edit(id, Edit::MarkUncertain(occupancy)));
    s.apply(Action::Edit(id, Edit::SetSeed("4711".into())));
    let text = file_text(s.active_doc(), "Usikker", "2026-11-30T10:00:00+01:00");
    assert!(text.contains("\"version\": 5"));
    let f = scenario_file::decode_file(&text).unwrap();
    assert_eq!(f.scenario.uncertainty.seed, 4711);
    assert_eq!(f.scenario.uncertainty, s.active_doc().scenario.uncertainty);
}
