//! All inputs, laid out from the field table: each section's fields in table order, the folded
//! ones one click away, and the few choices that are not numbers.

use crate::app::config::Lock;
use crate::app::{Document, Edit};
use crate::components::choice::Choice;
use crate::components::fold::Fold;
use crate::components::group_card::GroupCard;
use crate::components::handlers::{number_field, Handlers};
use crate::model::fields::{Section, FIELDS};
use crate::model::rates;
use crate::model::{
    FieldPath, FleksjobBaseline, GroupKind, KontanthjaelpRate, Organisation, ParticipantBenefit,
    PricingMode, StaffingMode, MAX_GROUPS,
};
use crate::text::{fields, inputs, t, years, Lang};
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`InputsPanel`].
#[derive(Properties, PartialEq, Clone)]
pub struct InputsPanelProps {
    /// Interface language.
    pub lang: Lang,
    /// The document edited.
    pub doc: Rc<Document>,
    /// Called with each edit.
    pub onedit: Callback<Edit>,
    /// Fields the host page fixed.
    #[prop_or_default]
    pub locks: Rc<Vec<Lock>>,
    /// Whether the fields offer to be marked uncertain (the simulation is on the page).
    #[prop_or(true)]
    pub can_mark: bool,
}

/// The scenario-wide fields of `section` that are on screen, folded or not.
fn section_paths(doc: &Document, section: Section, folded: bool) -> Vec<FieldPath> {
    FIELDS
        .iter()
        .filter(|f| !f.is_group_field() && f.place.section == section && f.place.folded == folded)
        .map(|f| FieldPath::global(f.id))
        .filter(|p| doc.scenario.is_shown(*p))
        .collect()
}

/// A radio group of values with their labels.
fn choice<T: PartialEq + Copy + 'static, L: Into<AttrValue>>(
    name: &'static str,
    legend: &'static str,
    options: Vec<(T, L)>,
    selected: T,
    onchoose: Callback<T>,
) -> Html {
    let values: Vec<T> = options.iter().map(|(v, _)| *v).collect();
    let selected = values
        .iter()
        .position(|v| *v == selected)
        .unwrap_or(usize::MAX);
    let options: Vec<AttrValue> = options.into_iter().map(|(_, label)| label.into()).collect();
    let onchoose = Callback::from(move |i: usize| {
        if let Some(v) = values.get(i) {
            onchoose.emit(*v);
        }
    });
    html! { <Choice {name} {legend} {options} {selected} {onchoose} /> }
}

