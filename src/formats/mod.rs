//! Exchange formats of scenarios, above the pure model: the versioned JSON scenario file
//! (`docs/scenario-format.md`).

pub mod scenario_file;
