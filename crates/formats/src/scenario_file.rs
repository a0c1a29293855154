//! The versioned JSON scenario format (`docs/scenario-format.md`).

use super::MAX_NAME_CHARS;
use model::{PresetId, Scenario};
use serde::de::IgnoredAny;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use std::fmt;

/// The value of the `format` member that marks a scenario file.
pub const FORMAT_NAME: &str = "partnerskabsberegneren.scenario";

/// The newest format version: the one this build writes. It reads every version from 1 on.
pub const FORMAT_VERSION: u32 = 5;

/// Largest file read (bytes); a larger one is refused before parsing.
pub const MAX_FILE_BYTES: usize = 1_000_000;

/// Longest `saved` time read (characters).
pub const MAX_SAVED_CHARS: usize = 40;

/// Members that version 2 added (rate year, organisation, occupancy, freed skilled time, the
/// public purse): a version 1 file holding one is refused, not half-read.
const ADDED_IN_VERSION_2: [&str; 5] = [
    "rate_year",
    "organisation",
    "public",
    "municipal.occupancy",
    "company.freed_hour_value",
];

/// Envelope members that version 3 added: a version 1 or 2 file holding one is refused.
const ADDED_IN_VERSION_3: [&str; 3] = ["name", "model", "saved"];

/// Scenario members that version 4 added (the projection over years, the kontanthjælp rate and
/// the kommuneskat): an older file holding one is refused.
const ADDED_IN_VERSION_4: [&str; 3] = ["projection", "public.kontanthjaelp", "public.kommuneskat"];

/// Scenario members that version 4 dropped (the tax is derived from the rate year's tax
/// parameters now): read and ignored in an older file, refused in a file of version 4 on.
const DROPPED_IN_VERSION_4: [&str; 2] = ["public.marginal_tax_rate", "public.municipal_tax_share"];

/// The scenario member that version 5 added (the uncertain inputs, their ranges and the seed):
/// an older file holding it is refused.
const ADDED_IN_VERSION_5: &str = "uncertainty";

/// A scenario file: the scenario and what the envelope says about it (version 3 on).
#[derive(Clone, Debug, PartialEq)]
pub struct ScenarioFile {
    /// The scenario's name (at most [`MAX_NAME_CHARS`] characters); empty when it has none.
    pub name: String,
    /// The partnership model the scenario was started from, if the file says.
    pub model: Option<PresetId>,
    /// When the app saved the file: an ISO-8601 date and time as the app wrote it (at most
    /// [`MAX_SAVED_CHARS`] characters; not interpreted).
    pub saved: Option<String>,
    /// Every input.
    pub scenario: Scenario,
}

/// Why a file could not be read as a scenario.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "error", rename_all = "snake_case")]
pub enum FileError {
    /// Larger than [`MAX_FILE_BYTES`]; not read.
    TooLarge {
        /// Its size in bytes.
        bytes: usize,
    },
    /// Not valid JSON, or a number out of range; `detail` says where.
    InvalidJson {
        /// The parser's explanation, with line and column.
        detail: String,
    },
    /// Valid JSON, but not marked as a scenario file.
    NotAScenarioFile,
    /// A version this build does not know.
    UnsupportedVersion {
        /// The version found.
        found: String,
    },
    /// The scenario or another member has an unknown field, a value of the wrong type, or a name
    /// or time too long; `detail` says which.
    InvalidScenario {
        /// The decoder's explanation, with line and column.
        detail: String,
    },
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FileError::TooLarge { bytes } => write!(
                f,
                "file too large: {bytes} bytes, at most {MAX_FILE_BYTES} are read"
            ),
            FileError::InvalidJson { detail } => write!(f, "not valid JSON: {detail}"),
            FileError::NotAScenarioFile => {
                write!(
                    f,
                    "not a scenario file: \"format\" must be \"{FORMAT_NAME}\""
                )
            }
            FileError::UnsupportedVersion { found } => write!(
                f,
                "unsupported version {found}: this build reads versions 1 to {FORMAT_VERSION}"
            ),
            FileError::InvalidScenario { detail } => write!(f, "invalid scenario: {detail}"),
        }
    }
}

