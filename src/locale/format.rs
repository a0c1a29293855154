//! Numbers, money, percentages and dates the language's way: "1.234,56 kr." in Danish,
//! "DKK 1,234.56" in English; "24. november 2026" / "24 November 2026".
//!
//! One formatter in Rust for the browser, the tests and any build-time renderer, so what a build
//! prints and what the browser shows are one code path. It writes exactly what the browser's
//! `Intl.NumberFormat` wrote for "da-DK" and "en-GB" before it (a browser test compares the two over
//! a large generated set), without Rust's float formatting (about 18 KB brotli) and without `Intl`
//! (whose first use costs 30–45 ms while the browser loads its number data):
//!
//! - the number's digits are its shortest round-trip decimal form ([`shortest`], integer
//!   arithmetic only; `Intl` rounds the same digits, through ICU and double-conversion), so 1.005
//!   to two decimals is "1,01", as the user reads it, not the binary value's "1,00";
//! - rounding is half away from zero on those digits, as `Intl`'s default ("halfExpand");
//! - a negative number keeps its minus sign even when it rounds to zero ("-0"), as `Intl` does;
//!   [`number`] writes an exact zero, negative or not, as "0";
//! - grouping by three from one thousand, "." in Danish and "," in English.

use super::Lang;
use std::cmp::Ordering;

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
    /// The date as ISO 8601, "2026-11-30" (for file names).
    pub fn iso(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

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
    let max = i32::from(max.min(20));
    let min = i32::from(min).min(max);
    let (digits, exponent) = rounded(x, max);
    // The digit at 10^p, for p from the highest down to 10^-max.
    let digit = |p: i32| {
        usize::try_from(exponent - 1 - p)
            .ok()
            .and_then(|i| digits.get(i))
            .map_or('0', |d| char::from(b'0' + d))
    };
    // Decimals: down to the last that is not zero, but at least `min`.
    let last = digits.len() as i32 - exponent;
    let decimals = last.clamp(min, max);
    let mut out = String::new();
    if x.is_sign_negative() {
        out.push('-');
    }
    let top = exponent.max(1);
    for p in (0..top).rev() {
        out.push(digit(p));
        if p > 0 && p % 3 == 0 {
            out.push(group);
        }
    }
    if decimals > 0 {
        out.push(point);
        for p in 1..=decimals {
            out.push(digit(-p));
        }
    }
    out
}

/// The shortest decimal digits that read back as `|x|` (finite, not zero), and of those the
/// nearest to it: the digits without leading or trailing zeros, and the exponent `e` with
/// `|x|` = 0.DIGITS × 10^e. What `Intl` rounds (ICU takes them from double-conversion); computed as
/// Burger and Dybvig's free-format algorithm does, exactly, with integers only.
pub fn shortest(x: f64) -> (Vec<u8>, i32) {
    let bits = x.abs().to_bits();
    let biased = i32::try_from(bits >> 52).unwrap_or(0);
    let fraction = bits & ((1 << 52) - 1);
    // |x| = f × 2^e, with f < 2^53.
    let (f, e) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), biased - 1075)
    };
    // The number is r / s; the numbers between it and its neighbours' midpoints (which read back
    // as it) reach down by m_minus / s and up by m_plus / s. The gap below is half the gap above
    // at a power of two.
    let lower_closer = f == 1 << 52 && biased > 1;
    let (mut r, mut s, mut m_plus, mut m_minus) =
        (Big::from(f), Big::from(1), Big::from(1), Big::from(1));
    if e >= 0 {
        let e = e.unsigned_abs();
        r.shl(e + 1);
        m_plus.shl(e);
        m_minus.shl(e);
        s.shl(1);
    } else {
        r.shl(1);
        s.shl(e.unsigned_abs() + 1);
    }
    if lower_closer {
        r.shl(1);
        s.shl(1);
        m_plus.shl(1);
    }
    // With an even f the midpoints read back as the number too (ties go to even).
    let even = f % 2 == 0;
    // k: the least with (r + m_plus) / s below 10^k (or at it, for an odd f). Estimated from the
    // binary exponent (log10 2 is a little above 78913 / 2^18), never above it, then raised.
    let bit_length = 64 - i32::try_from(f.leading_zeros()).unwrap_or(0);
    let mut k = ((e + bit_length - 1) * 78_913).div_euclid(1 << 18);
    if k >= 0 {
        s.mul_pow10(k.unsigned_abs());
    } else {
        let up = k.unsigned_abs();
        r.mul_pow10(up);
        m_plus.mul_pow10(up);
        m_minus.mul_pow10(up);
    }
    loop {
        let mut high = r.clone();
        high.add(&m_plus);
        let too_big = match high.cmp(&s) {
            Ordering::Greater => true,
            Ordering::Equal => even,
            Ordering::Less => false,
        };
        if !too_big {
            break;
        }
        s.mul_small(10);
        k += 1;
    }
    let mut digits = Vec::with_capacity(17);
    loop {
        r.mul_small(10);
        m_plus.mul_small(10);
        m_minus.mul_small(10);
        let mut d = 0u8;
        while r.cmp(&s) != Ordering::Less {
            r.sub(&s);
            d += 1;
        }
        let low_ok = match r.cmp(&m_minus) {
            Ordering::Less => true,
            Ordering::Equal => even,
            Ordering::Greater => false,
        };
        let mut high = r.clone();
        high.add(&m_plus);
        let high_ok = match high.cmp(&s) {
            Ordering::Greater => true,
            Ordering::Equal => even,
            Ordering::Less => false,
        };
        match (low_ok, high_ok) {
            (false, false) => digits.push(d),
            (true, false) => {
                digits.push(d);
                break;
            }
            (false, true) => {
                digits.push(d + 1);
                break;
            }
            (true, true) => {
                // Both ends read back: the nearer digit, the even one at a tie.
                let mut twice = r.clone();
                twice.shl(1);
                digits.push(match twice.cmp(&s) {
                    Ordering::Less => d,
                    Ordering::Greater => d + 1,
                    Ordering::Equal => d + d % 2,
                });
                break;
            }
        }
    }
    // A last digit of 10 carries.
    let mut point = k;
    while let Some(&last) = digits.last() {
        if last < 10 {
            break;
        }
        digits.pop();
        match digits.last_mut() {
            Some(prev) => *prev += 1,
            None => {
                digits.push(1);
                point += 1;
            }
        }
    }
    while digits.last() == Some(&0) {
        digits.pop();
    }
    (digits, point)
}

