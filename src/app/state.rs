//! The state of the calculator and the [`Action`]s that change it.

use crate::model::number_text::{parse_number, NumberError};
use crate::model::params::{default_of, group_default, spec, MAX_GROUPS};
use crate::model::presets::translate_group_name;
use crate::model::{
    apply_break_even, evaluate, validate, ApplyError, BreakEvenKind, FieldId, FieldPath, GroupKind,
    Outcome, PresetId, PricingMode, Problem, Scenario, Severity, StaffingMode, WorkforceGroup,
};
use crate::text::Lang;
use std::collections::BTreeMap;
use std::rc::Rc;
use yew::Reducible;

/// Something the user did.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Switch the interface language.
    SetLang(Lang),
    /// Replace every input with a partnership model's example.
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
    /// Markup or fixed price.
    SetPricingMode(PricingMode),
    /// Fixed FTE or caseloads.
    SetStaffingMode(StaffingMode),
    /// Set an input to its break-even value.
    ApplyBreakEven(BreakEvenKind),
}

/// The input layer of one number field: the user's text while it differs from the value.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldInput {
    /// What the user typed.
    pub text: String,
    /// Why it is not a number, if it is not.
    pub error: Option<NumberError>,
}

/// Everything the page shows.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    /// Interface language.
    pub lang: Lang,
    /// The partnership model last loaded.
    pub preset: PresetId,
    /// The inputs as far as they parse (a field with unreadable text keeps its last value).
    pub scenario: Scenario,
    /// Typed text of the fields the user has edited since their value was last set for them.
    pub inputs: BTreeMap<FieldPath, FieldInput>,
    /// Validation problems of `scenario`.
    pub problems: Vec<Problem>,
    /// The last valid outcome; stays on screen while the inputs have errors.
    pub results: Option<Rc<Outcome>>,
    /// Whether `results` belong to the current inputs.
    pub results_current: bool,
    /// The last break-even that could not be applied, and why.
    pub apply_error: Option<(BreakEvenKind, ApplyError)>,
}

impl Default for State {
    fn default() -> Self {
        State::with_preset(PresetId::Joint, Lang::Da)
    }
}

impl State {
    /// A fresh state showing `preset` in `lang`.
    pub fn with_preset(preset: PresetId, lang: Lang) -> Self {
        let mut s = State {
            lang,
            preset,
            scenario: preset.scenario(),
            inputs: BTreeMap::new(),
            problems: Vec::new(),
            results: None,
            results_current: false,
            apply_error: None,
        };
        s.translate_example_names();
        s.recompute();
        s
    }

    /// Whether any field holds text that is not a number, or any value is invalid.
    pub fn has_errors(&self) -> bool {
        self.inputs.values().any(|i| i.error.is_some())
            || self.problems.iter().any(|p| p.severity == Severity::Error)
    }

