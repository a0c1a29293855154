//! The texts of the page that builds the snippet a host page embeds the calculator with.

use super::Pair;

/// The page's heading.
pub const TITLE: Pair = (
    "Indlejr beregneren på jeres hjemmeside",
    "Embed the calculator on your website",
);

/// What the page does, under the heading.
pub const LEAD: Pair = (
    "Vælg, hvordan beregneren skal se ud hos jer, og kopiér koden ind på jeres side. Højden følger indholdet, så siden ikke får en rullebjælke i rullebjælken. Intet sendes til os: beregneren kører i den besøgendes browser.",
    "Choose how the calculator should look on your site, then copy the code into your page. Its height follows its content, so there is no scrollbar within a scrollbar. Nothing is sent to us: the calculator runs in the visitor's browser.",
);

/// The embedded calculator's frame title (in the snippet and on the preview).
pub const FRAME_TITLE: Pair = (
    "Partnerskabsberegneren – beregn businesscasen for et socialøkonomisk partnerskab",
    "Partnerskabsberegneren – the business case for a social-economy partnership",
);

/// The label of the embedded calculator's language.
pub const LANGUAGE: Pair = ("Sprog", "Language");

/// The label of the model the embedded calculator starts with.
pub const MODEL: Pair = ("Partnerskabsmodel", "Partnership model");

/// The hint under the host's own price per place.
pub const PRICE_HINT: Pair = (
    "Jeres egen pris. Tom: modellens eksempel.",
    "Your own price. Empty: the model's example.",
);

/// The message when the host's price is not a number in range.
pub const PRICE_ERROR: Pair = (
    "Skriv et tal mellem 0 og 50.000.",
    "Enter a number between 0 and 50,000.",
);

/// The unit of the host's price.
pub const PRICE_UNIT: Pair = ("kr./uge", "DKK/week");

/// The checkbox that locks the price.
pub const LOCK: Pair = (
    "Lås prisen, så den besøgende ikke kan ændre den",
    "Lock the price so visitors cannot change it",
);

/// The label of the note shown at the locked price.
pub const LOCK_NOTE: Pair = ("Note ved den låste pris", "Note at the locked price");

/// The label of the accent colour.
pub const ACCENT: Pair = ("Accentfarve", "Accent colour");

/// The message when the accent colour is too light.
pub const ACCENT_ERROR: Pair = (
    "Farven giver for lidt kontrast til hvid tekst (under 4,5:1). Vælg en mørkere farve; standardfarven bruges.",
    "The colour gives too little contrast to white text (below 4.5:1). Choose a darker colour; the default is used.",
);

/// The label of the font.
pub const FONT: Pair = ("Skrifttype", "Font");

/// Instead of the price per place and its lock, for a model without participants.
pub const NO_PLACES: Pair = (
    "Modellen har ingen deltagerpladser, så der er ingen pris pr. plads at fastsætte. Vælg »Fælles socialt ansvar« for at fastsætte og låse kommunens pris.",
    "The model has no participant places, so there is no price per place to set. Choose ‘Joint responsibility’ to set and lock the municipality's price.",
);

/// The label of the choice of whose answer comes first.
pub const READER: Pair = (
    "Hvilken part vises først (fx kommunen på en kommunes side)",
    "Which party comes first (e.g. the municipality on a municipality's site)",
);

/// The system's font, the first of the fonts offered.
pub const SYSTEM_FONT: Pair = ("Systemets skrift (standard)", "The system font (default)");

/// The legend of the parts a host may hide.
pub const HIDE: Pair = ("Skjul dele af beregneren", "Hide parts of the calculator");

/// The part with the choice of partnership model.
pub const PART_MODELS: Pair = ("Valg af partnerskabsmodel", "Choice of partnership model");

/// The part with the verdict lines.
pub const PART_VERDICTS: Pair = ("Kort fortalt", "In short");

/// The part with the parties' sums.
pub const PART_PARTIES: Pair = ("Parterne om året", "The parties over one year");

/// The part with the company's cost per hour.
pub const PART_COMPANY_COST: Pair = ("Virksomhedens pris pr. time", "The company's cost per hour");

/// The part with hours and jobs.
pub const PART_HOURS_JOBS: Pair = ("Timer og job", "Hours and jobs");

/// The part with the break-evens.
pub const PART_BREAK_EVENS: Pair = ("Nulpunkter", "Break-even points");

/// The part with the assumptions and sources.
pub const PART_SOURCES: Pair = ("Forudsætninger og kilder", "Assumptions and sources");

/// The part with the glossary.
pub const PART_GLOSSARY: Pair = ("Ordforklaringer", "Glossary");

/// The projection over years, as a part the host may hide.
pub const PART_YEARS: Pair = ("Over årene", "Over the years");

/// The label of the snippet.
pub const SNIPPET: Pair = ("Kode til jeres side", "Code for your page");

/// What the snippet's script does.
pub const SNIPPET_HINT: Pair = (
    "Scriptet sætter iframens højde ud fra beregnerens beskeder og tjekker, at de kommer fra beregneren. Tillader jeres side ikke scripts i siden, så læg scriptet i jeres egen fil.",
    "The script sets the iframe's height from the calculator's messages and checks that they come from the calculator. If your page does not allow inline scripts, put the script in a file of your own.",
);

/// The button that copies the snippet.
pub const COPY: Pair = ("Kopiér koden", "Copy the code");

/// The snippet was copied.
pub const COPIED: Pair = ("Koden er kopieret.", "The code has been copied.");

/// The snippet could not be copied.
pub const COPY_FAILED: Pair = (
    "Koden kunne ikke kopieres automatisk: markér den, og kopiér den selv.",
    "The code could not be copied automatically: select it and copy it yourself.",
);

/// The heading of the preview.
pub const PREVIEW: Pair = ("Forhåndsvisning", "Preview");

/// The choice of the preview's width.
pub const PREVIEW_WIDTH: Pair = ("Forhåndsvisningens bredde", "Width of the preview");

/// The preview as wide as this page allows.
pub const PREVIEW_FULL: Pair = ("Fuld bredde", "Full width");

/// The preview as wide as a phone.
pub const PREVIEW_PHONE: Pair = ("Mobil (375 px)", "Phone (375 px)");
