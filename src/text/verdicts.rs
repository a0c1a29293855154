//! The texts of the verdict lines at the top of the results ("Kort fortalt"): one plain sentence
//! per party, and whether one price suits both the company and the social enterprise. The amounts
//! come formatted.

use super::{around, t, Lang, Pair};
use crate::model::PricingMode;

/// The card's heading.
pub const TITLE: Pair = ("Kort fortalt", "In short");

// The company.

/// The company with its own department saves, against its alternative.
pub fn department_saves(lang: Lang, amount: &str) -> String {
    around(
        lang,
        (
            "Virksomheden og afdelingen er én økonomi: samlet sparer virksomheden",
            "The company and the department share one set of accounts: together the company saves",
        ),
        amount,
        (
            "om året i forhold til sit alternativ.",
            "a year compared with its alternative.",
        ),
    )
}

/// The company with its own department pays more than its alternative.
pub fn department_costs_more(lang: Lang, amount: &str) -> String {
    around(
        lang,
        (
            "Virksomheden og afdelingen er én økonomi: samlet koster afdelingen",
            "The company and the department share one set of accounts: together the department costs",
        ),
        amount,
        (
            "mere om året end alternativet.",
            "a year more than the alternative.",
        ),
    )
}

/// The company saves, against its alternative.
pub fn company_saves(lang: Lang, amount: &str) -> String {
    around(
        lang,
        ("Virksomheden sparer", "The company saves"),
        amount,
        (
            "om året i forhold til sit alternativ.",
            "a year compared with its alternative.",
        ),
    )
}

/// The company pays more than for its alternative.
pub fn company_pays_more(lang: Lang, amount: &str) -> String {
    around(
        lang,
        ("Virksomheden betaler", "The company pays"),
        amount,
        (
            "mere om året end for sit alternativ.",
            "a year more than for its alternative.",
        ),
    )
}

/// In a department the markup changes nothing for the company as a whole.
pub const DEPARTMENT_NOTE: Pair = (
    "I en afdeling flytter overheadet kun penge internt: det ændrer ikke virksomhedens samlede resultat.",
    "In a department the markup only moves money internally: it does not change the company's overall result.",
);

// The social enterprise.

/// There is no social educator.
pub const NO_SOCIAL_EDUCATOR: Pair = (
    "Der er ingen socialpædagog at betale.",
    "There is no social educator to pay.",
);

/// The social educator is covered exactly.
pub const COVERED_EXACTLY: Pair = (
    "Overheadet og kommunens betaling dækker socialpædagogen præcist (nulpunktet).",
    "The markup and the municipality's payments cover the social educator exactly (the break-even point).",
);

/// The social educator is covered, with the yearly amount to spare.
pub fn covered_with_surplus(lang: Lang, amount: &str) -> String {
    around(
        lang,
        (
            "Overheadet og kommunens betaling dækker socialpædagogen med",
            "The markup and the municipality's payments cover the social educator with",
        ),
        amount,
        (
            "til overs om året (før den socialøkonomiske virksomheds andre udgifter).",
            "a year to spare (before the social enterprise's other costs).",
        ),
    )
}

/// The social educator is not covered, with the yearly shortfall.
pub fn coverage_shortfall(lang: Lang, amount: &str) -> String {
    around(
        lang,
        (
            "Overheadet og kommunens betaling mangler",
            "The markup and the municipality's payments are",
        ),
        amount,
        (
            "om året for at dække socialpædagogen.",
            "a year short of covering the social educator.",
        ),
    )
}

// The municipality and the state.

/// After the municipality's sentence (with its space).
const LATER: Pair = (
    " Hvad det giver, når deltagere senere kommer i job, står under »Over årene«.",
    " What follows when participants later find work is under \"Over the years\".",
);

/// The municipality gains in the first year.
pub fn municipality_gains(lang: Lang, amount: &str) -> String {
    around(
        lang,
        ("I det første år får kommunen", "In the first year the municipality gets"),
        amount,
        (
            "mere ind i skat og sparede udgifter til ydelser, end den betaler for deltagerpladser og mentorstøtte.",
            "more in tax and benefits saved than it pays for participant places and mentor support.",
        ),
    ) + t(lang, LATER)
}

