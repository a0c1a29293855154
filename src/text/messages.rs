//! The plain-language message for every input problem, and for a link or file that cannot be
//! opened.

use super::{fields, Lang};
use crate::formats::link::LinkError;
use crate::formats::scenario_file::FileError;
use crate::locale::format;
use crate::locale::parse::NumberError;
use crate::model::{FieldId, MessageKey, NotReachableReason, Unit};

/// A stored value as the user reads it, with its unit: 0.15 → "15 %", 52 → "52 uger".
pub fn value_with_unit(lang: Lang, field: FieldId, stored: f64) -> String {
    let u = field.spec().unit;
    let n = format::number(lang, stored * u.display_factor(), 0, 2);
    match u {
        Unit::Percent => percent_sign(lang, n),
        _ => format!("{n} {}", fields::unit_for(lang, u, stored)),
    }
}

/// "15 %" in Danish, "15%" in English.
fn percent_sign(lang: Lang, n: String) -> String {
    match lang {
        Lang::Da => format!("{n}\u{a0}%"),
        Lang::En => format!("{n}%"),
    }
}

/// The message for text that is not a number.
pub fn number_error(lang: Lang, e: NumberError) -> String {
    lang.pick(
        match e {
            NumberError::Empty => "Skriv et tal.",
            NumberError::NotANumber => "Skriv kun et tal, fx 12,5.",
            NumberError::Malformed => {
                "Tallet har for mange kommaer eller punktummer. Skriv fx 1.234,5."
            }
            NumberError::TooManyDigits => "Tallet har for mange cifre.",
        },
        match e {
            NumberError::Empty => "Enter a number.",
            NumberError::NotANumber => "Enter a number only, e.g. 12.5.",
            NumberError::Malformed => {
                "The number has too many commas or full stops. Write e.g. 1,234.5."
            }
            NumberError::TooManyDigits => "The number has too many digits.",
        },
    )
    .to_string()
}

/// A range of stored values as the user reads it: "5–30 %", "1.500–5.000 kr./uge".
pub fn range_with_unit(lang: Lang, field: FieldId, low: f64, high: f64) -> String {
    let u = field.spec().unit;
    let n = |x: f64| format::number(lang, x * u.display_factor(), 0, 2);
    match u {
        Unit::Percent => percent_sign(lang, format!("{}–{}", n(low), n(high))),
        _ => format!("{}–{} {}", n(low), n(high), fields::unit(lang, u)),
    }
}

/// The message for a validation problem of `field` (or of the scenario as a whole when `None`).
pub fn problem(lang: Lang, field: Option<FieldId>, key: MessageKey) -> String {
    let f = field.unwrap_or(FieldId::Persons);
    match (lang, key) {
        (_, MessageKey::NotFinite) => number_error(lang, NumberError::NotANumber),
        (Lang::Da, MessageKey::BelowMin { min }) => {
            format!("Skal være mindst {}.", value_with_unit(lang, f, min))
        }
        (Lang::En, MessageKey::BelowMin { min }) => {
            format!("Must be at least {}.", value_with_unit(lang, f, min))
        }
        (Lang::Da, MessageKey::AboveMax { max }) => {
            format!("Må højst være {}.", value_with_unit(lang, f, max))
        }
        (Lang::En, MessageKey::AboveMax { max }) => {
            format!("Must be at most {}.", value_with_unit(lang, f, max))
        }
        (Lang::Da, MessageKey::HighBelowLow { low }) => {
            format!("Den høje værdi må ikke være lavere end den lave værdi ({}).", value_with_unit(lang, f, low))
        }
        (Lang::En, MessageKey::HighBelowLow { low }) => {
            format!("The high value must not be lower than the low value ({}).", value_with_unit(lang, f, low))
        }
        (Lang::Da, MessageKey::MostLikelyOutside { value, low, high }) => format!(
            "Feltets værdi, {}, er den mest sandsynlige og skal derfor ligge mellem den lave og den høje værdi ({} – {}).",
            value_with_unit(lang, f, value),
            value_with_unit(lang, f, low),
            value_with_unit(lang, f, high)
        ),
        (Lang::En, MessageKey::MostLikelyOutside { value, low, high }) => format!(
            "The field's value, {}, is the most likely one and must lie between the low and the high value ({} – {}).",
            value_with_unit(lang, f, value),
            value_with_unit(lang, f, low),
            value_with_unit(lang, f, high)
        ),
        (Lang::Da, MessageKey::NotWhole) => "Skal være et helt tal.".into(),
        (Lang::En, MessageKey::NotWhole) => "Must be a whole number.".into(),
        (Lang::Da, MessageKey::TooManyGroups { max }) => format!("Højst {max} grupper."),
        (Lang::En, MessageKey::TooManyGroups { max }) => format!("At most {max} groups."),
        (Lang::Da, MessageKey::PriceBelowLabourCost { labour_rate }) => format!(
            "Timeprisen er under lønomkostningen på {} pr. time, så timerne giver underskud.",
            format::kr2(lang, labour_rate)
        ),
        (Lang::En, MessageKey::PriceBelowLabourCost { labour_rate }) => format!(
            "The price is below the labour cost of {} per hour, so the hours run at a loss.",
            format::kr2(lang, labour_rate)
        ),
        (Lang::Da, MessageKey::WageBelowMinimum { minimum, year }) => format!(
            "Timelønnen er under mindstelønnen på {} pr. time i Industriens Overenskomst ({year}).",
            format::kr2(lang, minimum)
        ),
        (Lang::En, MessageKey::WageBelowMinimum { minimum, year }) => format!(
            "The wage is below the minimum wage of the industry agreement (Industriens Overenskomst), {} ({year}).",
            format::kr2(lang, minimum)
        ),
        (Lang::Da, MessageKey::NoSupportStaff) => {
            "Der er ingen socialpædagog, så dækningen kan ikke beregnes.".into()
        }
        (Lang::En, MessageKey::NoSupportStaff) => {
            "There is no social educator, so coverage cannot be calculated.".into()
        }
        (Lang::Da, MessageKey::OutsideTypical { low, high }) => format!(
            "Usædvanlig værdi: typisk {}. Tjek tallet.",
            range_with_unit(lang, f, low, high)
        ),
        (Lang::En, MessageKey::OutsideTypical { low, high }) => format!(
            "Unusual value: typically {}. Check the figure.",
            range_with_unit(lang, f, low, high)
        ),
        (Lang::Da, MessageKey::SharesAboveOne { other, sum }) => format!(
            "Sammen med »{}« bliver summen {}, men den må højst være 100\u{a0}%.",
            fields::label(lang, other),
            format::percent(lang, sum)
        ),
        (Lang::En, MessageKey::SharesAboveOne { other, sum }) => format!(
            "Together with \"{}\" the total is {}; it may be at most 100%.",
            fields::label(lang, other),
            format::percent(lang, sum)
        ),
        (Lang::Da, MessageKey::UnknownRateYear { year }) => {
            format!("Der er ingen satser for {year}. Vælg et andet satsår.")
        }
        (Lang::En, MessageKey::UnknownRateYear { year }) => {
            format!("There are no rates for {year}. Choose another rate year.")
        }
    }
}

