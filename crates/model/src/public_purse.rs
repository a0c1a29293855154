//! The public purse in one year (`../shared/model.md` §4): fleksløntilskud by the 30 %/55 % rule,
//! the benefit each person would otherwise draw, the state's refund and the income tax, each kind
//! of income taxed at its own rate.

use super::common::total;
use super::outcome::{FlexJobMonth, Municipality, PublicParty, PublicPurse, TaxRates};
use super::rates::{RateId, RateTable};
use super::scenario::{
    FleksjobBaseline, GroupKind, KontanthjaelpRate, ParticipantBenefit, Scenario, WorkforceGroup,
};

/// Months per year and weeks per month, as the fleksjob rules count them.
const MONTHS: f64 = 12.0;
pub(crate) const WEEKS_PER_MONTH: f64 = 52.0 / 12.0;

/// The tax on one more krone of wage and of transfers, and the municipality's part of each, from
/// the rate year's tax parameters and the scenario's kommuneskat. A wage krone pays AM-bidrag,
/// then bundskat and kommuneskat on the rest, less the beskæftigelsesfradrag's worth (its share of
/// the wage, at the kommuneskat); a transfer krone pays bundskat and kommuneskat. Kirkeskat,
/// udligning and bloktilskud are left out.
pub fn tax_rates(rates: &RateTable, kommuneskat: f64) -> TaxRates {
    let am = rates.value(RateId::AmBidrag);
    let bund = rates.value(RateId::Bundskat);
    let fradrag = rates.value(RateId::Beskaeftigelsesfradrag);
    let wage_kommune = (1.0 - am - fradrag) * kommuneskat;
    TaxRates {
        wage: am + (1.0 - am) * bund + wage_kommune,
        wage_kommune,
        transfer: bund + kommuneskat,
        transfer_kommune: kommuneskat,
    }
}

/// The rate of `k` in `rates` (kr/month).
pub fn kontanthjaelp_rate(k: KontanthjaelpRate) -> RateId {
    match k {
        KontanthjaelpRate::Forhoejet => RateId::KontanthjaelpForhoejet,
        KontanthjaelpRate::ForhoejetEnlig => RateId::KontanthjaelpForhoejetEnlig,
        KontanthjaelpRate::Forsorger => RateId::KontanthjaelpForsorger,
        KontanthjaelpRate::Grundsats => RateId::KontanthjaelpGrundsats,
    }
}

/// The rate a fleksjob-approved person would draw without the job.
pub fn baseline_rate(s: &Scenario) -> RateId {
    match s.public.fleksjob_baseline {
        FleksjobBaseline::Ledighedsydelse => RateId::Ledighedsydelse,
        FleksjobBaseline::Kontanthjaelp => kontanthjaelp_rate(s.public.kontanthjaelp),
    }
}

/// The rate the participants draw during the offer.
pub fn participant_rate(s: &Scenario) -> RateId {
    match s.public.participant_benefit {
        ParticipantBenefit::Kontanthjaelp => kontanthjaelp_rate(s.public.kontanthjaelp),
        ParticipantBenefit::RessourceforloebForsorger => RateId::RessourceforloebForsorger,
        ParticipantBenefit::RessourceforloebIkkeForsorger => RateId::RessourceforloebIkkeForsorger,
    }
}

/// One fleksjob person's month under `rates`, with `baseline` the benefit they would otherwise draw.
pub fn flex_job_month(g: &WorkforceGroup, rates: &RateTable, baseline: f64) -> FlexJobMonth {
    let with_pension = g.hourly_wage * (1.0 + rates.value(RateId::FlexPensionRate));
    let wage = with_pension * g.hours_per_week * g.paid_share * WEEKS_PER_MONTH;
    let full_time_wage = with_pension * super::fields::FULL_TIME_HOURS_PER_WEEK * WEEKS_PER_MONTH;
    let threshold = rates.value(RateId::FlexThreshold);
    let reduction = rates.value(RateId::FlexReductionLow) * wage.min(threshold)
        + rates.value(RateId::FlexReductionHigh) * (wage - threshold).max(0.0);
    let subsidy = (rates.value(RateId::MaxFlexSubsidy) - reduction)
        .max(0.0)
        .min((full_time_wage - wage).max(0.0));
    FlexJobMonth {
        wage,
        taxed_wage: g.hourly_wage * g.hours_per_week * g.paid_share * WEEKS_PER_MONTH,
        subsidy,
        full_time_wage,
        baseline,
    }
}

