//! The key figures of a scenario's outcome, named once for the comparison, the spreadsheet and
//! the tests: what each party pays and gains, the coverage of the socialpædagog, hours, jobs and
//! the break-evens; each with its unit and which way is good news. And the inputs of a scenario
//! as a comparison lists them. Their names are texts (`text/figures.rs` in the web app).

use super::explain::Line;
use super::fields::FieldPath;
use super::outcome::Outcome;
use super::presets::PresetId;
use super::projection::{Party, Projected};
use super::scenario::GroupKind;

/// The unit a key figure is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FigureUnit {
    /// Kroner, shown whole.
    Kr,
    /// Kroner, shown to the øre.
    Kr2,
    /// A fraction, shown as a percentage.
    Percent,
    /// Hours in a year.
    Hours,
    /// A count (persons, places, FTE).
    Count,
    /// A year of the projection (infinite: not within the years projected).
    Year,
}

impl FigureUnit {
    /// Whether a difference `d` is too small to show in this unit (rounds to zero).
    pub fn negligible(self, d: f64) -> bool {
        match self {
            FigureUnit::Kr | FigureUnit::Hours => d.abs() < 0.5,
            FigureUnit::Kr2 => d.abs() < 0.005,
            FigureUnit::Percent => d.abs() < 0.0005,
            FigureUnit::Count => d.abs() < 0.005,
            FigureUnit::Year => d.is_nan() || d.abs() < 0.5,
        }
    }
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

/// A key figure of an outcome.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum KeyFigure {
    /// What the company pays for the hours.
    CompanyPayment,
    /// The company's cost per billed hour.
    CompanyCostPerHour,
    /// The company's gain against its alternative (with the department, if it is one).
    CompanyGain,
    /// The social enterprise's result.
    SocialEnterpriseResult,
    /// The municipality's purchases of courses and mentor hours.
    MunicipalPurchases,
    /// Coverage of the socialpædagog.
    Coverage,
    /// Surplus or shortfall of the support's funding.
    CoverageSurplus,
    /// Socialpædagoger in FTE.
    SupportFte,
    /// Billed hours a year.
    BilledHours,
    /// Jobs and participant places.
    JobsAndPlaces,
    /// The municipality's net result, first year.
    KommuneNet,
    /// The state's net result, first year.
    StatNet,
    /// Break-even: billed hours a year.
    BreakEvenHours,
    /// Break-even: price per participant place per week.
    BreakEvenCoursePrice,
    /// A party's present value over the years projected.
    PresentValue(Party),
    /// The year a party's net turns positive; infinite where it does not within the years.
    PositiveFrom(Party),
}

impl KeyFigure {
    /// Every key figure, in the order the comparison lists them.
    pub const ALL: [KeyFigure; 24] = [
        KeyFigure::CompanyPayment,
        KeyFigure::CompanyCostPerHour,
        KeyFigure::CompanyGain,
        KeyFigure::SocialEnterpriseResult,
        KeyFigure::MunicipalPurchases,
        KeyFigure::Coverage,
        KeyFigure::CoverageSurplus,
        KeyFigure::SupportFte,
        KeyFigure::BilledHours,
        KeyFigure::JobsAndPlaces,
        KeyFigure::KommuneNet,
        KeyFigure::StatNet,
        KeyFigure::BreakEvenHours,
        KeyFigure::BreakEvenCoursePrice,
        KeyFigure::PresentValue(Party::Company),
        KeyFigure::PresentValue(Party::SocialEnterprise),
        KeyFigure::PresentValue(Party::Kommune),
        KeyFigure::PresentValue(Party::Stat),
        KeyFigure::PresentValue(Party::PublicTotal),
        KeyFigure::PositiveFrom(Party::Company),
        KeyFigure::PositiveFrom(Party::SocialEnterprise),
        KeyFigure::PositiveFrom(Party::Kommune),
        KeyFigure::PositiveFrom(Party::Stat),
        KeyFigure::PositiveFrom(Party::PublicTotal),
    ];

    /// Whether it comes from the projection over years rather than the one-year outcome.
    pub fn over_years(self) -> bool {
        matches!(
            self,
            KeyFigure::PresentValue(_) | KeyFigure::PositiveFrom(_)
        )
    }

