//! The partnership over the years (`../shared/model.md` §5): month by month, expected values (a
//! "person" may be a fraction), fixed prices of the rate year. Each month's money is one twelfth
//! of the one-year formulas (§3, §4) for that month's scenario: the places filled by those still in
//! a course, the first fleksjob group enlarged by the former participants who took a fleksjob
//! through the social enterprise, and, once a department is a company of its own, a fleksjob
//! group working for other customers. Former participants change the public purse against what
//! they would otherwise have drawn (the counterfactual).

use super::evaluate::evaluate;
use super::outcome::Outcome;
use super::public_purse::{
    baseline_rate, flex_job_month, kontanthjaelp_rate, participant_rate, split, tax_rates,
    IncomeChange, WEEKS_PER_MONTH,
};
use super::rates::{self, RateId};
use super::scenario::{GroupKind, KontanthjaelpRate, Organisation, Scenario, WorkforceGroup};
use serde::Serialize;

/// The parties whose result is projected, in the order of the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Party {
    /// The company: its net benefit, or its result with the department.
    Company,
    /// The social enterprise's result, once it is a company of its own.
    SocialEnterprise,
    /// The municipality.
    Kommune,
    /// The state.
    Stat,
    /// Kommune and stat together.
    PublicTotal,
}

impl Party {
    /// Every party, in the order of the page.
    pub const ALL: [Party; 5] = [
        Party::Company,
        Party::SocialEnterprise,
        Party::Kommune,
        Party::Stat,
        Party::PublicTotal,
    ];
}

/// Persons by where they are (expected values; fractions are expected).
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Persons {
    /// In a course (the places filled).
    pub course: f64,
    /// In a fleksjob through the social enterprise, at the company.
    pub flex_via_se: f64,
    /// In a fleksjob elsewhere, outside the partnership's books.
    pub flex_elsewhere: f64,
    /// In an unsubsidised job.
    pub ordinary: f64,
    /// On ledighedsydelse after losing a fleksjob.
    pub ledighedsydelse: f64,
    /// Left a course without a job.
    pub without_job: f64,
    /// Participants ever started: those at the start and every refill.
    pub started: f64,
    /// Fleksjob persons working for the spin-off's other customers (not former participants).
    pub external: f64,
}

impl Persons {
    /// Where every participant ever started is now: course, jobs, ledighedsydelse, without a job.
    pub fn accounted(&self) -> f64 {
        self.course
            + self.flex_via_se
            + self.flex_elsewhere
            + self.ordinary
            + self.ledighedsydelse
            + self.without_job
    }
}

/// One year of the projection.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct YearFigures {
    /// The year, from 1.
    pub year: u32,
    /// The company's result (kr/year): its net benefit, or its result with the department.
    pub company: f64,
    /// The social enterprise's result (kr/year); `None` in a year it is a department throughout.
    pub social_enterprise: Option<f64>,
    /// The municipality's net (kr/year).
    pub kommune: f64,
    /// The state's net (kr/year).
    pub stat: f64,
    /// kommune + stat (kr/year).
    pub public_total: f64,
    /// What pays the socialpædagog in the year: margin, course and mentor payments (kr/year).
    pub funding: f64,
    /// The socialpædagog's cost in the year (kr/year).
    pub support_cost: f64,
    /// funding ÷ support cost; `None` without support staff.
    pub coverage: Option<f64>,
    /// Months of the year in which the social enterprise is a department of the company.
    pub department_months: u32,
    /// Persons at the end of the year.
    pub persons: Persons,
    /// Course leavers who took a job (fleksjob or unsubsidised) in the year.
    pub job_entries: f64,
    /// Persons on ledighedsydelse who took a fleksjob again in the year.
    pub back_to_job: f64,
}

impl YearFigures {
    /// The year's figure for `party`; the social enterprise has none while a department.
    pub fn of(&self, party: Party) -> Option<f64> {
        match party {
            Party::Company => Some(self.company),
            Party::SocialEnterprise => self.social_enterprise,
            Party::Kommune => Some(self.kommune),
            Party::Stat => Some(self.stat),
            Party::PublicTotal => Some(self.public_total),
        }
    }
}

