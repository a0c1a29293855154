//! One document: a scenario, the text typed into its fields, and its last valid outcome.

use super::later::{Later, LaterResults, Revision};
use crate::locale::parse::{parse_number, NumberError};
use crate::locale::Lang;
use crate::model::fields::{Default as FieldDefault, FIELDS};
use crate::model::sensitivity::estimated_inputs;
use crate::model::uncertainty::{
    check_ranges, default_range, End, RangeProblem, MAX_DRAWS, MIN_DRAWS,
};
use crate::model::validate::every_path;
use crate::model::{
    apply_break_even, evaluate, scenario_at_break_even, validate, ApplyError, BreakEvenKind,
    FieldPath, FleksjobBaseline, GroupKind, KontanthjaelpRate, MessageKey, Organisation, Outcome,
    ParticipantBenefit, PresetId, PricingMode, Problem, Scenario, Severity, StaffingMode,
    WorkforceGroup, MAX_GROUPS,
};
use crate::text::presets::translate_group_name;
use std::collections::BTreeMap;
use std::rc::Rc;

/// A document's identity within the workspace: stable while documents come and go.
pub type DocId = u32;

/// The longest scenario or group name kept (characters), as links and files hold them.
pub use crate::formats::MAX_NAME_CHARS;

/// Where the value of a field comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// The field's default.
    Default,
    /// The example of the partnership model loaded, not from a source.
    Example,
    /// The user's own figure.
    User,
}

/// An edit of one document.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Replace every input with a partnership model's example (the rate year stays).
    LoadPreset(PresetId),
    /// Typed text in a number field.
    SetNumber(FieldPath, String),
    /// Put a field back to its default.
    UseDefault(FieldPath),
    /// Rename group `index`.
    SetGroupName(usize, String),
    /// Change what kind of people group `index` holds.
    SetGroupKind(usize, GroupKind),
    /// Whether the company pays for group `index`'s hours.
    SetGroupBilled(usize, bool),
    /// Add a group of this kind at the end.
    AddGroup(GroupKind),
    /// Remove group `index`.
    RemoveGroup(usize),
    /// Overhead or fixed price.
    SetPricingMode(PricingMode),
    /// Fixed FTE or caseloads.
    SetStaffingMode(StaffingMode),
    /// Two companies, or the SE as a department of the company.
    SetOrganisation(Organisation),
    /// The year whose rates apply.
    SetRateYear(u16),
    /// What fleksjob persons would draw without the jobs.
    SetFleksjobBaseline(FleksjobBaseline),
    /// What participants draw.
    SetParticipantBenefit(ParticipantBenefit),
    /// Which kontanthjælp rate applies.
    SetKontanthjaelp(KontanthjaelpRate),
    /// Whether new fleksjob holders join through the social enterprise.
    SetViaSe(bool),
    /// Whether an empty place is taken by a new participant.
    SetRefill(bool),
    /// Set an input to its break-even value.
    ApplyBreakEven(BreakEvenKind),
    /// Rename the scenario.
    SetName(String),
    /// Take every input of another scenario, which came from this model (the name stays).
    Adopt(PresetId, Box<Scenario>),
    /// Mark an input as uncertain, with a range around its value.
    MarkUncertain(FieldPath),
    /// Mark every estimated input that is not yet uncertain, each with its typical range.
    MarkEstimates,
    /// Typed text in one end of an uncertain input's range.
    SetRangeEnd(FieldPath, End, String),
    /// Mark an input as certain again.
    Unmark(FieldPath),
    /// Mark every input as certain again.
    UnmarkAll,
    /// Typed text in the seed field.
    SetSeed(String),
    /// A new seed (the page draws it; the reducer stays pure).
    NewSeed(u32),
    /// How many sets of inputs the simulation draws.
    SetDraws(u32),
}

/// One error the page lists in its summary, in the order of the page.
#[derive(Clone, Debug, PartialEq)]
pub struct ListedError {
    /// The field it is at; `None` for the scenario as a whole, or the seed.
    pub path: Option<FieldPath>,
    /// What is wrong.
    pub error: ErrorKind,
    /// Where at the field: the number itself, or one end of its range.
    pub at: At,
}

/// Which input of a field an error is at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum At {
    /// The field's own number (or the scenario as a whole).
    Field,
    /// One end of the field's range (the low end for the range as a whole).
    Range(End),
    /// The simulation's seed.
    Seed,
}

