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
    /// Ledighedsydelse at its highest rate: a fleksjob-approved person's benefit without a job (kr/month).
    Ledighedsydelse,
    /// Kontanthjælp, forhøjet sats: over 30, or 25–29 with a work record (kr/month).
    KontanthjaelpForhoejet,
    /// Kontanthjælp, forhøjet sats with the add-on for single people without children (kr/month).
    KontanthjaelpForhoejetEnlig,
    /// Kontanthjælp, forhøjet sats with the child add-on (kr/month).
    KontanthjaelpForsorger,
    /// Kontanthjælp, grundsats: under 30 living away from home, at the level of SU (kr/month).
    KontanthjaelpGrundsats,
    /// Earnings a month that do not reduce kontanthjælp at the forhøjet sats (kr/month).
    KontanthjaelpDisregardForhoejet,
    /// Earnings a month that do not reduce kontanthjælp at the grundsats (kr/month).
    KontanthjaelpDisregardGrundsats,
    /// The share of earnings above the free amount deducted from kontanthjælp (fraction).
    KontanthjaelpDeduction,
    /// Ressourceforløbsydelse for a provider (kr/month).
    RessourceforloebForsorger,
    /// Ressourceforløbsydelse for a non-provider (kr/month).
    RessourceforloebIkkeForsorger,
    /// Førtidspension for a single person: grundbeløb and pensionstillæg (kr/month).
    Foertidspension,
    /// The state's refund of transfers for long-term cases, after week 52 (fraction).
    StateRefund,
    /// Arbejdsmarkedsbidrag on a wage (fraction).
    AmBidrag,
    /// Bundskat (fraction).
    Bundskat,
    /// The average kommuneskat of all municipalities (fraction).
    Kommuneskat,
    /// Beskæftigelsesfradrag: the share of a wage deducted from the kommuneskat's base (fraction).
    Beskaeftigelsesfradrag,
    /// The lowest hourly wage of Industriens Overenskomst (kr/h).
    IndustryMinimumWage,
}

/// How many figures every rate table holds.
pub const RATE_COUNT: usize = 23;

impl RateId {
    /// Every rate, in table order.
    pub const ALL: [RateId; RATE_COUNT] = [
        RateId::TopDagpenge,
        RateId::MaxFlexSubsidy,
        RateId::FlexThreshold,
        RateId::FlexReductionLow,
        RateId::FlexReductionHigh,
        RateId::FlexPensionRate,
        RateId::Ledighedsydelse,
        RateId::KontanthjaelpForhoejet,
        RateId::KontanthjaelpForhoejetEnlig,
        RateId::KontanthjaelpForsorger,
        RateId::KontanthjaelpGrundsats,
        RateId::KontanthjaelpDisregardForhoejet,
        RateId::KontanthjaelpDisregardGrundsats,
        RateId::KontanthjaelpDeduction,
        RateId::RessourceforloebForsorger,
        RateId::RessourceforloebIkkeForsorger,
        RateId::Foertidspension,
        RateId::StateRefund,
        RateId::AmBidrag,
        RateId::Bundskat,
        RateId::Kommuneskat,
        RateId::Beskaeftigelsesfradrag,
        RateId::IndustryMinimumWage,
    ];

