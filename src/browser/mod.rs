//! The browser's edges: the few DOM calls the app needs (focus, scroll, title, print), timers,
//! the page's address, storage and files, the offline cache's service worker, and the page
//! rendered at build time (`prerendered`).
//! Every call here degrades quietly (a no-op) instead of panicking.

pub mod dom;
pub mod files;
pub mod host;
pub mod offline;
pub mod prerendered;
pub mod storage;
pub mod timer;
