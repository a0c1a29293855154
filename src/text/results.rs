//! The texts of the results column: the coverage, the parties, the company's cost per hour, hours
//! and jobs and the break-evens. The verdict lines (`verdicts`) and the assumptions and sources,
//! on screen and in print (`sources`), have their own modules.

use super::{around, fields, quoted, t, Lang, Pair};
use crate::model::{BreakEvenKind, FieldId, PricingMode};

// The column.

/// The results' heading (for screen readers), and the link to them.
pub const TITLE: Pair = ("Resultater", "Results");

/// Instead of the results when there are none yet.
pub const CORRECT_ERRORS: Pair = (
    "Ret fejlene for at se resultaterne.",
    "Correct the errors to see the results.",
);

/// Above results that belong to earlier inputs.
pub const STALE: Pair = (
    "Resultaterne er ikke opdateret: de viser de sidste gyldige tal. Ret fejlene i felterne.",
    "The results are not up to date: they show the last valid figures. Correct the errors in the fields.",
);

// The coverage.

/// The coverage card's heading: the social enterprise's question.
pub const COVERAGE_TITLE: Pair = (
    "Den socialøkonomiske virksomhed: dækning af socialpædagogen",
    "The social enterprise: coverage of the social educator",
);

/// Under the coverage's heading: what the percentage means.
pub const COVERAGE_MEANS: Pair = (
    "Kan overheadet og kommunens betaling betale socialpædagogen? 100 % betyder, at de dækker udgiften præcis.",
    "Do the markup and the municipality's payments pay for the social educator? 100% means they cover the cost exactly.",
);

/// Under the coverage's heading for a reader who is not the social enterprise.
pub const COVERAGE_WHOSE: Pair = (
    "Dækningen viser, om den socialøkonomiske virksomhed kan betale socialpædagogen. Den siger ikke, hvad virksomheden eller kommunen betaler eller sparer – det står under »Kort fortalt« og »Parterne om året«.",
    "The coverage shows whether the social enterprise can pay for the social educator. It does not say what the company or the municipality pays or saves: see ‘In short’ and ‘The parties over one year’.",
);

/// The legend of the choice of reader.
pub const READER: Pair = ("Vis resultaterne set fra", "Show the results as seen by");

/// The choice of no particular reader.
pub const READER_ALL: Pair = ("Alle parter", "Every party");

/// The choice of the company as reader.
pub const READER_COMPANY: Pair = ("Virksomheden", "The company");

/// The choice of the social enterprise as reader.
pub const READER_ENTERPRISE: Pair = (
    "Den social\u{ad}økonomiske virksomhed",
    "The social enterprise",
);

/// The choice of the municipality as reader.
pub const READER_MUNICIPALITY: Pair = ("Kommunen", "The municipality");

/// The mark at 100 % on the gauge.
pub const GAUGE_MARK: Pair = ("100 %", "100%");

/// Instead of the coverage when there is no social educator.
pub const NOT_APPLICABLE: Pair = ("Ikke relevant", "Not applicable");

/// Under the coverage when there is no social educator.
pub const NOTHING_TO_COVER: Pair = (
    "Der er ingen socialpædagog at dække.",
    "There is no social educator to cover.",
);

/// Under the coverage when the social educator is covered, with the yearly surplus.
pub fn covered_with_surplus(lang: Lang, amount: &str) -> String {
    around(
        lang,
        (
            "Socialpædagogen er dækket med et overskud på",
            "The social educator is covered with a surplus of",
        ),
        amount,
        ("om året.", "a year."),
    )
}

/// Under the coverage when the social educator is not covered, with the yearly shortfall.
pub fn coverage_shortfall(lang: Lang, amount: &str) -> String {
    around(
        lang,
        ("Der mangler", "There is a shortfall of"),
        amount,
        (
            "om året for at dække socialpædagogen.",
            "a year in covering the social educator.",
        ),
    )
}

/// After the number of social educators.
const FTE: Pair = ("årsværk", "FTE");

/// The social educators' full-time equivalents after their cost's name: "1,50 årsværk".
pub fn fte(lang: Lang, fte: &str) -> String {
    format!("{fte} {}", t(lang, FTE))
}

/// Opens the working of the coverage under the headline.
pub const HOW_COVERAGE: Pair = (
    "Sådan er dækningen beregnet",
    "How the coverage is worked out",
);

/// Opens the working of the company's cost per hour.
pub const HOW_HOUR_PRICE: Pair = (
    "Sådan er prisen pr. time beregnet",
    "How the cost per hour is worked out",
);

/// Under the sums: every name opens its working.
pub const WORKING_NOTE: Pair = (
    "Vælg en post for at se udregningen med jeres tal.",
    "Choose a line to see the working with your figures.",
);

// The parties.

/// The parties card's heading.
pub const PARTIES_TITLE: Pair = ("Parterne om året", "The parties over one year");

/// Before a party's net result in the diagram.
const NET: Pair = ("netto", "net");

