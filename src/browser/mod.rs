//! The browser's edges: the few DOM calls the app needs (focus, scroll, title, print), timers,
//! the page's address, storage and files.
//! Every call here degrades quietly (a no-op) instead of panicking.

pub mod dom;
pub mod files;
pub mod host;
pub mod storage;
pub mod timer;
