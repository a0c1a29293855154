//! The results column: every output of one partnership year. Each card takes the figures it shows
//! and an id prefix, so two results columns side by side have unique ids.

pub mod assumptions;
pub mod break_evens;
pub mod company_cost;
pub mod coverage;
pub mod hours_jobs;
pub mod parties;
pub mod sources;
pub mod verdicts;
pub mod working;

use crate::app::config::{Part, Reader};
use crate::app::Edit;
use crate::components::after_paint::use_after_first_paint;
use crate::components::choice::Choice;
use crate::locale::format;
use crate::locale::CivilDate;
use crate::model::{ApplyError, BreakEvenKind, Outcome, PresetId, Scenario};
use crate::text::{presets, results, sources as sources_text, t, Lang};
use assumptions::Assumptions;
use break_evens::BreakEvens;
use company_cost::company_cost;
use coverage::CoverageCard;
use hours_jobs::hours_jobs;
use parties::Parties;
use sources::Sources;
use std::rc::Rc;
use verdicts::Verdicts;
use working::{Lines, WorkingKey};
use yew::prelude::*;

/// Properties of [`ResultsPanel`]: the parts of a document its results show.
#[derive(Properties, PartialEq, Clone)]
pub struct ResultsPanelProps {
    /// Interface language.
    pub lang: Lang,
    /// The last valid outcome, if there is one.
    pub outcome: Option<Rc<Outcome>>,
    /// Whether it belongs to the current inputs.
    pub current: bool,
    /// The inputs (the sources panel and print list them).
    pub scenario: Rc<Scenario>,
    /// The partnership model they came from.
    pub preset: PresetId,
    /// The last break-even that could not be applied, and why.
    #[prop_or_default]
    pub apply_error: Option<(BreakEvenKind, ApplyError)>,
    /// The break-evens that would change a field the host fixed.
    #[prop_or_default]
    pub fixed_break_evens: Rc<Vec<BreakEvenKind>>,
    /// Called with an edit (the break-even buttons).
    pub onedit: Callback<Edit>,
    /// Prefix of every id inside, so two panels side by side have unique ids.
    #[prop_or_default]
    pub prefix: AttrValue,
    /// Parts the host page hides.
    #[prop_or_default]
    pub hidden: Rc<Vec<Part>>,
    /// The scenario's name, for print.
    #[prop_or_default]
    pub name: AttrValue,
    /// Today's date, for print.
    #[prop_or_default]
    pub today: CivilDate,
    /// Who reads the results: their answer comes first.
    #[prop_or_default]
    pub reader: Option<Reader>,
    /// Called with the reader chosen on the page; without it there is no choice (the comparison).
    #[prop_or_default]
    pub onreader: Option<Callback<Option<Reader>>>,
}

/// The cards between the verdicts and the sources, in an order that depends on the reader.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Card {
    Coverage,
    Parties,
    CompanyCost,
    HoursJobs,
    BreakEvens,
}

impl Card {
    /// Each reader's own answer first: the company's price and gain, the social enterprise's
    /// coverage and break-evens, the municipality's budget and the people in jobs.
    fn order(reader: Option<Reader>) -> [Card; 5] {
        use Card::*;
        match reader {
            None => [Coverage, Parties, CompanyCost, HoursJobs, BreakEvens],
            Some(Reader::Company) => [CompanyCost, Parties, HoursJobs, Coverage, BreakEvens],
            Some(Reader::SocialEnterprise) => {
                [Coverage, BreakEvens, Parties, CompanyCost, HoursJobs]
            }
            Some(Reader::Municipality) => [Parties, HoursJobs, Coverage, CompanyCost, BreakEvens],
        }
    }

    /// The part of the page a host may hide it as; the coverage is always shown.
    fn part(self) -> Option<Part> {
        match self {
            Card::Coverage => None,
            Card::Parties => Some(Part::Parties),
            Card::CompanyCost => Some(Part::CompanyCost),
            Card::HoursJobs => Some(Part::HoursJobs),
            Card::BreakEvens => Some(Part::BreakEvens),
        }
    }
}

