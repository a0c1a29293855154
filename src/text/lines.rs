//! The names of the results' lines (`model::explain::Line`), one per figure wherever it appears,
//! and how a line's working is written out: "3 personer × 100 % × 2.400 kr./uge × 44 uger".

use super::{fields, inputs, Lang, Pair};
use crate::locale::format;
use crate::model::fields::Unit;
use crate::model::{Expr, FieldPath, GroupKind, Line, Quantity, Scenario, Term};

/// The name of `line`. Lines whose value can be a gain or a cost are named by [`signed_name`].
pub fn name(lang: Lang, line: Line) -> &'static str {
    let (da, en): Pair = match line {
        Line::Margin => ("Overhead på timerne", "Markup on the hours"),
        Line::CourseRevenue => (
            "Kommunens betaling for deltagerpladser",
            "The municipality's payment for participant places",
        ),
        Line::MentorRevenue => (
            "Kommunens betaling for mentorstøtte",
            "The municipality's payment for mentor support",
        ),
        Line::MunicipalTotal => (
            "Kommunens betaling for deltagerpladser og mentorstøtte",
            "The municipality's payment for participant places and mentor support",
        ),
        Line::Funding => (
            "Til rådighed for socialpædagogen",
            "Available for the social educator",
        ),
        Line::SupportCost => ("Udgift til socialpædagog", "Social educator cost"),
        Line::Coverage => (
            "Dækning af socialpædagogen",
            "Coverage of the social educator",
        ),
        Line::Surplus => (
            "Over- eller underdækning af socialpædagogen",
            "Surplus or shortfall for the social educator",
        ),
        Line::CompanyPayment => (
            "Virksomhedens betaling for timerne",
            "The company's payment for the hours",
        ),
        Line::AlternativeCost => (
            "Samme timer hos alternativet",
            "The same hours from the alternative",
        ),
        Line::OtherSavings => ("Andre besparelser", "Other savings"),
        Line::FreedHoursGain => ("Værdi af frigjort fagtid", "Value of skilled time freed"),
        Line::NetBenefit => (
            "Virksomhedens resultat i forhold til alternativet",
            "The company's result compared with the alternative",
        ),
        Line::WithDepartment => (
            "Virksomhedens resultat med afdelingen i forhold til alternativet",
            "The company's result with the department, compared with the alternative",
        ),
        Line::CostPerBilledHour => (
            "Virksomhedens pris pr. faktureret time",
            "The company's cost per billed hour",
        ),
        Line::SeRevenue => ("Indtægter", "Revenue"),
        Line::WageCost => (
            "Løn inkl. lønafhængige omkostninger",
            "Wages incl. employer on-costs",
        ),
        Line::OtherSeCosts => ("Andre udgifter", "Other costs"),
        Line::SeCosts => (
            "Afdelingens udgifter i alt",
            "The department's costs in total",
        ),
        Line::SeResult => (
            "Den socialøkonomiske virksomheds resultat",
            "The social enterprise's result",
        ),
        Line::KommuneTransfers => (
            "Ydelser efter statens refusion",
            "Benefits after the state's refund",
        ),
        Line::StatTransfers => ("Refusion til kommunen", "Refund to the municipality"),
        Line::KommuneTax => (
            "Kommunens andel af skatten af den ekstra indkomst",
            "The municipality's share of the tax on the extra income",
        ),
        Line::StatTax => (
            "Statens andel af skatten af den ekstra indkomst",
            "The state's share of the tax on the extra income",
        ),
        Line::KommuneNet => (
            "Kommunens resultat, første år",
            "The municipality's net result, first year",
        ),
        Line::StatNet => (
            "Statens resultat, første år",
            "The state's net result, first year",
        ),
        Line::Attendance => ("Fremmødetimer om året", "Attendance hours a year"),
        Line::Paid => ("Betalte timer om året", "Paid hours a year"),
        Line::Billed => ("Fakturerede timer om året", "Billed hours a year"),
        Line::FullTimeEquivalents => (
            "Produktive årsværk (betalte timer)",
            "Productive FTEs (paid hours)",
        ),
        Line::Persons(kind) => match kind {
            GroupKind::Fleksjob => ("Personer i fleksjob", "People in flex jobs"),
            GroupKind::Smajob => ("Personer i småjob", "People in small jobs"),
            GroupKind::Ordinary => ("Ordinært ansatte", "Ordinary employees"),
            GroupKind::Participant => ("Deltagerpladser", "Participant places"),
        },
    };
    lang.pick(da, en)
}

