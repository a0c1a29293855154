//! The versioned JSON scenario format (`docs/scenario-format.md`).

use super::MAX_NAME_CHARS;
use crate::model::{PresetId, Scenario};
use serde::{Deserialize, Serialize};
use std::fmt;

/// The value of the `format` member that marks a scenario file.
pub const FORMAT_NAME: &str = "partnerskabsberegneren.scenario";

/// The newest format version: the one this build writes. It reads every version from 1 on.
pub const FORMAT_VERSION: u32 = 3;

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

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EnvelopeIn {
    format: Option<serde_json::Value>,
    version: Option<serde_json::Value>,
    #[serde(default)]
    scenario: Option<serde_json::Value>,
    #[serde(default, deserialize_with = "present")]
    name: Option<serde_json::Value>,
    #[serde(default, deserialize_with = "present")]
    model: Option<serde_json::Value>,
    #[serde(default, deserialize_with = "present")]
    saved: Option<serde_json::Value>,
}

/// A member that is there, even as `null` (which is then refused as the wrong type).
fn present<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<serde_json::Value>, D::Error> {
    serde_json::Value::deserialize(d).map(Some)
}

/// Reads a scenario file of any version from 1 to [`FORMAT_VERSION`]: the scenario only (see
/// [`decode_file`]).
pub fn decode(text: &str) -> Result<Scenario, FileError> {
    decode_file(text).map(|f| f.scenario)
}

/// Reads a scenario file of any version from 1 to [`FORMAT_VERSION`]. Missing scenario fields take
/// their documented defaults (a version 1 file gets the newest rate year); unknown fields and wrong
/// types are errors, and so is a member of a later version than the file's. The scenario is not
/// validated here (see `validate`). A text over [`MAX_FILE_BYTES`] is refused unread.
pub fn decode_file(text: &str) -> Result<ScenarioFile, FileError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(FileError::TooLarge { bytes: text.len() });
    }
    let envelope: EnvelopeIn = serde_json::from_str(text).map_err(|e| {
        if e.is_data() {
            FileError::InvalidScenario {
                detail: e.to_string(),
            }
        } else {
            FileError::InvalidJson {
                detail: e.to_string(),
            }
        }
    })?;
    if envelope.format.as_ref().and_then(|f| f.as_str()) != Some(FORMAT_NAME) {
        return Err(FileError::NotAScenarioFile);
    }
    let version = match envelope.version.as_ref().and_then(|v| v.as_u64()) {
        Some(v) if (1..=u64::from(FORMAT_VERSION)).contains(&v) => v,
        _ => {
            return Err(FileError::UnsupportedVersion {
                found: envelope
                    .version
                    .map_or_else(|| "(missing)".to_string(), |v| v.to_string()),
            })
        }
    };
    let invalid = |detail: String| FileError::InvalidScenario { detail };
    if version < 3 {
        let present = [&envelope.name, &envelope.model, &envelope.saved].map(Option::is_some);
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
    let value = envelope
        .scenario
        .unwrap_or_else(|| serde_json::Value::Object(Default::default()));
    if version == 1 {
        if let Some(member) = ADDED_IN_VERSION_2.iter().find(|path| {
            path.split('.')
                .try_fold(&value, |v, key| v.get(key))
                .is_some()
        }) {
            return Err(invalid(format!(
                "unknown field `{member}` in a version 1 file"
            )));
        }
    }
    let text_member = |member: &str, value: Option<serde_json::Value>, max: usize| {
        let Some(value) = value else {
            return Ok(None);
        };
        let text: String =
            serde_json::from_value(value).map_err(|e| invalid(format!("`{member}`: {e}")))?;
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
        .map(serde_json::from_value::<PresetId>)
        .transpose()
        .map_err(|e| invalid(format!("`model`: {e}")))?;
    let scenario = serde_json::from_value(value).map_err(|e| invalid(e.to_string()))?;
    Ok(ScenarioFile {
        name,
        model,
        saved,
        scenario,
    })
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

/// `text` cut to at most `max` characters.
fn cut(text: &str, max: usize) -> &str {
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
