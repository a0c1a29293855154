//! The browser's edges: the few DOM calls the app needs (focus, scroll, title, print) and timers.
//! Every call here degrades quietly (a no-op) instead of panicking.

pub mod dom;
pub mod host;
pub mod timer;
