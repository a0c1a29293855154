//! The texts of the library page: the scenarios saved in this browser.

use super::{quoted, t, Lang, Pair};

/// The library page's heading, and the label of its list.
pub const TITLE: Pair = ("Gemte scenarier", "Saved scenarios");

/// What the library is, under the heading.
pub const LEAD: Pair = (
    "Scenarierne gemmes kun i denne browser på denne computer. De sendes ingen steder hen; vil I dele et scenarie, så send et link eller en fil.",
    "Scenarios are saved only in this browser on this computer. Nothing is sent anywhere; to share a scenario, send a link or a file.",
);

/// The heading when the browser's storage cannot be used.
pub const UNAVAILABLE: Pair = (
    "Gemte scenarier er ikke tilgængelige her",
    "Saved scenarios are not available here",
);

/// That the calculator works on without the library.
pub const UNAVAILABLE_NOTE: Pair = (
    "Beregneren virker som sædvanlig. I kan stadig dele et link eller hente scenariet som fil.",
    "The calculator works as usual. You can still share a link or download the scenario as a file.",
);

/// Instead of the list when nothing is saved.
pub const EMPTY: Pair = (
    "Der er ingen gemte scenarier i denne browser endnu. Gem det aktive scenarie med knappen »Gem i browseren«.",
    "There are no saved scenarios in this browser yet. Save the active scenario with the button ‘Save in this browser’.",
);

/// The name shown for a saved scenario without one.
pub const NO_NAME: Pair = ("(uden navn)", "(no name)");

/// After the name of a duplicate.
const COPY: Pair = ("(kopi)", "(copy)");

/// What follows the name of a duplicate of a scenario: " (kopi)", as in "Basis (kopi)".
pub fn copy_suffix(lang: Lang) -> String {
    format!(" {}", t(lang, COPY))
}

/// Before a saved scenario's rate year.
const RATE_YEAR: Pair = ("satsår", "rate year");

/// A saved scenario's rate year: "satsår 2026".
pub fn rate_year(lang: Lang, year: u16) -> String {
    format!("{} {year}", t(lang, RATE_YEAR))
}

/// Before the date a scenario was saved.
const SAVED: Pair = ("gemt", "saved");

/// When a scenario was saved: "gemt 3. marts 2026".
pub fn saved_on(lang: Lang, date: &str) -> String {
    format!("{} {date}", t(lang, SAVED))
}

/// The button that opens a saved scenario.
pub const OPEN: Pair = ("Åbn", "Open");

/// The button that renames a saved scenario.
pub const RENAME: Pair = ("Omdøb", "Rename");

/// The button that saves a copy of a saved scenario.
pub const DUPLICATE: Pair = ("Duplikér", "Duplicate");

/// The button that deletes a saved scenario.
pub const DELETE: Pair = ("Slet", "Delete");

/// The label of an entry's button `action`, with the entry's name: "Omdøb Basis".
pub fn entry_action(lang: Lang, action: Pair, name: &str) -> String {
    format!("{} {name}", t(lang, action))
}

/// The label of the new name when renaming.
pub const NEW_NAME: Pair = ("Nyt navn", "New name");

/// The button that saves the new name.
pub const SAVE_NAME: Pair = ("Gem navn", "Save name");

/// The button that stops renaming.
pub const CANCEL: Pair = ("Annullér", "Cancel");

/// The heading over the saved scenarios that cannot be read, when there is one.
const ONE_DAMAGED: Pair = (
    "Et gemt scenarie kan ikke læses",
    "A saved scenario cannot be read",
);

/// After the number of saved scenarios that cannot be read, when there are more.
const MANY_DAMAGED: Pair = (
    "gemte scenarier kan ikke læses",
    "saved scenarios cannot be read",
);

/// The heading over the `count` saved scenarios that cannot be read.
pub fn damaged_title(lang: Lang, count: usize) -> String {
    if count == 1 {
        t(lang, ONE_DAMAGED).to_string()
    } else {
        format!("{count} {}", t(lang, MANY_DAMAGED))
    }
}

/// What happens to one saved scenario that cannot be read.
const ONE_DAMAGED_NOTE: Pair = (
    "Det vises ikke i listen, men er ikke slettet. I kan hente indholdet eller slette det.",
    "It is not listed but has not been deleted. You can download its contents or delete it.",
);

/// What happens to more saved scenarios that cannot be read.
const MANY_DAMAGED_NOTE: Pair = (
    "De vises ikke i listen, men er ikke slettet. I kan hente indholdet eller slette dem.",
    "They are not listed but have not been deleted. You can download their contents or delete them.",
);

/// What happens to the `count` saved scenarios that cannot be read.
pub fn damaged_note(lang: Lang, count: usize) -> &'static str {
    if count == 1 {
        t(lang, ONE_DAMAGED_NOTE)
    } else {
        t(lang, MANY_DAMAGED_NOTE)
    }
}

/// Before the storage key of an entry that cannot be read.
const TECHNICAL_KEY: Pair = ("Teknisk nøgle:", "Technical key:");

/// The storage key of an entry that cannot be read: "Teknisk nøgle: …".
pub fn technical_key(lang: Lang, key: &str) -> String {
    format!("{} {key}", t(lang, TECHNICAL_KEY))
}

/// The button that downloads an unreadable entry's text.
pub const DOWNLOAD_CONTENTS: Pair = ("Hent indholdet", "Download the contents");

/// The delete button of an unreadable entry, once clicked: click again to delete.
pub const CONFIRM_DELETE: Pair = ("Ja, slet scenariet", "Yes, delete the scenario");

/// After the name of a deleted scenario.
const DELETED: Pair = ("er slettet.", "was deleted.");

/// A saved scenario was deleted.
pub fn deleted(lang: Lang, name: &str) -> String {
    format!("{} {}", quoted(lang, name), t(lang, DELETED))
}

/// The button that brings back the deleted scenario.
pub const UNDO_DELETE: Pair = ("Fortryd sletning", "Undo deletion");
