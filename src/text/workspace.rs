//! The texts around the calculator: the header, the scenario bar, the status line, the compact
//! result bar at the bottom of narrow screens and the glossary.

use super::{presets, quoted, t, Lang, Pair};
use crate::model::PresetId;

// The header.

/// The calculator's name in the header (with a soft hyphen for narrow screens).
pub const TITLE: Pair = (
    "Partnerskabs\u{ad}beregneren",
    "Partnerskabs\u{ad}beregneren",
);

/// The line under the name.
pub const TAGLINE: Pair = (
    "Businesscasen for et socialøkonomisk partnerskab – beregnet i browseren.",
    "The business case for a social-economy partnership – computed in your browser.",
);

/// A language's name in that language: pick it in the language named.
pub const LANGUAGE_NAME: Pair = ("Dansk", "English");

/// The button that opens the page that builds an embed snippet.
pub const EMBED: Pair = ("Indlejr på jeres side", "Embed on your site");

/// The print button (the header and the comparison).
pub const PRINT: Pair = ("Udskriv / gem som PDF", "Print / save as PDF");

/// The button that leaves a page for the calculator (library, comparison, embed page).
pub const BACK_TO_CALCULATOR: Pair = ("Tilbage til beregneren", "Back to the calculator");

// The scenario bar.

/// The tabs' label for screen readers.
pub const OPEN_SCENARIOS: Pair = ("Åbne scenarier", "Open scenarios");

/// After a tab's name when its fields hold errors.
const HAS_ERRORS: Pair = ("har fejl", "has errors");

/// A tab's name, marked when its fields hold errors: "Basis (har fejl)".
pub fn with_errors(lang: Lang, name: &str) -> String {
    format!("{name} ({})", t(lang, HAS_ERRORS))
}

/// The tooltip of a tab's close button.
pub const CLOSE: Pair = ("Luk", "Close");

/// The label of a tab's close button: "Luk Basis".
pub fn close_named(lang: Lang, name: &str) -> String {
    format!("{} {name}", t(lang, CLOSE))
}

/// The button that adds a variant of the active scenario.
pub const NEW_VARIANT: Pair = ("+ Ny variant", "+ New variant");

/// The action buttons' label for screen readers.
pub const ACTIONS: Pair = ("Handlinger", "Actions");

/// The undo button (the scenario bar and the status line).
pub const UNDO: Pair = ("Fortryd", "Undo");

/// The undo button's tooltip.
pub const UNDO_TOOLTIP: Pair = ("Fortryd (Ctrl+Z)", "Undo (Ctrl+Z)");

/// The redo button.
pub const REDO: Pair = ("Gentag", "Redo");

/// The redo button's tooltip.
pub const REDO_TOOLTIP: Pair = ("Gentag (Ctrl+Shift+Z)", "Redo (Ctrl+Shift+Z)");

/// The button that copies the share link.
pub const COPY_LINK: Pair = ("Kopiér link", "Copy link");

/// The button that saves the active scenario in the library (the scenario bar and the library).
pub const SAVE: Pair = ("Gem i browseren", "Save in this browser");

/// The button that shows the library.
pub const SHOW_LIBRARY: Pair = ("Gemte scenarier", "Saved scenarios");

/// The button that shows the comparison.
pub const SHOW_COMPARE: Pair = ("Sammenlign", "Compare");

/// The menu of files in and out.
pub const FILES: Pair = ("Filer", "Files");

/// The button that downloads the scenario file.
pub const EXPORT_JSON: Pair = ("Hent scenariefil (JSON)", "Download scenario file (JSON)");

/// The button that downloads the spreadsheet.
pub const EXPORT_CSV: Pair = ("Hent regneark (CSV)", "Download spreadsheet (CSV)");

/// The button that downloads every open scenario as one file.
pub const EXPORT_WORKSPACE: Pair = (
    "Hent alle åbne scenarier som én fil (JSON)",
    "Download every open scenario as one file (JSON)",
);