/// An unsigned integer of up to 1,280 bits, enough for every step of [`shortest`]. Only the
/// `len` lowest limbs are used (the rest are zero), so a number of ordinary size costs a few
/// limbs' work, not forty.
#[derive(Clone)]
struct Big {
    limbs: [u32; 40],
    len: usize,
}

impl Big {
    fn from(n: u64) -> Big {
        let mut b = Big {
            limbs: [0; 40],
            len: 2,
        };
        b.limbs[0] = n as u32;
        b.limbs[1] = (n >> 32) as u32;
        b.trim();
        b
    }

    /// Drops zero limbs from the top.
    fn trim(&mut self) {
        while self.len > 0 && self.limbs[self.len - 1] == 0 {
            self.len -= 1;
        }
    }

    /// Puts a carry above the top limb (there is always room: the largest number [`shortest`]
    /// needs is about 2^1080, and the limbs hold 1,280 bits).
    fn push(&mut self, carry: u32) {
        debug_assert!(carry == 0 || self.len < self.limbs.len(), "Big overflowed");
        if carry > 0 {
            if let Some(limb) = self.limbs.get_mut(self.len) {
                *limb = carry;
                self.len += 1;
            }
        }
    }

    fn mul_small(&mut self, m: u32) {
        let mut carry = 0u64;
        for limb in &mut self.limbs[..self.len] {
            let v = u64::from(*limb) * u64::from(m) + carry;
            *limb = v as u32;
            carry = v >> 32;
        }
        self.push(carry as u32);
    }

    fn mul_pow10(&mut self, mut n: u32) {
        while n > 0 {
            let step = n.min(9);
            self.mul_small(10u32.pow(step));
            n -= step;
        }
    }

    /// Multiplies by 2^n.
    fn shl(&mut self, mut n: u32) {
        while n > 0 {
            let step = n.min(31);
            self.mul_small(1 << step);
            n -= step;
        }
    }

    fn add(&mut self, other: &Big) {
        let n = self.len.max(other.len);
        let mut carry = 0u64;
        for (a, b) in self.limbs[..n].iter_mut().zip(&other.limbs[..n]) {
            let v = u64::from(*a) + u64::from(*b) + carry;
            *a = v as u32;
            carry = v >> 32;
        }
        self.len = n;
        self.push(carry as u32);
    }

    /// Subtracts `other`, which is not larger.
    fn sub(&mut self, other: &Big) {
        let mut borrow = 0i64;
        for (a, b) in self.limbs[..self.len].iter_mut().zip(&other.limbs) {
            let v = i64::from(*a) - i64::from(*b) - borrow;
            *a = v as u32;
            borrow = i64::from(v < 0);
        }
        self.trim();
    }

    fn cmp(&self, other: &Big) -> Ordering {
        if self.len != other.len {
            return self.len.cmp(&other.len);
        }
        for i in (0..self.len).rev() {
            if self.limbs[i] != other.limbs[i] {
                return self.limbs[i].cmp(&other.limbs[i]);
            }
        }
        Ordering::Equal
    }
}

/// `|x|` rounded half away from zero to `max` decimals, as digits without leading or trailing
/// zeros and the exponent `e` with the rounded value = 0.DIGITS × 10^e (no digits for zero).
fn rounded(x: f64, max: i32) -> (Vec<u8>, i32) {
    if x == 0.0 {
        return (Vec::new(), 0);
    }
    let (mut digits, mut exponent) = shortest(x);
    // Keep the digits down to 10^-max; the first one dropped decides the rounding.
    let Ok(keep) = usize::try_from(exponent + max) else {
        // Every digit is below half of 10^-max: it rounds to zero.
        return (Vec::new(), 0);
    };
    if keep < digits.len() {
        let up = digits[keep] >= 5;
        digits.truncate(keep);
        if up {
            // Add one at the last place kept: nines become zeros, and all nines a new 1.
            while digits.last() == Some(&9) {
                digits.pop();
            }
            match digits.last_mut() {
                Some(d) => *d += 1,
                None => {
                    digits.push(1);
                    exponent += 1;
                }
            }
        }
    }
    while digits.last() == Some(&0) {
        digits.pop();
    }
    if digits.is_empty() {
        exponent = 0;
    }
    (digits, exponent)
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
