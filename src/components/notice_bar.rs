//! One status line for what just happened (a model loaded, an undo, a link copied, a link or file
//! refused), read out by screen readers, with the way back where there is one.

use crate::app::{Notice, StorageProblem};
use crate::text::{messages, presets, quoted, Lang};
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
        StorageProblem::Full => lang.pick(
            "Browserens lager er fuldt. Slet gamle scenarier, eller hent scenariet som scenariefil.",
            "The browser's storage is full. Delete old scenarios or download the scenario as a scenario file."),
        StorageProblem::Unavailable => lang.pick(
            "Browseren tillader ikke, at beregneren gemmer her – det sker fx i et privat vindue, når lagring er slået fra, eller når beregneren er indlejret på en anden organisations side.",
            "The browser does not let the calculator save here – for example in a private window, with storage switched off, or when the calculator is embedded in another organisation's site."),
    }
}

/// The text of `notice` in `lang`.
pub fn notice_text(lang: Lang, notice: &Notice) -> String {
    match notice {
        Notice::ModelLoaded(id) => format!(
            "{} {}. {}",
            lang.pick("Alle felter har nu eksemplets værdier fra modellen", "Every field now holds the example values of the model"),
            quoted(lang, presets::name(lang, *id)),
            lang.pick("De tidligere tal kan hentes tilbage med Fortryd.", "The earlier figures can be brought back with Undo.")
        ),
        Notice::Undone => lang.pick("Ændringen er fortrudt.", "The change was undone.").to_string(),
        Notice::Redone => lang.pick("Ændringen er gentaget.", "The change was redone.").to_string(),
        Notice::Opened(name) => format!("{} {}.", lang.pick("Åbnet som nyt scenarie:", "Opened as a new scenario:"), quoted(lang, name)),
        Notice::Reopened(name) => format!("{} {}", quoted(lang, name), lang.pick("er åbnet igen.", "is open again.")),
        Notice::VariantMade(name) => format!("{} {}. {}", lang.pick("Ny variant:", "New variant:"), quoted(lang, name),
            lang.pick("Ændringer i den rører ikke originalen.", "Changes to it leave the original as it was.")),
        Notice::Closed(name) => format!("{} {}", quoted(lang, name), lang.pick("er lukket.", "was closed.")),
        Notice::ResetToBaseline(name) => format!("{} {}", quoted(lang, name), lang.pick(
            "har nu samme forudsætninger som basisscenariet.",
            "now has the baseline's assumptions.")),
        Notice::WorkspaceFull => lang.pick(
            "Der er ikke plads til flere åbne scenarier. Luk et, og prøv igen.",
            "There is no room for more open scenarios. Close one and try again.").to_string(),
        Notice::LinkRefused(e) => messages::link_error(lang, e),
        Notice::FileRefused(e) => messages::file_error(lang, e),
        Notice::LinkCopied => lang.pick(
            "Linket er kopieret. Det indeholder alle tallene, så den, der åbner det, ser de samme tal.",
            "The link has been copied. It holds every figure, so whoever opens it sees the same figures.").to_string(),
        Notice::LinkTooLong => lang.pick(
            "Scenariet har for mange grupper eller for lange navne til et link. Hent det som scenariefil, og send filen i stedet.",
            "The scenario has too many groups or too long names for a link. Download it as a scenario file and send the file instead.").to_string(),
        Notice::CopyFailed(_) => lang.pick(
            "Browseren tillod ikke at kopiere. Markér linket herunder, og kopiér det selv.",
            "The browser did not allow copying. Select the link below and copy it yourself.").to_string(),
        Notice::Saved(name) => format!("{} {}", quoted(lang, name), lang.pick(
            "er gemt i denne browser.", "has been saved in this browser.")),
        Notice::SaveFailed(why) => format!("{} {}",
            lang.pick("Scenariet blev ikke gemt.", "The scenario was not saved."), storage_problem(lang, *why)),
    }
}

/// The status line.
#[component]
pub fn NoticeBar(p: &NoticeBarProps) -> Html {
    let lang = p.lang;
    let body = p.notice.as_ref().map(|(seq, notice)| {
        let action = match notice {
            Notice::ModelLoaded(_) | Notice::ResetToBaseline(_) => Some((p.onundo.clone(), lang.pick("Fortryd", "Undo"))),
            Notice::Closed(_) => Some((p.onreopen.clone(), lang.pick("Fortryd", "Undo"))),
            _ => None,
        };
        html! {
            <div key={seq.to_string()} class={classes!("notice__body", notice.is_error().then_some("notice__body--error"))}>
                <p class="notice__text">{ notice_text(lang, notice) }</p>
                if let Notice::CopyFailed(link) = notice {
                    <input class="notice__link" type="text" readonly=true value={link.clone()}
                        aria-label={lang.pick("Link til scenariet", "Link to the scenario")}
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
                        aria-label={lang.pick("Skjul beskeden", "Hide the message")}>{ "×" }</button>
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