/// The municipality pays in the first year.
pub fn municipality_pays(lang: Lang, amount: &str) -> String {
    around(
        lang,
        ("I det første år betaler kommunen", "In the first year the municipality pays"),
        amount,
        (
            "mere for deltagerpladser og mentorstøtte, end den får ind i skat og sparede udgifter til ydelser.",
            "more for participant places and mentor support than it gets back in tax and benefits saved.",
        ),
    ) + t(lang, LATER)
}

/// The state gains in the first year.
pub fn state_gains(lang: Lang, amount: &str) -> String {
    around(
        lang,
        (
            "I det første år får staten",
            "In the first year the state gets",
        ),
        amount,
        ("i skat og sparet refusion.", "in tax and saved refunds."),
    )
}

/// The state pays in the first year.
pub fn state_pays(lang: Lang, amount: &str) -> String {
    around(
        lang,
        (
            "I det første år betaler staten",
            "In the first year the state pays",
        ),
        amount,
        (
            "mere i refusion, end den får i skat.",
            "more in refunds than it gets in tax.",
        ),
    )
}

// One price for both.

/// "Any price" and "no price" for the pricing mode. Danish "overhead" is neuter and "timepris"
/// common gender: each has its own words.
fn any_and_none(mode: PricingMode) -> (Pair, Pair) {
    match mode {
        PricingMode::Markup => (
            ("Ethvert overhead", "Any markup"),
            ("Intet overhead", "No markup"),
        ),
        PricingMode::FixedPrice => (
            ("Enhver timepris", "Any hourly price"),
            ("Ingen timepris", "No hourly price"),
        ),
    }
}

/// Between "any price" and the lowest price that covers the social educator.
const FROM: Pair = ("fra", "from");

/// Between the lowest price and the highest price the company gains at.
const TO: Pair = ("til", "to");

/// After the prices that suit both (with its space).
const FITS: Pair = (
    " dækker socialpædagogen og er billigere for virksomheden end alternativet.",
    " covers the social educator and costs the company less than its alternative.",
);

/// Every price from `floor` to `ceiling` suits both the social enterprise and the company.
pub fn price_fits(lang: Lang, mode: PricingMode, floor: &str, ceiling: &str) -> String {
    let (any, _) = any_and_none(mode);
    format!(
        "{} {} {floor} {} {ceiling}{}",
        t(lang, any),
        t(lang, FROM),
        t(lang, TO),
        t(lang, FITS)
    )
}

/// The social educator is covered at any price, and every price up to `ceiling` suits the
/// company: "Socialpædagogen er dækket også uden overhead, og ethvert overhead op til 26,1 % er
/// billigere for virksomheden end alternativet."
pub fn price_fits_from_zero(lang: Lang, mode: PricingMode, ceiling: &str) -> String {
    match (lang, mode) {
        (Lang::Da, PricingMode::Markup) => format!("Socialpædagogen er dækket selv uden overhead, og med et overhead på op til {ceiling} er partnerskabet billigere for virksomheden end alternativet."),
        (Lang::Da, PricingMode::FixedPrice) => format!("Socialpædagogen er dækket uanset timeprisen, og med en timepris på op til {ceiling} er partnerskabet billigere for virksomheden end alternativet."),
        (Lang::En, PricingMode::Markup) => format!("The social educator is covered even without a markup, and with a markup of up to {ceiling} the partnership costs the company less than its alternative."),
        (Lang::En, PricingMode::FixedPrice) => format!("The social educator is covered whatever the hourly price, and with an hourly price of up to {ceiling} the partnership costs the company less than its alternative."),
    }
}

/// Between "no price" and the lowest price that covers the social educator.
const NO_FIT: Pair = (
    "passer begge parter: socialpædagogen kræver mindst",
    "suits both parties: the social educator needs at least",
);

/// Before the highest price the company gains at (with its comma).
const BUT_ABOVE: Pair = (", men over", ", but above");

/// After the highest price the company gains at.
const CHEAPER_ALTERNATIVE: Pair = (
    "er alternativet billigere for virksomheden.",
    "the alternative is cheaper for the company.",
);

/// No price suits both: the social educator needs at least `floor`, and above `ceiling` the
/// alternative is cheaper for the company.
pub fn no_price_fits(lang: Lang, mode: PricingMode, floor: &str, ceiling: &str) -> String {
    let (_, none) = any_and_none(mode);
    format!(
        "{} {} {floor}{} {ceiling} {}",
        t(lang, none),
        t(lang, NO_FIT),
        t(lang, BUT_ABOVE),
        t(lang, CHEAPER_ALTERNATIVE)
    )
}
