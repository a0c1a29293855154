//! The plain-language message for every input problem.

use super::{fields, Lang};
use crate::browser::format;
use crate::model::number_text::NumberError;
use crate::model::params::spec;
use crate::model::{FieldId, MessageKey, NotReachableReason, Unit};

/// A stored value as the user reads it, with its unit: 0.15 → "15 %", 52 → "52 uger".
pub fn value_with_unit(lang: Lang, field: FieldId, stored: f64) -> String {
    let u = spec(field).unit;
    let n = format::number(lang, stored * u.display_factor(), 0, 2);
    match u {
        Unit::Percent => format!("{n}\u{a0}%"),
        _ => format!("{n} {}", fields::unit_for(lang, u, stored)),
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
                "The number has too many commas or points. Write e.g. 1,234.5."
            }
            NumberError::TooManyDigits => "The number has too many digits.",
        },
    )
    .to_string()
}

/// The message for a validation problem of `field` (or of the group list when `None`).
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
        (Lang::Da, MessageKey::NotWhole) => "Skal være et helt tal.".into(),
        (Lang::En, MessageKey::NotWhole) => "Must be a whole number.".into(),
        (Lang::Da, MessageKey::TooManyGroups { max }) => format!("Højst {max} grupper."),
        (Lang::En, MessageKey::TooManyGroups { max }) => format!("At most {max} groups."),
        (Lang::Da, MessageKey::PriceBelowLabourCost { labour_rate }) => format!(
            "Timeprisen er under lønomkostningen på {} pr. time, så avancen bliver negativ.",
            format::kr2(lang, labour_rate)
        ),
        (Lang::En, MessageKey::PriceBelowLabourCost { labour_rate }) => format!(
            "The price is below the labour cost of {} per hour, so the margin is negative.",
            format::kr2(lang, labour_rate)
        ),
        (Lang::Da, MessageKey::WageBelowMinimum { minimum }) => format!(
            "Timelønnen er under industriens mindsteløn på {} (2026).",
            format::kr2(lang, minimum)
        ),
        (Lang::En, MessageKey::WageBelowMinimum { minimum }) => format!(
            "The wage is below the industry minimum of {} (2026).",
            format::kr2(lang, minimum)
        ),
        (Lang::Da, MessageKey::NoSupportStaff) => {
            "Der er ingen socialpædagog, så dækningsgraden kan ikke beregnes.".into()
        }
        (Lang::En, MessageKey::NoSupportStaff) => {
            "There is no socio-pedagogue, so coverage cannot be computed.".into()
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
            "Kan ikke nås: der er ingen deltagere i forløb.",
            "Not reachable: there are no participants in a course.",
        ),
        NotReachableReason::NoMarginPerHour => lang.pick(
            "Kan ikke nås: timerne giver ingen avance.",
            "Not reachable: the hours earn no margin.",
        ),
    }
}