/// The button that copies a link to every open scenario.
pub const COPY_SET_LINK: Pair = (
    "Kopiér link til alle åbne scenarier",
    "Copy link to every open scenario",
);

/// The name of a file of every tab, before the date: "Alle faner 2026-11-30.json".
pub const ALL_TABS_FILE: Pair = ("Alle scenarier", "All scenarios");

/// The button that opens a scenario file or a file of every tab.
pub const IMPORT: Pair = ("Åbn fil (JSON)", "Open file (JSON)");

// The status line.

/// The browser's storage is full.
pub const STORAGE_FULL: Pair = (
    "Browserens lager er fuldt. Slet gamle scenarier, eller hent scenariet som scenariefil.",
    "The browser's storage is full. Delete old scenarios or download the scenario as a scenario file.",
);

/// The browser does not let the calculator store anything.
pub const STORAGE_UNAVAILABLE: Pair = (
    "Browseren tillader ikke, at beregneren gemmer her – det sker fx i et privat vindue, når lagring er slået fra, eller når beregneren er indlejret på en anden organisations side.",
    "The browser does not let the calculator save here – for example in a private window, with storage switched off, or when the calculator is embedded in another organisation's site.",
);

/// Before the model's name when a model has filled every field.
const MODEL_LOADED: Pair = (
    "Alle felter har nu eksemplets værdier fra modellen",
    "Every field now holds the example values of the model",
);

/// After the model's name when a model has filled every field.
const MODEL_LOADED_UNDO: Pair = (
    "De tidligere tal kan hentes tilbage med Fortryd.",
    "The earlier figures can be brought back with Undo.",
);

/// A model has filled every field, and how to get the earlier figures back.
pub fn model_loaded(lang: Lang, id: PresetId) -> String {
    format!(
        "{} {}. {}",
        t(lang, MODEL_LOADED),
        quoted(lang, presets::name(lang, id)),
        t(lang, MODEL_LOADED_UNDO)
    )
}

/// An edit was undone.
pub const UNDONE: Pair = ("Ændringen er fortrudt.", "The change was undone.");

/// An edit was redone.
pub const REDONE: Pair = ("Ændringen er gentaget.", "The change was redone.");

/// Before the name of a scenario opened from a link or a file.
const OPENED: Pair = ("Åbnet som nyt scenarie:", "Opened as a new scenario:");

/// A scenario was opened from a link or a file: "Åbnet som nyt scenarie: »Basis«."
pub fn opened(lang: Lang, name: &str) -> String {
    format!("{} {}.", t(lang, OPENED), quoted(lang, name))
}

/// A set of scenarios was opened from a file or a link: "3 scenarier er åbnet i hver sin fane."
pub fn opened_set(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::Da, 0) => "Scenarierne er allerede åbne.".to_string(),
        (Lang::En, 0) => "The scenarios are open already.".to_string(),
        (Lang::Da, 1) => "1 scenarie er åbnet.".to_string(),
        (Lang::Da, n) => format!("{n} scenarier er åbnet i hver sin fane."),
        (Lang::En, 1) => "1 scenario has been opened.".to_string(),
        (Lang::En, n) => format!("{n} scenarios have been opened, each in its own tab."),
    }
}

/// A download has been started: "Filen »Basis.json« er gemt i jeres overførsler."
pub fn downloaded(lang: Lang, file: &str) -> String {
    match lang {
        Lang::Da => format!(
            "Filen {} er hentet. I kan finde den i browserens overførsler.",
            quoted(lang, file)
        ),
        Lang::En => format!(
            "The file {} is being downloaded: see the browser's downloads.",
            quoted(lang, file)
        ),
    }
}

/// A link to every open scenario is on the clipboard.
pub fn set_link_copied(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Da => format!("Linket til alle {n} åbne scenarier er kopieret. Den, der åbner det, får de samme scenarier med de samme tal."),
        Lang::En => format!("The link to all {n} open scenarios has been copied. Whoever opens it gets the same scenarios with the same figures."),
    }
}