#[derive(Serialize)]
struct EnvelopeOut<'a> {
    format: &'a str,
    version: u32,
    #[serde(skip_serializing_if = "str::is_empty")]
    name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    model: Option<PresetId>,
    #[serde(skip_serializing_if = "Option::is_none")]
    saved: Option<&'a str>,
    scenario: &'a Scenario,
}

// Reading works on the text itself: every member is kept as its raw JSON (`RawValue`) and read
// into its own type, with no `serde_json::Value` tree in between (which would cost the browser
// build ~10 KB brotli for a second parser and its deserializer).

/// The one member that tells a scenario file, read leniently: anything else may be there.
#[derive(Deserialize)]
struct Marker<'a> {
    #[serde(borrow, default)]
    format: Option<&'a RawValue>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EnvelopeIn<'a> {
    // Checked through `Marker` first; named here so that it is no unknown member.
    #[serde(borrow, default, deserialize_with = "present")]
    #[allow(dead_code)]
    format: Option<&'a RawValue>,
    #[serde(borrow, default, deserialize_with = "present")]
    version: Option<&'a RawValue>,
    #[serde(borrow, default, deserialize_with = "present")]
    scenario: Option<&'a RawValue>,
    #[serde(borrow, default, deserialize_with = "present")]
    name: Option<&'a RawValue>,
    #[serde(borrow, default, deserialize_with = "present")]
    model: Option<&'a RawValue>,
    #[serde(borrow, default, deserialize_with = "present")]
    saved: Option<&'a RawValue>,
}

/// A member that is there, even as `null` (which is then refused as the wrong type).
fn present<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<&'de RawValue>, D::Error> {
    <&RawValue>::deserialize(d).map(Some)
}

/// Whether a member is there at all, even as `null`.
fn there<'de, D: serde::Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
    IgnoredAny::deserialize(d).map(|_| true)
}

/// The scenario members that version 2 added ([`ADDED_IN_VERSION_2`]), read leniently.
#[derive(Deserialize, Default)]
#[serde(default)]
struct Version2Members {
    #[serde(deserialize_with = "there")]
    rate_year: bool,
    #[serde(deserialize_with = "there")]
    organisation: bool,
    #[serde(deserialize_with = "there")]
    public: bool,
    municipal: Occupancy,
    company: FreedHourValue,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Occupancy {
    #[serde(deserialize_with = "there")]
    occupancy: bool,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct FreedHourValue {
    #[serde(deserialize_with = "there")]
    freed_hour_value: bool,
}

/// The scenario members that version 4 added or dropped, and that version 5 added, read
/// leniently.
#[derive(Deserialize, Default)]
#[serde(default)]
struct Version4Members {
    #[serde(deserialize_with = "there")]
    projection: bool,
    #[serde(deserialize_with = "there")]
    uncertainty: bool,
    public: Version4Public,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Version4Public {
    #[serde(deserialize_with = "there")]
    kontanthjaelp: bool,
    #[serde(deserialize_with = "there")]
    kommuneskat: bool,
    #[serde(deserialize_with = "there")]
    marginal_tax_rate: bool,
    #[serde(deserialize_with = "there")]
    municipal_tax_share: bool,
}

impl Version4Members {
    /// The members of `scenario` (none if it is no object: its own error is reported when it is
    /// read).
    fn of(scenario: &str) -> Self {
        serde_json::from_str(scenario).unwrap_or_default()
    }

    /// The first member that a file of `version` may not hold: one version 4 or 5 added, in an
    /// older file, or one version 4 dropped, in a newer one.
    fn misplaced_in(&self, version: u64) -> Option<&'static str> {
        let m = self;
        if version < 5 && m.uncertainty {
            return Some(ADDED_IN_VERSION_5);
        }
        if version < 4 {
            let added = [m.projection, m.public.kontanthjaelp, m.public.kommuneskat];
            ADDED_IN_VERSION_4
                .iter()
                .zip(added)
                .find(|(_, p)| *p)
                .map(|(n, _)| *n)
        } else {
            let dropped = [m.public.marginal_tax_rate, m.public.municipal_tax_share];
            DROPPED_IN_VERSION_4
                .iter()
                .zip(dropped)
                .find(|(_, p)| *p)
                .map(|(n, _)| *n)
        }
    }
}

impl Version2Members {
    /// The first version 2 member in `scenario`, if any (none if it is no object: its own
    /// error is reported when it is read).
    fn first_in(scenario: &str) -> Option<&'static str> {
        let m: Version2Members = serde_json::from_str(scenario).ok()?;
        let present = [
            m.rate_year,
            m.organisation,
            m.public,
            m.municipal.occupancy,
            m.company.freed_hour_value,
        ];
        ADDED_IN_VERSION_2
            .iter()
            .zip(present)
            .find(|(_, p)| *p)
            .map(|(member, _)| *member)
    }
}

/// The lenient marker `M` of a file (its `format` and what else tells its kind), after the size
/// check: a text over [`MAX_FILE_BYTES`] is refused unread, invalid JSON is told from valid JSON
/// of another shape (not an object: no file of ours). Shared by scenario and workspace files.
pub(crate) fn read_marker<'a, M: Deserialize<'a>>(text: &'a str) -> Result<M, FileError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(FileError::TooLarge { bytes: text.len() });
    }
    serde_json::from_str(text).map_err(|e| {
        if e.is_data() {
            FileError::NotAScenarioFile
        } else {
            FileError::InvalidJson {
                detail: e.to_string(),
            }
        }
    })
}

