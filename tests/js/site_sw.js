// Runs the site's service worker (docs/site-sw.js) in Node, for tests/test_site_service_worker.py:
//   node site_sw.js < request.json
// The request: {"documents": N, "searchFrom": ms, "searchUntil": ms, "pages": P}. A page asks the
// worker to keep the search index of N documents files (one document a file); from searchFrom to
// searchUntil ms after it, the search asks for a file of the index every 50 ms, through the
// worker's fetch handler; then, once the whole index is kept, P more pages ask again, one after
// another. It prints {"keptWhileSearching": files of the index fetched to keep while the search
// was asking, "kept": files of the index in the cache, "laterMatches": the cache lookups and
// "laterFetches" the fetches of the P later pages}.
const fs = require("fs"), path = require("path"), vm = require("vm");

const request = JSON.parse(fs.readFileSync(0, "utf8"));
const origin = "http://handbook.test";
const folder = "search/0123456789ab";
const settings = { config: { handbook: { folder, shards: 2, documents: request.documents, documents_per_file: 1 } } };
const store = new Map();
let matches = 0, fetches = 0, searching = false, keptWhileSearching = 0;
const key = (request) => (typeof request === "string" ? request : request.url || request.href);
const cache = {
  match: async (request) => { matches++; return store.get(key(request)); },
  put: async (request, response) => { store.set(key(request), response); },
};
const listeners = {};
const context = vm.createContext({
  URL, Response, console, setTimeout, Date,
  self: {
    location: { origin, href: `${origin}/site-sw.js` },
    addEventListener: (type, listener) => { listeners[type] = listener; },
    skipWaiting: () => {}, clients: { claim: async () => {} },
  },
  caches: { open: async () => cache, match: async (request) => store.get(key(request)) },
  // The network: each file in 2 ms.
  fetch: async (url) => {
    const address = key(url);
    fetches++;
    const keeping = !url.method; // the fetch handler passes on the search's request itself
    if (keeping && searching && address.includes(`/${folder}/`)) keptWhileSearching++;
    await new Promise((resolve) => setTimeout(resolve, 2));
    return new Response(address.endsWith("search_index.json") ? JSON.stringify(settings) : "[]");
  },
});
vm.runInContext(fs.readFileSync(path.join(__dirname, "..", "..", "docs", "site-sw.js"), "utf8"), context);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function pageLoaded() {
  const waits = [];
  listeners.message({
    data: { type: "keep-search", index: `${origin}/search/search_index.json`, urls: [] },
    waitUntil: (promise) => waits.push(promise),
  });
  return Promise.all(waits);
}

async function search(from, until) {
  await sleep(from);
  const started = Date.now();
  while (Date.now() - started < until - from) {
    listeners.fetch({ request: { method: "GET", url: `${origin}/${folder}/terms/1.json` }, respondWith: () => {} });
    searching = true;
    await sleep(50);
  }
  searching = false;
}

(async () => {
  await Promise.all([pageLoaded(), search(request.searchFrom, request.searchUntil)]);
  const kept = [...store.keys()].filter((address) => /\/(terms|documents)\/\d+\.json$/.test(address)).length;
  matches = fetches = 0;
  for (let page = 0; page < request.pages; page++) await pageLoaded();
  console.log(JSON.stringify({ keptWhileSearching, kept, laterMatches: matches, laterFetches: fetches }));
})();