impl ListedError {
    /// The HTML id of the input the error is at.
    pub fn dom_id(&self) -> Option<String> {
        match (self.at, self.path) {
            (At::Seed, _) => Some(SEED_DOM_ID.to_string()),
            (At::Range(end), Some(path)) => Some(range_dom_id(path, end)),
            (At::Field, Some(path)) => Some(path.dom_id()),
            (_, None) => None,
        }
    }
}

/// The HTML id of the seed field.
pub const SEED_DOM_ID: &str = "simulation-seed";

/// The HTML id of one end of the range of the field at `path`.
pub fn range_dom_id(path: FieldPath, end: End) -> String {
    let end = match end {
        End::Low => "low",
        End::High => "high",
    };
    format!("{}-{end}", path.dom_id())
}

/// What is wrong with an input.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ErrorKind {
    /// The text typed is not a number.
    Unreadable(NumberError),
    /// The value breaks a rule of the model.
    Invalid(MessageKey),
}

/// The input layer of one number field: the user's text while it differs from the value.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldInput {
    /// What the user typed.
    pub text: String,
    /// Why it is not a number, if it is not.
    pub error: Option<NumberError>,
}

/// The text typed into the ends of ranges, as [`FieldInput`]s: a few at most, so a list (a map of
/// its own would add its code to the shipped page for this one key type).
#[derive(Clone, Debug, PartialEq, Default)]
pub struct RangeTexts(pub Vec<((FieldPath, End), FieldInput)>);

impl RangeTexts {
    /// The text typed at `end` of the range of `path`.
    pub fn get(&self, path: FieldPath, end: End) -> Option<&FieldInput> {
        self.0
            .iter()
            .find(|(k, _)| *k == (path, end))
            .map(|(_, i)| i)
    }

    /// Whether either end of the range of `path` holds text that is not a number.
    pub fn unreadable(&self, path: FieldPath) -> bool {
        self.0
            .iter()
            .any(|((p, _), i)| *p == path && i.error.is_some())
    }

    fn insert(&mut self, path: FieldPath, end: End, input: FieldInput) {
        match self.0.iter_mut().find(|(k, _)| *k == (path, end)) {
            Some((_, i)) => *i = input,
            None => self.0.push(((path, end), input)),
        }
    }
}

/// A scenario being edited, with everything the page shows of it.
#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    /// Its identity in the workspace.
    pub id: DocId,
    /// The partnership model last loaded.
    pub preset: PresetId,
    /// The inputs as far as they parse (a field with unreadable text keeps its last value).
    /// Shared, so the components that show it take it without a copy.
    pub scenario: Rc<Scenario>,
    /// Typed text of the fields the user has edited since their value was last set for them.
    pub inputs: BTreeMap<FieldPath, FieldInput>,
    /// Typed text of the ends of ranges, as `inputs` holds the fields'.
    pub range_inputs: RangeTexts,
    /// Typed text of the seed while it is not a seed.
    pub seed_input: Option<FieldInput>,
    /// Problems of the uncertain inputs' ranges: they stop the simulation, not the results.
    pub range_problems: Vec<RangeProblem>,
    /// Validation problems of `scenario`.
    pub problems: Vec<Problem>,
    /// The last valid outcome; stays on screen while the inputs have errors.
    pub results: Option<Rc<Outcome>>,
    /// Whether `results` belong to the current inputs.
    pub results_current: bool,
    /// The last break-even that could not be applied, and why.
    pub apply_error: Option<(BreakEvenKind, ApplyError)>,
    /// Scenario-wide values the host fixed: no edit changes them.
    pub fixed: Vec<(FieldPath, f64)>,
    /// The scenario's name; empty until the user names it (the page then numbers it).
    pub name: String,
    /// The key of the library entry it was saved to or opened from.
    pub library_key: Option<String>,
    /// How many times its inputs have changed; later results belong to one revision.
    pub revision: Revision,
    /// Results computed after the keystroke, each kept with the revision it belongs to.
    pub later: LaterResults,
}

impl Document {
    /// A document showing `preset`, its example names in `lang`.
    pub fn with_preset(id: DocId, preset: PresetId, lang: Lang) -> Self {
        Document::with_scenario(id, preset, preset.scenario(), lang)
    }

