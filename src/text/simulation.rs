//! The texts of "Hvor sikkert er resultatet?": the uncertain inputs' ranges at their fields and
//! the simulation's results.

use super::{Lang, Pair};
use crate::locale::format;
use crate::model::sensitivity::{Horizon, Output};
use crate::model::uncertainty::End;

/// The fold's summary.
pub const TITLE: Pair = ("Hvor sikkert er resultatet?", "How certain is the result?");

/// Under the summary: what the simulation does.
pub const INTRO: Pair = (
    "Angiv en lav og en høj værdi for de forudsætninger, du er usikker på. Feltets egen værdi regnes for den mest sandsynlige. Beregneren trækker derefter tilfældigt mange sæt forudsætninger inden for dine intervaller (en trekantfordeling) og beregner resultatet af hvert sæt for det første år og over årene for alle parter.",
    "For each assumption you are unsure of, give a low and a high value. The field's own value is taken as the most likely. The calculator then draws many random sets of assumptions within your ranges (a triangular distribution) and works out each set's result for the first year and over the years, for every party.",
);

/// With no input marked.
pub const NONE_MARKED: Pair = (
    "Ingen forudsætninger har et interval endnu. Tryk på »Angiv usikkerhed« under et felt, eller brug de typiske intervaller for alle skøn.",
    "No assumption has a range yet. Press \u{2018}Mark as uncertain\u{2019} under a field, or use the typical ranges for every estimate.",
);

/// Marks every estimate with its typical range.
pub const MARK_ESTIMATES: Pair = (
    "Brug de typiske intervaller for alle skøn",
    "Use the typical ranges for every estimate",
);

/// Removes every range.
pub const UNMARK_ALL: Pair = ("Fjern alle intervaller", "Remove every range");

/// The seed field.
pub const SEED: Pair = ("Startværdi for trækningerne", "Random seed");

/// Under the seed field.
pub const SEED_HINT: Pair = (
    "Samme startværdi giver samme resultat på enhver computer, når tallene, intervallerne og antal trækninger også er de samme. Så kan andre se præcis de samme tal. De tilfældige tal trækkes med generatoren PCG32.",
    "The same seed gives the same result on any computer, as long as the figures, the ranges and the number of draws are the same too, so others can see exactly the same figures. The random numbers are drawn with the PCG32 generator.",
);

/// A seed that cannot be read.
pub const SEED_ERROR: Pair = (
    "Startværdien skal være et helt tal fra 0 til 4294967295, skrevet kun med cifre.",
    "The seed must be a whole number from 0 to 4294967295, in digits only.",
);

/// Draws a new seed.
pub const NEW_SEED: Pair = ("Ny startværdi", "New seed");

/// The choice of the number of draws.
pub const DRAWS: Pair = ("Antal trækninger", "Number of draws");

/// While the ranges or the seed have errors.
pub const FIX_RANGES: Pair = (
    "Der regnes igen, når fejlene i intervallerne eller startværdien er rettet.",
    "The draws run again once the errors in the ranges or the seed are fixed.",
);

/// While the inputs have errors.
pub const FIX_INPUTS: Pair = (
    "Ret fejlene i felterne, så regnes der igen. Tallene nedenfor bygger på de seneste gyldige indtastninger.",
    "Fix the errors in the fields to calculate again. The figures below are based on the last valid inputs.",
);

/// The table's headings.
pub const RESULT: Pair = ("Resultat", "Result");
/// The column of the base case.
pub const BASE: Pair = ("Med felternes værdier", "With the fields' values");
/// What P10 and P90 mean.
pub const PERCENTILES_NOTE: Pair = (
    "P10: 1 ud af 10 trækninger giver et lavere tal. Median: halvdelen giver et lavere tal, halvdelen et højere. P90: 1 ud af 10 giver et højere tal. 8 ud af 10 trækninger ligger altså mellem P10 og P90.",
    "P10: 1 in 10 draws gives a lower figure. Median: half give a lower figure, half a higher one. P90: 1 in 10 gives a higher figure. So 8 in 10 draws fall between P10 and P90.",
);

/// The histogram's choice of output.
pub const SHOWN: Pair = ("Resultat i diagrammet", "Result shown in the chart");

/// Said of the shares.
pub const SHARE_NOTE: Pair = (
    "Andelene er andele af trækningerne inden for dine egne intervaller, ikke sandsynligheder. De viser, hvor ofte grænsen nås, når forudsætningerne varierer, som du har angivet. Andre intervaller giver andre andele.",
    "The shares are shares of the draws within your own ranges, not probabilities. They show how often the threshold is reached when the assumptions vary as you have set them. Other ranges give other shares.",
);

