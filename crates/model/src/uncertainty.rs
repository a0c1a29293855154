//! How sure the answer is (`../shared/model.md` §6, Monte Carlo): the inputs the user marks as
//! uncertain, each with a low and a high end around its own value (the most likely), drawn from a
//! triangular distribution N times with a named, seeded generator; each draw carries its one set
//! of inputs through the one-year outcome and through every month and year of the projection, for
//! every party.
//!
//! The generator is PCG32 (`rand_pcg::Pcg32`, value-stable: the same seed gives the same numbers
//! on every machine and in the browser), seeded with `seed_from_u64(seed)`. Each draw takes one
//! 64-bit number per uncertain input, in the order they were marked, whether the draw turns out valid
//! or not, so a draw's inputs depend only on the seed and its position.
//!
//! The simulation runs in steps ([`Simulation::step`]) so that the page can run it in slices
//! between frames; the result is the same however it is sliced.

use super::fields::FieldPath;
use super::scenario::Scenario;
pub use super::scenario::{Range, Uncertainty, DEFAULT_DRAWS, DEFAULT_SEED};
use super::sensitivity::{measure_each, Horizon, Output};
use super::validate::{check_value, every_path, shares_above_one, validate, MessageKey, Severity};
use rand_core::{RngCore, SeedableRng};
use rand_pcg::Pcg32;
use serde::Serialize;

/// The numbers of draws the page offers.
pub const DRAW_CHOICES: [u32; 3] = [1_000, 10_000, 100_000];

/// Fewest draws a scenario may ask for (fewer say nothing of a P10).
pub const MIN_DRAWS: u32 = 100;

/// Most draws a scenario may ask for.
pub const MAX_DRAWS: u32 = 100_000;

/// Bars of a histogram.
pub const HISTOGRAM_BINS: usize = 24;

/// The name of the generator, as the page and the docs give it.
pub const GENERATOR: &str = "PCG32 (rand_pcg 0.9)";

/// Which end of a range a problem is at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum End {
    /// The low end.
    Low,
    /// The high end.
    High,
}

/// What is wrong with one range; the page shows it at the range.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct RangeProblem {
    /// The input whose range it is.
    pub input: FieldPath,
    /// The end it is at; `None` for the range as a whole.
    pub end: Option<End>,
    /// What is wrong.
    pub message: MessageKey,
}

/// A default range for the input at `path` of `s`: its typical range where the value lies in it,
/// else 20 % either side of the value (a value of 0: its typical range, or its limits), within
/// the input's limits (whole for whole inputs).
pub fn default_range(s: &Scenario, path: FieldPath) -> Option<Range> {
    let value = s.get(path)?;
    let spec = path.field.spec();
    let (a, b) = (value * 0.8, value * 1.2);
    let (low, high) = match s.typical_at(path) {
        Some((lo, hi)) if lo <= value && value <= hi && lo < hi => (lo, hi),
        // 20 % either side, whatever the sign; a value of 0 takes the input's typical range, or
        // its limits.
        _ if a != b => (a.min(b), a.max(b)),
        _ => s.typical_at(path).unwrap_or((spec.min, spec.max)),
    };
    let (mut low, mut high) = (low.min(value).max(spec.min), high.max(value).min(spec.max));
    if spec.whole {
        low = low.floor();
        high = high.ceil();
    }
    Some(Range {
        input: path,
        low,
        high,
    })
}

/// The ranges that apply to `s`: those of inputs that exist and are on screen (a range of a
/// field that the scenario's choices hide is kept, but not drawn).
pub fn applying(s: &Scenario) -> impl Iterator<Item = &Range> {
    s.uncertainty
        .ranges
        .iter()
        .filter(|r| s.get(r.input).is_some() && s.is_shown(r.input))
}

/// Every problem of the ranges of `s` that apply, and of its number of draws: an end outside the
/// input's limits, the low end above the high end, the value (the most likely) outside the range.
/// A bad range stops the simulation, never the results of the inputs themselves.
pub fn check_ranges(s: &Scenario) -> Vec<RangeProblem> {
    let mut out = Vec::new();
    for r in applying(s) {
        let mut ends_ok = true;
        for (end, v) in [(End::Low, r.low), (End::High, r.high)] {
            if let Some(p) = check_value(r.input, v) {
                ends_ok = false;
                out.push(RangeProblem {
                    input: r.input,
                    end: Some(end),
                    message: p.message,
                });
            }
        }
        if !ends_ok {
            continue;
        }
        if r.low > r.high {
            out.push(RangeProblem {
                input: r.input,
                end: Some(End::High),
                message: MessageKey::HighBelowLow { low: r.low },
            });
        } else if let Some(v) = s.get(r.input).filter(|v| *v < r.low || *v > r.high) {
            out.push(RangeProblem {
                input: r.input,
                end: None,
                message: MessageKey::MostLikelyOutside {
                    value: v,
                    low: r.low,
                    high: r.high,
                },
            });
        }
    }
    out
}