    /// A document showing `scenario`, which came from `preset` (names of examples in `lang`).
    pub fn with_scenario(id: DocId, preset: PresetId, scenario: Scenario, lang: Lang) -> Self {
        let mut d = Document {
            id,
            preset,
            scenario: Rc::new(scenario),
            inputs: BTreeMap::new(),
            range_inputs: RangeTexts::default(),
            seed_input: None,
            range_problems: Vec::new(),
            problems: Vec::new(),
            results: None,
            results_current: false,
            apply_error: None,
            fixed: Vec::new(),
            name: String::new(),
            library_key: None,
            revision: 0,
            later: LaterResults::default(),
        };
        d.translate_example_names(lang);
        d.recompute();
        d
    }

    /// Whether `other` holds the same inputs, typed text and name (results follow from them).
    pub fn same_content(&self, other: &Document) -> bool {
        self.same_inputs(other) && self.name == other.name
    }

    /// Whether `other` holds the same inputs and typed text, whatever its name.
    pub fn same_inputs(&self, other: &Document) -> bool {
        self.preset == other.preset
            && self.scenario == other.scenario
            && self.inputs == other.inputs
            && self.range_inputs == other.range_inputs
            && self.seed_input == other.seed_input
    }

    /// The scenario to change (copied first if a component still holds the old one).
    fn sc(&mut self) -> &mut Scenario {
        Rc::make_mut(&mut self.scenario)
    }

    /// Whether any field holds text that is not a number, or any value is invalid.
    pub fn has_errors(&self) -> bool {
        self.inputs.values().any(|i| i.error.is_some())
            || self.problems.iter().any(|p| p.severity == Severity::Error)
    }

    /// Every error, as the summary lists them: the scenario's as a whole first, then each field's
    /// in the order of the page (the groups, section 2, before the scenario-wide sections).
    pub fn errors(&self) -> Vec<ListedError> {
        let mut out: Vec<ListedError> = self
            .problems
            .iter()
            .filter(|pr| pr.path.is_none() && pr.severity == Severity::Error)
            .map(|pr| ListedError {
                path: None,
                error: ErrorKind::Invalid(pr.message),
                at: At::Field,
            })
            .collect();
        let (groups, globals): (Vec<FieldPath>, Vec<FieldPath>) = every_path(&self.scenario)
            .into_iter()
            .partition(|path| path.group.is_some());
        for path in groups.into_iter().chain(globals) {
            match self.inputs.get(&path).and_then(|i| i.error) {
                Some(e) => out.push(ListedError {
                    path: Some(path),
                    error: ErrorKind::Unreadable(e),
                    at: At::Field,
                }),
                None => out.extend(
                    self.problems_at(path)
                        .filter(|pr| pr.severity == Severity::Error)
                        .map(|pr| ListedError {
                            path: Some(path),
                            error: ErrorKind::Invalid(pr.message),
                            at: At::Field,
                        }),
                ),
            }
            for end in [End::Low, End::High] {
                if let Some(e) = self.range_inputs.get(path, end).and_then(|i| i.error) {
                    out.push(ListedError {
                        path: Some(path),
                        error: ErrorKind::Unreadable(e),
                        at: At::Range(end),
                    });
                }
            }
            out.extend(self.range_problems_at(path).map(|pr| ListedError {
                path: Some(path),
                error: ErrorKind::Invalid(pr.message),
                at: At::Range(pr.end.unwrap_or(End::Low)),
            }));
        }
        if let Some(e) = self.seed_input.as_ref().and_then(|i| i.error) {
            out.push(ListedError {
                path: None,
                error: ErrorKind::Unreadable(e),
                at: At::Seed,
            });
        }
        out
    }

    /// Problems of the range of the field at `path`, none while an end's text is not a number.
    pub fn range_problems_at(&self, path: FieldPath) -> impl Iterator<Item = &RangeProblem> {
        let unreadable = self.range_inputs.unreadable(path);
        self.range_problems
            .iter()
            .filter(move |p| !unreadable && p.input == path)
    }

    /// Whether the simulation can run: the results are current and every range and the seed
    /// read and hold.
    pub fn can_simulate(&self) -> bool {
        self.results_current
            && self.range_problems.is_empty()
            && self.seed_input.as_ref().is_none_or(|i| i.error.is_none())
            && self.range_inputs.0.iter().all(|(_, i)| i.error.is_none())
    }

