//! The thin browser layer: `Intl` number formatting and the few DOM calls the app needs. Every
//! call here degrades quietly (an empty string, a no-op) instead of panicking.

pub mod dom;
pub mod format;
pub mod timer;
