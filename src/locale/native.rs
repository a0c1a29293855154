//! The same text as `Intl.NumberFormat` for "da-DK" and "en-GB", for native tests and tools.

use super::Lang;

/// A finite `x` with `min`–`max` decimals, grouped the language's way.
pub fn format(lang: Lang, x: f64, min: u8, max: u8) -> String {
    let (group, decimal) = match lang {
        Lang::Da => ('.', ','),
        Lang::En => (',', '.'),
    };
    // Round half away from zero on the decimal value, as Intl does.
    let scale = 10f64.powi(i32::from(max));
    let rounded = (x.abs() * scale).round() / scale;
    let fixed = format!("{:.*}", usize::from(max), rounded);
    let (int, frac) = fixed.split_once('.').unwrap_or((&fixed, ""));
    let mut frac = frac.trim_end_matches('0').to_string();
    while frac.len() < usize::from(min) {
        frac.push('0');
    }
    let mut out = String::new();
    if x < 0.0 && (rounded != 0.0) {
        out.push('-');
    }
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(group);
        }
        out.push(c);
    }
    if !frac.is_empty() {
        out.push(decimal);
        out.push_str(&frac);
    }
    out
}

/// The date part of `iso` as `Intl` writes it for "da-DK" and "en-GB" (in UTC).
pub fn date(lang: Lang, iso: &str) -> Option<String> {
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
    let mut parts = iso.get(..10)?.split('-');
    let year: u32 = parts.next()?.parse().ok()?;
    let month: usize = parts.next()?.parse().ok()?;
    let day: u32 = parts.next()?.parse().ok()?;
    let (da, en) = MONTHS.get(month.checked_sub(1)?)?;
    Some(match lang {
        Lang::Da => format!("{day}. {da} {year}"),
        Lang::En => format!("{day} {en} {year}"),
    })
}
