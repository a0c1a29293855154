//! Component tests in headless Chromium: `cargo test --target wasm32-unknown-unknown`.
#![cfg(target_arch = "wasm32")]

use partnerskabsberegneren::components::app::{App, AppProps};
use partnerskabsberegneren::locale::Lang;
use partnerskabsberegneren::model::PresetId;
use partnerskabsberegneren::StartConfig;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Mounts a fresh calculator and waits until it has rendered.
async fn mount() -> Element {
    mount_with(StartConfig::default()).await
}

/// Mounts a calculator started as `config` asks.
async fn mount_with(config: StartConfig) -> Element {
    let body = document().body().unwrap();
    // Remove earlier roots only: the test runner reports through its own element in <body>.
    let old = document().query_selector_all(".test-root").unwrap();
    for i in 0..old.length() {
        if let Some(node) = old.item(i) {
            body.remove_child(&node).unwrap();
        }
    }
    let root = document().create_element("div").unwrap();
    root.set_class_name("test-root");
    body.append_child(&root).unwrap();
    yew::Renderer::<App>::with_root_and_props(root.clone(), AppProps { config }).render();
    yew::scheduler::flush().await;
    root
}

fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element {selector}"))
}

fn text(root: &Element, selector: &str) -> String {
    find(root, selector).text_content().unwrap_or_default()
}

async fn type_into(root: &Element, selector: &str, value: &str) {
    let input: HtmlInputElement = find(root, selector).dyn_into().unwrap();
    input.set_value(value);
    let init = web_sys::InputEventInit::new();
    init.set_bubbles(true);
    let event = web_sys::InputEvent::new_with_event_init_dict("input", &init).unwrap();
    input.dispatch_event(&event).unwrap();
    yew::scheduler::flush().await;
}

async fn click(root: &Element, selector: &str) {
    let el: HtmlElement = find(root, selector).dyn_into().unwrap();
    el.click();
    yew::scheduler::flush().await;
}

/// Waits one task, so events the browser queues (such as `toggle`) have been handled.
async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .unwrap()
            .set_timeout_with_callback(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    yew::scheduler::flush().await;
}

/// Clicks the summary of the fold whose summary starts with `summary`, as a user opens or closes it.
async fn toggle_fold(root: &Element, summary: &str) {
    let all = root.query_selector_all("details > summary").unwrap();
    let found = (0..all.length())
        .filter_map(|i| all.item(i))
        .find(|s| s.text_content().unwrap_or_default().starts_with(summary))
        .unwrap_or_else(|| panic!("no fold {summary}"));
    found.dyn_into::<HtmlElement>().unwrap().click();
    next_task().await;
}

const MARKUP: &str = "#f-pricing-markup_rate";

#[wasm_bindgen_test]
async fn the_joint_model_opens_with_its_coverage() {
    let root = mount().await;
    assert_eq!(text(&root, "[data-testid=coverage]"), "103,9\u{a0}%");
    assert_eq!(
        find(&root, MARKUP)
            .dyn_into::<HtmlInputElement>()
            .unwrap()
            .value(),
        "15"
    );
}

#[wasm_bindgen_test]
async fn bad_input_shows_its_message_between_label_and_field_and_keeps_the_results() {
    let root = mount().await;
    type_into(&root, MARKUP, "abc").await;
    let input = find(&root, MARKUP);
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    let field = input.closest(".field").unwrap().unwrap();
    let order: Vec<String> = (0..field.children().length())
        .filter_map(|i| field.children().item(i))
        .map(|e| e.class_name())
        .collect();
    let label = order
        .iter()
        .position(|c| c.contains("field__label"))
        .unwrap();
    let message = order
        .iter()
        .position(|c| c.contains("field__message--error"))
        .unwrap();
    let control = order
        .iter()
        .position(|c| c.contains("field__control"))
        .unwrap();
    assert!(label < message && message < control, "{order:?}");
    let described = input.get_attribute("aria-describedby").unwrap();
    assert!(described.contains(&find(&field, ".field__message").id()));
    // The last valid results stay, marked as not current, and the summary links to the field.
    assert_eq!(text(&root, "[data-testid=coverage]"), "103,9\u{a0}%");
    assert_eq!(
        find(&root, ".results")
            .get_attribute("data-current")
            .as_deref(),
        Some("false")
    );
    let link = find(&root, ".error-summary a");
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("#f-pricing-markup_rate")
    );
}

