//! The texts of the assumptions and sources: the folded panel of the results, with every input's
//! default, year, status and source and the rates of the rate year, and the print-only card of
//! assumptions.

use super::{presets, t, Lang, Pair};
use crate::model::PresetId;

/// Before the rate year (with the year after it).
const RATE_YEAR: Pair = ("satsår", "rate year");

// The panel.

/// The panel's title, before the rate year.
const TITLE: Pair = ("Forudsætninger og kilder", "Assumptions and sources");

/// The panel's title: "Forudsætninger og kilder (satsår 2026)".
pub fn title(lang: Lang, year: u16) -> String {
    format!("{} ({} {year})", t(lang, TITLE), t(lang, RATE_YEAR))
}

/// What the panel shows, and what to do with estimates.
pub const NOTE: Pair = (
    "Hvert tal med sin standard, år, status og kilde. Skøn og eksempler bør erstattes med jeres egne tal.",
    "Every figure with its default, year, status and source. Replace estimates and examples with your own figures.",
);

/// The label of the inputs' scrolling region.
pub const INPUTS_AND_SOURCES: Pair = ("Indtastninger og kilder", "Inputs and sources");

/// The caption of the inputs' table.
pub const INPUTS: Pair = ("Indtastninger", "Inputs");

/// The heading of the inputs' column.
pub const COLUMN_ASSUMPTION: Pair = ("Forudsætning", "Assumption");

/// The heading of the rates' column.
pub const COLUMN_RATE: Pair = ("Sats", "Rate");

/// The heading of the values' column.
pub const COLUMN_VALUE: Pair = ("Værdi", "Value");

/// The heading of the defaults' column.
pub const COLUMN_DEFAULT: Pair = ("Standard", "Default");

/// The heading of the years' and statuses' column.
pub const COLUMN_YEAR_STATUS: Pair = ("År · status", "Year · status");

/// The heading of the sources' column.
pub const COLUMN_SOURCE: Pair = ("Kilde", "Source");

/// A value is the field's default.
pub const ORIGIN_DEFAULT: Pair = ("standard", "default");

/// A value is the model's example.
pub const ORIGIN_EXAMPLE: Pair = ("eksempel i modellen", "the model's example");

/// A value is the user's own.
pub const ORIGIN_USER: Pair = ("jeres tal", "your figure");

/// Before the rate year of the rates' table.
const RATES_FOR: Pair = ("Satser for", "Rates for");

/// The caption and label of the rates' table: "Satser for 2026".
pub fn rates_for(lang: Lang, year: u16) -> String {
    format!("{} {year}", t(lang, RATES_FOR))
}

/// After a monthly rate.
const PER_MONTH: Pair = ("pr. md.", "a month");

/// A monthly rate: "12.345 kr. pr. md.".
pub fn per_month(lang: Lang, amount: &str) -> String {
    format!("{amount} {}", t(lang, PER_MONTH))
}

/// After an hourly rate.
const PER_HOUR: Pair = ("pr. time", "an hour");

/// An hourly rate: "123,45 kr. pr. time".
pub fn per_hour(lang: Lang, amount: &str) -> String {
    format!("{amount} {}", t(lang, PER_HOUR))
}

// The print-only assumptions.

/// The printed card's heading, before the model.
const ASSUMPTIONS: Pair = ("Forudsætninger", "Assumptions");

/// The printed card's heading, with the model: "Forudsætninger: Leverandør".
pub fn assumptions_title(lang: Lang, model: PresetId) -> String {
    format!("{}: {}", t(lang, ASSUMPTIONS), presets::name(lang, model))
}

/// Before the date printed.
const PRINTED: Pair = ("udskrevet", "printed");

/// The line under a printed report's name: the partnership model, the rate year and the date
/// printed ("Fælles socialt ansvar · satsår 2026 · udskrevet 30. november 2026").
pub fn report_meta(lang: Lang, model: &str, rate_year: u16, today: &str) -> String {
    format!(
        "{model} · {} {rate_year} · {} {today}",
        t(lang, RATE_YEAR),
        t(lang, PRINTED)
    )
}

/// The line under the printed assumptions' heading: the scenario's name and the date printed.
pub fn assumptions_meta(lang: Lang, name: &str, today: &str) -> String {
    format!("{name} · {} {today}", t(lang, PRINTED))
}

/// Above printed results that belong to earlier inputs.
pub const STALE_FIELDS: Pair = (
    "Felterne indeholder fejl; resultaterne er de sidste gyldige.",
    "The fields contain errors; the results are the last valid ones.",
);

/// The heading of the groups' column.
pub const COLUMN_GROUP: Pair = ("Gruppe", "Group");

/// The heading of the kinds' column.
pub const COLUMN_KIND: Pair = ("Type", "Type");

/// The heading of the persons' column.
pub const COLUMN_PERSONS: Pair = ("Personer", "Persons");

/// The heading of the weekly hours' column.
pub const COLUMN_HOURS: Pair = ("Timer/uge", "Hours/week");

/// The heading of the paid shares' column.
pub const COLUMN_PAID: Pair = ("Betalt", "Paid");

/// The heading of the hourly wages' column.
pub const COLUMN_WAGE: Pair = ("Timeløn", "Wage");

/// The heading of the employer on-costs' column.
pub const COLUMN_ONCOSTS: Pair = ("Lønafhængige omk.", "Employer on-costs");

/// The heading of the billed column.
pub const COLUMN_BILLED: Pair = ("Faktureres", "Billed");

/// A group's hours are billed.
pub const YES: Pair = ("ja", "yes");

/// A group's hours are not billed.
pub const NO: Pair = ("nej", "no");