    /// Problems to show for `path`: unreadable text first, else validation problems.
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
    }

    /// Whether the field at `path` is on screen: the inactive price or staffing mode's fields and
    /// the wage fields of participants are hidden.
    pub fn is_shown(&self, path: FieldPath) -> bool {
        let s = &self.scenario;
        match path.field {
            FieldId::MarkupRate => s.pricing.mode == PricingMode::Markup,
            FieldId::FixedHourlyPrice => s.pricing.mode == PricingMode::FixedPrice,
            FieldId::FixedFte => s.support.staffing == StaffingMode::Fixed,
            FieldId::CaseloadParticipants | FieldId::CaseloadEmployees => {
                s.support.staffing == StaffingMode::Caseload
            }
            FieldId::PaidShare | FieldId::HourlyWage | FieldId::OncostRate => path
                .group
                .and_then(|i| s.groups.get(i))
                .is_some_and(|g| g.kind.is_paid()),
            _ => true,
        }
    }

    /// A hidden field cannot be corrected, so one whose text or value is invalid goes back to
    /// its default rather than block the results unseen.
    fn reset_hidden_errors(&mut self) {
        let hidden_bad: Vec<FieldPath> = validate(&self.scenario)
            .into_iter()
            .filter(|p| p.severity == Severity::Error)
            .filter_map(|p| p.path)
            .chain(
                self.inputs
                    .iter()
                    .filter(|(_, i)| i.error.is_some())
                    .map(|(p, _)| *p),
            )
            .filter(|p| !self.is_shown(*p))
            .collect();
        for path in hidden_bad {
            let value = self.default_at(path);
            self.scenario.set(path, value);
            self.inputs.remove(&path);
        }
    }

    fn recompute(&mut self) {
        self.reset_hidden_errors();
        self.problems = validate(&self.scenario);
        if self.has_errors() {
            self.results_current = false;
        } else {
            self.results = Some(Rc::new(evaluate(&self.scenario)));
            self.results_current = true;
        }
    }

    fn set_number(&mut self, path: FieldPath, text: String) {
        let factor = spec(path.field).unit.display_factor();
        let error = match parse_number(&text, self.lang.decimal_convention()) {
            Ok(v) => {
                self.scenario.set(path, v / factor);
                None
            }
            Err(e) => Some(e),
        };
        self.inputs.insert(path, FieldInput { text, error });
    }

    /// The default of the field at `path` here: a group field's default depends on its group's kind.
    pub fn default_at(&self, path: FieldPath) -> f64 {
        match path.group.and_then(|i| self.scenario.groups.get(i)) {
            Some(g) => group_default(g.kind, path.field),
            None => default_of(path.field),
        }
    }

    /// Puts the presets' example group names in the interface language; names the user wrote stay.
    fn translate_example_names(&mut self) {
        let to_english = self.lang == Lang::En;
        for g in &mut self.scenario.groups {
            if let Some(name) = translate_group_name(&g.name, to_english) {
                g.name = name.to_string();
            }
        }
    }

    /// Drops typed text for group `index` and renumbers the fields of later groups.
    fn forget_group(&mut self, index: usize) {
        self.inputs = std::mem::take(&mut self.inputs)
            .into_iter()
            .filter_map(|(path, input)| match path.group {
                Some(i) if i == index => None,
                Some(i) if i > index => Some((FieldPath::group(i - 1, path.field), input)),
                _ => Some((path, input)),
            })
            .collect();
    }

    fn group_mut(&mut self, index: usize) -> Option<&mut WorkforceGroup> {
        self.scenario.groups.get_mut(index)
    }

    /// Applies `action`; unknown indices and impossible requests change nothing.
    pub fn apply(&mut self, action: Action) {
        self.apply_error = None;
        match action {
            Action::SetLang(lang) => {
                if lang != self.lang {
                    self.lang = lang;
                    self.translate_example_names();
                }
                return;
            }
            Action::LoadPreset(id) => {
                *self = State::with_preset(id, self.lang);
                return;
            }
            Action::SetNumber(path, text) => {
                if self.scenario.get(path).is_some() {
                    self.set_number(path, text);
                }
            }
            Action::UseDefault(path) => {
                let value = self.default_at(path);
                if self.scenario.set(path, value) {
                    self.inputs.remove(&path);
                }
            }
            Action::SetGroupName(i, name) => {
                if let Some(g) = self.group_mut(i) {
                    g.name = name.chars().take(80).collect();
                }
            }
            Action::SetGroupKind(i, kind) => {
                if let Some(g) = self.group_mut(i) {
                    if g.kind.is_paid() != kind.is_paid() {
                        g.billed = kind.is_paid();
                    }
                    g.kind = kind;
                }
            }
            Action::SetGroupBilled(i, billed) => {
                if let Some(g) = self.group_mut(i) {
                    g.billed = billed;
                }
            }
            Action::AddGroup(kind) => {
                if self.scenario.groups.len() < MAX_GROUPS {
                    self.scenario.groups.push(WorkforceGroup::new(kind));
                }
            }
            Action::RemoveGroup(i) => {
                if i < self.scenario.groups.len() {
                    self.scenario.groups.remove(i);
                    self.forget_group(i);
                }
            }
            Action::SetPricingMode(mode) => self.scenario.pricing.mode = mode,
            Action::SetStaffingMode(mode) => self.scenario.support.staffing = mode,
            Action::ApplyBreakEven(kind) => {
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
                        self.scenario = s;
                    }
                    Err(e) => self.apply_error = Some((kind, e)),
                }
            }
        }
        self.recompute();
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.apply(action);
        // yew 0.23 skips re-rendering when the same Rc comes back; a changed state is always new.
        Rc::new(next)
    }
}