/// The name of `line` with the sign of its `value`, where a line can be a saving or an expense:
/// "Sparede udgifter til ydelser efter statens refusion" or "Merudgifter til ydelser efter statens
/// refusion".
pub fn signed_name(lang: Lang, line: Line, value: f64) -> &'static str {
    let gain = value >= 0.0;
    let (da, en): Pair = match (line, gain) {
        (Line::KommuneTransfers, true) => (
            "Sparede udgifter til ydelser efter statens refusion",
            "Benefits saved, after the state's refund",
        ),
        (Line::KommuneTransfers, false) => (
            "Merudgifter til ydelser efter statens refusion",
            "Extra spending on benefits, after the state's refund",
        ),
        (Line::StatTransfers, true) => (
            "Sparet refusion til kommunen",
            "Refund to the municipality saved",
        ),
        (Line::StatTransfers, false) => (
            "Øget refusion til kommunen",
            "Increased refund to the municipality",
        ),
        _ => return name(lang, line),
    };
    lang.pick(da, en)
}

/// A line's value as the page shows it.
pub fn value(lang: Lang, line: Line, x: f64) -> String {
    match line.unit() {
        Unit::KrPerYear => format::kr(lang, x),
        Unit::KrPerHour => format::kr2(lang, x),
        Unit::Percent => format::percent(lang, x),
        Unit::Fte => format::number(lang, x, 2, 2),
        _ => format::number(lang, x, 0, 0),
    }
}

/// The decimals a term is written with, in its stored unit's display.
fn decimals(q: Quantity) -> u8 {
    match q {
        Quantity::Line(line) => match line.unit() {
            Unit::KrPerHour | Unit::Fte => 2,
            Unit::Percent => 1,
            _ => 0,
        },
        // Kroner a year are written whole ("12.000 kr."), the other inputs with up to 2 decimals.
        Quantity::Field(path) if path.field.spec().unit == Unit::KrPerYear => 0,
        Quantity::Field(_)
        | Quantity::Rate(_)
        | Quantity::WageTaxKommune
        | Quantity::WageTaxStat => 2,
        _ => 0,
    }
}

/// A term's value rounded as written (in its stored unit), for checking a written-out sum.
pub fn as_written(t: &Term) -> f64 {
    match t.quantity {
        Quantity::WeeksPerMonth | Quantity::One | Quantity::Months | Quantity::FullTimeHours => {
            t.value
        }
        q => {
            let factor = q.unit().map_or(1.0, Unit::display_factor);
            let scale = 10f64.powi(i32::from(decimals(q)));
            (t.value * factor * scale).round() / scale / factor
        }
    }
}

/// A term as written in a working: "2.400 kr./uge", "100 %", "44 uger", "12".
pub fn term(lang: Lang, t: &Term) -> String {
    let q = t.quantity;
    match q {
        Quantity::One => "1".to_string(),
        Quantity::WeeksPerMonth => "52/12".to_string(),
        Quantity::Months => format!("12 {}", lang.pick("måneder", "months")),
        Quantity::Line(line) => match line.unit() {
            u @ (Unit::HoursPerYear | Unit::Persons | Unit::Fte) => format!(
                "{}\u{a0}{}",
                value(lang, line, t.value),
                fields::unit_for(lang, u, t.value)
            ),
            _ => value(lang, line, t.value),
        },
        _ => match q.unit() {
            Some(Unit::Percent) => format::percent_with(lang, t.value, 0, 2),
            Some(Unit::KrPerYear) => format::kr(lang, t.value),
            Some(u) => format!(
                "{}\u{a0}{}",
                format::number(lang, t.value, 0, decimals(q)),
                fields::unit_for(lang, u, t.value)
            ),
            None => format::number(lang, t.value, 0, 2),
        },
    }
}

/// The label of a field with its group's name or number after it: "Timeløn (Fleksjob)".
pub fn field_name(lang: Lang, scenario: &Scenario, path: FieldPath) -> String {
    let label = fields::label(lang, path.field);
    match path.group {
        Some(i) => format!("{label} ({})", group_name(lang, scenario, i)),
        None => label.to_string(),
    }
}

fn group_name(lang: Lang, scenario: &Scenario, i: usize) -> String {
    scenario
        .groups
        .get(i)
        .map(|g| g.name.trim().to_string())
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| inputs::group_number(lang, i + 1))
}

