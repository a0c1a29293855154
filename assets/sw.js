// The offline cache (docs/hosting.md, "Offline"). scripts/postbuild.mjs fills in the release's
// files and their version at build time; the page registers this worker from the browser layer
// (src/browser/offline.rs) in release builds only.
//
// - Installing caches every file of the release under a name of its own version.
// - The page itself (a navigation) comes from the network while there is one, so a new release
//   is seen at the next visit; with no network, the cached page of this release opens.
// - Everything else (content-hashed files, which never change under their name) comes from the
//   cache, else the network.
// - Activating deletes the caches of earlier releases.
// Nothing but this site's own files is fetched or kept.
const VERSION = '__PB_VERSION__';
const FILES = ['__PB_FILES__'];
const CACHE = `partnerskabsberegneren-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys
        .filter((key) => key.startsWith('partnerskabsberegneren-') && key !== CACHE)
        .map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(
      fetch(request).catch(() => caches.open(CACHE)
        .then((cache) => cache.match('./index.html'))
        .then((page) => page ?? Response.error())),
    );
    return;
  }
  event.respondWith(
    caches.open(CACHE)
      .then((cache) => cache.match(request, { ignoreSearch: true }))
      .then((hit) => hit ?? fetch(request)),
  );
});
