//! Benchmarks of `evaluate` and `validate` on each preset, and of the projection over 10 years:
//! `cargo bench --bench model`.

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use model::sensitivity::{tornado, Horizon, Output};
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

criterion_group!(benches, presets);
criterion_main!(benches);