/// One party's figures over the years.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PartySeries {
    /// The party.
    pub party: Party,
    /// Each year's figure; `None` where the party has none (a department's social enterprise).
    pub yearly: Vec<Option<f64>>,
    /// The running sum, year by year (kr).
    pub cumulative: Vec<f64>,
    /// The running sum of present values, year by year (kr).
    pub discounted: Vec<f64>,
    /// The present value of every year: Σ v_y ÷ (1 + r)^y, end-of-year convention (kr).
    pub present_value: f64,
    /// The first year from which the discounted running sum stays at or above zero to the end,
    /// having become positive; `None`: not within the horizon.
    pub positive_from: Option<u32>,
    /// The last year's figure: the lasting effect, as fleksjob effects outlast the horizon.
    pub last_year: Option<f64>,
}

/// What the former participants would otherwise have drawn, as the projection assumes.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Counterfactual {
    /// Share whose job would have come anyway: no effect (fraction).
    pub deadweight: f64,
    /// Share who would otherwise have ended on førtidspension (fraction).
    pub otherwise_fp: f64,
    /// Share who would otherwise have kept the participant benefit (fraction).
    pub otherwise_benefit: f64,
    /// The participant benefit (kr/month).
    pub benefit: f64,
    /// Which rate the participant benefit is.
    pub benefit_rate: RateId,
    /// Førtidspension for a single person (kr/month).
    pub foertidspension: f64,
}

/// The projection of a scenario.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Projected {
    /// Years projected.
    pub years: u32,
    /// Each year's figures.
    pub rows: Vec<YearFigures>,
    /// Each party over the years, in the order of [`Party::ALL`].
    pub parties: Vec<PartySeries>,
    /// The municipality with no førtidspension share (that share kept on the participant benefit
    /// instead): the least evidenced lever, shown beside the chosen one.
    pub kommune_without_fp: PartySeries,
    /// What the figures assume former participants would otherwise have drawn.
    pub counterfactual: Counterfactual,
    /// The real discount rate used (fraction).
    pub discount_rate: f64,
}

impl Projected {
    /// The series of `party`.
    pub fn party(&self, party: Party) -> &PartySeries {
        // Built in the order of Party::ALL, so the index always exists.
        &self.parties[party as usize]
    }
}

/// Projects a validated scenario over its years. Never panics; an invalid scenario may give
/// non-finite numbers (as [`evaluate`] does).
pub fn project(s: &Scenario) -> Projected {
    let (rows, parties, without_fp) = run(s);
    let r = s.projection.discount_rate;
    let kommune_without_fp = series(
        Party::Kommune,
        without_fp.into_iter().map(Some).collect(),
        r,
    );
    let p = &s.projection;
    let table = rates::for_year(s.rate_year);
    let benefit_rate = participant_rate(s);
    Projected {
        years: rows.len() as u32,
        rows,
        parties,
        kommune_without_fp,
        counterfactual: Counterfactual {
            deadweight: p.deadweight,
            otherwise_fp: p.otherwise_fp,
            otherwise_benefit: 1.0 - p.deadweight - p.otherwise_fp,
            benefit: table.value(benefit_rate),
            benefit_rate,
            foertidspension: table.value(RateId::Foertidspension),
        },
        discount_rate: r,
    }
}

/// The stocks at the start of a month.
#[derive(Clone, Copy, Default)]
struct Stocks {
    course: f64,
    flex_se: f64,
    flex_else: f64,
    ordinary: f64,
    ly: f64,
    external: f64,
    without_job: f64,
    started: f64,
}

/// The money of one month (kr/month).
#[derive(Clone, Copy, Default)]
struct Month {
    company: f64,
    se: Option<f64>,
    kommune: f64,
    stat: f64,
    funding: f64,
    support_cost: f64,
}

/// The month's scenario: `base` with the places filled by `course`, the first fleksjob group
/// enlarged by `flex_se`, the organisation of month `t`, and (`external`) the group working for
/// other customers.
struct MonthScenario {
    scenario: Scenario,
    places: f64,
    flex_group: Option<usize>,
    flex_persons: f64,
    external_group: Option<usize>,
    department_until: u32,
}

