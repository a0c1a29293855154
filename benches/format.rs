//! The number formatter, natively: `cargo bench --bench format`. What one call costs for the
//! figures the page shows (money to the krone and the øre, percentages, FTE).

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use partnerskabsberegneren::locale::{format, Lang};

fn numbers(c: &mut Criterion) {
    let values: Vec<f64> = (0..1_000)
        .map(|i| f64::from(i) * 1_234.567_89 - 300_000.0)
        .collect();
    c.bench_function("format/kr_x1000", |b| {
        b.iter(|| {
            for x in &values {
                black_box(format::kr(Lang::Da, black_box(*x)));
            }
        })
    });
    c.bench_function("format/kr2_x1000", |b| {
        b.iter(|| {
            for x in &values {
                black_box(format::kr2(Lang::Da, black_box(*x)));
            }
        })
    });
    c.bench_function("format/percent_x1000", |b| {
        b.iter(|| {
            for x in &values {
                black_box(format::percent(Lang::En, black_box(*x / 1e6)));
            }
        })
    });
}

criterion_group!(benches, numbers);
criterion_main!(benches);