    /// Problems to show for `path`: none while its text is not a number (that message comes first).
    pub fn problems_at(&self, path: FieldPath) -> impl Iterator<Item = &Problem> {
        let unreadable = self.inputs.get(&path).is_some_and(|i| i.error.is_some());
        self.problems
            .iter()
            .filter(move |p| !unreadable && p.path == Some(path))
    }

    /// Whether the field at `path` has text that is not a number or any validation problem, so a
    /// folded section holding it must show it.
    pub fn needs_attention(&self, path: FieldPath) -> bool {
        self.inputs.get(&path).is_some_and(|i| i.error.is_some())
            || self.problems_at(path).next().is_some()
            || self.range_problems_at(path).next().is_some()
            || self.range_inputs.unreadable(path)
    }

    /// The default of the field at `path` here (NaN where the path does not exist).
    pub fn default_at(&self, path: FieldPath) -> f64 {
        self.scenario.default_at(path).unwrap_or(f64::NAN)
    }

    /// Where the value at `path` comes from: its default, the model's example, or the user.
    pub fn origin(&self, path: FieldPath) -> Origin {
        origin(&self.scenario, path, &self.example())
    }

    /// The loaded model's example in this document's rate year.
    pub fn example(&self) -> Scenario {
        example_of(self.preset, &self.scenario)
    }

    /// Validates the inputs once and, if they hold no error, evaluates them; with an error the
    /// last valid outcome stays, marked as not current. Each call is a new revision.
    ///
    /// A hidden field cannot be corrected, so one whose text or value is invalid goes back to its
    /// default rather than block the results unseen (then the inputs are validated once more).
    fn recompute(&mut self) {
        self.revision = self.revision.wrapping_add(1);
        self.problems = validate(&self.scenario);
        let hidden_bad: Vec<FieldPath> = self
            .problems
            .iter()
            .filter(|p| p.severity == Severity::Error)
            .filter_map(|p| p.path)
            .chain(
                self.inputs
                    .iter()
                    .filter(|(_, i)| i.error.is_some())
                    .map(|(p, _)| *p),
            )
            .filter(|p| !self.scenario.is_shown(*p))
            .collect();
        if !hidden_bad.is_empty() {
            for path in hidden_bad {
                if let Some(value) = self.scenario.default_at(path) {
                    self.sc().set(path, value);
                }
                self.inputs.remove(&path);
            }
            self.problems = validate(&self.scenario);
        }
        // Text typed at a range of a field now hidden could not be corrected either: it goes (the
        // range itself stays, and is drawn again once the field is back).
        let scenario = &self.scenario;
        self.range_inputs
            .0
            .retain(|((p, _), _)| scenario.is_shown(*p));
        self.range_problems = check_ranges(&self.scenario);
        self.results_current = !self.has_errors();
        if self.results_current {
            self.results = Some(Rc::new(evaluate(&self.scenario)));
        }
    }

    /// Keeps a result that arrived for `revision`, if the inputs are still those; returns whether
    /// it was kept (a stale one is dropped).
    pub fn accept_later(&mut self, revision: Revision, result: Later) -> bool {
        let current = self.revision;
        self.later.accept(revision, current, result)
    }

    fn set_number(&mut self, path: FieldPath, text: String, lang: Lang) {
        let (value, input) = read_field_text(path, text, lang);
        if let Some(v) = value {
            self.sc().set(path, v);
        }
        self.inputs.insert(path, input);
    }

    fn set_range_end(&mut self, path: FieldPath, end: End, text: String, lang: Lang) {
        let Some(mut range) = self.scenario.uncertainty.range(path).copied() else {
            return;
        };
        let (value, input) = read_field_text(path, text, lang);
        if let Some(v) = value {
            match end {
                End::Low => range.low = v,
                End::High => range.high = v,
            }
            self.sc().uncertainty.set(range);
        }
        self.range_inputs.insert(path, end, input);
    }

    fn mark_uncertain(&mut self, path: FieldPath) {
        if self.scenario.uncertainty.range(path).is_none() {
            if let Some(r) = default_range(&self.scenario, path) {
                self.sc().uncertainty.set(r);
            }
        }
    }

