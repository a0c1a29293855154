//! The library of scenarios saved in the browser, as read from storage: the entries that read,
//! and the damaged ones, which are reported and kept, never overwritten. Pure; the storage calls
//! are in `browser::storage`.

use crate::formats::scenario_file::{decode_file, FileError, ScenarioFile};
use crate::locale::CivilDate;

/// A saved scenario that reads.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// Its storage key.
    pub key: String,
    /// The scenario with its name, model and time of saving.
    pub file: ScenarioFile,
    /// The day it was saved, where the page is read.
    pub saved_on: Option<CivilDate>,
}

/// A stored entry that does not read as a scenario file.
#[derive(Clone, Debug, PartialEq)]
pub struct Damaged {
    /// Its storage key.
    pub key: String,
    /// Its stored text, kept as it is.
    pub text: String,
    /// Why it does not read.
    pub error: FileError,
}

/// The entries of `stored` (key, text): good ones newest first, then the damaged ones.
/// `local_date` gives the day of a saved time where the page is read.
pub fn read_entries(
    stored: Vec<(String, String)>,
    local_date: impl Fn(&str) -> Option<CivilDate>,
) -> (Vec<Entry>, Vec<Damaged>) {
    let mut good = Vec::new();
    let mut damaged = Vec::new();
    for (key, text) in stored {
        match decode_file(&text) {
            Ok(file) => {
                let saved_on = file.saved.as_deref().and_then(&local_date);
                good.push(Entry {
                    key,
                    file,
                    saved_on,
                })
            }
            Err(error) => damaged.push(Damaged { key, text, error }),
        }
    }
    // Keys are unique, so the unstable (and smaller) sort gives one order.
    good.sort_unstable_by(|a, b| b.file.saved.cmp(&a.file.saved).then(a.key.cmp(&b.key)));
    damaged.sort_unstable_by(|a, b| a.key.cmp(&b.key));
    (good, damaged)
}
