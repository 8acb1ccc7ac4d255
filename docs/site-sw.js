/* The handbook's service worker for its pages and its search (registered by assets/handbook.js on
   every page, for the whole site; the self-check pages have their own, selfcheck-sw.js). It keeps
   what a reader has opened, and the search index's files, so that after one visit a page opens
   and search answers with the network gone.

   Online, every request goes to the network as before; a good answer from this site is kept as
   it passes. Offline (the network fails), it answers from what it kept. Once a page has loaded,
   it sends {type: "keep-search", index, urls}: the search settings' address, and the page and the
   files it loaded before this worker was there (they are kept first). Then the files the search
   worker may need are fetched one at a time (the worker, lunr's stemmer, every file of the index
   the settings name: src/handbook/search/index_format.schema.json), so that any question can be
   answered offline. Nothing leaves the site: other origins' requests are left alone. */

const CACHE = "handbook-site-1";

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

function ours(url) {
  return new URL(url).origin === self.location.origin;
}

async function fetchAndKeep(request) {
  const response = await fetch(request);
  if (response.ok && response.type === "basic") {
    const copy = response.clone();
    caches.open(CACHE).then((cache) => cache.put(request, copy)).catch(() => {});
  }
  return response;
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || !ours(request.url)) return;
  event.respondWith(fetchAndKeep(request).catch(async () => {
    const kept = await caches.match(request, { ignoreSearch: true });
    if (kept) return kept;
    throw new Error(`offline, and ${request.url} was not kept`);
  }));
});

self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "keep-search" && ours(event.data.index)) {
    const urls = (event.data.urls || []).filter(ours);
    event.waitUntil(keepPage(urls).then(() => keepSearch(new URL(event.data.index))));
  }
});

// The page that asked and the files it loaded before this worker was there to keep them.
async function keepPage(urls) {
  const cache = await caches.open(CACHE);
  for (const url of urls) {
    try {
      if (!(await cache.match(url, { ignoreSearch: true }))) {
        const answer = await fetch(url);
        if (answer.ok) await cache.put(url, answer);
      }
    } catch (error) {
      // Offline: kept at the next visit.
    }
  }
}

// The search index's settings at ``index`` (Material's search/search_index.json, config.handbook)
// name the files of the index; each is fetched unless it is kept already (a folder is named by its
// files' hash: what is kept is never stale).
async function keepSearch(index) {
  try {
    const cache = await caches.open(CACHE);
    const response = await fetch(index);
    if (!response.ok) return;
    await cache.put(index, response.clone());
    const settings = (await response.json()).config.handbook;
    const root = new URL("../", index);
    const folder = new URL(`${settings.folder}/`, root);
    const files = [
      new URL("assets/search-worker.js", root), new URL("assets/search/lunr.min.js", root),
      ...Array.from({ length: settings.shards }, (_, n) => new URL(`terms/${n}.json`, folder)),
      ...Array.from({ length: Math.ceil(settings.documents / settings.documents_per_file) },
        (_, n) => new URL(`documents/${n}.json`, folder)),
      new URL("words.json", folder), new URL("policies.json", folder),
    ];
    for (const file of files) {
      if (!(await cache.match(file))) {
        const answer = await fetch(file);
        if (answer.ok) await cache.put(file, answer);
      }
    }
  } catch (error) {
    // Offline or the site rebuilt meanwhile: kept at the next visit.
  }
}
