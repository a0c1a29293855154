//! Decodes any bytes as a scenario file, then validates and evaluates what decodes, and projects it
//! over its years, and simulates it (100 draws): none of it may panic, and a valid scenario must give a finite outcome and
//! projection, and survive a round trip.
#![no_main]

use libfuzzer_sys::fuzz_target;
use formats::scenario_file::{decode, encode};
use model::sensitivity::Horizon;
use model::uncertainty::simulate;
use model::{evaluate_checked, project, Checked};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(scenario) = decode(text) else {
        return;
    };
    if let Checked::Valid { outcome, .. } = evaluate_checked(&scenario) {
        assert!(outcome.coverage.funding.is_finite());
        assert!(outcome.company.payment.is_finite());
        assert!(outcome.social_enterprise.result.is_finite());
        let years = project(&scenario);
        assert_eq!(years.rows.len() as f64, scenario.projection.years);
        for party in &years.parties {
            assert!(party.present_value.is_finite());
        }
        for row in &years.rows {
            let p = &row.persons;
            assert!((p.accounted() - p.started).abs() <= 1e-6 * p.started.max(1.0));
        }
        let mut few = scenario.clone();
        few.uncertainty.draws = 100;
        let both = [Horizon::YearOne, Horizon::Years];
        if let Some(summary) = simulate(&few, &both) {
            assert_eq!(summary.draws, 100);
            for spread in &summary.spreads {
                assert!(spread.count + summary.invalid <= 100);
                assert!(spread.p10.is_none_or(|v| !v.is_nan()));
            }
        }
        let again = decode(&encode(&scenario)).expect("an encoded scenario decodes");
        assert_eq!(again, scenario);
    }
});
