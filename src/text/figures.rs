//! The names of the key figures (`model::figures`), for the comparison, the spreadsheet and the
//! report, and how a figure and a difference between two are written.

use super::{fields, lines, messages, presets, Lang};
use crate::locale::format;
use crate::model::projection::Party;
use crate::model::{FigureUnit, InputKey, InputValue, KeyFigure};

/// The name of key figure `f`, one for the page, the comparison, the spreadsheet and print.
pub fn name(lang: Lang, f: KeyFigure) -> &'static str {
    let (da, en) = match f {
        KeyFigure::CompanyGain => (
            "Virksomhedens resultat i forhold til alternativet",
            "The company's result compared with the alternative",
        ),
        KeyFigure::SupportFte => ("Socialpædagoger (årsværk)", "Social educators (FTE)"),
        KeyFigure::JobsAndPlaces => (
            "Job og deltagerpladser i alt",
            "Jobs and participant places in total",
        ),
        KeyFigure::BreakEvenHours => (
            "Nulpunkt: fakturerede timer om året",
            "Break-even: billed hours a year",
        ),
        KeyFigure::BreakEvenCoursePrice => (
            "Nulpunkt: pris pr. deltagerplads pr. uge",
            "Break-even: price per participant place per week",
        ),
        KeyFigure::PresentValue(p) => return present_value(lang, p),
        KeyFigure::PositiveFrom(p) => return positive_from(lang, p),
        // The others are results lines: they have the line's name, wherever they appear.
        _ => return f.line().map_or("", |line| lines::name(lang, line)),
    };
    lang.pick(da, en)
}

fn present_value(lang: Lang, p: Party) -> &'static str {
    let (da, en) = match p {
        Party::Company => (
            "Virksomheden over årene, nutidsværdi",
            "The company over the years, present value",
        ),
        Party::SocialEnterprise => (
            "Den socialøkonomiske virksomhed over årene, nutidsværdi",
            "The social enterprise over the years, present value",
        ),
        Party::Kommune => (
            "Kommunen over årene, nutidsværdi",
            "The municipality over the years, present value",
        ),
        Party::Stat => (
            "Staten over årene, nutidsværdi",
            "The state over the years, present value",
        ),
        Party::PublicTotal => (
            "Det offentlige i alt over årene, nutidsværdi",
            "The public sector in total over the years, present value",
        ),
    };
    lang.pick(da, en)
}

fn positive_from(lang: Lang, p: Party) -> &'static str {
    let (da, en) = match p {
        Party::Company => ("Virksomheden: positivt fra", "The company: positive from"),
        Party::SocialEnterprise => (
            "Den socialøkonomiske virksomhed: positivt fra",
            "The social enterprise: positive from",
        ),
        Party::Kommune => ("Kommunen: positivt fra", "The municipality: positive from"),
        Party::Stat => ("Staten: positivt fra", "The state: positive from"),
        Party::PublicTotal => (
            "Det offentlige i alt: positivt fra",
            "The public sector in total: positive from",
        ),
    };
    lang.pick(da, en)
}

/// The unit of key figure values in a spreadsheet's row name ("kr.", "%", "timer"; none for a
/// count), how to scale them to it, and how many decimals keep what a spreadsheet user needs.
pub fn spreadsheet_unit(lang: Lang, unit: FigureUnit) -> (&'static str, f64, u8) {
    match unit {
        FigureUnit::Kr | FigureUnit::Kr2 => (lang.pick("kr.", "DKK"), 1.0, 2),
        FigureUnit::Percent => ("%", 100.0, 2),
        FigureUnit::Hours => (lang.pick("timer", "hours"), 1.0, 2),
        FigureUnit::Count => ("", 1.0, 4),
        FigureUnit::Year => (lang.pick("år", "year"), 1.0, 0),
    }
}

/// `x` in `unit`, the language's way ("1.234 kr.", "103,9 %", "1.320 timer").
pub fn show(lang: Lang, unit: FigureUnit, x: f64) -> String {
    match unit {
        FigureUnit::Kr => format::kr(lang, x),
        FigureUnit::Kr2 => format::kr2(lang, x),
        FigureUnit::Percent => format::percent(lang, x),
        FigureUnit::Hours => format!(
            "{}\u{a0}{}",
            format::number(lang, x, 0, 0),
            lang.pick("timer", "hours")
        ),
        FigureUnit::Count => format::number(lang, x, 0, 2),
        FigureUnit::Year if x.is_finite() => {
            format!(
                "{} {}",
                lang.pick("år", "year"),
                format::number(lang, x, 0, 0)
            )
        }
        FigureUnit::Year => lang
            .pick("ikke inden for perioden", "not within the period")
            .to_string(),
    }
}

