//! Every text the user reads, in Danish and English. Uses the model's types and the language and
//! number formatting below it; tested natively.

pub mod compare;
pub mod embed;
pub mod fields;
pub mod figures;
pub mod inputs;
pub mod library;
pub mod lines;
pub mod messages;
pub mod page;
pub mod presets;
pub mod results;
pub mod sensitivity;
pub mod simulation;
pub mod sources;
pub mod verdicts;
pub mod workspace;
pub mod years;

pub use crate::locale::Lang;

/// A text in both languages: (Danish, English).
pub type Pair = (&'static str, &'static str);

/// The text of `pair` in `lang`. Inlined, so a constant pair costs no more than two literals.
#[inline(always)]
pub fn t(lang: Lang, pair: Pair) -> &'static str {
    lang.pick(pair.0, pair.1)
}

/// A sentence with a value in the middle: `before` and `after` as (Danish, English) pairs.
pub fn around(
    lang: Lang,
    before: (&'static str, &'static str),
    value: &str,
    after: (&'static str, &'static str),
) -> String {
    format!(
        "{} {value} {}",
        lang.pick(before.0, before.1),
        lang.pick(after.0, after.1)
    )
}

/// `name` starting in lower case, for use inside a sentence. The project's names start with an
/// ASCII letter; Unicode's case tables (`str::to_lowercase`) would cost the shipped code several KB.
pub fn in_sentence(name: &str) -> String {
    let mut c = name.chars();
    c.next()
        .map(|f| std::iter::once(f.to_ascii_lowercase()).chain(c).collect())
        .unwrap_or_default()
}

/// `s` in the language's quotation marks: »Basis« in Danish, ‘Basis’ in English.
pub fn quoted(lang: Lang, s: &str) -> String {
    match lang {
        Lang::Da => format!("\u{bb}{s}\u{ab}"),
        Lang::En => format!("\u{2018}{s}\u{2019}"),
    }
}
