//! The texts of the results column: the coverage, the parties, the company's cost per hour, hours
//! and jobs and the break-evens. The verdict lines (`verdicts`) and the assumptions and sources,
//! on screen and in print (`sources`), have their own modules.

use super::{around, fields, quoted, t, Lang, Pair};
use crate::model::FieldId;

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

/// The coverage card's heading.
pub const COVERAGE_TITLE: Pair = (
    "Dækning af socialpædagogen",
    "Coverage of the social educator",
);

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

/// The markup the hours carry.
pub const MARKUP_ON_HOURS: Pair = ("Overhead på timerne", "Markup on the hours");

/// What the municipality pays for places.
pub const PAYMENT_FOR_PLACES: Pair = (
    "Kommunens betaling for pladser",
    "The municipality's payment for places",
);

/// What the municipality pays for mentor support.
pub const PAYMENT_FOR_MENTORING: Pair = (
    "Kommunens betaling for mentorstøtte",
    "The municipality's payment for mentor support",
);

/// The sum available for the social educator.
pub const AVAILABLE: Pair = ("Til rådighed for støtte", "Available for support");

/// A social educator (the cost of the support; a row of the social enterprise's sums).
pub const SOCIAL_EDUCATOR: Pair = ("Socialpædagog", "Social educator");

/// After the number of social educators.
const FTE: Pair = ("årsværk", "FTE");

/// The cost of the support, with its full-time equivalents: "Socialpædagog (1,50 årsværk)".
pub fn support_staff(lang: Lang, fte: &str) -> String {
    format!("{} ({fte} {})", t(lang, SOCIAL_EDUCATOR), t(lang, FTE))
}

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
    "Kommunens resultat i alt er",
    "The municipality's net result is",
);

/// The money flows in words: the state's net result.
const FLOW_STATE_NET: Pair = ("Statens resultat er", "The state's net result is");

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

/// What the company pays the social enterprise.
pub const PAYMENT_TO_SOCIAL_ENTERPRISE: Pair = (
    "Betaling til den socialøkonomiske virksomhed",
    "Payment to the social enterprise",
);

/// What the same hours would cost the company elsewhere.
pub const SAME_HOURS_ELSEWHERE: Pair = (
    "Samme timer hos alternativet",
    "The same hours from the alternative",
);

/// The company's other savings.
pub const OTHER_SAVINGS: Pair = ("Andre besparelser", "Other savings");

/// What the company gains from skilled time freed.
pub const FREED_TIME: Pair = (
    "Frigjort fagtid (egen gevinst)",
    "Skilled time freed (own gain)",
);

/// What the municipality pays the company's department.
pub const PAYMENT_TO_DEPARTMENT: Pair = (
    "Kommunens betaling til afdelingen",
    "The municipality's payment to the department",
);

/// The department's costs.
pub const DEPARTMENT_COSTS: Pair = ("Afdelingens udgifter", "The department's costs");

/// The company's result with the department, against the alternative.
pub const RESULT_AGAINST_ALTERNATIVE: Pair = (
    "Resultat i forhold til alternativet",
    "Result compared with the alternative",
);

/// The company's net benefit.
pub const NET_BENEFIT: Pair = ("Nettogevinst", "Net benefit");

/// The social enterprise's revenue.
pub const REVENUE: Pair = ("Indtægter", "Revenue");

/// The social enterprise's wages.
pub const WAGES: Pair = (
    "Løn inkl. lønafhængige omkostninger",
    "Wages incl. employer on-costs",
);

/// The social enterprise's other costs.
pub const OTHER_COSTS: Pair = ("Andre udgifter", "Other costs");

/// The social enterprise's result.
pub const RESULT: Pair = ("Resultat", "Result");

/// What the municipality pays for places.
pub const PURCHASE_OF_PLACES: Pair = ("Køb af pladser", "Purchase of places");

/// What the municipality pays for mentor support.
pub const PURCHASE_OF_MENTORING: Pair = ("Køb af mentorstøtte", "Purchase of mentor support");

/// What the municipality saves on benefits.
pub const BENEFITS_SAVED: Pair = (
    "Ydelser, mindreudgift efter refusion",
    "Benefits, lower spending after refund",
);

/// The tax the municipality or the state gets.
pub const TAX: Pair = ("Skat af den ekstra indkomst", "Tax on the extra income");

/// The municipality's or the state's net result.
pub const NET_FIRST_YEAR: Pair = ("Netto i det første år", "Net in the first year");

/// What the state saves on refunds.
pub const REFUNDS_SAVED: Pair = ("Refusion, mindreudgift", "Refunds, lower spending");

/// What "net" means.
pub const NET_NOTE: Pair = (
    "Netto: hvad parten får, minus hvad den betaler, i det første år.",
    "Net: what the party gets, less what it pays, in the first year.",
);

/// What the municipality's and the state's sums count.
pub const PUBLIC_NOTE: Pair = (
    "Kommune og stat: fleksløntilskud i stedet for den ydelse, personerne i fleksjob ellers ville få, og skat af den ekstra indkomst. Deltagernes ydelse er uændret i det første år.",
    "Municipality and state: flex wage subsidy instead of the benefit the people in flex jobs would otherwise draw, and tax on the extra income. The participants' benefit is unchanged in the first year.",
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
    "Alternativet (samme betalte timer)",
    "The alternative (same paid hours)",
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

/// Attendance hours a year.
pub const ATTENDANCE_HOURS: Pair = ("Fremmødetimer om året", "Attendance hours a year");

/// Paid hours.
pub const PAID_HOURS: Pair = ("Betalte timer", "Paid hours");

/// Billed hours.
pub const BILLED_HOURS: Pair = ("Fakturerede timer", "Billed hours");

/// Productive full-time equivalents.
pub const PRODUCTIVE_FTE: Pair = (
    "Produktive årsværk (betalte timer)",
    "Productive FTEs (paid hours)",
);

/// People in flex jobs.
pub const FLEKSJOB: Pair = ("Fleksjob", "Flex jobs");

/// People in small jobs.
pub const SMAJOB: Pair = ("Småjob", "Small jobs");

/// People in ordinary jobs.
pub const ORDINARY: Pair = ("Ordinært ansatte", "Ordinary employees");

/// Participant places.
pub const COURSE_PLACES: Pair = ("Deltagerpladser", "Participant places");

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

/// Instead of a break-even when the social educator is covered at 0.
pub const ALREADY_COVERED: Pair = (
    "Allerede dækket, selv ved 0.",
    "Already covered, even at 0.",
);

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
