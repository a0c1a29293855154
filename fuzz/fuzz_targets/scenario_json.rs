//! Decodes any bytes as a scenario file, then validates and evaluates what decodes: none of it
//! may panic, and a valid scenario must give a finite outcome that survives a round trip.
#![no_main]

use libfuzzer_sys::fuzz_target;
use formats::scenario_file::{decode, encode};
use model::{evaluate_checked, Checked};

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
        let again = decode(&encode(&scenario)).expect("an encoded scenario decodes");
        assert_eq!(again, scenario);
    }
});
