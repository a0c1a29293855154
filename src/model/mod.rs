//! The pure calculation model of a socialøkonomisk partnerskab (`../shared/model.md` §2–3).
//!
//! No browser code lives here: every number the page shows is computed by these modules, and they
//! are tested natively. All money is Danish kroner (kr) excluding VAT, per year unless a name says
//! otherwise.

pub mod break_even;
pub mod evaluate;
pub mod field;
pub mod number_text;
pub mod outcome;
pub mod params;
pub mod presets;
pub mod scenario;
pub mod scenario_file;
pub mod validate;

pub use break_even::{
    apply_break_even, scenario_at_break_even, ApplyError, BreakEven, BreakEvenKind,
    NotReachableReason,
};
pub use evaluate::{evaluate, evaluate_checked, Checked};
pub use field::{FieldId, FieldPath};
pub use outcome::Outcome;
pub use params::{ParamSpec, Source, Status, Unit};
pub use presets::{Preset, PresetId};
pub use scenario::{GroupKind, PricingMode, Scenario, StaffingMode, WorkforceGroup};
pub use validate::{validate, MessageKey, Problem, Severity};