impl MonthScenario {
    fn new(s: &Scenario) -> Self {
        let mut scenario = s.clone();
        let places = s.persons_of(GroupKind::Participant);
        let via_se = s.projection.via_se;
        let mut flex_group = s.groups.iter().position(|g| g.kind == GroupKind::Fleksjob);
        if flex_group.is_none() && via_se {
            let mut g = WorkforceGroup::new(GroupKind::Fleksjob);
            g.persons = 0.0;
            scenario.groups.push(g);
            flex_group = Some(scenario.groups.len() - 1);
        }
        let flex_persons = flex_group.map_or(0.0, |i| scenario.groups[i].persons);
        let department = s.organisation == Organisation::Department;
        let department_until = if department {
            // The first separate month; a whole number in 1–120 once validated.
            s.projection.spin_off_month.clamp(1.0, 1e6) as u32
        } else {
            0
        };
        let external_group = (department && s.projection.external_jobs_per_year > 0.0).then(|| {
            let mut g = flex_group
                .map(|i| scenario.groups[i].clone())
                .unwrap_or_else(|| WorkforceGroup::new(GroupKind::Fleksjob));
            g.persons = 0.0;
            g.billed = true;
            scenario.groups.push(g);
            scenario.groups.len() - 1
        });
        MonthScenario {
            scenario,
            places,
            flex_group,
            flex_persons,
            external_group,
            department_until,
        }
    }

    /// The company's and the social enterprise's view of month `t` with `stocks`: the outcome
    /// with every group, and the company's without the group for other customers.
    fn outcomes(&mut self, t: u32, stocks: &Stocks) -> (Outcome, Option<Outcome>) {
        let sc = &mut self.scenario;
        if self.places > 0.0 {
            sc.municipal.occupancy = stocks.course / self.places;
        }
        if let Some(i) = self.flex_group {
            sc.groups[i].persons = self.flex_persons + stocks.flex_se;
        }
        let department = t < self.department_until;
        sc.organisation = if department {
            Organisation::Department
        } else {
            Organisation::Separate
        };
        match self.external_group {
            Some(i) if stocks.external > 0.0 => {
                sc.groups[i].persons = stocks.external;
                let all = evaluate(sc);
                sc.groups[i].persons = 0.0;
                (all, Some(evaluate(sc)))
            }
            _ => (evaluate(sc), None),
        }
    }
}

/// A former participant's month in an unsubsidised job at the industry minimum wage: the wage,
/// and the kontanthjælp that tops a small wage up (the participants' rate less 65 % of the wage
/// above the free amount, wage and benefit together at most the highest dagpenge rate).
pub fn ordinary_job(s: &Scenario, table: &rates::RateTable) -> IncomeChange {
    let wage =
        table.value(RateId::IndustryMinimumWage) * s.projection.ordinary_hours * WEEKS_PER_MONTH;
    let k = s.public.kontanthjaelp;
    let free = table.value(if k == KontanthjaelpRate::Grundsats {
        RateId::KontanthjaelpDisregardGrundsats
    } else {
        RateId::KontanthjaelpDisregardForhoejet
    });
    let benefit = table.value(kontanthjaelp_rate(k));
    let deducted = table.value(RateId::KontanthjaelpDeduction) * (wage - free).max(0.0);
    // Wage and benefit together stay below the highest dagpenge rate (above it, the wage is
    // deducted krone for krone; the grundsats's lower ceiling of 85 % is not modelled).
    let ceiling = table.value(RateId::TopDagpenge) - wage;
    IncomeChange {
        transfers: (benefit - deducted).min(ceiling).max(0.0),
        wage,
    }
}

