//! Labels, help texts and unit names of the inputs.

use super::Lang;
use crate::model::params::Status;
use crate::model::{FieldId, GroupKind, Unit};

/// The label of a field.
pub fn label(lang: Lang, f: FieldId) -> &'static str {
    let (da, en) = match f {
        FieldId::WeeksPerYear => ("Produktive uger om året", "Productive weeks per year"),
        FieldId::Persons => ("Antal personer", "Number of persons"),
        FieldId::HoursPerWeek => (
            "Timer pr. uge hos virksomheden",
            "Hours per week at the company",
        ),
        FieldId::PaidShare => ("Effektive, betalte timer", "Effective, paid hours"),
        FieldId::HourlyWage => ("Timeløn", "Hourly wage"),
        FieldId::OncostRate => ("Arbejdsgiverens følgeomkostninger", "Employer on-costs"),
        FieldId::MarkupRate => (
            "Avance (overhead) på lønomkostningen",
            "Markup on labour cost",
        ),
        FieldId::FixedHourlyPrice => ("Fast timepris", "Fixed hourly price"),
        FieldId::YearlyFee => ("Fast årligt kontraktbeløb", "Fixed yearly contract fee"),
        FieldId::CoursePricePerWeek => (
            "Kommunens pris pr. deltager pr. uge",
            "Municipal price per participant per week",
        ),
        FieldId::MentorHoursPerWeek => (
            "Mentortimer pr. person pr. uge",
            "Mentor hours per person per week",
        ),
        FieldId::MentorRate => ("Pris pr. mentortime", "Price per mentor hour"),
        FieldId::FixedFte => ("Socialpædagoger (årsværk)", "Socio-pedagogues (FTE)"),
        FieldId::CaseloadParticipants => (
            "Deltagere pr. socialpædagog",
            "Participants per socio-pedagogue",
        ),
        FieldId::CaseloadEmployees => (
            "Ansatte i fleks- og småjob pr. socialpædagog",
            "Flex- and small-job staff per socio-pedagogue",
        ),
        FieldId::MonthlySalary => (
            "Socialpædagogens månedsløn",
            "Socio-pedagogue's monthly salary",
        ),
        FieldId::PensionRate => ("Arbejdsgiverpension", "Employer pension"),
        FieldId::OtherStaffCosts => (
            "Andre personaleudgifter pr. årsværk",
            "Other staff costs per FTE",
        ),
        FieldId::OtherSeCosts => (
            "Andre udgifter i den socialøkonomiske virksomhed",
            "Other social-enterprise costs",
        ),
        FieldId::AlternativePricePerHour => (
            "Virksomhedens alternativ pr. time",
            "The company's alternative per hour",
        ),
        FieldId::OtherSavings => ("Andre besparelser om året", "Other yearly savings"),
    };
    lang.pick(da, en)
}

/// A one-line explanation under the label, if the field needs one.
pub fn hint(lang: Lang, f: FieldId) -> Option<&'static str> {
    let (da, en) = match f {
        FieldId::PaidShare => (
            "Andel af fremmødetimerne, der betales løn for. Fleksjob under 100 %.",
            "Share of attendance hours that are paid. Flex jobs below 100 %.",
        ),
        FieldId::HourlyWage => ("Uden følgeomkostninger.", "Excluding on-costs."),
        FieldId::CoursePricePerWeek => (
            "Ressourceforløb er lukket for nye borgere fra 1. februar 2026; prisen er kommunens køb af et tilbud pr. deltager.",
            "Resource courses closed to new citizens on 1 February 2026; the price is the municipality's purchase of an offer per participant.",
        ),
        FieldId::MentorHoursPerWeek => (
            "Kommunens køb af mentorstøtte til hver person i fleks- eller småjob.",
            "The municipality's purchase of mentor support for each person in a flex or small job.",
        ),
        FieldId::AlternativePricePerHour => (
            "Det samme antal timer fra et vikarbureau, egne ansatte eller en håndværker.",
            "The same hours from a temp agency, own staff or a craftsman.",
        ),
        FieldId::OtherSavings => ("Fx lavere personaleomsætning og færre fejl.", "E.g. lower staff turnover and fewer errors."),
        FieldId::OtherSeCosts => ("Administration, lokaler, transport.", "Administration, premises, transport."),
        FieldId::OtherStaffCosts => ("ATP, AES, forsikring m.m.", "ATP, AES, insurance etc."),
        FieldId::WeeksPerYear => ("Uger med arbejde efter ferie og helligdage.", "Working weeks after holidays."),
        _ => return None,
    };
    Some(lang.pick(da, en))
}

/// The unit as shown after a field or a value.
pub fn unit(lang: Lang, u: Unit) -> &'static str {
    let (da, en) = match u {
        Unit::Weeks => ("uger", "weeks"),
        Unit::Persons => ("personer", "persons"),
        Unit::HoursPerWeek => ("timer/uge", "hours/week"),
        Unit::Percent => ("%", "%"),
        Unit::KrPerHour => ("kr./time", "DKK/hour"),
        Unit::KrPerWeek => ("kr./uge", "DKK/week"),
        Unit::KrPerMonth => ("kr./md.", "DKK/month"),
        Unit::KrPerYear => ("kr./år", "DKK/year"),
        Unit::Fte => ("årsværk", "FTE"),
        Unit::PersonsPerFte => ("personer pr. årsværk", "persons per FTE"),
    };
    lang.pick(da, en)
}

/// The unit after a particular value: "1 uge" but "44 uger".
pub fn unit_for(lang: Lang, u: Unit, value: f64) -> &'static str {
    match (u, value == 1.0) {
        (Unit::Weeks, true) => lang.pick("uge", "week"),
        (Unit::Persons, true) => "person",
        _ => unit(lang, u),
    }
}

/// The name of a group kind.
pub fn kind(lang: Lang, k: GroupKind) -> &'static str {
    let (da, en) = match k {
        GroupKind::Fleksjob => ("Fleksjob", "Flex job"),
        GroupKind::Smajob => ("Småjob", "Small job"),
        GroupKind::Ordinary => ("Ordinært ansat", "Ordinary employee"),
        GroupKind::Participant => ("Deltager i forløb", "Participant in a course"),
    };
    lang.pick(da, en)
}

/// How sure a default is.
pub fn status(lang: Lang, s: Status) -> &'static str {
    let (da, en) = match s {
        Status::Confirmed => ("bekræftet", "confirmed"),
        Status::Derived => ("afledt", "derived"),
        Status::Estimate => ("skøn", "estimate"),
    };
    lang.pick(da, en)
}
