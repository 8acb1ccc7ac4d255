// Runs the site's search worker (docs/assets/search-worker.js) in Node, for tests/test_search_worker.py:
//   node search_worker.js SITE_DIR < request.json
// SITE_DIR holds an index written by handbook.search.index_files and handbook.pages.theme. The request is
// {"queries": [...]} (answered in order, through Material's worker protocol, as its search box
// asks), {"call": "shardOf", "args": [...]} (a function of the worker's, called as it is),
// {"stems": [...]} (words stemmed by lunr.js as the worker stems them),
// {"decode": {"terms": [...], "documents": [...]}} (each term's postings and each document as the
// worker reads them from the index's files) or {"typed": [...]} (queries sent at once, as keys
// typed faster than the worker answers) or {"shown": [...]} (queries asked in turn, for
// benchmarks/search_layout.py). It prints the answers as JSON: for each query,
// Material's result items; for "decode", {"postings": {term: {idf, found}}, "documents": [...]};
// for "typed", {"items": the items of the one answer, "fetched": the index's files fetched}; for
// "shown", for each query {"shown": [[document number, passage] of each clause shown], "keys": the
// terms whose postings it looked up}.
const fs = require("fs"), path = require("path"), vm = require("vm");

const [site] = process.argv.slice(2);
const repo = path.join(__dirname, "..", "..");
let answer = null;
const fetched = new Set(); // the paths of the index's files the worker fetched
const listeners = [];
const context = vm.createContext({
  URL, TextEncoder, console, setTimeout,
  self: {
    location: { href: "http://handbook.test/assets/search-worker.js" },
    addEventListener: (type, listener) => listeners.push(listener),
    postMessage: (message) => answer(message),
  },
  // The worker fetches the index's files: read them from SITE_DIR instead.
  fetch: async (url) => {
    const file = path.join(site, decodeURIComponent(new URL(url).pathname));
    fetched.add(new URL(url).pathname);
    return fs.existsSync(file)
      ? { ok: true, json: async () => JSON.parse(fs.readFileSync(file, "utf8")) }
      : { ok: false, status: 404 };
  },
  importScripts: () => vm.runInContext(fs.readFileSync(path.join(repo, "node_modules/lunr/lunr.min.js"), "utf8"), context),
});
vm.runInContext(fs.readFileSync(path.join(repo, "docs/assets/search-worker.js"), "utf8"), context);

function send(message) {
  return new Promise((resolve) => {
    answer = resolve;
    listeners.forEach((listener) => listener({ data: message }));
  });
}

(async () => {
  const request = JSON.parse(fs.readFileSync(0, "utf8"));
  if (request.call) {
    console.log(JSON.stringify(context[request.call](...request.args)));
    return;
  }
  if (request.stems) {
    console.log(JSON.stringify(request.stems.map((word) => context.lunr.stemmer(new context.lunr.Token(word)).toString())));
    return;
  }
  const { config } = JSON.parse(fs.readFileSync(path.join(site, "search/search_index.json"), "utf8"));
  await send({ type: 0, data: { config } });
  if (request.decode) {
    const searcher = vm.runInContext("searcher", context);
    const postings = {};
    for (const term of request.decode.terms) {
      const { idf, numbers, passages, weights } = await searcher.postings(term);
      const found = Array.from(passages, (passage, i) => [`${numbers[i]}/${passage}`, weights[i]]);
      postings[term] = { idf, found: Object.fromEntries(found) };
    }
    const documents = await Promise.all(request.decode.documents.map((number) => searcher.document(number)));
    console.log(JSON.stringify({ postings, documents }));
    return;
  }
  if (request.typed) {
    fetched.clear();
    const answered = new Promise((resolve) => (answer = resolve));
    for (const query of request.typed) listeners.forEach((listener) => listener({ data: { type: 2, data: query } }));
    console.log(JSON.stringify({ items: (await answered).data.items, fetched: [...fetched].sort() }));
    return;
  }
  if (request.shown) {
    const searcher = vm.runInContext("searcher", context);
    let shown = [], keys = new Set();
    const [item, postings] = [searcher.item.bind(searcher), searcher.postings.bind(searcher)];
    searcher.item = (document, entry, terms) => (shown.push([entry.number, entry.passage]), item(document, entry, terms));
    searcher.postings = (key) => (keys.add(key), postings(key));
    const answers = [];
    for (const query of request.shown) {
      [shown, keys] = [[], new Set()];
      await send({ type: 2, data: query });
      answers.push({ shown, keys: [...keys] });
    }
    console.log(JSON.stringify(answers));
    return;
  }
  const answers = [];
  for (const query of request.queries) answers.push((await send({ type: 2, data: query })).data.items);
  console.log(JSON.stringify(answers));
})();
