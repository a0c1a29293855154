//! Every figure of every partnership model explains itself in both languages: the working written
//! out ends in the very figure the page shows, names only inputs the page has, and says when its
//! rounded terms do not add up exactly.
#![cfg(not(target_arch = "wasm32"))]

use partnerskabsberegneren::locale::Lang;
use partnerskabsberegneren::model::{evaluate, working, Line, PresetId, Quantity};
use partnerskabsberegneren::text::lines;

#[test]
fn every_working_ends_in_the_figure_shown() {
    let mut count = 0;
    for &id in PresetId::ALL {
        let s = id.scenario();
        let o = evaluate(&s);
        for line in Line::every() {
            let Some(w) = working(&s, &o, line) else {
                continue;
            };
            for lang in [Lang::Da, Lang::En] {
                for cost in [false, true] {
                    let shown = lines::value(lang, line, if cost { -w.value } else { w.value });
                    let (text, _) = lines::written_out(lang, &w.expr, w.value, line, cost);
                    let entered = matches!(w.expr, partnerskabsberegneren::model::Expr::Term(_))
                        || w.expr == partnerskabsberegneren::model::Expr::Sum(Vec::new());
                    assert!(
                        entered || text.ends_with(&format!(" = {shown}")),
                        "{id:?} {line:?} {lang:?}: {text} (shown {shown})"
                    );
                    count += 1;
                }
                // Every term has a name, and every input term names a field of the page.
                for t in w.expr.terms() {
                    let name = lines::term_name(lang, &s, &t).expect("named");
                    assert!(!name.is_empty());
                    if let Quantity::Field(path) = t.quantity {
                        assert!(
                            s.is_shown(path),
                            "{id:?} {line:?}: {path} is not on the page"
                        );
                    }
                }
            }
        }
    }
    assert!(count > 500, "{count}");
}

#[test]
fn the_course_payment_reads_as_the_issue_asks() {
    let s = PresetId::Joint.scenario();
    let o = evaluate(&s);
    let w = working(&s, &o, Line::CourseRevenue).unwrap();
    let (da, rounded) = lines::written_out(Lang::Da, &w.expr, w.value, Line::CourseRevenue, false);
    assert_eq!(
        da,
        "3\u{a0}personer × 100\u{a0}% × 2.000\u{a0}kr./uge × 44\u{a0}uger = 264.000\u{a0}kr."
    );
    assert!(!rounded);
    let (en, _) = lines::written_out(Lang::En, &w.expr, w.value, Line::CourseRevenue, true);
    assert_eq!(
        en,
        "\u{2212}(3\u{a0}people × 100% × 2,000\u{a0}DKK/week × 44\u{a0}weeks) = DKK\u{a0}-264,000"
    );
}

#[test]
fn a_working_with_rounded_terms_says_so() {
    // Two thirds of the hours paid: 66,67 % as written.
    let s = PresetId::Joint.scenario();
    let o = evaluate(&s);
    let w = working(&s, &o, Line::Margin).unwrap();
    let (text, rounded) = lines::written_out(Lang::Da, &w.expr, w.value, Line::Margin, false);
    assert!(text.contains("66,67\u{a0}%"), "{text}");
    assert!(rounded, "{text}");
}

#[test]
fn a_saving_and_an_expense_are_named_for_what_they_are() {
    assert_eq!(
        lines::signed_name(Lang::Da, Line::KommuneTransfers, 100.0),
        "Sparede udgifter til ydelser efter statens refusion"
    );
    assert_eq!(
        lines::signed_name(Lang::Da, Line::KommuneTransfers, -100.0),
        "Merudgifter til ydelser efter statens refusion"
    );
    assert_eq!(
        lines::signed_name(Lang::En, Line::StatTransfers, -1.0),
        "Increased refund to the municipality"
    );
}
