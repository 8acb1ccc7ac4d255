/* The self-check pages' service worker (registered by assets/selfcheck.js once the checker is
   ready, for the page's own folder only). It keeps what the page needs so that the next visit
   starts faster and the page works offline after one visit:
   - Pyodide's runtime, in a folder named for its version: taken from the cache first;
   - everything else the page uses (the page, the theme's files, the checker's wheel and the lock
     file naming it): taken from the network first, from the cache when offline, so that a
     rebuilt site is seen at once.
   The page sends the list of files to keep ({type: "keep", urls}) and hears {type: "kept"} once
   they are all kept; nothing leaves the site. */

const CACHE = "handbook-selfcheck-1";
const RUNTIME = /\/assets\/pyodide\/[^/]+\/(pyodide\.mjs|pyodide\.asm\.mjs|pyodide\.asm\.wasm|python_stdlib\.zip)$/;

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "keep") {
    const urls = event.data.urls.filter((url) => new URL(url).origin === self.location.origin);
    event.waitUntil(caches.open(CACHE)
      .then((cache) => Promise.all(urls.map((url) => keep(cache, url))))
      .then(() => event.source && event.source.postMessage({ type: "kept" })));
  }
});

async function keep(cache, url) {
  if (await cache.match(url)) return;
  try {
    const response = await fetch(url);
    if (response.ok) await cache.put(url, response);
  } catch (error) {
    // Offline or gone: kept next time.
  }
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(RUNTIME.test(new URL(request.url).pathname) ? cacheFirst(request) : networkFirst(request));
});

async function cacheFirst(request) {
  const cached = await caches.match(request, { ignoreSearch: true });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) (await caches.open(CACHE)).put(request, response.clone());
  return response;
}

async function networkFirst(request) {
  try {
    const response = await fetch(request);
    if (response.ok) (await caches.open(CACHE)).put(request, response.clone());
    return response;
  } catch (error) {
    const cached = await caches.match(request, { ignoreSearch: true });
    if (cached) return cached;
    throw error;
  }
}
