//! "Indlejr beregneren": builds the iframe snippet for a host page from the user's choices, with
//! a live preview that follows the same height messages a host page gets, and a copy button.

use crate::app::config::{Font, Lock, Part, Reader, StartConfig};
use crate::app::embed;
use crate::browser::host;
use crate::components::choice::Choice;
use crate::locale::parse::parse_number;
use crate::model::{FieldId, FieldPath, PresetId};
use crate::text::{
    embed as embed_text, fields, presets, results as results_text, t, workspace, Lang,
};
use yew::prelude::*;

/// Properties of [`EmbedPage`].
#[derive(Properties, PartialEq, Clone)]
pub struct EmbedPageProps {
    /// Interface language.
    pub lang: Lang,
    /// Where the calculator is served (origin and path), for the snippet's address.
    pub address: AttrValue,
    /// Called to go back to the calculator.
    pub onclose: Callback<()>,
}

const PREVIEW_ID: &str = "embed-preview";
const COURSE: FieldPath = FieldPath::global(FieldId::CoursePricePerWeek);

/// The name of a part of the page a host may hide.
fn part_name(lang: Lang, p: Part) -> &'static str {
    let name = match p {
        Part::Models => embed_text::PART_MODELS,
        Part::Verdicts => embed_text::PART_VERDICTS,
        Part::Parties => embed_text::PART_PARTIES,
        Part::CompanyCost => embed_text::PART_COMPANY_COST,
        Part::HoursJobs => embed_text::PART_HOURS_JOBS,
        Part::BreakEvens => embed_text::PART_BREAK_EVENS,
        Part::Sources => embed_text::PART_SOURCES,
        Part::Glossary => embed_text::PART_GLOSSARY,
        Part::Years => embed_text::PART_YEARS,
    };
    t(lang, name)
}

/// The name of a reader, as the results' choice calls it.
fn reader_name(lang: Lang, r: Reader) -> &'static str {
    t(
        lang,
        match r {
            Reader::Company => results_text::READER_COMPANY,
            Reader::SocialEnterprise => results_text::READER_ENTERPRISE,
            Reader::Municipality => results_text::READER_MUNICIPALITY,
        },
    )
}

/// The name of a font of the safe list.
fn font_name(lang: Lang, f: Font) -> &'static str {
    match f {
        Font::System => t(lang, embed_text::SYSTEM_FONT),
        Font::Arial => "Arial",
        Font::Verdana => "Verdana",
        Font::Georgia => "Georgia",
    }
}

/// What the user has chosen so far.
#[derive(Clone, PartialEq)]
struct Choices {
    lang: Lang,
    preset: PresetId,
    course_price: String,
    lock: bool,
    note: String,
    accent: String,
    font: Font,
    hidden: Vec<Part>,
    reader: Option<Reader>,
}

impl Choices {
    /// The start configuration the choices ask for, and whether the price and the colour hold.
    fn config(&self) -> (StartConfig, bool, bool) {
        let mut c = StartConfig {
            lang: self.lang,
            preset: self.preset,
            ..StartConfig::default()
        };
        c.view.embedded = true;
        // A model without participants has no price per place to set (the field is not shown).
        let places = self.preset.scenario().is_shown(COURSE);
        let price = parse_number(&self.course_price, self.lang.decimal_convention())
            .ok()
            .filter(|_| places);
        let spec = COURSE.field.spec();
        let price_ok = self.course_price.trim().is_empty()
            || price.is_some_and(|p| p >= spec.min && p <= spec.max);
        if let (true, Some(p)) = (price_ok, price) {
            c.values.push((COURSE, p));
        }
        if self.lock && places {
            c.view.locks.push(Lock {
                path: COURSE,
                note: self.note.chars().take(embed::MAX_NOTE_CHARS).collect(),
            });
        }
        let accent = embed::accent(&self.accent);
        let accent_ok = accent.is_some();
        if accent.as_deref() != Some("#0b4f6c") {
            c.view.accent = accent;
        }
        if self.font != Font::System {
            c.view.font = Some(self.font);
        }
        c.view.hidden = self.hidden.clone();
        c.view.reader = self.reader;
        (c, price_ok, accent_ok)
    }
}

/// A handler that changes the choices with the value of the control an event of kind `E` came from
/// (an input's or a select's: both have a `value`).
fn on_value<E: TargetCast + 'static>(
    choices: &UseStateHandle<Choices>,
    f: fn(&mut Choices, String),
) -> Callback<E> {
    let choices = choices.clone();
    Callback::from(move |e: E| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        let mut next = (*choices).clone();
        f(&mut next, input.value());
        choices.set(next);
    })
}

