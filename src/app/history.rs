//! Undo and redo of one document's edits. Pure: the workspace records the document as it was
//! before each edit that changed it, and steps back and forth through those snapshots.

use super::document::{Document, Edit};
use crate::model::FieldPath;
use std::rc::Rc;

/// Most steps kept per document; the oldest go first.
pub const MAX_STEPS: usize = 100;

/// Edits that run together into one step: typing in one field (one step per field, not per
/// keystroke), renaming, and arrowing through the partnership models.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Run {
    Number(FieldPath),
    GroupName(usize),
    Name,
    Model,
}

impl Run {
    fn of(edit: &Edit) -> Option<Run> {
        match edit {
            Edit::SetNumber(path, _) => Some(Run::Number(*path)),
            Edit::SetGroupName(i, _) => Some(Run::GroupName(*i)),
            Edit::SetName(_) => Some(Run::Name),
            Edit::LoadPreset(_) => Some(Run::Model),
            _ => None,
        }
    }
}

/// The steps of one document.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct History {
    past: Vec<Rc<Document>>,
    future: Vec<Rc<Document>>,
    run: Option<Run>,
}

impl History {
    /// Records `before`, the document as it was before `edit` changed it. An edit that continues
    /// the previous one's run (more typing in the same field) adds no step.
    pub fn record(&mut self, before: Rc<Document>, edit: Option<&Edit>) {
        let run = edit.and_then(Run::of);
        self.future.clear();
        if run.is_none() || run != self.run || self.past.is_empty() {
            self.past.push(before);
            if self.past.len() > MAX_STEPS {
                self.past.remove(0);
            }
        }
        self.run = run;
    }

    /// Whether there is a step to undo.
    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    /// Whether there is a step to redo.
    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }

    /// The document one step back, with `current` kept for redo.
    pub fn undo(&mut self, current: Rc<Document>) -> Option<Rc<Document>> {
        let previous = self.past.pop()?;
        self.future.push(current);
        self.run = None;
        Some(previous)
    }

    /// The document one step forward, with `current` kept for undo.
    pub fn redo(&mut self, current: Rc<Document>) -> Option<Rc<Document>> {
        let next = self.future.pop()?;
        self.past.push(current);
        self.run = None;
        Some(next)
    }

    /// Ends the current run, so the next edit is a step of its own (the user left the field).
    pub fn break_run(&mut self) {
        self.run = None;
    }
}
