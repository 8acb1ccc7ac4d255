"""Write the site's search index: each term's documents with their BM25 weights, in small files.

Material for MkDocs keeps its search box, its keyboard shortcuts and its list of results; the
search itself runs in the handbook's worker (docs/assets/search-worker.js, named in
overrides/main.html) instead of lunr. Lunr's index must be downloaded whole before the first
result (30 MB at 2,000 policies). This one is split: a query downloads the few term files
(shards) of its own words, the few documents files of the results it shows, and the list of words
only to correct a word found nowhere. ``index_format.schema.json``, beside this module, is the one
description of these files and of the worker's settings: the worker follows it, and the tests
check both the files written here and the worker's reading of them against it.

The weights are BM25's, computed here once for each passage of a clause (handbook.search.passages.passages):
a word that few passages use weighs more than one that many do, and a word counts less in a long
passage than in a short one. The worker adds up a query's weights per passage; a clause ranks by
its best passage. The files sit in a folder named by their hash, so a browser never
mixes the files of two builds. The worker's settings (stop words, synonyms, where the files are)
reach it through Material's search index (handbook.pages.theme.hand_search_settings).
"""

from __future__ import annotations

import dataclasses
import hashlib
import itertools
import json
import math
import os
import re
import shutil
import threading
from array import array
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..model import Keeper, compute_now
from . import lexicon, terms
from .passages import SearchDocument
from .synonyms import Vocabulary, sector_vocabulary

SEARCH_DIR = "search"  # in the site, beside Material's search_index.json

