//! All inputs: workforce groups, price, municipal purchases, support staff, the company's
//! alternative. The basic inputs first; the advanced ones folded but one click away.

use crate::app::{Action, StateHandle};
use crate::components::choice::Choice;
use crate::components::fold::Fold;
use crate::components::group_card::GroupCard;
use crate::components::handlers::{number_field, Handlers};
use crate::model::params::MAX_GROUPS;
use crate::model::{FieldId, FieldPath, GroupKind, PricingMode, StaffingMode};
use crate::text::fields;
use yew::prelude::*;

/// Properties of [`InputsPanel`].
#[derive(Properties, PartialEq, Clone)]
pub struct InputsPanelProps {
    /// The whole state.
    pub state: StateHandle,
    /// Callbacks into the reducer.
    pub handlers: Handlers,
}

/// Every input of one partnership year.
#[component]
pub fn InputsPanel(p: &InputsPanelProps) -> Html {
    let s = &p.state;
    let lang = s.lang;
    let h = &p.handlers;
    let field = |f: FieldId| number_field(s, FieldPath::global(f), h);
    // An advanced fold of the listed fields that are on screen. It opens by itself when one of
    // them needs attention, so the error summary can reach it.
    let fold = |summary: &'static str, fs: &[FieldId]| {
        let paths = fs
            .iter()
            .map(|f| FieldPath::global(*f))
            .filter(|p| s.is_shown(*p));
        let force_open = paths.clone().any(|p| s.needs_attention(p));
        html! {
            <Fold class="advanced" {summary} {force_open}>
                { for paths.map(|path| number_field(s, path, h)) }
            </Fold>
        }
    };
    let act = h.onaction.clone();
    let can_add = s.scenario.groups.len() < MAX_GROUPS;
    let add = |kind: GroupKind| {
        let act = act.clone();
        let label = format!("+ {}", fields::kind(lang, kind));
        html! {
            <button type="button" class="button button--secondary" disabled={!can_add}
                onclick={Callback::from(move |_| act.emit(Action::AddGroup(kind)))}>{ label }</button>
        }
    };
    let pricing_options = vec![
        (
            PricingMode::Markup,
            AttrValue::from(lang.pick("Avance på lønomkostningen", "Markup on labour cost")),
        ),
        (
            PricingMode::FixedPrice,
            AttrValue::from(lang.pick("Fast timepris", "Fixed hourly price")),
        ),
    ];
    let staffing_options = vec![
        (
            StaffingMode::Caseload,
            AttrValue::from(lang.pick("Efter normering", "By caseload")),
        ),
        (
            StaffingMode::Fixed,
            AttrValue::from(lang.pick("Fast antal årsværk", "Fixed FTE")),
        ),
    ];

    html! {
        <div class="inputs">
            <section class="panel" aria-labelledby="groups-title">
                <h2 class="section-title" id="groups-title">{ lang.pick("2. Medarbejdere og deltagere", "2. Staff and participants") }</h2>
                <p class="section-note">{ lang.pick(
                    "Hver gruppe er personer på samme vilkår. Fleksjob betales kun for de effektive timer.",
                    "Each group is people on the same terms. Flex jobs are paid for effective hours only.") }</p>
                if s.scenario.groups.is_empty() {
                    <p class="empty-note">{ lang.pick("Ingen grupper endnu. Tilføj en gruppe herunder.", "No groups yet. Add a group below.") }</p>
                }
                { for (0..s.scenario.groups.len()).map(|i| html! {
                    <GroupCard key={i} state={p.state.clone()} index={i} handlers={h.clone()} />
                }) }
                <div class="button-row" role="group" aria-label={lang.pick("Tilføj gruppe", "Add group")}>
                    { add(GroupKind::Fleksjob) }
                    { add(GroupKind::Smajob) }
                    { add(GroupKind::Ordinary) }
                    { add(GroupKind::Participant) }
                </div>
                if !can_add {
                    <p class="section-note">{ lang.pick("Højst 50 grupper.", "At most 50 groups.") }</p>
                }
            </section>

            <section class="panel" aria-labelledby="price-title">
                <h2 class="section-title" id="price-title">{ lang.pick("3. Pris til virksomheden", "3. Price to the company") }</h2>
                <Choice<PricingMode> name="pricing-mode" legend={lang.pick("Prisen fastsættes som", "The price is set as")}
                    options={pricing_options} selected={s.scenario.pricing.mode}
                    onchoose={act.reform(Action::SetPricingMode)} />
                { match s.scenario.pricing.mode {
                    PricingMode::Markup => field(FieldId::MarkupRate),
                    PricingMode::FixedPrice => field(FieldId::FixedHourlyPrice),
                } }
                { fold(lang.pick("Fast årligt kontraktbeløb", "Fixed yearly contract fee"), &[FieldId::YearlyFee]) }
            </section>

            <section class="panel" aria-labelledby="municipal-title">
                <h2 class="section-title" id="municipal-title">{ lang.pick("4. Kommunens køb", "4. The municipality's purchases") }</h2>
                { field(FieldId::CoursePricePerWeek) }
                { field(FieldId::MentorHoursPerWeek) }
                { field(FieldId::MentorRate) }
            </section>

            <section class="panel" aria-labelledby="support-title">
                <h2 class="section-title" id="support-title">{ lang.pick("5. Socialpædagogisk støtte", "5. Social-pedagogical support") }</h2>
                <Choice<StaffingMode> name="staffing-mode" legend={lang.pick("Antal socialpædagoger", "Number of socio-pedagogues")}
                    options={staffing_options} selected={s.scenario.support.staffing}
                    onchoose={act.reform(Action::SetStaffingMode)} />
                if s.scenario.support.staffing == StaffingMode::Fixed {
                    { field(FieldId::FixedFte) }
                }
                { fold(lang.pick("Normering og lønudgifter", "Caseloads and staff costs"), &[
                    FieldId::CaseloadParticipants, FieldId::CaseloadEmployees,
                    FieldId::MonthlySalary, FieldId::PensionRate, FieldId::OtherStaffCosts,
                ]) }
            </section>

            <section class="panel" aria-labelledby="company-title">
                <h2 class="section-title" id="company-title">{ lang.pick("6. Virksomhedens alternativ", "6. The company's alternative") }</h2>
                { field(FieldId::AlternativePricePerHour) }
                { field(FieldId::OtherSavings) }
                { fold(lang.pick("Arbejdsår og andre udgifter", "Working year and other costs"),
                    &[FieldId::WeeksPerYear, FieldId::OtherSeCosts]) }
            </section>
        </div>
    }
}
