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
    "Hver skønnet forudsætning flyttes til den lave og den høje ende af sit typiske interval, mens alt andet står som nu. Bjælkerne viser, hvor meget resultatet flytter sig; den bredeste øverst. Regler som skat og refusion og heltal som antal personer flyttes ikke.",
    "Each estimated assumption is moved to the low and the high end of its typical range, everything else as it is now. The bars show how far the result moves; the widest on top. Rules such as tax and refund, and whole numbers such as persons, are not moved.",
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
        Output::CompanyNet => ("Virksomhedens resultat", "The company's result"),
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
    "Lav ende af intervallet (fyldt)",
    "Low end of the range (solid)",
);
/// The high end's legend.
pub const HIGH_END: Pair = (
    "Høj ende af intervallet (skraveret)",
    "High end of the range (hatched)",
);

/// One bar as a sentence: for the row's title (hover), its accessible name and the table.
pub fn bar(lang: Lang, input: &str, low: &str, at_low: &str, high: &str, at_high: &str) -> String {
    match lang {
        Lang::Da => {
            format!("{input}: resultatet bliver {at_low} ved {low} og {at_high} ved {high}.")
        }
        Lang::En => format!("{input}: the result is {at_low} at {low} and {at_high} at {high}."),
    }
}

/// After an input whose value is an end of its range.
pub fn one_sided(lang: Lang, end: AtEnd) -> &'static str {
    match (lang, end) {
        (Lang::Da, AtEnd::Low) => "én side: står i den lave ende",
        (Lang::En, AtEnd::Low) => "one side: at the low end",
        (Lang::Da, AtEnd::High) => "én side: står i den høje ende",
        (Lang::En, AtEnd::High) => "one side: at the high end",
    }
}

/// The note when some bars are one-sided.
pub const ONE_SIDED_NOTE: Pair = (
    "En bjælke med kun én side betyder, at forudsætningen allerede står i den ene ende af sit typiske interval.",
    "A bar with one side only means the assumption already sits at one end of its typical range.",
);

/// Inputs left out because an end of their range is not valid with the other inputs.
pub fn left_out(lang: Lang, names: &[String]) -> String {
    match lang {
        Lang::Da => format!(
            "Ikke flyttet, fordi en ende af intervallet ikke er gyldig sammen med de andre tal: {}.",
            names.join(", ")
        ),
        Lang::En => format!(
            "Not moved, because an end of the range is not valid with the other figures: {}.",
            names.join(", ")
        ),
    }
}

/// The chart's title.
pub fn chart_title(lang: Lang, o: Output, h: Horizon) -> String {
    format!(
        "{}: {} ({})",
        lang.pick("Følsomhed", "Sensitivity"),
        output(lang, o),
        horizon(lang, h)
    )
}

/// The chart's text description.
pub fn chart_desc(lang: Lang, shown: usize, all: usize, widest: Option<&str>) -> String {
    match (lang, widest) {
        (Lang::Da, Some(w)) => format!("Vandret søjlediagram med {shown} af {all} forudsætninger, den bredeste øverst: {w}. Tallene står i tabellen nedenfor."),
        (Lang::En, Some(w)) => format!("Horizontal bar chart of {shown} of {all} assumptions, the widest on top: {w}. The figures are in the table below."),
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
    ("Nu", "Now"),
    ("Lav ende → resultat", "Low end → result"),
    ("Høj ende → resultat", "High end → result"),
    ("Udsving", "Swing"),
];

/// The button that shows every bar, or the ten widest again.
pub fn show_all(lang: Lang, all: usize, showing_all: bool) -> String {
    match (lang, showing_all) {
        (Lang::Da, false) => format!("Vis alle {all}"),
        (Lang::En, false) => format!("Show all {all}"),
        (Lang::Da, true) => "Vis de 10 bredeste".into(),
        (Lang::En, true) => "Show the 10 widest".into(),
    }
}

/// While the tornado is worked out.
pub const COMPUTING: Pair = ("Beregner …", "Working it out…");

/// Where coverage does not apply.
pub const NOT_APPLICABLE: Pair = (
    "Der er ingen socialpædagog, så dækningen kan ikke beregnes. Vælg et andet resultat.",
    "There is no social educator, so coverage cannot be calculated. Choose another result.",
);
