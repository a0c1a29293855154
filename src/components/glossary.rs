//! Short plain-language explanations of the terms the calculator uses.

use crate::components::fold::Fold;
use crate::text::{t, workspace, Lang};
use yew::prelude::*;

/// Properties of [`Glossary`].
#[derive(Properties, PartialEq, Clone)]
pub struct GlossaryProps {
    /// Interface language.
    pub lang: Lang,
}

/// The glossary, folded.
#[component]
pub fn Glossary(p: &GlossaryProps) -> Html {
    let lang = p.lang;
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