/// Runs the months: each year's figures, each party's series, and the municipality's figure of
/// each year with no førtidspension share (that share kept on the participant benefit instead;
/// only what former participants would otherwise have drawn differs, so it is summed alongside).
fn run(s: &Scenario) -> (Vec<YearFigures>, Vec<PartySeries>, Vec<f64>) {
    let p = &s.projection;
    let years = p.years.clamp(1.0, 10.0) as u32;
    let table = rates::for_year(s.rate_year);
    let tax = tax_rates(table, s.public.kommuneskat);
    let refund = s.public.state_refund_rate;
    let weeks = s.frame.weeks_per_year;

    // The year formulas of the scenario as entered: the public effect of its own fleksjob
    // groups against their baseline, the same every month.
    let base = evaluate(s);
    let base_kommune = base.public.kommune.transfers + base.public.kommune.tax;
    let base_stat = base.public.stat.transfers + base.public.stat.tax;

    // A former participant's month in each state, by the first fleksjob group's terms.
    let terms = s
        .groups
        .iter()
        .find(|g| g.kind == GroupKind::Fleksjob)
        .cloned()
        .unwrap_or_else(|| WorkforceGroup::new(GroupKind::Fleksjob));
    let flex = flex_job_month(&terms, table, table.value(baseline_rate(s)));
    let in_flex = IncomeChange {
        transfers: flex.subsidy,
        wage: flex.taxed_wage,
    };
    let in_ordinary = ordinary_job(s, table);
    let on_ly = IncomeChange {
        transfers: table.value(RateId::Ledighedsydelse),
        wage: 0.0,
    };
    let otherwise = (1.0 - p.deadweight - p.otherwise_fp) * table.value(participant_rate(s))
        + p.otherwise_fp * table.value(RateId::Foertidspension);
    let otherwise_without_fp = (1.0 - p.deadweight) * table.value(participant_rate(s));
    let external_change = IncomeChange {
        transfers: flex.subsidy - flex.baseline,
        wage: flex.taxed_wage,
    }
    .times(1.0 - p.deadweight);

    let mut month_scenario = MonthScenario::new(s);
    let places = month_scenario.places;
    let mut st = Stocks {
        course: places * s.municipal.occupancy,
        ..Stocks::default()
    };
    st.started = st.course;
    let (lose_rate, back_rate) = (p.job_exit_per_year / 12.0, p.back_to_job_per_year / 12.0);
    let course_months = p.course_months;
    let cap = p.via_se_cap;

    let mut rows = Vec::with_capacity(years as usize);
    let mut without_fp = Vec::with_capacity(years as usize);
    for year in 1..=years {
        let mut sum = Month::default();
        let mut kommune_without_fp = 0.0;
        let mut se_months = 0u32;
        let (mut entries, mut back_total) = (0.0, 0.0);
        for m in 1..=12 {
            let t = (year - 1) * 12 + m;
            // Money of the month, from the stocks at its start.
            let (all, company_view) = month_scenario.outcomes(t, &st);
            let department = t < month_scenario.department_until;
            let company_outcome = company_view.as_ref().unwrap_or(&all);
            // With the department, the company's result includes the department's.
            let company = if department {
                company_outcome.company.net_benefit + company_outcome.social_enterprise.result
            } else {
                company_outcome.company.net_benefit
            };
            let former = st.flex_se + st.flex_else + st.ordinary + st.ly;
            let now = IncomeChange {
                transfers: (st.flex_se + st.flex_else) * in_flex.transfers
                    + st.ordinary * in_ordinary.transfers
                    + st.ly * on_ly.transfers,
                wage: (st.flex_se + st.flex_else) * in_flex.wage + st.ordinary * in_ordinary.wage,
            };
            let change = IncomeChange {
                transfers: (1.0 - p.deadweight) * now.transfers - former * otherwise,
                wage: (1.0 - p.deadweight) * now.wage,
            };
            let (k, st_gain) = split(change, &tax, refund);
            let (kx, sx) = split(external_change.times(st.external), &tax, refund);
            let purchases = all.municipality.total / 12.0;
            let activation = p.activation_per_week * st.course * weeks / 12.0;
            sum.company += company / 12.0;
            if !department {
                se_months += 1;
                sum.se = Some(sum.se.unwrap_or(0.0) + all.social_enterprise.result / 12.0);
            }
            let kommune = base_kommune / 12.0 - purchases + activation + k + kx;
            sum.kommune += kommune;
            // The same month with no førtidspension share: the former participants would
            // otherwise have drawn less, so their transfers saved change by former × the difference.
            let fewer = IncomeChange {
                transfers: former * (otherwise - otherwise_without_fp),
                wage: 0.0,
            };
            kommune_without_fp += kommune + split(fewer, &tax, refund).0;
            sum.stat += base_stat / 12.0 + st_gain + sx;
            sum.funding += all.coverage.funding / 12.0;
            sum.support_cost += all.coverage.support_cost / 12.0;

            // The flows at the end of the month.
            let leaving = if course_months > 0.0 {
                st.course / course_months
            } else {
                0.0
            };
            let to_flex = p.flex_share * leaving;
            let to_ordinary = p.ordinary_share * leaving;
            let lose_se = lose_rate * st.flex_se;
            let lose_else = lose_rate * st.flex_else;
            let back = back_rate * st.ly;
            let room = if p.via_se {
                (cap - (st.flex_se - lose_se)).max(0.0)
            } else {
                0.0
            };
            let to_se = (to_flex + back).min(room);
            let to_else = to_flex + back - to_se;
            let refill = if p.refill { leaving } else { 0.0 };
            st.course += refill - leaving;
            st.started += refill;
            st.flex_se += to_se - lose_se;
            st.flex_else += to_else - lose_else;
            st.ordinary += to_ordinary;
            st.ly += lose_se + lose_else - back;
            st.without_job += leaving - to_flex - to_ordinary;
            if t >= month_scenario.department_until && month_scenario.external_group.is_some() {
                st.external += p.external_jobs_per_year / 12.0;
            }
            entries += to_flex + to_ordinary;
            back_total += back;
        }
        without_fp.push(kommune_without_fp);
        rows.push(YearFigures {
            year,
            company: sum.company,
            social_enterprise: sum.se,
            kommune: sum.kommune,
            stat: sum.stat,
            public_total: sum.kommune + sum.stat,
            funding: sum.funding,
            support_cost: sum.support_cost,
            coverage: (sum.support_cost > 0.0).then(|| sum.funding / sum.support_cost),
            department_months: 12 - se_months,
            persons: Persons {
                course: st.course,
                flex_via_se: st.flex_se,
                flex_elsewhere: st.flex_else,
                ordinary: st.ordinary,
                ledighedsydelse: st.ly,
                without_job: st.without_job,
                started: st.started,
                external: st.external,
            },
            job_entries: entries,
            back_to_job: back_total,
        });
    }
    let r = p.discount_rate;
    let parties = Party::ALL
        .iter()
        .map(|&party| series(party, rows.iter().map(|y| y.of(party)).collect(), r))
        .collect();
    (rows, parties, without_fp)
}