    /// Its value in the projection `y`; `None` for a figure of the one-year outcome, and for the
    /// social enterprise while it has no figure of its own.
    pub fn value_over_years(self, y: &Projected) -> Option<f64> {
        match self {
            KeyFigure::PresentValue(p) => {
                let s = y.party(p);
                s.yearly
                    .iter()
                    .any(Option::is_some)
                    .then_some(s.present_value)
            }
            KeyFigure::PositiveFrom(p) => {
                let s = y.party(p);
                s.yearly
                    .iter()
                    .any(Option::is_some)
                    .then(|| s.positive_from.map_or(f64::INFINITY, f64::from))
            }
            _ => None,
        }
    }

    /// Its value in `o`; `None` where it does not apply.
    pub fn value(self, o: &Outcome) -> Option<f64> {
        if let Some(line) = self.line() {
            return line.value(o);
        }
        match self {
            KeyFigure::CompanyGain => {
                Some(o.company.with_department.unwrap_or(o.company.net_benefit))
            }
            KeyFigure::SupportFte => Some(o.coverage.support_fte),
            KeyFigure::JobsAndPlaces => Some(o.jobs.jobs_total + o.jobs.course_places),
            KeyFigure::BreakEvenHours => o.break_even.billed_hours.value(),
            KeyFigure::BreakEvenCoursePrice => o.break_even.course_price.value(),
            // The others are lines, valued above.
            _ => None,
        }
    }

    /// The results line it is, where it is one: then it has that line's name and working.
    pub fn line(self) -> Option<Line> {
        Some(match self {
            KeyFigure::CompanyPayment => Line::CompanyPayment,
            KeyFigure::CompanyCostPerHour => Line::CostPerBilledHour,
            KeyFigure::SocialEnterpriseResult => Line::SeResult,
            KeyFigure::MunicipalPurchases => Line::MunicipalTotal,
            KeyFigure::Coverage => Line::Coverage,
            KeyFigure::CoverageSurplus => Line::Surplus,
            KeyFigure::BilledHours => Line::Billed,
            KeyFigure::KommuneNet => Line::KommuneNet,
            KeyFigure::StatNet => Line::StatNet,
            _ => return None,
        })
    }

    /// Its unit.
    pub fn unit(self) -> FigureUnit {
        match self {
            KeyFigure::CompanyCostPerHour | KeyFigure::BreakEvenCoursePrice => FigureUnit::Kr2,
            KeyFigure::Coverage => FigureUnit::Percent,
            KeyFigure::SupportFte | KeyFigure::JobsAndPlaces => FigureUnit::Count,
            KeyFigure::PositiveFrom(_) => FigureUnit::Year,
            KeyFigure::BilledHours | KeyFigure::BreakEvenHours => FigureUnit::Hours,
            _ => FigureUnit::Kr,
        }
    }

    /// Which way is good news.
    pub fn better(self) -> Better {
        match self {
            KeyFigure::CompanyCostPerHour | KeyFigure::PositiveFrom(_) => Better::Lower,
            KeyFigure::PresentValue(_) => Better::Higher,
            KeyFigure::CompanyGain
            | KeyFigure::SocialEnterpriseResult
            | KeyFigure::Coverage
            | KeyFigure::CoverageSurplus
            | KeyFigure::JobsAndPlaces
            | KeyFigure::KommuneNet
            | KeyFigure::StatNet => Better::Higher,
            _ => Better::Neither,
        }
    }
}

/// What an input row holds.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum InputKey {
    /// The partnership model.
    Model,
    /// The rate year.
    RateYear,
    /// Group `i`'s kind and whether it is billed.
    Group(usize),
    /// A number field.
    Field(FieldPath),
    /// The range of a number field marked uncertain.
    Range(FieldPath),
    /// The simulation's seed and number of draws.
    Draws,
}

/// One scenario's value of an input.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum InputValue {
    /// A partnership model.
    Model(PresetId),
    /// A rate year.
    RateYear(u16),
    /// A group's kind, and whether the company pays for its hours.
    Group(GroupKind, bool),
    /// A number in the field's stored unit.
    Number(f64),
    /// A range's low and high end, in the field's stored unit.
    Range(f64, f64),
    /// A seed and a number of draws.
    Draws(u32, u32),
}