/// Why a break-even cannot be reached.
pub fn not_reachable(lang: Lang, r: NotReachableReason) -> &'static str {
    match r {
        NotReachableReason::NoBilledHours => lang.pick(
            "Kan ikke nås: der faktureres ingen timer.",
            "Not reachable: no hours are billed.",
        ),
        NotReachableReason::NoParticipants => lang.pick(
            "Kan ikke nås: der er ingen besatte deltagerpladser.",
            "Not reachable: no participant places are filled.",
        ),
        NotReachableReason::NoMarginPerHour => lang.pick(
            "Kan ikke nås: timerne giver intet overhead.",
            "Not reachable: the hours carry no markup.",
        ),
    }
}

/// Why a share link could not be opened, for the person who clicked it.
pub fn link_error(lang: Lang, e: &LinkError) -> String {
    let why = match e {
        LinkError::TooLong { .. } => lang.pick(
            "Linket er for langt til at være et link fra beregneren.",
            "The link is too long to be a link from the calculator.",
        ),
        LinkError::Truncated => lang.pick(
            "Linket er afkortet – måske er det blevet delt over to linjer i en mail. Bed om at få det sendt igen.",
            "The link is cut off – perhaps it was split over two lines in an email. Ask for it to be sent again.",
        ),
        LinkError::NotALink | LinkError::Malformed | LinkError::UnknownVersion { .. } => lang.pick(
            "Linket er ændret eller beskadiget, så tallene ikke kan læses.",
            "The link has been changed or damaged, so its figures cannot be read.",
        ),
        LinkError::FutureVersion { .. } => lang.pick(
            "Linket er lavet med en nyere udgave af beregneren. Genindlæs siden, og prøv igen.",
            "The link was made by a newer version of the calculator. Reload the page and try again.",
        ),
    };
    format!(
        "{} {why}",
        lang.pick("Linket kunne ikke åbnes.", "The link could not be opened.")
    )
}

/// What is wrong with a file's text (a picked file or a stored library entry).
pub fn file_problem(lang: Lang, e: &FileError) -> String {
    let why = match e {
        FileError::InvalidJson { .. } => lang.pick(
            "Indholdet er ikke en scenariefil fra beregneren (det er ikke gyldig JSON).",
            "The contents are not a scenario file from the calculator (not valid JSON).",
        ),
        FileError::NotAScenarioFile => lang.pick(
            "Indholdet er ikke en scenariefil fra beregneren.",
            "The contents are not a scenario file from the calculator.",
        ),
        FileError::UnsupportedVersion { .. } => lang.pick(
            "Indholdet har et versionsnummer, som denne udgave af beregneren ikke kender – måske er det lavet med en nyere udgave. Genindlæs siden, og prøv igen.",
            "The contents have a version number this version of the calculator does not know – perhaps they were made by a newer version. Reload the page and try again.",
        ),
        FileError::InvalidScenario { .. } => lang.pick(
            "Indholdet er ændret eller beskadiget: et felt har et ukendt navn eller en forkert slags værdi.",
            "The contents have been changed or damaged: a field has an unknown name or the wrong kind of value.",
        ),
        FileError::TooLarge { .. } => lang.pick(
            "Indholdet er for stort til at være et scenarie.",
            "The contents are too large to be a scenario.",
        ),
    };
    let detail = match e {
        FileError::InvalidJson { detail } | FileError::InvalidScenario { detail } => {
            format!(
                " {}: {detail}",
                lang.pick("Teknisk detalje", "Technical detail")
            )
        }
        _ => String::new(),
    };
    format!("{why}{detail}")
}

/// Why a file could not be opened, and that nothing changed.
pub fn file_error(lang: Lang, e: &FileError) -> String {
    format!(
        "{} {} {}",
        lang.pick("Filen kunne ikke åbnes.", "The file could not be opened."),
        file_problem(lang, e),
        lang.pick("Intet er ændret.", "Nothing has changed.")
    )
}
