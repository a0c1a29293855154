//! The page around every view: its title, the skip link, the scenario's name field, the footer.

use super::{quoted, t, Lang, Pair};

/// The browser tab's title.
pub const TITLE: Pair = (
    "Partnerskabsberegneren – businesscase for socialøkonomiske partnerskaber",
    "Partnerskabsberegneren – the business case for social-economy partnerships",
);

/// The link that skips the inputs.
pub const SKIP_TO_RESULTS: Pair = ("Spring til resultaterne", "Skip to the results");

/// The label of the scenario's name.
pub const SCENARIO_NAME: Pair = ("Scenariets navn", "Scenario name");

/// The footer's promise that nothing leaves the browser.
pub const FOOTER_PRIVACY: Pair = (
    "Alt beregnes i browseren. Intet sendes nogen steder hen: ingen cookies, ingen statistik.",
    "Everything is computed in your browser. Nothing is sent anywhere: no cookies, no analytics.",
);

/// The footer's note on the defaults.
pub const FOOTER_DEFAULTS: Pair = (
    "Standardværdierne er eksempler med kilde og år; skøn bør erstattes med jeres egne tal.",
    "The defaults are examples with source and year; replace estimates with your own figures.",
);

/// Before the name two open scenarios share.
const NAME_TAKEN: Pair = (
    "Et andet åbent scenarie hedder også",
    "Another open scenario is also called",
);

/// After the name two open scenarios share.
const NAME_TAKEN_HINT: Pair = (
    "Giv dem hver sit navn, så de kan kendes fra hinanden i fanerne og i sammenligningen.",
    "Give each its own name, so they can be told apart in the tabs and the comparison.",
);

/// The warning under a scenario's name when another open scenario has the same one.
pub fn name_taken(lang: Lang, name: &str) -> String {
    format!(
        "{} {}. {}",
        t(lang, NAME_TAKEN),
        quoted(lang, name),
        t(lang, NAME_TAKEN_HINT)
    )
}
