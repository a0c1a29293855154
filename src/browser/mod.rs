//! The browser's edges: the few DOM calls the app needs (focus, scroll, title, print), timers,
//! the page's address, storage and files, and the offline cache's service worker.
//! Every call here degrades quietly (a no-op) instead of panicking.

pub mod dom;
pub mod files;
pub mod host;
pub mod offline;
pub mod storage;
pub mod timer;
