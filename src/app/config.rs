//! How the app starts and how its page is shown: what a share link, a prefilled embed or a test
//! asks for. Data only; `embed.rs` reads it from a page's query.

use super::notice::Notice;
use super::opened::OpenedWorkspace;
use crate::locale::{CivilDate, Lang};
use crate::model::common::keyed_enum;
use crate::model::rates;
use crate::model::{FieldPath, PresetId, Scenario};

keyed_enum! {
    /// A part of the page a host may hide.
    pub enum Part {
        /// The choice of partnership model.
        Models = "models",
        /// The one-line verdicts.
        Verdicts = "verdicts",
        /// The four parties and the money flows.
        Parties = "parties",
        /// The company's price per hour against its alternative.
        CompanyCost = "company",
        /// Hours and jobs.
        HoursJobs = "hours",
        /// The break-even values.
        BreakEvens = "breakevens",
        /// Assumptions and sources.
        Sources = "sources",
        /// The glossary.
        Glossary = "glossary",
        /// The projection over years.
        Years = "years",
    }
}

keyed_enum! {
    /// Who reads the results: their own answer comes first. None chosen shows every party alike.
    pub enum Reader {
        /// A company buying hours or a service.
        Company = "company",
        /// The social enterprise.
        SocialEnterprise = "enterprise",
        /// The municipality (jobcentre).
        Municipality = "municipality",
    }
}

keyed_enum! {
    /// A font family the host may choose: only fonts every browser has, so nothing is fetched.
    pub enum Font {
        /// The operating system's interface font (the default).
        System = "system",
        /// Arial, Helvetica.
        Arial = "arial",
        /// Verdana.
        Verdana = "verdana",
        /// Georgia and other serifs.
        Georgia = "georgia",
    }
}

impl Font {
    /// The CSS font stack.
    pub fn stack(self) -> &'static str {
        match self {
            Font::System => "system-ui, -apple-system, \"Segoe UI\", Roboto, sans-serif",
            Font::Arial => "Arial, Helvetica, sans-serif",
            Font::Verdana => "Verdana, Geneva, sans-serif",
            Font::Georgia => "Georgia, \"Times New Roman\", serif",
        }
    }
}

/// A scenario-wide field fixed by the host, shown read-only with an optional note.
#[derive(Clone, Debug, PartialEq)]
pub struct Lock {
    /// The field.
    pub path: FieldPath,
    /// The note shown at the field ("Rebild Kommunes pris 2026").
    pub note: String,
}

/// How the page is shown.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ViewSettings {
    /// Inside a host page's iframe: no page header or footer, height posted to the host.
    pub embedded: bool,
    /// Parts of the page the host hides.
    pub hidden: Vec<Part>,
    /// Scenario-wide fields the host fixed, shown read-only with a note.
    pub locks: Vec<Lock>,
    /// The host's accent colour (`#rrggbb`, enough contrast to white).
    pub accent: Option<String>,
    /// The host's font, from a safe list.
    pub font: Option<Font>,
    /// Which page is shown.
    pub page: Page,
    /// Who reads the results (a choice on the page, or the host's `reader` parameter).
    pub reader: Option<Reader>,
    /// Where the page is served (origin and path, no query or fragment), for links and snippets.
    pub address: String,
}

/// The pages of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Page {
    /// The calculator.
    #[default]
    Calculator,
    /// Building the snippet that embeds the calculator on a host page.
    Embed,
    /// Scenarios side by side.
    Compare,
    /// The scenarios saved in this browser.
    Library,
}

/// How the app starts: what a share link, a prefilled embed or a test asks for.
#[derive(Clone, Debug, PartialEq)]
pub struct StartConfig {
    /// Interface language.
    pub lang: Lang,
    /// The partnership model to start from.
    pub preset: PresetId,
    /// A scenario to start with instead of the model's example.
    pub scenario: Option<Scenario>,
    /// The rate year for the model's example (ignored with `scenario`, which has its own).
    pub rate_year: u16,
    /// Scenario-wide values set by the host (stored unit), over the model's example.
    pub values: Vec<(FieldPath, f64)>,
    /// How the page is shown.
    pub view: ViewSettings,
    /// The scenario's name (from a share link).
    pub name: String,
    /// What to tell the user at the start (a share link that could not be read).
    pub notice: Option<Notice>,
    /// Today's date where the page is read (printed on reports), so rendering asks no clock.
    pub today: CivilDate,
    /// A set of scenarios to open over the start's one: this tab's workspace before a reload, or
    /// a link to a set of tabs.
    pub workspace: Option<OpenedWorkspace>,
}

impl Default for StartConfig {
    fn default() -> Self {
        StartConfig {
            lang: Lang::Da,
            preset: PresetId::Joint,
            scenario: None,
            rate_year: rates::DEFAULT_RATE_YEAR,
            values: Vec::new(),
            view: ViewSettings::default(),
            name: String::new(),
            notice: None,
            today: CivilDate::default(),
            workspace: None,
        }
    }
}

impl StartConfig {
    /// The rate year to use when the current calendar year is `year`: its own table, else the
    /// newest one before it.
    pub fn rate_year_for(year: u16) -> u16 {
        rates::for_year(year).year
    }

    /// The start of a visit on `today` to the page's plain address (no query, no fragment, no
    /// reload): the default model and language in the rates of today's year. The page rendered
    /// at build time is this start on the build's day.
    pub fn visit(today: CivilDate) -> StartConfig {
        StartConfig {
            rate_year: StartConfig::rate_year_for(u16::try_from(today.year).unwrap_or(u16::MAX)),
            today,
            ..StartConfig::default()
        }
    }

    /// The start a page rendered at build time stands for: a model's example in a language and a
    /// rate year, with nothing else asked (no scenario, values, view settings but the page's
    /// address, name, notice or workspace). `None` for any other start, which must never be shown
    /// the figures of a rendered page.
    pub fn prerender_key(&self) -> Option<String> {
        // Field by field rather than by `==` on a whole config: comparing scenarios would ship
        // their equality code for nothing.
        let v = &self.view;
        let plain_view = !v.embedded
            && v.hidden.is_empty()
            && v.locks.is_empty()
            && v.accent.is_none()
            && v.font.is_none()
            && v.page == Page::Calculator
            && v.reader.is_none();
        let plain = plain_view
            && self.scenario.is_none()
            && self.values.is_empty()
            && self.name.is_empty()
            && self.notice.is_none()
            && self.workspace.is_none();
        plain.then(|| {
            format!(
                "{} {} {}",
                self.lang.tag(),
                self.preset.key(),
                self.rate_year
            )
        })
    }
}

impl ViewSettings {
    /// Whether `part` is shown.
    pub fn shows(&self, part: Part) -> bool {
        !self.hidden.contains(&part)
    }

    /// The lock on `path`, if the host fixed it.
    pub fn lock(&self, path: FieldPath) -> Option<&Lock> {
        self.locks.iter().find(|l| l.path == path)
    }
}
