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