/// Reads a scenario file of any version from 1 to [`FORMAT_VERSION`]: the scenario only (see
/// [`decode_file`]).
pub fn decode(text: &str) -> Result<Scenario, FileError> {
    decode_file(text).map(|f| f.scenario)
}

/// Reads a scenario file of any version from 1 to [`FORMAT_VERSION`]. Missing scenario fields take
/// their documented defaults (a version 1 file gets the newest rate year); unknown fields and wrong
/// types are errors, and so is a member of a later version than the file's. The scenario is not
/// validated here (see `validate`). A text over [`MAX_FILE_BYTES`] is refused unread; JSON
/// without the scenario file's `format` is not a scenario file.
pub fn decode_file(text: &str) -> Result<ScenarioFile, FileError> {
    let marker: Marker = read_marker(text)?;
    let format = marker
        .format
        .and_then(|f| serde_json::from_str::<String>(f.get()).ok());
    if format.as_deref() != Some(FORMAT_NAME) {
        return Err(FileError::NotAScenarioFile);
    }
    let invalid = |detail: String| FileError::InvalidScenario { detail };
    let envelope: EnvelopeIn = serde_json::from_str(text).map_err(|e| invalid(e.to_string()))?;
    let version = match envelope
        .version
        .and_then(|v| serde_json::from_str::<u64>(v.get()).ok())
    {
        Some(v) if (1..=u64::from(FORMAT_VERSION)).contains(&v) => v,
        _ => {
            return Err(FileError::UnsupportedVersion {
                found: envelope
                    .version
                    .map_or_else(|| "(missing)".to_string(), |v| v.get().to_string()),
            })
        }
    };
    if version < 3 {
        let present = [envelope.name, envelope.model, envelope.saved].map(|m| m.is_some());
        if let Some((member, _)) = ADDED_IN_VERSION_3
            .iter()
            .zip(present)
            .find(|(_, present)| *present)
        {
            return Err(invalid(format!(
                "unknown field `{member}` in a version {version} file"
            )));
        }
    }
    let scenario_text = envelope.scenario.map_or("{}", |s| s.get());
    if version == 1 {
        if let Some(member) = Version2Members::first_in(scenario_text) {
            return Err(invalid(format!(
                "unknown field `{member}` in a version 1 file"
            )));
        }
    }
    let members4 = Version4Members::of(scenario_text);
    if let Some(member) = members4.misplaced_in(version) {
        return Err(invalid(format!(
            "unknown field `{member}` in a version {version} file"
        )));
    }
    let text_member = |member: &str, raw: Option<&RawValue>, max: usize| {
        let Some(raw) = raw else {
            return Ok(None);
        };
        let text: String =
            serde_json::from_str(raw.get()).map_err(|e| invalid(format!("`{member}`: {e}")))?;
        if text.chars().count() > max {
            return Err(invalid(format!(
                "`{member}` is longer than {max} characters"
            )));
        }
        Ok(Some(text))
    };
    let name = text_member("name", envelope.name, MAX_NAME_CHARS)?.unwrap_or_default();
    let saved = text_member("saved", envelope.saved, MAX_SAVED_CHARS)?;
    let model = envelope
        .model
        .map(|m| serde_json::from_str::<PresetId>(m.get()))
        .transpose()
        .map_err(|e| invalid(format!("`model`: {e}")))?;
    let mut scenario: Scenario =
        serde_json::from_str(scenario_text).map_err(|e| invalid(e.to_string()))?;
    check_uncertainty(&scenario).map_err(invalid)?;
    // A missing kommuneskat is the national average of the file's own rate year.
    if !members4.public.kommuneskat {
        scenario.public.kommuneskat =
            model::rates::for_year(scenario.rate_year).value(model::RateId::Kommuneskat);
    }
    Ok(ScenarioFile {
        name,
        model,
        saved,
        scenario,
    })
}

