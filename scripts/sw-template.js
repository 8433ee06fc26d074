/* Pipeline Lab's service worker: after the first visit the whole app (HTML, JS,
   CSS, the worker and the WASM binaries) is served from the cache, so a
   classroom with bad Wi-Fi still works. Generated at build time: PRECACHE and
   CACHE are filled in by scripts/offline-plugin.ts.

   One cache per build ("version"), written only once every one of its files
   downloaded as a successful same-origin response (the start page also as
   HTML): a failed install leaves no partial version, and the previous complete
   version keeps serving. Navigations never write to the cache, so visiting
   another URL (an image, a 404) can never replace the offline copy. */
const PRECACHE = __PRECACHE__;
const CACHE = __CACHE__;
const START = new URL('./', self.registration.scope).href;

/** A response worth keeping: a 200 from our own origin (not opaque, not a redirect), HTML for the start page. */
function usable(url, response) {
  if (!response.ok || response.status !== 200 || response.type !== 'basic' || response.redirected) return false;
  if (url !== START) return true;
  return (response.headers.get('content-type') || '').toLowerCase().startsWith('text/html');
}

async function download(path) {
  const url = new URL(path, self.registration.scope).href;
  // Bypass the HTTP cache: a stale copy of one file would mix two builds in one version.
  const response = await fetch(url, { cache: 'reload' });
  if (!usable(url, response))
    throw new Error(`${url} answered ${response.status} (${response.type}); this version is not installed`);
  return [url, response];
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      // Everything first, then the cache: a failure throws before anything is written.
      const responses = await Promise.all(PRECACHE.map(download));
      await caches.delete(CACHE);
      const cache = await caches.open(CACHE);
      await Promise.all(responses.map(([url, response]) => cache.put(url, response)));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('pipeline-lab-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

/** The start page, by any of its names: `/`, `/index.html`, with or without a query. */
function isStartPage(url) {
  const start = new URL(START);
  return url.pathname === start.pathname || url.pathname === `${start.pathname}index.html`;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // The network when it answers (new builds arrive with their own service worker);
    // offline, this version's start page — for the start page only.
    if (!isStartPage(url)) return;
    event.respondWith(
      fetch(request).catch(() =>
        caches
          .open(CACHE)
          .then((cache) => cache.match(START, { ignoreVary: true }))
          .then((cached) => cached || Response.error()),
      ),
    );
    return;
  }
  // Hashed assets never change: this version's copy first.
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(request, { ignoreSearch: true, ignoreVary: true }))
      .then((cached) => cached || fetch(request)),
  );
});