/// The notes under the results.
pub const INDEPENDENT: Pair = (
    "Forudsætningerne trækkes uafhængigt af hinanden. Hænger to af dem sammen i virkeligheden, fx belægningsgraden og andelen, der går i job, kan spredningen være større eller mindre end vist.",
    "The assumptions are drawn independently of each other. If two of them are linked in reality, such as the occupancy rate and the share who take a job, the spread may be wider or narrower than shown.",
);

/// The expected persons of the projection.
pub const LUMPY: Pair = (
    "Beregningen over årene regner med forventede antal personer, fx 0,6 person i job. I virkeligheden kommer folk i job én ad gangen: et hold på 3 pladser over 3 år kan give ét job, to eller slet ingen. Den tilfældighed er ikke med i trækningerne.",
    "The projection over the years counts expected numbers of people, such as 0.6 of a person in a job. In reality people find jobs one at a time: a team of 3 places over 3 years may give one job, two or none at all. That chance is not part of the draws.",
);

/// The range editor at a field: the button that marks it.
pub const MARK: Pair = ("Angiv usikkerhed", "Mark as uncertain");
/// The button that removes its range.
pub const UNMARK: Pair = ("Fjern interval", "Remove range");
/// The range editor's legend.
pub const RANGE: Pair = ("Usikkerhed", "Uncertainty");

/// An end's label.
pub fn end(lang: Lang, e: End) -> &'static str {
    match e {
        End::Low => lang.pick("Lav værdi", "Low value"),
        End::High => lang.pick("Høj værdi", "High value"),
    }
}

/// An end of a field's range, as the error summary names it.
pub fn range_end_name(lang: Lang, field: &str, e: End) -> String {
    match (lang, e) {
        (Lang::Da, End::Low) => format!("{field}, lav værdi"),
        (Lang::Da, End::High) => format!("{field}, høj værdi"),
        (Lang::En, End::Low) => format!("{field}, low value"),
        (Lang::En, End::High) => format!("{field}, high value"),
    }
}

/// Under the ends: the most likely value and the P10 and P90 the triangle gives.
pub fn implies(lang: Lang, most_likely: &str, p10: &str, p90: &str) -> String {
    match lang {
        Lang::Da => format!(
            "Mest sandsynlig: feltets værdi, {most_likely}. 8 ud af 10 trækninger ligger mellem {p10} og {p90} (P10 og P90)."
        ),
        Lang::En => format!(
            "Most likely: the field's value, {most_likely}. 8 in 10 draws fall between {p10} and {p90} (P10 and P90)."
        ),
    }
}

/// The label of the triangle drawn at a field.
pub fn shape_label(lang: Lang, low: &str, most_likely: &str, high: &str) -> String {
    match lang {
        Lang::Da => format!("Trekantfordeling fra {low} til {high} med toppunkt ved {most_likely}"),
        Lang::En => {
            format!("Triangular distribution from {low} to {high}, peaking at {most_likely}")
        }
    }
}

/// How many inputs are uncertain.
pub fn marked(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::Da, 1) => "1 forudsætning har et interval.".into(),
        (Lang::Da, n) => format!("{n} forudsætninger har et interval."),
        (Lang::En, 1) => "1 assumption has a range.".into(),
        (Lang::En, n) => format!("{n} assumptions have a range."),
    }
}

/// A number of draws, the language's way.
pub fn draws(lang: Lang, n: u32) -> String {
    format::number(lang, f64::from(n), 0, 0)
}

/// The progress while draws run.
pub fn progress(lang: Lang, done: u32, total: u32) -> String {
    match lang {
        Lang::Da => format!(
            "Beregner … {} af {} trækninger",
            draws(lang, done),
            draws(lang, total)
        ),
        Lang::En => format!(
            "Calculating… {} of {} draws",
            draws(lang, done),
            draws(lang, total)
        ),
    }
}

/// What the results rest on: draws, seed, and how many were invalid.
pub fn based_on(lang: Lang, valid: u32, total: u32, seed: u32, invalid: u32) -> String {
    let head = match lang {
        Lang::Da => format!("{} trækninger med startværdien {seed}.", draws(lang, total)),
        Lang::En => format!("{} draws with the seed {seed}.", draws(lang, total)),
    };
    let tail = match (lang, invalid) {
        (Lang::Da, 0) => " Alle trækninger var gyldige.".to_string(),
        (Lang::En, 0) => " Every draw was valid.".to_string(),
        (Lang::Da, 1) => format!(
            " 1 trækning gav en ugyldig kombination (fx andele af de samme personer, der tilsammen er over 100\u{a0}%) og er udeladt. Tallene bygger på de {} gyldige.",
            draws(lang, valid)
        ),
        (Lang::En, 1) => format!(
            " 1 draw gave an invalid combination (such as shares of the same people adding up to more than 100%) and is left out. The figures are based on the {} valid ones.",
            draws(lang, valid)
        ),
        (Lang::Da, n) => format!(
            " {} trækninger gav en ugyldig kombination (fx andele af de samme personer, der tilsammen er over 100\u{a0}%) og er udeladt. Tallene bygger på de {} gyldige.",
            draws(lang, n),
            draws(lang, valid)
        ),
        (Lang::En, n) => format!(
            " {} draws gave an invalid combination (such as shares of the same people adding up to more than 100%) and are left out. The figures are based on the {} valid ones.",
            draws(lang, n),
            draws(lang, valid)
        ),
    };
    head + &tail
}

