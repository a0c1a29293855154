//! Decodes any bytes as a workspace file and as a link to a set of tabs: neither may panic, and
//! what decodes must survive a round trip.
#![no_main]

use formats::link::{decode_set, encode_set};
use formats::workspace::{decode_workspace, encode_workspace};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(w) = decode_workspace(text) {
        let again = decode_workspace(&encode_workspace(&w)).expect("an encoded workspace decodes");
        assert_eq!(again, w);
    }
    if let Ok((tabs, active)) = decode_set(text) {
        if let Some(link) = encode_set(&tabs, active) {
            assert_eq!(decode_set(&link), Ok((tabs, active)));
        }
    }
});
