//! Language and numbers: the interface language, reading a number as a person types it, and
//! writing numbers and dates the language's way. Below `text/` and `app/`, so both are tested
//! natively. One formatter serves the browser, the tests and a build-time renderer alike
//! (`format`: integer arithmetic, no `Intl`, no Rust float formatting).

pub mod format;
pub mod parse;

pub use format::CivilDate;

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

    /// The BCP 47 tag whose conventions the numbers and dates follow.
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
    #[inline(always)]
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
