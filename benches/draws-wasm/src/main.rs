//! Times the simulation in the browser: 10,000 draws of the joint model and the supplier with
//! every estimate uncertain over its typical range, year one alone and with the projection (3
//! years), each the median of five runs after one to warm up. Writes `name ms` lines into `#results` for
//! benches/browser.mjs; asserts nothing.
use model::sensitivity::{estimated_inputs, Horizon};
use model::uncertainty::{default_range, simulate};
use model::PresetId;

fn main() {
    let Some(window) = web_sys::window() else { return };
    let (Some(doc), Some(perf)) = (window.document(), window.performance()) else { return };
    let mut lines = Vec::new();
    for id in [PresetId::Joint, PresetId::Supplier] {
        let mut s = id.scenario();
        for path in estimated_inputs(&s) {
            if let Some(r) = default_range(&s, path) {
                s.uncertainty.set(r);
            }
        }
        s.uncertainty.draws = 10_000;
        for (name, horizons) in [
            ("draws1", &[Horizon::YearOne][..]),
            ("draws3y", &[Horizon::YearOne, Horizon::Years][..]),
        ] {
            // One run unmeasured: the browser compiles the hot code better once it has run.
            let _ = simulate(&s, horizons);
            let mut times: Vec<f64> = (0..5)
                .map(|_| {
                    let t0 = perf.now();
                    let summary = simulate(&s, horizons);
                    let t = perf.now() - t0;
                    assert!(summary.is_some());
                    t
                })
                .collect();
            times.sort_by(f64::total_cmp);
            lines.push(format!("{name}/{id:?} {}", times[2]));
        }
    }
    if let Some(out) = doc.create_element("pre").ok() {
        out.set_id("results");
        out.set_text_content(Some(&lines.join("\n")));
        if let Some(body) = doc.body() {
            let _ = body.append_child(&out);
        }
    }
}
