//! Decodes any bytes as a share link, four times: as text (lossy UTF-8), as the bytes a link's
//! text stands for, and as a payload of versions 1, 2 and the current one, each sealed with a
//! fitting checksum. None may panic, and whatever decodes must encode to a link that decodes to
//! the very same scenario, bit for bit.
#![no_main]

use data_encoding::BASE64URL_NOPAD;
use libfuzzer_sys::fuzz_target;
use formats::link::{decode, encode, seal, Shared, LINK_VERSION};
use model::validate::every_path;

fn bits(s: &Shared) -> Vec<u64> {
    every_path(&s.scenario)
        .into_iter()
        .map(|p| s.scenario.get(p).map_or(u64::MAX, f64::to_bits))
        .collect()
}

fn check(text: &str) {
    let Ok(shared) = decode(text) else {
        return;
    };
    let again = encode(&shared);
    // A link of the current version re-encodes no longer than it was; an older one is written
    // anew in the current version, with the inputs it did not hold.
    let version = BASE64URL_NOPAD.decode(text.as_bytes()).ok().and_then(|b| b.first().copied());
    if version == Some(LINK_VERSION) {
        assert!(again.len() <= text.len(), "re-encoding grew: {again}");
    }
    let back = decode(&again).expect("a decoded link encodes to a link that decodes");
    assert_eq!(back, shared);
    assert_eq!(bits(&back), bits(&shared));
    // Re-encoding is stable.
    assert_eq!(encode(&back), again);
}

fuzz_target!(|data: &[u8]| {
    check(&String::from_utf8_lossy(data));
    check(&BASE64URL_NOPAD.encode(data));
    // The same bytes sealed with a fitting checksum, so the fuzzer reaches the decoder behind it.
    for version in [1, 2, LINK_VERSION] {
        let mut sealed = vec![version];
        sealed.extend_from_slice(data);
        check(&seal(sealed));
    }
});
