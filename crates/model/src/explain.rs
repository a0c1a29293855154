//! How each figure of the page is worked out, with the scenario's actual numbers: the working of
//! a [`Line`] is a small expression whose terms are inputs (by their field path, so the page can
//! link to the field), rates of the year, constants and other lines. The page shows the line's
//! value and, on request, its working written out; the tests evaluate every working of every
//! preset (and of random valid scenarios) and check it against the outcome, so the text cannot
//! drift from the number.

use super::fields::{FieldId, FieldPath, Unit, FULL_TIME_HOURS_PER_WEEK};
use super::outcome::Outcome;
use super::public_purse::baseline_rate;
use super::rates::{self, RateId, RateUnit};
use super::scenario::{GroupKind, PricingMode, Scenario, StaffingMode, WorkforceGroup};

/// A figure of the results that can show its working. Its name is a text (`text/lines.rs` in the
/// web app): one name wherever the figure appears.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Line {
    /// The social enterprise's margin on the billed hours, fee included (kr/year).
    Margin,
    /// The municipality's payment for course places (kr/year).
    CourseRevenue,
    /// The municipality's payment for mentor support (kr/year).
    MentorRevenue,
    /// Both municipal payments (kr/year).
    MunicipalTotal,
    /// Margin and municipal payments: what pays for the support (kr/year).
    Funding,
    /// The socialpædagoger's cost (kr/year).
    SupportCost,
    /// Funding / support cost (fraction).
    Coverage,
    /// Funding − support cost (kr/year).
    Surplus,
    /// What the company pays for the hours (kr/year).
    CompanyPayment,
    /// The same billed hours at the alternative price (kr/year).
    AlternativeCost,
    /// The company's other yearly savings (kr/year).
    OtherSavings,
    /// The value of skilled time freed (kr/year).
    FreedHoursGain,
    /// The company's net benefit against its alternative (kr/year).
    NetBenefit,
    /// The company's result with the department (kr/year).
    WithDepartment,
    /// The company's cost per billed hour (kr/h).
    CostPerBilledHour,
    /// The social enterprise's revenue (kr/year).
    SeRevenue,
    /// Wages with on-costs of all paid hours (kr/year).
    WageCost,
    /// The social enterprise's other costs (kr/year).
    OtherSeCosts,
    /// All the social enterprise's costs (kr/year).
    SeCosts,
    /// The social enterprise's result (kr/year).
    SeResult,
    /// Transfers the municipality no longer pays, after the state's refund (kr/year).
    KommuneTransfers,
    /// The municipality's share of the income tax (kr/year).
    KommuneTax,
    /// The municipality's net result (kr/year).
    KommuneNet,
    /// The refund the state no longer pays (kr/year).
    StatTransfers,
    /// The state's share of the income tax (kr/year).
    StatTax,
    /// The state's net result (kr/year).
    StatNet,
    /// Attendance hours (h/year).
    Attendance,
    /// Paid hours (h/year).
    Paid,
    /// Billed hours (h/year).
    Billed,
    /// Paid hours as full-time equivalents (FTE).
    FullTimeEquivalents,
    /// Persons of one kind.
    Persons(GroupKind),
}

impl Line {
    /// The line's value in `o`; `None` where it does not apply.
    pub fn value(self, o: &Outcome) -> Option<f64> {
        let pp = &o.public;
        Some(match self {
            Line::Margin => o.coverage.margin,
            Line::CourseRevenue => o.coverage.course_revenue,
            Line::MentorRevenue => o.coverage.mentor_revenue,
            Line::MunicipalTotal => o.municipality.total,
            Line::Funding => o.coverage.funding,
            Line::SupportCost => o.coverage.support_cost,
            Line::Coverage => return o.coverage.ratio,
            Line::Surplus => o.coverage.surplus,
            Line::CompanyPayment => o.company.payment,
            Line::AlternativeCost => o.company.alternative_cost,
            Line::OtherSavings => o.company.other_savings,
            Line::FreedHoursGain => o.company.freed_hours_gain,
            Line::NetBenefit => o.company.net_benefit,
            Line::WithDepartment => return o.company.with_department,
            Line::CostPerBilledHour => return o.company.cost_per_billed_hour,
            Line::SeRevenue => o.social_enterprise.revenue,
            Line::WageCost => o.social_enterprise.wage_cost,
            Line::OtherSeCosts => o.social_enterprise.other_costs,
            Line::SeCosts => o.social_enterprise.costs,
            Line::SeResult => o.social_enterprise.result,
            Line::KommuneTransfers => pp.kommune.transfers,
            Line::KommuneTax => pp.kommune.tax,
            Line::KommuneNet => pp.kommune.net,
            Line::StatTransfers => pp.stat.transfers,
            Line::StatTax => pp.stat.tax,
            Line::StatNet => pp.stat.net,
            Line::Attendance => o.hours.attendance,
            Line::Paid => o.hours.paid,
            Line::Billed => o.hours.billed,
            Line::FullTimeEquivalents => o.hours.full_time_equivalents,
            Line::Persons(kind) => match kind {
                GroupKind::Fleksjob => o.jobs.fleksjob,
                GroupKind::Smajob => o.jobs.smajob,
                GroupKind::Ordinary => o.jobs.ordinary,
                GroupKind::Participant => o.jobs.course_places,
            },
        })
    }

