//! How typed and pasted numbers are read.
#![cfg(not(target_arch = "wasm32"))]

use partnerskabsberegneren::locale::parse::{
    parse_number,
    DecimalConvention::{Danish, English},
    NumberError,
};

#[test]
fn danish_and_english_ways_of_writing_numbers_are_read() {
    let cases: &[(&str, f64)] = &[
        ("12,5", 12.5),
        ("1.234,5", 1234.5),
        ("1234.5", 1234.5),
        ("1.234", 1234.0),
        ("1.234.567", 1_234_567.0),
        ("1 234,56 kr.", 1234.56),
        ("1\u{a0}234,56\u{a0}kr.", 1234.56),
        ("1\u{202f}234", 1234.0),
        ("kr. 2.000", 2000.0),
        ("15 %", 15.0),
        ("15%", 15.0),
        ("  44  ", 44.0),
        ("0,125", 0.125),
        ("0.125", 0.125),
        ("-3", -3.0),
        ("−3,5", -3.5),
        ("+7", 7.0),
        ("-0", 0.0),
        ("1.234,-", 1234.0),
        ("3000 DKK", 3000.0),
        (",5", 0.5),
        ("5,", 5.0),
        ("1,234.5", 1234.5),
        ("0", 0.0),
        ("000120", 120.0),
        ("999999999999999", 999_999_999_999_999.0),
    ];
    for (text, expected) in cases {
        assert_eq!(parse_number(text, Danish), Ok(*expected), "{text:?}");
    }
}

#[test]
fn negative_zero_reads_as_plain_zero() {
    assert!(parse_number("-0", Danish).unwrap().is_sign_positive());
}

#[test]
fn a_lone_separator_before_three_digits_follows_the_language() {
    assert_eq!(parse_number("1.234", Danish), Ok(1234.0));
    assert_eq!(parse_number("1.234", English), Ok(1.234));
    assert_eq!(parse_number("1,234", English), Ok(1234.0));
    assert_eq!(parse_number("1,234", Danish), Ok(1.234));
    assert_eq!(parse_number("12,5", English), Ok(12.5));
}

#[test]
fn decimals_are_exact_to_the_nearest_double() {
    assert_eq!(parse_number("0,1", Danish), Ok(0.1));
    assert_eq!(parse_number("2/3", Danish), Err(NumberError::NotANumber));
    assert_eq!(parse_number("291,81", Danish), Ok(291.81));
    assert_eq!(parse_number("0,142", Danish), Ok(0.142));
}

#[test]
fn what_is_not_a_number_says_why() {
    let cases: &[(&str, NumberError)] = &[
        ("", NumberError::Empty),
        ("   ", NumberError::Empty),
        ("abc", NumberError::NotANumber),
        ("12a", NumberError::NotANumber),
        ("kr.", NumberError::NotANumber),
        ("1e309", NumberError::NotANumber),
        ("NaN", NumberError::NotANumber),
        ("Infinity", NumberError::NotANumber),
        ("--5", NumberError::NotANumber),
        (",", NumberError::NotANumber),
        ("12,5,3", NumberError::Malformed),
        ("1.2.3", NumberError::Malformed),
        ("1,2.3,4", NumberError::Malformed),
        ("1.23,4.5", NumberError::Malformed),
        ("12.34.567", NumberError::Malformed),
        ("1234567890123456789", NumberError::TooManyDigits),
        ("0,0000000000000001", NumberError::TooManyDigits),
    ];
    for (text, expected) in cases {
        assert_eq!(parse_number(text, Danish), Err(*expected), "{text:?}");
    }
}

/// The digits of ryu's shortest form of `x` (> 0): without leading or trailing zeros, and the
/// exponent `e` with x = 0.DIGITS × 10^e.
fn ryu_digits(x: f64) -> (Vec<u8>, i32) {
    let mut buffer = ryu::Buffer::new();
    let text = buffer.format_finite(x);
    let (mantissa, exp) = match text.split_once('e') {
        Some((m, e)) => (m, e.parse::<i32>().unwrap()),
        None => (text, 0),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let mut digits: Vec<u8> = int.bytes().chain(frac.bytes()).map(|c| c - b'0').collect();
    let mut point = int.len() as i32 + exp;
    while digits.first() == Some(&0) {
        digits.remove(0);
        point -= 1;
    }
    while digits.last() == Some(&0) {
        digits.pop();
    }
    (digits, point)
}

/// The formatter rounds the shortest digits that read back as the number, as the browser does.
/// Ryu computes the same by another method, tested exhaustively by its authors: the two agree.
#[test]
fn the_shortest_digits_are_those_ryu_finds() {
    use partnerskabsberegneren::locale::format::shortest;
    let mut state = 0x9e37_79b9_7f4a_7c15_u64;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let mut values = vec![
        5e-324,
        f64::MIN_POSITIVE,
        f64::MAX,
        1.0,
        0.1,
        0.3,
        1.005,
        2.0 / 3.0,
        1e21,
        1e22,
        1e23,
        9_007_199_254_740_993.0,
        123_456.789,
    ];
    for p in -323..=308 {
        values.push(format!("1e{p}").parse().unwrap());
        values.push(format!("5e{p}").parse().unwrap());
    }
    for _ in 0..200_000 {
        let x = f64::from_bits(next() >> 1);
        if x.is_finite() && x > 0.0 {
            values.push(x);
        }
        let y = (next() % 100_000_000) as f64 / 100.0;
        if y > 0.0 {
            values.push(y);
        }
    }
    for x in values {
        assert_eq!(shortest(x), ryu_digits(x), "{x:e}");
    }
}
