//! The texts of the inputs: the input panel, the group cards, the number fields, the error summary
//! and the model picker.

use super::{fields, t, Lang, Pair};
use crate::model::GroupKind;

// The model picker.

/// The model picker's heading, numbered as on the page.
pub const CHOOSE_MODEL: Pair = ("1. Vælg partnerskabsmodel", "1. Choose a partnership model");

/// What choosing a model does.
pub const MODEL_NOTE: Pair = (
    "Modellen udfylder alle felter med et eksempel, som I derefter retter til jeres egne tal.",
    "The model fills every field with an example that you then change to your own figures.",
);

// The groups.

/// What a group is, under the groups' heading.
pub const GROUPS_NOTE: Pair = (
    "Hver gruppe er personer på samme vilkår. I fleksjob betales kun for de effektive timer.",
    "Each group is people on the same terms. Flex jobs are paid for effective hours only.",
);

/// Instead of the group cards when there are none.
pub const NO_GROUPS: Pair = (
    "Ingen grupper endnu. Tilføj en gruppe herunder.",
    "No groups yet. Add a group below.",
);

/// The label of the row of buttons that add a group.
pub const ADD_GROUP: Pair = ("Tilføj gruppe", "Add group");

/// The button that adds a group of `kind`: "+ Fleksjob".
pub fn add_kind(lang: Lang, kind: GroupKind) -> String {
    format!("+ {}", fields::kind(lang, kind))
}

/// Before the most groups a scenario can have.
const AT_MOST: Pair = ("Højst", "At most");

/// After the most groups a scenario can have.
const GROUPS: Pair = ("grupper.", "groups.");

/// Why no more groups can be added: "Højst 50 grupper."
pub fn at_most_groups(lang: Lang, max: usize) -> String {
    format!("{} {max} {}", t(lang, AT_MOST), t(lang, GROUPS))
}

/// Before the number of a group without a name.
const GROUP: Pair = ("Gruppe", "Group");

/// A group without a name, by its number from 1: "Gruppe 2".
pub fn group_number(lang: Lang, number: usize) -> String {
    format!("{} {number}", t(lang, GROUP))
}

/// Before the group's name in the label of its remove button.
const REMOVE_GROUP: Pair = ("Fjern gruppen", "Remove group");

/// The label of a group's remove button: "Fjern gruppen Holdledere".
pub fn remove_group(lang: Lang, title: &str) -> String {
    format!("{} {title}", t(lang, REMOVE_GROUP))
}

/// A group's remove button.
pub const REMOVE: Pair = ("Fjern", "Remove");

/// The label of a group's name.
pub const NAME: Pair = ("Navn", "Name");

/// The label of a group's kind.
pub const KIND: Pair = ("Type", "Type");

/// The checkbox for whether the company pays for a group's hours.
pub const BILLED: Pair = (
    "Virksomheden betaler for timerne",
    "The company pays for the hours",
);

/// Under the checkbox: the hours the company buys from the group, "1.320".
pub fn bought_hours(lang: Lang, hours: &str) -> String {
    match lang {
        Lang::Da => format!("Virksomheden køber {hours} af gruppens timer om året."),
        Lang::En => format!("The company buys {hours} of the group's hours a year."),
    }
}

/// Instead of the checkbox for a group of participants.
pub const PARTICIPANT_NOTE: Pair = (
    "Deltagere får en ydelse, ikke løn: der betales ikke løn for deres timer, og timerne faktureres ikke. Kommunen betaler prisen pr. plads.",
    "Participants draw a benefit, not a wage: their hours are neither paid nor billed. The municipality pays the price per place.",
);

// The price.

/// The question whether the social enterprise is a company of its own.
pub const ORGANISATION: Pair = (
    "Den socialøkonomiske virksomhed er",
    "The social enterprise is",
);

/// The social enterprise is a company of its own.
pub const SEPARATE: Pair = ("Et selvstændigt selskab", "A separate company");

/// The social enterprise is a department of the company.
pub const DEPARTMENT: Pair = ("En afdeling af virksomheden", "A department of the company");

/// The question how the price is set.
pub const PRICING: Pair = ("Sådan fastsættes prisen", "How the price is set");