    /// The unit the line is shown in.
    pub fn unit(self) -> Unit {
        match self {
            Line::Coverage => Unit::Percent,
            Line::CostPerBilledHour => Unit::KrPerHour,
            Line::Attendance | Line::Paid | Line::Billed => Unit::HoursPerYear,
            Line::FullTimeEquivalents => Unit::Fte,
            Line::Persons(_) => Unit::Persons,
            _ => Unit::KrPerYear,
        }
    }

    /// Every line: [`Line::ALL`] and the persons of each kind.
    pub fn every() -> impl Iterator<Item = Line> {
        Line::ALL
            .into_iter()
            .chain(GroupKind::ALL.iter().copied().map(Line::Persons))
    }

    /// Every line with one value per scenario (all but [`Line::Persons`], which is one per kind).
    pub const ALL: [Line; 30] = [
        Line::Margin,
        Line::CourseRevenue,
        Line::MentorRevenue,
        Line::MunicipalTotal,
        Line::Funding,
        Line::SupportCost,
        Line::Coverage,
        Line::Surplus,
        Line::CompanyPayment,
        Line::AlternativeCost,
        Line::OtherSavings,
        Line::FreedHoursGain,
        Line::NetBenefit,
        Line::WithDepartment,
        Line::CostPerBilledHour,
        Line::SeRevenue,
        Line::WageCost,
        Line::OtherSeCosts,
        Line::SeCosts,
        Line::SeResult,
        Line::KommuneTransfers,
        Line::KommuneTax,
        Line::KommuneNet,
        Line::StatTransfers,
        Line::StatTax,
        Line::StatNet,
        Line::Attendance,
        Line::Paid,
        Line::Billed,
        Line::FullTimeEquivalents,
    ];
}

/// What a term of a working is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Quantity {
    /// An input (the page links to its field).
    Field(FieldPath),
    /// Another line of the results.
    Line(Line),
    /// The benefit a fleksjob person would otherwise draw (kr/month), a rate of the year.
    Rate(RateId),
    /// Fleksjob group `i`'s fleksløntilskud per person after the 30 %/55 % rule (kr/month).
    FlexSubsidy(usize),
    /// Months in a year (12).
    Months,
    /// Weeks in a month as the fleksjob rules count them (52/12).
    WeeksPerMonth,
    /// Hours in a full-time week (37).
    FullTimeHours,
    /// The number one, as in "1 + a rate".
    One,
    /// The municipality's part of the tax on a wage krone (fraction, from the tax parameters).
    WageTaxKommune,
    /// The state's part of the tax on a wage krone (fraction, from the tax parameters).
    WageTaxStat,
}

impl Quantity {
    /// The unit the quantity is written in; `None` for a pure number.
    pub fn unit(self) -> Option<Unit> {
        match self {
            Quantity::Field(path) => Some(path.field.spec().unit),
            Quantity::Line(line) => Some(line.unit()),
            Quantity::Rate(id) if id.unit() == RateUnit::Fraction => Some(Unit::Percent),
            Quantity::Rate(_) | Quantity::FlexSubsidy(_) => Some(Unit::KrPerMonth),
            Quantity::WageTaxKommune | Quantity::WageTaxStat => Some(Unit::Percent),
            Quantity::FullTimeHours => Some(Unit::HoursPerWeek),
            Quantity::Months | Quantity::WeeksPerMonth | Quantity::One => None,
        }
    }
}

/// One term: what it is and its value (in the stored unit: fractions as 0–1).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Term {
    /// What the term is.
    pub quantity: Quantity,
    /// Its value.
    pub value: f64,
}

