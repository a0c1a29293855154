//! Labels, help texts and unit names of the inputs, and the titles of the panel's sections. Each
//! field's texts are one arm of an exhaustive match: a field without texts is a compile error.

use super::Lang;
use crate::model::fields::{Section, Unit};
use crate::model::{FieldId, GroupKind, RateId, Status};

/// The label and the optional one-line hint of a field, Danish then English.
struct FieldText {
    label: (&'static str, &'static str),
    hint: Option<(&'static str, &'static str)>,
}

const fn t(
    label: (&'static str, &'static str),
    hint: Option<(&'static str, &'static str)>,
) -> FieldText {
    FieldText { label, hint }
}

fn texts(f: FieldId) -> FieldText {
    use FieldId as F;
    match f {
        F::MarkupRate => t(("Overhead på lønomkostningen", "Overhead on labour cost"), Some((
            "Den socialøkonomiske virksomheds tillæg til lønomkostningen for de timer, virksomheden køber.",
            "The social enterprise's addition to the labour cost of the hours the company buys."))),
        F::FixedHourlyPrice => t(("Fast timepris", "Fixed hourly price"), None),
        F::YearlyFee => t(("Fast årligt kontraktbeløb", "Fixed yearly contract fee"), None),
        F::CoursePricePerWeek => t(("Kommunens pris pr. deltagerplads pr. uge", "Municipal price per participant place per week"), Some((
            "Det kommunen betaler for et tilbud med socialpædagogisk støtte, uanset hvad tilbuddet hedder. Ressourceforløb er lukket for nye borgere fra 1. februar 2026.",
            "What the municipality pays for an offer with social-pedagogical support, whatever the offer is called. Resource courses closed to new citizens on 1 February 2026."))),
        F::Occupancy => t(("Belægning af pladserne", "Occupancy of the places"), Some((
            "Andel af året, pladserne er besat. Pladser står ofte tomme mellem to deltagere; typisk 70–95 %.",
            "Share of the year the places are filled. Places often stand empty between participants; typically 70–95 %."))),
        F::MentorHoursPerWeek => t(("Mentortimer pr. person pr. uge", "Mentor hours per person per week"), Some((
            "Kommunens køb af mentorstøtte til personer i fleks- eller småjob. Bevilges pr. person og for en periode.",
            "The municipality's purchase of mentor support for people in flex or small jobs. Granted per person and for a period."))),
        F::MentorRate => t(("Pris pr. mentortime", "Price per mentor hour"), None),
        F::FixedFte => t(("Socialpædagoger (årsværk)", "Social educators (FTE)"), None),
        F::CaseloadParticipants => t(("Deltagerpladser pr. socialpædagog", "Participant places per social educator"), None),
        F::CaseloadEmployees => t(("Ansatte i fleks- og småjob pr. socialpædagog", "Flex- and small-job staff per social educator"), None),
        F::MonthlySalary => t(("Socialpædagogens månedsløn", "Social educator's monthly salary"), None),
        F::PensionRate => t(("Arbejdsgiverpension", "Employer pension"), None),
        F::OtherStaffCosts => t(("Andre personaleudgifter pr. årsværk", "Other staff costs per FTE"), Some((
            "ATP, AES, forsikring m.m.", "ATP, AES, insurance etc."))),
        F::AlternativePricePerHour => t(("Virksomhedens alternativ pr. time", "The company's alternative per hour"), Some((
            "Prisen for de samme betalte (effektive) timer fra et vikarbureau eller egne ansatte.",
            "The price of the same paid (effective) hours from a temp agency or the company's own staff."))),
        F::OtherSavings => t(("Andre besparelser om året", "Other yearly savings"), Some((
            "Fx lavere personaleomsætning og færre fejl.", "E.g. lower staff turnover and fewer errors."))),
        F::FreedHourValue => t(("Værdi af frigjort fagtid pr. time", "Value of skilled time freed per hour"), Some((
            "Hvad det er værd for virksomheden, at faglærte bruger tiden på fagarbejde i stedet for fx oprydning: dækningsbidraget pr. frigjort time.",
            "What it is worth to the company that skilled staff spend the time on skilled work instead of, say, clearing up: the contribution margin per hour freed."))),
        F::WeeksPerYear => t(("Produktive uger om året", "Productive weeks per year"), Some((
            "Uger med arbejde efter ferie og helligdage.", "Working weeks after holidays."))),
        F::OtherSeCosts => t(("Andre udgifter i den socialøkonomiske virksomhed", "Other social-enterprise costs"), Some((
            "Administration, lokaler, transport.", "Administration, premises, transport."))),
        F::StateRefundRate => t(("Statens refusion af overførsler", "State refund of transfers"), Some((
            "Refusionstrappen: 20 % efter et år på ydelse, som de fleste i fleksjob har.",
            "The refund ladder: 20 % after a year on benefits, as most people in flex jobs have been."))),
        F::MarginalTaxRate => t(("Marginalskat på den ekstra indkomst", "Marginal tax on the extra income"), None),
        F::MunicipalTaxShare => t(("Kommunens andel af skatten", "The municipality's share of the tax"), None),
        F::Persons => t(("Antal personer", "Number of persons"), None),
        F::HoursPerWeek => t(("Timer pr. uge hos virksomheden", "Hours per week at the company"), None),
        F::PaidShare => t(("Andel betalte (effektive) timer", "Share of hours paid (effective hours)"), Some((
            "Andel af fremmødetimerne, der betales løn for. I fleksjob betaler arbejdsgiveren kun for den effektive arbejdstid.",
            "Share of the attendance hours that are paid. In a flex job the employer pays only for the effective working time."))),
        F::HourlyWage => t(("Timeløn", "Hourly wage"), Some(("Uden lønafhængige omkostninger.", "Excluding wage-related costs."))),
        F::OncostRate => t(("Lønafhængige omkostninger", "Wage-related costs"), Some((
            "Pension, feriepenge, ATP, forsikring m.m. oven i timelønnen.",
            "Pension, holiday pay, ATP, insurance etc. on top of the hourly wage."))),
    }
}