/// What a term is, as the list under a working names it; `None` for a constant.
pub fn term_name(lang: Lang, scenario: &Scenario, t: &Term) -> Option<String> {
    Some(match t.quantity {
        Quantity::Field(path) => field_name(lang, scenario, path),
        Quantity::Line(line) => signed_name(lang, line, t.value).to_string(),
        Quantity::Rate(id) if id.unit() == crate::model::rates::RateUnit::Fraction => {
            fields::rate_name(lang, id).to_string()
        }
        Quantity::Rate(id) => format!(
            "{} {}",
            fields::rate_name(lang, id),
            lang.pick("pr. måned", "a month")
        ),
        Quantity::WageTaxKommune => lang
            .pick(
                "Kommunens skat af en lønkrone: kommuneskat af lønnen efter AM-bidrag og beskæftigelsesfradrag",
                "The municipality's tax on a wage krone: municipal tax on the wage after the labour-market contribution and the employment allowance",
            )
            .to_string(),
        Quantity::WageTaxStat => lang
            .pick(
                "Statens skat af en lønkrone: AM-bidrag og bundskat",
                "The state's tax on a wage krone: labour-market contribution and bottom-bracket tax",
            )
            .to_string(),
        Quantity::FlexSubsidy(i) => format!(
            "{} ({})",
            lang.pick(
                "Fleksløntilskud pr. person pr. måned efter modregning af lønnen",
                "Flex wage subsidy per person a month after the reduction for the wage"
            ),
            group_name(lang, scenario, i)
        ),
        Quantity::Months | Quantity::WeeksPerMonth | Quantity::FullTimeHours | Quantity::One => {
            return None
        }
    })
}

/// The toggle of a working, for screen readers after the line's name.
pub const SHOW_WORKING: Pair = ("vis udregning", "show the working");

/// The heading of the list of what a working uses.
pub const USES: Pair = ("Bygger på:", "Uses:");

/// After a written-out sum whose rounded terms do not add up exactly.
pub const ROUNDED: Pair = (
    "Tallene er afrundet hver for sig, så resultatet kan afvige en smule.",
    "Each figure is rounded separately, so the result may differ slightly.",
);

/// The working of a figure the scenario has nobody for (no participants, no fleksjob).
pub const NOBODY: Pair = (
    "Scenariet har ingen personer, som tallet gælder for.",
    "The scenario has nobody this figure applies to.",
);

/// A working shown as the figure itself (an input).
pub const ENTERED: Pair = (
    "Indtastet i feltet – ikke beregnet.",
    "Entered in the field, not worked out.",
);

/// A line's working as one sentence, "3 personer × 100 % × 2.400 kr./uge × 44 uger = 316.800 kr.",
/// ending in the value the page shows (turned into a cost if `cost`), or "Jeres eget tal." for an
/// input shown as it is; and whether its terms, rounded as written, do not add up to it exactly.
pub fn written_out(lang: Lang, expr: &Expr, value: f64, line: Line, cost: bool) -> (String, bool) {
    let shown = |x: f64| self::value(lang, line, if cost { -x } else { x });
    match expr {
        Expr::Term(Term {
            quantity: Quantity::Field(_),
            ..
        }) => return (super::t(lang, ENTERED).to_string(), false),
        Expr::Sum(parts) if parts.is_empty() => return (super::t(lang, NOBODY).to_string(), false),
        _ => {}
    }
    let written = write(lang, expr, false);
    let written = if cost {
        format!("\u{2212}({written})")
    } else {
        written
    };
    let rounded = shown(expr.eval(&as_written)) != shown(value);
    (format!("{written} = {}", shown(value)), rounded)
}

/// `e` written out; `nested` when it sits inside a product or ratio (a sum then takes brackets).
fn write(lang: Lang, e: &Expr, nested: bool) -> String {
    match e {
        Expr::Term(x) => term(lang, x),
        Expr::Sum(parts) if parts.is_empty() => "0".to_string(),
        Expr::Sum(parts) => {
            let mut out = String::new();
            for (i, (minus, part)) in parts.iter().enumerate() {
                let inner = write(lang, part, *minus);
                match (i, minus) {
                    (0, false) => out.push_str(&inner),
                    (0, true) => out.push_str(&format!("\u{2212}{inner}")),
                    (_, false) => out.push_str(&format!(" + {inner}")),
                    (_, true) => out.push_str(&format!(" \u{2212} {inner}")),
                }
            }
            if nested && parts.len() > 1 {
                format!("({out})")
            } else {
                out
            }
        }
        // × binds tighter than + and −, so a product never needs brackets.
        Expr::Product(factors) => factors
            .iter()
            .map(|f| write(lang, f, true))
            .collect::<Vec<_>>()
            .join(" \u{d7} "),
        Expr::Ratio(n, d) => {
            let denominator = match d.as_ref() {
                Expr::Product(f) if f.len() > 1 => format!("({})", write(lang, d, false)),
                _ => write(lang, d, true),
            };
            let out = format!("{} / {denominator}", write(lang, n, true));
            if nested {
                format!("({out})")
            } else {
                out
            }
        }
    }
}