/// A working: a sum, product or ratio of terms.
#[derive(Clone, Debug, PartialEq)]
pub enum Expr {
    /// One term.
    Term(Term),
    /// A sum; each part subtracted if its flag is set. Empty: zero.
    Sum(Vec<(bool, Expr)>),
    /// A product of factors.
    Product(Vec<Expr>),
    /// A numerator over a denominator.
    Ratio(Box<Expr>, Box<Expr>),
}

impl Expr {
    /// The value, each term valued by `value_of` (its exact value, or the value as written).
    pub fn eval(&self, value_of: &impl Fn(&Term) -> f64) -> f64 {
        match self {
            Expr::Term(t) => value_of(t),
            Expr::Sum(parts) => parts.iter().fold(0.0, |a, (minus, e)| {
                let v = e.eval(value_of);
                if *minus {
                    a - v
                } else {
                    a + v
                }
            }),
            Expr::Product(factors) => factors.iter().map(|e| e.eval(value_of)).product(),
            Expr::Ratio(n, d) => n.eval(value_of) / d.eval(value_of),
        }
    }

    /// The value with every term at its exact value.
    pub fn value(&self) -> f64 {
        self.eval(&|t| t.value)
    }

    /// Every term, once each, in the order written, leaving out constants.
    pub fn terms(&self) -> Vec<Term> {
        let mut out: Vec<Term> = Vec::new();
        self.collect(&mut out);
        out
    }

    fn collect(&self, out: &mut Vec<Term>) {
        match self {
            Expr::Term(t) => {
                let constant = matches!(
                    t.quantity,
                    Quantity::One
                        | Quantity::Months
                        | Quantity::WeeksPerMonth
                        | Quantity::FullTimeHours
                );
                if !constant && !out.iter().any(|o| o.quantity == t.quantity) {
                    out.push(*t);
                }
            }
            Expr::Sum(parts) => parts.iter().for_each(|(_, e)| e.collect(out)),
            Expr::Product(factors) => factors.iter().for_each(|e| e.collect(out)),
            Expr::Ratio(n, d) => {
                n.collect(out);
                d.collect(out);
            }
        }
    }

    fn plus(parts: Vec<Expr>) -> Expr {
        Expr::Sum(parts.into_iter().map(|e| (false, e)).collect())
    }

    /// The sum of `parts` leaving out empty sums (no groups of a kind), or the one part alone.
    fn sum_of(parts: Vec<Expr>) -> Expr {
        let mut parts: Vec<Expr> = parts
            .into_iter()
            .filter(|e| !matches!(e, Expr::Sum(p) if p.is_empty()))
            .collect();
        if parts.len() == 1 {
            parts.pop().unwrap_or(Expr::Sum(Vec::new()))
        } else {
            Expr::plus(parts)
        }
    }
}

/// A line's working: its value as the outcome has it and the expression that gives it.
#[derive(Clone, Debug, PartialEq)]
pub struct Working {
    /// The line.
    pub line: Line,
    /// The value the page shows (the outcome's).
    pub value: f64,
    /// How it is worked out.
    pub expr: Expr,
}

/// The working of `line` in scenario `s` with outcome `o`; `None` where the line does not apply.
pub fn working(s: &Scenario, o: &Outcome, line: Line) -> Option<Working> {
    let value = line.value(o)?;
    let w = Workings { s, o };
    Some(Working {
        line,
        value,
        expr: w.expr(line),
    })
}

struct Workings<'a> {
    s: &'a Scenario,
    o: &'a Outcome,
}

