//! The corrected rates against their sources' figures (`../shared/domain.md`, `rates.rs`): each
//! table's figures are the sources' own, or derived from them as the source text says.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::close;
use model::rates::{self, RateId};
use model::Status;

/// The rates not found in an official table for 2025 and 2026: estimates, built from confirmed
/// figures.
const ESTIMATED: [RateId; 5] = [
    RateId::KontanthjaelpForhoejet,
    RateId::KontanthjaelpForhoejetEnlig,
    RateId::KontanthjaelpForsorger,
    RateId::KontanthjaelpGrundsats,
    RateId::Foertidspension,
];

fn value(year: u16, id: RateId) -> f64 {
    rates::table_of(year)
        .expect("a table for the year")
        .value(id)
}

#[test]
fn the_tax_parameters_are_skms_figures() {
    for year in [2025, 2026] {
        close(value(year, RateId::AmBidrag) * 100.0, 8.0);
        close(value(year, RateId::Bundskat) * 10_000.0, 1_201.0);
    }
    // skm.dk: the average kommuneskat 25,068 % (2025) and 25,049 % (2026); the
    // beskæftigelsesfradrag 12,30 % and 12,75 %.
    close(value(2025, RateId::Kommuneskat) * 100_000.0, 25_068.0);
    close(value(2026, RateId::Kommuneskat) * 100_000.0, 25_049.0);
    close(
        value(2025, RateId::Beskaeftigelsesfradrag) * 10_000.0,
        1_230.0,
    );
    close(
        value(2026, RateId::Beskaeftigelsesfradrag) * 10_000.0,
        1_275.0,
    );
    for id in [
        RateId::AmBidrag,
        RateId::Bundskat,
        RateId::Kommuneskat,
        RateId::Beskaeftigelsesfradrag,
    ] {
        assert_eq!(
            rates::for_year(2026).get(id).source.status,
            Status::Confirmed,
            "{id:?}"
        );
    }
}

#[test]
fn kontanthjaelp_rates_are_the_base_rate_and_the_add_ons() {
    // 2025: the higher rate is the agreement's 12.064 kr. (2024 level) indexed by 3,6 %; the
    // add-on for single people without children is 1.092 kr., the child add-on 2.784 kr.
    close(
        value(2025, RateId::KontanthjaelpForhoejet),
        (12_064.0_f64 * 1.036).round(),
    );
    close(
        value(2025, RateId::KontanthjaelpForhoejetEnlig)
            - value(2025, RateId::KontanthjaelpForhoejet),
        1_092.0,
    );
    close(
        value(2025, RateId::KontanthjaelpForsorger) - value(2025, RateId::KontanthjaelpForhoejet),
        2_784.0,
    );
    // The free amounts and the 65 % deduction of the reform of 1 July 2025.
    close(
        value(2025, RateId::KontanthjaelpDisregardForhoejet),
        2_500.0,
    );
    close(
        value(2025, RateId::KontanthjaelpDisregardGrundsats),
        5_000.0,
    );
    close(value(2025, RateId::KontanthjaelpDeduction) * 100.0, 65.0);
    // Base rates not found in an official table are marked as estimates, in both years.
    for year in [2025, 2026] {
        for id in ESTIMATED {
            assert_eq!(
                rates::for_year(year).get(id).source.status,
                Status::Estimate,
                "{year} {id:?}"
            );
        }
    }
}

#[test]
fn the_2026_estimates_follow_the_top_dagpenge_rate() {
    // Indexed like the highest dagpenge rate: 22.041 ÷ 21.092.
    let index = value(2026, RateId::TopDagpenge) / value(2025, RateId::TopDagpenge);
    for id in ESTIMATED {
        let expected = value(2025, id) * index;
        assert!(
            (value(2026, id) - expected).abs() <= 1.0,
            "{id:?}: {} against {expected}",
            value(2026, id)
        );
    }
    // Førtidspension 2025: the 2024 rate for a single person, 20.370 kr., indexed by 3,6 %.
    close(
        value(2025, RateId::Foertidspension),
        (20_370.0_f64 * 1.036).round(),
    );
}

#[test]
fn ledighedsydelse_is_89_percent_and_the_subsidy_98_percent_of_top_dagpenge() {
    for year in [2025, 2026] {
        let top = value(year, RateId::TopDagpenge);
        assert!(
            (value(year, RateId::Ledighedsydelse) - 0.89 * top).abs() < 1.0,
            "{year}"
        );
        assert!(
            (value(year, RateId::MaxFlexSubsidy) - 0.98 * top).abs() < 1.0,
            "{year}"
        );
    }
    close(value(2025, RateId::TopDagpenge), 21_092.0);
}