/// Before the name of a saved scenario that is open already.
const ALREADY_OPEN: Pair = ("Scenariet", "The scenario");

/// After the name of a saved scenario that is open already.
const ALREADY_OPEN_NOTE: Pair = (
    "er allerede åbent og vises nu – der er ikke åbnet en kopi. Fanen kan have ændringer, der ikke er gemt.",
    "is open already and is shown now – no copy was opened. The tab may hold changes that are not saved.",
);

/// A saved scenario asked to open is open already: "Scenariet »Basis« er allerede åbent og vises
/// nu – …"
pub fn already_open(lang: Lang, name: &str) -> String {
    format!(
        "{} {} {}",
        t(lang, ALREADY_OPEN),
        quoted(lang, name),
        t(lang, ALREADY_OPEN_NOTE)
    )
}

/// The word that marks a variant's name: "Basis (variant 2)".
pub const VARIANT: Pair = ("variant", "variant");

/// After the name of a closed scenario brought back.
const REOPENED: Pair = ("er åbnet igen.", "is open again.");

/// A closed scenario was brought back.
pub fn reopened(lang: Lang, name: &str) -> String {
    format!("{} {}", quoted(lang, name), t(lang, REOPENED))
}

/// Before the name of a new variant.
const VARIANT_MADE: Pair = ("Ny variant:", "New variant:");

/// After the name of a new variant.
const VARIANT_MADE_NOTE: Pair = (
    "Ændringer i den rører ikke originalen.",
    "Changes to it leave the original as it was.",
);

/// A variant of the active scenario was made.
pub fn variant_made(lang: Lang, name: &str) -> String {
    format!(
        "{} {}. {}",
        t(lang, VARIANT_MADE),
        quoted(lang, name),
        t(lang, VARIANT_MADE_NOTE)
    )
}

/// After the name of a closed scenario.
const CLOSED: Pair = ("er lukket.", "was closed.");

/// A scenario was closed.
pub fn closed(lang: Lang, name: &str) -> String {
    format!("{} {}", quoted(lang, name), t(lang, CLOSED))
}

/// After the name of a scenario given the baseline's inputs.
const RESET_TO_BASELINE: Pair = (
    "har nu samme forudsætninger som basisscenariet.",
    "now has the baseline's assumptions.",
);

/// A scenario was given the baseline's inputs.
pub fn reset_to_baseline(lang: Lang, name: &str) -> String {
    format!("{} {}", quoted(lang, name), t(lang, RESET_TO_BASELINE))
}

/// No more scenarios can be opened.
pub const WORKSPACE_FULL: Pair = (
    "Der er ikke plads til flere åbne scenarier. Luk et, og prøv igen.",
    "There is no room for more open scenarios. Close one and try again.",
);

/// The share link was copied.
pub const LINK_COPIED: Pair = (
    "Linket er kopieret. Det indeholder alle tallene, så den, der åbner det, ser de samme tal.",
    "The link has been copied. It holds every figure, so whoever opens it sees the same figures.",
);

/// The scenario does not fit in a link.
pub const LINK_TOO_LONG: Pair = (
    "Scenariet har for mange grupper eller for lange navne til et link. Hent det som scenariefil, og send filen i stedet.",
    "The scenario has too many groups or too long names for a link. Download it as a scenario file and send the file instead.",
);

/// The browser did not let the calculator copy the link.
pub const COPY_FAILED: Pair = (
    "Browseren tillod ikke at kopiere. Markér linket herunder, og kopiér det selv.",
    "The browser did not allow copying. Select the link below and copy it yourself.",
);

/// After the name of a scenario saved in the library.
const SAVED: Pair = (
    "er gemt i denne browser.",
    "has been saved in this browser.",
);

/// A scenario was saved in the library.
pub fn saved(lang: Lang, name: &str) -> String {
    format!("{} {}", quoted(lang, name), t(lang, SAVED))
}