/// The value at quantile `u` (0–1) of the triangular distribution from `low` over `mode` to
/// `high` (low ≤ mode ≤ high; all three equal gives that value).
pub fn triangular(low: f64, mode: f64, high: f64, u: f64) -> f64 {
    let width = high - low;
    if width <= 0.0 {
        return low;
    }
    let left = (mode - low) / width;
    if u < left {
        low + (u * width * (mode - low)).sqrt()
    } else {
        high - ((1.0 - u) * width * (high - mode)).sqrt()
    }
}

/// The number in [0, 1) made of the top 53 bits of `bits`: exact, the same on every machine.
fn unit_interval(bits: u64) -> f64 {
    (bits >> 11) as f64 * (1.0 / 9_007_199_254_740_992.0)
}

/// One input as the simulation draws it.
#[derive(Clone, Copy, Debug)]
struct Drawn {
    path: FieldPath,
    low: f64,
    mode: f64,
    high: f64,
    whole: bool,
}

/// Every output the simulation measures, year one and over the years, in this order.
pub const MEASURED: [(Output, Horizon); 10] = [
    (Output::Coverage, Horizon::YearOne),
    (Output::SeResult, Horizon::YearOne),
    (Output::CompanyNet, Horizon::YearOne),
    (Output::KommuneNet, Horizon::YearOne),
    (Output::PublicTotal, Horizon::YearOne),
    (Output::Coverage, Horizon::Years),
    (Output::SeResult, Horizon::Years),
    (Output::CompanyNet, Horizon::Years),
    (Output::KommuneNet, Horizon::Years),
    (Output::PublicTotal, Horizon::Years),
];

/// A simulation under way: the draws made so far.
#[derive(Clone, Debug)]
pub struct Simulation {
    scenario: Scenario,
    inputs: Vec<Drawn>,
    rng: Pcg32,
    horizons: Vec<Horizon>,
    seed: u32,
    /// Whether the scenario itself is valid: then a draw can only break the rules of the inputs
    /// it draws (their limits, and the shares of the same people), which is all it checks.
    base_valid: bool,
    total: u32,
    done: u32,
    invalid: u32,
    /// The outputs of each valid draw, NaN where one does not apply, `MEASURED.len()` a draw.
    values: Vec<f64>,
    /// Each output with every input at its value, in the order of [`MEASURED`].
    base: [Option<f64>; 10],
    /// The spreads worked out so far, once every draw is made ([`Simulation::summarize`]).
    spreads: Vec<Spread>,
    /// The next of [`MEASURED`] to work out.
    next: usize,
}

impl Simulation {
    /// A simulation of `s` over `horizons` (year one, the years, or both), with `s`'s seed and
    /// number of draws; `None` while a range has a problem ([`check_ranges`]) or the draws are
    /// outside [`MIN_DRAWS`]–[`MAX_DRAWS`]. With no uncertain input every draw is the scenario
    /// itself.
    pub fn new(s: &Scenario, horizons: &[Horizon]) -> Option<Simulation> {
        let u = &s.uncertainty;
        if !check_ranges(s).is_empty() || !(MIN_DRAWS..=MAX_DRAWS).contains(&u.draws) {
            return None;
        }
        let inputs = applying(s)
            .filter_map(|r| {
                Some(Drawn {
                    path: r.input,
                    low: r.low,
                    mode: s.get(r.input)?,
                    high: r.high,
                    whole: r.input.field.spec().whole,
                })
            })
            .collect();
        Some(Simulation {
            scenario: s.clone(),
            inputs,
            rng: Pcg32::seed_from_u64(u64::from(u.seed)),
            horizons: horizons.to_vec(),
            seed: u.seed,
            base_valid: !validate(s).iter().any(|p| p.severity == Severity::Error),
            total: u.draws,
            done: 0,
            invalid: 0,
            values: Vec::with_capacity(u.draws as usize * MEASURED.len()),
            base: {
                let mut base = [None; 10];
                for (i, h) in [Horizon::YearOne, Horizon::Years].into_iter().enumerate() {
                    if horizons.contains(&h) {
                        base[i * 5..i * 5 + 5].copy_from_slice(&measure_each(s, h));
                    }
                }
                base
            },
            spreads: Vec::new(),
            next: 0,
        })
    }

    /// The paths of the inputs drawn, in the order they were marked.
    pub fn inputs(&self) -> Vec<FieldPath> {
        self.inputs.iter().map(|d| d.path).collect()
    }