K1, B = 1.2, 0.75  # BM25's usual constants
# A word of the policy's title adds its IDF (times this) to each of the policy's passages: the title
# says what every clause is about ("Rules of Behavior ... GitHub" for "what if I break the github
# rules"), a prior for the policy whatever its clause says. The IDF is the word's in the handbook's
# clauses and headings: that the title is in every clause of its policy does not make it common.
TITLE_WEIGHT = 1.0
# A word of the heading the clause is under counts more than one of its own: once, however often the
# heading says it ("Cycling and cycle storage"), as a label says what its clauses are about.
HEADING_WEIGHT = 1.25
WEIGHT_SCALE = 100  # weights are stored as whole hundredths
# A word used more than this in WordNet's tagged texts ("make", "happen") weighs less: its IDF
# times (EVERYDAY_USES / uses) ** EVERYDAY_POWER.
EVERYDAY_USES = 100
EVERYDAY_POWER = 0.5
MOST_PASSAGES = 4000  # a term's heaviest passages kept: a common word's others add almost nothing
SHARD_BYTES = 40_000  # about this much of the term files per shard
DOCUMENTS_PER_FILE = 32
# A passage longer than this is searched (and shown) a few sentences at a time: a clause that has
# swallowed a closing paragraph, or an unnumbered policy's long section, holds some word of most
# questions, and would otherwise outrank the short clause that answers.
LONG_PASSAGE_WORDS = 70
SENTENCES_WORDS = 45  # about this many words of whole sentences a passage
_SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+(?=[\"'(\[]?[A-Z0-9])")


@dataclass(frozen=True)
class SearchIndex:
    """The files' contents and the settings, each as index_format.schema.json describes it."""

    shards: list[dict[str, dict[str, list]]]  # its terms_file, one a shard
    documents: list[list[list[object]]]  # its documents_file, DOCUMENTS_PER_FILE documents a file
    words: list[str]  # its words_file
    policies: list[list]  # its policies_file
    settings: dict[str, object]  # its settings, but for the folder (write_index adds it)


def build_index(documents: list[SearchDocument], own_vocabulary: Vocabulary,
                answers: lexicon.WordAnswers | None = None, keep: Keeper = compute_now) -> SearchIndex:
    """The index of ``documents``; the words staff may use for theirs come from the sector's
    vocabulary, ``own_vocabulary`` (the organisation's synonyms.yml) and WordNet (handbook.search.lexicon),
    whose ``answers`` kept from an earlier build are used and added to. ``keep``: where the build keeps the
    weights, each policy's passages' term counts and the vocabulary's stemmed synonyms, between builds."""
    # The sector's file is part of the package, so of the page cache's key: the organisation's words are the rest
    vocabulary = keep("search-vocabulary", own_vocabulary, lambda: sector_vocabulary().overridden_by(own_vocabulary))
    documents = [dataclasses.replace(d, passages=searched_passages(d.passages)) for d in documents]
    synonyms = keep("search-synonyms", vocabulary, lambda: _synonym_keys(vocabulary))
    named = {term for key, others in synonyms.items() for term in (key, *others)}
    phrases = frozenset(term for term in named if " " in term)  # each is one term, wherever it stands
    texts = [d.context for d in documents] + [text for d in documents for text in d.passages]
    own_words = {word for text in texts for word in terms.words(text.lower())}
    everyday = lexicon.everyday_uses(own_words, answers=answers)
    postings = keep("search-weights", (_documents_digest(documents), phrases, everyday),
                    lambda: _weights(documents, phrases, everyday, keep))
    shard_keys = _shard_keys(synonyms)
    # The organisation's also_find says all that its words mean: WordNet's meanings are dropped too.
    overridden = {terms.phrase_key(term) for term in own_vocabulary.also_find}
    meanings = lexicon.related_terms(own_words, answers=answers)
    general = {term: meant for term, meant in meanings.items() if term not in overridden}
    related = _related(general, postings)
    size = sum(len(term) + 4 * len(found) for term, found in postings.items())
    size += sum(len(term) + 12 * len(found) for term, found in related.items())
    shard_count = max(1, math.ceil(size / SHARD_BYTES))
    shards: list[dict[str, dict[str, list]]] = [{"postings": {}, "related": {}} for _ in range(shard_count)]
    for term, found in sorted(postings.items()):
        shards[shard_of(shard_keys.get(term, term), shard_count)]["postings"][term] = found
    for term, meant in related.items():
        shards[shard_of(shard_keys.get(term, term), shard_count)]["related"][term] = meant
    files = [
        [[d.location, d.policy, d.label, list(d.passages)] for d in documents[start : start + DOCUMENTS_PER_FILE]]
        for start in range(0, len(documents), DOCUMENTS_PER_FILE)
    ]
    # A word found nowhere is corrected to one of the policies' words or the vocabulary's.
    vocabulary_words = [word for term, others in vocabulary.alternatives().items() for word in (term, *others)]
    words = sorted(own_words | {word for text in vocabulary_words for word in terms.words(text.lower())})
    policies: dict[str, list] = {}  # each policy's page, title and first document, in document order
    for number, document in enumerate(documents):
        policies.setdefault(document.location.split("#")[0], [document.location.split("#")[0], document.policy, number])
    policies = list(policies.values())
    settings = {
        "shards": shard_count,
        "documents": len(documents),
        "documents_per_file": DOCUMENTS_PER_FILE,
        "weight_scale": WEIGHT_SCALE,
        "stop_words": sorted(terms.STOP_WORDS),
        "phrases": sorted(phrases),
        "synonyms": synonyms,
        "shard_keys": shard_keys,
    }
    return SearchIndex(shards, files, words, policies, settings)


def searched_passages(passages: tuple[str, ...]) -> tuple[str, ...]:
    """``passages`` with each long one split into runs of whole sentences (LONG_PASSAGE_WORDS)."""
    found: list[str] = []
    for passage in passages:
        if len(passage.split()) <= LONG_PASSAGE_WORDS:
            found.append(passage)
            continue
        run: list[str] = []
        for sentence in _SENTENCE_END.split(passage):
            if run and len(" ".join(run).split()) + len(sentence.split()) > SENTENCES_WORDS:
                found.append(" ".join(run))
                run = []
            run.append(sentence)
        found.append(" ".join(run))
    return tuple(found)


def write_index(site_dir: Path, index: SearchIndex) -> dict[str, object]:
    """Write the index's files into ``site_dir/search/<hash>/``; return the worker's settings.

    Each file is written as soon as it is made, into a folder renamed once the hash of them all is known: at 2,000
    policies the files, held all at once, were 33 MB at the build's peak (benchmarks/README.md)."""
    contents = {f"terms/{n}.json": shard for n, shard in enumerate(index.shards)}
    contents |= {f"documents/{n}.json": part for n, part in enumerate(index.documents)}
    contents["words.json"] = index.words
    contents["policies.json"] = index.policies
    written = site_dir / SEARCH_DIR / f".being-written-{os.getpid()}-{threading.get_ident()}"
    shutil.rmtree(written, ignore_errors=True)  # a killed build's
    digest = hashlib.sha256()
    try:
        for name, value in sorted(contents.items()):
            text = _json(value)
            digest.update(f"{name}\0{text}\0".encode())
            path = written / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        folder = f"{SEARCH_DIR}/{digest.hexdigest()[:12]}"
        if not (site_dir / folder).is_dir():  # else the same files, by their hash, are there already
            written.rename(site_dir / folder)
    finally:
        shutil.rmtree(written, ignore_errors=True)
    return {**index.settings, "folder": folder}


def shard_of(term: str, shard_count: int) -> int:
    """The shard of ``term``: FNV-1a over its UTF-8 bytes (index_format.schema.json's "shards"),
    as the worker computes it."""
    value = 0x811C9DC5
    for byte in term.encode("utf-8"):
        value = ((value ^ byte) * 0x01000193) & 0xFFFFFFFF
    return value % shard_count


def _weights(documents: list[SearchDocument], phrases: frozenset[str],
             everyday_uses: dict[str, int], keep: Keeper = compute_now) -> dict[str, list[int]]:
    """Each term -> its postings as index_format.schema.json's "terms_file" describes them: its IDF
    and its heaviest passages' BM25 weights, in WEIGHT_SCALE units, small whole numbers for short files.

    A term's IDF is its rarity in the handbook's passages (their words and heading's, not their
    policy's title: see TITLE_WEIGHT), less for a word of everyday English (``everyday_uses``,
    handbook.search.lexicon): "happens" in few clauses of a small handbook is still no clue to what
    "what happens if I..." asks.

    At 2,000 policies there are some 100,000 passages: each one's term counts and each term's weights
    are held in flat arrays of numbers (_Counts), not a Counter and a dict per passage and
    per term, which were most of a large build's peak memory (benchmarks/README.md, "Build at scale").

    Each policy's passages' term counts are kept between builds (``keep``): only the sums over the handbook
    (IDF, lengths) and the weights are worked out again."""
    counts = _Counts()
    passage_terms = _passage_terms(documents, phrases, keep)
    headings: dict[str, Counter[str]] = {}  # the clauses under one heading share it
    titles: dict[str, frozenset[str]] = {}  # each policy's title's terms
    frequency: Counter[str] = Counter()  # in how many passages each term is
    for number, document in enumerate(documents):
        if document.context not in headings:
            heading = document.context.removeprefix(document.policy)
            headings[document.context] = Counter(dict.fromkeys(terms.terms(heading, phrases), HEADING_WEIGHT))
        if document.policy not in titles:
            titles[document.policy] = frozenset(terms.terms(document.policy, phrases))
        for passage, found in enumerate(next(passage_terms)):
            count = Counter(dict(found))
            count.update(headings[document.context])
            frequency.update(count.keys())
            counts.add(number, passage, count, titles[document.policy])
    passages = len(counts.lengths)
    average = sum(counts.lengths) / passages if passages else 1.0
    frequency.update({term: 0 for title in titles.values() for term in title})  # a word of titles only
    idf = {term: math.log(1 + (passages - df + 0.5) / (df + 0.5)) * _everyday_share(everyday_uses.get(term, 0))
           for term, df in frequency.items()}
    term_idf = [idf[term] for term in counts.terms]
    title_only = [max(1, round(TITLE_WEIGHT * weight * WEIGHT_SCALE)) for weight in term_idf]
    serials = [array("i") for _ in counts.terms]  # each term's passages, in passage order
    kept = [array("i") for _ in counts.terms]  # and their weights
    # Once a common word's lighter passages are let go, a later passage weighing no more than the lightest kept
    # would be let go too (the earlier first among equals): it is not kept at all.
    lightest_kept = [0] * len(term_idf)
    for serial, (own, times) in enumerate(counts.passages_terms()):
        length_norm = K1 * (1 - B + B * counts.lengths[serial] / average)
        title = counts.title_of[serial]
        found = [(term, max(1, round((term_idf[term] * tf * (K1 + 1) / (tf + length_norm)
                                      + (TITLE_WEIGHT * term_idf[term] if term in title else 0)) * WEIGHT_SCALE)))
                 for term, tf in zip(own, times, strict=True)]
        found += [(term, title_only[term]) for term in title.difference(own)]
        for term, weight in found:
            if weight <= lightest_kept[term]:
                continue
            serials[term].append(serial)
            kept[term].append(weight)
            if len(serials[term]) >= 2 * MOST_PASSAGES:  # a common word: its heaviest only, not a weight a passage
                serials[term], kept[term] = _heaviest(serials[term], kept[term])
                lightest_kept[term] = min(kept[term])
    postings = {}
    for term, found_in, weights in zip(counts.terms, serials, kept, strict=True):
        found_in, weights = _heaviest(found_in, weights)
        encoded, previous = [round(idf[term] * WEIGHT_SCALE)], 0
        for serial, weight in zip(found_in, weights, strict=True):
            number = counts.numbers[serial]
            encoded += [number - previous, counts.passages[serial], weight]
            previous = number
        postings[term] = encoded
    return postings


def _documents_digest(documents: list[SearchDocument]) -> str:
    """The hash of every document's fields, the weights' key: given the documents themselves, the page cache would
    remember each frozen one's hash for the rest of the build (60,000 at 2,000 policies: 14 MB of the build's peak,
    benchmarks/README.md)."""
    digest = hashlib.sha256()
    for d in documents:  # JSON writes a NUL in text as \u0000: the NULs between documents are theirs alone
        digest.update(_json([d.location, d.policy, d.label, d.context, d.passages]).encode() + b"\0")
    return digest.hexdigest()


def _passage_terms(documents: list[SearchDocument], phrases: frozenset[str],
                   keep: Keeper) -> Iterator[list[tuple[str, int]]]:
    """Each document's passages' terms and how often each is used, in the order first used, a policy's at a time
    (kept between builds by ``keep``)."""
    for _, policy_documents in itertools.groupby(documents, key=lambda d: d.location.split("#")[0]):
        texts = [d.passages for d in policy_documents]
        yield from keep("search-terms", (texts, phrases), lambda texts=texts: [
            [list(Counter(terms.terms(text, phrases)).items()) for text in passages] for passages in texts
        ])


def _heaviest(serials: array, weights: array) -> tuple[array, array]:
    """A term's MOST_PASSAGES heaviest passages, the earlier first among equals, in passage order: the same
    passages whether taken once at the end or again and again as they are found."""
    if len(serials) <= MOST_PASSAGES:
        return serials, weights
    kept = sorted(sorted(range(len(weights)), key=lambda i: -weights[i])[:MOST_PASSAGES])
    return array("i", (serials[i] for i in kept)), array("i", (weights[i] for i in kept))


class _Counts:
    """Every passage's term counts, one after the other in flat arrays; terms are numbered as first met."""

    def __init__(self) -> None:
        self._ids: dict[str, int] = {}
        self.numbers, self.passages = array("i"), array("i")  # each passage's document and place in it
        self.lengths = array("d")  # each passage's terms counted (a heading's weighing HEADING_WEIGHT)
        self.title_of: list[frozenset[int]] = []  # each passage's policy title's terms
        self._titles: dict[frozenset[str], frozenset[int]] = {}
        self._starts = array("l", [0])  # passage n's terms are _term_ids[_starts[n]:_starts[n + 1]]
        self._term_ids, self._counts = array("i"), array("d")

    @property
    def terms(self) -> list[str]:
        return list(self._ids)

    def add(self, number: int, passage: int, count: Counter[str], title: frozenset[str]) -> None:
        self.numbers.append(number)
        self.passages.append(passage)
        self.lengths.append(sum(count.values()))
        ids = self._ids
        if title not in self._titles:
            self._titles[title] = frozenset(ids.setdefault(term, len(ids)) for term in title)
        self.title_of.append(self._titles[title])
        self._term_ids.extend([ids.setdefault(term, len(ids)) for term in count])
        self._counts.extend(count.values())
        self._starts.append(len(self._term_ids))

    def passages_terms(self) -> Iterator[tuple[array, array]]:
        """Each passage's terms (by number) and their counts, in passage order."""
        for passage in range(len(self.lengths)):
            start, end = self._starts[passage], self._starts[passage + 1]
            yield self._term_ids[start:end], self._counts[start:end]


def _everyday_share(uses: int) -> float:
    """The share of its IDF a word keeps for being used ``uses`` times in general English (SemCor)."""
    return min(1.0, (EVERYDAY_USES / uses) ** EVERYDAY_POWER) if uses else 1.0


def _related(related: dict[str, dict[str, float]], postings: dict[str, list[int]]) -> dict[str, list]:
    """The general vocabulary's meanings as index_format.schema.json's "related" lists them: only the
    handbook's terms, each with its weight in WEIGHT_SCALE units."""
    found = {}
    for term, meant in related.items():
        listed = [item for other, weight in meant.items() if other in postings
                  for item in (other, round(weight * WEIGHT_SCALE))]
        if listed:
            found[term] = listed
    return found


def _synonym_keys(vocabulary: Vocabulary) -> dict[str, list[str]]:
    """The synonyms as terms: "head teachers" -> ["head", "headteach", "princip"]."""
    keys: dict[str, set[str]] = {}
    for term, others in vocabulary.alternatives().items():
        key = terms.phrase_key(term)
        keys.setdefault(key, set()).update(terms.phrase_key(other) for other in others)
    return {key: sorted(others - {key}) for key, others in sorted(keys.items()) if others - {key}}


def _shard_keys(synonyms: dict[str, list[str]]) -> dict[str, str]:
    """Each term of the vocabulary -> the term whose shard holds it: one of its group's, so that a
    query's word and all its synonyms come in one file. Terms that are their own key are left out."""
    group_of = {term: {term} for key, others in synonyms.items() for term in (key, *others)}
    for key, others in synonyms.items():
        for other in others:
            if group_of[key] is not group_of[other]:  # join the two groups into the larger one
                small, large = sorted((group_of[key], group_of[other]), key=len)
                large |= small
                for term in small:
                    group_of[term] = large
    return {term: min(group) for term, group in sorted(group_of.items()) if min(group) != term}


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))

