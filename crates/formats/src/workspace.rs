//! The workspace file: every open scenario at once, which one is active and which are compared
//! (`docs/scenario-format.md`, "Workspace files"). A consultant saves or sends the set of tabs as
//! one file; the page also keeps it in the tab's session storage, so a reload restores it.
//!
//! Each document is a whole scenario file object (the newest version), so everything that reads
//! one scenario reads each of them, and a workspace file is as strict: an unknown member, a wrong
//! type, an index out of range or a damaged document refuses the whole file with a reason.

use super::scenario_file::{self, FileError, ScenarioFile, MAX_FILE_BYTES};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

/// The value of the `format` member that marks a workspace file.
pub const WORKSPACE_FORMAT: &str = "partnerskabsberegneren.workspace";

/// The workspace format version this build writes and reads.
pub const WORKSPACE_VERSION: u32 = 1;

/// Most documents a workspace holds.
pub const MAX_DOCUMENTS: usize = 20;

/// A workspace: the documents in their tabs' order, the active one and the comparison.
#[derive(Clone, Debug, PartialEq)]
pub struct WorkspaceFile {
    /// The documents, 1 to [`MAX_DOCUMENTS`] of them.
    pub documents: Vec<ScenarioFile>,
    /// The index of the active document.
    pub active: usize,
    /// The indices of the documents compared, in the order chosen (no repeats).
    pub compared: Vec<usize>,
    /// The index of the comparison's baseline, if one was chosen.
    pub baseline: Option<usize>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WorkspaceIn<'a> {
    #[allow(dead_code)]
    format: &'a RawValue,
    version: u32,
    active: usize,
    #[serde(default)]
    compared: Vec<usize>,
    #[serde(default)]
    baseline: Option<usize>,
    #[serde(borrow)]
    documents: Vec<&'a RawValue>,
}

#[derive(Serialize)]
struct WorkspaceOut<'a> {
    format: &'static str,
    version: u32,
    active: usize,
    compared: &'a [usize],
    #[serde(skip_serializing_if = "Option::is_none")]
    baseline: Option<usize>,
    documents: Vec<Box<RawValue>>,
}

/// What a file's text says it is and which version, read without the rest of it.
#[derive(Deserialize)]
struct Marker<'a> {
    #[serde(borrow)]
    format: Option<&'a RawValue>,
    #[serde(borrow)]
    version: Option<&'a RawValue>,
}

impl Marker<'_> {
    fn is_workspace(&self) -> bool {
        self.format
            .and_then(|f| serde_json::from_str::<String>(f.get()).ok())
            .is_some_and(|f| f == WORKSPACE_FORMAT)
    }
}

/// Whether `text` is marked as a workspace file (it may still fail to read).
pub fn is_workspace(text: &str) -> bool {
    text.len() <= MAX_FILE_BYTES
        && serde_json::from_str::<Marker>(text).is_ok_and(|m| m.is_workspace())
}

/// Writes a workspace file: pretty-printed JSON, each document a scenario file object. The
/// indices are written as given; [`decode_workspace`] checks them.
pub fn encode_workspace(w: &WorkspaceFile) -> String {
    let documents = w
        .documents
        .iter()
        .filter_map(|d| RawValue::from_string(indented(&scenario_file::encode_file(d))).ok())
        .collect();
    let out = WorkspaceOut {
        format: WORKSPACE_FORMAT,
        version: WORKSPACE_VERSION,
        active: w.active,
        compared: &w.compared,
        baseline: w.baseline,
        documents,
    };
    serde_json::to_string_pretty(&out).unwrap_or_default()
}

/// A pretty-printed document's text indented to sit in the workspace's `documents` list (JSON
/// whitespace only: the value is unchanged).
fn indented(text: &str) -> String {
    text.replace('\n', "\n    ")
}

/// Reads a workspace file of version [`WORKSPACE_VERSION`]; never panics.
pub fn decode_workspace(text: &str) -> Result<WorkspaceFile, FileError> {
    // Invalid JSON, or JSON of another kind (not an object, another format).
    let marker: Marker = scenario_file::read_marker(text)?;
    if !marker.is_workspace() {
        return Err(FileError::NotAScenarioFile);
    }
    let invalid = |detail: String| FileError::InvalidScenario { detail };
    let found = marker.version.map(RawValue::get);
    if found.and_then(|v| v.parse::<u64>().ok()) != Some(u64::from(WORKSPACE_VERSION)) {
        return Err(FileError::UnsupportedVersion {
            found: found.unwrap_or("(missing)").to_string(),
        });
    }
    let w: WorkspaceIn = serde_json::from_str(text).map_err(|e| invalid(e.to_string()))?;
    let _ = w.version;
    let n = w.documents.len();
    if n == 0 || n > MAX_DOCUMENTS {
        return Err(invalid(format!(
            "`documents`: {n} documents, 1 to {MAX_DOCUMENTS} are read"
        )));
    }
    let in_range = |i: usize, member: &str| {
        if i < n {
            Ok(i)
        } else {
            Err(invalid(format!(
                "`{member}`: {i} is not the index of one of the {n} documents"
            )))
        }
    };
    let active = in_range(w.active, "active")?;
    let mut compared = Vec::new();
    for &i in &w.compared {
        let i = in_range(i, "compared")?;
        if compared.contains(&i) {
            return Err(invalid(format!("`compared`: {i} is listed twice")));
        }
        compared.push(i);
    }
    let baseline = w.baseline.map(|b| in_range(b, "baseline")).transpose()?;
    let documents = w
        .documents
        .iter()
        .enumerate()
        .map(|(i, raw)| {
            scenario_file::decode_file(raw.get())
                .map_err(|e| invalid(format!("document {} of {n}: {e}", i + 1)))
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(WorkspaceFile {
        documents,
        active,
        compared,
        baseline,
    })
}
