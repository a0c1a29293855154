//! Numbers, money, percentages and dates the language's way: "1.234,56 kr." in Danish,
//! "DKK 1,234.56" in English; "24. november 2026" / "24 November 2026".
//!
//! One formatter in Rust for the browser, the tests and any build-time renderer, so what a build
//! prints and what the browser shows are one code path. It writes exactly what the browser's
//! `Intl.NumberFormat` wrote for "da-DK" and "en-GB" before it (a browser test compares the two over
//! a large generated set), without Rust's float formatting (about 18 KB brotli) and without `Intl`
//! (whose first use costs 30–45 ms while the browser loads its number data):
//!
//! - the number's digits are its shortest round-trip decimal form (the `ryu` crate, integer
//!   arithmetic only; `Intl` rounds the same digits, through ICU and double-conversion), so 1.005
//!   to two decimals is "1,01", as the user reads it, not the binary value's "1,00";
//! - rounding is half away from zero on those digits, as `Intl`'s default ("halfExpand");
//! - a negative number keeps its minus sign even when it rounds to zero ("-0"), as `Intl` does;
//!   [`number`] writes an exact zero, negative or not, as "0";
//! - grouping by three from one thousand, "." in Danish and "," in English.

use super::Lang;

/// A calendar date, in the time zone the page is read in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct CivilDate {
    /// The year.
    pub year: i32,
    /// The month, 1–12.
    pub month: u8,
    /// The day of the month, 1–31.
    pub day: u8,
}

impl CivilDate {
    /// The date part of an ISO 8601 text ("2026-11-24", "2026-11-24T10:15:00Z") as written, with
    /// no time zone applied; `None` if it is not a date.
    pub fn from_iso(iso: &str) -> Option<CivilDate> {
        let date = iso.get(..10)?;
        let b = date.as_bytes();
        if b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |s: &str| -> Option<u32> {
            s.bytes().try_fold(0u32, |n, c| {
                c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
            })
        };
        let year = i32::try_from(num(date.get(..4)?)?).ok()?;
        let month = u8::try_from(num(date.get(5..7)?)?).ok()?;
        let day = u8::try_from(num(date.get(8..10)?)?).ok()?;
        let max_day = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
            2 => 28,
            _ => return None,
        };
        (1..=max_day)
            .contains(&day)
            .then_some(CivilDate { year, month, day })
    }
}

/// `x` with between `min` and `max` decimals, grouped the language's way; "–" if not finite.
/// Zero, negative or not, is "0".
pub fn number(lang: Lang, x: f64, min: u8, max: u8) -> String {
    if !x.is_finite() {
        return "–".to_string();
    }
    // "0", never "-0", for an exact zero.
    let x = if x == 0.0 { 0.0 } else { x };
    decimal(lang, x, min, max)
}

/// A finite `x` as `Intl.NumberFormat(lang, {minimumFractionDigits: min, maximumFractionDigits:
/// max})` writes it, minus sign of negative zero included. At most 20 decimals.
pub fn decimal(lang: Lang, x: f64, min: u8, max: u8) -> String {
    let (group, point) = match lang {
        Lang::Da => ('.', ','),
        Lang::En => (',', '.'),
    };
    let max = max.min(20);
    let min = min.min(max);
    let (int, frac) = rounded(x, max);
    let frac = trim_zeros(&frac, usize::from(min));
    let mut out = String::with_capacity(int.len() + int.len() / 3 + frac.len() + 2);
    if x.is_sign_negative() {
        out.push('-');
    }
    for (i, c) in int.bytes().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(group);
        }
        out.push(char::from(c));
    }
    if !frac.is_empty() {
        out.push(point);
        out.push_str(frac);
    }
    out
}

/// `frac` without trailing zeros, but at least `min` digits long.
fn trim_zeros(frac: &str, min: usize) -> &str {
    let trimmed = frac.trim_end_matches('0');
    &frac[..trimmed.len().max(min).min(frac.len())]
}

/// The shortest decimal digits that read back as `|x|` (finite, not zero): the digits without
/// leading or trailing zeros, and the exponent `e` with `|x|` = 0.DIGITS × 10^e.
fn shortest(x: f64) -> (Vec<u8>, i32) {
    let mut buffer = ryu::Buffer::new();
    let text = buffer.format_finite(x.abs());
    // ryu writes "123.45", "0.00012", "1e21" or "1.2345e-7".
    let (mantissa, exp) = match text.split_once('e') {
        Some((m, e)) => (m, parse_exponent(e)),
        None => (text, 0),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let mut digits: Vec<u8> = int.bytes().chain(frac.bytes()).map(|c| c - b'0').collect();
    let mut point = i32::try_from(int.len()).unwrap_or(0) + exp;
    let leading = digits.iter().take_while(|d| **d == 0).count();
    digits.drain(..leading);
    point -= i32::try_from(leading).unwrap_or(0);
    while digits.last() == Some(&0) {
        digits.pop();
    }
    (digits, point)
}

fn parse_exponent(e: &str) -> i32 {
    let (negative, digits) = match e.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, e),
    };
    let n = digits
        .bytes()
        .fold(0i32, |n, c| n * 10 + i32::from(c.wrapping_sub(b'0')));
    if negative {
        -n
    } else {
        n
    }
}