    fn unmark(&mut self, path: FieldPath) {
        self.sc().uncertainty.remove(path);
        self.range_inputs.0.retain(|((p, _), _)| *p != path);
    }

    fn set_seed(&mut self, text: String) {
        let digits = text.trim();
        match digits.parse::<u32>() {
            Ok(seed) if digits.bytes().all(|b| b.is_ascii_digit()) => {
                self.sc().uncertainty.seed = seed;
                self.seed_input = Some(FieldInput { text, error: None });
            }
            _ => {
                let error = if digits.is_empty() {
                    NumberError::Empty
                } else {
                    NumberError::NotANumber
                };
                self.seed_input = Some(FieldInput {
                    text,
                    error: Some(error),
                });
            }
        }
    }

    /// Puts the presets' example group names in `lang`; names the user wrote stay.
    pub fn translate_example_names(&mut self, lang: Lang) {
        if let Some(name) = translate_scenario_name(&self.name, lang) {
            self.name = name;
        }
        for g in &mut self.sc().groups {
            if let Some(name) = translate_group_name(&g.name, lang) {
                g.name = name.to_string();
            }
        }
    }

    /// Drops typed text and ranges for group `index` and renumbers the fields of later groups.
    fn forget_group(&mut self, index: usize) {
        self.sc().uncertainty.forget_group(index);
        let moved = |path: FieldPath| match path.group {
            Some(i) if i == index => None,
            Some(i) if i > index => Some(FieldPath::group(i - 1, path.field)),
            _ => Some(path),
        };
        self.range_inputs.0 = std::mem::take(&mut self.range_inputs.0)
            .into_iter()
            .filter_map(|((path, end), input)| Some(((moved(path)?, end), input)))
            .collect();
        self.inputs = std::mem::take(&mut self.inputs)
            .into_iter()
            .filter_map(|(path, input)| match path.group {
                Some(i) if i == index => None,
                Some(i) if i > index => Some((FieldPath::group(i - 1, path.field), input)),
                _ => Some((path, input)),
            })
            .collect();
    }

    /// Moves the rate year; fields still at the old year's default take the new year's.
    fn set_rate_year(&mut self, year: u16) {
        let at_default: Vec<FieldPath> = every_path(&self.scenario)
            .into_iter()
            .filter(|p| matches!(FIELDS[p.field as usize].default, FieldDefault::Rate(_)))
            .filter(|p| self.scenario.get(*p) == self.scenario.default_at(*p))
            .collect();
        self.sc().rate_year = year;
        for path in at_default {
            if let Some(v) = self.scenario.default_at(path) {
                self.sc().set(path, v);
                self.inputs.remove(&path);
            }
        }
    }

    fn group_mut(&mut self, index: usize) -> Option<&mut WorkforceGroup> {
        self.sc().groups.get_mut(index)
    }

    /// Whether the host fixed the value at `path`.
    pub fn is_fixed(&self, path: FieldPath) -> bool {
        self.fixed.iter().any(|(p, _)| *p == path)
    }

    /// Whether applying break-even `kind` would change a field the host fixed (the model says
    /// which fields each break-even changes).
    pub fn is_break_even_fixed(&self, kind: BreakEvenKind) -> bool {
        !self.fixed.is_empty()
            && scenario_at_break_even(&self.scenario, kind, 1.0)
                .1
                .iter()
                .any(|p| self.is_fixed(*p))
    }

