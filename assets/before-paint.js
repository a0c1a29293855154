// Runs before the page is shown (a blocking script in <head>; no inline script under the strict
// CSP). index.html holds the default page rendered at build time: the joint model's example in
// Danish, with the rates of the years on <html data-prerendered-years> (src/bin/prerender.rs).
// Until the app shows its own (src/browser/prerendered.rs marks the page `pb-live`):
// - an address that may ask for something else (a query: language, model, embedding; a
//   fragment: a share link or a set of tabs), a reload or a step back or forward (this tab's
//   workspace comes back: src/main.rs), and a year the rendered rates are not this year's, hide
//   those figures behind a loading note (`pb-waiting`);
// - a click on the rendered page's buttons and folds, which would do nothing, is stopped;
// - if the app cannot start (its files refused, the browser without WebAssembly), the page says
//   so (`pb-failed`) instead of a loading note for ever or controls that do nothing.
// Without JavaScript none of this runs: the default example shows, with the <noscript> note.
(function () {
  var root = document.documentElement;
  var nav = window.performance && performance.getEntriesByType
    ? performance.getEntriesByType('navigation')[0]
    : null;
  var years = (root.getAttribute('data-prerendered-years') || '').split('-');
  var year = new Date().getFullYear();
  var ratesOfThisYear = years.length === 2 && year >= Number(years[0]) &&
    (years[1] === '' || year <= Number(years[1]));
  if (location.search || location.hash || !ratesOfThisYear ||
      (nav && (nav.type === 'reload' || nav.type === 'back_forward'))) {
    root.classList.add('pb-waiting');
  }
  var live = function () { return root.classList.contains('pb-live'); };
  document.addEventListener('click', function (event) {
    var target = event.target;
    if (!live() && target && target.closest && target.closest('#app :is(button, summary)')) {
      event.preventDefault();
      event.stopPropagation();
    }
  }, true);
  var failed = function () {
    if (!live()) {
      root.classList.remove('pb-waiting');
      root.classList.add('pb-failed');
    }
  };
  // The start-up module's promise (loading and starting the wasm) rejected, or a script, the
  // wasm's preload or the app itself failed before it was alive.
  window.addEventListener('unhandledrejection', failed);
  window.addEventListener('error', function (event) {
    var t = event.target;
    if (event.error || (t && (t.tagName === 'SCRIPT' || (t.tagName === 'LINK' && t.rel !== 'icon')))) failed();
  }, true);
  if (typeof WebAssembly !== 'object') failed();
})();
