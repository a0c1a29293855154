//! The texts of "Hvilke forudsætninger betyder mest?": the tornado of one output.

use super::{Lang, Pair};
use crate::locale::format;
use crate::model::sensitivity::{AtEnd, Horizon, Output};

/// The fold's summary.
pub const TITLE: Pair = (
    "Hvilke forudsætninger betyder mest?",
    "Which assumptions matter most?",
);

/// Under the summary: what the chart is.
pub const INTRO: Pair = (
    "Hver skønnet forudsætning sættes skiftevis til den lave og den høje ende af sit typiske interval, mens alle andre tal holdes uændrede. Bjælkerne viser, hvor meget resultatet ændrer sig – den længste står øverst. Faste regler som skat og refusion flyttes ikke, og det gør antal, fx antal deltagere, heller ikke.",
    "Each estimated assumption is set in turn to the low and the high end of its typical range, all other figures unchanged. The bars show how much the result changes – the longest on top. Fixed rules such as tax and refund are not moved, nor are counts such as the number of participants.",
);

/// The choice of output.
pub const OUTPUT: Pair = ("Resultat", "Result");

/// The choice of horizon.
pub const HORIZON: Pair = ("Periode", "Period");

/// An output's name.
pub fn output(lang: Lang, o: Output) -> &'static str {
    let (da, en) = match o {
        Output::Coverage => (
            "Dækning af socialpædagogen",
            "Coverage of the social educator",
        ),
        Output::SeResult => (
            "Den socialøkonomiske virksomheds resultat",
            "The social enterprise's result",
        ),
        Output::CompanyNet => (
            "Virksomhedens resultat i forhold til alternativet",
            "The company's result compared with the alternative",
        ),
        Output::KommuneNet => ("Kommunens resultat", "The municipality's result"),
        Output::PublicTotal => ("Det offentlige i alt", "The public sector in total"),
    };
    lang.pick(da, en)
}

/// A horizon's name.
pub fn horizon(lang: Lang, h: Horizon) -> &'static str {
    let (da, en) = match h {
        Horizon::YearOne => ("Første år", "First year"),
        Horizon::Years => ("Over årene (nutidsværdi)", "Over the years (present value)"),
    };
    lang.pick(da, en)
}

/// An output's value, the language's way.
pub fn value(lang: Lang, o: Output, v: f64) -> String {
    match o {
        Output::Coverage => format::percent(lang, v),
        _ => format::kr(lang, v),
    }
}

/// The base line's label.
pub fn now(lang: Lang, o: Output, v: f64) -> String {
    format!("{} {}", lang.pick("Nu:", "Now:"), value(lang, o, v))
}

/// The legend: how the two ends are told apart (by fill and pattern, not colour alone).
pub const LOW_END: Pair = (
    "Den lave ende af det typiske interval (udfyldt)",
    "The low end of the typical range (solid)",
);
/// The high end's legend.
pub const HIGH_END: Pair = (
    "Den høje ende af det typiske interval (skraveret)",
    "The high end of the typical range (hatched)",
);

/// One bar as a sentence: for the row's title (hover), its accessible name and the table.
pub fn bar(lang: Lang, input: &str, low: &str, at_low: &str, high: &str, at_high: &str) -> String {
    match lang {
        Lang::Da => {
            format!("{input}: Ved {low} bliver resultatet {at_low}, ved {high} {at_high}")
        }
        Lang::En => format!("{input}: At {low} the result is {at_low}; at {high}, {at_high}"),
    }
}

/// After an input whose value is an end of its range.
pub fn one_sided(lang: Lang, end: AtEnd) -> &'static str {
    match (lang, end) {
        (Lang::Da, AtEnd::Low) => "står allerede i den lave ende",
        (Lang::En, AtEnd::Low) => "already at the low end",
        (Lang::Da, AtEnd::High) => "står allerede i den høje ende",
        (Lang::En, AtEnd::High) => "already at the high end",
    }
}

