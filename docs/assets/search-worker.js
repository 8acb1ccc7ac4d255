// The handbook's search, which Material for MkDocs runs in place of its lunr worker
// (overrides/main.html). It speaks Material's worker protocol: SETUP -> READY, QUERY -> RESULT.
// Each result is one clause: its policy's title, its number, its words with the matched ones
// marked. The index is the one handbook.search.index_files writes, in files fetched as a query needs them;
// src/handbook/search/index_format.schema.json describes its files and settings.
//
// A question is answered word by word:
//   - stop words and question words ("can", "I", "how") are dropped, unless all of them are;
//   - each word is stemmed as the index was (lunr's stemmer: "photos" finds "photo"), whole: no
//     word is expanded as a prefix, so "I" does not find "ICT";
//   - a phrase of the organisation's vocabulary ("head teacher") is one term; each term is looked
//     for with its synonyms (policy_src/synonyms.yml), which count a little less than the word typed;
//   - a passage's score (a clause, or one point of it: handbook.search.passages) adds up, over the
//     query's terms, the BM25 weight of the best of each term's alternatives, times the share of
//     the query's weight (its terms' IDF) the passage holds, squared: a passage holding all the
//     meaningful words beats one holding one, and missing a rare word costs more than a common one
//     (an IDF the index lowers for words of everyday English: "happens", "make");
//   - a clause ranks by its best passage, and shows it;
//   - a word of six letters or more found nowhere is taken for a typo of a word one letter away.

importScripts("search/lunr.min.js");

const SETUP = 0, READY = 1, QUERY = 2, RESULT = 3;
const SHOWN = 10;           // results listed: as many as Material shows before the list is scrolled
const SHOWN_WHEN_WEAK = 3;  // when no clause holds WEAK_SHARE of the query's weight: these, then the policies
const WEAK_SHARE = 0.5;
const POLICIES_LISTED = 20; // then, the policies by title: those of the closest clauses first
const SHORTEST_QUESTION = 3; // a query of shorter words is still being typed: no "nothing matches" for it
const RAREST_MARGIN = 2.5;  // a word this many times the IDF of the query's others must be in a clause ranked above
const SYNONYM_WEIGHT = 0.7; // a synonym's or a corrected word's match counts less than the word typed
const RELATED_WEIGHT = 0.6; // times the general vocabulary's weight (WordNet's: handbook.search.lexicon)
const COORDINATION = 2;     // score x (share of the query's weight held) ** COORDINATION
const EXCERPT_WORDS = 40;   // words of a long clause shown around its first match
const TYPO_LENGTH = 6;      // words this long or longer found nowhere are tried as typos (a shorter one has too many neighbours)
const WORD = /[\p{L}\p{N}]+/gu; // as handbook.search.terms splits words
// A question is read up to this long: a pasted page (or 10 MB) must not keep the worker busy for
// seconds, nor ask for thousands of files at once.
const MAX_QUERY_CHARACTERS = 300;
const MAX_QUERY_WORDS = 30;
// Terms whose postings are kept decoded between queries (typing asks again at each key): about
// 60 KB each at most (MOST_PASSAGES of handbook.search.index_files), so a few tens of MB in all.
const DECODED_TERMS = 500;
// Clauses ranked in order: the most any answer uses (the policies listed when nothing matches well).
const RANKED = POLICIES_LISTED * 10;

class ClauseSearch {
  // ``settings``: the schema's "settings"; ``base``: the site's root.
  constructor(settings, base, fetchJson) {
    this.settings = settings;
    this.folder = new URL(`${settings.folder}/`, base);
    this.fetchJson = fetchJson;
    this.stopWords = new Set(settings.stop_words);
    this.phrases = new Set(settings.phrases);
    this.longestPhrase = Math.max(1, ...settings.phrases.map((p) => p.split(" ").length));
    this.synonyms = new Map(Object.entries(settings.synonyms));
    this.shardKeys = new Map(Object.entries(settings.shard_keys)); // a synonym is kept with its group
    this.files = new Map(); // file name -> promise of its JSON
    this.decoded = new Map(); // term -> its postings, as postings() gives them
  }