/// Every input of one partnership year.
#[component]
pub fn InputsPanel(p: &InputsPanelProps) -> Html {
    let lang = p.lang;
    let doc = &p.doc;
    let s = &doc.scenario;
    let h = use_memo((p.onedit.clone(), p.can_mark), |(onedit, can_mark)| {
        Handlers::new(onedit.clone(), *can_mark)
    });
    let edit = &p.onedit;

    // A section: its title, what comes before the fields, its fields, and its folded fields.
    let section = |id: Section, before: Html| {
        let title_id = format!("{}-title", id.key());
        let open = section_paths(doc, id, false);
        let hidden = section_paths(doc, id, true);
        let force_open = hidden.iter().any(|p| doc.needs_attention(*p));
        html! {
            <section class="panel" aria-labelledby={title_id.clone()}>
                <h2 class="section-title" id={title_id}>{ fields::section_title(lang, id) }</h2>
                { before }
                { for open.iter().map(|path| number_field(lang, doc, *path, &h, &p.locks)) }
                if !hidden.is_empty() {
                    <Fold id={format!("fold-{}", id.key())} class="advanced" summary={fields::fold_title(lang, id)} {force_open}>
                        { for hidden.iter().map(|path| number_field(lang, doc, *path, &h, &p.locks)) }
                    </Fold>
                }
            </section>
        }
    };

    let can_add = s.groups.len() < MAX_GROUPS;
    let add = |kind: GroupKind| {
        let onclick = edit.reform(move |_| Edit::AddGroup(kind));
        html! {
            <button type="button" class="button button--secondary" disabled={!can_add} {onclick}>
                { inputs::add_kind(lang, kind) }
            </button>
        }
    };

    let price_before = html! { <>
        { choice("organisation", t(lang, inputs::ORGANISATION), vec![
            (Organisation::Separate, t(lang, inputs::SEPARATE)),
            (Organisation::Department, t(lang, inputs::DEPARTMENT)),
        ], s.organisation, edit.reform(Edit::SetOrganisation)) }
        { choice("pricing-mode", t(lang, inputs::PRICING), vec![
            (PricingMode::Markup, t(lang, inputs::AS_MARKUP)),
            (PricingMode::FixedPrice, t(lang, inputs::AS_FIXED_PRICE)),
        ], s.pricing.mode, edit.reform(Edit::SetPricingMode)) }
    </> };
    let support_before = choice(
        "staffing-mode",
        t(lang, inputs::STAFFING),
        vec![
            (StaffingMode::Caseload, t(lang, inputs::BY_CASELOAD)),
            (StaffingMode::Fixed, t(lang, inputs::FIXED_FTE)),
        ],
        s.support.staffing,
        edit.reform(Edit::SetStaffingMode),
    );
    let years: Vec<(u16, String)> = rates::years().map(|y| (y, y.to_string())).collect();
    let public_before = html! { <>
        <p class="section-note">{ t(lang, inputs::PUBLIC_NOTE) }</p>
        { choice("rate-year", t(lang, inputs::RATE_YEAR), years, s.rate_year, edit.reform(Edit::SetRateYear)) }
        { choice("fleksjob-baseline", t(lang, inputs::FLEKSJOB_BASELINE), vec![
            (FleksjobBaseline::Ledighedsydelse, t(lang, inputs::LEDIGHEDSYDELSE)),
            (FleksjobBaseline::Kontanthjaelp, t(lang, inputs::KONTANTHJAELP)),
        ], s.public.fleksjob_baseline, edit.reform(Edit::SetFleksjobBaseline)) }
        { choice("participant-benefit", t(lang, inputs::PARTICIPANT_BENEFIT), vec![
            (ParticipantBenefit::Kontanthjaelp, t(lang, inputs::KONTANTHJAELP)),
            (ParticipantBenefit::RessourceforloebForsorger, t(lang, inputs::RESSOURCEFORLOEB_FORSORGER)),
            (ParticipantBenefit::RessourceforloebIkkeForsorger, t(lang, inputs::RESSOURCEFORLOEB_IKKE_FORSORGER)),
        ], s.public.participant_benefit, edit.reform(Edit::SetParticipantBenefit)) }
        { choice("kontanthjaelp-rate", t(lang, years::KONTANTHJAELP_RATE),
            KontanthjaelpRate::ALL.iter().map(|k| (*k, years::kontanthjaelp_rate(lang, *k))).collect(),
            s.public.kontanthjaelp, edit.reform(Edit::SetKontanthjaelp)) }
        <p class="section-note">{ t(lang, years::KONTANTHJAELP_HINT) }</p>
    </> };
    let switch = |id: &'static str, label: &'static str, on: bool, set: fn(bool) -> Edit| {
        let onchange = edit.reform(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            set(input.checked())
        });
        html! {
            <div class="field field--check">
                <input type="checkbox" {id} checked={on} {onchange} />
                <label for={id}>{ label }</label>
            </div>
        }
    };
    let has_participants = s.has(GroupKind::Participant);
    let years_before = if has_participants {
        html! { <>
            { switch("projection-via-se", t(lang, years::VIA_SE), s.projection.via_se, Edit::SetViaSe) }
            { switch("projection-refill", t(lang, years::REFILL), s.projection.refill, Edit::SetRefill) }
        </> }
    } else {
        Html::default()
    };

    html! {
        <div class="inputs">
            <section class="panel" aria-labelledby={format!("{}-title", Section::Group.key())}>
                <h2 class="section-title" id={format!("{}-title", Section::Group.key())}>{ fields::section_title(lang, Section::Group) }</h2>
                <p class="section-note">{ t(lang, inputs::GROUPS_NOTE) }</p>
                if s.groups.is_empty() {
                    <p class="empty-note">{ t(lang, inputs::NO_GROUPS) }</p>
                }
                { for (0..s.groups.len()).map(|i| html! {
                    <GroupCard key={i} {lang} doc={doc.clone()} index={i} handlers={(*h).clone()} />
                }) }
                <div class="button-row" role="group" aria-label={t(lang, inputs::ADD_GROUP)}>
                    { for GroupKind::ALL.iter().map(|k| add(*k)) }
                </div>
                if !can_add {
                    <p class="section-note">{ inputs::at_most_groups(lang, MAX_GROUPS) }</p>
                }
            </section>
            { section(Section::Price, price_before) }
            { section(Section::Municipal, Html::default()) }
            { section(Section::Support, support_before) }
            { section(Section::Company, Html::default()) }
            { section(Section::Public, public_before) }
            { section(Section::Years, years_before) }
        </div>
    }
}