/// The price is a markup on the labour cost.
pub const AS_MARKUP: Pair = (
    "Som overhead på lønomkostningen",
    "As a markup on labour cost",
);

/// The price is a fixed hourly price.
pub const AS_FIXED_PRICE: Pair = ("Som fast timepris", "As a fixed hourly price");

// The support.

/// The question how the number of social educators is set.
pub const STAFFING: Pair = ("Antal socialpædagoger", "Number of social educators");

/// The social educators follow the caseload.
pub const BY_CASELOAD: Pair = ("Efter normering", "By caseload");

/// A fixed number of social educators.
pub const FIXED_FTE: Pair = ("Fast antal årsværk", "Fixed FTE");

// The public finances.

/// What the public-finance section is about, and what the rate year changes.
pub const PUBLIC_NOTE: Pair = (
    "Hvad partnerskabet betyder for kommunens og statens kasse: fleksløntilskud i stedet for ledighedsydelse eller kontanthjælp, skat af den ekstra indkomst og statens refusion. Satsåret påvirker kun disse tal og mindstelønnen, ikke dækningen af socialpædagogen.",
    "What the partnership means for the municipality's and the state's finances: flex wage subsidy instead of flex unemployment benefit or social assistance, tax on the extra income and the state's refund. The rate year affects only these figures and the minimum wage, not the coverage of the social educator.",
);

/// The choice of rate year.
pub const RATE_YEAR: Pair = ("Satsår", "Rate year");

/// The question what the people in flex jobs would draw without the job.
pub const FLEKSJOB_BASELINE: Pair = (
    "Uden jobbet ville personerne i fleksjob få",
    "Without the job the people in flex jobs would draw",
);

/// Flex unemployment benefit.
pub const LEDIGHEDSYDELSE: Pair = ("Ledighedsydelse", "Flex unemployment benefit");

/// Social assistance.
pub const KONTANTHJAELP: Pair = ("Kontanthjælp", "Social assistance");

/// The question what the participants draw.
pub const PARTICIPANT_BENEFIT: Pair = ("Deltagerne får", "The participants draw");

/// Resource course benefit for a participant with dependent children.
pub const RESSOURCEFORLOEB_FORSORGER: Pair = (
    "Ressourceforløbsydelse, forsørger (ressourceforløb påbegyndt før 1. februar 2026)",
    "Resource course benefit, with dependent children (resource course started before 1 February 2026)",
);

/// Resource course benefit for a participant without dependent children.
pub const RESSOURCEFORLOEB_IKKE_FORSORGER: Pair = (
    "Ressourceforløbsydelse, ikke-forsørger (ressourceforløb påbegyndt før 1. februar 2026)",
    "Resource course benefit, without dependent children (resource course started before 1 February 2026)",
);

// A number field.

/// Above a field the host page fixed (followed by the host's note, if any).
pub const LOCKED: Pair = ("Låst på denne side", "Locked on this site");

/// Before an error message, for screen readers (with its space).
pub const ERROR_PREFIX: Pair = ("Fejl: ", "Error: ");

/// Before a warning, for screen readers (with its space).
pub const WARNING_PREFIX: Pair = ("Bemærk: ", "Note: ");

/// The button that shows a field's default and its source.
pub const DEFAULT_AND_SOURCE: Pair = ("Standard og kilde", "Default and source");

/// Before a field's default (with its space).
pub const DEFAULT_PREFIX: Pair = ("Standard: ", "Default: ");

/// The button that puts the default back.
pub const USE_DEFAULT: Pair = ("Brug standardværdien", "Use the default");

// The error summary.

/// The error summary's heading when there is one error.
const ONE_ERROR: Pair = ("Der er 1 fejl", "There is 1 error");

/// Before the number of errors.
const THERE_ARE: Pair = ("Der er", "There are");

/// After the number of errors.
const ERRORS: Pair = ("fejl", "errors");

/// The error summary's heading: "Der er 3 fejl".
pub fn error_count(lang: Lang, count: usize) -> String {
    if count == 1 {
        t(lang, ONE_ERROR).to_string()
    } else {
        format!("{} {count} {}", t(lang, THERE_ARE), t(lang, ERRORS))
    }
}