/// Before why a scenario could not be saved.
const NOT_SAVED: Pair = ("Scenariet blev ikke gemt.", "The scenario was not saved.");

/// A scenario could not be saved, and `why`.
pub fn save_failed(lang: Lang, why: &str) -> String {
    format!("{} {why}", t(lang, NOT_SAVED))
}

/// The label of the share link shown when copying failed.
pub const LINK_LABEL: Pair = ("Link til scenariet", "Link to the scenario");

/// The label of the button that hides the status line.
pub const HIDE_MESSAGE: Pair = ("Skjul beskeden", "Hide the message");

// The compact result bar.

/// The compact result bar's label for screen readers.
pub const RESULT_IN_BRIEF: Pair = ("Kort resultat", "Result in brief");

/// Before the coverage in the compact result bar (with its space).
pub const COVERAGE: Pair = ("Dækning ", "Coverage ");

/// Before the company's gain in the summary bar (a company reads the results).
pub const COMPANY_GAIN: Pair = ("Virksomheden, netto ", "The company, net ");

/// Before the municipality's net in the summary bar (a municipality reads the results).
pub const MUNICIPALITY_NET: Pair = (
    "Kommunen, netto første år ",
    "The municipality, net first year ",
);

/// In place of the surplus when the results belong to earlier inputs.
pub const NOT_UP_TO_DATE: Pair = ("ikke opdateret", "not up to date");

// The glossary.

/// The glossary's heading.
pub const GLOSSARY: Pair = ("Ordforklaringer", "Glossary");

