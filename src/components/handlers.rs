//! The callbacks the input components share, created once per document so props stay equal, and
//! the number field of one path filled from a document.

use crate::app::config::Lock;
use crate::app::{Document, Edit};
use crate::components::number_field::{NumberField, RangeView};
use crate::model::uncertainty::End;
use crate::model::{FieldPath, Severity};
use crate::text::Lang;
use yew::prelude::*;

/// Callbacks into the reducer for one document.
#[derive(Clone, PartialEq)]
pub struct Handlers {
    /// Any edit.
    pub onedit: Callback<Edit>,
    /// Text typed in a number field.
    pub oninput: Callback<(FieldPath, String)>,
    /// Put a field back to its default.
    pub onusedefault: Callback<FieldPath>,
    /// Whether the fields offer to be marked uncertain (not where the host hides the simulation).
    pub can_mark: bool,
}

impl Handlers {
    /// Handlers sending edits to `onedit`; the fields offer to be marked uncertain if `can_mark`.
    pub fn new(onedit: Callback<Edit>, can_mark: bool) -> Self {
        Handlers {
            can_mark,
            oninput: onedit.reform(|(path, text)| Edit::SetNumber(path, text)),
            onusedefault: onedit.reform(Edit::UseDefault),
            onedit,
        }
    }
}

/// The number field for `path`, filled from `doc`, read-only where `locks` fix it; nothing if the
/// path does not exist.
pub fn number_field(
    lang: Lang,
    doc: &Document,
    path: FieldPath,
    h: &Handlers,
    locks: &[Lock],
) -> Html {
    let Some(value) = doc.scenario.get(path) else {
        return Html::default();
    };
    let range = doc.scenario.uncertainty.range(path).map(|r| RangeView {
        low: r.low,
        high: r.high,
        typed: [End::Low, End::High].map(|e| doc.range_inputs.get(path, e).cloned()),
        problems: doc.range_problems_at(path).copied().collect(),
    });
    let problem = doc
        .problems_at(path)
        .min_by_key(|p| p.severity != Severity::Error)
        .copied();
    html! {
        <NumberField
            key={path.dom_id()}
            {lang}
            {path}
            {value}
            default_value={doc.default_at(path)}
            source={doc.scenario.source_at(path.field)}
            input={doc.inputs.get(&path).cloned()}
            {problem}
            oninput={h.oninput.clone()}
            onusedefault={h.onusedefault.clone()}
            locked={locks.iter().find(|l| l.path == path).map(|l| AttrValue::from(l.note.clone()))}
            {range}
            onedit={h.can_mark.then(|| h.onedit.clone())}
        />
    }
}
