//! The pure calculation model of a socialøkonomisk partnerskab (`../shared/model.md` §2–4).
//!
//! No browser code lives here, and nothing but std, serde and the seeded generator of the simulation (a test checks it): every number the
//! page shows is computed by these modules, and they are tested natively. All money is Danish
//! kroner excluding VAT, per year unless a name says otherwise.
//!
//! The modules, each using only those listed before it: `common` (sums, sources, keyed enums),
//! `rates` (dated rate tables), `paths` (the names of the inputs), `scenario` (the inputs, with the uncertain ones' ranges), `fields` (the field table: defaults,
//! ranges, paths), `outcome` (the outputs), `derive` (shared derivations), `validate`,
//! `break_even`, `public_purse`, `evaluate`, `presets`, `projection` (the years, §5), `sensitivity` (the tornado, §6), `uncertainty` (the simulation, §6; its data types are part of the scenario), `explain` (each figure's working), `figures` (the key figures of an outcome). The scenario file format is in `formats`.

pub mod break_even;
pub mod common;
pub mod derive;
pub mod evaluate;
pub mod explain;
pub mod fields;
pub mod figures;
pub mod outcome;
pub mod paths;
pub mod presets;
pub mod projection;
pub mod public_purse;
pub mod rates;
pub mod scenario;
pub mod sensitivity;
pub mod uncertainty;
pub mod validate;

pub use break_even::{apply_break_even, scenario_at_break_even, ApplyError};
pub use common::{Source, Status};
pub use evaluate::{evaluate, evaluate_checked, Checked};
pub use explain::{working, Expr, Line, Quantity, Term, Working};
pub use fields::{FieldId, FieldPath, FieldSpec, Section, Unit, FIELDS, MAX_GROUPS};
pub use figures::{Better, FigureUnit, InputKey, InputValue, KeyFigure};
pub use outcome::{BreakEven, BreakEvenKind, NotReachableReason, Outcome, PriceFit};
pub use presets::PresetId;
pub use projection::{project, Party, PartySeries, Persons, Projected, YearFigures};
pub use rates::{RateId, RateTable};
pub use scenario::{
    FleksjobBaseline, GroupKind, KontanthjaelpRate, Organisation, ParticipantBenefit, PricingMode,
    Projection, Range, Scenario, StaffingMode, Uncertainty, WorkforceGroup,
};
pub use validate::{validate, MessageKey, Problem, Severity};
