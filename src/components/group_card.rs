//! One workforce group: name, kind, numbers, billed, remove.

use crate::app::{Action, StateHandle};
use crate::components::fold::Fold;
use crate::components::handlers::{number_field, Handlers};
use crate::model::{FieldId, FieldPath, GroupKind};
use crate::text::{fields, Lang};
use yew::prelude::*;

/// Properties of [`GroupCard`].
#[derive(Properties, PartialEq, Clone)]
pub struct GroupCardProps {
    /// The whole state (the card reads its group, typed text and problems).
    pub state: StateHandle,
    /// Which group.
    pub index: usize,
    /// Callbacks into the reducer.
    pub handlers: Handlers,
}

fn kind_key(k: GroupKind) -> &'static str {
    match k {
        GroupKind::Fleksjob => "fleksjob",
        GroupKind::Smajob => "smajob",
        GroupKind::Ordinary => "ordinary",
        GroupKind::Participant => "participant",
    }
}

fn kind_from_key(key: &str) -> Option<GroupKind> {
    GroupKind::ALL.into_iter().find(|k| kind_key(*k) == key)
}

/// A card editing one workforce group.
#[component]
pub fn GroupCard(p: &GroupCardProps) -> Html {
    let lang: Lang = p.state.lang;
    let i = p.index;
    let Some(g) = p.state.scenario.groups.get(i) else {
        return Html::default();
    };
    let act = p.handlers.onaction.clone();
    let base = format!("group-{i}");
    let title = if g.name.trim().is_empty() {
        format!("{} {}", lang.pick("Gruppe", "Group"), i + 1)
    } else {
        g.name.clone()
    };
    let onname = {
        let act = act.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            act.emit(Action::SetGroupName(i, input.value()));
        })
    };
    let onkind = {
        let act = act.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Some(k) = kind_from_key(&select.value()) {
                act.emit(Action::SetGroupKind(i, k));
            }
        })
    };
    let onbilled = {
        let act = act.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            act.emit(Action::SetGroupBilled(i, input.checked()));
        })
    };
    let onremove = Callback::from(move |_| act.emit(Action::RemoveGroup(i)));
    let field = |f: FieldId| number_field(&p.state, FieldPath::group(i, f), &p.handlers);
    let paid = g.kind.is_paid();

    html! {
        <section class="group-card" aria-labelledby={format!("{base}-title")}>
            <div class="group-card__head">
                <h3 class="group-card__title" id={format!("{base}-title")}>{ title.clone() }</h3>
                <button type="button" class="button button--quiet" onclick={onremove}
                    aria-label={format!("{} {}", lang.pick("Fjern gruppen", "Remove group"), title)}>
                    { lang.pick("Fjern", "Remove") }
                </button>
            </div>
            <div class="group-card__grid">
                <div class="field">
                    <label class="field__label" for={format!("{base}-name")}>{ lang.pick("Navn", "Name") }</label>
                    <input class="field__input field__input--text" id={format!("{base}-name")} type="text"
                        maxlength="80" value={g.name.clone()} oninput={onname} />
                </div>
                <div class="field">
                    <label class="field__label" for={format!("{base}-kind")}>{ lang.pick("Type", "Kind") }</label>
                    <select class="field__select" id={format!("{base}-kind")} onchange={onkind}>
                        { for GroupKind::ALL.iter().map(|k| html! {
                            <option value={kind_key(*k)} selected={*k == g.kind}>{ fields::kind(lang, *k) }</option>
                        }) }
                    </select>
                </div>
                { field(FieldId::Persons) }
                { field(FieldId::HoursPerWeek) }
                if paid {
                    { field(FieldId::PaidShare) }
                    { field(FieldId::HourlyWage) }
                    <div class="field field--check">
                        <input type="checkbox" id={format!("{base}-billed")} checked={g.billed} onchange={onbilled} />
                        <label for={format!("{base}-billed")}>{ lang.pick("Virksomheden betaler for timerne", "The company pays for the hours") }</label>
                    </div>
                } else {
                    <p class="group-card__note">{ lang.pick(
                        "Deltagere får ydelse, ikke løn: deres timer koster hverken løn eller faktureres. Kommunen betaler forløbsprisen.",
                        "Participants draw a benefit, not a wage: their hours are neither paid nor billed. The municipality pays the course price.") }</p>
                }
            </div>
            if paid {
                <Fold class="advanced" summary={lang.pick("Følgeomkostninger", "On-costs")}
                    force_open={p.state.needs_attention(FieldPath::group(i, FieldId::OncostRate))}>
                    { field(FieldId::OncostRate) }
                </Fold>
            }
        </section>
    }
}