/// The glossary: each term and its explanation.
pub const TERMS: [(Pair, Pair); 14] = [
    (("Socialøkonomisk virksomhed", "Social enterprise"), (
        "En virksomhed, der har et socialt formål og geninvesterer sit overskud – her en, der ansætter personer på kanten af arbejdsmarkedet.",
        "A company that has a social purpose and reinvests its surplus – here, one that employs people on the margins of the labour market.",
    )),
    (("Fleksjob", "Flex job"), (
        "Et job på særlige vilkår for en person, hvis arbejdsevne er varigt og væsentligt nedsat. Det første fleksjob bevilges midlertidigt for 5 år; derefter kan borgere over 40 år få et permanent fleksjob. Arbejdsgiveren betaler kun for det arbejde, der faktisk udføres; kommunen betaler fleksløntilskud til personen.",
        "A job on special terms for a person whose working capacity is permanently and substantially reduced. The first flex job is granted temporarily for 5 years; after that, citizens over 40 can get a permanent flex job. The employer pays only for the work actually done; the municipality pays the person a flex wage subsidy.",
    )),
    (("Fleksløntilskud", "Flex wage subsidy"), (
        "Kommunens månedlige tilskud til personen i fleksjob: højst 98 % af højeste dagpengesats, nedsat med 30 % af lønnen op til en grænse og 55 % over den.",
        "The municipality's monthly subsidy to the person in a flex job: at most 98% of the maximum unemployment benefit rate, reduced by 30% of the wage up to a threshold and 55% above it.",
    )),
    (("Ledighedsydelse", "Flex unemployment benefit"), (
        "Ydelsen til en person, der er godkendt til fleksjob, men er uden job. Den højeste sats er 89 % af højeste dagpengesats; borgere fra kontanthjælp får kontanthjælpsniveau, indtil de har haft fleksjob i 9 af de seneste 18 måneder.",
        "The benefit of a person approved for a flex job but without one. The highest rate is 89% of the maximum unemployment benefit rate; citizens coming from social assistance get its level until they have had a flex job for 9 of the last 18 months.",
    )),
    (("Refusionstrappen", "Refund staircase"), (
        "Statens refusion af kommunens udgifter til ydelser falder, jo længere borgeren har været på offentlig forsørgelse: 20 % efter 52 uger.",
        "The state's refund of the municipality's benefit costs falls the longer the person has been on public benefits: 20% after 52 weeks.",
    )),
    (("Ressourceforløb", "Resource course"), (
        "Et tværfagligt forløb for borgere med komplekse problemer; hvert forløb varer højst 3 år. Lukket for nye borgere fra 1. februar 2026; igangværende forløb afsluttes. Nye deltagere er typisk på kontanthjælp, og kommunen køber et tilbud pr. deltagerplads.",
        "An interdisciplinary course for citizens with complex problems; each course lasts at most 3 years. It is closed to new citizens from 1 February 2026; citizens already on one complete it. New participants usually receive social assistance, and the municipality buys a programme per participant place.",
    )),
    (("Socialpædagog", "Social educator"), (
        "Medarbejderen i den socialøkonomiske virksomhed, der støtter deltagerne og de ansatte i fleks- og småjob i det daglige arbejde, så de bliver i arbejdet.",
        "The staff member of the social enterprise who supports the participants and the staff in flex and small jobs in their daily work, so that they stay in work.",
    )),
    (("Overhead", "Markup"), (
        "Den socialøkonomiske virksomheds tillæg til lønomkostningen for de timer, virksomheden køber. Det betaler socialpædagogen og administrationen, ikke et overskud til ejere.",
        "The social enterprise's addition to the labour cost of the hours the company buys. It pays for the social educator and administration, not a profit for owners.",
    )),
    (("Dækning af socialpædagogen", "Coverage of the social educator"), (
        "Den andel af udgiften til socialpædagogen, som overheadet og kommunens betaling for deltagerpladser og mentorstøtte dækker. 100 % betyder, at støtten er fuldt finansieret.",
        "The share of the social educator's cost that the markup and the municipality's payments for places and mentor support pay for. 100% means the support is fully funded.",
    )),
    (("Nulpunkt", "Break-even point"), (
        "Den værdi af én størrelse – overhead eller fast timepris, pris pr. deltagerplads eller fakturerede timer – hvor dækningen er præcis 100 %, når alt andet er uændret.",
        "The value of one figure – markup or fixed hourly price, price per participant place or billed hours – at which coverage is exactly 100%, all else unchanged.",
    )),
    (("Kontanthjælp", "Social assistance"), (
        "Siden 1. juli 2025 én ydelse med flere satser: grundsats (under 30 år), forhøjet sats (fyldt 30 år, eller 25–29 år med 2½ års arbejde) og tillæg for børn og for enlige. Arbejdsindtægt over et fribeløb trækker 65 % fra.",
        "Since 1 July 2025 one benefit with several rates: a basic rate (under 30), a higher rate (30 or over, or 25–29 with 2½ years of work) and add-ons for children and for single people. Earnings above a free amount reduce it by 65%.",
    )),
    (("Nutidsværdi", "Present value"), (
        "Fremtidige beløb regnet om til i dag med en diskonteringsrente (Finansministeriets 3,5 % om året, realt): 100 kr. om tre år er 90 kr. i dag.",
        "Future amounts converted to today at a discount rate (the Ministry of Finance's 3.5% a year, real): DKK 100 in three years is DKK 90 today.",
    )),
    (("Dødvægt", "Deadweight"), (
        "Den del af effekten, der ville være kommet alligevel: job, som deltagerne ville have fået uden partnerskabet. Den regnes ikke med som gevinst.",
        "The part of the effect that would have come anyway: jobs the participants would have found without the partnership. It does not count as a gain.",
    )),
    (("Produktivt årsværk", "Productive full-time equivalent"), (
        "Betalte timer delt med 37 timer om ugen i årets produktive uger. I kommunal praksis er et årsværk 1.924 timer (37 × 52); et produktivt årsværk tæller kun de uger, der arbejdes.",
        "Paid hours divided by 37 hours a week in the year's productive weeks. Municipal practice counts a full-time year as 1,924 hours (37 × 52); a productive one counts only the weeks worked.",
    )),
];
