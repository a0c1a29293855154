//! The key figures of a scenario, named once for the comparison, the CSV export and the report:
//! what each party pays and gains, the coverage of the socialpædagog, hours, jobs and the
//! break-evens.

use super::Lang;
use crate::locale::format;
use crate::model::{BreakEven, Outcome};

/// How a key figure is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FigureUnit {
    /// Whole kroner.
    Kr,
    /// Kroner and øre.
    Kr2,
    /// A fraction shown as a percentage.
    Percent,
    /// Hours in a year.
    Hours,
    /// A count with up to one decimal (persons, places, FTE).
    Count,
}

/// Which way of a key figure is good news, for the sign of a difference.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Better {
    /// More is better.
    Higher,
    /// Less is better.
    Lower,
    /// Neither (hours, persons).
    Neither,
}

/// A key figure: its name, how to read it off an outcome, its unit and which way is better.
pub struct KeyFigure {
    /// Danish and English name.
    pub name: (&'static str, &'static str),
    /// The value; `None` where it does not apply.
    pub value: fn(&Outcome) -> Option<f64>,
    /// How it is shown.
    pub unit: FigureUnit,
    /// Which way is good news.
    pub better: Better,
}

impl KeyFigure {
    /// The name in `lang`.
    pub fn name(&self, lang: Lang) -> &'static str {
        lang.pick(self.name.0, self.name.1)
    }
}

fn break_even(b: &BreakEven) -> Option<f64> {
    b.value()
}

/// The key figures, in the order the comparison lists them.
pub const KEY_FIGURES: [KeyFigure; 14] = [
    KeyFigure {
        name: (
            "Virksomhedens betaling for timerne",
            "The company's payment for the hours",
        ),
        value: |o| Some(o.company.payment),
        unit: FigureUnit::Kr,
        better: Better::Neither,
    },
    KeyFigure {
        name: (
            "Virksomhedens pris pr. faktureret time",
            "The company's cost per billed hour",
        ),
        value: |o| o.company.cost_per_billed_hour,
        unit: FigureUnit::Kr2,
        better: Better::Lower,
    },
    KeyFigure {
        name: (
            "Virksomhedens gevinst i forhold til alternativet",
            "The company's gain compared with the alternative",
        ),
        value: |o| Some(o.company.with_department.unwrap_or(o.company.net_benefit)),
        unit: FigureUnit::Kr,
        better: Better::Higher,
    },
    KeyFigure {
        name: (
            "Den socialøkonomiske virksomheds resultat",
            "The social enterprise's result",
        ),
        value: |o| Some(o.social_enterprise.result),
        unit: FigureUnit::Kr,
        better: Better::Higher,
    },
    KeyFigure {
        name: (
            "Kommunens køb af forløb og mentortimer",
            "The municipality's purchases of courses and mentor hours",
        ),
        value: |o| Some(o.municipality.total),
        unit: FigureUnit::Kr,
        better: Better::Neither,
    },
    KeyFigure {
        name: (
            "Dækningsgrad for socialpædagogen",
            "Coverage of the social educator",
        ),
        value: |o| o.coverage.ratio,
        unit: FigureUnit::Percent,
        better: Better::Higher,
    },
    KeyFigure {
        name: (
            "Over- eller underdækning af støtten",
            "Surplus or shortfall in support funding",
        ),
        value: |o| Some(o.coverage.surplus),
        unit: FigureUnit::Kr,
        better: Better::Higher,
    },
    KeyFigure {
        name: ("Socialpædagoger (årsværk)", "Social educators (FTE)"),
        value: |o| Some(o.coverage.support_fte),
        unit: FigureUnit::Count,
        better: Better::Neither,
    },
    KeyFigure {
        name: ("Fakturerede timer om året", "Billed hours a year"),
        value: |o| Some(o.hours.billed),
        unit: FigureUnit::Hours,
        better: Better::Neither,
    },
    KeyFigure {
        name: (
            "Job og deltagerpladser i alt",
            "Jobs and participant places in total",
        ),
        value: |o| Some(o.jobs.jobs_total + o.jobs.course_places),
        unit: FigureUnit::Count,
        better: Better::Higher,
    },
    KeyFigure {
        name: (
            "Kommunens resultat, første år",
            "The municipality's net result, first year",
        ),
        value: |o| Some(o.public.kommune.net),
        unit: FigureUnit::Kr,
        better: Better::Higher,
    },
    KeyFigure {
        name: (
            "Statens resultat, første år",
            "The state's net result, first year",
        ),
        value: |o| Some(o.public.stat.net),
        unit: FigureUnit::Kr,
        better: Better::Higher,
    },
    KeyFigure {
        name: (
            "Nulpunkt: fakturerede timer om året",
            "Break-even: billed hours a year",
        ),
        value: |o| break_even(&o.break_even.billed_hours),
        unit: FigureUnit::Hours,
        better: Better::Neither,
    },
    KeyFigure {
        name: (
            "Nulpunkt: pris pr. deltagerplads pr. uge",
            "Break-even: price per participant place per week",
        ),
        value: |o| break_even(&o.break_even.course_price),
        unit: FigureUnit::Kr2,
        better: Better::Neither,
    },
];

impl FigureUnit {
    /// Whether a difference `d` is too small to show in this unit (rounds to zero).
    pub fn negligible(self, d: f64) -> bool {
        match self {
            FigureUnit::Kr | FigureUnit::Hours => d.abs() < 0.5,
            FigureUnit::Kr2 => d.abs() < 0.005,
            FigureUnit::Percent => d.abs() < 0.0005,
            FigureUnit::Count => d.abs() < 0.05,
        }
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
        FigureUnit::Count => format::number(lang, x, 0, 1),
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
        _ => show(lang, unit, d.abs()),
    };
    format!("{sign}{size}")
}
