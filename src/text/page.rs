//! The page around every view: its title, the skip link, the scenario's name field, the footer.

use super::Pair;

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