/// A party's net result in the diagram: "netto 12.000 kr.".
pub fn net(lang: Lang, amount: &str) -> String {
    format!("{} {amount}", t(lang, NET))
}

/// The money flows in words: what the company pays.
const FLOW_COMPANY_PAYS: Pair = ("Virksomheden betaler", "The company pays");

/// The money flows in words: to whom the company and the municipality pay.
const FLOW_TO_SOCIAL_ENTERPRISE: Pair = (
    "til den socialøkonomiske virksomhed",
    "to the social enterprise",
);

/// The money flows in words: what the municipality pays.
const FLOW_MUNICIPALITY_PAYS: Pair = ("Kommunen betaler", "The municipality pays");

/// The money flows in words: what the social enterprise pays.
const FLOW_SOCIAL_ENTERPRISE_PAYS: Pair = (
    "Den socialøkonomiske virksomhed betaler",
    "The social enterprise pays",
);

/// The money flows in words: for what the social enterprise pays.
const FLOW_FOR_SOCIAL_EDUCATOR: Pair = ("for socialpædagogen", "for the social educator");

/// The money flows in words: the municipality's net result.
const FLOW_MUNICIPALITY_NET: Pair = (
    "Kommunens resultat i det første år er",
    "The municipality's net result in the first year is",
);

/// The money flows in words: the state's net result.
const FLOW_STATE_NET: Pair = (
    "Statens resultat i det første år er",
    "The state's net result in the first year is",
);

/// The money flows in words: after a net result.
const FLOW_A_YEAR: Pair = ("om året", "a year");

/// The diagram of the money flows in words, for screen readers; the amounts are formatted.
pub fn flow_label(
    lang: Lang,
    company_pays: &str,
    municipality_pays: &str,
    support_cost: &str,
    municipality_net: &str,
    state_net: &str,
) -> String {
    format!(
        "{} {company_pays} {}. {} {municipality_pays} {}. {} {support_cost} {}. \
         {} {municipality_net} {}. {} {state_net} {}.",
        t(lang, FLOW_COMPANY_PAYS),
        t(lang, FLOW_TO_SOCIAL_ENTERPRISE),
        t(lang, FLOW_MUNICIPALITY_PAYS),
        t(lang, FLOW_TO_SOCIAL_ENTERPRISE),
        t(lang, FLOW_SOCIAL_ENTERPRISE_PAYS),
        t(lang, FLOW_FOR_SOCIAL_EDUCATOR),
        t(lang, FLOW_MUNICIPALITY_NET),
        t(lang, FLOW_A_YEAR),
        t(lang, FLOW_STATE_NET),
        t(lang, FLOW_A_YEAR),
    )
}

/// The company (a party's heading and its box in the diagram).
pub const THE_COMPANY: Pair = ("Virksomheden", "The company");

/// The company and its own social-enterprise department, as one party.
pub const COMPANY_WITH_DEPARTMENT: Pair = (
    "Virksomheden med afdelingen",
    "The company with the department",
);

/// The social enterprise (a party's heading).
pub const THE_SOCIAL_ENTERPRISE: Pair =
    ("Den socialøkonomiske virksomhed", "The social enterprise");

/// The social enterprise's box in the diagram (with a soft hyphen).
pub const FLOW_SOCIAL_ENTERPRISE: Pair =
    ("Social\u{ad}økonomisk virksomhed", "The social enterprise");

/// The department's box in the diagram.
pub const THE_DEPARTMENT: Pair = ("Afdelingen", "The department");

/// The social educator's box in the diagram (with a soft hyphen).
pub const FLOW_SOCIAL_EDUCATOR: Pair = ("Social\u{ad}pædagog", "Social educator");

/// The municipality (a party's heading and its box in the diagram).
pub const THE_MUNICIPALITY: Pair = ("Kommunen", "The municipality");

/// The state (a party's heading and its box in the diagram).
pub const THE_STATE: Pair = ("Staten", "The state");

/// What "net" means.
pub const NET_NOTE: Pair = (
    "Netto: hvad parten får, minus hvad den betaler, i det første år.",
    "Net: what the party gets, less what it pays, in the first year.",
);

/// What the municipality's and the state's sums count.
pub const PUBLIC_NOTE: Pair = (
    "Kommune og stat: fleksløntilskud i stedet for den ydelse, personerne i fleksjob ellers ville få, og skat af den ekstra indkomst. Deltagernes ydelse er uændret i det første år. Udligning og bloktilskud er ikke regnet med (som i den offentlige investeringsmodel SØM), og kommunens køb af forløb og mentorstøtte til disse grupper giver ingen statsrefusion.",
    "Municipality and state: flex wage subsidy instead of the benefit the people in flex jobs would otherwise draw, and tax on the extra income. The participants' benefit is unchanged in the first year. Equalisation and the block grant are left out (as the public investment model SØM does), and the municipality's purchases of courses and mentor support for these groups get no state refund.",
);

