//! Every figure of every partnership model explains itself: its working, evaluated, is the figure.
#![cfg(not(target_arch = "wasm32"))]

use model::{evaluate, working, Expr, Line, PresetId, Quantity};

#[test]
fn every_working_of_every_preset_equals_its_figure() {
    let mut checked = 0;
    for &id in PresetId::ALL {
        let s = id.scenario();
        let o = evaluate(&s);
        for line in Line::every() {
            let Some(w) = working(&s, &o, line) else {
                assert!(line.value(&o).is_none(), "{id:?} {line:?}");
                continue;
            };
            let v = w.expr.value();
            assert!(
                (v - w.value).abs() <= 1e-9 * (w.value.abs() + 1.0),
                "{id:?} {line:?}: working {v} against figure {}",
                w.value
            );
            checked += 1;
        }
    }
    assert!(checked >= 5 * 30, "{checked}");
}

#[test]
fn a_working_names_the_inputs_it_uses() {
    let s = PresetId::Joint.scenario();
    let o = evaluate(&s);
    let w = working(&s, &o, Line::CourseRevenue).expect("course revenue");
    let fields: Vec<_> = w
        .expr
        .terms()
        .into_iter()
        .filter_map(|t| match t.quantity {
            Quantity::Field(p) => Some(p.field.spec().path),
            _ => None,
        })
        .collect();
    assert_eq!(
        fields,
        [
            "persons",
            "municipal.occupancy",
            "municipal.course_price_per_week",
            "frame.weeks_per_year"
        ]
    );
}

#[test]
fn a_figure_built_from_others_refers_to_them() {
    let s = PresetId::Supplier.scenario();
    let o = evaluate(&s);
    let w = working(&s, &o, Line::NetBenefit).expect("net benefit");
    let Expr::Sum(parts) = &w.expr else {
        panic!("a sum: {:?}", w.expr)
    };
    let signs: Vec<_> = parts.iter().map(|(minus, _)| *minus).collect();
    // The supplier's example frees no skilled time: that term is left out, as its row is.
    assert_eq!(signs, [false, false, true]);
    assert!(w
        .expr
        .terms()
        .iter()
        .all(|t| matches!(t.quantity, Quantity::Line(_))));
}

#[test]
fn a_figure_that_does_not_apply_has_no_working() {
    let mut s = PresetId::Supplier.scenario();
    for g in &mut s.groups {
        g.billed = false;
    }
    let o = evaluate(&s);
    assert!(working(&s, &o, Line::CostPerBilledHour).is_none());
}

#[test]
fn freed_skilled_time_is_in_the_company_result_where_it_has_a_value() {
    let s = PresetId::LabourShortage.scenario();
    let o = evaluate(&s);
    let w = working(&s, &o, Line::NetBenefit).expect("net benefit");
    let Expr::Sum(parts) = &w.expr else {
        panic!("a sum: {:?}", w.expr)
    };
    assert_eq!(parts.len(), 4);
}
