//! Exchange formats of scenarios, above the pure model: the versioned JSON scenario file and the
//! share link (`docs/scenario-format.md`), the workspace file of several scenarios, and CSV for
//! spreadsheets.

pub mod csv;
pub mod link;
pub mod scenario_file;
pub mod workspace;

/// Longest name kept of a scenario or a workforce group (characters), in files and links.
pub const MAX_NAME_CHARS: usize = 80;