  // The files fetched and the postings decoded are forgotten: they are fetched again when needed.
  forget() {
    this.files.clear();
    this.decoded.clear();
  }

  file(name) {
    if (!this.files.has(name)) this.files.set(name, this.fetchJson(new URL(name, this.folder).href));
    return this.files.get(name);
  }

  stem(word) {
    return lunr.stemmer(new lunr.Token(word.toLowerCase())).toString();
  }

  isStopWord(word) {
    const capitals = word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
    return this.stopWords.has(word.toLowerCase()) && !capitals;
  }

  // The query's terms: { typed, key } for each phrase of the vocabulary and each meaningful word.
  terms(query) {
    const typed = (query.slice(0, MAX_QUERY_CHARACTERS).match(WORD) || []).slice(0, MAX_QUERY_WORDS);
    const stems = typed.map((word) => this.stem(word));
    const terms = [], stops = [];
    for (let i = 0; i < typed.length; i++) {
      let length = Math.min(this.longestPhrase, typed.length - i);
      while (length > 1 && !this.phrases.has(stems.slice(i, i + length).join(" "))) length--;
      if (length > 1) {
        terms.push({ typed: typed.slice(i, i + length).join(" "), key: stems.slice(i, i + length).join(" ") });
        i += length - 1;
      } else {
        (this.isStopWord(typed[i]) ? stops : terms).push({ typed: typed[i], key: stems[i] });
      }
    }
    return terms.length ? terms : stops;
  }

  shard(key) {
    return this.file(`terms/${shardOf(this.shardKeys.get(key) || key, this.settings.shards)}.json`);
  }

  // A term's IDF and passages (the schema's "terms_file"): { idf, numbers, passages, weights }, the
  // document number, passage and weight of each passage, in the order of their numbers.
  async postings(key) {
    if (!this.decoded.has(key)) {
      const found = decodePostings((await this.shard(key)).postings[key] || [], this.settings.weight_scale);
      if (this.decoded.size >= DECODED_TERMS) this.decoded.clear();
      this.decoded.set(key, found);
    }
    return this.decoded.get(key);
  }

  // Document ``number``: { location, policy, label, passages } (the schema's "documents_file").
  async document(number) {
    if (number >= this.settings.documents) throw new Error(`no document ${number}`);
    const perFile = this.settings.documents_per_file;
    const [location, policy, label, passages] = (await this.file(`documents/${Math.floor(number / perFile)}.json`))[number % perFile];
    return { location, policy, label, passages };
  }

  // The words of the policies and the vocabulary one letter away from ``word``.
  async corrections(word) {
    const known = await this.file("words.json");
    return known.filter((candidate) => candidate !== word && oneEditApart(candidate, word));
  }

  // The handbook's terms the general vocabulary says ``key`` may mean: term -> weight (0 to 1).
  async related(key) {
    const listed = (await this.shard(key)).related[key] || [];
    const meant = new Map();
    for (let i = 0; i < listed.length; i += 2) meant.set(listed[i], listed[i + 1] / this.settings.weight_scale);
    return meant;
  }

  // Each alternative of ``term`` that some passage holds: [{ key, weight, idf, found }]: the term
  // itself, its synonyms, the words the general vocabulary says it may mean, or else, if it is
  // found nowhere, the words it may be a typo of.
  async alternatives(term) {
    const lookUp = (keys, weight) => Promise.all(keys.map(async (key) => ({ key, weight, ...(await this.postings(key)) })));
    const synonyms = (key) => this.synonyms.get(key) || [];
    const related = [...await this.related(term.key)];
    let found = [
      ...await lookUp([term.key], 1),
      ...await lookUp(synonyms(term.key), SYNONYM_WEIGHT),
      // Weight 1: the same word in another form ("knives" for "knife"), as good as the word typed.
      ...(await Promise.all(related.map(([key, weight]) => lookUp([key], weight >= 1 ? 1 : RELATED_WEIGHT * weight)))).flat(),
    ];
    found = found.filter((alternative) => alternative.passages.length);
    if (!found.length && !term.key.includes(" ") && term.typed.length >= TYPO_LENGTH) {
      const corrected = new Set((await this.corrections(term.typed.toLowerCase())).map((word) => this.stem(word)));
      const keys = [...corrected].flatMap((key) => [key, ...synonyms(key)]);
      found = (await lookUp([...new Set(keys)], SYNONYM_WEIGHT)).filter((alternative) => alternative.passages.length);
    }
    return found;
  }