    /// The rate's unit.
    pub fn unit(self) -> RateUnit {
        match self {
            RateId::FlexReductionLow
            | RateId::FlexReductionHigh
            | RateId::FlexPensionRate
            | RateId::StateRefund
            | RateId::KontanthjaelpDeduction
            | RateId::AmBidrag
            | RateId::Bundskat
            | RateId::Kommuneskat
            | RateId::Beskaeftigelsesfradrag => RateUnit::Fraction,
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
    pub rates: [Rate; RATE_COUNT],
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

use RateId as R;

// Rules that did not change between the years, with their sources.
const FLEX_LOW: Rate = rate(
    R::FlexReductionLow,
    0.30,
    src(
        2013,
        C,
        "Lov om en aktiv beskæftigelsesindsats kap. 20: 30 % af lønnen op til grænsen",
        "Active Employment Act ch. 20: 30% of the wage up to the threshold",
    ),
);
const FLEX_HIGH: Rate = rate(
    R::FlexReductionHigh,
    0.55,
    src(
        2013,
        C,
        "Lov om en aktiv beskæftigelsesindsats kap. 20: 55 % af lønnen over grænsen",
        "Active Employment Act ch. 20: 55% of the wage above the threshold",
    ),
);
// The kontanthjælp reform of 1 July 2025: earnings above a free amount reduce the benefit by 65 %.
const KH_FREE_FORHOEJET: Rate = rate(R::KontanthjaelpDisregardForhoejet, 2_500.0, src(2025, C, "Kontanthjælp fra 1. juli 2025: de første 2.500 kr./md. i arbejdsindtægt trækkes ikke fra den forhøjede sats (Beskæftigelsesministeriets faktaark om det nye kontanthjælpssystem)", "Social assistance from 1 July 2025: the first DKK 2,500 a month of earnings are not deducted from the higher rate (the Ministry of Employment's fact sheet on the new system)"));
const KH_FREE_GRUNDSATS: Rate = rate(R::KontanthjaelpDisregardGrundsats, 5_000.0, src(2025, C, "Kontanthjælp fra 1. juli 2025: de første 5.000 kr./md. i arbejdsindtægt trækkes ikke fra grundsatsen", "Social assistance from 1 July 2025: the first DKK 5,000 a month of earnings are not deducted from the basic rate"));
const KH_DEDUCTION: Rate = rate(R::KontanthjaelpDeduction, 0.65, src(2025, C, "Kontanthjælp fra 1. juli 2025: 65 % af arbejdsindtægten over fribeløbet trækkes fra (modregningen stiger, når løn og hjælp tilsammen når dagpengeniveau)", "Social assistance from 1 July 2025: 65% of earnings above the free amount are deducted (the deduction rises once wage and benefit together reach the unemployment benefit level)"));
const REFUND: Rate = rate(
    R::StateRefund,
    0.20,
    src(
        2016,
        C,
        "Refusionstrappen: 20 % efter 52 uger på offentlig forsørgelse; også for fleksløntilskud",
        "The refund staircase: 20% after 52 weeks on public benefits; flex-job subsidy too",
    ),
);
const AM: Rate = rate(
    R::AmBidrag,
    0.08,
    src(
        2026,
        C,
        "Arbejdsmarkedsbidrag: 8 % af lønnen, ikke af ydelser (skat.dk)",
        "Labour-market contribution: 8% of the wage, not of benefits (skat.dk)",
    ),
);
const BUNDSKAT: Rate = rate(
    R::Bundskat,
    0.1201,
    src(
        2026,
        C,
        "Bundskat 12,01 % (skm.dk, personskatteloven)",
        "Bottom-bracket tax 12.01% (skm.dk, Personal Tax Act)",
    ),
);

const fn pension(year: u16) -> Rate {
    rate(
        R::FlexPensionRate,
        0.10,
        src(
            year,
            E,
            "Arbejdsgiverpension i et fleksjob efter overenskomst, skøn",
            "Employer pension in a flex job under a collective agreement, estimate",
        ),
    )
}

/// The rate tables, oldest first.
/// The tables, for the compile-time checks below; everything else reads [`RATE_TABLES`].
const TABLES: [RateTable; 2] = [
    RateTable {
        year: 2025,
        rates: [
            rate(R::TopDagpenge, 21_092.0, src(2025, C, "Højeste dagpengesats 2025 (bm.dk)", "Maximum unemployment benefit rate 2025 (bm.dk)")),
            rate(R::MaxFlexSubsidy, 20_670.0, src(2025, D, "98 % af højeste dagpengesats", "98% of the maximum unemployment benefit rate")),
            rate(R::FlexThreshold, 16_911.0, src(2025, D, "STAR's grænse for 2024 (16.323 kr./md.) satsreguleret til 2025", "STAR's 2024 threshold (DKK 16,323 a month) indexed to 2025")),
            FLEX_LOW,
            FLEX_HIGH,
            pension(2025),
            rate(R::Ledighedsydelse, 18_772.0, src(2025, D, "Højeste sats: 89 % af højeste dagpengesats; borgere fra kontanthjælp får kontanthjælpsniveau, indtil de har haft fleksjob i 9 af de seneste 18 måneder", "Highest rate: 89% of the maximum unemployment benefit rate; citizens coming from social assistance get its level until they have had a flex job for 9 of the last 18 months")),
            rate(R::KontanthjaelpForhoejet, 12_498.0, src(2025, E, "Forhøjet sats fra 1. juli 2025: aftalens 12.064 kr./md. (2024-niveau) satsreguleret med 3,6 %, skøn; for borgere, der er fyldt 30 år (eller 25–29-årige med, hvad der svarer til 2½ års ordinært fuldtidsarbejde inden for de seneste 10 år)", "Higher rate from 1 July 2025: the agreement's DKK 12,064 a month (2024 level) indexed by 3.6%, estimate; for citizens over 30 (or 25–29 with 2½ years of work)")),
            rate(R::KontanthjaelpForhoejetEnlig, 13_590.0, src(2025, E, "Forhøjet sats (skøn) plus tillæg til enlige ikke-forsørgere, 1.092 kr./md. (kommunernes satser 2025)", "Higher rate (estimate) plus the add-on for single people without children, DKK 1,092 a month (municipal rates 2025)")),
            rate(R::KontanthjaelpForsorger, 15_282.0, src(2025, E, "Forhøjet sats (skøn) plus børnetillæg, 2.784 kr./md. (kommunernes satser 2025)", "Higher rate (estimate) plus the child add-on, DKK 2,784 a month (municipal rates 2025)")),
            rate(R::KontanthjaelpGrundsats, 7_086.0, src(2025, E, "Grundsats for udeboende under 30 år på SU-niveau, uden særligt ungetillæg og tilpasningstillæg, skøn", "Basic rate for under-30s living away from home, at the level of the state education grant, estimate")),
            KH_FREE_FORHOEJET,
            KH_FREE_GRUNDSATS,
            KH_DEDUCTION,
            rate(R::RessourceforloebForsorger, 16_972.0, src(2025, D, "2024-satsen (16.382 kr./md.) satsreguleret til 2025", "The 2024 rate (DKK 16,382 a month) indexed to 2025")),
            rate(R::RessourceforloebIkkeForsorger, 12_770.0, src(2025, D, "2024-satsen (12.326 kr./md.) satsreguleret til 2025", "The 2024 rate (DKK 12,326 a month) indexed to 2025")),
            rate(R::Foertidspension, 21_103.0, src(2025, E, "Førtidspension for enlige, tilkendt efter 2003: 20.370 kr./md. i 2024 satsreguleret med 3,6 %, skøn", "Disability pension for a single person, granted after 2003: DKK 20,370 a month in 2024 indexed by 3.6%, estimate")),
            REFUND,
            AM,
            BUNDSKAT,
            rate(R::Kommuneskat, 0.25068, src(2025, C, "Gennemsnitlig kommuneskat 2025: 25,068 % (skm.dk); skriv jeres egen kommunes sats", "Average municipal income tax 2025: 25.068% (skm.dk); enter your own municipality's rate")),
            rate(R::Beskaeftigelsesfradrag, 0.123, src(2025, C, "Beskæftigelsesfradrag 12,30 % af arbejdsindkomsten, højst 55.600 kr. (skm.dk)", "Employment allowance 12.30% of earned income, at most DKK 55,600 (skm.dk)")),
            rate(R::IndustryMinimumWage, 139.85, src(2025, C, "Industriens Overenskomst, mindsteløn fra maj 2025", "Industry agreement (Industriens Overenskomst), minimum wage from May 2025")),
        ],
    },
    RateTable {
        year: 2026,
        rates: [
            rate(R::TopDagpenge, 22_041.0, src(2026, C, "Højeste dagpengesats 2026", "Maximum unemployment benefit rate 2026")),
            rate(R::MaxFlexSubsidy, 21_600.0, src(2026, D, "98 % af højeste dagpengesats", "98% of the maximum unemployment benefit rate")),
            rate(R::FlexThreshold, 17_670.0, src(2026, E, "Grænsen for 2025 satsreguleret til 2026, skøn", "The 2025 threshold indexed to 2026, estimate")),
            FLEX_LOW,
            FLEX_HIGH,
            pension(2026),
            rate(R::Ledighedsydelse, 19_616.0, src(2026, D, "Højeste sats: 89 % af højeste dagpengesats; borgere fra kontanthjælp får kontanthjælpsniveau, indtil de har haft fleksjob i 9 af de seneste 18 måneder", "Highest rate: 89% of the maximum unemployment benefit rate; citizens coming from social assistance get its level until they have had a flex job for 9 of the last 18 months")),
            rate(R::KontanthjaelpForhoejet, 13_060.0, src(2026, E, "Forhøjet sats 2025 (skøn) reguleret som den højeste dagpengesats, skøn", "The 2025 higher rate (estimate) indexed like the maximum unemployment benefit rate, estimate")),
            rate(R::KontanthjaelpForhoejetEnlig, 14_201.0, src(2026, E, "Forhøjet sats med tillæg til enlige 2025 (skøn) reguleret som den højeste dagpengesats, skøn", "The 2025 higher rate with the single person's add-on (estimate) indexed like the maximum unemployment benefit rate, estimate")),
            rate(R::KontanthjaelpForsorger, 15_970.0, src(2026, E, "Forhøjet sats med børnetillæg 2025 (skøn) reguleret som den højeste dagpengesats, skøn", "The 2025 higher rate with the child add-on (estimate) indexed like the maximum unemployment benefit rate, estimate")),
            rate(R::KontanthjaelpGrundsats, 7_405.0, src(2026, E, "Grundsats 2025 (skøn) reguleret som den højeste dagpengesats, skøn", "The 2025 basic rate (estimate) indexed like the maximum unemployment benefit rate, estimate")),
            KH_FREE_FORHOEJET,
            KH_FREE_GRUNDSATS,
            KH_DEDUCTION,
            rate(R::RessourceforloebForsorger, 17_735.0, src(2026, E, "2025-satsen satsreguleret til 2026, skøn; kun for borgere i et igangværende ressourceforløb", "The 2025 rate indexed to 2026, estimate; only for citizens on a resource course already running")),
            rate(R::RessourceforloebIkkeForsorger, 13_344.0, src(2026, E, "2025-satsen satsreguleret til 2026, skøn; kun for borgere i et igangværende ressourceforløb", "The 2025 rate indexed to 2026, estimate; only for citizens on a resource course already running")),
            rate(R::Foertidspension, 22_053.0, src(2026, E, "Førtidspension for enlige 2025 (skøn) reguleret som den højeste dagpengesats, skøn", "Disability pension for a single person 2025 (estimate) indexed like the maximum unemployment benefit rate, estimate")),
            REFUND,
            AM,
            BUNDSKAT,
            rate(R::Kommuneskat, 0.25049, src(2026, C, "Gennemsnitlig kommuneskat 2026: 25,049 % (skm.dk); skriv jeres egen kommunes sats", "Average municipal income tax 2026: 25.049% (skm.dk); enter your own municipality's rate")),
            rate(R::Beskaeftigelsesfradrag, 0.1275, src(2026, C, "Beskæftigelsesfradrag 12,75 % af arbejdsindkomsten, højst 63.300 kr. (skm.dk)", "Employment allowance 12.75% of earned income, at most DKK 63,300 (skm.dk)")),
            rate(R::IndustryMinimumWage, 143.35, src(2026, C, "Industriens Overenskomst, mindsteløn fra marts 2026", "Industry agreement (Industriens Overenskomst), minimum wage from March 2026")),
        ],
    },
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
