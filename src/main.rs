//! The web entry point: mounts the calculator in `#app`.

fn main() {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"));
    partnerskabsberegneren::start(root);
}