/// The page that builds the embed snippet.
#[component]
pub fn EmbedPage(p: &EmbedPageProps) -> Html {
    let lang = p.lang;
    let choices = use_state(|| Choices {
        lang,
        preset: PresetId::Joint,
        course_price: String::new(),
        lock: false,
        note: String::new(),
        accent: "#0b4f6c".into(),
        font: Font::System,
        hidden: Vec::new(),
        reader: None,
    });
    let copied = use_state(|| None::<bool>);
    // The preview at a phone's width, as many citizens will see the host page.
    let phone = use_state(|| false);
    // The preview follows its frame's height as a host page would.
    use_effect_with((), |_| {
        let listener = host::follow_frame_height(PREVIEW_ID);
        move || {
            if let Some(l) = &listener {
                host::stop_following(l);
            }
        }
    });

    let (config, price_ok, accent_ok) = choices.config();
    let places = choices.preset.scenario().is_shown(COURSE);
    let query = embed::encode_query(&embed::to_pairs(&config));
    let address = format!("{}?{query}", p.address);
    let title = t(lang, embed_text::FRAME_TITLE);
    let snippet = format!(
        "<iframe id=\"partnerskabsberegneren\" src=\"{address}\" title=\"{title}\" width=\"100%\" height=\"900\" style=\"border:0;width:100%\" loading=\"lazy\" allow=\"clipboard-write\"></iframe>\n\
<script>\n\
(function () {{\n\
  var frame = document.getElementById('partnerskabsberegneren');\n\
  var origin = new URL(frame.src).origin;\n\
  window.addEventListener('message', function (event) {{\n\
    if (event.origin !== origin || event.source !== frame.contentWindow) return;\n\
    var data = event.data;\n\
    if (!data || data.type !== '{}' || typeof data.height !== 'number') return;\n\
    frame.style.height = Math.max(300, Math.min(Math.ceil(data.height), 100000)) + 'px';\n\
  }});\n\
}})();\n\
</script>",
        host::HEIGHT_MESSAGE
    );

    let update = |f: fn(&mut Choices, String)| on_value::<Event>(&choices, f);
    let on_text = |f: fn(&mut Choices, String)| on_value::<InputEvent>(&choices, f);
    let on_lock = {
        let choices = choices.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let mut next = (*choices).clone();
            next.lock = input.checked();
            choices.set(next);
        })
    };
    let on_hide = |part: Part| {
        let choices = choices.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let mut next = (*choices).clone();
            next.hidden.retain(|p| *p != part);
            if input.checked() {
                next.hidden.push(part);
            }
            choices.set(next);
        })
    };
    let on_copy = {
        let copied = copied.clone();
        let snippet = snippet.clone();
        Callback::from(move |_| {
            let copied = copied.clone();
            host::copy(&snippet, move |ok| copied.set(Some(ok)));
        })
    };
    let onclose = p.onclose.reform(|_| ());
    let c = &*choices;

    html! {
        <main class="embed-page" aria-labelledby="embed-title">
            <div class="panel">
                <h2 class="section-title" id="embed-title">{ t(lang, embed_text::TITLE) }</h2>
                <p class="section-note">{ t(lang, embed_text::LEAD) }</p>
                <div class="embed-form">
                    <div class="field">
                        <label class="field__label" for="embed-lang">{ t(lang, embed_text::LANGUAGE) }</label>
                        <select class="field__select" id="embed-lang" onchange={update(|c, v| c.lang = crate::locale::Lang::from_tag(&v).unwrap_or(c.lang))}>
                            { for crate::locale::Lang::ALL.iter().map(|l| html! {
                                <option value={l.tag()} selected={*l == c.lang}>{ t(*l, workspace::LANGUAGE_NAME) }</option>
                            }) }
                        </select>
                    </div>
                    <div class="field">
                        <label class="field__label" for="embed-model">{ t(lang, embed_text::MODEL) }</label>
                        <select class="field__select" id="embed-model" onchange={update(|c, v| c.preset = PresetId::from_key(&v).unwrap_or(c.preset))}>
                            { for PresetId::ALL.iter().map(|id| html! {
                                <option value={id.key()} selected={*id == c.preset}>{ presets::name(lang, *id) }</option>
                            }) }
                        </select>
                    </div>
                    if !places {
                        <p class="field__hint" id="embed-no-places">{ t(lang, embed_text::NO_PLACES) }</p>
                    } else {
                    <div class={classes!("field", (!price_ok).then_some("field--error"))}>
                        <label class="field__label" for="embed-price">{ fields::label(lang, FieldId::CoursePricePerWeek) }</label>
                        <p class="field__hint" id="embed-price-hint">{ t(lang, embed_text::PRICE_HINT) }</p>
                        if !price_ok {
                            <p class="field__message field__message--error" id="embed-price-msg">{ t(lang, embed_text::PRICE_ERROR) }</p>
                        }
                        <div class="field__control">
                            <input class="field__input" id="embed-price" type="text" inputmode="decimal" value={c.course_price.clone()}
                                aria-describedby={if price_ok { "embed-price-hint" } else { "embed-price-hint embed-price-msg" }}
                                aria-invalid={(!price_ok).to_string()}
                                oninput={on_text(|c, v| c.course_price = v)} />
                            <span class="field__unit">{ t(lang, embed_text::PRICE_UNIT) }</span>
                        </div>
                    </div>
                    <div class="field field--check">
                        <input type="checkbox" id="embed-lock" checked={c.lock} onchange={on_lock} />
                        <label for="embed-lock">{ t(lang, embed_text::LOCK) }</label>
                    </div>
                    if c.lock {
                        <div class="field">
                            <label class="field__label" for="embed-note">{ t(lang, embed_text::LOCK_NOTE) }</label>
                            <input class="field__input field__input--text" id="embed-note" type="text" maxlength="120"
                                value={c.note.clone()} oninput={on_text(|c, v| c.note = v)} />
                        </div>
                    }
                    }
                    <div class={classes!("field", (!accent_ok).then_some("field--error"))}>
                        <label class="field__label" for="embed-accent">{ t(lang, embed_text::ACCENT) }</label>
                        if !accent_ok {
                            <p class="field__message field__message--error" id="embed-accent-msg">{ t(lang, embed_text::ACCENT_ERROR) }</p>
                        }
                        <input class="field__color" id="embed-accent" type="color" value={c.accent.clone()}
                            onchange={update(|c, v| c.accent = v)} />
                    </div>
                    <div class="field">
                        <label class="field__label" for="embed-font">{ t(lang, embed_text::FONT) }</label>
                        <select class="field__select" id="embed-font" onchange={update(|c, v| c.font = Font::from_key(&v).unwrap_or(c.font))}>
                            { for Font::ALL.iter().map(|f| html! {
                                <option value={f.key()} selected={*f == c.font}>{ font_name(lang, *f) }</option>
                            }) }
                        </select>
                    </div>
                    <div class="field">
                        <label class="field__label" for="embed-reader">{ t(lang, embed_text::READER) }</label>
                        <select class="field__select" id="embed-reader" onchange={update(|c, v| c.reader = Reader::from_key(&v))}>
                            <option value="" selected={c.reader.is_none()}>{ t(lang, results_text::READER_ALL) }</option>
                            { for Reader::ALL.iter().map(|r| html! {
                                <option value={r.key()} selected={Some(*r) == c.reader}>{ reader_name(lang, *r) }</option>
                            }) }
                        </select>
                    </div>
                    <fieldset class="choice">
                        <legend class="choice__legend">{ t(lang, embed_text::HIDE) }</legend>
                        { for Part::ALL.iter().map(|part| {
                            let id = format!("embed-hide-{}", part.key());
                            html! {
                                <div class="field field--check">
                                    <input type="checkbox" id={id.clone()} checked={c.hidden.contains(part)} onchange={on_hide(*part)} />
                                    <label for={id}>{ part_name(lang, *part) }</label>
                                </div>
                            }
                        }) }
                    </fieldset>
                </div>
                <div class="field">
                    <label class="field__label" for="embed-snippet">{ t(lang, embed_text::SNIPPET) }</label>
                    <p class="field__hint" id="embed-snippet-hint">{ t(lang, embed_text::SNIPPET_HINT) }</p>
                    <textarea class="embed-snippet" id="embed-snippet" readonly=true rows="14" aria-describedby="embed-snippet-hint" value={snippet.clone()} />
                </div>
                <div class="button-row">
                    <button type="button" class="button" id="embed-copy" onclick={on_copy}>{ t(lang, embed_text::COPY) }</button>
                    <button type="button" class="button button--secondary" id="embed-back" onclick={onclose}>{ t(lang, workspace::BACK_TO_CALCULATOR) }</button>
                </div>
                <p class="embed-copied" role="status">{ match *copied {
                    Some(true) => t(lang, embed_text::COPIED),
                    Some(false) => t(lang, embed_text::COPY_FAILED),
                    None => "",
                } }</p>
            </div>
            <section class="panel" aria-labelledby="embed-preview-title">
                <h2 class="section-title" id="embed-preview-title">{ t(lang, embed_text::PREVIEW) }</h2>
                <Choice name="embed-preview-width" legend={t(lang, embed_text::PREVIEW_WIDTH)}
                    options={vec![AttrValue::from(t(lang, embed_text::PREVIEW_FULL)), AttrValue::from(t(lang, embed_text::PREVIEW_PHONE))]}
                    selected={usize::from(*phone)}
                    onchoose={Callback::from({ let phone = phone.clone(); move |i: usize| phone.set(i == 1) })} />
                <iframe id={PREVIEW_ID} class={classes!("embed-preview", phone.then_some("embed-preview--phone"))}
                    src={format!("?{query}")} title={title} height="900" allow="clipboard-write"></iframe>
            </section>
        </main>
    }
}