#[wasm_bindgen_test]
async fn the_error_summary_link_focuses_its_field() {
    let root = mount().await;
    toggle_fold(&root, "Arbejdsår").await;
    type_into(&root, "#f-frame-weeks_per_year", "60").await;
    // Folded away again, the field with the error stays built so the summary can reach it.
    toggle_fold(&root, "Arbejdsår").await;
    click(&root, ".error-summary a").await;
    let active = document().active_element().unwrap();
    assert_eq!(active.id(), "f-frame-weeks_per_year");
    assert!(active
        .closest("details")
        .unwrap()
        .unwrap()
        .has_attribute("open"));
}

#[wasm_bindgen_test]
async fn the_app_starts_with_the_scenario_and_language_it_is_given() {
    let mut scenario = PresetId::Supplier.scenario();
    scenario.pricing.markup_rate = 0.25;
    let root = mount_with(StartConfig {
        lang: Lang::En,
        preset: PresetId::Supplier,
        scenario: Some(scenario),
        ..StartConfig::default()
    })
    .await;
    assert_eq!(
        find(&root, MARKUP)
            .dyn_into::<HtmlInputElement>()
            .unwrap()
            .value(),
        "25"
    );
    assert!(find(&root, "#preset-supplier")
        .dyn_into::<HtmlInputElement>()
        .unwrap()
        .checked());
    assert_eq!(text(&root, "#verdicts-title"), "In short");
}

#[wasm_bindgen_test]
async fn a_fold_builds_its_fields_when_opened() {
    let root = mount().await;
    let weeks = "#f-frame-weeks_per_year";
    assert!(root.query_selector(weeks).unwrap().is_none());
    toggle_fold(&root, "Arbejdsår").await;
    assert_eq!(
        find(&root, weeks)
            .dyn_into::<HtmlInputElement>()
            .unwrap()
            .value(),
        "44"
    );
    toggle_fold(&root, "Arbejdsår").await;
    assert!(root.query_selector(weeks).unwrap().is_none());
}

/// Waits until the browser has painted a frame and run the task after it.
async fn after_paint() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window().unwrap().request_animation_frame(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    next_task().await;
}

#[wasm_bindgen_test]
async fn the_print_assumptions_are_built_after_the_first_paint() {
    let root = mount().await;
    assert!(root.query_selector("#assumptions-title").unwrap().is_none());
    after_paint().await;
    assert!(text(&root, "#assumptions-title").starts_with("Forudsætninger"));
}

/// The simulation draws the very same numbers in the browser as natively: the first draws and
/// every percentile of the frozen case (`crates/model/tests/fixtures/simulation.json`, written by
/// `model_uncertainty.rs`), bit for bit.
#[wasm_bindgen_test]
fn the_simulation_draws_in_the_browser_what_it_draws_natively() {
    use partnerskabsberegneren::model::sensitivity::Horizon;
    use partnerskabsberegneren::model::uncertainty::{simulate, Simulation};
    let frozen: serde_json::Value = serde_json::from_str(include_str!(
        "../crates/model/tests/fixtures/simulation.json"
    ))
    .unwrap();
    let scenario: partnerskabsberegneren::model::Scenario =
        serde_json::from_value(frozen["scenario"].clone()).unwrap();
    let both = [Horizon::YearOne, Horizon::Years];
    let first = Simulation::new(&scenario, &both).unwrap().draw_only(5);
    assert_eq!(serde_json::to_value(&first).unwrap(), frozen["first_draws"]);
    let summary = simulate(&scenario, &both).unwrap();
    let percentiles: Vec<[Option<f64>; 3]> = summary
        .spreads
        .iter()
        .map(|p| [p.p10, p.median, p.p90])
        .collect();
    assert_eq!(
        serde_json::to_value(&percentiles).unwrap(),
        frozen["percentiles"]
    );
    assert_eq!(
        serde_json::to_value(summary.invalid).unwrap(),
        frozen["invalid"]
    );
}
