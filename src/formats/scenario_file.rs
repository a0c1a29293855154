//! The versioned JSON scenario format (`docs/scenario-format.md`).

use crate::model::Scenario;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The value of the `format` member that marks a scenario file.
pub const FORMAT_NAME: &str = "partnerskabsberegneren.scenario";

/// The newest format version: the one this build writes. It reads every version from 1 on.
pub const FORMAT_VERSION: u32 = 2;

/// Members that version 2 added (rate year, organisation, occupancy, freed skilled time, the
/// public purse): a version 1 file holding one is refused, not half-read.
const ADDED_IN_VERSION_2: [&str; 5] = [
    "rate_year",
    "organisation",
    "public",
    "municipal.occupancy",
    "company.freed_hour_value",
];

/// Why a file could not be read as a scenario.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "error", rename_all = "snake_case")]
pub enum FileError {
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
    /// The scenario member has an unknown field or a value of the wrong type; `detail` says which.
    InvalidScenario {
        /// The decoder's explanation, with line and column.
        detail: String,
    },
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
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
    scenario: &'a Scenario,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EnvelopeIn {
    format: Option<serde_json::Value>,
    version: Option<serde_json::Value>,
    #[serde(default)]
    scenario: Option<serde_json::Value>,
}

/// Reads a scenario file of any version from 1 to [`FORMAT_VERSION`]. Missing scenario fields take
/// their documented defaults (a version 1 file gets the newest rate year); unknown fields and wrong
/// types are errors. The scenario is not validated here (see `validate`).
pub fn decode(text: &str) -> Result<Scenario, FileError> {
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
    let version = envelope.version.as_ref().and_then(|v| v.as_u64());
    match version {
        Some(v) if (1..=u64::from(FORMAT_VERSION)).contains(&v) => {}
        _ => {
            return Err(FileError::UnsupportedVersion {
                found: envelope
                    .version
                    .map_or_else(|| "(missing)".to_string(), |v| v.to_string()),
            })
        }
    }
    let value = envelope
        .scenario
        .unwrap_or_else(|| serde_json::Value::Object(Default::default()));
    if version == Some(1) {
        if let Some(member) = ADDED_IN_VERSION_2.iter().find(|path| {
            path.split('.')
                .try_fold(&value, |v, key| v.get(key))
                .is_some()
        }) {
            return Err(FileError::InvalidScenario {
                detail: format!("unknown field `{member}` in a version 1 file"),
            });
        }
    }
    serde_json::from_value(value).map_err(|e| FileError::InvalidScenario {
        detail: e.to_string(),
    })
}

/// Writes a scenario file (pretty-printed JSON, current version).
pub fn encode(s: &Scenario) -> String {
    let envelope = EnvelopeOut {
        format: FORMAT_NAME,
        version: FORMAT_VERSION,
        scenario: s,
    };
    // Serialising plain structs of f64, strings and enums cannot fail; NaN becomes null.
    serde_json::to_string_pretty(&envelope).unwrap_or_default()
}
