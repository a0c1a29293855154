//! Choosing one of the five partnership models.

use crate::model::PresetId;
use crate::text::{inputs, presets, t, Lang};
use yew::prelude::*;

/// Properties of [`PresetPicker`].
#[derive(Properties, PartialEq, Clone)]
pub struct PresetPickerProps {
    /// Interface language.
    pub lang: Lang,
    /// The model last loaded.
    pub selected: PresetId,
    /// Called with the chosen model.
    pub onchoose: Callback<PresetId>,
}

/// The five models as radio cards with a one-line description each.
#[component]
pub fn PresetPicker(p: &PresetPickerProps) -> Html {
    let lang = p.lang;
    html! {
        <fieldset class="presets">
            <legend class="section-title">{ t(lang, inputs::CHOOSE_MODEL) }</legend>
            <p class="presets__note">{ t(lang, inputs::MODEL_NOTE) }</p>
            <div class="presets__list">
            { for PresetId::ALL.iter().map(|id| {
                let dom_id = format!("preset-{}", id.key());
                let onchange = {
                    let cb = p.onchoose.clone();
                    let id = *id;
                    Callback::from(move |_: Event| cb.emit(id))
                };
                html! {
                    <label class={classes!("preset", (*id == p.selected).then_some("preset--selected"))} for={dom_id.clone()}>
                        <input type="radio" name="preset" id={dom_id} checked={*id == p.selected} {onchange}
                            aria-describedby={format!("preset-desc-{}", id.key())} />
                        <span class="preset__name">{ presets::name(lang, *id) }</span>
                        <span class="preset__desc" id={format!("preset-desc-{}", id.key())}>
                            { presets::description(lang, *id) }
                        </span>
                    </label>
                }
            }) }
            </div>
        </fieldset>
    }
}
