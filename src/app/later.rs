//! Results that arrive later than the keystroke: computed off the main thread or in slices
//! between frames (the projection over years, the sensitivity, the simulation), for one revision
//! of one document. The one-year outcome stays in the reducer (it takes under a microsecond).
//!
//! A computation starts from a document at its [`Revision`]; what it finds comes back as
//! [`Action::Arrived`](super::Action::Arrived) with that document and revision, and is kept in the
//! document's [`Slot`] only if the document has not changed since. A result for an older revision
//! is dropped, so the page never shows figures of inputs that are no longer there.

use crate::model::projection::Projected;
use crate::model::uncertainty::Summary;
use std::rc::Rc;

/// How many times a document's inputs have changed: each change that recomputes its outcome
/// counts one.
pub type Revision = u64;

/// Where one kind of later result is kept, with the revision it was computed for.
#[derive(Debug)]
pub struct Slot<T> {
    arrived: Option<(Revision, Rc<T>)>,
}

impl<T> Default for Slot<T> {
    fn default() -> Self {
        Slot { arrived: None }
    }
}

impl<T> Clone for Slot<T> {
    fn clone(&self) -> Self {
        Slot {
            arrived: self.arrived.clone(),
        }
    }
}

impl<T> PartialEq for Slot<T> {
    /// The same result of the same revision (results are compared by identity, not content).
    fn eq(&self, other: &Self) -> bool {
        match (&self.arrived, &other.arrived) {
            (Some((a, x)), Some((b, y))) => a == b && Rc::ptr_eq(x, y),
            (None, None) => true,
            _ => false,
        }
    }
}

impl<T> Slot<T> {
    /// Keeps `value`, computed for `revision`, if the document is still at that revision
    /// (`current`); returns whether it was kept. A stale result is dropped.
    pub fn accept(&mut self, revision: Revision, current: Revision, value: T) -> bool {
        let fresh = revision == current;
        if fresh {
            self.arrived = Some((revision, Rc::new(value)));
        }
        fresh
    }

    /// The result for the document at revision `current`, if it has arrived.
    pub fn current(&self, current: Revision) -> Option<&Rc<T>> {
        self.arrived
            .as_ref()
            .filter(|(r, _)| *r == current)
            .map(|(_, v)| v)
    }

    /// The revision of the last result that arrived, if any.
    pub fn revision(&self) -> Option<Revision> {
        self.arrived.as_ref().map(|(r, _)| *r)
    }

    /// The last result that arrived, for whatever revision, and whether it is the current one:
    /// shown, marked as not current, while the next is computed.
    pub fn last(&self, current: Revision) -> Option<(&Rc<T>, bool)> {
        self.arrived.as_ref().map(|(r, v)| (v, *r == current))
    }
}

/// A result that arrived for one revision of one document. Each later computation adds its kind
/// here and a [`Slot`] to [`LaterResults`]: the projection over years and the simulation (the
/// tornado is kept by its own fold, which alone shows it).
#[derive(Clone, Debug, PartialEq)]
pub enum Later {
    /// The projection over years (`../shared/model.md` §5).
    Projection(Box<Projected>),
    /// The simulation of the uncertain inputs (`../shared/model.md` §6).
    Simulation(Box<Summary>),
}

/// A document's results that arrive later, each in its slot.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct LaterResults {
    /// The projection over years.
    pub projection: Slot<Projected>,
    /// The simulation.
    pub simulation: Slot<Summary>,
}

impl LaterResults {
    /// Keeps `result`, computed for `revision`, if the document is still at `current`.
    pub fn accept(&mut self, revision: Revision, current: Revision, result: Later) -> bool {
        match result {
            Later::Projection(p) => self.projection.accept(revision, current, *p),
            Later::Simulation(p) => self.simulation.accept(revision, current, *p),
        }
    }
}
