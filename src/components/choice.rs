//! A group of radio buttons drawn as a segmented control.

use yew::prelude::*;

/// Properties of [`Choice`].
#[derive(Properties, PartialEq, Clone)]
pub struct ChoiceProps<T: PartialEq + Clone + 'static> {
    /// The group's name (for radio grouping and ids).
    pub name: AttrValue,
    /// The legend read before the options.
    pub legend: AttrValue,
    /// The options: value and label.
    pub options: Vec<(T, AttrValue)>,
    /// The selected value.
    pub selected: T,
    /// Called with the chosen value.
    pub onchoose: Callback<T>,
}

/// A radio group; arrow keys move between options as in any native radio group.
#[component]
pub fn Choice<T: PartialEq + Clone + 'static>(p: &ChoiceProps<T>) -> Html {
    html! {
        <fieldset class="choice">
            <legend class="choice__legend">{ p.legend.clone() }</legend>
            <div class="choice__options">
                { for p.options.iter().enumerate().map(|(i, (value, label))| {
                    let id = format!("{}-{i}", p.name);
                    let onchange = {
                        let cb = p.onchoose.clone();
                        let value = value.clone();
                        Callback::from(move |_: Event| cb.emit(value.clone()))
                    };
                    html! {
                        <label class="choice__option" for={id.clone()}>
                            <input type="radio" id={id} name={p.name.clone()}
                                checked={*value == p.selected} {onchange} />
                            <span>{ label.clone() }</span>
                        </label>
                    }
                }) }
            </div>
        </fieldset>
    }
}
