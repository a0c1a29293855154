//! Every text the user reads, in Danish and English.

pub mod fields;
pub mod messages;

/// The interface language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// Danish, the default.
    #[default]
    Da,
    /// English.
    En,
}

impl Lang {
    /// The BCP 47 tag for `<html lang>` and `Intl`.
    pub fn locale(self) -> &'static str {
        match self {
            Lang::Da => "da-DK",
            Lang::En => "en-GB",
        }
    }

    /// The short tag for `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Da => "da",
            Lang::En => "en",
        }
    }

    /// Picks the text for this language.
    pub fn pick(self, da: &'static str, en: &'static str) -> &'static str {
        match self {
            Lang::Da => da,
            Lang::En => en,
        }
    }

    /// A sentence with a value in the middle: `before` and `after` as (Danish, English) pairs.
    pub fn around(
        self,
        before: (&'static str, &'static str),
        value: &str,
        after: (&'static str, &'static str),
    ) -> String {
        format!(
            "{} {value} {}",
            self.pick(before.0, before.1),
            self.pick(after.0, after.1)
        )
    }

    /// How a lone "." or "," in typed numbers is read in this language.
    pub fn decimal_convention(self) -> crate::model::number_text::DecimalConvention {
        use crate::model::number_text::DecimalConvention;
        match self {
            Lang::Da => DecimalConvention::Danish,
            Lang::En => DecimalConvention::English,
        }
    }
}