// The company's cost per hour.

/// The card's heading.
pub const COMPANY_COST_TITLE: Pair = ("Virksomhedens pris pr. time", "The company's cost per hour");

/// Instead of the bars when the company pays for no hours.
pub const NO_PAID_HOURS: Pair = (
    "Virksomheden betaler ikke for nogen timer.",
    "The company does not pay for any hours.",
);

/// The partnership's bar.
pub const THE_PARTNERSHIP: Pair = ("Partnerskabet", "The partnership");

/// The alternative's bar.
pub const THE_ALTERNATIVE: Pair = (
    "Alternativet (samme fakturerede timer)",
    "The alternative (same billed hours)",
);

/// Under the bars when the partnership is cheaper, with the saving per hour.
pub fn saves_per_hour(lang: Lang, amount: &str) -> String {
    around(
        lang,
        ("Virksomheden sparer", "The company saves"),
        amount,
        ("pr. time.", "per hour."),
    )
}

/// Under the bars when the partnership is dearer, with the extra cost per hour.
pub fn costs_more_per_hour(lang: Lang, amount: &str) -> String {
    around(
        lang,
        ("Partnerskabet koster", "The partnership costs"),
        amount,
        (
            "mere pr. time end alternativet.",
            "more per hour than the alternative.",
        ),
    )
}

// Hours and jobs.

/// The card's heading.
pub const HOURS_JOBS_TITLE: Pair = ("Timer og job", "Hours and jobs");

// The break-evens.

/// The card's heading.
pub const BREAK_EVENS_TITLE: Pair = (
    "Nulpunkter (100 % dækning)",
    "Break-even points (100% coverage)",
);

/// What a break-even is.
pub const BREAK_EVENS_NOTE: Pair = (
    "For hver størrelse: den værdi, hvor overheadet og kommunens betalinger præcis dækker socialpædagogen, når alt andet er uændret.",
    "For each figure: the value at which the markup and the municipality's payments exactly cover the social educator, all else unchanged.",
);

/// The break-even of the markup.
pub const BREAK_EVEN_MARKUP: Pair = ("Overhead på lønomkostningen", "Markup on labour cost");

/// The break-even of the fixed hourly price.
pub const BREAK_EVEN_FIXED_PRICE: Pair = ("Fast timepris", "Fixed hourly price");

/// The break-even of the price per place.
pub const BREAK_EVEN_COURSE_PRICE: Pair = (
    "Pris pr. deltagerplads pr. uge",
    "Price per participant place per week",
);

/// The break-even of the billed hours.
pub const BREAK_EVEN_BILLED_HOURS: Pair = ("Fakturerede timer om året", "Billed hours a year");

/// A break-even that is reached already with its input at nothing, said for that input.
pub fn already_covered(lang: Lang, kind: BreakEvenKind, mode: PricingMode) -> &'static str {
    let (da, en) = match (kind, mode) {
        (BreakEvenKind::Price, PricingMode::Markup) => (
            "Dækket selv uden overhead.",
            "Covered even without a markup.",
        ),
        (BreakEvenKind::Price, PricingMode::FixedPrice) => (
            "Dækket uanset timeprisen.",
            "Covered whatever the hourly price.",
        ),
        (BreakEvenKind::CoursePrice, _) => (
            "Dækket selv uden kommunens betaling for deltagerpladser.",
            "Covered even without the municipality's payment for participant places.",
        ),
        (BreakEvenKind::BilledHours, _) => (
            "Dækket selv uden fakturerede timer.",
            "Covered even without billed hours.",
        ),
    };
    lang.pick(da, en)
}

/// Instead of a break-even when there is no social educator.
pub const NO_SOCIAL_EDUCATOR: Pair = (
    "Ikke relevant uden socialpædagog.",
    "Not applicable without a social educator.",
);

/// The button that applies a break-even.
pub const APPLY: Pair = ("Brug", "Apply");

/// Before the break-even's name in the label of its button.
const APPLY_LABEL: Pair = ("Brug nulpunktet", "Apply the break-even");

/// The label of a break-even's button: "Brug nulpunktet: Fast timepris".
pub fn apply_label(lang: Lang, name: &str) -> String {
    format!("{}: {name}", t(lang, APPLY_LABEL))
}

/// Before the field's name when a break-even would take it out of its range.
const OUT_OF_RANGE: Pair = (
    "Kan ikke bruges: det kræver en værdi uden for det gyldige område for feltet",
    "Cannot be used: it needs a value outside the valid range of the field",
);

/// Why a break-even cannot be applied: it would take `field` out of its range.
pub fn out_of_range(lang: Lang, field: FieldId) -> String {
    format!(
        "{} {}.",
        t(lang, OUT_OF_RANGE),
        quoted(lang, fields::label(lang, field))
    )
}

/// Why a break-even cannot be applied: it has no value.
pub const NO_VALUE: Pair = ("Der er ingen værdi at bruge.", "There is no value to use.");