/// A change in one person's (or many persons') income: transfers paid out and taxed wage.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct IncomeChange {
    /// More transfers paid out (kr; negative: fewer).
    pub transfers: f64,
    /// More wage earned, without pension (kr).
    pub wage: f64,
}

impl IncomeChange {
    /// The change scaled by `k` (persons, months, a share).
    pub fn times(self, k: f64) -> Self {
        IncomeChange {
            transfers: self.transfers * k,
            wage: self.wage * k,
        }
    }
}

/// What the municipality and the state gain from `change`: each bears its share of the transfers
/// (the state its refund) and takes its part of the tax on each kind of income.
pub fn split(change: IncomeChange, tax: &TaxRates, refund: f64) -> (f64, f64) {
    let kommune = -(1.0 - refund) * change.transfers
        + tax.wage_kommune * change.wage
        + tax.transfer_kommune * change.transfers;
    let stat = -refund * change.transfers
        + (tax.wage - tax.wage_kommune) * change.wage
        + (tax.transfer - tax.transfer_kommune) * change.transfers;
    (kommune, stat)
}

/// The yearly public purse of `s` under `rates`, next to the municipality's purchases `m`.
pub fn public_purse(s: &Scenario, rates: &RateTable, m: &Municipality) -> PublicPurse {
    let p = &s.public;
    let baseline = rates.value(baseline_rate(s));
    let groups: Vec<Option<FlexJobMonth>> = s
        .groups
        .iter()
        .map(|g| (g.kind == GroupKind::Fleksjob).then(|| flex_job_month(g, rates, baseline)))
        .collect();
    let per_group = |f: fn(&FlexJobMonth) -> f64| {
        total(
            s.groups
                .iter()
                .zip(&groups)
                .filter_map(|(g, m)| m.as_ref().map(|m| g.persons * MONTHS * f(m))),
        )
    };
    // The subsidy replaces the baseline benefit; the wage without pension is earned on top.
    let transfers_change = per_group(|m| m.subsidy - m.baseline);
    let wage_change = per_group(|m| m.taxed_wage);
    let tax = tax_rates(rates, p.kommuneskat);
    let tax_change = tax.wage * wage_change + tax.transfer * transfers_change;

    let participant_benefits = s.persons_of(GroupKind::Participant)
        * s.municipal.occupancy
        * rates.value(participant_rate(s))
        * MONTHS;

    let change = IncomeChange {
        transfers: transfers_change,
        wage: wage_change,
    };
    let refund = p.state_refund_rate;
    let (kommune_gain, stat_gain) = split(change, &tax, refund);
    let kommune_transfers = -(1.0 - refund) * transfers_change;
    let stat_transfers = -refund * transfers_change;
    let kommune = PublicParty::new(
        kommune_transfers,
        kommune_gain - kommune_transfers,
        -m.total,
    );
    let stat = PublicParty::new(stat_transfers, stat_gain - stat_transfers, 0.0);
    let fleksjob_persons = s.persons_of(GroupKind::Fleksjob);
    PublicPurse {
        groups,
        fleksjob_persons,
        transfers_change,
        wage_change,
        tax,
        tax_change,
        participant_benefits,
        total_net: kommune.net + stat.net,
        per_fleksjob_person: (fleksjob_persons > 0.0)
            .then(|| (tax_change - transfers_change) / fleksjob_persons),
        kommune,
        stat,
    }
}