    /// Applies `edit` (typed numbers read in `lang`); unknown indices, impossible requests and
    /// changes to fixed fields change nothing.
    pub fn apply(&mut self, edit: Edit, lang: Lang) {
        self.apply_error = None;
        match edit {
            Edit::LoadPreset(id) => {
                let mut scenario = id.scenario();
                scenario.rate_year = self.scenario.rate_year;
                // The seed and the number of draws stay; the ranges go with the values.
                scenario.uncertainty.seed = self.scenario.uncertainty.seed;
                scenario.uncertainty.draws = self.scenario.uncertainty.draws;
                self.replace(id, scenario, lang);
                return;
            }
            Edit::Adopt(id, scenario) => {
                self.replace(id, *scenario, lang);
                return;
            }
            Edit::SetName(name) => {
                self.name = clip_name(&name);
                return;
            }
            Edit::SetNumber(path, _)
            | Edit::UseDefault(path)
            | Edit::MarkUncertain(path)
            | Edit::SetRangeEnd(path, _, _)
                if self.is_fixed(path) =>
            {
                return
            }
            Edit::SetNumber(path, text) => {
                if self.scenario.get(path).is_some() {
                    self.set_number(path, text, lang);
                }
            }
            Edit::UseDefault(path) => {
                if let Some(value) = self.scenario.default_at(path) {
                    self.sc().set(path, value);
                    self.inputs.remove(&path);
                }
            }
            Edit::SetGroupName(i, name) => {
                if let Some(g) = self.group_mut(i) {
                    g.name = clip_name(&name);
                }
            }
            Edit::SetGroupKind(i, kind) => {
                if let Some(g) = self.group_mut(i) {
                    if g.kind.is_paid() != kind.is_paid() {
                        g.billed = kind.is_paid();
                    }
                    g.kind = kind;
                }
            }
            Edit::SetGroupBilled(i, billed) => {
                if let Some(g) = self.group_mut(i) {
                    g.billed = billed;
                }
            }
            Edit::AddGroup(kind) => {
                if self.scenario.groups.len() < MAX_GROUPS {
                    self.sc().groups.push(WorkforceGroup::new(kind));
                }
            }
            Edit::RemoveGroup(i) => {
                if i < self.scenario.groups.len() {
                    self.sc().groups.remove(i);
                    self.forget_group(i);
                }
            }
            Edit::SetPricingMode(mode) => self.sc().pricing.mode = mode,
            Edit::SetStaffingMode(mode) => self.sc().support.staffing = mode,
            Edit::SetOrganisation(o) => self.sc().organisation = o,
            Edit::SetRateYear(year) => self.set_rate_year(year),
            Edit::SetFleksjobBaseline(b) => self.sc().public.fleksjob_baseline = b,
            Edit::SetParticipantBenefit(b) => self.sc().public.participant_benefit = b,
            Edit::SetKontanthjaelp(k) => self.sc().public.kontanthjaelp = k,
            Edit::SetViaSe(on) => self.sc().projection.via_se = on,
            Edit::SetRefill(on) => self.sc().projection.refill = on,
            Edit::ApplyBreakEven(kind) => self.apply_break_even(kind),
            Edit::MarkUncertain(path) => self.mark_uncertain(path),
            Edit::MarkEstimates => {
                let free: Vec<FieldPath> = estimated_inputs(&self.scenario)
                    .into_iter()
                    .filter(|p| !self.is_fixed(*p))
                    .collect();
                for path in free {
                    self.mark_uncertain(path);
                }
            }
            Edit::SetRangeEnd(path, end, text) => self.set_range_end(path, end, text, lang),
            Edit::Unmark(path) => self.unmark(path),
            Edit::UnmarkAll => {
                self.sc().uncertainty.ranges.clear();
                self.range_inputs.0.clear();
            }
            Edit::SetSeed(text) => self.set_seed(text),
            Edit::NewSeed(seed) => {
                self.sc().uncertainty.seed = seed;
                self.seed_input = None;
            }
            Edit::SetDraws(n) => {
                if (MIN_DRAWS..=MAX_DRAWS).contains(&n) {
                    self.sc().uncertainty.draws = n;
                }
            }
        }
        self.recompute();
    }

    /// Replaces every input with `scenario` from model `id`; the identity, name, library entry
    /// and the host's fixed values stay.
    fn replace(&mut self, id: PresetId, mut scenario: Scenario, lang: Lang) {
        for (path, v) in &self.fixed {
            scenario.set(*path, *v);
            scenario.uncertainty.remove(*path);
        }
        let fixed = std::mem::take(&mut self.fixed);
        let name = std::mem::take(&mut self.name);
        let library_key = self.library_key.take();
        let revision = self.revision;
        *self = Document::with_scenario(self.id, id, scenario, lang);
        self.fixed = fixed;
        self.name = name;
        self.library_key = library_key;
        // The new inputs are a new revision, never one used before (a later result, or the
        // session kept in the tab, tells revisions apart).
        self.revision = revision.wrapping_add(self.revision).wrapping_add(1);
    }

