//! The root component: owns the workspace state, runs the effects (named hooks in `effects`),
//! and shows the page the state asks for (one registry, [`page_view`]), with the workspace bar
//! above it and the page's header and footer around it.

use crate::app::{Action, Edit, Page, StartConfig, State};
use crate::components::calculator_page::{calculator_page, CalculatorPageProps};
use crate::components::commands;
use crate::components::compare_page::ComparePage;
use crate::components::effects::*;
use crate::components::embed_page::EmbedPage;
use crate::components::header::Header;
use crate::components::library_page::LibraryPage;
use crate::components::mini_summary::to_results;
use crate::components::notice_bar::NoticeBar;
use crate::components::scenario_bar::{ScenarioBar, Tab};
use crate::text::{page, t};
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`App`]: how it starts.
#[derive(Properties, PartialEq, Clone, Default)]
pub struct AppProps {
    /// The start configuration (language, model or scenario, view).
    #[prop_or_default]
    pub config: StartConfig,
}

/// The id of the app's own root element.
const ROOT_ID: &str = "app-root";

/// The whole calculator.
#[component]
pub fn App(p: &AppProps) -> Html {
    let state = {
        let config = p.config.clone();
        use_reducer(move || State::new(config))
    };
    let lang = state.lang;
    let doc = state.active_doc().clone();
    let view = &state.view;
    let embedded = view.embedded;
    let onaction = {
        let dispatcher = state.dispatcher();
        use_memo((), move |_| {
            Callback::from(move |a: Action| dispatcher.dispatch(a))
        })
    };
    let onaction: Callback<Action> = (*onaction).clone();

    use_page_language(lang, embedded);
    use_host_theme(view.accent.clone(), view.font);
    use_posted_height(embedded, ROOT_ID);
    use_summary_bar_steps_aside(view.page, ROOT_ID);
    use_share_link_in_address(
        doc.clone(),
        lang,
        embedded,
        state.notice.as_ref().map(|n| n.0),
    );
    use_workspace_in_session(state.clone(), embedded);
    use_pasted_links(onaction.clone());
    use_undo_keys(onaction.clone());
    use_focus_way_back_after_close(state.documents.len());
    use_results_from_top(doc.id, doc.preset);
    use_today_before_print(onaction.clone());
    use_later_projections(state.clone(), onaction.clone());
    // Last, so it runs after every other effect of the first render: the page is alive, what
    // the user did in the page rendered at build time is carried over, and the offline cache is
    // set up for the next visit.
    use_effect_with((), |_| {
        crate::browser::prerendered::restore_pending();
        crate::browser::offline::register();
    });
    // Changes whenever the app saved, so the library page reads its entries again.
    let library_revision = use_state(|| 0u32);

    let page = view.page;
    let body = page_view(&state, &onaction, &library_revision);
    html! {
        <div id={ROOT_ID} class={classes!("app", embedded.then_some("app--embedded"))} lang={lang.tag()}>
            if page == Page::Calculator {
                <a class="skip-link" href="#results-title" onclick={to_results()}>{ t(lang, page::SKIP_TO_RESULTS) }</a>
            }
            if !embedded {
                <Header {lang} onlang={onaction.reform(Action::SetLang)}
                    onembed={onaction.reform(|_| Action::ShowPage(Page::Embed))} />
            }
            { body }
            if !embedded {
                <footer class="footer">
                    <p>{ t(lang, page::FOOTER_PRIVACY) }</p>
                    <p>{ t(lang, page::FOOTER_DEFAULTS) }</p>
                </footer>
            }
        </div>
    }
}