  // ``stillWanted()`` is false once a newer query has come: typing, each keystroke asks one. A
  // query waits for the keys typed while the worker was busy to come in, and one typed over is
  // dropped before each costly step: fetching its words' files, ranking, fetching the clauses shown.
  async search(query, stillWanted = () => true) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (!stillWanted()) return [];
    const terms = this.terms(query);
    if (!terms.length) return [];
    const lookups = await Promise.all(terms.map((term) => this.alternatives(term)));
    if (!stillWanted()) return [];
    // A term weighs its IDF (that of its best-known alternative): missing a rare word matters more.
    const termWeights = lookups.map((alternatives) => Math.max(0, ...alternatives.map((a) => a.idf * a.weight)));
    const totalWeight = termWeights.reduce((sum, weight) => sum + weight, 0) || 1;
    // The query's most telling word, if the handbook has it as typed and it is much rarer than the
    // query's others ("jury" in "called for jury service"): a clause without it ranks below every clause with it.
    const rarest = this.rarest(lookups, termWeights);
    const ranked = this.ranked(lookups, termWeights, rarest);
    // A question of its own words (not only stop words, not the first letters typed) that no clause
    // answers well gets the policies listed too.
    const found = lookups.filter((alternatives) => alternatives.length).length;
    const asked = terms.some((term) => !this.isStopWord(term.typed) && term.typed.length >= SHORTEST_QUESTION);
    const weak = asked && (!ranked.length || ranked[0].heldWeight / totalWeight < WEAK_SHARE || found < terms.length / 2);
    const shown = ranked.slice(0, weak ? SHOWN_WHEN_WEAK : SHOWN);
    if (!stillWanted()) return []; // the words of the clauses are fetched for the latest query only
    const items = await Promise.all(shown.map(async (entry) => {
      const { location, policy, label, passages } = await this.document(entry.number);
      const text = passages[entry.passage];
      const held = Object.fromEntries(terms.map((term, index) => [term.typed.toLowerCase(), (entry.held & (1 << index)) !== 0]));
      return this.item({ location, policy, label, text }, this.matched(entry, terms, lookups), held);
    }));
    return weak ? [await this.noGoodMatch(terms, lookups), ...items, ...await this.policyList(ranked)] : items;
  }

  // The clauses the query's terms find, best first, RANKED at most: { number, passage (its best),
  // score, held (a bit for each term it holds), heldWeight }. A passage's score adds up, term by
  // term, the best weight of the term's alternatives there; a clause ranks by its best passage.
  // A common word finds thousands of passages at 2,000 policies, and this runs at every key
  // typed: each passage found is a place ("slot") in typed arrays, not an object, found by its
  // document's number.
  ranked(lookups, termWeights, rarest) {
    const totalWeight = termWeights.reduce((sum, weight) => sum + weight, 0) || 1;
    const capacity = lookups.flat().reduce((sum, alternative) => sum + alternative.passages.length, 0);
    let slots = 0; // passages found: slots 0 to slots - 1, in the order first found
    const lastSlot = new Int32Array(this.settings.documents).fill(-1); // document -> its slot found last
    const previousSlot = new Int32Array(capacity); // slot -> the slot of its document's found before it, or -1
    const numberOf = new Int32Array(capacity), passageOf = new Int32Array(capacity);
    const score = new Float64Array(capacity), heldWeight = new Float64Array(capacity);
    const held = new Int32Array(capacity); // bit ``index`` set: the query's term ``index`` is there
    const bestOf = new Int32Array(capacity).fill(-1), best = new Float64Array(capacity); // for the term at hand
    lookups.forEach((alternatives, index) => {
      const found = [];
      for (const { weight, numbers, passages, weights } of alternatives) {
        for (let i = 0; i < passages.length; i++) {
          const number = numbers[i], passage = passages[i];
          let slot = lastSlot[number];
          while (slot >= 0 && passageOf[slot] !== passage) slot = previousSlot[slot];
          if (slot < 0) {
            slot = slots++;
            numberOf[slot] = number;
            passageOf[slot] = passage;
            previousSlot[slot] = lastSlot[number];
            lastSlot[number] = slot;
          }
          const value = weights[i] * weight;
          if (bestOf[slot] !== index) {
            bestOf[slot] = index;
            best[slot] = value;
            found.push(slot);
          } else if (best[slot] < value) best[slot] = value;
        }
      }
      for (const slot of found) {
        score[slot] += best[slot];
        held[slot] |= 1 << index;
        heldWeight[slot] += termWeights[index];
      }
    });
    // A clause missing the query's rarest word ranks below every clause with it.
    const hasRarest = (slot) => (rarest < 0 || held[slot] & (1 << rarest) ? 1 : 0);
    const isBelow = (a, b) => hasRarest(a) < hasRarest(b) || (hasRarest(a) === hasRarest(b) && score[a] < score[b]);
    const clauses = lastSlot.fill(-1); // document -> the slot of its best passage
    const numbers = []; // the documents found
    for (let slot = 0; slot < slots; slot++) {
      score[slot] *= (heldWeight[slot] / totalWeight) ** COORDINATION;
      const number = numberOf[slot];
      if (clauses[number] < 0) numbers.push(number);
      if (clauses[number] < 0 || isBelow(clauses[number], slot)) clauses[number] = slot;
    }
    // Equal ranks: the clause that comes first in the handbook.
    const isBefore = (a, b) => isBelow(b, a) || (!isBelow(a, b) && numberOf[a] < numberOf[b]);
    return firstRanked(numbers.map((number) => clauses[number]), RANKED, isBefore).map((slot) => ({
      number: numberOf[slot], passage: passageOf[slot], score: score[slot], held: held[slot], heldWeight: heldWeight[slot],
    }));
  }

  // ``entry`` (of ranked()) with what found it, for showing it: ``keys``, every alternative's key
  // its passage holds, and ``because``, typed term -> the other word it was matched by, where that
  // word rather than the term itself weighed most there.
  matched(entry, terms, lookups) {
    const keys = new Set(), because = new Map();
    lookups.forEach((alternatives, index) => {
      let best = null, bestValue = 0;
      for (const alternative of alternatives) {
        const at = indexOfPassage(alternative, entry.number, entry.passage);
        if (at < 0) continue;
        keys.add(alternative.key);
        const value = alternative.weights[at] * alternative.weight;
        if (best === null || bestValue < value) [best, bestValue] = [alternative, value];
      }
      if (best && best.key !== terms[index].key) because.set(terms[index].typed, best.key);
    });
    return { ...entry, keys, because };
  }

  // The index of the query's term that the rarest word of the handbook typed as is, if its IDF is
  // RAREST_MARGIN times the weight of each of the query's other terms (``termWeights``: the IDF
  // of its best alternative times the alternative's weight, so that a rare word that a common one
  // may only faintly mean, "business" for "job", does not count as rare); else -1.
  rarest(lookups, termWeights) {
    const own = lookups.map((alternatives) => alternatives.find((a) => a.weight === 1)?.idf || 0);
    const order = [...own.keys()].sort((a, b) => own[b] - own[a]);
    if (order.length < 2 || !own[order[0]]) return -1;
    const next = Math.max(0, ...termWeights.filter((_, index) => index !== order[0]));
    return own[order[0]] >= RAREST_MARGIN * next ? order[0] : -1;
  }

  // Nothing answers well: say so, with words of the handbook that are close to the query's.
  async noGoodMatch(terms, lookups) {
    const suggested = new Set();
    for (const [index, term] of terms.entries()) {
      if (lookups[index].length || term.key.includes(" ") || term.typed.length < SHORTEST_QUESTION) continue;
      const corrections = await this.corrections(term.typed.toLowerCase());
      for (const word of corrections.filter((w) => w.length >= SHORTEST_QUESTION).slice(0, 3)) suggested.add(word);
    }
    for (const [index, alternatives] of lookups.entries()) {
      const others = alternatives.filter(({ key }) => key !== terms[index].key).slice(0, 3);
      for (const { key } of others) suggested.add(await this.wordFor(key));
    }
    const words = [...suggested].filter(Boolean).slice(0, 8);
    const tryWords = words.length ? `<p>Try: ${words.map((word) => `<b>${escapeHtml(word)}</b>`).join(", ")}.</p>` : "";
    return [{
      location: "", title: "No clause matches this question well",
      text: `${tryWords}<p>The closest clauses follow, then the policies by title.</p>`, score: 0, terms: {},
    }];
  }

  // A word of the handbook whose stem is ``key``: how a term is shown to a reader.
  async wordFor(key) {
    const known = await this.file("words.json");
    return key.split(" ").map((part) => known.find((word) => word.startsWith(part.slice(0, 3)) && this.stem(word) === part) || part).join(" ");
  }

  // The policies by title, as Material lists a page: those of the ``ranked`` clauses first, best
  // first, then the others in order, POLICIES_LISTED in all (every policy of a small handbook).
  async policyList(ranked) {
    const policies = await this.file("policies.json");
    const policyOf = (number) => {
      let low = 0, high = policies.length - 1; // the last policy whose first document is at or before ``number``
      while (low < high) {
        const middle = Math.ceil((low + high) / 2);
        if (policies[middle][2] <= number) low = middle; else high = middle - 1;
      }
      return low;
    };
    const listed = new Set(ranked.slice(0, POLICIES_LISTED * 10).map((entry) => policyOf(entry.number)));
    for (let index = 0; index < policies.length && listed.size < POLICIES_LISTED; index++) listed.add(index);
    return [...listed].slice(0, POLICIES_LISTED).map((index) => {
      const [location, title] = policies[index];
      return [{ location, title: escapeHtml(title), text: "", score: 0, terms: {} }];
    });
  }

  // Material's result: the clause (its words around the matches, the matches marked, and why it
  // matched where it was by another word than the one typed), then its policy.
  item(document, entry, terms) {
    const matched = new Set([...entry.keys].flatMap((key) => key.split(" ")));
    const words = document.text.split(/\s+/);
    const isMatch = (word) => (word.match(WORD) || []).some((part) => matched.has(this.stem(part)));
    // A word's letters and the punctuation around them, each escaped; matched letters marked.
    const render = (word) => word.split(/([\p{L}\p{N}]+)/u).map((part, i) => (
      i % 2 && matched.has(this.stem(part)) ? `<mark>${escapeHtml(part)}</mark>` : escapeHtml(part)
    )).join("");
    const first = words.findIndex(isMatch);
    const start = words.length > EXCERPT_WORDS && first > 5 ? Math.min(first - 5, words.length - EXCERPT_WORDS) : 0;
    const end = Math.min(words.length, start + EXCERPT_WORDS);
    const shown = words.slice(start, end).map(render);
    const because = [...entry.because].map(([typed, key]) => {
      const said = this.wordsOf(document.text, key);
      return said ? `<b>${escapeHtml(said)}</b> for “${escapeHtml(typed)}”` : "";
    }).filter(Boolean);
    const why = because.length ? `<p class="hand-search-why">Matched ${because.join("; ")}</p>` : "";
    const text = `<p>${start > 0 ? "… " : ""}${shown.join(" ")}${end < words.length ? " …" : ""}</p>${why}`;
    const [page] = document.location.split("#");
    return [
      { location: document.location, title: escapeHtml(document.label), text, score: entry.score, terms },
      { location: page, title: escapeHtml(document.policy), text: "", score: 0, terms: {} },
    ];
  }

  // The words of ``text`` that are the term ``key`` ("DBS" for "dbs"), as written there; or "" if
  // the clause's heading holds it rather than the text shown.
  wordsOf(text, key) {
    const typed = text.match(WORD) || [];
    const parts = key.split(" ");
    for (let i = 0; i + parts.length <= typed.length; i++) {
      if (parts.every((part, j) => this.stem(typed[i + j]) === part)) return typed.slice(i, i + parts.length).join(" ");
    }
    return "";
  }
}