/// A share of the draws, as a sentence.
pub fn share(lang: Lang, output: Output, horizon: Horizon, share: f64) -> String {
    let pct = format::percent(lang, share);
    let zero = format::kr(lang, 0.0);
    let years = horizon == Horizon::Years;
    let name = crate::text::in_sentence(super::sensitivity::output(lang, output));
    match (lang, output, years) {
        (Lang::Da, Output::Coverage, false) => format!("I {pct} af trækningerne er socialpædagogen fuldt dækket det første år."),
        (Lang::Da, Output::Coverage, true) => format!("I {pct} af trækningerne er socialpædagogen fuldt dækket over årene."),
        (Lang::Da, Output::KommuneNet, true) => format!("I {pct} af trækningerne er kommunens nutidsværdi mindst {zero}"),
        (Lang::Da, Output::PublicTotal, true) => format!("I {pct} af trækningerne er det offentliges samlede nutidsværdi mindst {zero}"),
        (Lang::Da, Output::PublicTotal, false) => format!("I {pct} af trækningerne er det offentliges samlede resultat mindst {zero} det første år."),
        (Lang::Da, _, false) => format!("I {pct} af trækningerne er {name} mindst {zero} det første år."),
        (Lang::Da, _, true) => format!("I {pct} af trækningerne er nutidsværdien af {name} mindst {zero}"),
        (Lang::En, Output::Coverage, false) => format!("In {pct} of the draws the social educator's cost is fully covered in the first year."),
        (Lang::En, Output::Coverage, true) => format!("In {pct} of the draws the social educator's cost is fully covered over the years."),
        (Lang::En, Output::KommuneNet, true) => format!("In {pct} of the draws the municipality's present value is at least {zero}."),
        (Lang::En, Output::PublicTotal, true) => format!("In {pct} of the draws the public sector's total present value is at least {zero}."),
        (Lang::En, Output::PublicTotal, false) => format!("In {pct} of the draws the public sector's total result is at least {zero} in the first year."),
        (Lang::En, _, false) => format!("In {pct} of the draws {name} is at least {zero} in the first year."),
        (Lang::En, _, true) => format!("In {pct} of the draws the present value of {name} is at least {zero}."),
    }
}

/// The histogram's title.
pub fn chart_title(lang: Lang, output: Output, horizon: Horizon) -> String {
    format!(
        "{} – {}",
        super::sensitivity::output(lang, output),
        crate::text::in_sentence(super::sensitivity::horizon(lang, horizon))
    )
}

/// The histogram's description (an amount ending in "kr." ends a sentence without a second dot).
pub fn chart_desc(
    lang: Lang,
    count: u32,
    range: (&str, &str),
    band: (&str, &str),
    base: Option<&str>,
) -> String {
    let end = |v: &str| v.strip_suffix('.').unwrap_or(v).to_string();
    let base = base.map(|b| match lang {
        Lang::Da => format!(
            " Den lodrette streg er resultatet med felternes værdier, {}.",
            end(b)
        ),
        Lang::En => format!(
            " The vertical line is the result with the fields' values, {}.",
            end(b)
        ),
    });
    match lang {
        Lang::Da => format!(
            "Søjlediagram over resultatet af {} gyldige trækninger, fra {} til {}. Det skraverede bånd går fra P10, {}, til P90, {}.{}",
            draws(lang, count), range.0, end(range.1), band.0, end(band.1), base.unwrap_or_default()
        ),
        Lang::En => format!(
            "Bar chart of the results of {} valid draws, from {} to {}. The hatched band runs from P10, {}, to P90, {}.{}",
            draws(lang, count), range.0, end(range.1), band.0, end(band.1), base.unwrap_or_default()
        ),
    }
}

/// The caption of the table of every output.
pub const ALL_RESULTS: Pair = (
    "Alle resultater: med felternes værdier, P10, median og P90",
    "Every result: with the fields' values, P10, median and P90",
);

/// The histogram table's headings.
pub const FROM: Pair = ("Fra", "From");
/// The upper edge of a bin.
pub const TO: Pair = ("Til", "To");
/// Draws in a bin.
pub const IN_BIN: Pair = ("Antal trækninger", "Number of draws");
/// The table's caption.
pub const TABLE_CAPTION: Pair = ("Fordelingen som tabel", "The distribution as a table");
/// Not applicable (coverage without support staff).
pub const NOT_APPLICABLE: Pair = ("Ikke relevant", "Not applicable");
