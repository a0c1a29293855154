//! Language and numbers: the interface language, reading a number as a person types it, and
//! formatting numbers the language's way. Below `text/` and `app/`, so both are tested natively:
//! in the browser the numbers are formatted by `Intl.NumberFormat` (Rust's own float formatting
//! would cost ~18 KB brotli), natively by a small formatter that writes the same text.

pub mod format;
pub mod parse;

#[cfg(target_arch = "wasm32")]
mod intl;
#[cfg(not(target_arch = "wasm32"))]
mod native;

use parse::DecimalConvention;

/// The interface language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
pub enum Lang {
    /// Danish, the default.
    #[default]
    Da,
    /// English.
    En,
}

impl Lang {
    /// Both languages, Danish first.
    pub const ALL: [Lang; 2] = [Lang::Da, Lang::En];

    /// The BCP 47 tag for `Intl`.
    pub fn locale(self) -> &'static str {
        match self {
            Lang::Da => "da-DK",
            Lang::En => "en-GB",
        }
    }

    /// The short tag for `<html lang>`, links and files.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Da => "da",
            Lang::En => "en",
        }
    }

    /// The language with this short tag.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.tag() == tag)
    }

    /// The other language.
    pub fn other(self) -> Lang {
        match self {
            Lang::Da => Lang::En,
            Lang::En => Lang::Da,
        }
    }

    /// Picks the text for this language.
    pub fn pick<T>(self, da: T, en: T) -> T {
        match self {
            Lang::Da => da,
            Lang::En => en,
        }
    }

    /// How a lone "." or "," in typed numbers is read in this language.
    pub fn decimal_convention(self) -> DecimalConvention {
        match self {
            Lang::Da => DecimalConvention::Danish,
            Lang::En => DecimalConvention::English,
        }
    }
}