/// Why the uncertain inputs of `s` cannot be read: a range of an input that is not there (a group
/// beyond the last), two ranges of one input, or a number of draws outside the limits.
pub(crate) fn check_uncertainty(s: &Scenario) -> Result<(), String> {
    use model::uncertainty::{ranges_well_formed, MAX_DRAWS, MIN_DRAWS};
    if !ranges_well_formed(s) {
        return Err("`uncertainty.ranges`: a range of an input that is not there, or two ranges of one input".into());
    }
    if !(MIN_DRAWS..=MAX_DRAWS).contains(&s.uncertainty.draws) {
        return Err(format!(
            "`uncertainty.draws` must be from {MIN_DRAWS} to {MAX_DRAWS}"
        ));
    }
    Ok(())
}

/// Writes a scenario file without name, model or time (see [`encode_file`]).
pub fn encode(s: &Scenario) -> String {
    write(s, "", None, None)
}

/// Writes a scenario file: pretty-printed JSON of the current version, without `name` when it is
/// empty and without `model` or `saved` when they are `None`. A name is cut to
/// [`MAX_NAME_CHARS`] characters and a time to [`MAX_SAVED_CHARS`], so that every file written
/// reads back.
pub fn encode_file(f: &ScenarioFile) -> String {
    write(&f.scenario, &f.name, f.model, f.saved.as_deref())
}

/// `text` cut to at most `max` characters (names and times kept within their limits).
pub fn cut(text: &str, max: usize) -> &str {
    text.char_indices()
        .nth(max)
        .and_then(|(end, _)| text.get(..end))
        .unwrap_or(text)
}

fn write(s: &Scenario, name: &str, model: Option<PresetId>, saved: Option<&str>) -> String {
    let envelope = EnvelopeOut {
        format: FORMAT_NAME,
        version: FORMAT_VERSION,
        name: cut(name, MAX_NAME_CHARS),
        model,
        saved: saved.map(|t| cut(t, MAX_SAVED_CHARS)),
        scenario: s,
    };
    // Serialising plain structs of f64, strings and enums cannot fail; NaN becomes null.
    serde_json::to_string_pretty(&envelope).unwrap_or_default()
}
