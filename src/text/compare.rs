//! The texts of the comparison page: scenarios side by side.

use super::{quoted, t, Lang, Pair};

/// The comparison page's heading.
pub const TITLE: Pair = ("Sammenlign scenarier", "Compare scenarios");

/// Instead of the comparison when only one scenario is open.
pub const ONLY_ONE: Pair = (
    "Der er kun ét scenarie. Lav en variant, ret i den, og sammenlign de to her.",
    "There is only one scenario. Make a variant, change it and compare the two here.",
);

/// The button that makes a variant to compare with.
pub const MAKE_VARIANT: Pair = (
    "Lav en variant af scenariet",
    "Make a variant of the scenario",
);

/// Before the date on the printed comparison.
const PRINTED: Pair = ("Udskrevet", "Printed");

/// The date on the printed comparison: "Udskrevet 24. november 2026".
pub fn printed_on(lang: Lang, date: &str) -> String {
    format!("{} {date}", t(lang, PRINTED))
}

/// The legend of the scenarios to compare.
pub const PICK: Pair = (
    "Scenarier i sammenligningen (2–4)",
    "Scenarios to compare (2–4)",
);

/// The legend of the choice of baseline.
pub const PICK_BASELINE: Pair = (
    "Basisscenarie (de andre sammenlignes med det)",
    "Baseline for the comparison",
);

/// The mark of the baseline's column.
pub const BASELINE: Pair = ("basis", "baseline");

/// Under a scenario's name when its fields hold errors.
pub const STALE: Pair = (
    "har fejl – sidste gyldige tal",
    "has errors – last valid figures",
);

/// Before a difference, for screen readers (with its space).
pub const DIFFERENCE: Pair = ("Forskel fra basis: ", "Difference from the baseline: ");

/// After a difference that is good news (with its space).
pub const BETTER: Pair = (" bedre", " better");

/// After a difference that is bad news (with its space).
pub const WORSE: Pair = (" dårligere", " worse");

/// After an input that differs from the baseline's, for screen readers.
pub const DIFFERS: Pair = ("afviger fra basis", "differs from the baseline");

/// The label of the tables' scrolling region.
pub const TABLES: Pair = ("Sammenligning i tabeller", "Comparison in tables");

/// The caption of the key figures' table.
pub const FIGURES_CAPTION: Pair = (
    "Nøgletal og forskellen fra basisscenariet",
    "Key figures and the difference from the baseline",
);

/// The heading of the key figures' column.
pub const KEY_FIGURE: Pair = ("Nøgletal", "Key figure");

/// The caption of the inputs' table.
pub const INPUTS_CAPTION: Pair = (
    "Forudsætninger, der afviger fra basisscenariet",
    "Assumptions that differ from the baseline",
);

/// The heading of the inputs' column.
pub const ASSUMPTION: Pair = ("Forudsætning", "Assumption");

/// Instead of the inputs that differ when none do.
pub const NO_DIFFERENCES: Pair = (
    "Ingen – scenarierne har de samme forudsætninger.",
    "None – the scenarios have the same inputs.",
);

/// The heading of a scenario's differences in the list on narrow screens.
pub const DIFFERENCES: Pair = (
    "Forskelle fra basisscenariet",
    "Differences from the baseline",
);

/// Before a scenario's name on the button that shows it.
const SHOW: Pair = ("Vis", "Show");

/// The button that shows a scenario in the calculator: "Vis »Variant«".
pub fn show(lang: Lang, name: &str) -> String {
    format!("{} {}", t(lang, SHOW), quoted(lang, name))
}

/// Before a scenario's name on the button that gives it the baseline's inputs.
const RESET: Pair = ("Nulstil", "Reset");

/// After a scenario's name on the button that gives it the baseline's inputs.
const TO_BASELINE: Pair = ("til basisscenariet", "to the baseline");

/// The button that gives a scenario the baseline's inputs: "Nulstil »Variant« til basisscenariet".
pub fn reset(lang: Lang, name: &str) -> String {
    format!(
        "{} {} {}",
        t(lang, RESET),
        quoted(lang, name),
        t(lang, TO_BASELINE)
    )
}

/// Where the other inputs are the same, when two scenarios are compared.
const IN_BOTH: Pair = ("i begge scenarier", "in both scenarios");

/// Where the other inputs are the same, when more scenarios are compared.
const IN_ALL: Pair = ("i alle scenarierne", "in every scenario");

/// One other input is the same.
const ONE_SAME: Pair = (
    "1 øvrig forudsætning er ens",
    "1 other assumption is the same",
);

/// After the number of other inputs that are the same.
const MANY_SAME: Pair = (
    "øvrige forudsætninger er ens",
    "other assumptions are the same",
);

/// "29 øvrige forudsætninger er ens i begge scenarier", in the right number.
pub fn same_note(lang: Lang, count: usize, scenarios: usize) -> String {
    let place = t(lang, if scenarios == 2 { IN_BOTH } else { IN_ALL });
    if count == 1 {
        format!("{} {place}.", t(lang, ONE_SAME))
    } else {
        format!("{count} {} {place}.", t(lang, MANY_SAME))
    }
}
