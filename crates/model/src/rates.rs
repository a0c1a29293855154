//! Rates as dated data: one table per rate year, each figure with its status and source
//! (`../shared/domain.md`). Nothing else in the code holds a dated figure or a year.

use super::common::{src, Source, Status};
use serde::Serialize;

use Status::{Confirmed as C, Derived as D, Estimate as E};

/// One dated figure of a rate table.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Rate {
    /// Which figure.
    pub id: RateId,
    /// The value (unit named by [`RateId::unit`]).
    pub value: f64,
    /// Where it comes from; `source.year` is the year the figure itself refers to.
    pub source: Source,
}

/// The unit of a rate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RateUnit {
    /// Kroner per month.
    KrPerMonth,
    /// Kroner per hour.
    KrPerHour,
    /// A fraction (shown as a percentage).
    Fraction,
}

/// The figures every rate table holds, in the order of the table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RateId {
    /// The highest dagpenge rate (kr/month).
    TopDagpenge,
    /// Highest fleksløntilskud: 98 % of the top dagpenge rate (kr/month).
    MaxFlexSubsidy,
    /// Monthly wage (incl. pension) up to which the subsidy falls by 30 %, above it by 55 % (kr/month).
    FlexThreshold,
    /// Share of wage up to the threshold that reduces the subsidy (fraction).
    FlexReductionLow,
    /// Share of wage above the threshold that reduces the subsidy (fraction).
    FlexReductionHigh,
    /// Employer pension counted in the fleksjob wage (fraction of the wage).
    FlexPensionRate,
    /// Ledighedsydelse: a fleksjob-approved person's benefit without a job (kr/month).
    Ledighedsydelse,
    /// Kontanthjælp at the raised rate (kr/month).
    Kontanthjaelp,
    /// Ressourceforløbsydelse for a provider (kr/month).
    RessourceforloebForsorger,
    /// Ressourceforløbsydelse for a non-provider (kr/month).
    RessourceforloebIkkeForsorger,
    /// The state's refund of transfers for long-term cases, after week 52 (fraction).
    StateRefund,
    /// Marginal income tax on low incomes: AM-bidrag, municipal and bottom tax (fraction).
    MarginalTax,
    /// The municipality's share of that tax (fraction).
    MunicipalTaxShare,
    /// The lowest hourly wage of Industriens Overenskomst (kr/h).
    IndustryMinimumWage,
}

impl RateId {
    /// Every rate, in table order.
    pub const ALL: [RateId; 14] = [
        RateId::TopDagpenge,
        RateId::MaxFlexSubsidy,
        RateId::FlexThreshold,
        RateId::FlexReductionLow,
        RateId::FlexReductionHigh,
        RateId::FlexPensionRate,
        RateId::Ledighedsydelse,
        RateId::Kontanthjaelp,
        RateId::RessourceforloebForsorger,
        RateId::RessourceforloebIkkeForsorger,
        RateId::StateRefund,
        RateId::MarginalTax,
        RateId::MunicipalTaxShare,
        RateId::IndustryMinimumWage,
    ];

    /// The rate's unit.
    pub fn unit(self) -> RateUnit {
        match self {
            RateId::FlexReductionLow
            | RateId::FlexReductionHigh
            | RateId::FlexPensionRate
            | RateId::StateRefund
            | RateId::MarginalTax
            | RateId::MunicipalTaxShare => RateUnit::Fraction,
            RateId::IndustryMinimumWage => RateUnit::KrPerHour,
            _ => RateUnit::KrPerMonth,
        }
    }
}

/// The rates of one year.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct RateTable {
    /// The rate year.
    pub year: u16,
    /// One row per [`RateId`], in its order.
    pub rates: [Rate; 14],
}

impl RateTable {
    /// The figure `id` of this year.
    pub fn get(&self, id: RateId) -> &Rate {
        &self.rates[id as usize]
    }

    /// The value of `id` in this year.
    pub fn value(&self, id: RateId) -> f64 {
        self.get(id).value
    }
}

const fn rate(id: RateId, value: f64, source: Source) -> Rate {
    Rate { id, value, source }
}