/// The registry of pages: each [`Page`] and the component that shows it, with the workspace bar
/// above every page but the embed builder. A page gets the parts of the state it shows.
fn page_view(
    state: &UseReducerHandle<State>,
    onaction: &Callback<Action>,
    library_revision: &UseStateHandle<u32>,
) -> Html {
    let lang = state.lang;
    let doc = state.active_doc().clone();
    let doc_id = doc.id;
    let to_calculator = onaction.reform(|_| Action::ShowPage(Page::Calculator));
    let onsave = {
        let revision = library_revision.clone();
        commands::save(
            doc.clone(),
            state.display_name(doc_id),
            onaction.clone(),
            Callback::from(move |_| revision.set(revision.wrapping_add(1))),
        )
    };
    let page = state.view.page;
    if page == Page::Embed {
        return html! {
            <EmbedPage {lang} address={state.view.address.clone()} onclose={to_calculator} />
        };
    }
    let tabs = Rc::new(
        state
            .documents
            .iter()
            .map(|d| Tab {
                id: d.id,
                name: state.display_name(d.id),
                has_errors: d.has_errors(),
            })
            .collect::<Vec<_>>(),
    );
    let bar = html! {
        <>
        <ScenarioBar {lang} {tabs} active={doc_id} {page}
            can_undo={state.can_undo(doc_id)} can_redo={state.can_redo(doc_id)}
            can_add={state.documents.len() < crate::app::state::MAX_DOCUMENTS}
            onselect={onaction.reform(Action::Select)}
            onclose={onaction.reform(Action::Close)}
            onduplicate={onaction.reform(move |_| Action::Duplicate(doc_id))}
            onundo={onaction.reform(|_| Action::Undo)}
            onredo={onaction.reform(|_| Action::Redo)}
            onpage={onaction.reform(Action::ShowPage)}
            oncopy={commands::copy_link(doc.clone(), lang, state.view.address.clone(), onaction.clone())}
            onsave={onsave.clone()}
            oncopyset={commands::copy_set_link(state.clone(), onaction.clone())}
            onexport={commands::export(state.clone(), onaction.clone())}
            onimport={commands::import(onaction.clone())} />
        <NoticeBar {lang} notice={state.notice.clone()}
            onundo={onaction.reform(|_| Action::Undo)}
            onreopen={onaction.reform(|_| Action::Reopen)}
            ondismiss={onaction.reform(|_| Action::DismissNotice)} />
        </>
    };
    let body = match page {
        Page::Embed => Html::default(),
        Page::Library => html! {
            <LibraryPage {lang} revision={**library_revision} {onsave}
                onopen={onaction.reform(|o| Action::Open(Box::new(o)))} onclose={to_calculator} />
        },
        Page::Compare => {
            let docs = state.compared_docs();
            let names: Vec<String> = docs.iter().map(|d| state.display_name(d.id)).collect();
            let baseline = state
                .baseline_doc()
                .and_then(|b| docs.iter().position(|d| d.id == b.id))
                .unwrap_or(0);
            let all: Vec<_> = state
                .documents
                .iter()
                .map(|d| (d.id, state.display_name(d.id)))
                .collect();
            html! {
                <ComparePage {lang} all={Rc::new(all)} docs={Rc::new(docs)} names={Rc::new(names)} {baseline}
                    today={state.today}
                    ontoggle={onaction.reform(Action::ToggleCompare)}
                    onbaseline={onaction.reform(Action::SetBaseline)}
                    onreset={onaction.reform(Action::ResetToBaseline)}
                    onshow={onaction.reform(Action::Select)}
                    onduplicate={onaction.reform(move |_| Action::Duplicate(doc_id))}
                    onclose={to_calculator} />
            }
        }
        Page::Calculator => calculator_page(CalculatorPageProps {
            lang,
            name: state.display_name(doc_id).into(),
            name_taken: !doc.name.trim().is_empty() && state.name_taken(&doc.name, Some(doc_id)),
            doc: doc.clone(),
            hidden: Rc::new(state.view.hidden.clone()),
            locks: Rc::new(state.view.locks.clone()),
            today: state.today,
            onedit: onaction.reform(move |e: Edit| Action::Edit(doc_id, e)),
            onbreakrun: onaction.reform(move |_| Action::BreakRun(doc_id)),
            reader: state.view.reader,
            onreader: onaction.reform(Action::SetReader),
            onarrived: onaction
                .reform(|(id, revision, later)| Action::Arrived(id, revision, later)),
        }),
    };
    html! { <>{ bar }{ body }</> }
}
