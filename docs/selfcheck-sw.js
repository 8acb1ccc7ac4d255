/* The self-check pages' service worker (registered by assets/selfcheck-worker-client.js once the
   checker is ready, for the page's own folder only). It keeps what the page needs so that the page
   works offline after one visit: the page, its scripts, the theme's files, the checker's wheel, the
   lock file naming it and Pyodide's runtime.

   While the browser is online it stays out of the way: requests go to the network and the
   browser's own HTTP cache, which also keeps Pyodide's compiled WebAssembly (a response from
   the service worker's cache would have to be compiled again, which is slower than fetching it).
   Offline, it answers from what it kept.

   The page sends the list of files to keep ({type: "keep", urls}) and hears {type: "kept"} once
   they are all kept; nothing leaves the site. Pyodide's runtime, in a folder named for its
   version, is fetched once; everything else again at each visit, so a rebuilt site is kept. */

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
  if (RUNTIME.test(new URL(url).pathname) && await cache.match(url)) return;
  try {
    const response = await fetch(url);
    if (response.ok) await cache.put(url, response);
  } catch (error) {
    // Offline or gone: kept next time.
  }
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (self.navigator.onLine || request.method !== "GET" || new URL(request.url).origin !== self.location.origin) {
    return;
  }
  event.respondWith(caches.match(request, { ignoreSearch: true }).then((kept) => kept || fetch(request)));
});