/// The label of a field.
pub fn label(lang: Lang, f: FieldId) -> &'static str {
    let (da, en) = texts(f).label;
    lang.pick(da, en)
}

/// A one-line explanation under the label, if the field needs one.
pub fn hint(lang: Lang, f: FieldId) -> Option<&'static str> {
    texts(f).hint.map(|(da, en)| lang.pick(da, en))
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
        Unit::HoursPerYear => ("timer/år", "hours/year"),
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
        GroupKind::Participant => ("Deltager i et tilbud", "Participant in an offer"),
    };
    lang.pick(da, en)
}

/// How sure a figure is.
pub fn status(lang: Lang, s: Status) -> &'static str {
    let (da, en) = match s {
        Status::Confirmed => ("bekræftet", "confirmed"),
        Status::Derived => ("afledt", "derived"),
        Status::Estimate => ("skøn", "estimate"),
    };
    lang.pick(da, en)
}

/// The heading of a section of the input panel, numbered as on the page.
pub fn section_title(lang: Lang, s: Section) -> &'static str {
    let (da, en) = match s {
        Section::Group => ("2. Medarbejdere og deltagere", "2. Staff and participants"),
        Section::Price => ("3. Pris til virksomheden", "3. Price to the company"),
        Section::Municipal => ("4. Kommunens køb", "4. The municipality's purchases"),
        Section::Support => (
            "5. Socialpædagogisk støtte",
            "5. Social-pedagogical support",
        ),
        Section::Company => (
            "6. Virksomhedens alternativ",
            "6. The company's alternative",
        ),
        Section::Public => ("7. Offentlige finanser", "7. Public finances"),
    };
    lang.pick(da, en)
}

/// The summary line of a section's folded part.
pub fn fold_title(lang: Lang, s: Section) -> &'static str {
    let (da, en) = match s {
        Section::Group => ("Lønafhængige omkostninger", "Wage-related costs"),
        Section::Price => ("Fast årligt kontraktbeløb", "Fixed yearly contract fee"),
        Section::Municipal => ("Flere af kommunens køb", "More municipal purchases"),
        Section::Support => ("Normering og lønudgifter", "Caseloads and staff costs"),
        Section::Company => (
            "Arbejdsår, fagtid og andre udgifter",
            "Working year, skilled time and other costs",
        ),
        Section::Public => ("Refusion og skat", "Refund and tax"),
    };
    lang.pick(da, en)
}

/// The name of a rate in the rate tables.
pub fn rate_name(lang: Lang, id: RateId) -> &'static str {
    let (da, en) = match id {
        RateId::TopDagpenge => ("Højeste dagpengesats", "Top unemployment benefit rate"),
        RateId::MaxFlexSubsidy => ("Højeste fleksløntilskud", "Highest flex wage subsidy"),
        RateId::FlexThreshold => (
            "Løngrænse for 30 % / 55 % modregning",
            "Wage threshold for the 30 % / 55 % reduction",
        ),
        RateId::FlexReductionLow => (
            "Modregning i tilskuddet under grænsen",
            "Subsidy reduction below the threshold",
        ),
        RateId::FlexReductionHigh => (
            "Modregning i tilskuddet over grænsen",
            "Subsidy reduction above the threshold",
        ),
        RateId::FlexPensionRate => (
            "Pension i lønnen i fleksjob",
            "Pension in the flex-job wage",
        ),
        RateId::Ledighedsydelse => ("Ledighedsydelse", "Flex unemployment benefit"),
        RateId::Kontanthjaelp => (
            "Kontanthjælp, forhøjet sats",
            "Social assistance, raised rate",
        ),
        RateId::RessourceforloebForsorger => (
            "Ressourceforløbsydelse, forsørger",
            "Resource course benefit, provider",
        ),
        RateId::RessourceforloebIkkeForsorger => (
            "Ressourceforløbsydelse, ikke-forsørger",
            "Resource course benefit, non-provider",
        ),
        RateId::StateRefund => (
            "Statens refusion efter 52 uger",
            "State refund after 52 weeks",
        ),
        RateId::MarginalTax => (
            "Marginalskat på lave indkomster",
            "Marginal tax on low incomes",
        ),
        RateId::MunicipalTaxShare => (
            "Kommunens andel af skatten",
            "The municipality's share of the tax",
        ),
        RateId::IndustryMinimumWage => (
            "Mindsteløn, Industriens Overenskomst",
            "Minimum wage, industry agreement",
        ),
    };
    lang.pick(da, en)
}