/// The note when some bars are one-sided.
pub const ONE_SIDED_NOTE: Pair = (
    "En bjælke, der kun går til den ene side, betyder, at forudsætningen allerede står i den ene ende af sit typiske interval og kun kan flyttes den anden vej.",
    "A bar that goes one way only means the assumption already sits at one end of its typical range and can only move the other way.",
);

/// Inputs left out because an end of their range is not valid with the other inputs.
pub fn left_out(lang: Lang, names: &[String]) -> String {
    match lang {
        Lang::Da => format!(
            "Ikke flyttet: {}. Den ene ende af det typiske interval giver ikke en gyldig beregning sammen med de øvrige tal.",
            names.join(", ")
        ),
        Lang::En => format!(
            "Not moved: {}. One end of the typical range does not give a valid calculation with the other figures.",
            names.join(", ")
        ),
    }
}

/// The chart's title.
pub fn chart_title(lang: Lang, o: Output, h: Horizon) -> String {
    let period = match (lang, h) {
        (Lang::Da, Horizon::YearOne) => "første år",
        (Lang::En, Horizon::YearOne) => "first year",
        (Lang::Da, Horizon::Years) => "over årene (nutidsværdi)",
        (Lang::En, Horizon::Years) => "over the years (present value)",
    };
    // In Danish the result's name is lower case after the colon ("kommunens resultat").
    let name = match lang {
        Lang::Da => super::in_sentence(output(lang, o)),
        Lang::En => output(lang, o).to_string(),
    };
    format!(
        "{}: {name}, {period}",
        lang.pick("Følsomhed", "Sensitivity")
    )
}

/// The chart's text description.
pub fn chart_desc(lang: Lang, shown: usize, all: usize, widest: Option<&str>) -> String {
    match (lang, widest) {
        (Lang::Da, Some(w)) => format!("Bjælkediagram med {shown} af {all} forudsætninger, sorteret efter udsving. Størst udsving: {w}. Tallene står i tabellen nedenfor."),
        (Lang::En, Some(w)) => format!("Bar chart of {shown} of {all} assumptions, sorted by swing. Largest swing: {w}. The figures are in the table below."),
        (Lang::Da, None) => "Ingen skønnede forudsætninger at flytte.".into(),
        (Lang::En, None) => "No estimated assumptions to move.".into(),
    }
}

/// The table's caption.
pub const TABLE_CAPTION: Pair = (
    "Hver forudsætning ved den lave og den høje ende af sit typiske interval",
    "Each assumption at the low and the high end of its typical range",
);

/// The table's column heads.
pub const HEADS: [Pair; 5] = [
    ("Forudsætning", "Assumption"),
    ("Nuværende værdi", "Current value"),
    ("Lav ende → resultat", "Low end → result"),
    ("Høj ende → resultat", "High end → result"),
    ("Udsving", "Swing"),
];

/// The button that shows every bar, or the ten widest again.
pub fn show_all(lang: Lang, all: usize, showing_all: bool) -> String {
    match (lang, showing_all) {
        (Lang::Da, false) => format!("Vis alle {all}"),
        (Lang::En, false) => format!("Show all {all}"),
        (Lang::Da, true) => "Vis kun de 10 største udsving".into(),
        (Lang::En, true) => "Show only the 10 largest swings".into(),
    }
}

/// While the tornado is worked out.
pub const COMPUTING: Pair = ("Beregner …", "Calculating…");

/// Where coverage does not apply.
pub const NOT_APPLICABLE: Pair = (
    "Der er ingen socialpædagog, så dækningen kan ikke beregnes. Vælg et andet resultat.",
    "There is no social educator, so coverage cannot be calculated. Choose another result.",
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_title_names_the_result_and_the_period_once() {
        assert_eq!(
            chart_title(Lang::Da, Output::KommuneNet, Horizon::Years),
            "Følsomhed: kommunens resultat, over årene (nutidsværdi)"
        );
        assert_eq!(
            chart_title(Lang::En, Output::Coverage, Horizon::YearOne),
            "Sensitivity: Coverage of the social educator, first year"
        );
    }
}