/// `|x|` rounded half away from zero to `max` decimals: its integer digits (at least "0") and
/// exactly `max` decimals.
fn rounded(x: f64, max: u8) -> (String, String) {
    let max_i = i32::from(max);
    if x == 0.0 {
        return ("0".to_string(), "0".repeat(usize::from(max)));
    }
    let (mut digits, mut point) = shortest(x);
    // Keep the digits down to 10^-max; the first one dropped decides the rounding.
    let keep = point + max_i;
    if keep < 0 {
        digits.clear();
    } else if (keep as usize) < digits.len() {
        let keep = keep as usize;
        let up = digits[keep] >= 5;
        digits.truncate(keep);
        if up {
            let mut i = keep;
            loop {
                if i == 0 {
                    digits.insert(0, 1);
                    point += 1;
                    break;
                }
                i -= 1;
                if digits[i] == 9 {
                    digits[i] = 0;
                } else {
                    digits[i] += 1;
                    break;
                }
            }
        }
    }
    // The digit at 10^(point - 1 - i) is digits[i]; anything not there is zero.
    let digit = |position: i32| -> u8 {
        let i = point - 1 - position;
        usize::try_from(i)
            .ok()
            .and_then(|i| digits.get(i).copied())
            .unwrap_or(0)
    };
    let int: String = if point <= 0 {
        "0".to_string()
    } else {
        (0..point)
            .rev()
            .map(|p| char::from(b'0' + digit(p)))
            .collect()
    };
    let frac: String = (1..=max_i).map(|k| char::from(b'0' + digit(-k))).collect();
    (int, frac)
}

/// `x` for a spreadsheet set up for Danish: decimal comma, no thousands separator, at most `max`
/// decimals ("1234,56", "0,6286"), in both interface languages; `None` if not finite.
pub fn spreadsheet(x: f64, max: u8) -> Option<String> {
    x.is_finite()
        .then(|| number(Lang::Da, x, 0, max).replace('.', ""))
}

/// A sum of money in whole kroner: "1.234 kr." / "DKK 1,234".
pub fn kr(lang: Lang, x: f64) -> String {
    with_currency(lang, number(lang, x, 0, 0))
}

/// A sum of money to the øre: "291,81 kr." / "DKK 291.81".
pub fn kr2(lang: Lang, x: f64) -> String {
    with_currency(lang, number(lang, x, 2, 2))
}

fn with_currency(lang: Lang, n: String) -> String {
    match lang {
        Lang::Da => format!("{n}\u{a0}kr."),
        Lang::En => format!("DKK\u{a0}{n}"),
    }
}

/// A fraction as a percentage with one decimal: 1.039 → "103,9 %" / "103.9%".
pub fn percent(lang: Lang, fraction: f64) -> String {
    percent_with(lang, fraction, 1, 1)
}

/// A fraction as a percentage with `min`–`max` decimals.
pub fn percent_with(lang: Lang, fraction: f64, min: u8, max: u8) -> String {
    let n = number(lang, fraction * 100.0, min, max);
    match lang {
        Lang::Da => format!("{n}\u{a0}%"),
        Lang::En => format!("{n}%"),
    }
}

/// A date the language's way: "24. november 2026" / "24 November 2026".
pub fn date(lang: Lang, d: CivilDate) -> String {
    const MONTHS: [(&str, &str); 12] = [
        ("januar", "January"),
        ("februar", "February"),
        ("marts", "March"),
        ("april", "April"),
        ("maj", "May"),
        ("juni", "June"),
        ("juli", "July"),
        ("august", "August"),
        ("september", "September"),
        ("oktober", "October"),
        ("november", "November"),
        ("december", "December"),
    ];
    let (da, en) = MONTHS[usize::from(d.month.clamp(1, 12)) - 1];
    let (day, year) = (d.day, d.year);
    match lang {
        Lang::Da => format!("{day}. {da} {year}"),
        Lang::En => format!("{day} {en} {year}"),
    }
}