// A term's postings as the index lists them (the schema's "terms_file": its IDF, then a document
// number's gap, passage and weight for each passage) -> { idf, numbers, passages, weights }.
function decodePostings(listed, scale) {
  const count = Math.max(0, Math.floor((listed.length - 1) / 3));
  const numbers = new Int32Array(count), passages = new Int32Array(count), weights = new Float64Array(count);
  for (let i = 0, at = 1, number = 0; i < count; i++, at += 3) {
    number += listed[at];
    numbers[i] = number;
    passages[i] = listed[at + 1];
    weights[i] = listed[at + 2] / scale;
  }
  return { idf: (listed[0] || 0) / scale, numbers, passages, weights };
}

// Where passage ``passage`` of document ``number`` is in ``postings`` (postings() gives them), or -1.
function indexOfPassage({ numbers, passages }, number, passage) {
  let low = 0, high = numbers.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const order = numbers[middle] - number || passages[middle] - passage;
    if (order === 0) return middle;
    if (order < 0) low = middle + 1; else high = middle - 1;
  }
  return -1;
}

// The first ``count`` of ``entries`` in the order ``isBefore(a, b)`` gives, in that order. A heap
// of those kept, the last of them on top: one comparison for most entries, rather than sorting all.
function firstRanked(entries, count, isBefore) {
  const heap = [];
  const swap = (i, j) => ([heap[i], heap[j]] = [heap[j], heap[i]]);
  for (const entry of entries) {
    if (heap.length < count) {
      heap.push(entry);
      for (let i = heap.length - 1, parent; i > 0 && isBefore(heap[(parent = (i - 1) >> 1)], heap[i]); i = parent) swap(i, parent);
    } else if (count > 0 && isBefore(entry, heap[0])) {
      heap[0] = entry;
      for (let i = 0, last = 0; ; i = last) {
        for (const child of [2 * i + 1, 2 * i + 2]) if (child < heap.length && isBefore(heap[last], heap[child])) last = child;
        if (last === i) break;
        swap(i, last);
      }
    }
  }
  return heap.sort((a, b) => (isBefore(a, b) ? -1 : 1));
}