/// A party's series from its yearly figures, discounted at `r`.
fn series(party: Party, yearly: Vec<Option<f64>>, r: f64) -> PartySeries {
    let mut cumulative = Vec::with_capacity(yearly.len());
    let mut discounted = Vec::with_capacity(yearly.len());
    let (mut c, mut d) = (0.0, 0.0);
    for (i, v) in yearly.iter().enumerate() {
        let v = v.unwrap_or(0.0);
        c += v;
        d += v / (1.0 + r).powi(i as i32 + 1);
        cumulative.push(c);
        discounted.push(d);
    }
    // §5: the first year from which the discounted running sum stays at or above zero to the
    // end, counting only years in which the party has a figure of its own (a department's social
    // enterprise is not positive by a zero); and it must end above zero (nothing at all is not
    // "positive" either).
    let present_value = discounted.last().copied().unwrap_or(0.0);
    let mut positive_from = None;
    if present_value > 0.0 {
        for (i, &v) in discounted.iter().enumerate().rev() {
            if v < 0.0 || !v.is_finite() {
                break;
            }
            if yearly[i].is_some() {
                positive_from = Some(i as u32 + 1);
            }
        }
    }
    PartySeries {
        party,
        present_value,
        last_year: yearly.last().copied().flatten(),
        yearly,
        cumulative,
        discounted,
        positive_from,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn positive_from(yearly: &[f64]) -> Option<u32> {
        series(
            Party::Kommune,
            yearly.iter().map(|v| Some(*v)).collect(),
            0.035,
        )
        .positive_from
    }

    #[test]
    fn the_year_a_net_turns_positive_by_hand() {
        // −100, 50, 80 at 3.5 %: −96.62, −49.94, +22.21: positive from year 3.
        let s = series(
            Party::Kommune,
            vec![Some(-100.0), Some(50.0), Some(80.0)],
            0.035,
        );
        assert!((s.discounted[0] + 96.618_357).abs() < 1e-5);
        assert!((s.discounted[1] + 49.942_822).abs() < 1e-5);
        assert!((s.discounted[2] - 22.212_594).abs() < 1e-5);
        assert!((s.present_value - 22.212_594).abs() < 1e-5);
        assert_eq!(s.positive_from, Some(3));
        assert_eq!(s.cumulative, vec![-100.0, -50.0, 30.0]);
        // Positive, then below zero again at the end: not within the horizon.
        assert_eq!(positive_from(&[-100.0, 150.0, -60.0]), None);
        // Positive in year 1, negative in year 2, positive again from year 3.
        assert_eq!(positive_from(&[10.0, -20.0, 30.0]), Some(3));
        // Zero throughout is not "positive"; zero, then a gain, is positive from the zero on
        // (the running sum never falls below zero from there).
        assert_eq!(positive_from(&[0.0, 0.0]), None);
        assert_eq!(positive_from(&[0.0, 5.0]), Some(1));
        // A department's SE (no figure) is not positive by a zero.
        let se = series(Party::SocialEnterprise, vec![None, Some(5.0)], 0.035);
        assert_eq!(se.positive_from, Some(2));
    }
}