    fn apply_break_even(&mut self, kind: BreakEvenKind) {
        if !self.results_current {
            return;
        }
        let Some(results) = &self.results else { return };
        let be = &results.break_even;
        let value = match kind {
            BreakEvenKind::Price => be.price,
            BreakEvenKind::CoursePrice => be.course_price,
            BreakEvenKind::BilledHours => be.billed_hours,
        };
        if self.is_break_even_fixed(kind) {
            self.apply_error = Some((kind, ApplyError::NoValue));
            return;
        }
        match apply_break_even(&self.scenario, kind, value) {
            Ok(s) => {
                let changed: Vec<FieldPath> = self
                    .inputs
                    .keys()
                    .copied()
                    .filter(|p| s.get(*p) != self.scenario.get(*p))
                    .collect();
                for p in changed {
                    self.inputs.remove(&p);
                }
                self.scenario = Rc::new(s);
            }
            Err(e) => self.apply_error = Some((kind, e)),
        }
    }
}

/// `text` typed in the field at `path` (or an end of its range), read in `lang` and in the
/// field's unit: the value in the stored unit if it is a number, and the text as typed.
fn read_field_text(path: FieldPath, text: String, lang: Lang) -> (Option<f64>, FieldInput) {
    let factor = path.field.spec().unit.display_factor();
    match parse_number(&text, lang.decimal_convention()) {
        Ok(v) => (Some(v / factor), FieldInput { text, error: None }),
        Err(e) => (
            None,
            FieldInput {
                text,
                error: Some(e),
            },
        ),
    }
}

/// The example of partnership model `preset` in the rate year of `scenario`.
pub fn example_of(preset: PresetId, scenario: &Scenario) -> Scenario {
    let mut example = preset.scenario();
    example.rate_year = scenario.rate_year;
    example
}

/// Where the value at `path` of `scenario` comes from: its default, the model's `example` (built
/// once by [`example_of`]: a panel listing every field asks for many), or the user.
pub fn origin(scenario: &Scenario, path: FieldPath, example: &Scenario) -> Origin {
    let value = scenario.get(path);
    if value == scenario.default_at(path) {
        return Origin::Default;
    }
    let same_group_kind = path.group.is_none_or(|i| {
        example.groups.get(i).map(|g| g.kind) == scenario.groups.get(i).map(|g| g.kind)
    });
    if same_group_kind && value == example.get(path) {
        Origin::Example
    } else {
        Origin::User
    }
}

/// `stem` and then `suffix` (" (variant 2)", " (kopi)"), the stem shortened so that the whole
/// fits in [`MAX_NAME_CHARS`] characters: the suffix is what tells the names apart, so it stays.
pub fn with_suffix(stem: &str, suffix: &str) -> String {
    let room = MAX_NAME_CHARS.saturating_sub(suffix.chars().count());
    let stem = crate::formats::scenario_file::cut(stem.trim(), room).trim_end();
    clip_name(&format!("{stem}{suffix}"))
}

/// `name` split before a last part in brackets ("Basis (variant 2)" → "Basis", "variant 2").
pub fn bracketed(name: &str) -> Option<(&str, &str)> {
    let inner = name.trim().strip_suffix(')')?;
    let open = inner.rfind('(')?;
    let stem = inner[..open].strip_suffix(' ')?;
    Some((stem, &inner[open + 1..]))
}

/// `name` without a number added to tell it apart ("Basis (2)" → "Basis").
pub fn unnumbered(name: &str) -> &str {
    match bracketed(name) {
        Some((stem, n)) if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) => stem,
        _ => name.trim(),
    }
}

/// `name` cut to [`MAX_NAME_CHARS`] characters.
pub fn clip_name(name: &str) -> String {
    crate::formats::scenario_file::cut(name, MAX_NAME_CHARS).to_string()
}

/// A name the page made from an unnamed tab's ("Scenarie 2 (variant)", "Scenarie 2 (3)") in the
/// other language's words ("Scenario 2 (variant)"), so it follows a switch of language as the
/// unnamed tab's own name does; `None` for any other name.
pub fn translate_scenario_name(name: &str, lang: Lang) -> Option<String> {
    let (from, to) = match lang {
        Lang::Da => ("Scenario ", "Scenarie "),
        Lang::En => ("Scenarie ", "Scenario "),
    };
    let rest = name.strip_prefix(from)?;
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let tail = rest.get(digits..)?;
    (digits > 0 && (tail.is_empty() || tail.starts_with(" ("))).then(|| format!("{to}{rest}"))
}