    /// The next set of inputs, set into the working scenario.
    fn draw_inputs(&mut self) {
        for d in &self.inputs {
            let u = unit_interval(self.rng.next_u64());
            let mut v = triangular(d.low, d.mode, d.high, u);
            if d.whole {
                v = v.round();
            }
            self.scenario.set(d.path, v);
        }
    }

    /// Whether the working scenario, with a draw set into it, breaks no rule. From a valid
    /// scenario only the drawn inputs changed: their own limits and the one rule between fields
    /// (shares of the same people) are all that can fail, and checking just those is 7 times
    /// faster than validating everything (which is what an invalid scenario gets).
    fn draw_is_valid(&self) -> bool {
        let s = &self.scenario;
        if !self.base_valid {
            return !validate(s).iter().any(|p| p.severity == Severity::Error);
        }
        self.inputs.iter().all(|d| {
            s.get(d.path)
                .is_some_and(|v| check_value(d.path, v).is_none())
        }) && !shares_above_one(s)
    }

    /// The input values of the next `n` draws, without measuring them (for tests: the same seed
    /// gives the same inputs everywhere). Consumes the draws.
    pub fn draw_only(&mut self, n: u32) -> Vec<Vec<f64>> {
        let mut out = Vec::new();
        for _ in 0..n.min(self.total - self.done) {
            self.draw_inputs();
            self.done += 1;
            out.push(
                self.inputs
                    .iter()
                    .map(|d| self.scenario.get(d.path).unwrap_or(f64::NAN))
                    .collect(),
            );
        }
        out
    }

    /// Makes up to `n` more draws; returns whether every draw is made.
    pub fn step(&mut self, n: u32) -> bool {
        let n = n.min(self.total - self.done);
        for _ in 0..n {
            self.draw_inputs();
            self.done += 1;
            let s = &self.scenario;
            if !self.draw_is_valid() {
                self.invalid += 1;
                continue;
            }
            for horizon in [Horizon::YearOne, Horizon::Years] {
                let values = if self.horizons.contains(&horizon) {
                    measure_each(s, horizon)
                } else {
                    [None; 5]
                };
                self.values
                    .extend(values.iter().map(|v| v.unwrap_or(f64::NAN)));
            }
        }
        self.is_done()
    }

    /// Whether every draw is made.
    pub fn is_done(&self) -> bool {
        self.done >= self.total
    }

    /// Draws made so far, and in all.
    pub fn progress(&self) -> (u32, u32) {
        (self.done, self.total)
    }

    /// Works out the spread of the next output once every draw is made; returns whether every
    /// output's is done. One output's spread (its quantiles and histogram over up to 100,000
    /// draws) is a slice of work of its own, so the page can run these between frames too.
    pub fn summarize(&mut self) -> bool {
        if !self.is_done() {
            return false;
        }
        while let Some((i, (output, horizon))) = MEASURED.iter().enumerate().nth(self.next) {
            self.next += 1;
            if !self.horizons.contains(horizon) {
                continue;
            }
            let column: Vec<f64> = self
                .values
                .iter()
                .skip(i)
                .step_by(MEASURED.len())
                .copied()
                .filter(|v| !v.is_nan())
                .collect();
            self.spreads
                .push(Spread::of(*output, *horizon, column, self.base[i]));
            return self.next >= MEASURED.len();
        }
        true
    }

    /// What the draws show: every draw made and every spread worked out first, if they are not
    /// yet.
    pub fn summary(&mut self) -> Summary {
        self.step(u32::MAX);
        while !self.summarize() {}
        Summary {
            seed: self.seed,
            draws: self.done,
            invalid: self.invalid,
            inputs: self.inputs(),
            spreads: self.spreads.clone(),
        }
    }
}

/// What a simulation shows.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Summary {
    /// The seed drawn with.
    pub seed: u32,
    /// Draws made.
    pub draws: u32,
    /// Draws whose inputs together failed validation (counted, and left out of every spread).
    pub invalid: u32,
    /// The inputs drawn.
    pub inputs: Vec<FieldPath>,
    /// Each output's spread, in the order of [`MEASURED`].
    pub spreads: Vec<Spread>,
}

impl Summary {
    /// The spread of `output` over `horizon`, if it was measured.
    pub fn spread(&self, output: Output, horizon: Horizon) -> Option<&Spread> {
        self.spreads
            .iter()
            .find(|s| s.output == output && s.horizon == horizon)
    }
}

