//! Short plain-language explanations of the terms the calculator uses.

use crate::components::fold::Fold;
use crate::text::{t, workspace, Lang};
use yew::prelude::*;

/// The glossary, folded. A function, not a component: it has no state of its own, and each
/// component costs the shipped code its own copy of Yew's machinery.
pub fn glossary(lang: Lang) -> Html {
    html! {
        <Fold class="glossary" summary={t(lang, workspace::GLOSSARY)}>
            <dl>
            { for workspace::TERMS.iter().map(|(term, text)| html! {
                <div class="glossary__item">
                    <dt>{ t(lang, *term) }</dt>
                    <dd>{ t(lang, *text) }</dd>
                </div>
            }) }
            </dl>
        </Fold>
    }
}
