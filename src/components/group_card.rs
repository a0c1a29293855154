//! One workforce group: name, kind, numbers, billed, remove.

use crate::app::{Document, Edit};
use crate::components::fold::Fold;
use crate::components::handlers::{number_field, Handlers};
use crate::locale::format;
use crate::model::fields::{Section, FIELDS};
use crate::model::{FieldPath, GroupKind};
use crate::text::{fields, inputs, t, Lang};
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`GroupCard`].
#[derive(Properties, PartialEq, Clone)]
pub struct GroupCardProps {
    /// Interface language.
    pub lang: Lang,
    /// The document (the card reads its group, typed text and problems).
    pub doc: Rc<Document>,
    /// Which group.
    pub index: usize,
    /// Callbacks into the reducer.
    pub handlers: Handlers,
}

/// A card editing one workforce group.
#[component]
pub fn GroupCard(p: &GroupCardProps) -> Html {
    let lang = p.lang;
    let i = p.index;
    let doc = &p.doc;
    let Some(g) = doc.scenario.groups.get(i) else {
        return Html::default();
    };
    let edit = p.handlers.onedit.clone();
    let base = format!("group-{i}");
    let title = if g.name.trim().is_empty() {
        inputs::group_number(lang, i + 1)
    } else {
        g.name.clone()
    };
    let onname = edit.reform(move |e: InputEvent| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        Edit::SetGroupName(i, input.value())
    });
    let onkind = {
        let edit = edit.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Some(k) = GroupKind::from_key(&select.value()) {
                edit.emit(Edit::SetGroupKind(i, k));
            }
        })
    };
    let onbilled = edit.reform(move |e: Event| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        Edit::SetGroupBilled(i, input.checked())
    });
    let onremove = edit.reform(move |_| Edit::RemoveGroup(i));
    let paths = |folded: bool| {
        FIELDS
            .iter()
            .filter(move |f| f.place.section == Section::Group && f.place.folded == folded)
            .map(move |f| FieldPath::group(i, f.id))
            .filter(|path| doc.scenario.is_shown(*path))
    };
    // The hours the company buys from this group, where the user decides it.
    let bought = doc
        .results
        .as_ref()
        .filter(|_| doc.results_current && g.billed && g.kind.is_paid())
        .and_then(|o| o.groups.get(i))
        .map(|o| inputs::bought_hours(lang, &format::number(lang, o.billed, 0, 0)));
    let field = |path: FieldPath| number_field(lang, doc, path, &p.handlers, &[]);
    let folded: Vec<FieldPath> = paths(true).collect();
    let force_open = folded.iter().any(|path| doc.needs_attention(*path));

    html! {
        <section class="group-card" aria-labelledby={format!("{base}-title")}>
            <div class="group-card__head">
                <h3 class="group-card__title" id={format!("{base}-title")}>{ title.clone() }</h3>
                <button type="button" class="button button--quiet" onclick={onremove}
                    aria-label={inputs::remove_group(lang, &title)}>
                    { t(lang, inputs::REMOVE) }
                </button>
            </div>
            <div class="group-card__grid">
                <div class="field">
                    <label class="field__label" for={format!("{base}-name")}>{ t(lang, inputs::NAME) }</label>
                    <input class="field__input field__input--text" id={format!("{base}-name")} type="text"
                        maxlength="80" value={g.name.clone()} oninput={onname} />
                </div>
                <div class="field">
                    <label class="field__label" for={format!("{base}-kind")}>{ t(lang, inputs::KIND) }</label>
                    <select class="field__select" id={format!("{base}-kind")} onchange={onkind}>
                        { for GroupKind::ALL.iter().map(|k| html! {
                            <option value={k.key()} selected={*k == g.kind}>{ fields::kind(lang, *k) }</option>
                        }) }
                    </select>
                </div>
                { for paths(false).map(field) }
                if g.kind.is_paid() {
                    <div class="field field--check">
                        <input type="checkbox" id={format!("{base}-billed")} checked={g.billed} onchange={onbilled} />
                        <label for={format!("{base}-billed")}>{ t(lang, inputs::BILLED) }</label>
                    </div>
                    if let Some(hours) = bought {
                        <p class="group-card__note" data-testid="bought-hours">{ hours }</p>
                    }
                } else {
                    <p class="group-card__note">{ t(lang, inputs::PARTICIPANT_NOTE) }</p>
                }
            </div>
            if !folded.is_empty() {
                <Fold id={format!("fold-groups-{i}")} class="advanced" summary={fields::fold_title(lang, Section::Group)} {force_open}>
                    { for folded.iter().copied().map(field) }
                </Fold>
            }
        </section>
    }
}