/// How one output spreads over the draws.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Spread {
    /// The output.
    pub output: Output,
    /// Over which time.
    pub horizon: Horizon,
    /// The output with every input at its value (most likely).
    pub base: Option<f64>,
    /// Valid draws in which the output applies (coverage does not without support staff).
    pub count: u32,
    /// The 10th percentile, median and 90th percentile; `None` with no draws.
    pub p10: Option<f64>,
    /// The median.
    pub median: Option<f64>,
    /// The 90th percentile.
    pub p90: Option<f64>,
    /// The share of the draws in which the output reaches its mark: coverage 100 %, money 0 kr.
    pub share_reaching: Option<f64>,
    /// The histogram.
    pub histogram: Histogram,
}

/// Counts of draws in equal bins from the lowest to the highest value.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Histogram {
    /// The lower edge of the first bin.
    pub from: f64,
    /// The width of each bin (0 when every draw gave the same value: then one bin).
    pub width: f64,
    /// Draws per bin.
    pub counts: Vec<u32>,
}

/// The mark an output is measured against: coverage reaches 100 %, money reaches 0 kr.
pub fn mark(output: Output) -> f64 {
    match output {
        Output::Coverage => 1.0,
        _ => 0.0,
    }
}

/// The `p` quantile (0–1) of `v` (no NaN; reordered), interpolated between neighbours
/// (Hyndman and Fan's type 7, as R and NumPy by default).
pub fn quantile(v: &mut [f64], p: f64) -> Option<f64> {
    let last = v.len().checked_sub(1)?;
    let h = last as f64 * p.clamp(0.0, 1.0);
    let i = (h.floor() as usize).min(last);
    select(v, i);
    let lo = v[i];
    // The next order statistic is the least of those after it.
    let hi = if i == last {
        lo
    } else {
        v[i + 1..].iter().copied().fold(f64::INFINITY, f64::min)
    };
    Some(lo + (h - i as f64) * (hi - lo))
}

impl Spread {
    fn of(output: Output, horizon: Horizon, mut values: Vec<f64>, base: Option<f64>) -> Spread {
        let count = values.len();
        let target = mark(output);
        let reaching = values.iter().filter(|v| **v >= target - 1e-9).count();
        let lo = values.iter().copied().fold(f64::INFINITY, f64::min);
        let hi = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        let (from, width, counts) = if count == 0 {
            (0.0, 0.0, Vec::new())
        } else if hi > lo {
            let width = (hi - lo) / HISTOGRAM_BINS as f64;
            let mut counts = vec![0; HISTOGRAM_BINS];
            for v in &values {
                let bin = (((v - lo) / width) as usize).min(HISTOGRAM_BINS - 1);
                counts[bin] += 1;
            }
            (lo, width, counts)
        } else {
            (lo, 0.0, vec![count as u32])
        };
        Spread {
            output,
            horizon,
            base,
            count: count as u32,
            p10: quantile(&mut values, 0.1),
            median: quantile(&mut values, 0.5),
            p90: quantile(&mut values, 0.9),
            share_reaching: (count > 0).then(|| reaching as f64 / count as f64),
            histogram: Histogram {
                from,
                width,
                counts,
            },
        }
    }
}

/// Puts the `k`-th smallest of `v` (no NaN) at `v[k]`, the smaller ones before it and the larger
/// after: Hoare's selection with a three-way partition (so that many equal values take one
/// pass), in linear time on average. A sort would do, but 100,000 draws × 10 outputs sort slowly
/// enough to hold up the page, and the standard library's sort would add about 3 KB to the
/// shipped code for this one type.
pub fn select(v: &mut [f64], k: usize) {
    let (mut lo, mut hi) = (0, v.len());
    while hi - lo > 1 && k < hi {
        let (a, b, c) = (v[lo], v[lo + (hi - lo) / 2], v[hi - 1]);
        let pivot = a.max(b).min(a.min(b).max(c));
        let (mut lt, mut i, mut gt) = (lo, lo, hi);
        while i < gt {
            if v[i] < pivot {
                v.swap(lt, i);
                lt += 1;
                i += 1;
            } else if v[i] > pivot {
                gt -= 1;
                v.swap(i, gt);
            } else {
                i += 1;
            }
        }
        if k < lt {
            hi = lt;
        } else if k >= gt {
            lo = gt;
        } else {
            return;
        }
    }
}

/// Runs a whole simulation of `s` over `horizons` at once (tests, benchmarks).
pub fn simulate(s: &Scenario, horizons: &[Horizon]) -> Option<Summary> {
    Simulation::new(s, horizons).map(|mut sim| sim.summary())
}

/// Whether the ranges of `s` name only inputs that exist, each once (the formats refuse others).
pub fn ranges_well_formed(s: &Scenario) -> bool {
    let paths = every_path(s);
    s.uncertainty.ranges.iter().enumerate().all(|(i, r)| {
        paths.contains(&r.input) && !s.uncertainty.ranges[..i].iter().any(|o| o.input == r.input)
    })
}
