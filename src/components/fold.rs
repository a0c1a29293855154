//! A folded section (`<details>`) whose contents are built only while it is open, so the first
//! render stays light; a fold holding a field that needs attention is shown open.

use yew::prelude::*;

/// Properties of [`Fold`].
#[derive(Properties, PartialEq, Clone)]
pub struct FoldProps {
    /// The always-visible summary line.
    pub summary: AttrValue,
    /// The `<details>` element's id (a link to a field inside opens it by this id).
    #[prop_or_default]
    pub id: Option<AttrValue>,
    /// CSS class of the `<details>` element.
    #[prop_or_default]
    pub class: Classes,
    /// Open regardless of the user, e.g. because a field inside has an error.
    #[prop_or_default]
    pub force_open: bool,
    /// The folded contents.
    #[prop_or_default]
    pub children: Html,
}

/// A `<details>` section that remembers whether the user opened it.
#[component]
pub fn Fold(p: &FoldProps) -> Html {
    let opened = use_state(|| false);
    let ontoggle = {
        let opened = opened.clone();
        Callback::from(move |e: Event| {
            let details: web_sys::Element = e.target_unchecked_into();
            opened.set(details.has_attribute("open"));
        })
    };
    let open = *opened || p.force_open;
    html! {
        <details id={p.id.clone()} class={p.class.clone()} {open} {ontoggle}>
            <summary>{ p.summary.clone() }</summary>
            if open {
                { p.children.clone() }
            }
        </details>
    }
}