impl Workings<'_> {
    fn field(&self, path: FieldPath) -> Expr {
        Expr::Term(Term {
            quantity: Quantity::Field(path),
            value: self.s.get(path).unwrap_or(f64::NAN),
        })
    }

    fn global(&self, field: FieldId) -> Expr {
        self.field(FieldPath::global(field))
    }

    fn of_group(&self, i: usize, field: FieldId) -> Expr {
        self.field(FieldPath::group(i, field))
    }

    fn line(&self, line: Line) -> Expr {
        Expr::Term(Term {
            quantity: Quantity::Line(line),
            value: line.value(self.o).unwrap_or(f64::NAN),
        })
    }

    fn constant(quantity: Quantity, value: f64) -> Expr {
        Expr::Term(Term { quantity, value })
    }

    /// 1 + the field's rate.
    fn one_plus(&self, e: Expr) -> Expr {
        Expr::plus(vec![Self::constant(Quantity::One, 1.0), e])
    }

    /// 1 − the field's rate.
    fn one_minus(&self, e: Expr) -> Expr {
        Expr::Sum(vec![(false, Self::constant(Quantity::One, 1.0)), (true, e)])
    }

    /// Whether a group of a kind that `f` accepts is in the scenario.
    fn has(&self, f: impl Fn(GroupKind) -> bool) -> bool {
        self.s.groups.iter().any(|g| f(g.kind))
    }

    fn groups(&self) -> impl Iterator<Item = (usize, &WorkforceGroup)> {
        self.s.groups.iter().enumerate()
    }

    /// The persons of every group of `kind`, added up.
    fn persons(&self, kind: GroupKind) -> Expr {
        Expr::sum_of(
            self.groups()
                .filter(|(_, g)| g.kind == kind)
                .map(|(i, _)| self.of_group(i, FieldId::Persons))
                .collect(),
        )
    }

    /// Group `i`'s attendance hours: persons × hours a week × weeks.
    fn attendance(&self, i: usize) -> Vec<Expr> {
        vec![
            self.of_group(i, FieldId::Persons),
            self.of_group(i, FieldId::HoursPerWeek),
            self.global(FieldId::WeeksPerYear),
        ]
    }

    /// Group `i`'s paid hours: attendance × paid share.
    fn paid(&self, i: usize) -> Vec<Expr> {
        let mut f = self.attendance(i);
        f.push(self.of_group(i, FieldId::PaidShare));
        f
    }

    /// Group `i`'s labour cost per paid hour: wage × (1 + on-costs).
    fn labour_rate(&self, i: usize) -> Vec<Expr> {
        vec![
            self.of_group(i, FieldId::HourlyWage),
            self.one_plus(self.of_group(i, FieldId::OncostRate)),
        ]
    }

    /// Paid groups, and billed ones if `billed`.
    fn paid_groups(&self, billed: bool) -> Vec<usize> {
        self.groups()
            .filter(|(_, g)| g.kind.is_paid() && (g.billed || !billed))
            .map(|(i, _)| i)
            .collect()
    }

    /// The sum over `groups` of the product `factors(i)`.
    fn per_group(&self, groups: Vec<usize>, factors: impl Fn(usize) -> Vec<Expr>) -> Vec<Expr> {
        groups
            .into_iter()
            .map(|i| Expr::Product(factors(i)))
            .collect()
    }

    /// The value of skilled time freed, as a part of the company's sum, if it has one (the page
    /// shows its line only then).
    fn freed(&self) -> Option<(bool, Expr)> {
        (self.s.company.freed_hour_value != 0.0).then(|| (false, self.line(Line::FreedHoursGain)))
    }

    /// The yearly fee, if there is one, as a part of a sum.
    fn fee(&self) -> Option<Expr> {
        (self.s.pricing.yearly_fee != 0.0).then(|| self.global(FieldId::YearlyFee))
    }

    /// Support staff in FTE.
    fn support_fte(&self) -> Expr {
        match self.s.support.staffing {
            StaffingMode::Fixed => self.global(FieldId::FixedFte),
            StaffingMode::Caseload => Expr::plus(vec![
                Expr::Ratio(
                    Box::new(self.persons(GroupKind::Participant)),
                    Box::new(self.global(FieldId::CaseloadParticipants)),
                ),
                Expr::Ratio(
                    Box::new(Expr::sum_of(vec![
                        self.persons(GroupKind::Fleksjob),
                        self.persons(GroupKind::Smajob),
                    ])),
                    Box::new(self.global(FieldId::CaseloadEmployees)),
                ),
            ]),
        }
    }

    /// A fleksjob group's sum over its persons and months of `month(i)`.
    fn per_flex_group(&self, month: impl Fn(usize) -> Expr) -> Expr {
        Expr::sum_of(
            self.groups()
                .filter(|(_, g)| g.kind == GroupKind::Fleksjob)
                .map(|(i, _)| {
                    Expr::Product(vec![
                        self.of_group(i, FieldId::Persons),
                        Self::constant(Quantity::Months, 12.0),
                        month(i),
                    ])
                })
                .collect(),
        )
    }

    fn baseline(&self) -> Expr {
        let id = baseline_rate(self.s);
        let value = self
            .o
            .public
            .groups
            .iter()
            .flatten()
            .map(|m| m.baseline)
            .next()
            .unwrap_or(f64::NAN);
        Self::constant(Quantity::Rate(id), value)
    }

    /// Fleksjob group `i`'s monthly wage per person without pension: wage × hours × paid × 52/12.
    fn flex_wage(&self, i: usize) -> Expr {
        Expr::Product(vec![
            self.of_group(i, FieldId::HourlyWage),
            self.of_group(i, FieldId::HoursPerWeek),
            self.of_group(i, FieldId::PaidShare),
            Self::constant(Quantity::WeeksPerMonth, 52.0 / 12.0),
        ])
    }

    /// Fleksjob group `i`'s fleksløntilskud per person and month, as the public purse has it.
    fn flex_subsidy(&self, i: usize) -> Expr {
        let subsidy = self.o.public.groups.get(i).and_then(Option::as_ref);
        Self::constant(
            Quantity::FlexSubsidy(i),
            subsidy.map_or(f64::NAN, |m| m.subsidy),
        )
    }

    /// Transfers saved before the refund: persons × 12 × (baseline − subsidy).
    fn transfers_saved(&self) -> Expr {
        self.per_flex_group(|i| {
            Expr::Sum(vec![(false, self.baseline()), (true, self.flex_subsidy(i))])
        })
    }

    /// Extra wage income: persons × 12 × wage.
    fn wage_income(&self) -> Expr {
        self.per_flex_group(|i| self.flex_wage(i))
    }

    /// A party's tax: its part of the tax on the wage, less its part of the tax on the transfers
    /// saved (`transfer_rate`).
    fn tax(&self, wage_part: Quantity, wage_value: f64, transfer_rate: Expr) -> Expr {
        Expr::Sum(vec![
            (
                false,
                Expr::Product(vec![
                    Self::constant(wage_part, wage_value),
                    self.wage_income(),
                ]),
            ),
            (
                true,
                Expr::Product(vec![transfer_rate, self.transfers_saved()]),
            ),
        ])
    }

    fn expr(&self, line: Line) -> Expr {
        use FieldId as F;
        let markup = self.s.pricing.mode == PricingMode::Markup;
        match line {
            Line::Margin => {
                let mut parts = self.per_group(self.paid_groups(true), |i| {
                    let mut f = self.paid(i);
                    if markup {
                        f.extend(self.labour_rate(i));
                        f.push(self.global(F::MarkupRate));
                    } else {
                        f.push(Expr::Sum(vec![
                            (false, self.global(F::FixedHourlyPrice)),
                            (true, Expr::Product(self.labour_rate(i))),
                        ]));
                    }
                    f
                });
                parts.extend(self.fee());
                Expr::sum_of(parts)
            }
            // Without a group of the kind, the figure is nothing: no inputs to name.
            Line::CourseRevenue if !self.has(|k| k == GroupKind::Participant) => {
                Expr::Sum(Vec::new())
            }
            Line::MentorRevenue if !self.has(GroupKind::needs_employee_support) => {
                Expr::Sum(Vec::new())
            }
            Line::CourseRevenue => Expr::Product(vec![
                self.persons(GroupKind::Participant),
                self.global(F::Occupancy),
                self.global(F::CoursePricePerWeek),
                self.global(F::WeeksPerYear),
            ]),
            Line::MentorRevenue => Expr::Product(vec![
                Expr::sum_of(vec![
                    self.persons(GroupKind::Fleksjob),
                    self.persons(GroupKind::Smajob),
                ]),
                self.global(F::MentorHoursPerWeek),
                self.global(F::WeeksPerYear),
                self.global(F::MentorRate),
            ]),
            Line::MunicipalTotal => Expr::plus(vec![
                self.line(Line::CourseRevenue),
                self.line(Line::MentorRevenue),
            ]),
            Line::Funding => Expr::plus(vec![
                self.line(Line::Margin),
                self.line(Line::CourseRevenue),
                self.line(Line::MentorRevenue),
            ]),
            Line::SupportCost => Expr::Product(vec![
                self.support_fte(),
                Expr::plus(vec![
                    Expr::Product(vec![
                        self.global(F::MonthlySalary),
                        Self::constant(Quantity::Months, 12.0),
                        self.one_plus(self.global(F::PensionRate)),
                    ]),
                    self.global(F::OtherStaffCosts),
                ]),
            ]),
            Line::Coverage => Expr::Ratio(
                Box::new(self.line(Line::Funding)),
                Box::new(self.line(Line::SupportCost)),
            ),
            Line::Surplus => Expr::Sum(vec![
                (false, self.line(Line::Funding)),
                (true, self.line(Line::SupportCost)),
            ]),
            Line::CompanyPayment => {
                let mut parts = self.per_group(self.paid_groups(true), |i| {
                    let mut f = self.paid(i);
                    if markup {
                        f.extend(self.labour_rate(i));
                        f.push(self.one_plus(self.global(F::MarkupRate)));
                    } else {
                        f.push(self.global(F::FixedHourlyPrice));
                    }
                    f
                });
                parts.extend(self.fee());
                Expr::sum_of(parts)
            }
            Line::AlternativeCost => Expr::Product(vec![
                self.line(Line::Billed),
                self.global(F::AlternativePricePerHour),
            ]),
            Line::OtherSavings => self.global(F::OtherSavings),
            Line::FreedHoursGain => Expr::Product(vec![
                self.line(Line::Billed),
                self.global(F::FreedHourValue),
            ]),
            Line::NetBenefit => Expr::Sum(
                [
                    Some((false, self.line(Line::AlternativeCost))),
                    Some((false, self.line(Line::OtherSavings))),
                    self.freed(),
                    Some((true, self.line(Line::CompanyPayment))),
                ]
                .into_iter()
                .flatten()
                .collect(),
            ),
            Line::WithDepartment => Expr::Sum(
                [
                    Some((false, self.line(Line::AlternativeCost))),
                    Some((false, self.line(Line::OtherSavings))),
                    self.freed(),
                    Some((false, self.line(Line::MunicipalTotal))),
                    Some((true, self.line(Line::SeCosts))),
                ]
                .into_iter()
                .flatten()
                .collect(),
            ),
            Line::CostPerBilledHour => Expr::Ratio(
                Box::new(self.line(Line::CompanyPayment)),
                Box::new(self.line(Line::Billed)),
            ),
            Line::SeRevenue => Expr::plus(vec![
                self.line(Line::CompanyPayment),
                self.line(Line::MunicipalTotal),
            ]),
            Line::WageCost => Expr::sum_of(self.per_group(self.paid_groups(false), |i| {
                let mut f = self.paid(i);
                f.extend(self.labour_rate(i));
                f
            })),
            Line::OtherSeCosts => self.global(F::OtherSeCosts),
            Line::SeCosts => Expr::plus(vec![
                self.line(Line::WageCost),
                self.line(Line::SupportCost),
                self.line(Line::OtherSeCosts),
            ]),
            Line::SeResult => Expr::Sum(vec![
                (false, self.line(Line::SeRevenue)),
                (true, self.line(Line::WageCost)),
                (true, self.line(Line::SupportCost)),
                (true, self.line(Line::OtherSeCosts)),
            ]),
            Line::KommuneTransfers => Expr::Product(vec![
                self.one_minus(self.global(F::StateRefundRate)),
                self.transfers_saved(),
            ]),
            Line::StatTransfers => Expr::Product(vec![
                self.global(F::StateRefundRate),
                self.transfers_saved(),
            ]),
            Line::KommuneTax => self.tax(
                Quantity::WageTaxKommune,
                self.o.public.tax.wage_kommune,
                self.global(F::Kommuneskat),
            ),
            Line::StatTax => {
                let t = &self.o.public.tax;
                self.tax(
                    Quantity::WageTaxStat,
                    t.wage - t.wage_kommune,
                    Self::constant(
                        Quantity::Rate(RateId::Bundskat),
                        rates::for_year(self.s.rate_year).value(RateId::Bundskat),
                    ),
                )
            }
            Line::KommuneNet => Expr::Sum(vec![
                (true, self.line(Line::CourseRevenue)),
                (true, self.line(Line::MentorRevenue)),
                (false, self.line(Line::KommuneTransfers)),
                (false, self.line(Line::KommuneTax)),
            ]),
            Line::StatNet => Expr::plus(vec![
                self.line(Line::StatTransfers),
                self.line(Line::StatTax),
            ]),
            Line::Attendance => Expr::sum_of(
                self.per_group(self.groups().map(|(i, _)| i).collect(), |i| {
                    self.attendance(i)
                }),
            ),
            Line::Paid => Expr::sum_of(self.per_group(self.paid_groups(false), |i| self.paid(i))),
            Line::Billed => Expr::sum_of(self.per_group(self.paid_groups(true), |i| self.paid(i))),
            Line::FullTimeEquivalents => Expr::Ratio(
                Box::new(self.line(Line::Paid)),
                Box::new(Expr::Product(vec![
                    Self::constant(Quantity::FullTimeHours, FULL_TIME_HOURS_PER_WEEK),
                    self.global(F::WeeksPerYear),
                ])),
            ),
            Line::Persons(kind) => self.persons(kind),
        }
    }
}
