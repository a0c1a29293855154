//! Helpers shared by the native model tests.
#![allow(dead_code)]

/// Asserts `actual` is within 0.01 of `expected` (kroner to the øre, hours to a hundredth).
#[track_caller]
pub fn close(actual: f64, expected: f64) {
    assert!(
        (actual - expected).abs() <= 0.01,
        "expected {expected}, got {actual}"
    );
}

/// Asserts `actual` is within `tol` relative error of `expected`.
#[track_caller]
pub fn rel(actual: f64, expected: f64, tol: f64) {
    let scale = expected.abs().max(1.0);
    assert!(
        (actual - expected).abs() <= tol * scale,
        "expected {expected}, got {actual}"
    );
}