/// Rules and shares that did not change between the two years, with their sources.
macro_rules! unchanged_rates {
    ($year:literal) => {
        [
            rate(RateId::FlexReductionLow, 0.30, src(2013, C, "Lov om en aktiv beskæftigelsesindsats kap. 20: 30 % af lønnen op til grænsen", "Active Employment Act ch. 20: 30% of the wage up to the threshold")),
            rate(RateId::FlexReductionHigh, 0.55, src(2013, C, "Lov om en aktiv beskæftigelsesindsats kap. 20: 55 % af lønnen over grænsen", "Active Employment Act ch. 20: 55% of the wage above the threshold")),
            rate(RateId::FlexPensionRate, 0.10, src($year, E, "Arbejdsgiverpension i et fleksjob efter overenskomst, skøn", "Employer pension in a flex job under a collective agreement, estimate")),
        ]
    };
}

const fn table(year: u16, head: [Rate; 3], rules: [Rate; 3], tail: [Rate; 8]) -> RateTable {
    let mut rates = [head[0]; 14];
    let mut i = 0;
    while i < 3 {
        rates[i] = head[i];
        rates[3 + i] = rules[i];
        i += 1;
    }
    let mut j = 0;
    while j < 8 {
        rates[6 + j] = tail[j];
        j += 1;
    }
    RateTable { year, rates }
}

