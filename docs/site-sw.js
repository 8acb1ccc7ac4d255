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
   answered offline. Nothing leaves the site: other origins' requests are left alone.

   Keeping the index must not slow the reader's own search: at 2,000 policies it is 2,000 files,
   and each question's files waited behind them for up to a second. So keeping pauses while the
   search asks for files of the index (SEARCH_QUIET_MS after its last request), and once a
   folder is kept whole a marker says so: later pages ask the cache once, not once a file. */

const CACHE = "handbook-site-1";
const SEARCH_QUIET_MS = 1000;
const KEPT_WHOLE = "kept-whole"; // in the index's folder, kept once every file of it is

let lastSearchRequest = 0; // when the search last asked for a file under search/ (Date.now())
const keeping = new Map(); // index folder -> the keeping under way, so that pages loaded at once share it

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
  if (new URL(request.url).pathname.includes("/search/")) lastSearchRequest = Date.now();
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
    if (!keeping.has(folder.href)) {
      keeping.set(folder.href, keepFolder(cache, root, folder, settings).finally(() => keeping.delete(folder.href)));
    }
    await keeping.get(folder.href);
  } catch (error) {
    // Offline or the site rebuilt meanwhile: kept at the next visit.
  }
}

async function keepFolder(cache, root, folder, settings) {
  const whole = new URL(KEPT_WHOLE, folder);
  if (await cache.match(whole)) return;
  const files = [
    new URL("assets/search-worker.js", root), new URL("assets/search/lunr.min.js", root),
    ...Array.from({ length: settings.shards }, (_, n) => new URL(`terms/${n}.json`, folder)),
    ...Array.from({ length: Math.ceil(settings.documents / settings.documents_per_file) },
      (_, n) => new URL(`documents/${n}.json`, folder)),
    new URL("words.json", folder), new URL("policies.json", folder),
  ];
  let kept = 0;
  for (const file of files) {
    await searchIsQuiet();
    if (await cache.match(file)) {
      kept++;
    } else {
      const answer = await fetch(file);
      if (answer.ok) {
        await cache.put(file, answer);
        kept++;
      }
    }
  }
  if (kept === files.length) await cache.put(whole, new Response(""));
}

// Resolves once the search has asked for no file for SEARCH_QUIET_MS.
async function searchIsQuiet() {
  for (let wait; (wait = lastSearchRequest + SEARCH_QUIET_MS - Date.now()) > 0;) {
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
}