// FNV-1a over the term's UTF-8 bytes, as handbook.search.index_files.shard_of computes it.
function shardOf(term, count) {
  let value = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(term)) value = Math.imul(value ^ byte, 0x01000193) >>> 0;
  return value % count;
}

function oneEditApart(a, b) {
  if (Math.abs(a.length - b.length) > 1 || a[0] !== b[0]) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

async function fetchJson(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

let searcher = null;
let latest = 0; // the latest query asked: answers to older ones are dropped
let pending = 0; // queries being answered
let shown = null; // the query whose results the page shows

self.addEventListener("message", async (event) => {
  const message = event.data;
  if (message.type === SETUP) {
    searcher = new ClauseSearch(message.data.config.handbook, new URL("../", self.location.href), fetchJson);
    self.postMessage({ type: READY });
  } else if (message.type === QUERY) {
    const asked = ++latest;
    const query = message.data.trim();
    // The search box asks again on keys that change nothing (the arrow keys walking the results):
    // the results shown answer it already, and drawing them again would take the reader's focus.
    if (query === shown && pending === 0) return;
    let items = [];
    let answered = true;
    pending++;
    try {
      items = query ? await searcher.search(query, () => asked === latest) : [];
    } catch (error) {
      // A file of the index could not be had: offline, or the site rebuilt since this page was
      // opened (a new build's files are in a new folder). No results, rather than none ever.
      console.error("Search:", error.message);
      searcher.forget();
      answered = false; // asked again, it is tried again
    } finally {
      pending--;
    }
    if (asked === latest) {
      shown = answered ? query : null;
      self.postMessage({ type: RESULT, data: { items } });
    }
  }
});