/// The rate tables, oldest first.
/// The tables, for the compile-time checks below; everything else reads [`RATE_TABLES`].
const TABLES: [RateTable; 2] = [
    table(
        2025,
        [
            rate(RateId::TopDagpenge, 21_092.0, src(2025, C, "Højeste dagpengesats 2025", "Maximum unemployment benefit rate 2025")),
            rate(RateId::MaxFlexSubsidy, 20_670.0, src(2025, D, "98 % af højeste dagpengesats", "98% of the maximum unemployment benefit rate")),
            rate(RateId::FlexThreshold, 16_911.0, src(2025, D, "STAR's grænse for 2024 (16.323 kr./md.) satsreguleret til 2025", "STAR's 2024 threshold (DKK 16,323 a month) indexed to 2025")),
        ],
        unchanged_rates!(2025),
        [
            rate(RateId::Ledighedsydelse, 18_772.0, src(2025, D, "Højeste sats: 89 % af højeste dagpengesats; ikke alle får den", "Highest rate: 89% of the maximum unemployment benefit rate; not everyone gets it")),
            rate(RateId::Kontanthjaelp, 12_770.0, src(2025, E, "Kontanthjælp, forhøjet sats efter reformen 1. juli 2025, skøn", "Social assistance, raised rate after the reform of 1 July 2025, estimate")),
            rate(RateId::RessourceforloebForsorger, 16_972.0, src(2025, D, "2024-satsen (16.382 kr./md.) satsreguleret til 2025", "The 2024 rate (DKK 16,382 a month) indexed to 2025")),
            rate(RateId::RessourceforloebIkkeForsorger, 12_770.0, src(2025, D, "2024-satsen (12.326 kr./md.) satsreguleret til 2025", "The 2024 rate (DKK 12,326 a month) indexed to 2025")),
            rate(RateId::StateRefund, 0.20, src(2016, C, "Refusionstrappen: 20 % efter 52 uger på offentlig forsørgelse", "The refund staircase: 20% after 52 weeks on public benefits")),
            rate(RateId::MarginalTax, 0.41, src(2025, E, "Skøn: kommuneskat og bundskat, plus AM-bidrag 8 % af lønnen (ikke af ydelser)", "Estimate: municipal and bottom-bracket tax, plus the 8% labour-market contribution on the wage (not on benefits)")),
            rate(RateId::MunicipalTaxShare, 0.55, src(2025, E, "Kommunens andel af skatten på lave indkomster, skøn", "The municipality's share of the tax on low incomes, estimate")),
            rate(RateId::IndustryMinimumWage, 139.85, src(2025, C, "Industriens Overenskomst, mindsteløn fra maj 2025", "Industry agreement (Industriens Overenskomst), minimum wage from May 2025")),
        ],
    ),
    table(
        2026,
        [
            rate(RateId::TopDagpenge, 22_041.0, src(2026, C, "Højeste dagpengesats 2026 (foreløbig)", "Maximum unemployment benefit rate 2026 (provisional)")),
            rate(RateId::MaxFlexSubsidy, 21_600.0, src(2026, D, "98 % af højeste dagpengesats", "98% of the maximum unemployment benefit rate")),
            rate(RateId::FlexThreshold, 17_670.0, src(2026, E, "Grænsen for 2025 satsreguleret til 2026, skøn", "The 2025 threshold indexed to 2026, estimate")),
        ],
        unchanged_rates!(2026),
        [
            rate(RateId::Ledighedsydelse, 19_616.0, src(2026, D, "Højeste sats: 89 % af højeste dagpengesats; ikke alle får den", "Highest rate: 89% of the maximum unemployment benefit rate; not everyone gets it")),
            rate(RateId::Kontanthjaelp, 13_344.0, src(2026, E, "Forhøjet sats 2025 reguleret som ressourceforløbsydelsen, skøn", "The 2025 raised rate indexed like the resource course benefit, estimate")),
            rate(RateId::RessourceforloebForsorger, 17_735.0, src(2026, E, "2025-satsen satsreguleret til 2026, skøn; kun for borgere i et igangværende ressourceforløb", "The 2025 rate indexed to 2026, estimate; only for citizens on a resource course already running")),
            rate(RateId::RessourceforloebIkkeForsorger, 13_344.0, src(2026, E, "2025-satsen satsreguleret til 2026, skøn; kun for borgere i et igangværende ressourceforløb", "The 2025 rate indexed to 2026, estimate; only for citizens on a resource course already running")),
            rate(RateId::StateRefund, 0.20, src(2016, C, "Refusionstrappen: 20 % efter 52 uger på offentlig forsørgelse", "The refund staircase: 20% after 52 weeks on public benefits")),
            rate(RateId::MarginalTax, 0.41, src(2026, E, "Skøn: kommuneskat og bundskat, plus AM-bidrag 8 % af lønnen (ikke af ydelser)", "Estimate: municipal and bottom-bracket tax, plus the 8% labour-market contribution on the wage (not on benefits)")),
            rate(RateId::MunicipalTaxShare, 0.55, src(2026, E, "Kommunens andel af skatten på lave indkomster, skøn", "The municipality's share of the tax on low incomes, estimate")),
            rate(RateId::IndustryMinimumWage, 143.35, src(2026, C, "Industriens Overenskomst, mindsteløn fra marts 2026", "Industry agreement (Industriens Overenskomst), minimum wage from March 2026")),
        ],
    ),
];

/// One table per rate year, oldest first. A `static`, so it is stored once in the shipped code.
pub static RATE_TABLES: [RateTable; 2] = TABLES;

// Every table holds every rate in the order of `RateId`: a wrong row is a compile error.
const _: () = {
    let mut t = 0;
    while t < TABLES.len() {
        let mut i = 0;
        while i < RateId::ALL.len() {
            assert!(TABLES[t].rates[i].id as usize == i);
            i += 1;
        }
        t += 1;
    }
};

/// The rate year a new scenario uses when nobody says otherwise: the newest table.
pub const DEFAULT_RATE_YEAR: u16 = TABLES[TABLES.len() - 1].year;

/// The years that have a rate table, oldest first.
pub fn years() -> impl Iterator<Item = u16> {
    RATE_TABLES.iter().map(|t| t.year)
}

/// The table of `year`, if there is one.
pub fn table_of(year: u16) -> Option<&'static RateTable> {
    RATE_TABLES.iter().find(|t| t.year == year)
}

/// The table to compute with for `year`: its own, else the newest table not after it, else the oldest.
pub fn for_year(year: u16) -> &'static RateTable {
    RATE_TABLES
        .iter()
        .rev()
        .find(|t| t.year <= year)
        .unwrap_or(&RATE_TABLES[0])
}