/// A difference `d` in `unit` with its sign ("+1.234 kr.", "-5,0 procentpoint", "uændret").
pub fn show_delta(lang: Lang, unit: FigureUnit, d: f64) -> String {
    if unit.negligible(d) {
        return lang.pick("uændret", "unchanged").to_string();
    }
    // The hyphen-minus, as `Intl` writes negative values beside it.
    let sign = if d > 0.0 { "+" } else { "-" };
    let size = match unit {
        FigureUnit::Percent => {
            let n = format::number(lang, d.abs() * 100.0, 1, 1);
            format!(
                "{n}\u{a0}{}",
                lang.pick("procentpoint", "percentage points")
            )
        }
        FigureUnit::Year => format!(
            "{}\u{a0}{}",
            format::number(lang, d.abs(), 0, 0),
            lang.pick("år", "years")
        ),
        _ => show(lang, unit, d.abs()),
    };
    format!("{sign}{size}")
}

/// The name of an input row in the comparison and the spreadsheet ("Gruppe 2 (Lager):
/// Timeløn"); `group_name` is the name of the group it belongs to, if any.
pub fn input_label(lang: Lang, key: InputKey, group_name: Option<&str>) -> String {
    let group = |i: usize| {
        let group = format!("{} {}", lang.pick("Gruppe", "Group"), i + 1);
        match group_name.filter(|n| !n.is_empty()) {
            Some(name) => format!("{group} ({name})"),
            None => group,
        }
    };
    match key {
        InputKey::Model => lang
            .pick("Partnerskabsmodel", "Partnership model")
            .to_string(),
        InputKey::RateYear => lang.pick("Satsår", "Rate year").to_string(),
        InputKey::Group(i) => format!(
            "{} {}: {}",
            lang.pick("Gruppe", "Group"),
            i + 1,
            lang.pick("type og fakturering", "type and billing")
        ),
        InputKey::Field(path) => {
            let field = fields::label(lang, path.field);
            match path.group {
                None => field.to_string(),
                Some(i) => format!("{}: {field}", group(i)),
            }
        }
        InputKey::Range(path) => format!(
            "{}: {}",
            input_label(lang, InputKey::Field(path), group_name),
            crate::text::in_sentence(lang.pick("Usikkerhed", "Uncertainty"))
        ),
        InputKey::Draws => lang
            .pick("Startværdi og antal trækninger", "Seed and number of draws")
            .to_string(),
    }
}

/// One scenario's value of an input as the comparison shows it ("–" where it has none).
pub fn input_value(lang: Lang, key: InputKey, value: Option<InputValue>) -> String {
    match (key, value) {
        (_, None) => "–".to_string(),
        (_, Some(InputValue::Model(m))) => presets::name(lang, m).to_string(),
        (_, Some(InputValue::RateYear(y))) => y.to_string(),
        (_, Some(InputValue::Group(kind, billed))) => format!(
            "{}, {}",
            fields::kind(lang, kind),
            if billed {
                lang.pick("faktureres", "billed")
            } else {
                lang.pick("faktureres ikke", "not billed")
            }
        ),
        (InputKey::Field(path), Some(InputValue::Number(v))) => {
            messages::value_with_unit(lang, path.field, v)
        }
        (_, Some(InputValue::Number(v))) => format::number(lang, v, 0, 6),
        (InputKey::Range(path), Some(InputValue::Range(low, high))) => format!(
            "{} – {}",
            messages::value_with_unit(lang, path.field, low),
            messages::value_with_unit(lang, path.field, high)
        ),
        (_, Some(InputValue::Range(low, high))) => format!(
            "{} – {}",
            format::number(lang, low, 0, 6),
            format::number(lang, high, 0, 6)
        ),
        (_, Some(InputValue::Draws(seed, draws))) => match lang {
            Lang::Da => format!(
                "{seed}, {} trækninger",
                format::number(lang, f64::from(draws), 0, 0)
            ),
            Lang::En => format!(
                "{seed}, {} draws",
                format::number(lang, f64::from(draws), 0, 0)
            ),
        },
    }
}
