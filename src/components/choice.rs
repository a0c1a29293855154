//! A group of radio buttons drawn as a segmented control. Not generic over the value, so one
//! component serves every choice (each monomorphised copy would add to the shipped size).

use yew::prelude::*;

/// Properties of [`Choice`].
#[derive(Properties, PartialEq, Clone)]
pub struct ChoiceProps {
    /// The group's name (for radio grouping and ids: `{name}-{index}`).
    pub name: AttrValue,
    /// The legend read before the options.
    pub legend: AttrValue,
    /// The options' labels.
    pub options: Vec<AttrValue>,
    /// The index of the selected option.
    pub selected: usize,
    /// Called with the index of the chosen option.
    pub onchoose: Callback<usize>,
}

/// A radio group; arrow keys move between options as in any native radio group.
#[component]
pub fn Choice(p: &ChoiceProps) -> Html {
    html! {
        <fieldset class="choice">
            <legend class="choice__legend">{ p.legend.clone() }</legend>
            <div class="choice__options">
                { for p.options.iter().enumerate().map(|(i, label)| {
                    let id = format!("{}-{i}", p.name);
                    let onchange = p.onchoose.reform(move |_: Event| i);
                    html! {
                        <label class="choice__option" for={id.clone()}>
                            <input type="radio" id={id} name={p.name.clone()}
                                checked={i == p.selected} {onchange} />
                            <span>{ label.clone() }</span>
                        </label>
                    }
                }) }
            </div>
        </fieldset>
    }
}
