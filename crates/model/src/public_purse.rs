//! The public purse in one year (`../shared/model.md` §4): fleksløntilskud by the 30 %/55 % rule,
//! the benefit each person would otherwise draw, the state's refund and the income tax.

use super::common::total;
use super::outcome::{FlexJobMonth, Municipality, PublicParty, PublicPurse};
use super::rates::{RateId, RateTable};
use super::scenario::{FleksjobBaseline, GroupKind, ParticipantBenefit, Scenario, WorkforceGroup};

/// Months per year and weeks per month, as the fleksjob rules count them.
const MONTHS: f64 = 12.0;
const WEEKS_PER_MONTH: f64 = 52.0 / 12.0;

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
        subsidy,
        full_time_wage,
        baseline,
    }
}

/// The yearly public purse of `s` under `rates`, next to the municipality's purchases `m`.
pub fn public_purse(s: &Scenario, rates: &RateTable, m: &Municipality) -> PublicPurse {
    let p = &s.public;
    let baseline = rates.value(match p.fleksjob_baseline {
        FleksjobBaseline::Ledighedsydelse => RateId::Ledighedsydelse,
        FleksjobBaseline::Kontanthjaelp => RateId::Kontanthjaelp,
    });
    let groups: Vec<Option<FlexJobMonth>> = s
        .groups
        .iter()
        .map(|g| (g.kind == GroupKind::Fleksjob).then(|| flex_job_month(g, rates, baseline)))
        .collect();
    let per_group = |f: fn(&WorkforceGroup, &FlexJobMonth) -> f64| {
        total(
            s.groups
                .iter()
                .zip(&groups)
                .filter_map(|(g, m)| m.as_ref().map(|m| g.persons * MONTHS * f(g, m))),
        )
    };
    let transfers_change = per_group(|_, m| m.subsidy - m.baseline);
    // The wage without pension is taxed; the subsidy replaces the baseline benefit.
    let taxable_income_change = per_group(|g, m| {
        g.hourly_wage * g.hours_per_week * g.paid_share * WEEKS_PER_MONTH + m.subsidy - m.baseline
    });
    let tax_change = p.marginal_tax_rate * taxable_income_change;

    let benefit = rates.value(match p.participant_benefit {
        ParticipantBenefit::Kontanthjaelp => RateId::Kontanthjaelp,
        ParticipantBenefit::RessourceforloebForsorger => RateId::RessourceforloebForsorger,
        ParticipantBenefit::RessourceforloebIkkeForsorger => RateId::RessourceforloebIkkeForsorger,
    });
    let participant_benefits =
        s.persons_of(GroupKind::Participant) * s.municipal.occupancy * benefit * MONTHS;

    let party = |transfer_share: f64, tax_share: f64, purchases: f64| {
        let transfers = -transfer_share * transfers_change;
        let tax = tax_share * tax_change;
        PublicParty {
            transfers,
            tax,
            purchases,
            net: transfers + tax + purchases,
        }
    };
    let refund = p.state_refund_rate;
    let kommune = party(1.0 - refund, p.municipal_tax_share, -m.total);
    let stat = party(refund, 1.0 - p.municipal_tax_share, 0.0);
    let fleksjob_persons = s.persons_of(GroupKind::Fleksjob);
    PublicPurse {
        groups,
        fleksjob_persons,
        transfers_change,
        taxable_income_change,
        tax_change,
        participant_benefits,
        total_net: kommune.net + stat.net,
        per_fleksjob_person: (fleksjob_persons > 0.0)
            .then(|| (tax_change - transfers_change) / fleksjob_persons),
        kommune,
        stat,
    }
}
