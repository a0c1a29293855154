//! Reading a number as a person types or pastes it: "12,5", "1.234,56 kr.", "1 234.5", "15 %".

use serde::Serialize;

/// Which decimal mark a lone "," or "." followed by three digits most likely is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DecimalConvention {
    /// Danish: "1.234" is one thousand two hundred and thirty-four, "12,5" twelve and a half.
    Danish,
    /// English: "1,234" is one thousand two hundred and thirty-four, "12.5" twelve and a half.
    English,
}

/// Why a text is not a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NumberError {
    /// Nothing was typed.
    Empty,
    /// Letters or other characters that are not part of a number.
    NotANumber,
    /// The separators make no sense, e.g. "12,5,3" or "1.2.3".
    Malformed,
    /// More than 15 significant digits.
    TooManyDigits,
}

const MAX_DIGITS: usize = 15;

fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{a0}' | '\u{202f}' | '\u{2009}' | '\u{2007}')
}

/// Strips a currency or percent mark at either end ("kr.", "kr", "DKK", "%", ",-").
fn strip_marks(mut t: &str) -> &str {
    loop {
        let before = t;
        t = t.trim_matches(is_space);
        for mark in ["kr.", "kr", "dkk", "%", ",-", ".-"] {
            let n = mark.len();
            if t.len() >= n
                && t.is_char_boundary(t.len() - n)
                && t[t.len() - n..].eq_ignore_ascii_case(mark)
            {
                t = &t[..t.len() - n];
            }
            if t.len() >= n
                && t.is_char_boundary(n)
                && t[..n].eq_ignore_ascii_case(mark)
                && mark != ",-"
                && mark != ".-"
            {
                t = &t[n..];
            }
        }
        if t == before {
            return t;
        }
    }
}

/// Whether `int` is a valid digit grouping with `sep` between groups: 1–3 digits, then groups of 3.
fn valid_grouping(int: &str, sep: char) -> bool {
    let mut parts = int.split(sep);
    let first = parts.next().unwrap_or("");
    (1..=3).contains(&first.len())
        && !(first.starts_with('0') && first.len() > 1 || first == "0")
        && parts.all(|p| p.len() == 3)
}

/// Reads `text` as a number. Accepts a decimal comma or point, thousands separators ("." "," or
/// spaces), a sign ("-", "−", "+") and a currency or percent mark; never panics.
pub fn parse_number(text: &str, convention: DecimalConvention) -> Result<f64, NumberError> {
    let t = strip_marks(text);
    if t.is_empty() {
        return Err(if text.trim_matches(is_space).is_empty() {
            NumberError::Empty
        } else {
            NumberError::NotANumber
        });
    }
    let (negative, t) = match t.chars().next() {
        Some('-') | Some('−') => (true, &t[t.chars().next().map_or(0, char::len_utf8)..]),
        Some('+') => (false, &t[1..]),
        _ => (false, t),
    };
    let compact: String = t.chars().filter(|c| !is_space(*c)).collect();
    if compact.is_empty()
        || !compact
            .chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
    {
        return Err(NumberError::NotANumber);
    }
    if !compact.chars().any(|c| c.is_ascii_digit()) {
        return Err(NumberError::NotANumber);
    }
    let (int, frac) = split_decimal(&compact, convention)?;
    let value = digits_to_f64(int, frac)?;
    Ok(if negative && value != 0.0 {
        -value
    } else {
        value
    })
}

/// Splits into integer digits (thousands separators removed) and fraction digits.
fn split_decimal(t: &str, convention: DecimalConvention) -> Result<(String, &str), NumberError> {
    let commas = t.matches(',').count();
    let points = t.matches('.').count();
    let grouped = |int: &str, sep: char| -> Result<String, NumberError> {
        if int.contains(sep) {
            if valid_grouping(int, sep) {
                Ok(int.replace(sep, ""))
            } else {
                Err(NumberError::Malformed)
            }
        } else {
            Ok(int.to_string())
        }
    };
    let decimal_at = |sep: char| t.rfind(sep).map(|i| (&t[..i], &t[i + 1..]));
    match (commas, points) {
        (0, 0) => Ok((t.to_string(), "")),
        (1.., 1..) => {
            // The mark that comes last is the decimal mark; the other groups thousands.
            let (dec, thousands) = if t.rfind(',') > t.rfind('.') {
                (',', '.')
            } else {
                ('.', ',')
            };
            if t.matches(dec).count() > 1 {
                return Err(NumberError::Malformed);
            }
            let (int, frac) = decimal_at(dec).ok_or(NumberError::Malformed)?;
            Ok((grouped(int, thousands)?, frac))
        }
        (n, 0) | (0, n) => {
            let sep = if commas > 0 { ',' } else { '.' };
            let thousands_reading = match (sep, convention) {
                (',', DecimalConvention::English) | ('.', DecimalConvention::Danish) => true,
                _ => n > 1,
            };
            if n > 1 || (thousands_reading && valid_grouping(t, sep)) {
                if valid_grouping(t, sep) {
                    return Ok((t.replace(sep, ""), ""));
                }
                return Err(NumberError::Malformed);
            }
            let (int, frac) = decimal_at(sep).ok_or(NumberError::Malformed)?;
            Ok((int.to_string(), frac))
        }
    }
}

/// Exact decimal-to-binary conversion for up to 15 significant digits (one correctly rounded division).
fn digits_to_f64(int: String, frac: &str) -> Result<f64, NumberError> {
    let int = int.trim_start_matches('0');
    let frac = frac.trim_end_matches('0');
    if int.is_empty() && frac.is_empty() {
        return Ok(0.0);
    }
    let digits: String = format!("{int}{frac}");
    let significant = digits.trim_start_matches('0');
    if significant.len() > MAX_DIGITS || frac.len() > MAX_DIGITS {
        return Err(NumberError::TooManyDigits);
    }
    let mantissa = significant
        .bytes()
        .fold(0u64, |acc, b| acc * 10 + u64::from(b - b'0'));
    let scale = (0..frac.len()).fold(1u64, |acc, _| acc * 10);
    // mantissa < 10^15 < 2^53 and scale ≤ 10^15 are exact in f64, so one division rounds correctly.
    Ok(mantissa as f64 / scale as f64)
}
