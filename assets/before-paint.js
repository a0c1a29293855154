// Runs before the page is shown (a blocking script in <head>; no inline script under the strict
// CSP). index.html holds the default page rendered at build time: the joint model's example in
// Danish. An address that may ask for something else (a query: language, model, embedding; a
// fragment: a share link or a set of tabs) and a reload (this tab's workspace comes back) hide
// those figures behind a loading note until the app shows its own (src/browser/prerendered.rs
// removes the mark and marks the page `pb-live`). Without JavaScript this never runs: the default example shows, with the
// <noscript> note saying what it is.
(function () {
  var root = document.documentElement;
  var nav = window.performance && performance.getEntriesByType
    ? performance.getEntriesByType('navigation')[0]
    : null;
  if (location.search || location.hash || (nav && nav.type === 'reload')) {
    root.classList.add('pb-waiting');
  }
})();
