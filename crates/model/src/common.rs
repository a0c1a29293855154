//! The model's shared helpers, at the bottom of the model: sums, where a figure comes from, and
//! enums whose every variant has one stable key (the same in files, links and the interface).

use serde::Serialize;

/// The sum of `values`, starting from +0 (an empty `Iterator::sum` of f64 gives −0).
pub fn total(values: impl Iterator<Item = f64>) -> f64 {
    values.fold(0.0, |a, b| a + b)
}

/// How sure a figure is (`../shared/domain.md`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Confirmed in a source.
    Confirmed,
    /// Derived from confirmed figures (for example indexed).
    Derived,
    /// An estimate: replace it with your own figure.
    Estimate,
}

/// Where a figure comes from, in Danish and English.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Source {
    /// The year the figure refers to.
    pub year: u16,
    /// Confirmed, derived or estimate.
    pub status: Status,
    /// The basis in Danish.
    pub da: &'static str,
    /// The basis in English.
    pub en: &'static str,
}

/// A [`Source`] in a constant table.
pub const fn src(year: u16, status: Status, da: &'static str, en: &'static str) -> Source {
    Source {
        year,
        status,
        da,
        en,
    }
}

/// Declares an enum whose variants each have one key: its serde name, its `key()` and the
/// value `from_key()` reads. `ALL` lists the variants in the order declared (the interface's order).
/// The crate using it must depend on serde with `derive`.
#[macro_export]
macro_rules! keyed_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $key:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        pub enum $name {
            $( $(#[$vmeta])* #[serde(rename = $key)] $variant, )+
        }

        impl $name {
            /// Every variant, in the order the interface lists them.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stable key, as in scenario files and links.
            pub fn key(self) -> &'static str {
                match self {
                    $($name::$variant => $key,)+
                }
            }

            /// The variant with this key, if any.
            pub fn from_key(key: &str) -> Option<Self> {
                match key {
                    $($key => Some($name::$variant),)+
                    _ => None,
                }
            }
        }
    };
}
pub use keyed_enum;