/// The results, or the last valid ones marked as not current.
#[component]
pub fn ResultsPanel(p: &ResultsPanelProps) -> Html {
    // The print-only assumptions are built after the first paint: nobody sees them on screen.
    let printable = use_after_first_paint();
    // The workings open, kept here rather than in a component per line.
    let open = use_state(|| Rc::new(Vec::<WorkingKey>::new()));
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |key: WorkingKey| {
            let mut next = (*open).as_ref().clone();
            match next.iter().position(|k| *k == key) {
                Some(i) => {
                    next.remove(i);
                }
                None => next.push(key),
            }
            open.set(Rc::new(next));
        })
    };
    let lang = p.lang;
    let prefix = p.prefix.clone();
    let title_id = format!("{prefix}results-title");
    let Some(o) = p.outcome.clone() else {
        return html! {
            <section class="results" aria-labelledby={title_id.clone()}>
                <h2 class="sr-only" id={title_id}>{ t(lang, results::TITLE) }</h2>
                <p class="stale-note">{ t(lang, results::CORRECT_ERRORS) }</p>
            </section>
        };
    };
    let s = &p.scenario;
    let shows = |part: Part| !p.hidden.contains(&part);
    // The inputs' fields are on the page beside the one results column, not beside the comparison's.
    let link = prefix.is_empty();
    let lines = Lines {
        lang,
        scenario: s.clone(),
        outcome: o.clone(),
        link,
        open: (*open).clone(),
        ontoggle,
    };
    let reader = p.reader;
    let order = Card::order(reader);
    let card = |card: Card| -> Html {
        if card.part().is_some_and(|part| !shows(part)) {
            return Html::default();
        }
        match card {
            Card::Coverage => html! {
                <CoverageCard {lang} lines={lines.clone()} {reader} prefix={prefix.clone()} />
            },
            Card::Parties => html! {
                <Parties {lang} lines={lines.clone()} {reader} prefix={prefix.clone()} />
            },
            Card::CompanyCost => company_cost(&lines, &prefix),
            Card::HoursJobs => hours_jobs(&lines, &prefix),
            Card::BreakEvens => html! {
                <BreakEvens {lang} values={o.break_even.clone()} pricing_mode={s.pricing.mode}
                    current={p.current} apply_error={p.apply_error}
                    fixed={(*p.fixed_break_evens).clone()}
                    onapply={p.onedit.reform(Edit::ApplyBreakEven)} prefix={prefix.clone()} />
            },
        }
    };
    let readers = [
        None,
        Some(Reader::Company),
        Some(Reader::SocialEnterprise),
        Some(Reader::Municipality),
    ];
    html! {
        <section class={classes!("results", (!p.current).then_some("results--stale"))}
            aria-labelledby={title_id.clone()} data-current={p.current.to_string()}>
            <h2 class="sr-only" id={title_id} tabindex="-1">{ t(lang, results::TITLE) }</h2>
            if let Some(onreader) = p.onreader.clone() {
                <div class="results__reader no-print">
                    <Choice name="reader" legend={t(lang, results::READER)}
                        options={vec![
                            t(lang, results::READER_ALL).into(),
                            t(lang, results::READER_COMPANY).into(),
                            t(lang, results::READER_ENTERPRISE).into(),
                            t(lang, results::READER_MUNICIPALITY).into(),
                        ]}
                        selected={readers.iter().position(|r| *r == reader).unwrap_or(0)}
                        onchoose={onreader.reform(move |i: usize| readers.get(i).copied().flatten())} />
                </div>
            }
            // On paper the first page is the summary: whose scenario, when, on which rates, and
            // each party's answer; the inputs and sources follow on their own pages.
            <div class="report-head print-only">
                <p class="report-head__name">{ p.name.clone() }</p>
                <p class="report-meta">{ sources_text::report_meta(lang, presets::name(lang, p.preset), s.rate_year, &format::date(lang, p.today)) }</p>
            </div>
            if !p.current {
                <p class="stale-note" role="status">{ t(lang, results::STALE) }</p>
            }
            if shows(Part::Verdicts) {
                <Verdicts {lang} outcome={o.clone()} pricing_mode={s.pricing.mode} {reader} prefix={prefix.clone()} />
            }
            { for order.into_iter().map(card) }
            if shows(Part::Sources) {
                <Sources {lang} scenario={s.clone()} preset={p.preset} prefix={prefix.clone()} />
            }
            if printable {
                <Assumptions {lang} scenario={s.clone()} preset={p.preset} current={p.current}
                    name={p.name.clone()} today={p.today} prefix={prefix} />
            }
        </section>
    }
}
