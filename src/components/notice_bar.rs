//! One status line for what just happened (a model loaded, an undo, a link copied, a link or file
//! refused), read out by screen readers, with the way back where there is one.

use crate::app::{Notice, StorageProblem};
use crate::text::{messages, t, workspace, Lang};
use yew::prelude::*;

/// Properties of [`NoticeBar`].
#[derive(Properties, PartialEq, Clone)]
pub struct NoticeBarProps {
    /// Interface language.
    pub lang: Lang,
    /// The notice and its number (a new number is announced again).
    pub notice: Option<(u32, Notice)>,
    /// Undo the step the notice reports.
    pub onundo: Callback<()>,
    /// Bring back the closed scenario.
    pub onreopen: Callback<()>,
    /// Hide the notice.
    pub ondismiss: Callback<()>,
}

/// Why the browser's storage cannot be used, in words (the status line and the library page).
pub fn storage_problem(lang: Lang, p: StorageProblem) -> &'static str {
    match p {
        StorageProblem::Full => t(lang, workspace::STORAGE_FULL),
        StorageProblem::Unavailable => t(lang, workspace::STORAGE_UNAVAILABLE),
    }
}

/// The text of `notice` in `lang`.
pub fn notice_text(lang: Lang, notice: &Notice) -> String {
    match notice {
        Notice::ModelLoaded(id) => workspace::model_loaded(lang, *id),
        Notice::Undone => t(lang, workspace::UNDONE).to_string(),
        Notice::Redone => t(lang, workspace::REDONE).to_string(),
        Notice::Opened(name) => workspace::opened(lang, name),
        Notice::AlreadyOpen(name) => workspace::already_open(lang, name),
        Notice::OpenedSet(n) => workspace::opened_set(lang, *n),
        Notice::Downloaded(file) => workspace::downloaded(lang, file),
        Notice::SetLinkCopied(n) => workspace::set_link_copied(lang, *n),
        Notice::Reopened(name) => workspace::reopened(lang, name),
        Notice::VariantMade(name) => workspace::variant_made(lang, name),
        Notice::Closed(name) => workspace::closed(lang, name),
        Notice::ResetToBaseline(name) => workspace::reset_to_baseline(lang, name),
        Notice::WorkspaceFull => t(lang, workspace::WORKSPACE_FULL).to_string(),
        Notice::LinkRefused(e) => messages::link_error(lang, e),
        Notice::FileRefused(e) => messages::file_error(lang, e),
        Notice::LinkCopied => t(lang, workspace::LINK_COPIED).to_string(),
        Notice::LinkTooLong => t(lang, workspace::LINK_TOO_LONG).to_string(),
        Notice::CopyFailed(_) => t(lang, workspace::COPY_FAILED).to_string(),
        Notice::Saved(name) => workspace::saved(lang, name),
        Notice::SaveFailed(why) => workspace::save_failed(lang, storage_problem(lang, *why)),
    }
}

/// The status line.
#[component]
pub fn NoticeBar(p: &NoticeBarProps) -> Html {
    let lang = p.lang;
    let body = p.notice.as_ref().map(|(seq, notice)| {
        let action = match notice {
            Notice::ModelLoaded(_) | Notice::ResetToBaseline(_) => Some((p.onundo.clone(), t(lang, workspace::UNDO))),
            Notice::Closed(_) => Some((p.onreopen.clone(), t(lang, workspace::UNDO))),
            _ => None,
        };
        html! {
            <div key={seq.to_string()} class={classes!("notice__body", notice.is_error().then_some("notice__body--error"))}>
                <p class="notice__text">{ notice_text(lang, notice) }</p>
                if let Notice::CopyFailed(link) = notice {
                    <input class="notice__link" type="text" readonly=true value={link.clone()}
                        aria-label={t(lang, workspace::LINK_LABEL)}
                        onfocus={Callback::from(|e: FocusEvent| {
                            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                            input.select();
                        })} />
                }
                <div class="notice__actions">
                    if let Some((cb, text)) = action {
                        <button type="button" class="button button--secondary button--small notice__undo" id="notice-undo"
                            onclick={cb.reform(|_| ())}>{ text }</button>
                    }
                    <button type="button" class="button button--quiet button--small notice__dismiss"
                        onclick={p.ondismiss.reform(|_| ())}
                        aria-label={t(lang, workspace::HIDE_MESSAGE)}>{ "×" }</button>
                </div>
            </div>
        }
    });
    html! {
        <div class="notice" id="notice" role="status" aria-live="polite">
            { for body }
        </div>
    }
}
