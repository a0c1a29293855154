//! Benchmarks of `evaluate` and `validate` on each preset, of the projection over 10 years, the
//! tornado, and the simulation (10,000 draws with every estimate uncertain over its typical
//! range): `cargo bench --bench model`.

use criterion::{black_box, criterion_group, criterion_main, BatchSize, Criterion};
use model::sensitivity::{tornado, Horizon, Output};
use model::uncertainty::{default_range, simulate, Simulation};
use model::{evaluate, project, validate, PresetId};

fn presets(c: &mut Criterion) {
    for id in PresetId::ALL {
        let scenario = id.scenario();
        let name = format!("{id:?}");
        c.bench_function(&format!("evaluate/{name}"), |b| {
            b.iter(|| evaluate(black_box(&scenario)))
        });
        c.bench_function(&format!("validate/{name}"), |b| {
            b.iter(|| validate(black_box(&scenario)))
        });
        let mut ten = scenario.clone();
        ten.projection.years = 10.0;
        c.bench_function(&format!("project10/{name}"), |b| {
            b.iter(|| project(black_box(&ten)))
        });
        c.bench_function(&format!("tornado1/{name}"), |b| {
            b.iter(|| tornado(black_box(&scenario), Output::KommuneNet, Horizon::YearOne))
        });
        c.bench_function(&format!("tornado3y/{name}"), |b| {
            b.iter(|| tornado(black_box(&scenario), Output::KommuneNet, Horizon::Years))
        });
    }
}

fn simulation(c: &mut Criterion) {
    let mut group = c.benchmark_group("simulation");
    group.sample_size(10);
    for id in [PresetId::Joint, PresetId::Supplier] {
        let mut s = id.scenario();
        for path in model::sensitivity::estimated_inputs(&s) {
            if let Some(r) = default_range(&s, path) {
                s.uncertainty.set(r);
            }
        }
        s.uncertainty.draws = 10_000;
        let name = format!("{id:?}");
        group.bench_function(format!("draws1/{name}"), |b| {
            b.iter(|| simulate(black_box(&s), &[Horizon::YearOne]))
        });
        group.bench_function(format!("draws3y/{name}"), |b| {
            b.iter(|| simulate(black_box(&s), &[Horizon::YearOne, Horizon::Years]))
        });
        // The spreads of 100,000 draws (ten outputs: quantiles and histograms), after the draws.
        let mut hundred = s.clone();
        hundred.uncertainty.draws = 100_000;
        let both = [Horizon::YearOne, Horizon::Years];
        let mut drawn = Simulation::new(&hundred, &both).unwrap();
        drawn.step(u32::MAX);
        group.bench_function(format!("spreads100k/{name}"), |b| {
            b.iter_batched(
                || drawn.clone(),
                |mut sim| while !sim.summarize() {},
                BatchSize::LargeInput,
            )
        });
    }
    group.finish();
}

criterion_group!(benches, presets, simulation);
criterion_main!(benches);
