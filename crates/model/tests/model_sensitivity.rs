//! The tornado (`../shared/model.md` §6): which inputs it moves, a linear output by hand, the
//! order of the bars and the one-sided ones.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::close;
use model::sensitivity::{estimated_inputs, tornado, AtEnd, Horizon, Output};
use model::{evaluate, FieldId, FieldPath, PresetId};

fn global(f: FieldId) -> FieldPath {
    FieldPath::global(f)
}

#[test]
fn only_estimates_with_a_typical_range_are_moved() {
    let s = PresetId::Joint.scenario();
    let inputs = estimated_inputs(&s);
    // Estimates with a range are in.
    for f in [
        FieldId::MarkupRate,
        FieldId::CoursePricePerWeek,
        FieldId::Occupancy,
        FieldId::AlternativePricePerHour,
        FieldId::FlexShare,
        FieldId::OtherwiseFp,
    ] {
        assert!(inputs.contains(&global(f)), "{f:?}");
    }
    assert!(inputs.contains(&FieldPath::group(1, FieldId::PaidShare)));
    // Rules of the year, confirmed figures, whole-number choices and hidden fields are not.
    for f in [
        FieldId::StateRefundRate,
        FieldId::Kommuneskat,
        FieldId::PensionRate,
        FieldId::CaseloadParticipants,
        FieldId::WeeksPerYear,
        FieldId::Years,
        FieldId::ViaSeCap,
        FieldId::FixedHourlyPrice,
        FieldId::SpinOffMonth,
    ] {
        assert!(!inputs.contains(&global(f)), "{f:?}");
    }
    assert!(!inputs.contains(&FieldPath::group(1, FieldId::Persons)));
}

#[test]
fn a_linear_output_moves_by_hand() {
    // The company's net benefit is linear in its alternative price: 1,320 billed hours × the
    // price's distance from 320 kr. to the ends of its range, 250 and 450 kr.
    let s = PresetId::Joint.scenario();
    let base = evaluate(&s).company.net_benefit;
    let t = tornado(&s, Output::CompanyNet, Horizon::YearOne).unwrap();
    close(t.base, base);
    let bar = t
        .bars
        .iter()
        .find(|b| b.path == global(FieldId::AlternativePricePerHour))
        .unwrap();
    close(bar.at_low, base - 70.0 * 1_320.0);
    close(bar.at_high, base + 130.0 * 1_320.0);
    close(bar.swing(), 200.0 * 1_320.0);
    // Widest first.
    assert!(t.bars.windows(2).all(|w| w[0].swing() >= w[1].swing()));
    // The coverage does not depend on the company's alternative: a bar of no width.
    let coverage = tornado(&s, Output::Coverage, Horizon::YearOne).unwrap();
    let flat = coverage
        .bars
        .iter()
        .find(|b| b.path == global(FieldId::AlternativePricePerHour))
        .unwrap();
    assert_eq!(flat.swing(), 0.0);
}

#[test]
fn a_default_at_the_end_of_its_range_gives_a_one_sided_bar() {
    // Occupancy is 100 %, the top of its typical range 70–100 %.
    let s = PresetId::Joint.scenario();
    let t = tornado(&s, Output::Coverage, Horizon::YearOne).unwrap();
    let bar = t
        .bars
        .iter()
        .find(|b| b.path == global(FieldId::Occupancy))
        .unwrap();
    assert_eq!(bar.one_sided, Some(AtEnd::High));
    close(bar.at_high, t.base);
    assert!(bar.at_low < t.base);
    // The markup, 15 % in 5–30 %, moves both ways.
    let markup = t
        .bars
        .iter()
        .find(|b| b.path == global(FieldId::MarkupRate))
        .unwrap();
    assert_eq!(markup.one_sided, None);
    assert!(markup.at_low < t.base && markup.at_high > t.base);
}

#[test]
fn over_the_years_the_projections_inputs_matter() {
    let s = PresetId::Joint.scenario();
    let t = tornado(&s, Output::KommuneNet, Horizon::Years).unwrap();
    close(
        t.base,
        model::project(&s)
            .party(model::Party::Kommune)
            .present_value,
    );
    let fp = t
        .bars
        .iter()
        .find(|b| b.path == global(FieldId::OtherwiseFp))
        .unwrap();
    // A larger førtidspension share makes each job save the municipality more.
    assert!(fp.at_high > fp.at_low);
    // In year one the projection's inputs move nothing.
    let one = tornado(&s, Output::KommuneNet, Horizon::YearOne).unwrap();
    let fp1 = one
        .bars
        .iter()
        .find(|b| b.path == global(FieldId::OtherwiseFp))
        .unwrap();
    assert_eq!(fp1.swing(), 0.0);
}

#[test]
fn without_support_staff_coverage_has_no_tornado() {
    let mut s = PresetId::Joint.scenario();
    s.support.staffing = model::StaffingMode::Fixed;
    s.support.fixed_fte = 0.0;
    assert!(tornado(&s, Output::Coverage, Horizon::YearOne).is_none());
    assert!(tornado(&s, Output::SeResult, Horizon::YearOne).is_some());
}
